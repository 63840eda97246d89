/** The working-tree source: files under the given paths, as git and the SPEC's default excludes allow. */
import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, readdirSync, readFileSync, statSync, type Dirent } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { UsageError } from '../errors.js';
import { sizeVerdict, type SourceFile } from '../source.js';

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
  private readonly byRoot = new Map<string, { files: Set<string>; folders: Set<string> }>();

  private load(gitRoot: string): { files: Set<string>; folders: Set<string> } {
    let tracked = this.byRoot.get(gitRoot);
    if (!tracked) {
      tracked = { files: new Set(), folders: new Set() };
      const run = spawnSync('git', ['-c', 'core.fsmonitor=false', '-c', 'core.quotePath=false', 'ls-files', '-z', '--cached', '--full-name'], { cwd: gitRoot, maxBuffer: 1 << 30 });
      if (run.status === 0) {
        for (const name of run.stdout.toString('utf8').split('\0')) {
          if (!name) continue;
          const file = path.join(gitRoot, name);
          tracked.files.add(file);
          for (let dir = path.dirname(file); dir.length > gitRoot.length && !tracked.folders.has(dir); dir = path.dirname(dir)) tracked.folders.add(dir);
        }
      }
      this.byRoot.set(gitRoot, tracked);
    }
    return tracked;
  }

  has(file: string, gitRoot: string | undefined): boolean {
    return !!gitRoot && this.load(gitRoot).files.has(file);
  }

  /** True when git tracks a file somewhere under the folder. */
  hasUnder(folder: string, gitRoot: string | undefined): boolean {
    return !!gitRoot && this.load(gitRoot).folders.has(folder);
  }
}

/** The .gitignore rules that apply in a folder: its own and its parents', each with the folder's path from where it sits. */
interface Rules {
  rules: Ignore;
  /** The folder's path relative to the folder of the .gitignore, with a trailing slash ('' for that folder itself). */
  prefix: string;
}

/** gitignore rules of every folder, applied relative to the folder that holds them. */
class GitignoreSet {
  private readonly byDir = new Map<string, readonly Rules[]>();

  /**
   * Reads the folder's .gitignore (when its listing holds one) and returns the rules in force there:
   * its parent's, unless it is `top` (the repository root, or the scan root outside a repository).
   */
  enter(dir: string, parent: string | undefined, hasGitignore: boolean, top: string): readonly Rules[] {
    const inherits = parent !== undefined && dir !== top;
    const inherited = inherits ? (this.byDir.get(parent) ?? []) : [];
    const name = inherits ? path.basename(dir) : '';
    const rules: Rules[] = inherited.map((r) => ({ rules: r.rules, prefix: `${r.prefix}${name}/` }));
    if (hasGitignore) {
      try {
        rules.push({ rules: ignore().add(readFileSync(path.join(dir, '.gitignore'), 'utf8')), prefix: '' });
      } catch {
        // unreadable: as if absent
      }
    }
    this.byDir.set(dir, rules);
    return rules;
  }

  /** Reads the rules in force above `start`, for a scan that starts below the repository root. */
  above(gitRoot: string | undefined, start: string): void {
    if (!gitRoot || start === gitRoot || !start.startsWith(gitRoot)) return;
    const chain: string[] = [];
    for (let dir = path.dirname(start); dir.length >= gitRoot.length; dir = path.dirname(dir)) {
      chain.unshift(dir);
      if (dir === gitRoot) break;
    }
    let parent: string | undefined;
    for (const dir of chain) {
      this.enter(dir, parent, existsSync(path.join(dir, '.gitignore')), gitRoot);
      parent = dir;
    }
  }

  static ignores(rules: readonly Rules[], name: string, isDir: boolean): boolean {
    for (const r of rules) if (r.rules.ignores(`${r.prefix}${name}${isDir ? '/' : ''}`)) return true;
    return false;
  }
}

const EXCLUDED_DIR_NAMES = new Set(EXCLUDED_DIRS);
const LOCK_FILE_NAMES = new Set(LOCK_FILES);
const BINARY_EXTENSION_SET = new Set(BINARY_EXTENSIONS);

interface Listed {
  absolutePath: string;
  /** The path as bytes, when the name is not valid UTF-8 (its string form holds U+FFFD and opens nothing). */
  bytes?: Buffer;
  /** Ignored by a .gitignore: scanned only if git tracks it. */
  ignored: boolean;
  /** Undefined when the listing did not stat it: the reader enforces the limit. */
  size: number | undefined;
  symlink: boolean;
}

function isExcludedFile(name: string): boolean {
  if (LOCK_FILE_NAMES.has(name)) return true;
  const dot = name.lastIndexOf('.');
  return dot !== -1 && BINARY_EXTENSION_SET.has(name.slice(dot + 1).toLowerCase());
}

interface Entry {
  name: string;
  /** The name's bytes, only when they are not valid UTF-8. */
  bytes?: Buffer;
  kind: 'file' | 'dir' | 'symlink' | 'other' | 'unknown';
}

function kindOf(entry: Dirent<string> | Dirent<Buffer>): Entry['kind'] {
  if (entry.isFile()) return 'file';
  if (entry.isDirectory()) return 'dir';
  if (entry.isSymbolicLink()) return 'symlink';
  if (entry.isFIFO() || entry.isSocket() || entry.isBlockDevice() || entry.isCharacterDevice()) return 'other';
  return 'unknown';
}

/**
 * A folder's entries, sorted by name. Names are read as strings; a folder with a name that is not
 * valid UTF-8 (decoded with U+FFFD) is read again as bytes, so that such a file can still be opened.
 */
function readFolder(dir: string, dirBytes: Buffer | undefined): Entry[] {
  let entries: Entry[];
  const strings = dirBytes ? undefined : readdirSync(dir, { withFileTypes: true });
  if (strings && !strings.some((e) => e.name.includes('\uFFFD'))) {
    entries = strings.map((e) => ({ name: e.name, kind: kindOf(e) }));
  } else {
    const base = dirBytes ?? Buffer.from(dir);
    entries = readdirSync(base, { withFileTypes: true, encoding: 'buffer' }).map((e) => {
      const name = e.name.toString('utf8');
      const valid = !dirBytes && Buffer.from(name).equals(e.name);
      return { name, kind: kindOf(e), bytes: valid ? undefined : Buffer.concat([base, Buffer.from(path.sep), e.name]) };
    });
  }
  return entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/**
 * Every regular file under `top`, symlinks not followed. Not a glob library: glob matching skips
 * names that hold a newline, and fast-glob drops a whole folder when one name in it is not valid
 * UTF-8 — both would let a file escape the scan. FIFOs, sockets and devices are never listed
 * (reading a FIFO blocks forever). A folder that a .gitignore ignores is entered only when git
 * tracks something inside it.
 */
// A generator, so that files stream to the analysis while the listing goes on (the worker pool starts
// on the first files instead of waiting for the whole tree), in a deterministic order: depth first,
// each folder's entries sorted by name. Synchronous file-system calls on purpose: one awaited lstat
// per file costs a thread-pool round trip each (3× slower on the benchmark tree, bench/run.mjs).
function* listFiles(top: string, gitignores: GitignoreSet, tracked: TrackedFiles, gitRoot: string | undefined, onSkip?: (path: string, reason: string) => void): Generator<Listed> {
  type Folder = { path: string; bytes?: Buffer; parent?: string; ignored: boolean };
  gitignores.above(gitRoot, top);
  const pending: Folder[] = [{ path: top, parent: top === gitRoot ? undefined : path.dirname(top), ignored: false }];
  while (pending.length) {
    const dir = pending.pop()!;
    let entries: Entry[];
    try {
      entries = readFolder(dir.path, dir.bytes);
    } catch (error) {
      onSkip?.(toPosix(path.relative(top, dir.path)) || '.', `cannot read this folder (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
      continue;
    }
    const rules = gitignores.enter(dir.path, dir.parent, entries.some((e) => e.name === '.gitignore' && e.kind === 'file'), gitRoot ?? top);
    const subdirs: Folder[] = [];
    for (const entry of entries) {
      const absolutePath = dir.path + path.sep + entry.name;
      const bytes = entry.bytes ?? (dir.bytes ? Buffer.concat([dir.bytes, Buffer.from(path.sep + entry.name)]) : undefined);
      let kind = entry.kind;
      // The size of a regular file is learnt when it is read (no lstat per file: the reader's fstat
      // tells); only entries the listing could not type are looked at here.
      let size: number | undefined;
      if (kind === 'unknown') {
        try {
          const stats = lstatSync(bytes ?? absolutePath);
          kind = stats.isFile() ? 'file' : stats.isDirectory() ? 'dir' : stats.isSymbolicLink() ? 'symlink' : 'other';
          size = stats.size;
        } catch {
          kind = 'file'; // removed since it was listed: reading it reports it as unreadable
        }
      }
      const ignored = dir.ignored || GitignoreSet.ignores(rules, entry.name, kind === 'dir');
      if (kind === 'dir' && !EXCLUDED_DIR_NAMES.has(entry.name)) {
        if (!ignored || tracked.hasUnder(absolutePath, gitRoot)) subdirs.push({ path: absolutePath, bytes, parent: dir.path, ignored });
      } else if ((kind === 'file' || kind === 'symlink') && !isExcludedFile(entry.name)) {
        yield { absolutePath, bytes, ignored, size, symlink: kind === 'symlink' };
      }
    }
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
      ? listFiles(absolute, gitignores, tracked, gitRoot, options.onSkip)
      : [{ absolutePath: absolute, ignored: false, size: stat.size, symlink: false }];

    for (const { absolutePath, size, symlink, ignored, bytes } of files) {
      if (seen.has(absolutePath)) continue;
      seen.add(absolutePath);
      const relative = toPosix(path.relative(root, absolutePath));
      // Symlinks are never followed: a link inside the root points at a file scanned on its own.
      if (symlink) continue;
      // As in git, .gitignore hides untracked files only.
      if (ignored && !tracked.has(absolutePath, gitRoot)) continue;
      if (extra.ignores(relative.replace(/^(\.\.\/)+/, ''))) continue;
      const verdict = size === undefined ? undefined : sizeVerdict(absolutePath, size, options.maxFileSize);
      if (verdict === 'skip') {
        options.onSkip?.(relative, `larger than ${options.maxFileSize} bytes`);
        continue;
      }
      const keysOnly = verdict === 'keysOnly' || undefined;
      const maxSize = verdict === undefined ? options.maxFileSize : undefined;
      if (bytes) {
        // The string form of a non-UTF-8 name opens nothing: read the bytes through the byte path.
        const content = await readFile(bytes).catch(() => undefined);
        if (content) {
          const over = sizeVerdict(absolutePath, content.length, options.maxFileSize);
          if (over === 'skip') options.onSkip?.(relative, `larger than ${options.maxFileSize} bytes`);
          else yield { path: relative, content, keysOnly: over === 'keysOnly' || undefined };
          continue;
        }
      }
      yield { path: relative, absolutePath, keysOnly, maxSize };
    }
  }
}
