/**
 * Prefilter strategies compared on the files of a generated tree (those a scan would read):
 * one `includes` per keyword vs one combined regex, on decoded text or on raw bytes.
 *   node bench/prefilter-micro.mjs <tree>
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

const dir = path.resolve(process.argv[2] ?? '/tmp/sg-bench-tree');
const { manifest } = JSON.parse(readFileSync(path.join(dir, '.git', 'bench-manifest.json'), 'utf8'));
const files = manifest.filter((f) => f.kind !== 'lock' && f.kind !== 'binary').map((f) => readFileSync(path.join(dir, f.path)));
const total = files.reduce((s, b) => s + b.length, 0);

const SETS = {
  keys: ['sk_live_', 'sk_test_', 'rk_live_', 'rk_test_', 'whsec_', 'stripe-guard-ignore'],
  'keys+ast': ['sk_live_', 'sk_test_', 'rk_live_', 'rk_test_', 'whsec_', 'stripe-guard-ignore', 'stripe', 'Stripe', 'STRIPE', 'constructEvent', 'construct_event',
    'NEXT_PUBLIC_', 'VITE_', 'REACT_APP_', 'EXPO_PUBLIC_', 'connect.stripe.com', 'timingSafeEqual', 'compare_digest'],
};
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const td = new TextDecoder();

function bench(name, fn) {
  let hits = 0;
  for (let round = 0; round < 2; round++) {
    hits = 0;
    const t = performance.now();
    for (const b of files) if (fn(b)) hits++;
    if (round === 1) console.log(`${name.padEnd(44)} ${(performance.now() - t).toFixed(0).padStart(5)} ms  ${hits} hits`);
  }
}

console.log(`${files.length} files, ${(total / 1e6).toFixed(1)} MB`);
bench('decode utf-8 only', (b) => td.decode(b).length < 0);
bench('latin1 only', (b) => b.latin1Slice(0, b.length).length < 0);
for (const [setName, kws] of Object.entries(SETS)) {
  const re = new RegExp(kws.map(escape).join('|'));
  const bufs = kws.map((k) => Buffer.from(k));
  bench(`[${setName}] utf-8 + includes each`, (b) => { const t = td.decode(b); return kws.some((k) => t.includes(k)); });
  bench(`[${setName}] utf-8 + one regex`, (b) => re.test(td.decode(b)));
  bench(`[${setName}] latin1 + one regex`, (b) => re.test(b.latin1Slice(0, b.length)));
  bench(`[${setName}] latin1 + includes each`, (b) => { const t = b.latin1Slice(0, b.length); return kws.some((k) => t.includes(k)); });
  bench(`[${setName}] bytes Buffer.indexOf each`, (b) => bufs.some((k) => b.indexOf(k) !== -1));
}

/** A regex source that factors common prefixes (a trie), so that the engine tries fewer alternatives per position. */
function trieSource(words) {
  const root = new Map();
  for (const w of words) {
    let node = root;
    for (const ch of w) {
      if (!node.has(ch)) node.set(ch, new Map());
      node = node.get(ch);
    }
    node.set('', null);
  }
  const emit = (node) => {
    const alts = [];
    let optional = false;
    for (const [ch, child] of [...node.entries()].sort()) {
      if (ch === '') optional = true;
      else alts.push(escape(ch) + emit(child));
    }
    if (optional) return ''; // a keyword ends here: any longer one also contains it
    return alts.length === 1 ? alts[0] : `(?:${alts.join('|')})`;
  };
  return emit(root);
}
for (const [setName, kws] of Object.entries(SETS)) {
  const re = new RegExp(trieSource(kws));
  console.log(re.source.slice(0, 200));
  bench(`[${setName}] utf-8 + trie regex`, (b) => re.test(td.decode(b)));
}
