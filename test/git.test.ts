/**
 * Git workflows against real repositories in temporary folders, through the built CLI
 * (`npx tsc -p .` first; `npm test` does it).
 */
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { escapeData, escapeProperty } from '../src/report/github.js';
import { cli, fakeKey, findingsOf, Repo, run } from './git-support.js';

const repos: Repo[] = [];
function repo(): Repo {
  const r = new Repo();
  repos.push(r);
  return r;
}
afterEach(() => {
  for (const r of repos.splice(0)) r.remove();
});

/** These tests are about git, not rules: the key rules only, whatever other rules get added. */
const KEYS = ['--rule=hardcoded-secret-key,hardcoded-webhook-secret'];
const JSON_ARGS = [...KEYS, '--format', 'json'];

describe('scan --staged', () => {
  it('reads the index, not the working tree: a staged key fixed only in the working tree is still reported', () => {
    const r = repo();
    const key = fakeKey();
    r.write('billing.js', `const stripeKey = '${key}';\n`);
    r.git('add', 'billing.js');
    r.write('billing.js', 'const stripeKey = process.env.STRIPE_SECRET_KEY;\n');
    const result = r.scan(['--staged', ...JSON_ARGS]);
    expect(result.code).toBe(1);
    const findings = findingsOf(result);
    expect(findings.map((f) => [f.ruleId, f.path, f.start.line])).toEqual([['hardcoded-secret-key', 'billing.js', 1]]);
    expect(result.stdout).not.toContain(key);
    expect(result.stderr).not.toContain(key);
  });

  it('ignores a key that is only in unstaged changes', () => {
    const r = repo();
    r.write('billing.js', 'const a = 1;\n');
    r.commitAll('init');
    r.write('notes.txt', 'hello\n');
    r.git('add', 'notes.txt');
    r.write('billing.js', `const a = '${fakeKey()}';\n`); // modified, not staged
    r.write('untracked.env', `STRIPE_KEY=${fakeKey()}\n`);
    const result = r.scan(['--staged', ...JSON_ARGS]);
    expect(result.code).toBe(0);
    expect(findingsOf(result)).toEqual([]);
  });

  it('scans added, modified, copied and renamed blobs; skips deleted, binary, symlinks and submodules', () => {
    const r = repo();
    r.write('old-name.py', `stripe.api_key = "${fakeKey()}"\n`);
    r.write('gone.env', `STRIPE_SECRET_KEY=${fakeKey()}\n`);
    r.write('mod.yml', 'a: 1\n');
    r.commitAll('init');
    r.git('mv', 'old-name.py', 'new-name.py');
    r.git('rm', '-q', 'gone.env');
    r.write('mod.yml', `stripe:\n  secret: ${fakeKey()}\n`);
    r.write('added.env', `STRIPE_SECRET_KEY=${fakeKey()}\n`);
    r.write('blob.dat', Buffer.concat([Buffer.from([0, 1, 2, 0]), Buffer.from(` ${fakeKey()} `)]));
    symlinkSync(fakeKey(), path.join(r.dir, 'link-to-key'));
    r.git('add', '-A');
    // A gitlink (submodule entry) pointing at some commit.
    r.git('update-index', '--add', '--cacheinfo', `160000,${r.git('rev-parse', 'HEAD')},sub`);
    const result = r.scan(['--staged', ...JSON_ARGS]);
    expect(result.code).toBe(1);
    expect(findingsOf(result).map((f) => `${f.path}:${f.start.line}`)).toEqual(['added.env:1', 'mod.yml:2', 'new-name.py:1']);
  });

  it('reports paths as in the repository, relative to the scan root, and honours pathspecs', () => {
    const r = repo();
    r.write('top.env', `STRIPE_SECRET_KEY=${fakeKey()}\n`);
    r.write('app/server/pay.ts', `const k = "${fakeKey()}";\n`);
    r.git('add', '-A');
    const fromSub = r.scan(['--staged', ...JSON_ARGS], {}, path.join(r.dir, 'app'));
    expect(findingsOf(fromSub).map((f) => f.path)).toEqual(['../top.env', 'server/pay.ts']);
    const only = r.scan(['--staged', ...JSON_ARGS, 'app']);
    expect(findingsOf(only).map((f) => f.path)).toEqual(['app/server/pay.ts']);
  });

  it('honours an inherited GIT_INDEX_FILE (the temporary index of `git commit -a`)', () => {
    const r = repo();
    r.write('a.txt', 'x\n');
    r.commitAll('init');
    r.write('a.txt', `${fakeKey()}\n`); // modified, not staged in the real index
    expect(findingsOf(r.scan(['--staged', ...JSON_ARGS]))).toEqual([]);
    const env = { GIT_INDEX_FILE: path.join(r.dir, '.git', 'next-index-1.lock') };
    expect(run('git', ['read-tree', 'HEAD'], r.dir, env).code).toBe(0);
    expect(run('git', ['add', 'a.txt'], r.dir, env).code).toBe(0);
    expect(findingsOf(r.scan(['--staged', ...JSON_ARGS], env)).map((f) => f.path)).toEqual(['a.txt']);
  });

  it('works before the first commit and with nothing staged', () => {
    const r = repo();
    expect(r.scan(['--staged']).code).toBe(0);
    r.write('first.env', `STRIPE_SECRET_KEY=${fakeKey()}\n`);
    r.git('add', 'first.env');
    expect(r.scan(['--staged']).code).toBe(1);
  });

  it('is a usage error outside a repository', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'sg-nogit-'));
    try {
      const result = cli(dir, ['scan', '--staged'], { GIT_CEILING_DIRECTORIES: path.dirname(dir) });
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/--staged: .*not a git repository/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('scan file arguments (lint-staged, pre-commit framework)', () => {
  it('accepts absolute and relative file paths and reports them relative to the working directory', () => {
    const r = repo();
    r.write('src/a.js', `const k = '${fakeKey()}';\n`);
    r.write('config/b.yml', `secret: ${fakeKey()}\n`);
    const result = r.scan([...JSON_ARGS, path.join(r.dir, 'src/a.js'), 'config/b.yml']);
    expect(result.code).toBe(1);
    expect(findingsOf(result).map((f) => f.path)).toEqual(['config/b.yml', 'src/a.js']);
  });

  it('prints the pre-commit advice when run inside a hook (PRE_COMMIT=1)', () => {
    const r = repo();
    r.write('a.env', `STRIPE_SECRET_KEY=${fakeKey()}\n`);
    const result = r.scan([...KEYS, 'a.env'], { PRE_COMMIT: '1' });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('git commit --no-verify');
    expect(result.stderr).toContain('stripe-guard-ignore hardcoded-secret-key -- <reason>');
  });
});

describe('scan --since', () => {
  it('reports only findings on lines the branch added, not old debt in the same file', () => {
    const r = repo();
    const oldKey = fakeKey();
    r.write('config/settings.py', `STRIPE_OLD = "${oldKey}"\nDEBUG = True\n`);
    r.write('untouched.env', `STRIPE_SECRET_KEY=${fakeKey()}\n`);
    r.commitAll('old debt');
    r.git('checkout', '-q', '-b', 'feature');
    const newKey = fakeKey();
    r.write('config/settings.py', `STRIPE_OLD = "${oldKey}"\nDEBUG = False\nSTRIPE_NEW = "${newKey}"\n`);
    r.commitAll('feature');
    const result = r.scan(['--since', 'main', ...JSON_ARGS]);
    expect(result.code).toBe(1);
    const findings = findingsOf(result);
    expect(findings.map((f) => `${f.path}:${f.start.line}`)).toEqual(['config/settings.py:3']);
    expect(findings[0]!.message).toContain(`…${newKey.slice(-4)}`);
  });

  it('handles odd file names (spaces, quotes, unicode, leading dashes, tabs) in --since and --staged', () => {
    const r = repo();
    r.write('seed.txt', 'x\n');
    r.commitAll('init');
    r.git('checkout', '-q', '-b', 'feature');
    const names = ['-rf.env', 'with space.env', 'quo"te.env', 'ünï cødé.env', 'tab\there.env', 'dir with space/x.env'];
    for (const name of names) r.write(name, `# config\nSTRIPE_SECRET_KEY=${fakeKey()}\n`);
    r.git('add', '-A');
    const staged = findingsOf(r.scan(['--staged', ...JSON_ARGS]));
    expect(staged.map((f) => f.path).sort()).toEqual([...names].sort());
    r.git('commit', '-q', '--no-verify', '-m', 'odd names');
    const since = findingsOf(r.scan(['--since', 'main', ...JSON_ARGS]));
    expect(since.map((f) => `${f.path}:${f.start.line}`).sort()).toEqual(names.map((n) => `${n}:2`).sort());
    const history = findingsOf(r.scan(['--history', ...JSON_ARGS]));
    expect(history.map((f) => f.path).sort()).toEqual([...names].sort());
  });

  it('uses the merge base: commits on the base branch after the fork are not the branch’s changes', () => {
    const r = repo();
    r.write('a.txt', 'one\n');
    r.commitAll('init');
    r.git('checkout', '-q', '-b', 'feature');
    r.write('feature.txt', 'clean\n');
    r.commitAll('feature');
    r.git('checkout', '-q', 'main');
    r.write('main-only.env', `STRIPE_SECRET_KEY=${fakeKey()}\n`);
    r.commitAll('main moves on');
    r.git('checkout', '-q', 'feature');
    const result = r.scan(['--since', 'main', ...JSON_ARGS]);
    expect(result.code).toBe(0);
    expect(findingsOf(result)).toEqual([]);
  });

  it('refuses a ref that looks like an option, and an unknown ref', () => {
    const r = repo();
    r.write('a.txt', 'one\n');
    r.commitAll('init');
    expect(r.scan(['--since=--output=/tmp/x']).code).toBe(2);
    const unknown = r.scan(['--since', 'no-such-branch']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('--since');
  });
});

describe('scan --history', () => {
  it('finds a key added and removed two commits ago, with the commit that introduced it', () => {
    const r = repo();
    r.write('app.js', 'const stripe = require("stripe")(process.env.STRIPE_SECRET_KEY);\n');
    r.commitAll('init');
    const key = fakeKey();
    r.write('app.js', `const stripe = require("stripe")("${key}");\n`);
    const introducing = r.commitAll('hardcode the key');
    r.write('app.js', 'const stripe = require("stripe")(process.env.STRIPE_SECRET_KEY);\n');
    r.commitAll('remove the key');
    r.write('README.md', '# app\n');
    r.commitAll('docs');
    expect(r.scan([...KEYS, '.']).code).toBe(0); // the working tree is clean
    const result = r.scan(['--history', ...JSON_ARGS]);
    expect(result.code).toBe(1);
    const findings = findingsOf(result);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: 'hardcoded-secret-key', path: 'app.js', start: { line: 1 } });
    expect(findings[0]!.origin).toMatchObject({ commit: introducing, author: 'Ada Lovelace' });
    expect(findings[0]!.origin!.date).toBe(r.git('log', '-1', '--format=%aI', introducing));
    expect(result.stdout).not.toContain(key);
    // The text report names the commit.
    expect(r.scan(['--history']).stdout).toContain(introducing.slice(0, 12));
  });

  it('reports a key carried through later versions of a file once, at its first commit; runs key rules only', () => {
    const r = repo();
    const key = fakeKey('rk_live_');
    r.write('server.js', `const stripe = new Stripe("${key}");\n`);
    const first = r.commitAll('one');
    r.write('server.js', `const stripe = new Stripe("${key}");\nconsole.log(1);\n`);
    r.commitAll('two');
    r.git('checkout', '-q', '-b', 'side');
    r.write('side.env', `STRIPE_WEBHOOK_SECRET=whsec_${fakeKey('').slice(0, 32)}\n`);
    const side = r.commitAll('side');
    r.git('checkout', '-q', 'main');
    const findings = findingsOf(r.scan(['--history', ...JSON_ARGS]));
    expect(findings.map((f) => [f.ruleId, f.path, f.origin?.commit])).toEqual([
      ['hardcoded-secret-key', 'server.js', first],
      ['hardcoded-webhook-secret', 'side.env', side],
    ]);
    // A range: only what its commits wrote.
    const ranged = findingsOf(r.scan([`--history=main..side`, ...JSON_ARGS]));
    expect(ranged.map((f) => f.path)).toEqual(['side.env']);
  });

  it('credits a key merged from a branch to the branch commit, and a key written in a merge to the merge', () => {
    const r = repo();
    r.write('a.txt', 'one\n');
    r.commitAll('init');
    r.git('checkout', '-q', '-b', 'side');
    r.write('side.env', `STRIPE_SECRET_KEY=${fakeKey()}\n`);
    const sideCommit = r.commitAll('side');
    r.git('checkout', '-q', 'main');
    r.write('b.txt', 'two\n');
    r.commitAll('main');
    r.git('merge', '-q', '--no-ff', '--no-commit', 'side');
    r.write('merge.env', `STRIPE_SECRET_KEY=${fakeKey()}\n`); // an "evil merge": only the merge commit has it
    r.git('add', 'merge.env');
    r.git('commit', '-q', '--no-verify', '-m', 'merge');
    const merge = r.git('rev-parse', 'HEAD');
    r.git('branch', '-q', '-D', 'side');
    const result = r.scan(['--history', ...JSON_ARGS]);
    // Every distinct blob reachable from any ref, each once (what `rev-list --objects --all` lists).
    const objects = r.git('rev-list', '--objects', '--all').split('\n').map((line) => line.split(' ')[0]!);
    const blobs = objects.filter((oid) => r.git('cat-file', '-t', oid) === 'blob');
    expect(JSON.parse(result.stdout).summary.files).toBe(new Set(blobs).size);
    const findings = findingsOf(result);
    expect(findings.map((f) => [f.path, f.origin?.commit])).toEqual([
      ['merge.env', merge],
      ['side.env', sideCommit],
    ]);
  });

  it('cannot be combined with --staged or --since', () => {
    const r = repo();
    expect(r.scan(['--history', '--staged']).code).toBe(2);
    expect(r.scan(['--since', 'main', '--staged']).code).toBe(2);
  });

  it('handles an empty repository', () => {
    const r = repo();
    expect(r.scan(['--history']).code).toBe(0);
  });
});

describe('baselines', () => {
  it('a baseline written today suppresses today’s findings after 10 lines are inserted above them, not a new key', () => {
    const r = repo();
    const keys = [fakeKey(), fakeKey()];
    const original = `const a = '${keys[0]}';\nconst b = 1;\nconst c = '${keys[1]}';\n`;
    r.write('pay.js', original);
    r.write('.env', `STRIPE_SECRET_KEY=${keys[0]}\n`);
    const write = r.scan([...KEYS, '--write-baseline', 'baseline.json', 'pay.js', '.env']);
    expect(write.code).toBe(0);
    const baselineText = readFileSync(path.join(r.dir, 'baseline.json'), 'utf8');
    for (const key of keys) expect(baselineText).not.toContain(key.slice(8, 20));
    expect(JSON.parse(baselineText).findings).toHaveLength(3);

    const inserted = Array.from({ length: 10 }, (_, i) => `// line ${i}`).join('\n');
    writeFileSync(path.join(r.dir, 'pay.js'), `${inserted}\n${original}`);
    const after = r.scan(['--baseline', 'baseline.json', ...JSON_ARGS, 'pay.js', '.env']);
    expect(findingsOf(after)).toEqual([]);
    expect(after.code).toBe(0);

    const newKey = fakeKey();
    writeFileSync(path.join(r.dir, 'pay.js'), `${inserted}\n${original}const d = '${newKey}';\n`);
    const withNew = r.scan(['--baseline', 'baseline.json', ...JSON_ARGS, 'pay.js', '.env']);
    expect(withNew.code).toBe(1);
    const findings = findingsOf(withNew);
    expect(findings.map((f) => `${f.path}:${f.start.line}`)).toEqual(['pay.js:14']);
    expect(findings[0]!.message).toContain(newKey.slice(-4));
  });

  it('a second copy of a baselined line is still reported', () => {
    const r = repo();
    const line = `STRIPE_SECRET_KEY=${fakeKey()}\n`;
    r.write('.env', line);
    r.scan([...KEYS, '--write-baseline', 'b.json', '.env']);
    r.write('.env', `${line}${line}`);
    const findings = findingsOf(r.scan(['--baseline', 'b.json', ...JSON_ARGS, '.env']));
    expect(findings.map((f) => f.start.line)).toEqual([2]);
  });
});

describe('--format github', () => {
  it('escapes data and properties as actions/toolkit does', () => {
    expect(escapeData('100% a\r\nb: c, d')).toBe('100%25 a%0D%0Ab: c, d');
    expect(escapeProperty('dir,x/a:b%\n.env')).toBe('dir%2Cx/a%3Ab%25%0A.env');
  });

  it('prints one workflow command per finding, most severe first, with escaped file names', () => {
    const r = repo();
    r.write('a,b:c.env', `STRIPE_SECRET_KEY=${fakeKey()}\nSTRIPE_TEST=${fakeKey('sk_test_')}\n`);
    r.write('z.env', `STRIPE_SECRET_KEY=${fakeKey()}\n`);
    const result = r.scan([...KEYS, '--format', 'github', '.']);
    expect(result.code).toBe(1);
    const lines = result.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^::error file=a%2Cb%3Ac\.env,line=1,endLine=1,col=19,endColumn=\d+,title=stripe-guard hardcoded-secret-key::Live Stripe secret key sk_live_…/);
    expect(lines[1]).toMatch(/^::error file=z\.env,line=1,/);
    expect(lines[2]).toMatch(/^::warning file=a%2Cb%3Ac\.env,line=2,/);
    expect(lines[3]).toMatch(/^stripe-guard: 3 problem/);
    expect(result.stdout).not.toMatch(/sk_live_[A-Za-z0-9]{8}/);
  });
});
