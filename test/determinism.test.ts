/**
 * SPEC §5: the same tree gives byte-identical JSON and SARIF whatever `--jobs` (main thread only,
 * one worker, many workers), on the fixtures and on a generated monorepo. Runs the built CLI.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, tempDir } from './cli-support.js';
import { ROOT } from './support.js';

// @ts-expect-error: plain JavaScript module of the benchmark
import { generateTree } from '../bench/generate.mjs';

type Run = { code: number | null; stdout: string; stderr: string };

function scan(cwd: string, target: string, format: string, jobs: number, forcePool: boolean): Run {
  return cli(['scan', target, '--format', format, '--jobs', String(jobs), '--fail-on', 'never'], {
    cwd,
    env: forcePool ? { STRIPE_GUARD_INLINE_MAX_FILES: '0' } : { STRIPE_GUARD_INLINE_MAX_FILES: '' },
  });
}

/** '' when equal, else the first differing offset with some context on both sides. */
function firstDifference(actual: string, expected: string): string {
  if (actual === expected) return '';
  let i = 0;
  while (i < actual.length && actual[i] === expected[i]) i++;
  return `at offset ${i}: got …${actual.slice(Math.max(0, i - 120), i + 120)}… expected …${expected.slice(Math.max(0, i - 120), i + 120)}…`;
}

function expectIdentical(cwd: string, target: string, format: string): string {
  // Small scans run on the main thread; the hook forces the worker pool even on few files.
  const reference = scan(cwd, target, format, 1, false);
  expect(reference.code, reference.stderr).toBe(0);
  for (const [jobs, forcePool] of [[2, true], [8, true]] as const) {
    const run = scan(cwd, target, format, jobs, forcePool);
    expect(run.code, run.stderr).toBe(0);
    // Compact failure message: the reports are hundreds of kilobytes.
    expect(firstDifference(run.stdout, reference.stdout), `--jobs ${jobs}${forcePool ? ' (pool forced)' : ''} differs from the main-thread scan`).toBe('');
  }
  return reference.stdout;
}

describe('output does not depend on --jobs', () => {
  it.each(['json', 'sarif'])('fixtures folder, %s', (format) => {
    const out = expectIdentical(ROOT, 'fixtures', format);
    expect(out.length).toBeGreaterThan(100);
  });

  describe('generated monorepo', () => {
    let dir: string;
    beforeAll(() => {
      dir = path.join(tempDir('stripe-guard-determinism-'), 'tree');
      // 300 files, ~2 MB, one file in ten touching Stripe (with planted findings).
      generateTree(dir, { seed: 7, files: 300, mb: 2, stripeEvery: 10 });
    });
    afterAll(() => rmSync(path.dirname(dir), { recursive: true, force: true }));

    it.each(['json', 'sarif'])('%s', (format) => {
      const out = expectIdentical(dir, '.', format);
      if (format === 'json') {
        const report = JSON.parse(out) as { findings: { ruleId: string }[] };
        expect(report.findings.some((f) => f.ruleId === 'hardcoded-secret-key')).toBe(true);
      }
    });
  });
});
