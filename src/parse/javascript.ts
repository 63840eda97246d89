import type { ts as TS } from 'ts-morph';
import type { SourceText } from '../parsed.js';

/** A parsed JS/TS file. Checks walk the raw compiler nodes (`ts.forEachChild`): ts-morph's wrappers are too slow for hot loops. */
export interface JsFile extends SourceText {
  ts: typeof TS;
  sourceFile: TS.SourceFile;
}

export class ParseError extends Error {}

function scriptKindOf(ts: typeof TS, path: string): TS.ScriptKind {
  if (/\.(tsx)$/i.test(path)) return ts.ScriptKind.TSX;
  if (/\.(ts|mts|cts)$/i.test(path)) return ts.ScriptKind.TS;
  if (/\.(jsx)$/i.test(path)) return ts.ScriptKind.JSX;
  return ts.ScriptKind.JSX; // .js may hold JSX; the JSX grammar is a superset for our purpose
}

/** Loads the TypeScript compiler (through ts-morph, lazily) and returns the JS/TS parser. */
export async function loadJsParser(): Promise<(source: SourceText) => JsFile> {
  const { ts } = await import('ts-morph');
  return (source) => {
    const sourceFile = ts.createSourceFile(source.path, source.text, ts.ScriptTarget.Latest, true, scriptKindOf(ts, source.path));
    const diagnostics = (sourceFile as unknown as { parseDiagnostics?: readonly TS.Diagnostic[] }).parseDiagnostics ?? [];
    const first = diagnostics.find((d) => d.category === ts.DiagnosticCategory.Error);
    if (first) {
      const { line } = sourceFile.getLineAndCharacterOfPosition(first.start ?? 0);
      throw new ParseError(`line ${line + 1}: ${ts.flattenDiagnosticMessageText(first.messageText, ' ')}`);
    }
    return { ...source, ts, sourceFile };
  };
}
