#!/usr/bin/env node
/**
 * Pre-commit latency (SPEC §4): `stripe-guard scan --staged` on a commit of 10 staged files that
 * touch no Stripe code, wall time with Node start-up included. Target: < 300 ms on 2 cores.
 *
 *   node bench/staged.mjs [runs=15]
 *
 * Needs a build (`npx tsc -p .`). Creates a temporary repository, prints the median and spread.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.join(root, 'bin', 'stripe-guard.js');
const runs = Number(process.argv[2] ?? 15);
const env = { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1', NO_COLOR: '1' };
for (const k of Object.keys(env)) if (k.startsWith('GIT_') && !k.startsWith('GIT_CONFIG')) delete env[k];

function git(cwd, ...args) {
  const r = spawnSync('git', args, { cwd, env, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
}

// Ordinary application code: components, utilities, tests, docs, config. No Stripe anywhere.
function file(i) {
  const kinds = [
    ['src/components/Button{i}.tsx', (n) => `import React from 'react';\n\nexport interface Props${n} { label: string; onClick(): void; disabled?: boolean }\n\n${Array.from({ length: 40 }, (_, j) => `export function Button${n}_${j}({ label, onClick, disabled }: Props${n}) {\n  return <button className="btn btn-${j}" disabled={disabled} onClick={onClick}>{label}</button>;\n}\n`).join('\n')}`],
    ['src/lib/util{i}.ts', (n) => `${Array.from({ length: 60 }, (_, j) => `export function helper${n}_${j}(values: number[]): number {\n  return values.reduce((a, b) => a + b * ${j}, 0) / Math.max(1, values.length);\n}\n`).join('\n')}`],
    ['server/routes/users{i}.js', (n) => `const express = require('express');\nconst router = express.Router();\n${Array.from({ length: 30 }, (_, j) => `router.get('/users/${n}/${j}', async (req, res) => {\n  const user = await db.users.find(req.params.id);\n  res.json({ id: user.id, name: user.name });\n});\n`).join('\n')}module.exports = router;\n`],
    ['app/models{i}.py', (n) => `from dataclasses import dataclass\n\n${Array.from({ length: 40 }, (_, j) => `@dataclass\nclass Model${n}_${j}:\n    name: str\n    count: int = ${j}\n\n    def total(self) -> int:\n        return self.count * ${j}\n`).join('\n')}`],
    ['docs/guide{i}.md', (n) => `# Guide ${n}\n\n${Array.from({ length: 50 }, (_, j) => `Paragraph ${j}: configure the cache with \`CACHE_TTL\` and restart the worker.\n`).join('\n')}`],
  ];
  const [name, body] = kinds[i % kinds.length];
  return [name.replace('{i}', String(i)), body(i)];
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'sg-bench-staged-'));
try {
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'config', 'user.name', 'Bench');
  git(dir, 'config', 'user.email', 'bench@example.com');
  writeFileSync(path.join(dir, 'README.md'), '# bench\n');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'init');
  let bytes = 0;
  for (let i = 0; i < 10; i++) {
    const [name, body] = file(i);
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), body);
    bytes += Buffer.byteLength(body);
  }
  git(dir, 'add', '-A');

  const once = () => {
    const start = process.hrtime.bigint();
    const r = spawnSync(process.execPath, [bin, 'scan', '--staged'], { cwd: dir, env, encoding: 'utf8' });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (r.status !== 0) throw new Error(`scan --staged exited ${r.status}: ${r.stdout}${r.stderr}`);
    return { ms, out: r.stdout };
  };
  const nodeOnly = () => {
    const start = process.hrtime.bigint();
    spawnSync(process.execPath, ['-e', '0'], { env });
    return Number(process.hrtime.bigint() - start) / 1e6;
  };
  const first = once(); // warms the compile cache
  once();
  const times = Array.from({ length: runs }, () => once().ms).sort((a, b) => a - b);
  const bare = Array.from({ length: 5 }, nodeOnly).sort((a, b) => a - b);
  const median = (xs) => (xs.length % 2 ? xs[(xs.length - 1) / 2] : (xs[xs.length / 2 - 1] + xs[xs.length / 2]) / 2);
  const summary = first.out.trim().split('\n').pop();
  console.log(`scan --staged, 10 staged files (${(bytes / 1024).toFixed(0)} KiB, no Stripe code), ${runs} runs, ${os.cpus().length} CPUs, node ${process.version}`);
  console.log(`  median ${median(times).toFixed(0)} ms  (min ${times[0].toFixed(0)}, max ${times[times.length - 1].toFixed(0)})  target < 300 ms`);
  console.log(`  bare \`node -e 0\`: median ${median(bare).toFixed(0)} ms`);
  console.log(`  report: ${summary}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
