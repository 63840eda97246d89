/**
 * What stripe-guard must never do to the machine that runs it (SPEC §1, §5; ecosystem guide §4):
 * execute anything from the scanned repository, touch the network, or let scanned text drive the
 * CI runner (GitHub workflow commands) or the terminal (escape sequences). Real repositories in
 * temporary folders, the built CLI as a child process (`npx tsc -p .` first).
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Finding } from '../src/finding.js';
import { textReporter } from '../src/report/text.js';
import type { Redacted } from '../src/secrets.js';
import { cli as plainCli, tempDir } from './cli-support.js';
import { cli, fakeKey, Repo } from './git-support.js';

const repos: Repo[] = [];
afterAll(() => {
  for (const r of repos) r.remove();
});

/** A shell script that leaves a marker named `name` in `markers` when anything runs it, then behaves like `cat`. */
function trap(markers: string, name: string): string {
  return `#!/bin/sh\ntouch '${path.join(markers, name)}'\nif [ -n "$1" ] && [ -f "$1" ]; then cat "$1"; else cat; fi\n`;
}

/** A repository whose every executable corner writes a marker when run. */
function boobyTrappedRepo(markers: string): Repo {
  const r = new Repo();
  repos.push(r);
  const js = (name: string) => `require('fs').writeFileSync(${JSON.stringify(path.join(markers, name))}, 'ran');\nmodule.exports = { rules: {} };\n`;
  r.write('.stripe-guard.js', js('stripe-guard.js'));
  r.write('.stripe-guard.cjs', js('stripe-guard.cjs'));
  r.write('.stripe-guard.mjs', `import { writeFileSync } from 'node:fs';\nwriteFileSync(${JSON.stringify(path.join(markers, 'stripe-guard.mjs'))}, 'ran');\nexport default {};\n`);
  r.write('stripe-guard.config.js', js('stripe-guard.config.js'));
  r.write('stripe-guard.config.ts', js('stripe-guard.config.ts'));
  r.write('evil.js', js('evil.js'));
  const script = `node -e "require('fs').writeFileSync('${path.join(markers, 'npm-script')}', 'ran')"`;
  r.write('package.json', JSON.stringify({ name: 'shop', scripts: { prepare: script, preinstall: script, postinstall: script, test: script, 'stripe-guard': script } }, null, 2));
  r.write('.husky/pre-commit', trap(markers, 'husky-pre-commit'));
  r.write('.gitattributes', '* diff=evil filter=evil merge=evil\n');
  r.write('billing.js', `const stripe = require('stripe')('${fakeKey()}');\n`);
  r.write('notes.md', 'nothing here\n');
  r.commitAll('init');
  // Drivers and hooks configured only now, so that setting the repository up runs none of them.
  const hooks = path.join(r.dir, '.git', 'hooks');
  for (const hook of ['pre-commit', 'post-checkout', 'post-index-change', 'reference-transaction', 'pre-auto-gc', 'post-rewrite', 'fsmonitor-watchman']) {
    writeFileSync(path.join(hooks, hook), trap(markers, `hook-${hook}`));
    chmodSync(path.join(hooks, hook), 0o755);
  }
  chmodSync(path.join(r.dir, '.husky', 'pre-commit'), 0o755);
  const driver = (name: string) => {
    const file = path.join(r.dir, '.git', `${name}.sh`);
    writeFileSync(file, trap(markers, name));
    chmodSync(file, 0o755);
    return file;
  };
  for (const [key, value] of [
    ['diff.evil.textconv', driver('textconv')],
    ['diff.evil.command', driver('diff-command')],
    ['diff.external', driver('diff-external')],
    ['filter.evil.clean', driver('filter-clean')],
    ['filter.evil.smudge', driver('filter-smudge')],
    ['merge.evil.driver', driver('merge-driver')],
    ['core.fsmonitor', driver('fsmonitor')],
    ['core.pager', driver('pager')],
    ['core.hooksPath', '.husky'],
    ['pager.diff', driver('pager-diff')],
  ]) {
    r.git('config', key!, value!);
  }
  // Changes in the index and the working tree, so that every git mode has something to read.
  r.write('billing.js', `const stripe = require('stripe')('${fakeKey()}');\n// changed\n`);
  r.write('staged.py', `import stripe\nstripe.api_key = "${fakeKey()}"\n`);
  r.git('-c', 'filter.evil.clean=cat', '-c', 'core.fsmonitor=false', '-c', 'core.hooksPath=/dev/null', 'add', 'staged.py');
  return r;
}

describe('nothing of the scanned repository is executed', () => {
  it('not a JS config, npm scripts, husky or git hooks, textconv, filter, pager or fsmonitor drivers — in any mode', () => {
    const markers = tempDir('sg-markers-');
    const r = boobyTrappedRepo(markers);
    expect(readdirSync(markers)).toEqual([]); // the setup itself ran nothing
    const modes = [[], ['--staged'], ['--since', 'HEAD'], ['--history'], ['billing.js', 'notes.md']];
    for (const args of modes) {
      const result = r.scan([...args, '--format', 'json'], { PAGER: 'cat', GIT_PAGER: 'cat' });
      if (/not built yet/.test(result.stderr)) continue;
      expect([0, 1], `${args.join(' ')}: ${result.stderr}`).toContain(result.code);
      expect(JSON.parse(result.stdout).findings.length, args.join(' ')).toBeGreaterThan(0);
      expect(readdirSync(markers), `scan ${args.join(' ')} ran repository code`).toEqual([]);
    }
    // A config that names code is refused as data, and still nothing runs.
    r.write('.stripe-guard.json', JSON.stringify({ plugins: ['./evil.js'], extends: './evil.js' }));
    const refused = r.scan(['--format', 'json']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/\.stripe-guard\.json: "plugins" is not a known setting/);
    expect(readdirSync(markers)).toEqual([]);
  });
});

/** A preload that fails loudly, and leaves a marker, on any outbound connection or name lookup. */
function networkTrap(markers: string): string {
  const file = path.join(markers, '..', `no-network-${path.basename(markers)}.cjs`);
  writeFileSync(
    file,
    `const fs = require('fs');
const mark = (what) => { fs.writeFileSync(${JSON.stringify(markers)} + '/' + what.replace(/\\W/g, '_'), String(new Error(what).stack)); throw new Error('network use: ' + what); };
const net = require('net'); const tls = require('tls'); const dns = require('dns'); const http = require('http'); const https = require('https'); const dgram = require('dgram');
net.Socket.prototype.connect = function (...a) { const o = a[0]; if (o && typeof o === 'object' && o.path) return mark('ipc ' + o.path); return mark('net.connect'); };
tls.connect = () => mark('tls.connect');
for (const m of ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny']) { dns[m] = () => mark('dns.' + m); dns.promises[m] = async () => mark('dns.promises.' + m); }
http.request = http.get = () => mark('http.request');
https.request = https.get = () => mark('https.request');
dgram.createSocket = () => mark('dgram');
globalThis.fetch = async () => mark('fetch');
globalThis.WebSocket = function () { mark('WebSocket'); };
`,
  );
  return file;
}

/** A `git` on PATH that records its arguments, then runs the real one: which git commands does the scan run? */
function gitRecorder(dir: string): { bin: string; log: string } {
  const bin = path.join(dir, 'bin');
  const log = path.join(dir, 'git.log');
  mkdirSync(bin, { recursive: true });
  const real = (process.env.PATH ?? '').split(path.delimiter).map((p) => path.join(p, 'git')).find((p) => existsSync(p)) ?? '/usr/bin/git';
  writeFileSync(path.join(bin, 'git'), `#!/bin/sh\nprintf '%s\\n' "$*" >> '${log}'\nexec '${real}' "$@"\n`);
  chmodSync(path.join(bin, 'git'), 0o755);
  return { bin, log };
}

describe('no network access', () => {
  it('opens no socket, resolves no name and runs no networked git command, in every mode', () => {
    const markers = tempDir('sg-net-');
    const preload = networkTrap(markers);
    const tools = gitRecorder(tempDir('sg-git-rec-'));
    const r = new Repo();
    repos.push(r);
    r.write('app.ts', `import Stripe from 'stripe';\nconst stripe = new Stripe('${fakeKey()}');\nfetch('https://api.stripe.com/v1/charges?key=' + process.env.STRIPE_SECRET_KEY);\n`);
    r.write('app.py', `import stripe\nstripe.api_key = "${fakeKey()}"\n`);
    r.git('remote', 'add', 'origin', 'https://github.invalid/shop.git');
    r.commitAll('one');
    r.write('app.rb', `Stripe.api_key = '${fakeKey()}'\n`);
    r.git('add', 'app.rb');
    // The trap works: a child that connects trips it (then the marker is cleared).
    const probe = spawnSync(process.execPath, ['-e', "require('net').connect(9, '127.0.0.1')"], { env: { ...process.env, NODE_OPTIONS: `--require ${preload}` } });
    expect(probe.status).not.toBe(0);
    expect(readdirSync(markers)).toEqual(['net_connect']);
    rmSync(path.join(markers, 'net_connect'));
    for (const args of [[], ['--staged'], ['--since', 'HEAD'], ['--history']]) {
      const result = cli(r.dir, ['scan', ...args], { NODE_OPTIONS: `--require ${preload}`, PATH: `${tools.bin}${path.delimiter}${process.env.PATH}` });
      if (/not built yet/.test(result.stderr)) continue;
      expect([0, 1], `${args.join(' ')}: ${result.stderr}`).toContain(result.code);
      expect(readdirSync(markers), `scan ${args.join(' ')} used the network`).toEqual([]);
    }
    const gitCommands = existsSync(tools.log) ? readFileSync(tools.log, 'utf8') : '';
    expect(gitCommands).toMatch(/\bdiff\b/); // the recorder saw the git modes' commands
    expect(gitCommands.split('\n').filter((line) => /\b(fetch|pull|push|clone|ls-remote|remote update|submodule update)\b/.test(line))).toEqual([]);
  });
});

describe('scanned text cannot drive the CI runner or the terminal', () => {
  const hostile = [
    '::add-mask::x',
    '::error::pwned',
    '::set-env name=NODE_OPTIONS::--require=/tmp/evil.js',
    '  ::warning file=a.js::indented',
    `const k = 'sk_live_${'Tq7RmZx9KpR4vTn8WcYb3JdF'}'; // ::stop-commands::abc`,
    `::abc:: resumes? sk_test_${'Tq7RmZx9KpR4vTn8WcYb3JdX'} \u001b]0;title\u0007 \u001b[2J\u001b[1A\r::error::after-cr`,
  ];

  /** Lines a runner would take as workflow commands (it trims leading blanks). */
  const commandLines = (output: string) => output.split(/\r?\n|\r/).filter((line) => line.trimStart().startsWith('::'));

  it('fences the text report with a random ::stop-commands:: token under GitHub Actions', () => {
    const dir = tempDir('sg-gha-');
    writeFileSync(path.join(dir, 'config.js'), `${hostile.join('\n')}\n`);
    writeFileSync(path.join(dir, '::error::name.env'), `STRIPE_SECRET_KEY=sk_live_${'Zq7RmZx9KpR4vTn8WcYb3JdF'}\n`);
    const runs = [1, 2].map(() => plainCli(['scan', '.'], { cwd: dir, env: { GITHUB_ACTIONS: 'true' } }));
    const tokens: string[] = [];
    for (const result of runs) {
      expect(result.code).toBe(1);
      const commands = commandLines(result.stdout);
      expect(commands[0]).toMatch(/^::stop-commands::[0-9a-f]{32}$/);
      const token = commands[0]!.slice('::stop-commands::'.length);
      tokens.push(token);
      expect(commands.at(-1)).toBe(`::${token}::`);
      expect(result.stdout.split('\n')[0]).toBe(commands[0]); // before anything echoed
      expect(result.stdout.trimEnd().split('\n').at(-1)).toBe(`::${token}::`); // after everything echoed
      expect(result.stdout.indexOf(token, result.stdout.indexOf('\n'))).toBe(result.stdout.lastIndexOf(`::${token}::`) + 2); // the token is not in the report
    }
    expect(tokens[0]).not.toBe(tokens[1]);
    const outside = plainCli(['scan', '.'], { cwd: dir, env: { GITHUB_ACTIONS: '' } });
    expect(outside.stdout).not.toMatch(/^::stop-commands::[0-9a-f]{32}$/m);
  });

  it('keeps file names and values echoed on stderr (--verbose skips, usage errors) on one line', () => {
    const dir = tempDir('sg-stderr-');
    writeFileSync(path.join(dir, '.stripe-guard.json'), JSON.stringify({ maxFileSize: 10 }));
    writeFileSync(path.join(dir, 'big\n::error::skipped.txt'), 'more than ten bytes\n');
    const verbose = plainCli(['scan', '.', '--verbose'], { cwd: dir, env: { GITHUB_ACTIONS: 'true' } });
    expect(verbose.stderr).toContain('big\\u000a::error::skipped.txt');
    expect(commandLines(verbose.stderr)).toEqual([]);
    const usage = plainCli(['scan', 'missing\n::error::arg'], { cwd: dir });
    expect(usage.code).toBe(2);
    expect(usage.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('shows control characters of scanned lines and file names as visible symbols, keeping the highlight in place', () => {
    const snippet = `x = "\u001b[2J" + 'sk_live_…3JdF' \r\u009b`;
    const finding: Finding = {
      ruleId: 'hardcoded-secret-key',
      level: 'error',
      message: 'Live key \u001b]0;owned\u0007 hardcoded.' as Redacted,
      path: 'a\nb\u001b[31m.js',
      start: { line: 1, column: 16 },
      end: { line: 1, column: 29 },
      snippet: snippet as Redacted,
      highlight: [snippet.indexOf("'sk"), snippet.indexOf("'sk") + 15],
      fingerprint: '0'.repeat(32),
    };
    const out = textReporter({ findings: [finding], rules: [], filesScanned: 1, suppressedCount: 0, toolVersion: '0' }, { color: false, githubActions: false });
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(out).toContain('a\u240ab\u241b[31m.js');
    expect(out).toContain('\u241b[2J');
    const lines = out.split('\n');
    const frame = lines.findIndex((line) => line.includes(' | '));
    const caret = lines[frame + 1]!;
    expect(lines[frame]!.slice(caret.indexOf('^'), caret.lastIndexOf('^') + 1)).toBe("'sk_live_…3JdF'");
  });
});
