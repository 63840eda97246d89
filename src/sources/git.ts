/**
 * Git sources: what is about to be committed (`--staged`), what a branch changed (`--since`), and
 * every blob of the history (`--history`). Each yields plain-data SourceFiles (blob bytes as their
 * own Uint8Array) so that files cross into worker threads like working-tree files do.
 *
 * Paths are repository paths made relative to the scan root (the current directory), forward slashes.
 * The same excludes as the working-tree walk apply (SPEC "What is scanned"): build and dependency
 * folders, lock files, binary extensions and the configuration's `ignore` globs.
 */
import { lstatSync } from 'node:fs';
import { spawn } from 'node:child_process';
import path from 'node:path';
import ignore from 'ignore';
import type { Finding } from '../finding.js';
import type { Source } from '../scan.js';
import { sizeVerdict, type SourceFile } from '../source.js';
import { UsageError } from '../errors.js';
import { BINARY_EXTENSIONS, EXCLUDED_DIRS, LOCK_FILES } from './files.js';
import {
  catFileBatch,
  checkRevision,
  git,
  isNullOid,
  isRegularFile,
  locateRepo,
  outputPath,
  parseAddedLines,
  parseRawHeader,
  parseRawZ,
  SAFE_DIFF,
  worktreeSafety,
  type RepoLocation,
} from './git-exec.js';

export interface GitSourceOptions {
  /** The scan root: git runs here, and paths are reported relative to it. */
  cwd: string;
  /** Pathspecs restricting the scan (relative to `cwd`); empty for the whole repository. */
  paths: readonly string[];
  /** Extra gitignore-style patterns from the configuration. */
  ignore: readonly string[];
  maxFileSize: number;
  onSkip?: (path: string, reason: string) => void;
}

const EXCLUDED = new Set(EXCLUDED_DIRS);
const LOCKS = new Set(LOCK_FILES);
const BINARY = new Set(BINARY_EXTENSIONS);
/** Engine diagnostics are about a whole file, not a line: a diff filter keeps them. */
const FILE_LEVEL = new Set(['unreadable-file', 'unparsable-file', 'rule-error']);

function pathFilter(patterns: readonly string[]): (repoPath: string, shown: string) => boolean {
  const extra = ignore().add([...patterns]);
  return (repoPath, shown) => {
    const segments = repoPath.split('/');
    const base = segments[segments.length - 1]!;
    if (segments.slice(0, -1).some((s) => EXCLUDED.has(s))) return false;
    if (LOCKS.has(base)) return false;
    const dot = base.lastIndexOf('.');
    if (dot > 0 && BINARY.has(base.slice(dot + 1).toLowerCase())) return false;
    const relative = shown.replace(/^(\.\.\/)+/, '');
    return !relative || !extra.ignores(relative);
  };
}

function pathspecs(paths: readonly string[]): string[] {
  return paths.length ? ['--', ...paths] : [];
}

// ---------------------------------------------------------------------------------------------
// --staged

/**
 * The blobs of the index that differ from HEAD (added, copied, modified, renamed, type-changed),
 * read in one `git cat-file --batch`. Git runs with the inherited environment, so the temporary
 * index of `git commit -a` / `git commit <path>` (`GIT_INDEX_FILE`) is the one read.
 */
export function stagedSource(options: GitSourceOptions): Source {
  return { files: stagedFiles(options) };
}

async function* stagedFiles(options: GitSourceOptions): AsyncGenerator<SourceFile> {
  const flag = '--staged';
  const [location, raw] = await Promise.all([
    locateRepo(options.cwd, flag),
    git(['diff', '--cached', '--raw', '-z', '-M', '--abbrev=40', ...SAFE_DIFF, ...pathspecs(options.paths)], { cwd: options.cwd, flag }),
  ]);
  const keep = pathFilter(options.ignore);
  const byOid = new Map<string, { repoPath: string; shown: string }[]>();
  for (const entry of parseRawZ(raw.toString('utf8'))) {
    if (!'ACMRT'.includes(entry.status[0]!) || !isRegularFile(entry.dstMode) || isNullOid(entry.dstOid)) continue;
    const shown = outputPath(location, entry.path);
    if (!keep(entry.path, shown)) continue;
    byOid.set(entry.dstOid, [...(byOid.get(entry.dstOid) ?? []), { repoPath: entry.path, shown }]);
  }
  const oids = [...byOid.keys()].sort((a, b) => {
    const pa = byOid.get(a)![0]!.shown;
    const pb = byOid.get(b)![0]!.shown;
    return pa < pb ? -1 : pa > pb ? 1 : 0;
  });
  const accept = (oid: string, size: number) => {
    const wanted = byOid.get(oid)!.filter(({ shown }) => sizeVerdict(shown, size, options.maxFileSize) !== 'skip');
    for (const { shown } of byOid.get(oid)!) if (!wanted.some((w) => w.shown === shown)) options.onSkip?.(shown, `larger than ${options.maxFileSize} bytes`);
    return wanted.length > 0;
  };
  for await (const blob of catFileBatch(oids, { cwd: options.cwd, accept })) {
    if (!blob.content) continue;
    let first = true;
    for (const { shown } of byOid.get(blob.oid) ?? []) {
      const verdict = sizeVerdict(shown, blob.size, options.maxFileSize);
      if (verdict === 'skip') continue;
      // Each file gets its own buffer: a consumer may transfer it to a worker.
      yield { path: shown, content: first ? blob.content : blob.content.slice(), keysOnly: verdict === 'keysOnly' || undefined };
      first = false;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// --since <ref>

/**
 * Files changed between the merge base with `ref` and the working tree, read from disk, and a
 * filter that keeps only findings on lines the diff added or changed (`git diff -U0`).
 */
export function sinceSource(options: GitSourceOptions & { ref: string }): Source {
  let added: Map<string, Array<[number, number]>> | undefined;
  const files = async function* (): AsyncGenerator<SourceFile> {
    const flag = '--since';
    const ref = checkRevision(options.ref, flag);
    const base = await mergeBase(options.cwd, ref);
    const safety = await worktreeSafety(options.cwd);
    const [location, raw, patch] = await Promise.all([
      locateRepo(options.cwd, flag),
      git([...safety, 'diff', '--raw', '-z', '-M', '--abbrev=40', ...SAFE_DIFF, base, ...pathspecs(options.paths)], { cwd: options.cwd, flag }),
      git([...safety, 'diff', '-U0', '-M', ...SAFE_DIFF, '--src-prefix=a/', '--dst-prefix=b/', base, ...pathspecs(options.paths)], { cwd: options.cwd, flag }),
    ]);
    added = new Map();
    for (const [repoPath, ranges] of parseAddedLines(patch.toString('utf8'))) added.set(outputPath(location, repoPath), ranges);

    const keep = pathFilter(options.ignore);
    const entries = parseRawZ(raw.toString('utf8'))
      .filter((e) => 'ACMRT'.includes(e.status[0]!) && isRegularFile(e.dstMode))
      .map((e) => ({ repoPath: e.path, shown: outputPath(location, e.path) }))
      .filter((e) => keep(e.repoPath, e.shown))
      .sort((a, b) => (a.shown < b.shown ? -1 : a.shown > b.shown ? 1 : 0));
    for (const { shown } of entries) {
      const absolutePath = path.join(options.cwd, shown);
      let size: number;
      try {
        const stat = lstatSync(absolutePath);
        if (!stat.isFile()) continue;
        size = stat.size;
      } catch {
        continue; // deleted from the working tree since
      }
      const verdict = sizeVerdict(shown, size, options.maxFileSize);
      if (verdict === 'skip') {
        options.onSkip?.(shown, `larger than ${options.maxFileSize} bytes`);
        continue;
      }
      yield { path: shown, absolutePath, keysOnly: verdict === 'keysOnly' || undefined };
    }
  };
  return {
    files: files(),
    keep(finding: Finding): boolean {
      if (FILE_LEVEL.has(finding.ruleId)) return true;
      const ranges = added?.get(finding.path);
      if (!ranges) return false;
      return ranges.some(([from, to]) => finding.start.line <= to && finding.end.line >= from);
    },
  };
}

async function mergeBase(cwd: string, ref: string): Promise<string> {
  try {
    return (await git(['merge-base', ref, 'HEAD'], { cwd, flag: '--since' })).toString('utf8').trim();
  } catch (error) {
    let hint = '';
    try {
      if ((await git(['rev-parse', '--is-shallow-repository'], { cwd })).toString('utf8').trim() === 'true') {
        hint = ' This is a shallow clone: fetch more history (actions/checkout with `fetch-depth: 0`, or `git fetch --unshallow`).';
      }
    } catch {
      // not a repository: the first error says so
    }
    throw new UsageError(`${(error as Error).message}${hint}`);
  }
}

// ---------------------------------------------------------------------------------------------
// --history [<range>]

export interface HistorySource extends Source {
  /**
   * One finding per fingerprint (rule, path, line text): the one of the earliest commit, so that a
   * key carried through later versions of a file is reported once, at the commit that introduced it.
   */
  firstIntroductions(findings: readonly Finding[]): Finding[];
}

interface Commit {
  commit: string;
  date: string;
  author: string;
}

/** Streams the NUL-separated tokens of a child's stdout. */
async function* nulTokens(stream: AsyncIterable<Buffer>): AsyncGenerator<string> {
  let rest: Buffer = Buffer.alloc(0);
  for await (const chunk of stream) {
    let data = rest.length ? Buffer.concat([rest, chunk]) : chunk;
    let at = data.indexOf(0);
    while (at !== -1) {
      yield data.subarray(0, at).toString('utf8');
      data = data.subarray(at + 1);
      at = data.indexOf(0);
    }
    rest = Buffer.from(data);
  }
  if (rest.length) yield rest.toString('utf8');
}

/**
 * Every distinct blob reachable from all refs (or the range), each once, with the first commit that
 * introduced it at its path. One `git log --reverse --raw` pass lists, oldest first, the blob each
 * commit wrote at each path (root commits in full, merges against their first parent, so every
 * blob of every tree appears); the contents then stream from one `git cat-file --batch`.
 */
export function historySource(options: GitSourceOptions & { range?: string }): HistorySource {
  const order = new Map<string, number>();
  const files = async function* (): AsyncGenerator<SourceFile> {
    const flag = '--history';
    const revs = options.range ? options.range.split(/\s+/).filter(Boolean).map((r) => checkRevision(r, flag)) : ['--all'];
    const location = await locateRepo(options.cwd, flag);
    const keep = pathFilter(options.ignore);
    const args = [
      '-c', 'core.quotePath=false',
      'log', '--reverse', '--date-order', '--raw', '-z', '--no-abbrev', '--no-renames', '--diff-merges=first-parent',
      '--format=%x01%H%x00%aI%x00%an', ...SAFE_DIFF, ...revs, '--', ...options.paths,
    ];
    const child = spawn('git', args, { cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    const stderr: Buffer[] = [];
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    const exited = new Promise<number | null>((resolve, reject) => {
      child.on('error', (error: NodeJS.ErrnoException) => reject(new UsageError(error.code === 'ENOENT' ? `${flag}: the git command was not found on PATH` : `${flag}: ${error.message}`)));
      child.on('close', resolve);
    });
    exited.catch(() => undefined);

    const commits: Commit[] = [];
    const introduced = new Map<string, { repoPath: string; commit: number }>();
    let commit: Commit | undefined;
    let header: ReturnType<typeof parseRawHeader>;
    let pending: string[] = [];
    for await (const raw of nulTokens(child.stdout as AsyncIterable<Buffer>)) {
      if (header) {
        // The token after a raw entry is its path, whatever it looks like.
        if (commit && (header.status === 'A' || header.status === 'M' || header.status === 'T') && isRegularFile(header.dstMode) && !introduced.has(header.dstOid)) {
          introduced.set(header.dstOid, { repoPath: raw, commit: commits.length - 1 });
        }
        header = undefined;
        continue;
      }
      const token = raw.replace(/^\n+/, '');
      if (token.startsWith('\x01')) {
        pending = [token.slice(1)];
        continue;
      }
      if (pending.length > 0 && pending.length < 3) {
        pending.push(token);
        if (pending.length === 3) {
          commit = { commit: pending[0]!, date: pending[1]!, author: pending[2]! };
          commits.push(commit);
          order.set(commit.commit, commits.length - 1);
          pending = [];
        }
        continue;
      }
      header = parseRawHeader(token);
    }
    const code = await exited;
    if (code !== 0) {
      const message = Buffer.concat(stderr).toString('utf8').trim().split('\n').slice(-2).join('; ');
      // An empty repository has no history: nothing to scan.
      if (/does not have any commits yet|bad default revision/.test(message)) return;
      const hint = options.range && /unknown revision|bad revision|ambiguous argument/.test(message)
        ? ` ("${options.range}" was read as the revision range; to scan paths, write \`--history -- <paths>\`)`
        : '';
      throw new UsageError(`${flag}: git log failed: ${message || `exit code ${code}`}${hint}`);
    }

    const blobs = [...introduced].map(([oid, { repoPath, commit: index }]) => ({ oid, shown: outputPath(location, repoPath), repoPath, index }));
    const wanted = new Map(blobs.filter((b) => keep(b.repoPath, b.shown)).map((b) => [b.oid, b]));
    const accept = (oid: string, size: number) => {
      const blob = wanted.get(oid)!;
      if (sizeVerdict(blob.shown, size, options.maxFileSize) !== 'skip') return true;
      options.onSkip?.(`${blob.shown}@${commits[blob.index]!.commit.slice(0, 12)}`, `larger than ${options.maxFileSize} bytes`);
      return false;
    };
    for await (const blob of catFileBatch([...wanted.keys()], { cwd: options.cwd, accept })) {
      if (!blob.content) continue;
      const { shown, index } = wanted.get(blob.oid)!;
      const { commit: sha, date, author } = commits[index]!;
      yield { path: shown, content: blob.content, keysOnly: true, origin: { commit: sha, date, author } };
    }
  };
  return {
    files: files(),
    firstIntroductions(findings) {
      const rank = (f: Finding) => (f.origin ? (order.get(f.origin.commit) ?? Number.MAX_SAFE_INTEGER) : -1);
      const best = new Map<string, Finding>();
      for (const finding of findings) {
        const key = `${finding.ruleId}\0${finding.fingerprint}`;
        const seen = best.get(key);
        if (!seen || rank(finding) < rank(seen)) best.set(key, finding);
      }
      return findings.filter((f) => best.get(`${f.ruleId}\0${f.fingerprint}`) === f);
    },
  };
}

export type { RepoLocation };
