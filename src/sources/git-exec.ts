/**
 * Plain `git` child processes, no shell, inherited environment (so `GIT_INDEX_FILE`, `GIT_DIR` set by
 * a hook are honoured), and parsers of the machine formats we read (`--raw -z`, `-U0` hunks,
 * `cat-file --batch`). Nothing here runs repository code: diffs are asked with `--no-textconv
 * --no-ext-diff`, and no command we run triggers a hook.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { UsageError } from '../errors.js';

/** Options every diff gets: no textconv or external diff drivers (repository code), no color. */
export const SAFE_DIFF = ['--no-textconv', '--no-ext-diff', '--no-color'];

const EMPTY_OID = /^0+$/;

/**
 * `-c` options for a diff that reads the working tree: git runs a filter driver's clean (or
 * process) command on a working-tree file to compare it with a blob, and the fsmonitor hook to
 * find changed files. Both are programs named in the repository's config: switch them off.
 */
export async function worktreeSafety(cwd: string): Promise<string[]> {
  const args = ['-c', 'core.fsmonitor=false'];
  let keys = '';
  try {
    keys = (await git(['config', '--name-only', '--get-regexp', '^filter\\.'], { cwd })).toString('utf8');
  } catch {
    // `git config` exits 1 when no filter is configured
  }
  for (const key of keys.split('\n')) {
    const m = /^filter\.(.+)\.(clean|smudge|process|required)$/i.exec(key.trim());
    if (m) args.push('-c', `filter.${m[1]}.${m[2]!.toLowerCase()}=${m[2]!.toLowerCase() === 'required' ? 'false' : ''}`);
  }
  return args;
}

function describe(args: readonly string[]): string {
  return `git ${args.slice(0, 2).join(' ')}`;
}

/** Runs git to completion and returns its stdout; a failure becomes a UsageError with git's own words. */
export function git(args: readonly string[], options: { cwd?: string; flag?: string } = {}): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    // No fsmonitor hook: a diff against the working tree would otherwise run the configured command.
    const child = spawn('git', ['-c', 'core.quotePath=false', '-c', 'core.fsmonitor=false', ...args], { cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', (error: NodeJS.ErrnoException) => {
      reject(new UsageError(error.code === 'ENOENT' ? `${options.flag ?? 'git'}: the git command was not found on PATH` : `${describe(args)}: ${error.message}`));
    });
    child.on('close', (code) => {
      if (code === 0) return resolve(Buffer.concat(out));
      const message = Buffer.concat(err).toString('utf8').trim().split('\n').filter(Boolean).slice(-3).join('; ');
      reject(new UsageError(`${options.flag ? `${options.flag}: ` : ''}${describe(args)} failed: ${message || `exit code ${code}`}`));
    });
  });
}

/** A revision given by the user: never an option (`--output=…` would be an injection). */
export function checkRevision(value: string, flag: string): string {
  if (!value || value.startsWith('-') || /[\0\n]/.test(value)) throw new UsageError(`${flag}: "${value}" is not a git revision`);
  return value;
}

/** Where the scan root sits in the repository: paths git prints are relative to the top. */
export interface RepoLocation {
  /** The scan root's path inside the repository, `sub/dir/` or empty. */
  prefix: string;
}

export async function locateRepo(cwd: string, flag: string): Promise<RepoLocation> {
  const out = await git(['rev-parse', '--show-prefix'], { cwd, flag });
  return { prefix: out.toString('utf8').trim() };
}

/** A repository path (relative to the top) as every output shows it: relative to the scan root. */
export function outputPath(location: RepoLocation, repoPath: string): string {
  if (!location.prefix) return repoPath;
  return path.posix.relative(`/${location.prefix}`, `/${repoPath}`);
}

export interface RawEntry {
  srcMode: string;
  dstMode: string;
  srcOid: string;
  /** All zeros when the content is in the working tree (or deleted). */
  dstOid: string;
  /** A, C, D, M, R, T, U, X (R and C followed by a similarity score). */
  status: string;
  /** The new path (the only path unless renamed or copied). */
  path: string;
  oldPath?: string;
}

/** Parses one `--raw -z` token (`:100644 100644 <oid> <oid> M`); undefined if it is not one. */
export function parseRawHeader(token: string): Omit<RawEntry, 'path'> | undefined {
  if (!token.startsWith(':')) return undefined;
  const [srcMode, dstMode, srcOid, dstOid, status] = token.slice(1).split(' ');
  if (!srcMode || !dstMode || !srcOid || !dstOid || !status) return undefined;
  return { srcMode, dstMode, srcOid, dstOid, status };
}

/** Parses the whole output of `git diff --raw -z` (with or without -M). */
export function parseRawZ(output: string): RawEntry[] {
  const tokens = output.split('\0');
  const entries: RawEntry[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const header = parseRawHeader(tokens[i]!.replace(/^\n+/, ''));
    if (!header) continue;
    if (header.status[0] === 'R' || header.status[0] === 'C') {
      const oldPath = tokens[++i]!;
      entries.push({ ...header, oldPath, path: tokens[++i]! });
    } else {
      entries.push({ ...header, path: tokens[++i]! });
    }
  }
  return entries;
}

/** A regular file (not a symlink `120000`, a submodule `160000` or nothing `000000`). */
export function isRegularFile(mode: string): boolean {
  return mode === '100644' || mode === '100755';
}

export function isNullOid(oid: string): boolean {
  return EMPTY_OID.test(oid);
}

/** Undoes git's C-style quoting of a path (`"a\"b\303\251"`). */
export function unquotePath(text: string): string {
  if (!text.startsWith('"') || !text.endsWith('"')) return text;
  const bytes: number[] = [];
  const body = Buffer.from(text.slice(1, -1), 'utf8');
  const simple: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };
  for (let i = 0; i < body.length; i++) {
    const byte = body[i]!;
    if (byte !== 92 /* \ */) {
      bytes.push(byte);
      continue;
    }
    const next = String.fromCharCode(body[i + 1] ?? 0);
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(body.subarray(i + 1, i + 4).toString('latin1'), 8));
      i += 3;
    } else {
      bytes.push(simple[next] ?? body[i + 1]!);
      i += 1;
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/**
 * The added lines of each file in a `git diff -U0` patch (new-side line numbers), by new path.
 * Run with `--src-prefix=a/ --dst-prefix=b/` so the `+++ b/…` lines are predictable.
 */
export function parseAddedLines(patch: string): Map<string, Array<[number, number]>> {
  const added = new Map<string, Array<[number, number]>>();
  let current: Array<[number, number]> | undefined;
  for (const line of patch.split('\n')) {
    if (line.startsWith('diff --git ')) {
      current = undefined;
    } else if (line.startsWith('+++ ')) {
      const name = unquotePath(line.slice(4).replace(/\t$/, ''));
      if (name === '/dev/null') {
        current = undefined;
        continue;
      }
      const repoPath = name.startsWith('b/') ? name.slice(2) : name;
      current = added.get(repoPath) ?? [];
      added.set(repoPath, current);
    } else if (line.startsWith('@@ ') && current) {
      const m = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
      if (!m) continue;
      const start = Number(m[1]);
      const count = m[2] === undefined ? 1 : Number(m[2]);
      if (count > 0) current.push([start, start + count - 1]);
    }
  }
  return added;
}

export interface Blob {
  oid: string;
  size: number;
  /** Undefined for a blob that was missing, not a blob, or refused by `accept`. */
  content?: Uint8Array;
}

/**
 * Reads many objects in ONE `git cat-file --batch` process, in the order asked, streaming: at
 * most one object is held at a time. `accept(oid, size)` decides from the header whether the
 * content is kept (refused bytes are skipped as they stream by). Each content is a copy with its
 * own ArrayBuffer, so it can be sent to (or transferred into) a worker thread.
 */
export async function* catFileBatch(oids: readonly string[], options: { cwd?: string; accept?: (oid: string, size: number) => boolean } = {}): AsyncGenerator<Blob> {
  if (oids.length === 0) return;
  const child = spawn('git', ['cat-file', '--batch'], { cwd: options.cwd, stdio: ['pipe', 'pipe', 'pipe'] });
  const stderr: Buffer[] = [];
  child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
  const exited = new Promise<number | null>((resolve, reject) => {
    child.on('error', (error) => reject(new UsageError(`git cat-file: ${error.message}`)));
    child.on('close', resolve);
  });
  exited.catch(() => undefined); // observed below
  child.stdin.on('error', () => undefined); // git exiting early is reported through its exit code
  child.stdin.end(`${oids.join('\n')}\n`);

  let header = '';
  let pendingHeader: Buffer[] = [];
  // State while reading a body: the blob being filled and how many bytes are still due.
  let current: { oid: string; size: number; content?: Uint8Array; filled: number } | undefined;
  let trailing = false; // the "\n" after each body
  let completed = false;
  try {
    for await (const chunk of child.stdout as AsyncIterable<Buffer>) {
      let at = 0;
      while (at < chunk.length) {
        if (trailing) {
          at++; // the LF that ends a body
          trailing = false;
          continue;
        }
        if (current) {
          const take = Math.min(current.size - current.filled, chunk.length - at);
          current.content?.set(chunk.subarray(at, at + take), current.filled);
          current.filled += take;
          at += take;
          if (current.filled === current.size) {
            const done = current;
            current = undefined;
            trailing = true;
            yield { oid: done.oid, size: done.size, content: done.content };
          }
          continue;
        }
        const newline = chunk.indexOf(10, at);
        if (newline === -1) {
          pendingHeader.push(chunk.subarray(at));
          break;
        }
        pendingHeader.push(chunk.subarray(at, newline));
        header = Buffer.concat(pendingHeader).toString('utf8');
        pendingHeader = [];
        at = newline + 1;
        const [oid = '', type, sizeText] = header.split(' ');
        if (type === undefined || sizeText === undefined) {
          // `<oid> missing` (or ambiguous): no body follows.
          yield { oid, size: 0 };
          continue;
        }
        const size = Number(sizeText);
        const keep = type === 'blob' && (options.accept?.(oid, size) ?? true);
        current = { oid, size, content: keep ? new Uint8Array(size) : undefined, filled: 0 };
        if (size === 0) {
          current = undefined;
          trailing = true;
          yield { oid, size, content: keep ? new Uint8Array(0) : undefined };
        }
      }
    }
    completed = true;
  } finally {
    if (!completed) child.kill(); // the consumer stopped early
  }
  const code = await exited;
  if (code !== 0 && code !== null) {
    throw new UsageError(`git cat-file --batch failed: ${Buffer.concat(stderr).toString('utf8').trim() || `exit code ${code}`}`);
  }
}
