/** The working-tree source: files under the given paths, as git and the SPEC's default excludes allow. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import fg from 'fast-glob';
import ignore, { type Ignore } from 'ignore';
import { UsageError } from '../errors.js';
import type { SourceFile } from '../source.js';

export interface WalkOptions {
  /** Paths are reported relative to it. */
  root: string;
  paths: readonly string[];
  /** Extra gitignore-style patterns from the configuration. */
  ignore: readonly string[];
  maxFileSize: number;
  /** Called for each path that is skipped for a reason the user may want to know. */
  onSkip?: (path: string, reason: string) => void;
}

const EXCLUDED_DIRS = [
  'node_modules', '.git', '.hg', '.svn', 'dist', 'build', 'out', '.next', '.nuxt', '.output', '.svelte-kit',
  '.turbo', '.vercel', '.cache', '.parcel-cache', 'coverage', 'target', 'vendor', 'bower_components',
  '__pycache__', '.venv', 'venv', '.tox', '.mypy_cache', '.pytest_cache', '.gradle',
];
const LOCK_FILES = [
  'package-lock.json', 'npm-shrinkwrap.json', 'yarn.lock', 'pnpm-lock.yaml', 'bun.lockb', 'bun.lock', 'Gemfile.lock',
  'composer.lock', 'poetry.lock', 'Pipfile.lock', 'uv.lock', 'go.sum', 'Cargo.lock', 'packages.lock.json',
];
const BINARY_EXTENSIONS = [
  'png', 'jpg', 'jpeg', 'gif', 'bmp', 'ico', 'webp', 'avif', 'tiff', 'psd', 'pdf', 'zip', 'gz', 'tgz', 'bz2', 'xz', '7z', 'rar',
  'jar', 'war', 'class', 'pyc', 'so', 'dylib', 'dll', 'exe', 'o', 'a', 'wasm', 'woff', 'woff2', 'ttf', 'otf', 'eot',
  'mp3', 'mp4', 'mov', 'avi', 'webm', 'ogg', 'wav', 'flac', 'sqlite', 'db', 'bin',
];

export const DEFAULT_IGNORES = [
  ...EXCLUDED_DIRS.map((dir) => `**/${dir}/**`),
  ...LOCK_FILES.map((file) => `**/${file}`),
  `**/*.{${BINARY_EXTENSIONS.join(',')}}`,
];

/** Minified bundles over the size limit are still scanned, for keys only. */
const BUNDLE = /\.(m?js|cjs|css)$/i;

export function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

function findGitRoot(from: string): string | undefined {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, '.git'))) return dir;
    if (path.dirname(dir) === dir) return undefined;
  }
}

/** gitignore rules of every folder, applied relative to the folder that holds them. */
class GitignoreSet {
  private readonly byDir = new Map<string, Ignore | null>();

  private rulesOf(dir: string): Ignore | null {
    let rules = this.byDir.get(dir);
    if (rules !== undefined) return rules;
    rules = null;
    try {
      const content = readFileSync(path.join(dir, '.gitignore'), 'utf8');
      rules = ignore().add(content);
    } catch {
      // no .gitignore here
    }
    this.byDir.set(dir, rules);
    return rules;
  }

  /** True when a .gitignore of the file's folder or any parent up to `top` ignores it. */
  ignores(file: string, top: string): boolean {
    for (let dir = path.dirname(file); ; dir = path.dirname(dir)) {
      const rules = this.rulesOf(dir);
      if (rules?.ignores(toPosix(path.relative(dir, file)))) return true;
      if (dir === top || path.dirname(dir) === dir || !dir.startsWith(top)) return false;
    }
  }
}

/** Yields the files to scan, in a deterministic order. */
export async function* walkFiles(options: WalkOptions): AsyncGenerator<SourceFile> {
  const gitignores = new GitignoreSet();
  const extra = ignore().add([...options.ignore]);
  const seen = new Set<string>();
  const root = path.resolve(options.root);

  for (const input of options.paths) {
    const absolute = path.resolve(input);
    let stat;
    try {
      stat = statSync(absolute);
    } catch {
      throw new UsageError(`no such file or directory: ${input}`);
    }
    const top = findGitRoot(stat.isDirectory() ? absolute : path.dirname(absolute)) ?? (stat.isDirectory() ? absolute : path.dirname(absolute));
    const entries = stat.isDirectory()
      ? await fg('**', {
          cwd: absolute,
          dot: true,
          onlyFiles: true,
          followSymbolicLinks: false,
          objectMode: true,
          stats: true,
          suppressErrors: true,
          ignore: DEFAULT_IGNORES,
        })
      : [{ path: path.basename(absolute), dirent: null, stats: stat }];
    const base = stat.isDirectory() ? absolute : path.dirname(absolute);
    const files = entries
      .map((entry) => ({ absolutePath: path.join(base, entry.path), stats: entry.stats }))
      .sort((a, b) => (a.absolutePath < b.absolutePath ? -1 : a.absolutePath > b.absolutePath ? 1 : 0));

    for (const { absolutePath, stats } of files) {
      if (seen.has(absolutePath)) continue;
      seen.add(absolutePath);
      const relative = toPosix(path.relative(root, absolutePath));
      const explicit = !stat.isDirectory();
      // Symlinks are never followed: a link inside the root points at a file scanned on its own.
      if (stats?.isSymbolicLink()) continue;
      if (!explicit && gitignores.ignores(absolutePath, top)) continue;
      if (extra.ignores(relative.replace(/^(\.\.\/)+/, ''))) continue;
      const size = stats?.size ?? 0;
      if (size > options.maxFileSize && !BUNDLE.test(absolutePath)) {
        options.onSkip?.(relative, `larger than ${options.maxFileSize} bytes`);
        continue;
      }
      yield { path: relative, absolutePath, keysOnly: size > options.maxFileSize || undefined };
    }
  }
}
