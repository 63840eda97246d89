/** The working-tree source: files under the given paths, as git and the SPEC's default excludes allow. */
import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, readdirSync, readFileSync, statSync, type Dirent, type Stats } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
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

export const EXCLUDED_DIRS = [
  'node_modules', '.git', '.hg', '.svn', 'dist', 'build', 'out', '.next', '.nuxt', '.output', '.svelte-kit',
  '.turbo', '.vercel', '.cache', '.parcel-cache', 'coverage', 'target', 'vendor', 'bower_components',
  '__pycache__', '.venv', 'venv', '.tox', '.mypy_cache', '.pytest_cache', '.gradle',
];
export const LOCK_FILES = [
  'package-lock.json', 'npm-shrinkwrap.json', 'yarn.lock', 'pnpm-lock.yaml', 'bun.lockb', 'bun.lock', 'Gemfile.lock',
  'composer.lock', 'poetry.lock', 'Pipfile.lock', 'uv.lock', 'go.sum', 'Cargo.lock', 'packages.lock.json',
];
export const BINARY_EXTENSIONS = [
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

/**
 * The files git tracks under a repository root, read once and only when a .gitignore rule matches a
 * file: .gitignore does not apply to tracked files, so a key committed with `git add -f` next to a
 * rule that matches it is still scanned. No worktree or fsmonitor access (`ls-files --cached`).
 */
class TrackedFiles {
  private readonly byRoot = new Map<string, Set<string>>();

  has(file: string, gitRoot: string | undefined): boolean {
    if (!gitRoot) return false;
    let tracked = this.byRoot.get(gitRoot);
    if (!tracked) {
      tracked = new Set();
      const run = spawnSync('git', ['-c', 'core.fsmonitor=false', '-c', 'core.quotePath=false', 'ls-files', '-z', '--cached', '--full-name'], { cwd: gitRoot, maxBuffer: 1 << 30 });
      if (run.status === 0) for (const name of run.stdout.toString('utf8').split('\0')) if (name) tracked.add(path.join(gitRoot, name));
      this.byRoot.set(gitRoot, tracked);
    }
    return tracked.has(file);
  }
}

/** gitignore rules of every folder, applied relative to the folder that holds them. */
class GitignoreSet {
  private readonly byDir = new Map<string, Ignore | null>();

  private rulesOf(dir: string): Ignore | null {
    let rules = this.byDir.get(dir);
    if (rules !== undefined) return rules;
    rules = null;
    const file = path.join(dir, '.gitignore');
    // existsSync first: most folders have none, and a failed read costs an exception.
    if (existsSync(file)) try {
      const content = readFileSync(file, 'utf8');
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

const EXCLUDED_DIR_NAMES = new Set(EXCLUDED_DIRS);
const LOCK_FILE_NAMES = new Set(LOCK_FILES);
const BINARY_EXTENSION_SET = new Set(BINARY_EXTENSIONS);

interface Listed {
  absolutePath: string;
  /** The path as bytes: the only way to open a file whose name is not valid UTF-8. */
  bytes: Buffer;
  /** False when the name is not valid UTF-8 (its string form holds U+FFFD and opens nothing). */
  utf8: boolean;
  stats: Stats | undefined;
}

function isExcludedFile(name: string): boolean {
  if (LOCK_FILE_NAMES.has(name)) return true;
  const dot = name.lastIndexOf('.');
  return dot !== -1 && BINARY_EXTENSION_SET.has(name.slice(dot + 1).toLowerCase());
}

/**
 * Every regular file under `top`, symlinks not followed. Not a glob library: glob matching skips
 * names that hold a newline, and fast-glob drops a whole folder when one name in it is not valid
 * UTF-8 — both would let a file escape the scan. FIFOs, sockets and devices are never listed
 * (reading a FIFO blocks forever).
 */
// A generator, so that files stream to the analysis while the listing goes on (the worker pool starts
// on the first files instead of waiting for the whole tree), in a deterministic order: depth first,
// each folder's entries sorted by name. Synchronous file-system calls on purpose: one awaited lstat
// per file costs a thread-pool round trip each (3× slower on the benchmark tree, bench/run.mjs).
function* listFiles(top: string, onSkip?: (path: string, reason: string) => void): Generator<Listed> {
  const sep = Buffer.from(path.sep);
  type Folder = { bytes: Buffer; text: string; utf8: boolean };
  const pending: Folder[] = [{ bytes: Buffer.from(top), text: top, utf8: true }];
  while (pending.length) {
    const dir = pending.pop()!;
    let entries: Dirent<Buffer>[];
    try {
      entries = readdirSync(dir.bytes, { withFileTypes: true, encoding: 'buffer' });
    } catch (error) {
      onSkip?.(toPosix(path.relative(top, dir.text)) || '.', `cannot read this folder (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
      continue;
    }
    entries.sort((a, b) => Buffer.compare(a.name, b.name));
    const subdirs: Folder[] = [];
    const found: Listed[] = [];
    for (const entry of entries) {
      const name = entry.name.toString('utf8');
      const utf8 = dir.utf8 && Buffer.from(name).equals(entry.name);
      const bytes = Buffer.concat([dir.bytes, sep, entry.name]);
      const text = path.join(dir.text, name);
      let kind: 'file' | 'dir' | 'other' = entry.isFile() ? 'file' : entry.isDirectory() ? 'dir' : 'other';
      let stats: Stats | undefined;
      const known = entry.isFile() || entry.isDirectory() || entry.isSymbolicLink() || entry.isFIFO() || entry.isSocket() || entry.isBlockDevice() || entry.isCharacterDevice();
      if (!known || kind === 'file') {
        try {
          stats = lstatSync(bytes);
          kind = stats.isFile() ? 'file' : stats.isDirectory() ? 'dir' : 'other';
        } catch {
          // Removed since it was listed: reading it reports it as unreadable.
        }
      }
      if (kind === 'dir' && !EXCLUDED_DIR_NAMES.has(name)) subdirs.push({ bytes, text, utf8 });
      if (kind === 'file' && !isExcludedFile(name)) found.push({ absolutePath: text, bytes, utf8, stats });
    }
    yield* found;
    for (let i = subdirs.length - 1; i >= 0; i--) pending.push(subdirs[i]!); // popped in name order
  }
}

/** Yields the files to scan, in a deterministic order (streaming: the tree is never listed in full first). */
export async function* walkFiles(options: WalkOptions): AsyncGenerator<SourceFile> {
  const gitignores = new GitignoreSet();
  const tracked = new TrackedFiles();
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
    const gitRoot = findGitRoot(stat.isDirectory() ? absolute : path.dirname(absolute));
    const top = gitRoot ?? (stat.isDirectory() ? absolute : path.dirname(absolute));
    if (!stat.isDirectory() && !stat.isFile()) {
      options.onSkip?.(toPosix(path.relative(root, absolute)), 'not a regular file');
      continue;
    }
    const files: Iterable<Listed> = stat.isDirectory()
      ? listFiles(absolute, options.onSkip)
      : [{ absolutePath: absolute, bytes: Buffer.from(absolute), utf8: true, stats: stat }];

    for (const { absolutePath, stats, utf8, bytes } of files) {
      if (seen.has(absolutePath)) continue;
      seen.add(absolutePath);
      const relative = toPosix(path.relative(root, absolutePath));
      const explicit = !stat.isDirectory();
      // Symlinks are never followed: a link inside the root points at a file scanned on its own.
      if (stats?.isSymbolicLink()) continue;
      if (!explicit && gitignores.ignores(absolutePath, top) && !tracked.has(absolutePath, gitRoot)) continue;
      if (extra.ignores(relative.replace(/^(\.\.\/)+/, ''))) continue;
      const size = stats?.size ?? 0;
      if (size > options.maxFileSize && !BUNDLE.test(absolutePath)) {
        options.onSkip?.(relative, `larger than ${options.maxFileSize} bytes`);
        continue;
      }
      const keysOnly = size > options.maxFileSize || undefined;
      if (!utf8) {
        // The string form of a non-UTF-8 name opens nothing: read the bytes through the byte path.
        const content = await readFile(bytes).catch(() => undefined);
        if (content) {
          yield { path: relative, content, keysOnly };
          continue;
        }
      }
      yield { path: relative, absolutePath, keysOnly };
    }
  }
}
