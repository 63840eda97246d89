/**
 * Prefilter strategies compared on the files of a generated tree (those a scan reads), with the
 * keywords of the registered rules: one `includes` per keyword (and per rule, as the first engine
 * did), one plain alternation regex over the decoded text, and src/prefilter.ts (a table of each
 * keyword's rarest three bytes, over the undecoded bytes).
 *   node bench/prefilter-micro.mjs [tree]   (after `npm run build`)
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { rules } from '../dist/rules/index.js';
import { Prefilter, SUPPRESSION_MARKER } from '../dist/src/prefilter.js';

const dir = path.resolve(process.argv[2] ?? '/tmp/sg-bench-tree');
const { manifest } = JSON.parse(readFileSync(path.join(dir, '.git', 'bench-manifest.json'), 'utf8'));
const files = manifest.filter((f) => f.kind !== 'lock' && f.kind !== 'binary').map((f) => readFileSync(path.join(dir, f.path)));
const texts = files.map((bytes) => bytes.toString('utf8'));
const total = files.reduce((s, b) => s + b.length, 0);
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const keywords = [...new Set([...rules.flatMap((r) => r.meta.keywords), SUPPRESSION_MARKER])];
const alternation = new RegExp(keywords.map(escape).join('|'));

function bench(name, fn, inputs = texts) {
  let passed = 0;
  let best = Infinity;
  for (let round = 0; round < 3; round++) {
    passed = 0;
    const t = performance.now();
    for (const input of inputs) passed += fn(input);
    best = Math.min(best, performance.now() - t);
  }
  console.log(`${name.padEnd(52)} ${best.toFixed(0).padStart(6)} ms  ${passed} rule candidates`);
}

console.log(`${texts.length} files, ${(total / 1e6).toFixed(1)} MB, ${rules.length} rules, ${keywords.length} distinct keywords`);
bench('includes, per rule per keyword (first engine)', (t) => rules.filter((r) => r.meta.keywords.some((k) => t.includes(k))).length);
bench('one alternation regex (any rule at all)', (t) => (alternation.test(t) ? 1 : 0));
const prefilter = new Prefilter(rules);
bench('src/prefilter.ts (rare-trigram table, bytes)', (b) => prefilter.match(b).rules.length, files);
