import { describe, expect, it } from 'vitest';
import { marked } from 'marked';
import {
  escapeHtml,
  escapeMarkdown,
  escapeMarkdownTableCell,
  inlineCode,
  mermaidChartLabel,
  mermaidLabel,
  ZWJ,
} from '../../shared/report/escape.js';
import { parseMermaid } from './mermaid-parse.js';

/** Untrusted strings as they arrive from branch names, column/group values, metric names and paths. */
const CORPUS = [
  'plain_name',
  '[click me](https://evil.example/x)',
  '![tracker](https://evil.example/pixel.png)',
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '<details open><summary>x</summary>',
  '</td></tr></table>',
  '<!-- mlci:report:default -->',
  '%%{init: {"theme":"dark"}}%%',
  '"]; click A "https://evil.example"; B["',
  'A --> B',
  '@octocat please look',
  'cc @org/team-name',
  'fixes #123',
  'GH-42',
  '`rm -rf /`',
  '``double`` and `single`',
  'a | b | c',
  '\\| escaped pipe',
  'line one\nline two',
  'windows\r\nline',
  '$x^2$ and $$y$$',
  'costs $5 and $6',
  '**bold** _em_ ~~strike~~',
  '# heading',
  '> quote',
  '- list item',
  '1. ordered',
  '---',
  '&lt;already&gt; &amp;',
  'https://example.com/path',
  'www.example.com',
  '[^1] footnote',
  ':smile: emoji',
  'trojan \u202Esource\u202C',
  'tab\tseparated',
  'ünïcödé 数据 🚀',
  '{braces} (parens) [brackets]',
  'back\\slash',
];

function render(md: string): string {
  return marked.parse(md, { gfm: true, async: false });
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"' };

/** What a reader sees in an HTML fragment: tags dropped, `<br>` as newline, entities decoded, joiners removed. */
function visibleText(html: string): string {
  return html
    .replace(/<br\s*\/?>/g, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#\d+|[a-z]+);/g, (entity, name: string) =>
      name.startsWith('#') ? String.fromCodePoint(Number(name.slice(1))) : (ENTITIES[name] ?? entity),
    )
    .replaceAll(ZWJ, '');
}

function expectedVisible(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/[\u202A-\u202E\u2066-\u2069]/g, '');
}

const ACTIVE_TAGS = /<(a|img|script|em|strong|del|h\d|blockquote|li|hr|details|summary|code|table|input|iframe)\b/i;

describe('escapeMarkdown', () => {
  it.each(CORPUS)('renders %j as plain text', (text) => {
    const html = render(`text: ${escapeMarkdown(text)}`);
    expect(html).not.toMatch(ACTIVE_TAGS);
    // Only the span GitHub documents for a literal `$` may appear inside the paragraph.
    const tags = [...html.matchAll(/<\/?([a-z]+)/g)].map((m) => m[1]);
    expect(tags.filter((t) => t !== 'p' && t !== 'span')).toEqual([]);
    expect(visibleText(html).trim()).toBe(`text: ${expectedVisible(text).replace(/\n/g, ' ')}`.trim());
  });

  it('breaks mentions, issue references and autolinks with an invisible joiner', () => {
    expect(escapeMarkdown('@octocat')).toBe(`@${ZWJ}octocat`);
    expect(escapeMarkdown('#12')).toBe(`\\#${ZWJ}12`);
    expect(escapeMarkdown('https://x.y')).toBe(`https:${ZWJ}//x.y`);
    expect(escapeMarkdown('www.x.y')).toContain(`www${ZWJ}.`);
    expect(escapeMarkdown('user@example.com')).toBe(`user@${ZWJ}example.com`);
  });

  it('keeps $ out of math', () => {
    expect(escapeMarkdown('$x$')).toBe('<span>$</span>x<span>$</span>');
  });

  it('is stable for text with nothing to escape', () => {
    expect(escapeMarkdown('accuracy')).toBe('accuracy');
  });
});

describe('escapeMarkdownTableCell', () => {
  it.each(CORPUS)('keeps %j inside one cell', (text) => {
    const md = `| name | value |\n| --- | --- |\n| ${escapeMarkdownTableCell(text)} | 1 |\n`;
    const cells = bodyCells(render(md));
    expect(cells).toHaveLength(2);
    expect(cells[0]).not.toMatch(ACTIVE_TAGS);
    expect(cells[1]).toBe('1');
    expect(visibleText(cells[0]!)).toBe(expectedVisible(text).trim());
  });
});

function bodyCells(html: string): string[] {
  const body = /<tbody>([\s\S]*?)<\/tbody>/.exec(html)?.[1] ?? '';
  return [...body.matchAll(/<td>([\s\S]*?)<\/td>/g)].map((m) => m[1]!);
}

describe('inlineCode', () => {
  it.each(CORPUS)('shows %j verbatim in one code span', (text) => {
    const codes = [...render(`x ${inlineCode(text)} y`).matchAll(/<code>([\s\S]*?)<\/code>/g)];
    expect(codes).toHaveLength(1);
    expect(visibleText(codes[0]![1]!)).toBe(expectedVisible(text).replace(/\n/g, ' '));
  });

  it('escapes pipes for table cells', () => {
    const md = `| a | b |\n| - | - |\n| ${inlineCode('x | y', { tableCell: true })} | 2 |\n`;
    const cells = bodyCells(render(md));
    expect(cells).toHaveLength(2);
    expect(visibleText(cells[0]!)).toBe('x | y');
  });

  it('uses a longer fence than any backtick run', () => {
    expect(inlineCode('a``b')).toBe('```a``b```');
    expect(inlineCode('`x`')).toBe('`` `x` ``');
  });
});

describe('escapeHtml', () => {
  it.each(CORPUS)('keeps %j as text inside <summary>', (text) => {
    const md = `<details><summary>${escapeHtml(text)}</summary>\n\nbody\n\n</details>\n`;
    const html = render(md);
    const summaries = [...html.matchAll(/<summary>([\s\S]*?)<\/summary>/g)];
    expect(summaries).toHaveLength(1);
    expect(summaries[0]![1]).not.toMatch(/</);
    expect(html.match(/<details>/g)).toHaveLength(1);
    expect(visibleText(summaries[0]![1]!)).toBe(expectedVisible(text));
  });
});

describe('mermaidLabel', () => {
  it.each(CORPUS)('parses as one node label for %j', async (text) => {
    const label = mermaidLabel(text);
    expect(label.replace(/#\d+;/g, '')).not.toMatch(/["%`<>[\]{}();#\n]/);
    expect(label).not.toMatch(/#(?!\d+;)/);
    await expect(parseMermaid(`flowchart LR\n  a["${label}"] --> b["model"]`)).resolves.toBe('flowchart-v2');
  });

  it('round-trips through entity codes', () => {
    const label = mermaidLabel('a"b<c>#1%');
    const decoded = label.replace(/#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)));
    expect(decoded).toBe('a"b<c>#1%');
  });
});

describe('mermaidChartLabel', () => {
  it.each(CORPUS)('parses as an x-axis label for %j', async (text) => {
    const label = mermaidChartLabel(text);
    const source = `xychart-beta\n  x-axis ["${label}", "b"]\n  y-axis "v" 0 --> 1\n  bar [0.5, 0.7]`;
    await expect(parseMermaid(source)).resolves.toBe('xychart');
    expect(label).not.toMatch(/["%`<>[\]{};#\n]/);
  });
});
