/**
 * Deterministic cutting of markdown to GitHub's limits. Whole sections are dropped first (by the caller,
 * lowest priority first); this is the last resort: cut at a line boundary, never inside a code fence (a
 * half Mermaid block fails to render) and close any `<details>` left open, then append the note. Limits
 * are on characters (comments: 65,536) and, optionally, UTF-8 bytes (check-run summaries: 65,535).
 */

export interface TextLimit {
  chars: number;
  bytes?: number;
}

export function fits(text: string, limit: TextLimit): boolean {
  return text.length <= limit.chars && (limit.bytes === undefined || Buffer.byteLength(text, 'utf8') <= limit.bytes);
}

export function truncateMarkdown(text: string, limit: TextLimit, note: string): string {
  if (fits(text, limit)) return text;
  const lines = text.split('\n');
  // Binary search for the most lines whose repaired prefix plus the note fits.
  let low = 0;
  let high = lines.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (fits(repair(lines.slice(0, mid)) + note, limit)) low = mid;
    else high = mid - 1;
  }
  const cut = repair(lines.slice(0, low)) + note;
  return fits(cut, limit) ? cut : hardCut(note, limit);
}

/** Drop an unterminated code fence and close open `<details>` blocks. */
function repair(lines: string[]): string {
  const kept = [...lines];
  let fenceStart = -1;
  kept.forEach((line, i) => {
    if (/^\s*(```|~~~)/.test(line)) fenceStart = fenceStart === -1 ? i : -1;
  });
  if (fenceStart !== -1) kept.length = fenceStart;
  const text = kept.join('\n');
  const open = (text.match(/<details\b/g) ?? []).length - (text.match(/<\/details>/g) ?? []).length;
  return text + '\n' + '\n</details>\n'.repeat(Math.max(0, open));
}

function hardCut(note: string, limit: TextLimit): string {
  let out = note;
  while (!fits(out, limit)) out = out.slice(0, -1);
  return out;
}
