import type { JsFile } from './parse/javascript.js';
import type { TreeSitterFile } from './parse/tree-sitter.js';

/** What every check receives at least: the file's path (relative to the scan root) and text. */
export interface SourceText {
  /** Relative to the scan root, forward slashes. */
  path: string;
  text: string;
  /** On disk, when the file comes from the working tree: lets cross-file analyses find its neighbours. */
  absolutePath?: string;
}

export interface TextFile extends SourceText {
  /** A minified bundle: only key rules read it. */
  minified: boolean;
}

/** The parsed form each language's checks receive. */
export interface ParsedFiles {
  text: TextFile;
  js: JsFile;
  python: TreeSitterFile<'python'>;
  ruby: TreeSitterFile<'ruby'>;
  php: TreeSitterFile<'php'>;
  go: TreeSitterFile<'go'>;
  java: TreeSitterFile<'java'>;
}
