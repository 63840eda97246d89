/**
 * Prefilter strategies compared on the files of a generated tree (those a scan reads), with the
 * keywords of the registered rules: one `includes` per keyword (and per rule, as the first engine
 * did), one plain alternation regex, and src/prefilter.ts (one trie-factored regex, narrowing as
 * rules become candidates).   node bench/prefilter-micro.mjs [tree]   (after `npm run build`)
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { rules } from '../dist/rules/index.js';
import { Prefilter, SUPPRESSION_MARKER } from '../dist/src/prefilter.js';

const dir = path.resolve(process.argv[2] ?? '/tmp/sg-bench-tree');
const { manifest } = JSON.parse(readFileSync(path.join(dir, '.git', 'bench-manifest.json'), 'utf8'));
const texts = manifest.filter((f) => f.kind !== 'lock' && f.kind !== 'binary').map((f) => readFileSync(path.join(dir, f.path), 'utf8'));
const total = texts.reduce((s, t) => s + t.length, 0);
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const keywords = [...new Set([...rules.flatMap((r) => r.meta.keywords), SUPPRESSION_MARKER])];
const alternation = new RegExp(keywords.map(escape).join('|'));

function bench(name, fn) {
  let passed = 0;
  let best = Infinity;
  for (let round = 0; round < 3; round++) {
    passed = 0;
    const t = performance.now();
    for (const text of texts) passed += fn(text);
    best = Math.min(best, performance.now() - t);
  }
  console.log(`${name.padEnd(52)} ${best.toFixed(0).padStart(6)} ms  ${passed} rule candidates`);
}

console.log(`${texts.length} files, ${(total / 1e6).toFixed(1)} MB, ${rules.length} rules, ${keywords.length} distinct keywords`);
bench('includes, per rule per keyword (first engine)', (t) => rules.filter((r) => r.meta.keywords.some((k) => t.includes(k))).length);
bench('one alternation regex (any rule at all)', (t) => (alternation.test(t) ? 1 : 0));
const prefilter = new Prefilter(rules);
bench('src/prefilter.ts (trie regex, narrowing)', (t) => prefilter.match(t).rules.length);
