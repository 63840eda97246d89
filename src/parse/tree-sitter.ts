/**
 * Python, Ruby, PHP, Go and Java through tree-sitter compiled to WASM (`@vscode/tree-sitter-wasm`).
 *
 * The runtime is initialised once per process (or worker) on the first file that needs it, and a
 * grammar is loaded only when a file of its language reaches the parser. The WASM tree is copied into
 * plain objects (`SyntaxNode`) with an iterative cursor walk and freed at once: checks then walk
 * ordinary JS objects (fast, with parent links) and no WASM memory outlives the parse.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type * as WTS from '@vscode/tree-sitter-wasm';
import type { CodeLanguage } from '../languages.js';
import type { SourceText } from '../parsed.js';

export type TreeSitterLanguage = Exclude<CodeLanguage, 'js'>;

/** A syntax node, copied out of the WASM tree. Offsets are UTF-16, as `file.text` indices. */
export interface SyntaxNode {
  type: string;
  /** False for anonymous tokens (`=`, `==`, `+`…). Punctuation (`(`, `,`, `.`…) is left out of the copy. */
  named: boolean;
  start: number;
  end: number;
  /** The field this node fills in its parent (`function`, `arguments`, `left`…), if any. */
  field: string | null;
  parent: SyntaxNode | null;
  children: SyntaxNode[];
}

export interface TreeSitterFile<L extends TreeSitterLanguage = TreeSitterLanguage> extends SourceText {
  language: L;
  root: SyntaxNode;
}

export class ParseError extends Error {}

const GRAMMARS: Record<TreeSitterLanguage, string> = {
  python: 'tree-sitter-python.wasm',
  ruby: 'tree-sitter-ruby.wasm',
  php: 'tree-sitter-php.wasm',
  go: 'tree-sitter-go.wasm',
  java: 'tree-sitter-java.wasm',
};

type Runtime = typeof WTS;
let runtime: Promise<{ ts: Runtime; dir: string }> | undefined;

/** Initialises the tree-sitter runtime once (the package is UMD/CommonJS, hence `require`). */
function loadRuntime(): Promise<{ ts: Runtime; dir: string }> {
  runtime ??= (async () => {
    const require = createRequire(import.meta.url);
    const main = require.resolve('@vscode/tree-sitter-wasm');
    const dir = path.dirname(main);
    const ts = require(main) as Runtime;
    await ts.Parser.init({ locateFile: (file: string) => path.join(dir, file) });
    return { ts, dir };
  })();
  return runtime;
}

/**
 * Deeper trees are reported as unparsable: real code stays far below this, and checks (which may
 * recurse along a chain of attributes or operands) then never meet a tree deep enough to overflow
 * the stack.
 */
export const MAX_TREE_DEPTH = 2_500;

/** Per grammar: type names, which types are named, and which are punctuation that no check reads. */
interface TypeTable {
  names: string[];
  named: boolean[];
  skip: boolean[];
  fields: (string | null)[];
}

const PUNCTUATION = /^[()[\]{},;:.]$/;

function typeTable(grammar: WTS.Language): TypeTable {
  const names: string[] = [];
  const named: boolean[] = [];
  const skip: boolean[] = [];
  for (let id = 0; id < grammar.nodeTypeCount; id++) {
    names[id] = grammar.nodeTypeForId(id) ?? 'ERROR';
    named[id] = grammar.nodeTypeIsNamed(id);
    skip[id] = !named[id] && PUNCTUATION.test(names[id]!);
  }
  return { names, named, skip, fields: grammar.fields };
}

/**
 * Copies the WASM tree into plain nodes with one cursor walk (no recursion: 10,000-deep input is
 * fine). Punctuation tokens are left out; each kept node costs four calls into WASM.
 */
function copyTree(tree: WTS.Tree, types: TypeTable): SyntaxNode {
  const cursor = tree.walk();
  try {
    const rootType = cursor.nodeTypeId;
    const root: SyntaxNode = { type: types.names[rootType] ?? 'ERROR', named: true, start: cursor.startIndex, end: cursor.endIndex, field: null, parent: null, children: [] };
    if (!cursor.gotoFirstChild()) return root;
    const parents: SyntaxNode[] = [root];
    for (;;) {
      const typeId = cursor.nodeTypeId;
      let node: SyntaxNode | undefined;
      if (!types.skip[typeId]) {
        const parent = parents[parents.length - 1]!;
        node = { type: types.names[typeId] ?? 'ERROR', named: types.named[typeId] ?? true, start: cursor.startIndex, end: cursor.endIndex, field: types.fields[cursor.currentFieldId] ?? null, parent, children: [] };
        parent.children.push(node);
        if (cursor.gotoFirstChild()) {
          if (parents.length >= MAX_TREE_DEPTH) throw new ParseError(`nesting deeper than ${MAX_TREE_DEPTH} levels`);
          parents.push(node);
          continue;
        }
      }
      while (!cursor.gotoNextSibling()) {
        cursor.gotoParent();
        parents.pop();
        if (parents.length === 0) return root;
      }
    }
  } finally {
    cursor.delete();
  }
}

/** Where the first ERROR or MISSING node starts, in document order (an iterative cursor walk of the WASM tree). */
function firstError(tree: WTS.Tree): { offset: number; missing: boolean } | undefined {
  const cursor = tree.walk();
  try {
    for (;;) {
      const node = cursor.currentNode;
      if (node.isError || node.isMissing) return { offset: node.startIndex, missing: node.isMissing };
      if (node.hasError && cursor.gotoFirstChild()) continue;
      while (!cursor.gotoNextSibling()) if (!cursor.gotoParent()) return undefined;
    }
  } finally {
    cursor.delete();
  }
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/**
 * Loads the runtime (once) and the grammar of one language, and returns its parser. A file whose
 * tree holds any ERROR or MISSING node throws `ParseError`: the engine reports it as unparsable
 * once, as it does for JS/TS, rather than running rules on a guessed tree.
 */
export async function loadTreeSitterParser<L extends TreeSitterLanguage>(language: L): Promise<(source: SourceText) => TreeSitterFile<L>> {
  const { ts, dir } = await loadRuntime();
  const grammar = await ts.Language.load(await readFile(path.join(dir, GRAMMARS[language])));
  const parser = new ts.Parser();
  parser.setLanguage(grammar);
  const types = typeTable(grammar);
  return (source) => {
    parser.reset();
    const tree = parser.parse(source.text);
    if (!tree) throw new ParseError('the parser gave up');
    try {
      if (tree.rootNode.hasError) {
        const error = firstError(tree);
        const where = error ? lineOf(source.text, error.offset) : 1;
        throw new ParseError(`line ${where}: syntax error${error?.missing ? ' (something is missing)' : ''}`);
      }
      const root = copyTree(tree, types);
      return { ...source, language, root };
    } finally {
      tree.delete();
    }
  };
}
