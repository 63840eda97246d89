/** Command line → scan options → scan → report → exit code (0 clean, 1 findings, 2 usage or internal error). */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { readBaseline, writeBaseline } from './baseline.js';
import { ConfigError, loadConfig } from './config.js';
import { engineDocs, ruleText, type RuleDoc } from './docs.js';
import { levelAtLeast } from './finding.js';
import { UsageError } from './errors.js';
import { planRules } from './plan.js';
import { jsonReporter } from './report/json.js';
import { sarifReporter } from './report/sarif.js';
import { textReporter } from './report/text.js';
import { githubReporter } from './report/github.js';
import { blockedCommitAdvice, install } from './install.js';
import { historySource, sinceSource, stagedSource, type HistorySource } from './sources/git.js';
import type { Reporter } from './report/types.js';
import { RULE_IDS, type Level } from './rule.js';
import { filesSource, scan } from './scan.js';
import { redact } from './secrets.js';
import { enableStats, formatStats, stats } from './stats.js';
import { didYouMean } from './suggest.js';
import { rules as allRules } from '../rules/index.js';

const REPORTERS: Record<string, Reporter> = { text: textReporter, json: jsonReporter, sarif: sarifReporter, github: githubReporter };
/** `--history` runs the key rules only. */
const KEY_RULES = ['hardcoded-secret-key', 'hardcoded-webhook-secret'];
const FAIL_ON = ['error', 'warning', 'note', 'never'] as const;

/**
 * Control characters escaped (a newline becomes `\u000a`): a file name or value echoed on stderr stays on its line,
 * so it can neither start a GitHub workflow command (`::error::…`) nor drive the terminal.
 */
function oneLine(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function toolVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

interface ScanFlags {
  staged?: boolean;
  since?: string;
  history?: string | boolean;
  format: string;
  output?: string;
  config?: string;
  baseline?: string;
  writeBaseline?: string;
  rule?: string[];
  disable?: string[];
  failOn: (typeof FAIL_ON)[number];
  jobs?: number;
  color?: boolean;
  quiet?: boolean;
  verbose?: boolean;
  includeSuppressed?: boolean;
  sarifCategory?: string;
}

/** flag > NO_COLOR (non-empty) > FORCE_COLOR > a TTY that is not dumb. Color only in text written to a terminal. */
function useColor(flags: ScanFlags, stream: NodeJS.WriteStream): boolean {
  if (flags.color === false || flags.output || flags.format !== 'text') return false;
  const force = process.env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false';
  if (process.env.NO_COLOR) return false;
  return Boolean(stream.isTTY) && process.env.TERM !== 'dumb';
}

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number of at least 1.');
  return n;
}

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, ...value.split(',').map((s) => s.trim()).filter(Boolean)];
}

function allDocs(): RuleDoc[] {
  return [...allRules.map((rule) => rule.meta as RuleDoc), ...engineDocs()];
}

async function runScan(paths: string[], flags: ScanFlags): Promise<number> {
  const started = Date.now();
  enableStats(Boolean(flags.verbose || process.env.STRIPE_GUARD_STATS));
  const inputs = paths.length ? paths : ['.'];
  const root = scanRoot(inputs);
  const config = loadConfig(flags.config, inputs[0]!);
  const onSkip = flags.verbose ? (file: string, reason: string) => void process.stderr.write(`stripe-guard: skipped ${oneLine(redact(file))}: ${reason}\n`) : undefined;
  const history = flags.history !== undefined && flags.history !== false;
  const modes = [flags.staged && '--staged', flags.since !== undefined && '--since', history && '--history'].filter(Boolean);
  if (modes.length > 1) throw new UsageError(`${modes.join(' and ')} cannot be combined`);
  const only = history ? historyRules(flags.rule, config.rules) : flags.rule;
  const plan = planRules(config, { only, disable: flags.disable });
  // Git modes: pathspecs relative to the working directory, which is also the scan root.
  const gitOptions = { cwd: process.cwd(), paths, ignore: config.ignore, maxFileSize: config.maxFileSize, onSkip };
  let historyScan: HistorySource | undefined;
  const source = flags.staged
    ? stagedSource(gitOptions)
    : flags.since !== undefined
      ? sinceSource({ ...gitOptions, ref: flags.since })
      : history
        ? (historyScan = historySource({ ...gitOptions, range: typeof flags.history === 'string' ? flags.history : undefined }))
        : filesSource({ root, paths: inputs, ignore: config.ignore, maxFileSize: config.maxFileSize, onSkip });
  const baseline = flags.baseline ? readBaseline(flags.baseline) : undefined;
  const result = await scan({ plan, source, baseline, includeSuppressed: flags.includeSuppressed || Boolean(flags.writeBaseline), jobs: flags.jobs, onSkip });
  if (historyScan) result.findings = historyScan.firstIntroductions(result.findings);

  if (flags.writeBaseline) {
    writeBaseline(flags.writeBaseline, result.findings);
    process.stderr.write(`Wrote ${result.findings.length} finding(s) to the baseline ${flags.writeBaseline}.\n`);
    return 0;
  }

  const findings = flags.quiet ? result.findings.filter((f) => f.level === 'error') : result.findings;
  const docs = allDocs().filter((doc) => plan.rules.some((r) => r.meta.id === doc.id) || findings.some((f) => f.ruleId === doc.id));
  const stream = process.stdout;
  const reportStart = stats.on ? performance.now() : 0;
  const report = REPORTERS[flags.format]!(
    { findings, rules: docs, filesScanned: result.filesScanned, suppressedCount: result.suppressedCount, toolVersion: toolVersion() },
    { color: useColor(flags, stream), sarifCategory: flags.sarifCategory },
  );
  if (flags.output) writeOutput(flags.output, report);
  else stream.write(report);
  if (result.stats) result.stats.ms.report = performance.now() - reportStart;
  if (flags.verbose) process.stderr.write(`stripe-guard: ${result.filesScanned} files in ${Date.now() - started} ms, ${plan.rules.length} rules\n`);
  if (flags.verbose && result.stats) process.stderr.write(`stripe-guard: ${formatStats(result.stats)}\n`);
  if (process.env.STRIPE_GUARD_STATS && result.stats) process.stderr.write(`stripe-guard-stats ${JSON.stringify({ ...result.stats, wallMs: Date.now() - started })}\n`);

  const threshold = flags.failOn;
  const failing = threshold !== 'never' && findings.some((f) => !f.suppression && levelAtLeast(f.level, threshold as Level));
  // In a pre-commit hook (ours, husky, lint-staged, the pre-commit framework), say how to get unblocked.
  if (failing && (flags.staged || process.env.PRE_COMMIT === '1' || process.env.GIT_INDEX_FILE)) {
    const blocking = findings.filter((f) => !f.suppression && levelAtLeast(f.level, threshold as Level)).map((f) => f.ruleId);
    process.stderr.write(blockedCommitAdvice([...new Set(blocking)], Boolean(flags.staged)));
  }
  return failing ? 1 : 0;
}

/** Paths are reported relative to the working directory, or to the inputs' common folder when they lie outside it. */
function scanRoot(inputs: readonly string[]): string {
  const cwd = process.cwd();
  const absolute = inputs.map((p) => path.resolve(p));
  const inside = (p: string) => p === cwd || p.startsWith(cwd + path.sep);
  if (absolute.every(inside)) return cwd;
  let common = path.dirname(absolute[0]!);
  while (!absolute.every((p) => p === common || p.startsWith(common + path.sep))) common = path.dirname(common);
  return common;
}

/** The key rules `--history` runs: those asked with --rule (if any) that the configuration leaves on. */
function historyRules(asked: readonly string[] | undefined, configured: Record<string, unknown>): string[] {
  const rules = asked?.length ? asked.filter((id) => KEY_RULES.includes(id)) : KEY_RULES.filter((id) => configured[id] !== 'off');
  if (!rules.length) throw new UsageError(`--history runs only the key rules (${KEY_RULES.join(', ')})`);
  return rules;
}

function writeOutput(file: string, report: string): void {
  try {
    writeFileSync(file, report);
  } catch (error) {
    throw new UsageError(`--output: cannot write ${file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
}

function listRules(): string {
  const width = Math.max(...allRules.map((r) => r.meta.id.length));
  return `${allRules
    .map((r) => `${r.meta.id.padEnd(width)}  ${r.meta.level.padEnd(7)}  ${r.meta.languages.map((l) => (l === 'text' ? 'all text' : l)).join(', ').padEnd(38)}  ${r.meta.summary}`)
    .join('\n')}\n`;
}

function explain(id: string): string {
  const doc = allDocs().find((d) => d.id === id);
  if (!doc) throw new UsageError(`unknown rule id "${id}"${didYouMean(id, [...RULE_IDS])}; run \`stripe-guard rules\` for the list`);
  return `${ruleText(doc)}\n`;
}

function buildProgram(setExit: (code: number) => void): Command {
  const program = new Command('stripe-guard')
    .description('Security linter for code that integrates with Stripe')
    .version(toolVersion())
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(redact(s)) });

  program
    .command('scan')
    .description('scan files or folders (default: .)')
    .argument('[paths...]', 'files or folders to scan')
    .option('--staged', 'scan the content staged in the git index (pre-commit)')
    .option('--since <ref>', 'scan only files changed since <ref>, report only findings on changed lines')
    .option('--history [range]', 'scan every blob in the git history (or a rev range) for hardcoded keys')
    .addOption(new Option('--format <format>', 'output format').choices(Object.keys(REPORTERS)).default('text'))
    .option('--output <file>', 'write the report there instead of stdout')
    .option('--config <file>', 'configuration file (JSON)')
    .option('--baseline <file>', 'suppress findings recorded in that baseline')
    .option('--write-baseline <file>', 'record all current findings as the baseline and exit 0')
    .option('--rule <ids>', 'run only these rules (comma-separated or repeated)', collect)
    .option('--disable <ids>', 'skip these rules (comma-separated or repeated)', collect)
    .addOption(new Option('--fail-on <level>', 'lowest level that makes the exit code 1').choices(FAIL_ON).default('warning'))
    .option('--jobs <n>', 'worker threads (default: CPU count)', positiveInteger)
    .option('--include-suppressed', 'also report suppressed findings (SARIF: with `suppressions`)')
    .option('--sarif-category <category>', 'SARIF automationDetails.id category')
    .option('--no-color', 'never color the output')
    .option('--quiet', 'report errors only')
    .option('--verbose', 'print timings and skipped files on stderr')
    .action(async (paths: string[], flags: ScanFlags) => setExit(await runScan(paths, flags)));

  program
    .command('install')
    .description('install the pre-commit hook (husky when present, else .git/hooks)')
    .action(async () => {
      const { messages } = await install(process.cwd());
      process.stdout.write(`${messages.join('\n')}\n`);
    });

  program
    .command('rules')
    .description('list the rules (id, level, languages, summary)')
    .action(() => void process.stdout.write(listRules()));

  program
    .command('explain')
    .description("print a rule's documentation: why, bad example, fix")
    .argument('<rule-id>')
    .action((id: string) => void process.stdout.write(explain(id)));

  return program;
}

/** Runs the CLI; resolves to the exit code. Never prints a secret, even in an error. */
export async function main(argv: readonly string[]): Promise<number> {
  let code = 0;
  const program = buildProgram((c) => {
    code = c;
  });
  try {
    await program.parseAsync([...argv]);
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? 0 : 2; // --help / --version exit 0; usage errors were printed by commander
    }
    if (error instanceof UsageError || error instanceof ConfigError) {
      process.stderr.write(`stripe-guard: ${oneLine(redact(error.message))}\n`);
      return 2;
    }
    const message = error instanceof Error ? (process.argv.includes('--verbose') ? (error.stack ?? error.message) : error.message) : String(error);
    process.stderr.write(`stripe-guard: internal error: ${redact(message)}\n`);
    return 2;
  }
}

