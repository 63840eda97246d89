import type { CodeLanguage } from '../languages.js';
import type { ParsedFiles, SourceText } from '../parsed.js';

export type Parser<L extends CodeLanguage> = (source: SourceText) => ParsedFiles[L];

const loading = new Map<CodeLanguage, Promise<Parser<CodeLanguage>>>();

async function load(language: CodeLanguage): Promise<Parser<CodeLanguage>> {
  switch (language) {
    case 'js':
      return (await import('./javascript.js')).loadJsParser();
    default:
      return (await import('./tree-sitter.js')).loadTreeSitterParser(language) as Promise<Parser<CodeLanguage>>;
  }
}

/** The parser of a language, loaded on first use only: a scan that needs none never loads one. */
export function parserFor<L extends CodeLanguage>(language: L): Promise<Parser<L>> {
  let parser = loading.get(language);
  if (!parser) {
    parser = load(language);
    loading.set(language, parser);
  }
  return parser as Promise<Parser<L>>;
}
