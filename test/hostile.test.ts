/**
 * Hostile and broken input (SPEC §5): real files in temporary folders, the built CLI as a child
 * process (`npx tsc -p .` first; `npm test` does it). Every case: the scan completes, exits 0 or 1
 * (2 only for wrong arguments), and reports each unreadable or unparsable file once, as a warning.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeFile, type RulePlan } from '../src/analyze.js';
import { defaultConfig } from '../src/config.js';
import type { CodeLanguage } from '../src/languages.js';
import { codeLanguageOf } from '../src/languages.js';
import { planRules } from '../src/plan.js';
import { Prefilter } from '../src/prefilter.js';
import type { AnyRule } from '../src/rule.js';
import { cli, tempDir, type CliResult } from './cli-support.js';
import { Repo } from './git-support.js';

const BASE62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** Deterministic fake key bodies (never real keys). */
function body(length: number, seed: number): string {
  let state = seed;
  let out = '';
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    out += BASE62[state % 62];
  }
  return out;
}
const key = (seed: number) => `sk_live_${body(24, seed)}`;
const KEY = key(11);

const dirs: string[] = [];
function project(files: Record<string, string | Buffer> = {}): string {
  const dir = tempDir('sg-hostile-');
  dirs.push(dir);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}
afterAll(() => {
  for (const dir of dirs) {
    try {
      rmSync(dir, { recursive: true, force: true });
    } catch {
      // best effort
    }
  }
});

interface JsonFinding {
  ruleId: string;
  level: string;
  path: string;
  message: string;
  snippet: string;
  start: { line: number; column: number };
}

/** The scan completed: exit 0 or 1, a JSON report, no internal error; engine diagnostics once per file, as warnings. */
function completed(result: CliResult): JsonFinding[] {
  expect(result.stderr).not.toMatch(/internal error|Maximum call stack|at .*\.js:\d+/);
  expect([0, 1], `exit ${result.code}: ${result.stderr.slice(0, 500)}`).toContain(result.code);
  const findings = (JSON.parse(result.stdout) as { findings: JsonFinding[] }).findings;
  const diagnostics = findings.filter((f) => f.ruleId === 'unparsable-file' || f.ruleId === 'unreadable-file' || f.ruleId === 'rule-error');
  for (const d of diagnostics) expect(d.level).toBe('warning');
  const perFile = diagnostics.map((d) => d.path);
  expect(perFile, 'an unreadable or unparsable file is reported once').toEqual([...new Set(perFile)]);
  expect(findings.filter((f) => f.ruleId === 'rule-error').map((f) => `${f.path}: ${f.message}`)).toEqual([]);
  return findings;
}

function scanJson(args: string[], options: Parameters<typeof cli>[1] = {}): CliResult {
  return cli(['scan', ...args, '--format', 'json'], { timeout: 60_000, ...options });
}

const withKey = (findings: JsonFinding[]) => findings.filter((f) => f.ruleId === 'hardcoded-secret-key').map((f) => f.path).sort();

describe('binary and badly encoded files', () => {
  it('skips binary files, scans invalid UTF-8 and UTF-16 with and without a byte order mark', () => {
    const line = `STRIPE_SECRET_KEY=${KEY}\n`;
    const utf16le = Buffer.from(`# config\n${line}`, 'utf16le');
    const utf16be = Buffer.from(utf16le).swap16();
    const dir = project({
      'image.png': Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]), Buffer.from(line)]),
      'blob.js': Buffer.concat([Buffer.from([0, 1, 2, 3, 0xff, 0]), Buffer.from(`const k = '${KEY}';`)]),
      'random.bin.txt': Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)),
      'latin1.env': Buffer.concat([Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xff, 0xfe, 0xfd, 0x0a]), Buffer.from(line)]),
      'truncated.py': Buffer.concat([Buffer.from('s = "\xe2\x82'), Buffer.from([0xe2, 0x82]), Buffer.from(`"\nk = "${KEY}"\n`)]),
      'utf8-bom.env': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(line)]),
      'utf16le-bom.env': Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le]),
      'utf16be-bom.env': Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be]),
      'utf16le.env': utf16le,
      'utf16be.env': utf16be,
      'utf16-odd.env': Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le, Buffer.from([0x41])]),
      'lone-surrogate.js': Buffer.from(`const s = '\udc00\ud800';\nconst stripe = new Stripe('${KEY}');\n`, 'utf16le'),
    });
    const findings = completed(scanJson([dir]));
    const expected = ['latin1.env', 'lone-surrogate.js', 'truncated.py', 'utf16-odd.env', 'utf16be-bom.env', 'utf16be.env', 'utf16le-bom.env', 'utf16le.env', 'utf8-bom.env'];
    expect(withKey(findings).map((p) => path.posix.basename(p))).toEqual(expected);
    const utf16 = findings.find((f) => f.path.endsWith('/utf16be.env'))!;
    expect(utf16.start).toEqual({ line: 2, column: 19 });
    expect(JSON.stringify(findings)).not.toContain(KEY);
  });
});

describe('a 50 MB single-line minified bundle', () => {
  it('is scanned for keys only, in reasonable time, each key once with a short snippet', () => {
    const chunk = 'function a(b){return b+1};var c={d:"e",f:[1,2,3]};';
    const keys = Array.from({ length: 100 }, (_, i) => key(1000 + i));
    const filler = chunk.repeat(Math.ceil((50 * 1024 * 1024) / keys.length / chunk.length));
    const parts: string[] = ["'use strict';var stripe=require('stripe');"];
    for (const [i, k] of keys.entries()) parts.push(filler, `var k${i}="${k}";`);
    const dir = project({ 'public/app.bundle.js': parts.join('') });
    const started = Date.now();
    const result = scanJson([dir]);
    const elapsed = Date.now() - started;
    const findings = completed(result);
    expect(result.code).toBe(1);
    expect(findings.filter((f) => f.ruleId === 'hardcoded-secret-key')).toHaveLength(keys.length);
    expect(findings.every((f) => f.snippet.length <= 200 && f.start.line === 1)).toBe(true);
    expect(keys.filter((k) => result.stdout.includes(k))).toEqual([]);
    expect(elapsed).toBeLessThan(30_000); // seconds on a laptop; the bound catches quadratic work
  }, 120_000);
});

/** One syntax error per language, in files that mention Stripe so that the AST rules want to parse them. */
const BROKEN: Record<string, string> = {
  'broken.js': `const Stripe = require('stripe');\nconst stripe = new Stripe(process.env.STRIPE_SECRET_KEY);\nfunction handler(req, res) {\n  const event = req.body;\n  if (event.type === 'checkout.session.completed' {\n}\nconst k = '${KEY}';\n`,
  'broken.ts': `import Stripe from 'stripe';\nconst stripe = new Stripe('${KEY}', {});\nexport const x: = 1;\n`,
  'broken.tsx': `import Stripe from 'stripe';\nexport const C = () => <div>{new Stripe('${KEY}')</div>;\n`,
  'broken.vue': `<template><div>{{ a }</div></template>\n<script>\nimport Stripe from 'stripe';\nconst stripe = new Stripe('${KEY}');\nexport default { data() { return { a: 1 }; }\n</script>\n`,
  'broken.py': `import stripe\nstripe.api_key = "${KEY}"\ndef handler(request:\n    event = request.get_json()\n`,
  'broken.rb': `require 'stripe'\nStripe.api_key = '${KEY}'\ndef handler(params\n  event = params[:type]\n`,
  'broken.php': `<?php\n\\Stripe\\Stripe::setApiKey('${KEY}');\n$stripe = new \\Stripe\\StripeClient('${KEY}';\nfunction ( {\n`,
  'broken.go': `package main\nimport "github.com/stripe/stripe-go/v76"\nfunc main() {\n  stripe.Key = "${KEY}"\n  if {\n}\n`,
  'broken.java': `import com.stripe.Stripe;\nclass A {\n  void f() {\n    Stripe.apiKey = "${KEY}"\n  }\n`,
};

const allRulesPlan = planRules(defaultConfig());

/** True when some enabled rule of this language would parse the text (so that its syntax error must be reported). */
function wantsParse(file: string, text: string): boolean {
  const language = codeLanguageOf(file);
  return Boolean(language && allRulesPlan.prefilter.rulesFor(text).some((rule) => rule.meta.languages.includes(language)));
}

describe('syntax errors in every supported language', () => {
  it('reports each broken file once as unparsable and still finds the keys in its text', () => {
    const dir = project(BROKEN);
    const findings = completed(scanJson(['.'], { cwd: dir }));
    for (const [file, text] of Object.entries(BROKEN)) {
      expect(withKey(findings), file).toContain(file);
      const unparsable = findings.filter((f) => f.ruleId === 'unparsable-file' && f.path === file);
      expect(unparsable.length, `${file}: ${unparsable.map((f) => f.message).join('; ')}`).toBe(wantsParse(file, text) ? 1 : 0);
    }
    expect(JSON.stringify(findings)).not.toContain(KEY);
  });
});

const DEPTH = 10_000;

/** 10,000-deep nesting per language, one level per line (a single line would be treated as minified). */
function deepFiles(): Record<string, string> {
  const open = (s: string) => `${s}\n`.repeat(DEPTH);
  const mention = 'stripe Stripe webhook constructEvent apiKey api_key';
  return {
    'deep-parens.js': `// ${mention}\nconst stripe = require('stripe');\nconst x = ${open('(')}1${')'.repeat(DEPTH)};\n`,
    'deep-arrays.ts': `// ${mention}\nimport Stripe from 'stripe';\nconst x = ${open('[')}${']'.repeat(DEPTH)};\n`,
    'deep-binary.js': `// ${mention}\nconst stripe = require('stripe');\nconst x = 1${' +\n 1'.repeat(DEPTH)};\n`,
    'deep-calls.ts': `// ${mention}\nimport Stripe from 'stripe';\nconst x = ${open('f(')}${')'.repeat(DEPTH)};\n`,
    'deep-member.js': `// ${mention}\nconst stripe = require('stripe');\nconst x = a${'\n.b'.repeat(DEPTH)};\n`,
    'deep-blocks.js': `// ${mention}\nconst stripe = require('stripe');\n${open('if (a) {')}${'}'.repeat(DEPTH)}\n`,
    'deep.py': `# ${mention}\nimport stripe\nx = ${open('(')}1${')'.repeat(DEPTH)}\ny = 1${' + \\\n 1'.repeat(DEPTH)}\n`,
    'deep.rb': `# ${mention}\nrequire 'stripe'\nx = ${open('[')}${']'.repeat(DEPTH)}\n`,
    'deep.php': `<?php\n// ${mention}\n$x = ${open('(')}1${')'.repeat(DEPTH)};\n`,
    'deep.go': `package main\n// ${mention}\nvar x = ${open('(')}1${')'.repeat(DEPTH)}\n`,
    'deep.java': `// ${mention}\nclass A { int x = ${open('(')}1${')'.repeat(DEPTH)}; }\n`,
  };
}

describe('10,000-deep nesting', () => {
  it('never overflows the stack: each file is analysed or reported once as unparsable', () => {
    const files = deepFiles();
    const dir = project({ ...files, 'one-line.js': `const stripe = require('stripe'); const x = ${'('.repeat(DEPTH)}1${')'.repeat(DEPTH)};\n` });
    const main = scanJson(['.', '--jobs', '1'], { cwd: dir });
    const findings = completed(main);
    for (const f of findings.filter((f) => f.ruleId === 'unparsable-file')) expect(Object.keys(files), f.message).toContain(f.path);
    // Worker threads have a larger stack than the main thread: the verdicts must not depend on it.
    const pool = scanJson(['.', '--jobs', '2'], { cwd: dir, env: { STRIPE_GUARD_INLINE_MAX_FILES: '0' } });
    completed(pool);
    expect(pool.stdout).toBe(main.stdout);
  });

  /** A probe rule of every language that recurses through the tree, as a careless rule would. */
  function recursiveProbe(): AnyRule {
    const languages: CodeLanguage[] = ['js', 'python', 'ruby', 'php', 'go', 'java'];
    const visitTs = (ts: { forEachChild: (n: unknown, f: (c: unknown) => void) => void }, node: unknown): number => {
      let count = 1;
      ts.forEachChild(node, (child) => {
        count += visitTs(ts, child);
      });
      return count;
    };
    const visitTree = (node: { children: unknown[] }): number => 1 + node.children.reduce<number>((n, c) => n + visitTree(c as { children: unknown[] }), 0);
    const checks = Object.fromEntries(
      languages.map((language) => [
        language,
        (file: { ts?: never; sourceFile?: unknown; root?: { children: unknown[] } }, context: { fact: (k: string) => void }) => {
          const n = file.sourceFile ? visitTs(file.ts as never, file.sourceFile) : visitTree(file.root!);
          context.fact(`walked:${n}`);
        },
      ]),
    );
    return { meta: { id: 'hardcoded-secret-key', level: 'warning', languages, keywords: [], messages: {} }, checks } as unknown as AnyRule;
  }

  it('a rule that recurses through a 10,000-deep tree gives one unparsable-file finding, not a crash or one per rule', async () => {
    const probes = [recursiveProbe(), recursiveProbe()];
    const plan: RulePlan = { rules: probes, levels: new Map(), prefilter: new Prefilter(probes), settings: { secretNames: [] } };
    for (const [file, text] of Object.entries(deepFiles())) {
      const result = await analyzeFile({ path: file, content: Buffer.from(text) }, plan);
      const diagnostics = result.findings.filter((f) => f.ruleId === 'unparsable-file' || f.ruleId === 'rule-error');
      expect(diagnostics.length, `${file}: ${diagnostics.map((d) => d.message).join('; ')}`).toBeLessThanOrEqual(1);
      expect(diagnostics.every((d) => d.ruleId === 'unparsable-file' && d.level === 'warning')).toBe(true);
    }
    // The parsers are still sound afterwards (the TypeScript parser keeps module state).
    const after = await analyzeFile({ path: 'ok.ts', content: Buffer.from('const a = (1 + 2);\n') }, plan);
    expect(after.findings).toEqual([]);
    expect(after.facts.length).toBe(2);
  }, 60_000);
});

describe('very long lines', () => {
  it('finds keys at the start, middle and end of a 900 KB line, with short snippets', () => {
    const filler = 'x'.repeat(300_000);
    const keys = [key(21), key(22), key(23)];
    const dir = project({
      'long.txt': `${keys[0]} ${filler} ${keys[1]} ${filler} ${keys[2]}`,
      'long.py': `import stripe\nx = "${'a'.repeat(900_000)}"\nstripe.api_key = "${key(24)}"\n`,
      'spaces.md': `<!-- stripe-guard-ignore ${' '.repeat(500_000)}x\n${' '.repeat(500_000)}-->\n`,
    });
    const result = scanJson(['.'], { cwd: dir });
    const findings = completed(result);
    const long = findings.filter((f) => f.path === 'long.txt');
    expect(long.map((f) => f.start.column)).toEqual([1, 300_035, 600_069]);
    expect(findings.every((f) => f.snippet.length <= 200)).toBe(true);
    expect(withKey(findings)).toContain('long.py');
    for (const k of [...keys, key(24)]) expect(result.stdout).not.toContain(k);
  });
});

describe('odd file names', () => {
  const names = ['with space.env', 'ünïcødé-ключ-鍵.env', 'new\nline.env', '-leading-dash.env', '--double.env', '::error::pwned.env', 'back\\slash.env', 'star*[x]?.env', '#hash%20.env', "quote'\"`$(touch x).env", 'tab\there.env'];

  it('scans and reports every file whatever its name, in JSON and SARIF', () => {
    const files = Object.fromEntries(names.map((name, i) => [name, `STRIPE_SECRET_KEY=${key(100 + i)}\n`]));
    const dir = project(files);
    writeFileSync(Buffer.concat([Buffer.from(`${dir}/`), Buffer.from([0x66, 0xff, 0xfe, 0x2e, 0x65, 0x6e, 0x76])]), `STRIPE_SECRET_KEY=${key(99)}\n`);
    const findings = completed(scanJson(['.'], { cwd: dir }));
    expect(withKey(findings)).toEqual([...names, 'f\ufffd\ufffd.env'].sort());
    const sarif = cli(['scan', '.', '--format', 'sarif'], { cwd: dir });
    expect(sarif.code).toBe(1);
    const uris = JSON.parse(sarif.stdout).runs[0].results.map((r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => r.locations[0]!.physicalLocation.artifactLocation.uri);
    expect(uris).toHaveLength(names.length + 1);
    for (const uri of uris) expect(uri).not.toMatch(/[\s"`\\]/);
    expect(() => readFileSync(path.join(dir, 'x'))).toThrow(); // the name was never run by a shell
  });

  it('takes a path argument that starts with a dash after `--`', () => {
    const dir = project({ '-leading-dash.env': `A=${KEY}\n`, '--rule.env': `A=${key(12)}\n` });
    const findings = completed(cli(['scan', '--format', 'json', '--', '-leading-dash.env', '--rule.env'], { cwd: dir }));
    expect(withKey(findings)).toEqual(['--rule.env', '-leading-dash.env']);
    expect(cli(['scan', '-leading-dash.env'], { cwd: dir }).code).toBe(2); // without `--` it is an unknown option
  });
});

describe('symlinks', () => {
  it('survives loops and never follows a link out of the root', () => {
    const outside = project({ 'secret.env': `A=${key(31)}\n`, 'dir/secret.env': `A=${key(32)}\n` });
    const dir = project({ 'inside.env': `A=${KEY}\n`, 'sub/inside.env': `A=${key(33)}\n` });
    symlinkSync('.', path.join(dir, 'self'));
    symlinkSync('..', path.join(dir, 'sub', 'parent'));
    symlinkSync('loop-b', path.join(dir, 'loop-a'));
    symlinkSync('loop-a', path.join(dir, 'loop-b'));
    symlinkSync('missing-target', path.join(dir, 'dangling.env'));
    symlinkSync(path.join(outside, 'secret.env'), path.join(dir, 'outside.env'));
    symlinkSync(path.join(outside, 'dir'), path.join(dir, 'outside-dir'));
    symlinkSync('inside.env', path.join(dir, 'alias.env'));
    const result = scanJson(['.'], { cwd: dir });
    const findings = completed(result);
    expect(withKey(findings)).toEqual(['inside.env', 'sub/inside.env']);
    expect(result.stdout).not.toContain('outside');
  });
});

describe('unreadable, special and vanishing files', () => {
  const isRoot = process.getuid?.() === 0;

  it(`chmod 000: ${isRoot ? 'root reads it anyway, so it is scanned' : 'reported once as unreadable'}; the scan goes on`, () => {
    const dir = project({ 'locked.env': `A=${KEY}\n`, 'open.env': `A=${key(41)}\n` });
    chmodSync(path.join(dir, 'locked.env'), 0o000);
    mkdirSync(path.join(dir, 'locked-dir'));
    writeFileSync(path.join(dir, 'locked-dir', 'x.env'), `A=${key(42)}\n`);
    chmodSync(path.join(dir, 'locked-dir'), 0o000);
    try {
      const findings = completed(scanJson(['.'], { cwd: dir }));
      if (isRoot) {
        expect(withKey(findings)).toEqual(['locked-dir/x.env', 'locked.env', 'open.env']);
      } else {
        expect(withKey(findings)).toEqual(['open.env']);
        expect(findings.filter((f) => f.ruleId === 'unreadable-file').map((f) => f.path)).toEqual(['locked.env']);
      }
    } finally {
      chmodSync(path.join(dir, 'locked-dir'), 0o755);
    }
  });

  it('a bundle too large to hold in memory is reported once as unreadable, without being read', () => {
    const dir = project({ 'public/huge.bundle.js': `var k="${KEY}";` });
    truncateSync(path.join(dir, 'public/huge.bundle.js'), 300 * 1024 * 1024); // sparse: nothing written
    const started = Date.now();
    const findings = completed(scanJson(['.'], { cwd: dir }));
    expect(findings.map((f) => [f.ruleId, f.path])).toEqual([['unreadable-file', 'public/huge.bundle.js']]);
    expect(findings[0]!.message).toMatch(/300 MiB/);
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('never opens a FIFO (reading one blocks forever)', () => {
    const dir = project({ 'a.env': `A=${KEY}\n` });
    const fifo = spawnSync('mkfifo', [path.join(dir, 'pipe.env')]);
    if (fifo.status !== 0) return; // no mkfifo on this system
    const started = Date.now();
    expect(withKey(completed(scanJson(['.'], { cwd: dir })))).toEqual(['a.env']);
    const explicit = scanJson(['pipe.env', 'a.env'], { cwd: dir, timeout: 20_000 });
    expect(withKey(completed(explicit))).toEqual(['a.env']);
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('a file deleted (or turned into a folder) after it was listed is reported once as unreadable', async () => {
    const dir = project({ 'gone.js': "const stripe = require('stripe');\n", 'folder.env/x': '' });
    rmSync(path.join(dir, 'gone.js'));
    const plan = planRules(defaultConfig());
    for (const file of ['gone.js', 'folder.env']) {
      const result = await analyzeFile({ path: file, absolutePath: path.join(dir, file) }, plan);
      expect(result.findings.map((f) => [f.ruleId, f.level, f.path])).toEqual([['unreadable-file', 'warning', file]]);
      expect(result.findings[0]!.message).not.toContain(dir); // no absolute path of the machine in the report
    }
  });
});

describe('repository states', () => {
  const KEY_RULES = ['--rule', 'hardcoded-secret-key,hardcoded-webhook-secret'];

  /** Runs the scan in each git mode (an unbuilt one answers "not built yet"). */
  function modes(r: Repo, all = [[], ['--staged'], ['--since', 'HEAD'], ['--history']]): { args: string[]; result: CliResult }[] {
    return all.map((args) => ({ args, result: cli(['scan', ...args, ...KEY_RULES, '--format', 'json'], { cwd: r.dir, timeout: 60_000 }) }));
  }
  const WITHOUT_HEAD = [[], ['--staged'], ['--history']]; // --since needs a commit to compare with

  it('an empty repository, one with no commits, a detached HEAD and a shallow clone all scan', () => {
    const repos: Repo[] = [];
    try {
      const empty = new Repo();
      repos.push(empty);
      for (const { args, result } of modes(empty, WITHOUT_HEAD)) {
        expect(completed(result), `empty ${args.join(' ')}`).toEqual([]);
      }

      const unborn = new Repo();
      repos.push(unborn);
      unborn.write('app.env', `A=${KEY}\n`);
      unborn.git('add', 'app.env');
      for (const { args, result } of modes(unborn, WITHOUT_HEAD)) {
        if (/not built yet/.test(result.stderr)) continue;
        const expected = args[0] === '--history' ? [] : ['app.env'];
        expect(withKey(completed(result)), `no commits ${args.join(' ')}`).toEqual(expected);
      }

      const detached = new Repo();
      repos.push(detached);
      detached.write('app.env', `A=${KEY}\n`);
      detached.commitAll('one');
      detached.write('b.env', `B=${key(51)}\n`);
      detached.commitAll('two');
      detached.git('checkout', '-q', '--detach', 'HEAD~1');
      for (const { args, result } of modes(detached, [[], ['--staged'], ['--history']])) {
        if (/not built yet/.test(result.stderr)) continue;
        // --history reads every ref, not only the detached HEAD.
        const expected = args[0] === '--staged' || args[0] === '--since' ? [] : args[0] === '--history' ? ['app.env', 'b.env'] : ['app.env'];
        expect(withKey(completed(result)), `detached ${args.join(' ')}`).toEqual(expected);
      }

      const shallow = new Repo();
      repos.push(shallow);
      const origin = new Repo();
      repos.push(origin);
      origin.write('old.env', `A=${key(52)}\n`);
      origin.commitAll('old');
      origin.write('old.env', 'A=\n');
      origin.write('new.env', `B=${key(53)}\n`);
      origin.commitAll('new');
      rmSync(shallow.dir, { recursive: true, force: true });
      const clone = spawnSync('git', ['clone', '-q', '--depth', '1', `file://${origin.dir}`, shallow.dir], { encoding: 'utf8' });
      expect(clone.status, clone.stderr).toBe(0);
      for (const { args, result } of modes(shallow)) {
        if (/not built yet/.test(result.stderr)) continue;
        const expected = args[0] === '--staged' || args[0] === '--since' ? [] : ['new.env'];
        expect(withKey(completed(result)), `shallow ${args.join(' ')}`).toEqual(expected);
      }
    } finally {
      for (const r of repos) r.remove();
    }
  });

  it('.gitignore does not hide a tracked file (a key committed with `git add -f`); it does hide untracked ones', () => {
    const r = new Repo();
    try {
      r.write('.gitignore', '*.env\nsecrets/\n');
      r.write('forced.env', `A=${KEY}\n`);
      r.write('secrets/forced.yml', `a: ${key(61)}\n`);
      r.write('untracked.env', `A=${key(62)}\n`);
      r.git('add', '-f', 'forced.env', 'secrets/forced.yml');
      r.git('add', '.gitignore');
      expect(withKey(completed(scanJson(['.'], { cwd: r.dir })))).toEqual(['forced.env', 'secrets/forced.yml']);
      expect(withKey(completed(scanJson(['secrets'], { cwd: r.dir })))).toEqual(['secrets/forced.yml']);
    } finally {
      r.remove();
    }
  });

  it('an empty folder and a scan root that is a file', () => {
    const dir = project({ 'only.env': `A=${KEY}\n` });
    mkdirSync(path.join(dir, 'empty'));
    const empty = scanJson(['empty'], { cwd: dir });
    expect(completed(empty)).toEqual([]);
    expect(empty.code).toBe(0);
    expect(withKey(completed(scanJson(['only.env'], { cwd: dir })))).toEqual(['only.env']);
    expect(withKey(completed(scanJson([path.join(dir, 'only.env')])))).toEqual(['only.env']);
  });
});
