/**
 * Output is deterministic (SPEC §5): the same tree scanned twice gives byte-identical JSON and SARIF —
 * no timestamps, durations, absolute paths or random ids, and a stable order — also for a tree with
 * many findings in many files, and wherever on disk the tree sits. (`--jobs 1` against `--jobs N`
 * is test/determinism.test.ts.)
 */
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, tempDir } from './cli-support.js';

const BASE62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

function body(length: number, seed: number): string {
  let state = seed;
  let out = '';
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    out += BASE62[state % 62];
  }
  return out;
}

/** 60 files over every language, several findings each (keys, code rules, suppressions, diagnostics). */
function manyFindings(): string {
  const dir = tempDir('sg-repro-');
  const templates: [string, (k: string, i: number) => string][] = [
    ['ts', (k, i) => `import Stripe from 'stripe';\nconst stripe = new Stripe('${k}');\nconsole.log(process.env.STRIPE_SECRET_KEY, ${i});\nfetch(\`/x?key=\${process.env.STRIPE_SECRET_KEY}\`);\n`],
    ['js', (k) => `const stripe = require('stripe')('${k}');\nmodule.exports = (req, res) => { const event = req.body; if (event.type === 'invoice.paid') res.json(process.env); };\n`],
    ['py', (k) => `import stripe\nstripe.api_key = "${k}"\nprint(os.environ["STRIPE_SECRET_KEY"])\n`],
    ['rb', (k) => `require 'stripe'\nStripe.api_key = '${k}'\nputs ENV['STRIPE_SECRET_KEY']\n`],
    ['php', (k) => `<?php\n\\Stripe\\Stripe::setApiKey('${k}');\n`],
    ['go', (k) => `package main\nimport "github.com/stripe/stripe-go/v76"\nfunc main() { stripe.Key = "${k}" }\n`],
    ['java', (k) => `import com.stripe.Stripe;\nclass A { static { Stripe.apiKey = "${k}"; } }\n`],
    ['env', (k) => `STRIPE_SECRET_KEY=${k}\nNEXT_PUBLIC_STRIPE_SECRET=${k}\nWH=whsec_${body(32, k.length)}\n`],
    ['md', (k) => `<!-- stripe-guard-ignore hardcoded-secret-key -- revoked -->\n${k}\n<!-- stripe-guard-ignore -->\n${k} ${k}\n`],
    ['js', () => `const stripe = require('stripe');\nfunction (\n`],
  ];
  for (let i = 0; i < 60; i++) {
    const [ext, make] = templates[i % templates.length]!;
    const file = path.join(dir, `pkg${i % 7}`, `sub${i % 3}`, `file-${i}.${ext}`);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, make(`sk_${i % 2 ? 'live' : 'test'}_${body(24, i + 1)}`, i));
  }
  return dir;
}

describe('the same tree gives byte-identical reports', () => {
  const generated = manyFindings();
  const elsewhere = path.join(tempDir('sg-repro-copy-'), 'deeper', 'checkout');
  cpSync(generated, elsewhere, { recursive: true });

  for (const format of ['json', 'sarif']) {
    it(`${format}: a tree with many findings in many files, scanned twice (the second time from another place on disk)`, () => {
      const first = cli(['scan', '.', '--format', format, '--include-suppressed'], { cwd: generated });
      const second = cli(['scan', '.', '--format', format, '--include-suppressed'], { cwd: elsewhere });
      expect(first.code, first.stderr).toBe(1);
      expect(second.stdout).toBe(first.stdout);
      expect(first.stdout).not.toContain(generated);
      const report = JSON.parse(first.stdout);
      const results: { path?: string; start?: { line: number; column: number } }[] = format === 'json' ? report.findings : report.runs[0].results;
      expect(results.length).toBeGreaterThan(100);
      expect(first.stdout).not.toMatch(/"(startTime|endTime|timestamp|date|durationMs|elapsed)"\s*:/i);
      if (format === 'json') {
        const keys = results.map((f) => [f.path!, f.start!.line, f.start!.column] as const);
        const sorted = [...keys].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1] || a[2] - b[2]));
        expect(keys).toEqual(sorted);
      }
    });
  }
});
