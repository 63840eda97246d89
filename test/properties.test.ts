/**
 * Property tests (fast-check): no key of any shape, written anywhere in any language, leaves the tool
 * unredacted (every reporter, baselines, error messages with --verbose); no byte string crashes the
 * analysis of a file of any extension. In-process runs are many; CLI runs are a handful.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import fg from 'fast-glob';
import { describe, expect, it } from 'vitest';
import { rules as allRules } from '../rules/index.js';
import { analyzeFile } from '../src/analyze.js';
import { writeBaseline } from '../src/baseline.js';
import { defaultConfig } from '../src/config.js';
import { engineDocs, type RuleDoc } from '../src/docs.js';
import type { Finding } from '../src/finding.js';
import type { CodeLanguage } from '../src/languages.js';
import { parserFor, type Parser } from '../src/parse/index.js';
import { planRules } from '../src/plan.js';
import type { Reporter } from '../src/report/types.js';
import { cli, tempDir } from './cli-support.js';
import { ROOT } from './support.js';

const BASE62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const plan = planRules(defaultConfig());
const docs: RuleDoc[] = [...allRules.map((rule) => rule.meta as RuleDoc), ...engineDocs()];

/** Every reporter the build has (text, json, sarif, github, …), found by name so that new ones are covered. */
async function reporters(): Promise<[string, Reporter][]> {
  const found: [string, Reporter][] = [];
  for (const file of fg.sync('src/report/*.ts', { cwd: ROOT })) {
    const module = (await import(path.join(ROOT, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(module)) if (name.endsWith('Reporter') && typeof value === 'function') found.push([name, value as Reporter]);
  }
  return found;
}

/** A fake key body: random base62 that does not look like a placeholder (mixed classes, no long runs). */
const keyBody = (length: number) =>
  fc
    .array(fc.constantFrom(...BASE62), { minLength: length, maxLength: length })
    .map((chars) => chars.join(''))
    .filter((body) => /[A-Z]/.test(body) && /[a-z]/.test(body) && /[0-9]/.test(body) && new Set(body).size >= Math.min(12, length / 2));

/** Keys of every shape: sk/rk, live/test, 24/34/99-character bodies; webhook secrets. */
const anyKey = fc.oneof(
  fc.tuple(fc.constantFrom('sk_live_', 'sk_test_', 'rk_live_', 'rk_test_'), fc.constantFrom(24, 34, 99)).chain(([prefix, length]) => keyBody(length).map((body) => prefix + body)),
  keyBody(32).map((body) => `whsec_${body}`),
);

/** Ways code of each language holds a key. */
const PLACES: Record<string, ((k: string) => string)[]> = {
  'app.ts': [
    (k) => `import Stripe from 'stripe';\nconst stripe = new Stripe('${k}', { apiVersion: '2024-06-20' });\n`,
    (k) => `const url = \`https://api.example.com/check?key=${k}&x=\${1}\`;\nconsole.log("${k}", { metadata: { token: '${k}' } });\n`,
    (k) => `// old key: ${k}\nexport const env = { STRIPE_SECRET_KEY: "${k}" };\n`,
  ],
  'component.tsx': [(k) => `'use client';\nexport const C = () => <div data-k="${k}">{loadStripe('${k}')}</div>;\n`],
  'page.vue': [(k) => `<template><p>${k}</p></template>\n<script setup>\nconst stripe = Stripe('${k}');\n</script>\n`],
  'app.py': [
    (k) => `import stripe\nstripe.api_key = "${k}"\nrequests.get(f"https://x.test/?api_key=${k}")\n`,
    (k) => `# ${k}\nprint("${k}")\nlogging.info('%s', '${k}')\n`,
  ],
  'app.rb': [(k) => `require 'stripe'\nStripe.api_key = '${k}'\nputs "${k}"\nRails.logger.info("#{'${k}'}")\n`],
  'app.php': [(k) => `<?php\n\\Stripe\\Stripe::setApiKey('${k}');\n$c = new \\Stripe\\StripeClient("${k}");\n`],
  'main.go': [(k) => `package main\nimport "github.com/stripe/stripe-go/v76"\nfunc main() { stripe.Key = "${k}" }\n`],
  'App.java': [(k) => `import com.stripe.Stripe;\nclass App { static { Stripe.apiKey = "${k}"; } }\n`],
  '.env': [(k) => `STRIPE_SECRET_KEY=${k}\nNEXT_PUBLIC_STRIPE_KEY=${k}\n`],
  'config.yml': [(k) => `stripe:\n  secret: ${k}\n  other: "${k}" # ${k}\n`],
  'notes.md': [(k) => `Use \`${k}\`, then ${k}.\n<!-- stripe-guard-ignore hardcoded-secret-key -- ${k} -->\n${k}\n`],
};

/** Random surrounding text: code-like tokens, unicode, long runs (to push keys past the snippet window). */
const noise = fc
  .array(fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('\n', '  ', '"', "'", '`', '(', ')', '{', '}', ';', '//', '#', '/*', '*/', 'stripe', 'x'.repeat(120), '\u00e9\u4e2d', '\t')), { maxLength: 12 })
  .map((parts) => parts.join(''));

/** A file: a place for the key in a language, noise before, after and on the same line, sometimes a second key on the line. */
const keyFile = fc
  .tuple(fc.constantFrom(...Object.keys(PLACES)), fc.nat(), anyKey, anyKey, noise, noise, noise, fc.boolean())
  .map(([file, which, key, other, before, middle, after, twoOnALine]) => {
    const places = PLACES[file]!;
    const code = places[which % places.length]!(key);
    const line = twoOnALine ? `${other} ${middle} ${key} ${middle}\n` : '';
    return { file, key, keys: twoOnALine ? [key, other] : [key], text: `${before}\n${line}${code}${after}\n` };
  });

/** A key leaks when its full value, or any 12 characters of its body, are printed. */
function leaks(output: string, keys: readonly string[]): string[] {
  const found: string[] = [];
  for (const key of keys) {
    const body = key.replace(/^(?:(?:sk|rk)_(?:live|test)_|whsec_)/, '');
    for (let i = 0; i + 12 <= body.length; i++) {
      if (output.includes(body.slice(i, i + 12))) {
        found.push(`${key.slice(0, 8)}… (body from ${i}) in ${JSON.stringify(output.slice(Math.max(0, output.indexOf(body.slice(i, i + 12)) - 40), output.indexOf(body.slice(i, i + 12)) + 20))}`);
        break;
      }
    }
  }
  return found;
}

describe('no key leaks, whatever the code around it', async () => {
  const all = await reporters();

  it('finds the reporters to check', () => {
    expect(all.map(([name]) => name)).toEqual(expect.arrayContaining(['textReporter', 'jsonReporter', 'sarifReporter']));
  });

  it('in every reporter, with and without color and suppressed findings, and in baselines', async () => {
    const baselineDir = tempDir('sg-prop-');
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(keyFile, async ({ file, keys, text }) => {
        const result = await analyzeFile({ path: file, content: Buffer.from(text) }, plan);
        const findings: Finding[] = [...result.findings, ...result.conditional.map((c) => c.finding)];
        const input = { findings, rules: docs, filesScanned: 1, suppressedCount: 0, toolVersion: '0.0.0' };
        const outputs = all.flatMap(([name, reporter]) => [
          [name, reporter(input, { color: false, githubActions: false })],
          [`${name} (color)`, reporter(input, { color: true, githubActions: true })],
        ]);
        const baseline = path.join(baselineDir, `b${runs++ % 4}.json`);
        writeBaseline(baseline, findings);
        outputs.push(['baseline', readFileSync(baseline, 'utf8')]);
        for (const [name, output] of outputs) expect(leaks(output!, keys), `${name} of ${file}:\n${text}`).toEqual([]);
      }),
      { numRuns: 200, seed: 4242 },
    );
  }, 120_000);
});

/** Files of every extension the tool knows (and some it does not). */
const EXTENSIONS = ['.js', '.jsx', '.mjs', '.cjs', '.ts', '.tsx', '.mts', '.vue', '.svelte', '.py', '.rb', '.rake', '.php', '.go', '.java', '.env', '.json', '.yml', '.md', '.html', '.sql', '.txt', ''];
const NAMES = ['Gemfile', 'Rakefile', 'config.ru', 'Dockerfile', '.env.local'];

/** Code-flavoured fragments, so that the prefilter lets random files through to the parsers and rules. */
const FRAGMENTS = [
  'stripe', 'Stripe', "new Stripe('", "require('stripe')", 'import stripe', 'require "stripe"', '<?php ', '\\Stripe\\Stripe::setApiKey(', 'stripe.Key = ', 'Stripe.apiKey = ',
  'constructEvent(', 'construct_event(', 'webhook', 'event.type', "case 'checkout.session.completed':", 'req.body', 'request.json', 'params[:amount]', 'metadata', 'amount',
  'process.env.STRIPE_SECRET_KEY', 'os.environ["STRIPE_SECRET_KEY"]', 'console.log(', 'print(', 'puts ', 'res.json(process.env)', 'apiVersion', 'api_version',
  'sk_live_', 'sk_test_', 'whsec_', 'stripe-guard-ignore ', ' -- ', '(', ')', '{', '}', '[', ']', '"', "'", '`', '${', '#{', '\n', '\r\n', '/*', '*/', '//', '#', '<script>', '</script>',
  'def ', 'end', 'func ', 'class ', 'function ', '=>', 'async ', 'await ', 'if ', 'else', ';', ',', '.', ':', '=', '\\', '\u0000', '\ufeff', '\ud800',
];

const randomFile = fc.tuple(
  fc.oneof(fc.constantFrom(...EXTENSIONS).map((ext) => `src/file${ext}`), fc.constantFrom(...NAMES)),
  fc.oneof(
    fc.uint8Array({ maxLength: 3000 }).map((bytes) => Buffer.from(bytes)),
    fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 12 }), fc.stringMatching(/^[A-Za-z0-9_]{24,40}$/)), { maxLength: 150 }).map((parts) => Buffer.from(parts.join(''))),
    fc.tuple(fc.uint8Array({ maxLength: 200 }), fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 80 })).map(([bytes, parts]) => Buffer.concat([Buffer.from(parts.join('')), Buffer.from(bytes)])),
  ),
);

describe('random input never crashes the analysis', () => {
  it('analyzeFile resolves with well-formed findings for random bytes and code-like text of every extension', async () => {
    await fc.assert(
      fc.asyncProperty(randomFile, async ([file, content]) => {
        const result = await analyzeFile({ path: file, content }, plan);
        const findings = [...result.findings, ...result.conditional.map((c) => c.finding)];
        expect(findings.filter((f) => f.ruleId === 'rule-error').map((f) => f.message), file).toEqual([]);
        for (const f of findings) {
          expect(f.start.line).toBeGreaterThanOrEqual(1);
          expect(f.start.column).toBeGreaterThanOrEqual(1);
          expect(f.fingerprint).toMatch(/^[0-9a-f]{32}$/);
          expect(f.path).toBe(file);
        }
        expect(findings.filter((f) => f.ruleId === 'unparsable-file').length).toBeLessThanOrEqual(1);
      }),
      { numRuns: 400, seed: 777 },
    );
  }, 120_000);
});

describe('the parsers never throw anything but their own ParseError', () => {
  it('for random bytes and code-like text in every language', async () => {
    const { ParseError: JsParseError } = await import('../src/parse/javascript.js');
    const { ParseError: TreeSitterParseError } = await import('../src/parse/tree-sitter.js');
    const files: Record<string, CodeLanguage> = { 'a.js': 'js', 'a.ts': 'js', 'a.tsx': 'js', 'a.vue': 'js', 'a.py': 'python', 'a.rb': 'ruby', 'a.php': 'php', 'a.go': 'go', 'a.java': 'java' };
    const parsers = new Map<CodeLanguage, Parser<CodeLanguage>>();
    for (const language of new Set(Object.values(files))) parsers.set(language, await parserFor(language));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...Object.keys(files)), randomFile.map(([, content]) => content.toString('utf8')), async (file, text) => {
        try {
          parsers.get(files[file]!)!({ path: file, text });
        } catch (error) {
          expect(error instanceof JsParseError || error instanceof TreeSitterParseError, `${file}: ${String(error)}`).toBe(true);
        }
      }),
      { numRuns: 300, seed: 31337 },
    );
  }, 120_000);
});

describe('no key leaks through the CLI', () => {
  /** A project with keys in every language, some suppressed; the same keys used to provoke errors. */
  const samples = fc.sample(fc.tuple(keyFile, keyFile, keyFile), { numRuns: 4, seed: 99 }).flat();
  const dir = tempDir('sg-prop-cli-');
  for (const [i, sample] of samples.entries()) {
    const file = path.join(dir, `p${i}`, sample.file);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, sample.text);
  }
  const keys = samples.flatMap((s) => s.keys);
  const key = samples[0]!.key;

  const formats = ['text', 'json', 'sarif', 'github'];
  for (const format of formats) {
    it(`in --format ${format} with --verbose and --include-suppressed (also under GitHub Actions)`, () => {
      const result = cli(['scan', '.', '--format', format, '--verbose', '--include-suppressed'], { cwd: dir, env: { FORCE_COLOR: format === 'text' ? '1' : '', GITHUB_ACTIONS: 'true' } });
      if (result.code === 2 && /argument '\w+' is invalid|Allowed choices/.test(result.stderr)) return; // format not built
      expect(result.code).toBe(1);
      expect(leaks(result.stdout + result.stderr, keys)).toEqual([]);
    });
  }

  it('in a baseline file', () => {
    const baseline = path.join(dir, 'baseline.json');
    expect(cli(['scan', '.', '--write-baseline', baseline, '--verbose'], { cwd: dir }).code).toBe(0);
    expect(leaks(readFileSync(baseline, 'utf8'), keys)).toEqual([]);
  });

  it('in error messages, with --verbose', () => {
    writeFileSync(path.join(dir, `${key}.json`), `{"rules": {"${key}": "off"}, "${key}": 1}`);
    const attempts = [
      ['scan', '.', '--verbose', '--config', `${key}.json`],
      ['scan', '.', '--verbose', '--config', `missing-${key}.json`],
      ['scan', '.', '--verbose', '--rule', key],
      ['scan', `no-such-${key}`, '--verbose'],
      ['scan', '.', '--verbose', '--baseline', `missing-${key}.json`],
      ['scan', '.', '--verbose', '--output', path.join(dir, `no-dir-${key}`, 'out.txt')],
      ['scan', '.', '--verbose', '--since', key],
      ['explain', key],
    ];
    for (const args of attempts) {
      const result = cli(args, { cwd: dir });
      expect(result.code, args.join(' ')).toBe(2);
      expect(leaks(result.stdout + result.stderr, [key]), args.join(' ')).toEqual([]);
    }
  });
});
