/** Real git repositories in temporary folders, and the built CLI run as a child process. */
import { spawnSync } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from './support.js';

export const BIN = path.join(ROOT, 'bin', 'stripe-guard.js');
const BASE62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** A random-looking live key that passes the placeholder filter. */
export function fakeKey(prefix = 'sk_live_'): string {
  let body = '';
  for (let i = 0; i < 24; i++) body += BASE62[randomInt(BASE62.length)];
  return prefix + body;
}

/** The environment of every child: no GIT_* from the outside, no user or system git config, no husky opt-out. */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('GIT_') && k !== 'HUSKY' && k !== 'PRE_COMMIT') env[k] = v;
  return { ...env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1', NO_COLOR: '1', ...extra };
}

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export function run(cmd: string, args: string[], cwd: string, env: Record<string, string> = {}): Run {
  const r = spawnSync(cmd, args, { cwd, env: cleanEnv(env), encoding: 'utf8' });
  if (r.error) throw r.error;
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** The CLI, as a user runs it. */
export function cli(cwd: string, args: string[], env: Record<string, string> = {}): Run {
  return run(process.execPath, [BIN, ...args], cwd, env);
}

export class Repo {
  readonly dir: string;

  constructor() {
    this.dir = mkdtempSync(path.join(os.tmpdir(), 'sg-git-'));
    this.git('init', '-q', '-b', 'main');
    this.git('config', 'user.name', 'Ada Lovelace');
    this.git('config', 'user.email', 'ada@example.com');
    this.git('config', 'commit.gpgsign', 'false');
  }

  /** Runs git; throws on failure unless `allowFail`. */
  git(...args: string[]): string {
    const r = run('git', args, this.dir);
    if (r.code !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
    return r.stdout.trim();
  }

  tryGit(...args: string[]): Run {
    return run('git', args, this.dir);
  }

  write(file: string, content: string | Buffer): void {
    const full = path.join(this.dir, file);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, content);
  }

  commitAll(message: string): string {
    this.git('add', '-A');
    this.git('commit', '-q', '--no-verify', '-m', message);
    return this.git('rev-parse', 'HEAD');
  }

  scan(args: string[], env: Record<string, string> = {}, cwd = this.dir): Run {
    return cli(cwd, ['scan', ...args], env);
  }

  /** Makes `stripe-guard` resolvable as a dependency would be (node_modules/.bin), ignored by git. */
  linkCli(): void {
    mkdirSync(path.join(this.dir, 'node_modules', '.bin'), { recursive: true });
    symlinkSync(ROOT, path.join(this.dir, 'node_modules', 'stripe-guard'));
    symlinkSync('../stripe-guard/bin/stripe-guard.js', path.join(this.dir, 'node_modules', '.bin', 'stripe-guard'));
    this.write('.gitignore', 'node_modules/\n');
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

export interface JsonFinding {
  ruleId: string;
  path: string;
  start: { line: number; column: number };
  message: string;
  snippet: string;
  fingerprint: string;
  origin?: { commit: string; date: string; author?: string };
}

export function findingsOf(r: Run): JsonFinding[] {
  try {
    return (JSON.parse(r.stdout) as { findings: JsonFinding[] }).findings;
  } catch {
    throw new Error(`not a JSON report (exit ${r.code}): ${r.stdout.slice(0, 300)} ${r.stderr.slice(0, 500)}`);
  }
}
