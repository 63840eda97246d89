import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT } from './support.js';

export const BIN = path.join(ROOT, 'bin', 'stripe-guard.js');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI as a user would (`npm test` builds first). */
export function cli(args: string[], options: SpawnSyncOptions = {}): CliResult {
  const env = { ...process.env, NO_COLOR: '', FORCE_COLOR: '', ...(options.env ?? {}) };
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', ...options, env });
  return { code: result.status, stdout: String(result.stdout), stderr: String(result.stderr) };
}

export function tempDir(prefix = 'stripe-guard-'): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}
