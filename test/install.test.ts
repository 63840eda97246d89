/**
 * `stripe-guard install` and the hooks it writes, exercised by real `git commit`s in temporary
 * repositories (plain hook, custom core.hooksPath, husky run from node_modules).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT } from './support.js';
import { cli, fakeKey, Repo, run } from './git-support.js';

const repos: Repo[] = [];
function repo(): Repo {
  const r = new Repo();
  repos.push(r);
  r.linkCli();
  r.write('README.md', '# demo\n');
  r.commitAll('init');
  return r;
}
afterEach(() => {
  for (const r of repos.splice(0)) r.remove();
});

/** `git commit` with hooks on; returns the result and whether HEAD moved. */
function commit(r: Repo, args: string[] = []): { code: number; output: string; committed: boolean } {
  const before = r.git('rev-parse', 'HEAD');
  const result = run('git', ['commit', '-q', '-m', 'change', ...args], r.dir);
  return { code: result.code, output: result.stdout + result.stderr, committed: r.git('rev-parse', 'HEAD') !== before };
}

function expectBlocked(r: Repo, args: string[] = []): string {
  const c = commit(r, args);
  expect(c.committed, c.output).toBe(false);
  expect(c.code).not.toBe(0);
  expect(c.output).toContain('hardcoded-secret-key');
  expect(c.output).toContain('git commit --no-verify');
  expect(c.output).toContain('stripe-guard-ignore hardcoded-secret-key -- <reason>');
  return c.output;
}

function expectCommitted(r: Repo, args: string[] = []): void {
  const c = commit(r, args);
  expect(c.committed, c.output).toBe(true);
}

describe('install: plain git hook', () => {
  it('writes an executable pre-commit hook, idempotently, that blocks a staged key and lets a clean commit through', () => {
    const r = repo();
    const first = cli(r.dir, ['install']);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Installed .git/hooks/pre-commit');
    const hook = path.join(r.dir, '.git', 'hooks', 'pre-commit');
    expect(statSync(hook).mode & 0o777).toBe(0o755);
    const content = readFileSync(hook, 'utf8');
    const second = cli(r.dir, ['install']);
    expect(second.stdout).toContain('already runs stripe-guard');
    expect(readFileSync(hook, 'utf8')).toBe(content);

    const key = fakeKey();
    r.write('config.env', `STRIPE_SECRET_KEY=${key}\n`);
    r.git('add', 'config.env');
    const output = expectBlocked(r);
    expect(output).not.toContain(key);

    // Fixed in the working tree but not staged: the index still holds the key.
    r.write('config.env', 'STRIPE_SECRET_KEY=\n');
    expectBlocked(r);
    r.git('add', 'config.env');
    expectCommitted(r);

    // A key only in unstaged changes does not block.
    r.write('config.env', `STRIPE_SECRET_KEY=${fakeKey()}\n`);
    r.write('notes.md', 'clean\n');
    r.git('add', 'notes.md');
    expectCommitted(r);
    // …but `git commit -a` stages it (a temporary index, GIT_INDEX_FILE): blocked.
    expectBlocked(r, ['-a']);
  });

  it('chains to an existing hook instead of clobbering it', () => {
    const r = repo();
    const hooks = path.join(r.dir, '.git', 'hooks');
    r.write('.git/hooks/pre-commit', '#!/bin/sh\necho ran > "$(git rev-parse --git-dir)/foreign-ran"\n');
    run('chmod', ['755', path.join(hooks, 'pre-commit')], r.dir);
    const result = cli(r.dir, ['install']);
    expect(result.stdout).toContain('pre-commit.before-stripe-guard');
    expect(readFileSync(path.join(hooks, 'pre-commit.before-stripe-guard'), 'utf8')).toContain('foreign-ran');
    r.write('ok.txt', 'fine\n');
    r.git('add', 'ok.txt');
    expectCommitted(r);
    expect(existsSync(path.join(r.dir, '.git', 'foreign-ran'))).toBe(true);
    r.write('bad.env', `STRIPE_SECRET_KEY=${fakeKey()}\n`);
    r.git('add', 'bad.env');
    expectBlocked(r);
    // Idempotent with a chained hook too.
    expect(cli(r.dir, ['install']).stdout).toContain('already runs stripe-guard');
  });

  it('honours core.hooksPath', () => {
    const r = repo();
    r.git('config', 'core.hooksPath', '.githooks');
    const result = cli(r.dir, ['install']);
    expect(result.stdout).toContain('.githooks/pre-commit');
    expect(existsSync(path.join(r.dir, '.githooks', 'pre-commit'))).toBe(true);
    r.write('bad.env', `STRIPE_SECRET_KEY=${fakeKey()}\n`);
    r.git('add', 'bad.env');
    expectBlocked(r);
  });

  it('prints the pre-commit framework entry instead of writing a hook when .pre-commit-config.yaml exists', () => {
    const r = repo();
    r.write('.pre-commit-config.yaml', 'repos: []\n');
    const result = cli(r.dir, ['install']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('id: stripe-guard');
    expect(existsSync(path.join(r.dir, '.git', 'hooks', 'pre-commit'))).toBe(false);
  });

  it('ships a .pre-commit-hooks.yaml for the pre-commit framework', () => {
    const text = readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8');
    for (const line of ['id: stripe-guard', 'entry: stripe-guard scan', 'language: node', 'types: [text]', 'require_serial: true']) expect(text).toContain(line);
  });
});

describe('install: husky', () => {
  it('adds a marked line to .husky/pre-commit (husky v9 run from node_modules) that blocks a staged key', () => {
    const r = repo();
    r.write('.husky/pre-commit', 'echo "husky hook ran"\n');
    // What `npx husky` (the "prepare" script) does: core.hooksPath .husky/_ and the stubs in it.
    const husky = run(process.execPath, ['--input-type=module', '-e', `import husky from ${JSON.stringify(path.join(ROOT, 'node_modules/husky/index.js'))}; process.stdout.write(husky())`], r.dir);
    expect(husky.stdout + husky.stderr).toBe('');
    expect(r.git('config', 'core.hooksPath')).toBe('.husky/_');

    const result = cli(r.dir, ['install']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('.husky/pre-commit');
    const content = readFileSync(path.join(r.dir, '.husky', 'pre-commit'), 'utf8');
    expect(content.split('\n')[0]).toBe('stripe-guard scan --staged # added by stripe-guard install');
    expect(content).toContain('echo "husky hook ran"');
    expect(existsSync(path.join(r.dir, '.git', 'hooks', 'pre-commit'))).toBe(false);
    cli(r.dir, ['install']);
    expect(readFileSync(path.join(r.dir, '.husky', 'pre-commit'), 'utf8')).toBe(content);

    r.write('pay.js', `const stripe = require('stripe')('${fakeKey()}');\n`);
    r.git('add', 'pay.js');
    expectBlocked(r);
    r.write('pay.js', 'module.exports = { currency: "eur" };\n');
    r.git('add', 'pay.js');
    expectCommitted(r);
  });

  it('creates .husky/pre-commit when the folder exists without one, and says when husky is not active', () => {
    const r = repo();
    r.write('.husky/.keep', '');
    const result = cli(r.dir, ['install']);
    expect(result.stdout).toContain('Created .husky/pre-commit');
    expect(result.stdout).toContain('husky is not active');
  });
});
