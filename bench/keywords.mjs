/**
 * How many files of a tree each rule's keywords let through the prefilter (files a parser sees).
 *   node bench/keywords.mjs [tree]   (after `npm run build`)
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { rules } from '../dist/rules/index.js';
import { codeLanguageOf } from '../dist/src/languages.js';

const dir = path.resolve(process.argv[2] ?? '/tmp/sg-bench-tree');
const { manifest } = JSON.parse(readFileSync(path.join(dir, '.git', 'bench-manifest.json'), 'utf8'));
const files = manifest.filter((f) => f.kind !== 'lock' && f.kind !== 'binary' && f.kind !== 'bundle');
const texts = files.map((f) => [f.path, readFileSync(path.join(dir, f.path), 'utf8')]);
const code = texts.filter(([p]) => codeLanguageOf(p));
console.log(`${texts.length} files, ${code.length} in a code language`);
const union = new Set();
for (const rule of rules) {
  const perKeyword = rule.meta.keywords.map((k) => [k, code.filter(([, t]) => t.includes(k)).length]);
  const hit = code.filter(([p, t]) => rule.meta.languages.includes(codeLanguageOf(p)) && rule.meta.keywords.some((k) => t.includes(k)));
  for (const [p] of hit) union.add(p);
  console.log(`${rule.meta.id.padEnd(32)} ${String(hit.length).padStart(6)} code files  ${perKeyword.filter(([, n]) => n).map(([k, n]) => `${k}:${n}`).join(' ')}`);
}
console.log(`any rule: ${union.size} of ${code.length} code files would be parsed`);
