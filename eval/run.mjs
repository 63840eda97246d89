#!/usr/bin/env node
// Blind evaluation of stripe-guard on eval/corpus.
//
// The corpus is labelled inline, as the fixtures are: a comment `ruleid: <id>[, <id>]` on the line right
// above a line that must be reported, `ok: <id>` above a line that must not be. Every finding that is not
// labelled `ruleid` is a false positive (engine diagnostics included); every `ruleid` without a finding
// is a false negative. Matching is exact on (file, line, rule).
//
//   node eval/run.mjs              build (tsc), scan, print the tables and the FP/FN lists
//   node eval/run.mjs --no-build   use the current dist/
//   node eval/run.mjs --json       machine-readable result on stdout
//   node eval/run.mjs --corpus <dir>  another labelled corpus (same annotations): eval/blind/js and
//                                     eval/blind/other were written by helpers that never read the
//                                     rules, fixtures or eval/corpus (a blind set, as the issues ask)
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const args = new Set(argv);
const CORPUS = argv.includes('--corpus') ? resolve(argv[argv.indexOf('--corpus') + 1]) : join(ROOT, 'eval', 'corpus');

const RULES = [
  'client-controlled-amount', 'environment-dump', 'hardcoded-secret-key', 'hardcoded-webhook-secret', 'key-in-url',
  'logged-secret', 'oauth-missing-state', 'raw-card-data', 'secret-in-metadata', 'secret-key-in-client-code',
  'secret-key-literal', 'timing-unsafe-signature-compare', 'unpinned-api-version', 'webhook-raw-body',
  'webhook-signature-not-verified', 'webhook-verification-bypassed',
];
const ENGINE = ['invalid-suppression', 'rule-error', 'unparsable-file', 'unreadable-file'];
const KNOWN = new Set([...RULES, ...ENGINE]);
const LANGS = ['js', 'python', 'ruby', 'php', 'go', 'java', 'text'];

// ---- languages and comment syntax (mirrors src/languages.ts; nothing is imported from the tool) ----
const EXT_LANG = {
  '.js': 'js', '.cjs': 'js', '.mjs': 'js', '.jsx': 'js', '.ts': 'js', '.tsx': 'js', '.mts': 'js', '.cts': 'js',
  '.vue': 'js', '.svelte': 'js', '.py': 'python', '.pyw': 'python', '.rb': 'ruby', '.rake': 'ruby',
  '.gemspec': 'ruby', '.php': 'php', '.go': 'go', '.java': 'java',
};
const BASE_LANG = { Rakefile: 'ruby', Gemfile: 'ruby', 'config.ru': 'ruby' };
const ext = (p) => { const b = p.slice(p.lastIndexOf('/') + 1); const d = b.lastIndexOf('.'); return d > 0 ? b.slice(d).toLowerCase() : ''; };
const base = (p) => p.slice(p.lastIndexOf('/') + 1);
const languageOf = (p) => BASE_LANG[base(p)] ?? EXT_LANG[ext(p)] ?? 'text';

const C_LIKE = ['//', '/*', '*'];
const HASH = ['#'];
const MARKUP = ['<!--'];
const COMMENT_BY_EXT = {
  '.py': HASH, '.rb': HASH, '.rake': HASH, '.gemspec': HASH, '.sh': HASH, '.bash': HASH, '.zsh': HASH, '.yml': HASH,
  '.yaml': HASH, '.toml': HASH, '.env': HASH, '.ini': HASH, '.cfg': HASH, '.conf': HASH, '.properties': HASH,
  '.tf': ['#', '//', '/*'], '.php': ['//', '#', '/*'], '.md': MARKUP, '.mdx': MARKUP, '.html': MARKUP, '.xml': MARKUP,
  '.vue': [...C_LIKE, '<!--'], '.svelte': [...C_LIKE, '<!--'], '.json': C_LIKE, '.jsonc': C_LIKE,
};
function leadersOf(p) {
  const b = base(p);
  if (b === 'Dockerfile' || b.startsWith('.env') || b === 'Gemfile' || b === 'Rakefile' || b === 'Makefile') return HASH;
  return COMMENT_BY_EXT[ext(p)] ?? (EXT_LANG[ext(p)] ? C_LIKE : ['#', '//', '/*', '<!--']);
}

// ---- annotations ----
function parseAnnotations(file, text) {
  const leaders = [...leadersOf(file), '*'].map((l) => l.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const re = new RegExp(`^\\s*(?:${leaders.join('|')})\\s*(ruleid|ok|todoruleid|todook):\\s*([\\w-]+(?:\\s*,\\s*[\\w-]+)*)`);
  const out = [];
  let pending = [];
  text.split(/\r?\n/).forEach((content, i) => {
    const m = re.exec(content);
    if (m) {
      const ids = m[2].split(/\s*,\s*/);
      for (const id of ids) if (!KNOWN.has(id)) throw new Error(`${file}:${i + 1}: unknown rule id "${id}"`);
      pending.push({ kind: m[1], ids, line: i + 1 });
      return;
    }
    if (!pending.length) return;
    if (content.trim() === '') throw new Error(`${file}:${pending[0].line}: annotation followed by a blank line`);
    for (const p of pending) for (const id of p.ids) out.push({ kind: p.kind, rule: id, target: i + 1 });
    pending = [];
  });
  if (pending.length) throw new Error(`${file}:${pending[0].line}: annotation at the end of the file`);
  return out;
}

function walk(dir) {
  const files = [];
  for (const name of readdirSync(dir)) {
    const abs = join(dir, name);
    if (statSync(abs).isDirectory()) files.push(...walk(abs));
    else files.push(relative(CORPUS, abs).split(sep).join('/'));
  }
  return files.sort();
}

// ---- scan ----
if (!args.has('--no-build')) {
  const tsc = spawnSync('npx', ['tsc', '-p', '.'], { cwd: ROOT, encoding: 'utf8' });
  if (tsc.status !== 0) process.stderr.write(`warning: tsc exited ${tsc.status} (emitting anyway):\n${(tsc.stdout + tsc.stderr).split('\n').slice(0, 10).join('\n')}\n`);
}
let raw;
try {
  raw = execFileSync('node', [join(ROOT, 'bin/stripe-guard.js'), 'scan', '.', '--format', 'json', '--fail-on', 'never', '--no-color'], { cwd: CORPUS, encoding: 'utf8', maxBuffer: 64 << 20 });
} catch (e) {
  if (!e.stdout) throw e;
  raw = e.stdout; // exit 1 = findings; the report is still on stdout
}
const report = JSON.parse(raw);
const findings = report.findings.map((f) => ({ file: f.path, line: f.start.line, rule: f.ruleId, message: f.message, level: f.level }));

// ---- compare ----
const files = walk(CORPUS);
const expected = new Map(); // key -> annotation
const okLines = new Set();
for (const file of files) {
  for (const a of parseAnnotations(file, readFileSync(join(CORPUS, file), 'utf8'))) {
    const key = `${file}\t${a.target}\t${a.rule}`;
    if (a.kind === 'ruleid') expected.set(key, { file, line: a.target, rule: a.rule });
    else if (a.kind === 'ok') okLines.add(key);
  }
}
// Files that cannot carry comments (JSON, notebooks) are labelled in a table of UNLABELLED.md:
// `| file | line | … | rule-id (…) |` expects that finding, `| … | none (…) |` expects nothing there.
const sidecar = join(CORPUS, 'UNLABELLED.md');
if (existsSync(sidecar)) {
  for (const row of readFileSync(sidecar, 'utf8').split('\n')) {
    const cells = row.split('|').map((c) => c.trim());
    const [file, line, expect] = [cells[1], Number(cells[2]), cells[cells.length - 2] ?? ''];
    const rule = expect.split(/[\s(]/)[0];
    if (!file || !Number.isInteger(line) || !RULES.includes(rule)) continue;
    expected.set(`${file}\t${line}\t${rule}`, { file, line, rule });
  }
}
const got = new Map();
for (const f of findings) {
  const key = `${f.file}\t${f.line}\t${f.rule}`;
  if (!got.has(key)) got.set(key, f); // duplicates on one line count once
}
const tp = [], fp = [], fn = [];
for (const [key, f] of got) (expected.has(key) ? tp : fp).push({ ...f, onOkLine: okLines.has(key) });
for (const [key, e] of expected) if (!got.has(key)) fn.push(e);

const stats = () => ({ tp: 0, fp: 0, fn: 0 });
const byRule = Object.fromEntries([...RULES, ...ENGINE].map((r) => [r, stats()]));
const byLang = Object.fromEntries(LANGS.map((l) => [l, stats()]));
const overall = stats();
for (const [list, field] of [[tp, 'tp'], [fp, 'fp'], [fn, 'fn']]) {
  for (const x of list) {
    (byRule[x.rule] ??= stats())[field]++;
    byLang[languageOf(x.file)][field]++;
    overall[field]++;
  }
}
const pct = (n, d) => (d === 0 ? '   - ' : (n / d).toFixed(2).padStart(5));
const row = (name, s) => `${name.padEnd(32)} ${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)}   ${pct(s.tp, s.tp + s.fp)}   ${pct(s.tp, s.tp + s.fn)}`;
const near = (x, others) => {
  const n = others.filter((o) => o.file === x.file && o.rule === x.rule && o.line !== x.line && Math.abs(o.line - x.line) <= 3);
  return n.length ? ` [near line ${n.map((o) => o.line).join(',')}]` : '';
};

if (args.has('--json')) {
  process.stdout.write(JSON.stringify({ byRule, byLang, overall, falsePositives: fp, falseNegatives: fn }, null, 2) + '\n');
} else {
  const head = `${''.padEnd(32)} ${'TP'.padStart(4)} ${'FP'.padStart(4)} ${'FN'.padStart(4)}   prec.   recall`;
  const out = [`stripe-guard on ${relative(ROOT, CORPUS) || CORPUS}: ${files.length} files, ${expected.size} expected findings, ${got.size} reported`, '', head];
  for (const r of Object.keys(byRule)) if (byRule[r].tp + byRule[r].fp + byRule[r].fn) out.push(row(r, byRule[r]));
  out.push('', head);
  for (const l of LANGS) out.push(row(l, byLang[l]));
  out.push(row('overall', overall), '', `False positives (${fp.length}):`);
  for (const f of fp.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line)) {
    out.push(`  ${f.file}:${f.line} ${f.rule}${f.onOkLine ? ' (ok-labelled)' : ''}${near(f, fn)} — ${f.message}`);
  }
  out.push('', `False negatives (${fn.length}):`);
  for (const e of fn.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line)) out.push(`  ${e.file}:${e.line} ${e.rule}${near(e, fp)}`);
  process.stdout.write(out.join('\n') + '\n');
}
