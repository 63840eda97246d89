/**
 * Baselines record findings by fingerprint, with redacted context for humans; never a secret.
 * Shape: `{ version: 1, findings: [{ fingerprint, ruleId, path, line, snippet }] }`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { UsageError } from './errors.js';
import type { Finding } from './finding.js';

export function writeBaseline(file: string, findings: readonly Finding[]): void {
  const entries = findings.map((f) => ({ fingerprint: f.fingerprint, ruleId: f.ruleId, path: f.path, line: f.start.line, snippet: f.snippet }));
  try {
    writeFileSync(file, `${JSON.stringify({ version: 1, findings: entries }, null, 2)}\n`);
  } catch (error) {
    throw new UsageError(`--write-baseline: cannot write ${file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
}

export function readBaseline(file: string): Set<string> {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new UsageError(`--baseline: cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  const findings = (data as { findings?: unknown }).findings;
  if (!Array.isArray(findings)) throw new UsageError(`--baseline: ${file} has no "findings" array; write one with --write-baseline`);
  return new Set(findings.map((entry) => (entry as { fingerprint?: unknown }).fingerprint).filter((f): f is string => typeof f === 'string'));
}
