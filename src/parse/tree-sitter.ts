import type { SourceText } from '../parsed.js';
import type { CodeLanguage } from '../languages.js';

/** Seam for the tree-sitter languages (Python, Ruby, PHP, Go, Java): filled in by their issue. */
export interface TreeSitterFile<L extends Exclude<CodeLanguage, 'js'>> extends SourceText {
  language: L;
}
