/**
 * Mermaid's own parser in node. Mermaid expects a browser (DOMPurify, `window`, `document`), so a jsdom
 * window is installed once before the module loads. `parse` throws on a syntax error; we return the
 * diagram type so tests can assert which grammar accepted the block.
 */
type MermaidApi = {
  initialize(config: Record<string, unknown>): void;
  parse(text: string): Promise<{ diagramType: string } | false>;
};

let loaded: Promise<MermaidApi> | undefined;

function loadMermaid(): Promise<MermaidApi> {
  loaded ??= (async () => {
    // jsdom ships no types and this is the one place it is needed, so it is loaded untyped.
    const jsdom = (await import('jsdom' as string)) as { JSDOM: new (html: string) => { window: { document: unknown } } };
    const dom = new jsdom.JSDOM('<!doctype html><html><body></body></html>');
    const globals = globalThis as Record<string, unknown>;
    globals.window ??= dom.window;
    globals.document ??= dom.window.document;
    const module = (await import('mermaid')) as unknown as { default: MermaidApi };
    module.default.initialize({ startOnLoad: false, securityLevel: 'strict' });
    return module.default;
  })();
  return loaded;
}

export async function parseMermaid(source: string): Promise<string> {
  const mermaid = await loadMermaid();
  const result = await mermaid.parse(source);
  if (!result) throw new Error('mermaid did not recognise the diagram');
  return result.diagramType;
}

/** Every ```mermaid fenced block in a markdown document. */
export function mermaidBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```mermaid\n([\s\S]*?)\n```$/gm)].map((match) => match[1]!);
}
