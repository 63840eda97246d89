/**
 * No ReDoS: every regular expression of the engine and the rules stays linear on adversarial input.
 *
 * The patterns are collected from the source itself (every regular-expression literal of src/ and
 * rules/, plus the patterns the language modules build and export), so a pattern added tomorrow is tested without
 * anyone listing it here. Each one scans, globally (every match, as `matchAll`/`replace` do), 1 MB of
 * inputs built to make a backtracking engine suffer: runs of every separator, the pattern's own
 * literals repeated or followed by 1 MB of body characters with no terminator. The bound is
 * generous (seconds, not milliseconds): it catches exponential and quadratic blow-up, not timing.
 * The work runs in a worker thread that is terminated when a case overruns (V8 interrupts a
 * running regular expression), so a regression fails fast and names the pattern and the input.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import fg from 'fast-glob';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { Prefilter, SUPPRESSION_MARKER } from '../src/prefilter.js';
import { ROOT } from './support.js';

interface Pattern {
  where: string;
  source: string;
  flags: string;
}

/** Every regular-expression literal in the engine and the rules. */
function literalPatterns(): Pattern[] {
  const found: Pattern[] = [];
  for (const file of fg.sync(['src/**/*.ts', 'rules/**/*.ts'], { cwd: ROOT })) {
    const text = readFileSync(path.join(ROOT, file), 'utf8');
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const literal = node.getText(source);
        const end = literal.lastIndexOf('/');
        const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
        found.push({ where: `${file}:${line + 1}`, source: literal.slice(1, end), flags: literal.slice(end + 1) });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

/** Literal runs of a pattern's source (`sk_live_`, `<script`, `whsec_`), the seeds of its worst inputs. */
function literalsOf(source: string): string[] {
  const runs = source
    .replace(/\\[dDwWsSbB]|\\[pPuxck]\{?[^}]*\}?/g, ' ')
    .replace(/\[[^\]]*\]/g, ' ')
    .replace(/\\(.)/g, '$1')
    .split(/[()|?*+{}^$[\]]+|\s+/)
    .map((s) => s.replace(/^[:=!<]+/, ''))
    .filter((s) => s.length >= 2);
  return [...new Set(runs)].slice(0, 6);
}

/** The worker: builds each input once, scans it with each pattern globally, reports each case's time. */
const WORKER = `
const { parentPort } = require('node:worker_threads');
const SIZE = 1024 * 1024;
const BASE62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
let seed = 7;
let random = '';
while (random.length < SIZE) { seed = (seed * 1103515245 + 12345) % 2 ** 31; random += BASE62[seed % 62]; }
const cache = new Map();
function fill(unit, size) { return unit.repeat(Math.ceil(size / unit.length)).slice(0, size); }
function build(spec, size) {
  const key = spec.key + '@' + size;
  let s = cache.get(key);
  if (s !== undefined) return s;
  s = spec.head + (spec.fill === '<base62>' ? random.slice(0, size) : fill(spec.fill, size)) + spec.tail;
  if (cache.size > 64) cache.clear();
  cache.set(key, s);
  return s;
}
parentPort.on('message', ({ index, source, flags, spec, size }) => {
  const text = build(spec, size);
  const re = new RegExp(source, flags.includes('g') || flags.includes('y') ? flags : flags + 'g');
  const started = performance.now();
  let matches = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    matches++;
    if (m[0].length === 0) re.lastIndex++;
    if (!re.global && !re.sticky) break;
  }
  parentPort.postMessage({ index, ms: performance.now() - started, matches });
});
`;

/** Generic inputs go to `size` = GENERIC; the pattern's own worst cases to SIZE. */
interface Spec {
  key: string;
  head: string;
  fill: string;
  tail: string;
  size: number;
}

/** The pattern's own worst cases (its literals repeated or left unterminated) get 1 MB… */
const SIZE = 1024 * 1024;
/** …the generic runs 128 KB: quadratic work on 128 KB is still many seconds, far over the bound. */
const GENERIC_SIZE = 128 * 1024;
/** Linear scans of 1 MB take milliseconds; quadratic or exponential ones take minutes. */
const BOUND_MS = 3_000;

/** Runs of separators and word characters: the generic worst cases of `\s*`, `\w+`, `[^x]*` and friends. */
const FILLERS = [' ', '\t', '\n', 'a', 'Z', '0', '_', '-', '.', '/', '\\', '=', '"', "'", '<', '>', '(', '{', '[', ',', ':', '*', '#', '$', 'a ', 'a.', '/*', '<!--', '<base62>'];

function specsFor(pattern: Pattern): Spec[] {
  const specs: Spec[] = FILLERS.map((fill) => ({ key: `fill:${fill}`, head: '', fill, tail: '!', size: GENERIC_SIZE }));
  const literals = literalsOf(pattern.source);
  // One literal, then another over and over (`format` + `AmountAmount…!` against `^format\w*Amount\w*$`).
  if (literals.length >= 2) specs.push({ key: `${literals[0]}+rep:${literals[1]}`, head: literals[0]!, fill: literals[1]!, tail: '!', size: SIZE });
  for (const literal of literals.slice(0, 3)) {
    specs.push({ key: `rep:${literal}`, head: '', fill: literal, tail: '', size: SIZE });
    specs.push({ key: `rep:${literal} `, head: '', fill: `${literal} `, tail: '', size: SIZE });
    for (const fill of ['<base62>', ' ']) specs.push({ key: `${literal}+${fill}`, head: literal, fill, tail: '', size: SIZE });
  }
  return specs;
}

/**
 * Patterns that never see scanned text, only short strings of the tool's own (argument values, the
 * hook folder's path, rule docs): tested at the longest such string, not at 1 MB.
 */
const SHORT_INPUT: Record<string, { max: number; why: string }> = {
  'src/install.ts': { max: 4096, why: 'paths of the hooks folder' },
  'src/cli.ts': { max: 4096, why: 'command-line values' },
  'src/config.ts': { max: 4096, why: 'configuration values' },
  'src/docs.ts': { max: 4096, why: 'rule documentation written by us' },
  'src/suggest.ts': { max: 4096, why: 'rule ids typed by the user' },
};

/** Single patterns of a file that otherwise reads scanned text, with the only input they ever see. */
const SHORT_PATTERN: { file: string; source: string; max: number; why: string }[] = [
  { file: 'src/report/sarif.ts', source: '\\/+$', max: 4096, why: 'the --sarif-category value' },
];

interface Case {
  pattern: Pattern;
  spec: Spec;
  size: number;
}

function sizeFor(pattern: Pattern, spec: Spec): number {
  const file = pattern.where.split(/[: ]/)[0]!;
  const short = SHORT_PATTERN.find((p) => p.file === file && p.source === pattern.source);
  return Math.min(SHORT_INPUT[file]?.max ?? short?.max ?? Infinity, spec.size);
}

/** Runs the cases on a small pool of workers; a case that overruns the bound is recorded and its worker replaced. */
function runAll(cases: Case[], parallel: number): Promise<{ slowest: string[]; overruns: string[] }> {
  return new Promise((resolve, reject) => {
    const times: { label: string; ms: number }[] = [];
    const overruns: string[] = [];
    let nextIndex = 0;
    let running = 0;
    const label = (i: number) => `${cases[i]!.pattern.where} /${cases[i]!.pattern.source.slice(0, 80)}/ on ${JSON.stringify(cases[i]!.spec.key)} (${cases[i]!.size} chars)`;
    const finish = () => {
      times.sort((a, b) => b.ms - a.ms);
      resolve({ slowest: times.slice(0, 5).map((t) => `${t.ms.toFixed(0)} ms ${t.label}`), overruns });
    };
    const lane = () => {
      running++;
      const worker = new Worker(WORKER, { eval: true });
      let timer: NodeJS.Timeout | undefined;
      let current = -1;
      const step = () => {
        if (nextIndex >= cases.length) {
          void worker.terminate();
          if (--running === 0) finish();
          return;
        }
        current = nextIndex++;
        const { pattern, spec, size } = cases[current]!;
        timer = setTimeout(() => {
          overruns.push(`over ${BOUND_MS} ms: ${label(current)}`);
          worker.removeAllListeners();
          void worker.terminate();
          running--;
          lane();
        }, BOUND_MS);
        worker.postMessage({ index: current, source: pattern.source, flags: pattern.flags, spec, size });
      };
      worker.on('message', (message: { index: number; ms: number }) => {
        clearTimeout(timer);
        times.push({ label: label(message.index), ms: message.ms });
        step();
      });
      worker.on('error', (error) => {
        clearTimeout(timer);
        reject(new Error(`${label(current)}: ${error.message}`));
      });
      step();
    };
    for (let i = 0; i < parallel; i++) lane();
  });
}

/** Patterns built with `new RegExp(...)` and exported by the shared language modules (e.g. Stripe event names). */
async function exportedPatterns(): Promise<Pattern[]> {
  const found: Pattern[] = [];
  for (const file of fg.sync(['src/lang/*.ts'], { cwd: ROOT })) {
    const module = (await import(path.join(ROOT, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(module)) if (value instanceof RegExp) found.push({ where: `${file} ${name}`, source: value.source, flags: value.flags });
  }
  return found;
}

describe('no ReDoS', async () => {
  const literals = literalPatterns();
  const patterns = [...literals, ...(await exportedPatterns())];

  it('finds the patterns to test (the key shapes, redaction and suppression ones among them)', () => {
    const files = new Set(literals.map((p) => p.where.split(':')[0]));
    for (const file of ['src/secrets.ts', 'src/suppress.ts', 'src/decode.ts']) expect(files).toContain(file);
    expect(literals.some((p) => p.source.includes('(sk|rk)_(live|test)_'))).toBe(true);
    expect(patterns.length).toBeGreaterThan(20);
  });

  it('every pattern scans 1 MB of its worst inputs in linear time', async () => {
    const unique = [...new Map(patterns.map((p) => [`/${p.source}/${p.flags}`, p])).values()];
    const cases = unique.flatMap((pattern) => specsFor(pattern).map((spec) => ({ pattern, spec, size: sizeFor(pattern, spec) })));
    const t0 = Date.now();
    const { overruns, slowest } = await runAll(cases, Math.min(2, availableParallelism()));
    if (process.env.REDOS_DEBUG) console.log(`${unique.length} patterns, ${cases.length} cases, ${Date.now() - t0} ms, ${overruns.length} overruns`);
    expect(overruns, `slowest: ${slowest.join('; ')}`).toEqual([]);
  }, 600_000);

  it('the prefilter (no regular expression) stays linear too, on its keywords repeated and cut short', () => {
    const prefilter = new Prefilter(rules, ['X_TOKEN']);
    const keywords = [...new Set([...rules.flatMap((rule) => rule.meta.keywords), SUPPRESSION_MARKER])];
    const inputs = [...keywords.map((k) => k.slice(0, -1)), ...keywords].map((k) => k.repeat(Math.ceil(SIZE / k.length)));
    const started = Date.now();
    for (const input of inputs.slice(0, 400)) prefilter.match(Buffer.from(input));
    expect(Date.now() - started, `${inputs.length} inputs of 1 MB`).toBeLessThan(60_000);
  }, 120_000);
});
