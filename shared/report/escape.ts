/**
 * Escaping for untrusted text (branch names, column and group values, metric names, paths, commit
 * messages) entering GitHub-flavoured markdown, HTML blocks and Mermaid diagrams.
 *
 * GitHub renders a comment in two stages: markdown → HTML (where backslash escapes and entities work),
 * then HTML filters over text nodes (where @mentions, #123 references and bare URLs become links, and a
 * backslash escape has already disappeared). So markdown syntax is neutralised with backslashes and
 * entities, while mentions, references and autolinks are broken with an invisible zero-width joiner that
 * survives both stages. `$` is wrapped in a `<span>` because that is what GitHub documents for a literal
 * dollar next to math, and a lone `\$` is not honoured everywhere (tables).
 */

/** Zero-width joiner: invisible and not a word character, so `@` + ZWJ + `user` is no longer a mention. */
export const ZWJ = '\u200D';

// Bidirectional overrides ("Trojan source") and C0/C1 controls other than tab and newline: never useful
// in a report, and they can make displayed text differ from what it is.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const INVISIBLE_CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

// ASCII punctuation with a markdown meaning anywhere on a line. CommonMark allows a backslash before any
// ASCII punctuation, so over-escaping is harmless.
const MARKDOWN_PUNCTUATION = /[\\`*_{}[\]()#+\-!|~=]/g;

/** Remove control characters and bidi overrides; normalise line endings to `\n`. */
export function stripControls(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(INVISIBLE_CONTROLS, '');
}

/**
 * Break what GitHub's HTML filters turn into links or notifications: `@user` / `@org/team` mentions,
 * `#123` / `GH-123` references, and bare `https://` / `www.` autolinks.
 */
export function neutralizeReferences(text: string): string {
  return text
    .replace(/@(?=[A-Za-z0-9])/g, `@${ZWJ}`)
    .replace(/(?<!&)#(?=\d)/g, `#${ZWJ}`)
    .replace(/\b(GH)-(?=\d)/gi, `$1${ZWJ}-`)
    .replace(/:\/\//g, `:${ZWJ}//`)
    .replace(/\bwww\./gi, (match) => `${match.slice(0, 3)}${ZWJ}.`);
}

/**
 * Inline markdown text: rendered exactly as given, never as formatting, links, images, HTML, math,
 * mentions or block structure. Newlines become spaces (an inline fragment cannot start a block).
 */
export function escapeMarkdown(text: string): string {
  const flat = stripControls(text).replace(/\n/g, ' ');
  const escaped = flat
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(MARKDOWN_PUNCTUATION, '\\$&')
    // An ordered-list marker ("1. " / "1) ") only counts at the start of a line.
    .replace(/^(\d+)([.)])/, '$1\\$2');
  return neutralizeReferences(escaped).replace(/\$/g, '<span>$</span>');
}

/** A GFM table cell: like `escapeMarkdown`, and newlines kept as `<br>` instead of breaking the row. */
export function escapeMarkdownTableCell(text: string): string {
  return stripControls(text)
    .split('\n')
    .map((line) => escapeMarkdown(line))
    .join('<br>');
}

/**
 * Text inside raw HTML (`<summary>`, attribute values). Markdown is not parsed inside an HTML block, but
 * GitHub's mention, reference and math handling still sees the text, so those are neutralised too.
 */
export function escapeHtml(text: string): string {
  const escaped = stripControls(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    .replace(/\$/g, '&#36;');
  return neutralizeReferences(escaped);
}

/**
 * A code span that shows `text` verbatim: the fence is one backtick longer than the longest run inside,
 * padded with spaces when the text starts or ends with a backtick. `tableCell` escapes `|`, which GFM
 * treats as a cell separator even inside code spans.
 */
export function inlineCode(text: string, options: { tableCell?: boolean } = {}): string {
  let body = stripControls(text).replace(/\n/g, ' ');
  if (body === '') return '<code></code>';
  if (options.tableCell) body = body.replace(/\|/g, '\\|');
  const longestRun = Math.max(0, ...(body.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = body.startsWith('`') || body.endsWith('`') || /^ .* $/.test(body) ? ' ' : '';
  return `${fence}${pad}${body}${pad}${fence}`;
}

// Kept literally inside a quoted Mermaid label; everything else becomes a `#<code>;` entity, which
// Mermaid decodes for display. `%` (directives `%%{…}%%` are found by a regex over the whole source,
// quotes or not), `#` (entity syntax), quotes, brackets, `<` (HTML labels) and backticks (markdown
// strings) are therefore never literal.
const MERMAID_SAFE = /[\p{L}\p{N} _.,:/+\-=?!*'@]/u;

/**
 * Text for inside a double-quoted Mermaid label (`A["…"]`, `A -->|"…"| B`). Cannot close the quote, start
 * a directive, a comment, an HTML tag, a link or a `click` statement. Newlines become spaces.
 */
export function mermaidLabel(text: string): string {
  const flat = stripControls(text).replace(/\n/g, ' ');
  let out = '';
  for (const char of flat) {
    out += MERMAID_SAFE.test(char) ? char : `#${char.codePointAt(0)};`;
  }
  return out;
}

// Chart labels (xychart-beta axes, pie slices) are drawn as SVG text without entity decoding, so there
// unsafe characters are replaced rather than encoded.
const MERMAID_CHART_UNSAFE = /[^\p{L}\p{N} _.,:/+\-=?!*@()]/gu;

/** Text for a quoted label in a Mermaid chart (`x-axis ["…"]`, pie `"…" : 3`): unsafe characters → `_`. */
export function mermaidChartLabel(text: string): string {
  return stripControls(text).replace(/\n/g, ' ').replace(MERMAID_CHART_UNSAFE, '_');
}
