/**
 * Which language a file is, by its name. `text` is every scanned file, whatever its language:
 * text rules (key detection) read all of them; AST rules read only their own language.
 */
export const LANGUAGES = ['text', 'js', 'python', 'ruby', 'php', 'go', 'java'] as const;
export type Language = (typeof LANGUAGES)[number];
export type CodeLanguage = Exclude<Language, 'text'>;
export const CODE_LANGUAGES = LANGUAGES.filter((l): l is CodeLanguage => l !== 'text');

const EXTENSIONS: Record<string, CodeLanguage> = {
  '.js': 'js', '.cjs': 'js', '.mjs': 'js', '.jsx': 'js',
  '.ts': 'js', '.tsx': 'js', '.mts': 'js', '.cts': 'js',
  '.vue': 'js', '.svelte': 'js',
  '.py': 'python', '.pyw': 'python',
  '.rb': 'ruby', '.rake': 'ruby', '.gemspec': 'ruby',
  '.php': 'php',
  '.go': 'go',
  '.java': 'java',
};

const BASENAMES: Record<string, CodeLanguage> = { Rakefile: 'ruby', Gemfile: 'ruby', 'config.ru': 'ruby' };

function extensionOf(path: string): string {
  const base = path.slice(path.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot).toLowerCase() : '';
}

/** The code language of a path, or undefined for plain text files. */
export function codeLanguageOf(path: string): CodeLanguage | undefined {
  const base = path.slice(path.lastIndexOf('/') + 1);
  return BASENAMES[base] ?? EXTENSIONS[extensionOf(path)];
}

export interface CommentSyntax {
  /** Line comment leaders. */
  line: readonly string[];
  /** Block comment delimiters, as [open, close]. */
  block: readonly (readonly [string, string])[];
}

const C_LIKE: CommentSyntax = { line: ['//'], block: [['/*', '*/']] };
const HASH: CommentSyntax = { line: ['#'], block: [] };
const MARKUP: CommentSyntax = { line: [], block: [['<!--', '-->']] };

const COMMENTS_BY_EXTENSION: Record<string, CommentSyntax> = {
  '.py': HASH, '.rb': HASH, '.rake': HASH, '.gemspec': HASH, '.sh': HASH, '.bash': HASH, '.zsh': HASH,
  '.yml': HASH, '.yaml': HASH, '.toml': HASH, '.env': HASH, '.ini': HASH, '.cfg': HASH, '.conf': HASH,
  '.properties': HASH, '.tf': { line: ['#', '//'], block: [['/*', '*/']] },
  '.php': { line: ['//', '#'], block: [['/*', '*/']] },
  '.md': MARKUP, '.mdx': MARKUP, '.html': MARKUP, '.htm': MARKUP, '.xml': MARKUP,
  '.vue': { line: ['//'], block: [['/*', '*/'], ['<!--', '-->']] },
  '.svelte': { line: ['//'], block: [['/*', '*/'], ['<!--', '-->']] },
  '.sql': { line: ['--'], block: [['/*', '*/']] },
  // JSON has no comments; fixtures and suppressions accept `//` there, since only text rules read it.
  '.json': C_LIKE, '.jsonc': C_LIKE,
};

/** The comment syntax of a file, used by suppressions and by the fixture annotations. */
export function commentSyntaxOf(path: string): CommentSyntax {
  const base = path.slice(path.lastIndexOf('/') + 1);
  if (base === 'Dockerfile' || base.startsWith('.env') || base === 'Gemfile' || base === 'Rakefile' || base === 'Makefile') {
    return HASH;
  }
  const ext = extensionOf(path);
  return COMMENTS_BY_EXTENSION[ext] ?? (codeLanguageOf(path) ? C_LIKE : { line: ['#', '//'], block: [['/*', '*/'], ['<!--', '-->']] });
}
