/**
 * The performance benchmark of SPEC §4 (`npm run bench`).
 *
 * Generates (once, cached) a deterministic monorepo of ~20,000 files / ~150 MB, then measures on it:
 * stripe-guard's full scan (wall, peak RSS, time per pipeline stage), ripgrep searching the key
 * patterns, secretlint with an equivalent pattern rule, start-up, a scan of 10 non-Stripe files and
 * (through bench/staged.mjs, when present) `--staged`. Prints a table with the ratios and the
 * targets; `--readme` also writes it into README.md between the bench markers.
 *
 *   node bench/run.mjs [--seed 42] [--files 20000] [--mb 150] [--dir <tree>] [--runs 3]
 *                      [--no-secretlint] [--secretlint-full] [--readme] [--json <file>]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureTree } from './generate.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BIN = path.join(ROOT, 'bin', 'stripe-guard.js');
const args = process.argv.slice(2);
const flag = (name) => args.includes(`--${name}`);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i === -1 ? fallback : args[i + 1];
};
const SEED = Number(option('seed', 42));
const FILES = Number(option('files', 20_000));
const MB = Number(option('mb', 150));
const RUNS = Number(option('runs', 3));
const TREE = path.resolve(option('dir', path.join(os.tmpdir(), `stripe-guard-bench-${SEED}-${FILES}-${MB}`)));
const WORK = path.join(ROOT, 'bench', '.work');
/** Above this estimated time, secretlint runs on a deterministic subset and the full time is extrapolated. */
const SECRETLINT_FULL_LIMIT_S = 180;
const KEY_PATTERN = '(sk|rk)_(live|test)_[A-Za-z0-9]{10,}|whsec_[A-Za-z0-9+/]{16,}';

const log = (...parts) => process.stderr.write(`${parts.join(' ')}\n`);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmtS = (ms) => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
const fmtMB = (kb) => (kb === undefined ? 'n/a' : `${(kb / 1024).toFixed(0)} MB`);
const HAS_TIME = existsSync('/usr/bin/time');

/**
 * Runs a command, returning wall time (monotonic clock) and peak RSS (from /usr/bin/time when
 * present: the whole process, all threads; children are not counted).
 */
function measure(command, commandArgs, options = {}) {
  const useTime = HAS_TIME && options.rss !== false;
  const cmd = useTime ? '/usr/bin/time' : command;
  const argv = useTime ? ['-f', '@@rss %M %U %S', command, ...commandArgs] : commandArgs;
  const started = process.hrtime.bigint();
  const result = spawnSync(cmd, argv, { cwd: options.cwd ?? TREE, encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, ...options.env }, input: options.input });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  let stderr = result.stderr ?? '';
  let rssKb;
  let cpuMs;
  const m = stderr.match(/@@rss (\d+) ([\d.]+) ([\d.]+)\s*$/);
  if (m) {
    rssKb = Number(m[1]);
    cpuMs = (Number(m[2]) + Number(m[3])) * 1000;
    stderr = stderr.slice(0, m.index);
  }
  return { ms, rssKb, cpuMs, status: result.status, stdout: result.stdout ?? '', stderr, error: result.error };
}

function which(bin) {
  const r = spawnSync('sh', ['-c', `command -v ${bin}`], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

function ensureBuilt() {
  if (existsSync(path.join(ROOT, 'dist', 'src', 'cli.js')) && !flag('build')) return;
  log('building (tsc)…');
  spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', ROOT], { stdio: 'inherit' });
}

function machine() {
  const cpus = os.cpus();
  const rg = which('rg') ? spawnSync('rg', ['--version'], { encoding: 'utf8' }).stdout.split('\n')[0] : 'not installed';
  let secretlint = 'not installed';
  try {
    secretlint = `secretlint ${JSON.parse(readFileSync(path.join(ROOT, 'node_modules', 'secretlint', 'package.json'), 'utf8')).version}`;
  } catch {}
  return {
    cpu: `${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}`,
    memory: `${Math.round(os.totalmem() / 2 ** 30)} GiB`,
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    rg,
    secretlint,
    load: os.loadavg().map((x) => x.toFixed(2)).join(' '),
  };
}

// ---------------------------------------------------------------------------------------------

function runStripeGuard(extraArgs = [], runs = RUNS) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const out = path.join(WORK, 'scan.json');
    const r = measure(process.execPath, [BIN, 'scan', '.', '--format', 'json', '--output', out, '--fail-on', 'never', ...extraArgs], { env: { STRIPE_GUARD_STATS: '1' } });
    if (r.status !== 0) throw new Error(`stripe-guard failed (${r.status}): ${r.stderr.slice(0, 2000)}`);
    const line = r.stderr.split('\n').find((l) => l.startsWith('stripe-guard-stats '));
    const stats = line ? JSON.parse(line.slice('stripe-guard-stats '.length)) : undefined;
    const report = JSON.parse(readFileSync(out, 'utf8'));
    samples.push({ ...r, stats, findings: report.findings.length, byRule: countBy(report.findings.map((f) => f.ruleId)) });
    log(`  stripe-guard ${extraArgs.join(' ')}: ${fmtS(r.ms)}, ${fmtMB(r.rssKb)}`);
  }
  const best = samples.find((s) => s.ms === median(samples.map((x) => x.ms)));
  return { ...best, wallMs: best.ms, cpuMs: best.cpuMs, maxRssKb: Math.max(...samples.map((s) => s.rssKb ?? 0)) || undefined, samples: samples.map((s) => s.ms) };
}

function countBy(list) {
  const counts = {};
  for (const x of list) counts[x] = (counts[x] ?? 0) + 1;
  return counts;
}

function runRipgrep() {
  if (!which('rg')) return undefined;
  // Same files as a user would search: .gitignore honoured, hidden files included (stripe-guard scans them).
  const rgArgs = ['--hidden', '--no-messages', '-n', '-e', KEY_PATTERN, '.'];
  measure('rg', rgArgs, { rss: false }); // warm the page cache
  const samples = [];
  const cpu = [];
  let last;
  for (let i = 0; i < Math.max(RUNS, 5); i++) {
    last = measure('rg', rgArgs);
    samples.push(last.ms);
    cpu.push(last.cpuMs ?? 0);
  }
  const matches = last.stdout.split('\n').filter(Boolean).length;
  log(`  rg: ${fmtS(median(samples))} (${matches} matching lines)`);
  return { wallMs: median(samples), cpuMs: median(cpu), rssKb: last.rssKb, matches, samples };
}

function secretlintCommand(files) {
  const bin = path.join(ROOT, 'node_modules', 'secretlint', 'bin', 'secretlint.js');
  if (!existsSync(bin)) return undefined;
  const rc = path.join(WORK, 'secretlintrc.json');
  writeFileSync(rc, JSON.stringify({ rules: [{ id: path.join(ROOT, 'bench', 'secretlint-rule-stripe.mjs') }] }));
  return [bin, '--secretlintrc', rc, '--format', 'compact', ...files];
}

function runSecretlint(manifest) {
  if (flag('no-secretlint') || !secretlintCommand([])) return undefined;
  const scanned = manifest.filter((f) => f.kind !== 'binary');
  const totalBytes = scanned.reduce((s, f) => s + f.bytes, 0);
  // Estimate from a deterministic 5% subset (every 20th file), then decide whether the full run is affordable.
  const subset = scanned.filter((f, i) => f.kind !== 'bundle' && i % 20 === 0);
  const subsetBytes = subset.reduce((s, f) => s + f.bytes, 0);
  const one = measure(process.execPath, secretlintCommand([subset[0].path]));
  const part = measure(process.execPath, secretlintCommand(subset.map((f) => f.path)));
  const perByte = Math.max(0, part.ms - one.ms) / subsetBytes;
  const estimateMs = one.ms + perByte * totalBytes;
  log(`  secretlint: subset of ${subset.length} files (${(subsetBytes / 1e6).toFixed(1)} MB) in ${fmtS(part.ms)}; full tree estimated ${fmtS(estimateMs)}`);
  if (estimateMs / 1000 > SECRETLINT_FULL_LIMIT_S && !flag('secretlint-full')) {
    return { wallMs: estimateMs, cpuMs: part.cpuMs === undefined ? undefined : one.cpuMs + Math.max(0, part.cpuMs - one.cpuMs) * (totalBytes / subsetBytes), rssKb: part.rssKb, extrapolated: true, note: `extrapolated from ${subset.length} files (${(subsetBytes / 1e6).toFixed(1)} MB, every 20th file) by bytes; start-up ${fmtS(one.ms)} counted once` };
  }
  const full = measure(process.execPath, secretlintCommand(['**/*']));
  const findings = full.stdout.split('\n').filter((l) => /Stripe key/.test(l)).length;
  log(`  secretlint full tree: ${fmtS(full.ms)} (${findings} findings)`);
  return { wallMs: full.ms, cpuMs: full.cpuMs, rssKb: full.rssKb, extrapolated: false, findings, note: 'full tree, `secretlint "**/*"`' };
}

function runStartup() {
  const empty = mkdtempSync(path.join(os.tmpdir(), 'stripe-guard-empty-'));
  const samples = [];
  for (let i = 0; i < 11; i++) samples.push(measure(process.execPath, [BIN, 'scan', empty, '--format', 'json'], { rss: false, cwd: empty }).ms);
  const nodeBare = [];
  for (let i = 0; i < 11; i++) nodeBare.push(measure(process.execPath, ['-e', '0'], { rss: false }).ms);
  rmSync(empty, { recursive: true, force: true });
  log(`  start-up: ${fmtS(median(samples))} (node -e 0: ${fmtS(median(nodeBare))})`);
  return { wallMs: median(samples), nodeMs: median(nodeBare) };
}

/**
 * Scans of 10 files named on the command line (a pre-commit without git): ordinary source files
 * (some hold a rule keyword such as `key`, so a parser loads), and files that hold none.
 */
async function runTenFiles(manifest) {
  const { rules } = await import(path.join(ROOT, 'dist', 'rules', 'index.js'));
  const { Prefilter } = await import(path.join(ROOT, 'dist', 'src', 'prefilter.js'));
  const prefilter = new Prefilter(rules);
  const plain = manifest.filter((f) => ['ts', 'tsx', 'py', 'rb', 'js'].includes(f.kind) && f.bytes < 20_000);
  const spread = (list) => list.filter((_, i) => i % Math.max(1, Math.floor(list.length / 10)) === 0).slice(0, 10).map((f) => f.path);
  const ordinary = spread(plain);
  const clean = spread(plain.filter((f) => prefilter.match(readFileSync(path.join(TREE, f.path), 'utf8')).rules.length === 0));
  const time = (files) => {
    const samples = [];
    for (let i = 0; i < 11; i++) samples.push(measure(process.execPath, [BIN, 'scan', ...files, '--format', 'json', '--fail-on', 'never'], { rss: false }).ms);
    return median(samples);
  };
  const result = { ordinaryMs: time(ordinary), cleanMs: time(clean), ordinaryParsed: ordinary.filter((p) => prefilter.match(readFileSync(path.join(TREE, p), 'utf8')).rules.length > 0).length };
  log(`  10 files by path: ordinary ${fmtS(result.ordinaryMs)} (${result.ordinaryParsed} pass the prefilter), no keyword ${fmtS(result.cleanMs)}`);
  return result;
}

function runStaged() {
  const script = path.join(ROOT, 'bench', 'staged.mjs');
  if (!existsSync(script)) return undefined;
  const r = spawnSync(process.execPath, [script], { cwd: ROOT, encoding: 'utf8', timeout: 300_000, env: { ...process.env, STRIPE_GUARD_BENCH_TREE: TREE } });
  const output = `${r.stdout ?? ''}`.trim();
  log(`  bench/staged.mjs: exit ${r.status}`);
  const ms = output.match(/median\s+(\d+(?:\.\d+)?)\s*ms/) ?? output.match(/(\d+(?:\.\d+)?)\s*ms/);
  return { status: r.status, output, stderr: (r.stderr ?? '').trim().slice(-2000), wallMs: ms ? Number(ms[1]) : undefined };
}

/** Per rule: how many files of its languages its keywords let through the prefilter (what a parser sees). */
async function keywordReach(manifest) {
  const { rules } = await import(path.join(ROOT, 'dist', 'rules', 'index.js'));
  const { codeLanguageOf } = await import(path.join(ROOT, 'dist', 'src', 'languages.js'));
  const { Prefilter } = await import(path.join(ROOT, 'dist', 'src', 'prefilter.js'));
  const files = manifest.filter((f) => !['lock', 'binary', 'bundle'].includes(f.kind)).map((f) => ({ path: f.path, language: codeLanguageOf(f.path) ?? 'text', text: readFileSync(path.join(TREE, f.path), 'utf8') }));
  const rows = [['rule', 'files of its languages', 'pass its keywords', 'broadest keywords (files containing them)']];
  const union = new Set();
  const broad = [];
  for (const rule of rules) {
    const own = files.filter((f) => rule.meta.languages.includes(f.language) || rule.meta.languages.includes('text'));
    const prefilter = new Prefilter([rule]);
    const pass = own.filter((f) => prefilter.match(f.text).rules.length > 0);
    if (!rule.meta.languages.includes('text')) for (const f of pass) union.add(f.path);
    const broadest = rule.meta.keywords.map((k) => [k, own.filter((f) => f.text.includes(k)).length]).filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1]).slice(0, 4);
    rows.push([rule.meta.id, own.length, `${pass.length} (${((100 * pass.length) / Math.max(1, own.length)).toFixed(1)}%)`, broadest.map(([k, n]) => `\`${k}\` ${n}`).join(', ')]);
    if (!rule.meta.languages.includes('text') && pass.length > 0.1 * own.length) broad.push(rule.meta.id);
  }
  const code = files.filter((f) => f.language !== 'text').length;
  return { table: table(rows), parsed: union.size, code, broad };
}

// ---------------------------------------------------------------------------------------------

/** "12.3× faster" (reference time / our time), or "2.0× slower". */
function faster(reference, ours) {
  const r = reference / ours;
  return r >= 1 ? `${r.toFixed(1)}× faster` : `${(1 / r).toFixed(1)}× slower`;
}

function table(rows) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
  const line = (r) => `| ${r.map((cell, c) => String(cell).padEnd(widths[c])).join(' | ')} |`;
  return [line(rows[0]), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...rows.slice(1).map(line)].join('\n');
}

function report(results, { forReadme = false } = {}) {
  const { tree, scan, scanJobs1, scanKeys, scanNarrow, rg, secretlint, startup, ten, staged, env, keywordReach: reach } = results;
  const ok = (pass) => (pass === undefined ? '–' : pass ? 'yes' : '**no**');
  const rows = [['measure', 'stripe-guard', 'reference', 'ratio', 'target', 'met']];
  rows.push([`full scan, wall (--jobs ${os.availableParallelism()})`, fmtS(scan.wallMs), rg ? `rg ${fmtS(rg.wallMs)}` : 'rg not installed', rg ? `${(scan.wallMs / rg.wallMs).toFixed(1)}× rg` : '–', '≤ 4× rg', ok(rg && scan.wallMs <= 4 * rg.wallMs)]);
  rows.push(['full scan vs secretlint', fmtS(scan.wallMs), secretlint ? `secretlint ${fmtS(secretlint.wallMs)}${secretlint.extrapolated ? ' (extrapolated)' : ''}` : 'skipped', secretlint ? faster(secretlint.wallMs, scan.wallMs) : '–', '≥ 20× faster', ok(secretlint && secretlint.wallMs >= 20 * scan.wallMs)]);
  rows.push(['full scan, peak RSS', fmtMB(scan.maxRssKb), rg ? `rg ${fmtMB(rg.rssKb)}` : '–', '–', '< 500 MB', ok(scan.maxRssKb === undefined ? undefined : scan.maxRssKb < 500 * 1024)]);
  if (scanKeys) {
    rows.push(['key rules only (`--rule hardcoded-secret-key,hardcoded-webhook-secret`)', `${fmtS(scanKeys.wallMs)}, ${fmtMB(scanKeys.maxRssKb)}`, rg ? `rg ${fmtS(rg.wallMs)}` : '–', rg ? `${(scanKeys.wallMs / rg.wallMs).toFixed(1)}× rg` : '–', '(≤ 4× rg)', ok(rg && scanKeys.wallMs <= 4 * rg.wallMs)]);
    if (secretlint) rows.push(['key rules only vs secretlint', fmtS(scanKeys.wallMs), `secretlint ${fmtS(secretlint.wallMs)}`, faster(secretlint.wallMs, scanKeys.wallMs), '(≥ 20× faster)', ok(secretlint.wallMs >= 20 * scanKeys.wallMs)]);
  }
  if (scanNarrow) rows.push([`all rules but the broad-keyword ones (\`--disable ${scanNarrow.disabled.join(',')}\`)`, `${fmtS(scanNarrow.wallMs)}, ${fmtMB(scanNarrow.maxRssKb)}`, rg ? `rg ${fmtS(rg.wallMs)}` : '–', rg ? `${(scanNarrow.wallMs / rg.wallMs).toFixed(1)}× rg` : '–', '–', '–']);
  if (rg && scan.cpuMs && rg.cpuMs) rows.push(['full scan, CPU time (user+sys)', fmtS(scan.cpuMs), `rg ${fmtS(rg.cpuMs)}`, `${(scan.cpuMs / rg.cpuMs).toFixed(1)}× rg`, '–', '–']);
  if (secretlint?.cpuMs && scan.cpuMs) rows.push(['CPU time vs secretlint', fmtS(scan.cpuMs), `secretlint ${fmtS(secretlint.cpuMs)}`, faster(secretlint.cpuMs, scan.cpuMs).replace('faster', 'less').replace('slower', 'more'), '–', '–']);
  if (scanJobs1) rows.push(['full scan, --jobs 1', `${fmtS(scanJobs1.wallMs)}, ${fmtMB(scanJobs1.maxRssKb)}`, '–', `${(scanJobs1.wallMs / scan.wallMs).toFixed(2)}× the --jobs ${os.availableParallelism()} time`, '–', '–']);
  rows.push(['`--staged`, 10 non-Stripe files', staged?.wallMs !== undefined ? fmtS(staged.wallMs) : staged ? 'see bench/staged.mjs output' : 'bench/staged.mjs absent', '–', '–', '< 300 ms', ok(staged?.wallMs === undefined ? undefined : staged.wallMs < 300)]);
  rows.push(['scan of 10 files by path, no rule keyword', fmtS(ten.cleanMs), '–', '–', '(< 300 ms)', ok(ten.cleanMs < 300)]);
  rows.push([`scan of 10 ordinary non-Stripe files by path (${ten.ordinaryParsed} hold a keyword)`, fmtS(ten.ordinaryMs), '–', '–', '(< 300 ms)', ok(ten.ordinaryMs < 300)]);
  rows.push(['start-up (`scan <empty dir>`)', fmtS(startup.wallMs), `node -e 0: ${fmtS(startup.nodeMs)}`, '–', '–', '–']);

  const s = scan.stats;
  const stageRows = [['stage', 'time', 'note']];
  if (s) {
    const threads = s.workers ? `summed over ${s.workers} workers` : 'main thread';
    stageRows.push(['walk', fmtS(s.ms.walk), 'main thread: listing, .gitignore']);
    for (const stage of ['read', 'decode', 'prefilter', 'parse', 'rules', 'locate']) stageRows.push([stage, fmtS(s.ms[stage]), threads]);
    stageRows.push(['merge', fmtS(s.ms.merge), 'main thread']);
    stageRows.push(['report', fmtS(s.ms.report), 'main thread (JSON)']);
  }
  const treeLine = `${tree.files.toLocaleString('en-US')} files, ${(tree.bytes / 1e6).toFixed(0)} MB (seed ${tree.seed}; ${tree.stripeFiles} touch Stripe, ${tree.planted} with planted findings; ${tree.bundles} minified bundles of ${tree.bundleRange}; lock files)`;
  const md = [
    ...(forReadme
      ? [
          'A text prefilter drops files before any parser sees them, and before they are even decoded: one pass over the bytes',
          'of each file for the keywords of every enabled rule (`meta.keywords`; each keyword is indexed by its rarest three',
          'bytes, so the scan looks up one table slot per byte). Rules that follow secret values only consider files that name',
          'one (`src/keywords.ts`). Parsers (TypeScript, tree-sitter) load only when a file needs one, and in one worker only',
          'while it keeps up: the other workers hand it the files that need its parser. Files stream through a pool of worker',
          'threads (`--jobs`, default the CPU count; scans of up to 200 files stay on the main thread, so a pre-commit never starts',
          'a thread), whose heaps are capped so that memory stays bounded; results merge in file order, so the output is the',
          'same whatever `--jobs`. `--verbose` prints the time of each stage.',
          '',
        ]
      : []),
    'Figures from `npm run bench` (bench/run.mjs): it generates the tree below deterministically, then times each tool on it.',
    '',
    `Machine: ${env.cpu}, ${env.memory} RAM, ${env.os}, Node ${env.node}; ${env.rg}; ${env.secretlint}. Load average at start: ${env.load}.`,
    `Tree: ${treeLine}. Median of ${RUNS} runs, warm page cache.`,
    '',
    table(rows),
    '',
    s ? `Stages of the full scan (${s.files.toLocaleString('en-US')} files read, ${(s.bytes / 1048576).toFixed(0)} MiB; ${s.candidates.toLocaleString('en-US')} past the prefilter; ${s.parsed.toLocaleString('en-US')} parsed):` : '',
    '',
    s ? table(stageRows) : '',
    '',
    reach ? `Prefilter reach: ${reach.parsed.toLocaleString('en-US')} of ${reach.code.toLocaleString('en-US')} code files hold a keyword of some AST rule and are parsed${forReadme ? ` (broadest: ${reach.broad.join(', ') || 'none'}; per-rule table in the \`npm run bench\` output).` : '; per rule:'}` : '',
    '',
    reach && !forReadme ? reach.table : '',
    '',
    `Findings on the tree: ${scan.findings} (${Object.entries(scan.byRule).map(([k, v]) => `${k} ${v}`).join(', ')}).`,
    secretlint ? `secretlint: ${secretlint.note}, with a pattern rule equivalent to the key rules (bench/secretlint-rule-stripe.mjs; the recommended preset has no Stripe rule).` : '',
    rg ? `rg: \`rg --hidden -n -e '${KEY_PATTERN}' .\` (${rg.matches} matching lines).` : '',
  ].filter((l, i, all) => l !== '' || all[i - 1] !== '');
  return md.join('\n');
}

function writeReadme(markdown) {
  const readme = path.join(ROOT, 'README.md');
  const text = readFileSync(readme, 'utf8');
  const begin = '<!-- bench:begin -->';
  const end = '<!-- bench:end -->';
  const block = `${begin}\n${markdown}\n${end}`;
  const next = text.includes(begin) && text.includes(end)
    ? text.slice(0, text.indexOf(begin)) + block + text.slice(text.indexOf(end) + end.length)
    : text.includes('\n## Development')
      ? text.replace('\n## Development', `\n## Performance\n\n${block}\n\n## Development`)
      : `${text.trimEnd()}\n\n## Performance\n\n${block}\n`;
  writeFileSync(readme, next);
  log('README.md updated');
}

async function main() {
  mkdirSync(WORK, { recursive: true });
  ensureBuilt();
  const env = machine();
  log(`tree: ${TREE}`);
  const started = Date.now();
  const { meta, manifest, reused } = ensureTree(TREE, { seed: SEED, files: FILES, mb: MB });
  log(`  ${reused ? 'reused' : 'generated'}: ${meta.files} files, ${(meta.bytes / 1e6).toFixed(0)} MB (${Date.now() - started} ms)`);
  const bundles = manifest.filter((f) => f.kind === 'bundle').map((f) => f.bytes);
  const mbOf = (b) => `${(b / 1e6).toFixed(b < 1e6 ? 1 : 0)}`;
  const results = { env, tree: { ...meta, bundles: bundles.length, bundleRange: `${mbOf(Math.min(...bundles))}–${mbOf(Math.max(...bundles))} MB` } };
  const reach = await keywordReach(manifest);
  results.keywordReach = reach;
  results.rg = runRipgrep();
  results.scan = runStripeGuard();
  results.scanKeys = runStripeGuard(['--rule', 'hardcoded-secret-key,hardcoded-webhook-secret'], RUNS);
  if (reach.broad.length) results.scanNarrow = { ...runStripeGuard(['--disable', reach.broad.join(',')], 1), disabled: reach.broad };
  if (!flag('quick')) results.scanJobs1 = runStripeGuard(['--jobs', '1'], 1);
  results.startup = runStartup();
  results.ten = await runTenFiles(manifest);
  results.staged = runStaged();
  results.secretlint = runSecretlint(manifest);
  const markdown = report(results);
  process.stdout.write(`\n${markdown}\n`);
  if (results.staged?.output) process.stdout.write(`\nbench/staged.mjs:\n${results.staged.output}\n`);
  const jsonOut = option('json', path.join(WORK, 'results.json'));
  writeFileSync(jsonOut, JSON.stringify({ ...results, scan: { ...results.scan, stdout: undefined }, markdown }, null, 2));
  if (flag('readme')) writeReadme(report(results, { forReadme: true }));
}

await main();
