import { createRequire } from 'node:module';
import type { ts as TS } from 'ts-morph';
import type { SourceText } from '../parsed.js';

/** A parsed JS/TS file. Checks walk the raw compiler nodes (`ts.forEachChild`): ts-morph's wrappers are too slow for hot loops. */
export interface JsFile extends SourceText {
  ts: typeof TS;
  sourceFile: TS.SourceFile;
}

export class ParseError extends Error {}

function scriptKindOf(ts: typeof TS, path: string, text: string): TS.ScriptKind {
  if (/\.(tsx)$/i.test(path)) return ts.ScriptKind.TSX;
  if (/\.(ts|mts|cts)$/i.test(path)) return ts.ScriptKind.TS;
  if (/\.(vue|svelte)$/i.test(path)) {
    const lang = /<script\b[^>]*\blang\s*=\s*["']?(\w+)/i.exec(text)?.[1]?.toLowerCase();
    return lang === 'tsx' ? ts.ScriptKind.TSX : lang === 'ts' ? ts.ScriptKind.TS : lang === 'jsx' ? ts.ScriptKind.JSX : ts.ScriptKind.JS;
  }
  return ts.ScriptKind.JSX; // .js may hold JSX; the JSX grammar is a superset for our purpose
}

const SCRIPT_BLOCK = /<script\b[^>]*>([\s\S]*?)<\/script\s*>/gi;

/**
 * The `<script>` blocks of a Vue or Svelte component, in place: everything outside them is blanked
 * with spaces (newlines kept), so offsets, lines and columns are those of the component file.
 */
export function scriptBlocks(text: string): string {
  const out: string[] = [];
  let last = 0;
  const blank = (s: string) => s.replace(/[^\n\r]/g, ' ');
  for (const match of text.matchAll(SCRIPT_BLOCK)) {
    const bodyStart = match.index + match[0].indexOf('>') + 1;
    const bodyEnd = bodyStart + match[1]!.length;
    out.push(blank(text.slice(last, bodyStart)), text.slice(bodyStart, bodyEnd));
    last = bodyEnd;
  }
  out.push(blank(text.slice(last)));
  return out.join('');
}

/**
 * Loads the TypeScript compiler (through ts-morph, lazily) and returns the JS/TS parser. `require`,
 * not `import`: importing a CommonJS module from ESM runs a lexer over its 12 MB for the names it
 * exports, a third of the load time of each worker.
 */
export async function loadJsParser(): Promise<(source: SourceText) => JsFile> {
  const { ts } = createRequire(import.meta.url)('ts-morph') as typeof import('ts-morph');
  return (source) => {
    const text = /\.(vue|svelte)$/i.test(source.path) ? scriptBlocks(source.text) : source.text;
    let sourceFile: TS.SourceFile;
    try {
      sourceFile = ts.createSourceFile(source.path, text, ts.ScriptTarget.Latest, true, scriptKindOf(ts, source.path, source.text));
    } catch (error) {
      // The compiler's parser recurses; absurdly deep nesting exhausts the stack. Report, don't crash.
      throw new ParseError(error instanceof RangeError ? 'nesting too deep to parse' : String(error));
    }
    const diagnostics = (sourceFile as unknown as { parseDiagnostics?: readonly TS.Diagnostic[] }).parseDiagnostics ?? [];
    const first = diagnostics.find((d) => d.category === ts.DiagnosticCategory.Error);
    if (first) {
      const { line } = sourceFile.getLineAndCharacterOfPosition(first.start ?? 0);
      throw new ParseError(`line ${line + 1}: ${ts.flattenDiagnosticMessageText(first.messageText, ' ')}`);
    }
    return { ...source, text, ts, sourceFile };
  };
}
