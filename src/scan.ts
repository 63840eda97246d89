/**
 * The pipeline, top to bottom:
 *   sources → prefilter → parse → rules  (per file, in analyzeFile)
 *   → project facts → suppress/baseline → sort → (report, in the CLI)
 */
import path from 'node:path';
import type { FileResult, RulePlan } from './analyze.js';
import { compareFindings, type Finding } from './finding.js';
import { analyzeFiles } from './pool/index.js';
import type { SourceFile } from './source.js';
import type { StageStats } from './stats.js';
import { walkFiles } from './sources/files.js';

export interface Source {
  /** The files to analyse. */
  files: AsyncIterable<SourceFile>;
  /** Keeps only some findings (e.g. those on lines a diff changed). */
  keep?: (finding: Finding) => boolean;
}

export interface ScanOptions {
  plan: RulePlan;
  source: Source;
  /** Fingerprints of findings to suppress (a baseline). */
  baseline?: ReadonlySet<string>;
  includeSuppressed?: boolean;
  /** Worker threads (default: the CPU count; 1: the main thread only). Small scans never start any. */
  jobs?: number;
  /** Told about each file the analysis skipped (over the size limit, learnt when it was opened). */
  onSkip?: (path: string, reason: string) => void;
}

export interface ScanResult {
  /** Sorted; suppressed ones only with `includeSuppressed`. */
  findings: Finding[];
  filesScanned: number;
  suppressedCount: number;
  /** Stage times, when `--verbose` or STRIPE_GUARD_STATS turned them on (src/stats.ts). */
  stats?: StageStats;
}

export interface FilesSourceOptions {
  root: string;
  paths: readonly string[];
  ignore: readonly string[];
  maxFileSize: number;
  onSkip?: (path: string, reason: string) => void;
}

/** The working tree under the given paths. */
export function filesSource(options: FilesSourceOptions): Source {
  return { files: walkFiles({ ...options, root: path.resolve(options.root) }) };
}

export async function scan(options: ScanOptions): Promise<ScanResult> {
  // Files stream through the worker pool (or the main thread for small scans); results are merged
  // in the order the source yielded the files, whichever thread finished first.
  const byIndex = new Map<number, FileResult>();
  const analyzed = await analyzeFiles(options.source.files, options.plan, (index, result) => byIndex.set(index, result), { jobs: options.jobs });
  let filesScanned = analyzed.files;
  const findings: Finding[] = [];
  const facts = new Set<string>();
  const conditional: FileResult['conditional'] = [];
  for (const index of [...byIndex.keys()].sort((a, b) => a - b)) {
    const result = byIndex.get(index)!;
    if (result.skipped) {
      options.onSkip?.(result.skipped.path, result.skipped.reason);
      filesScanned--;
    }
    findings.push(...result.findings);
    for (const fact of result.facts) facts.add(fact);
    conditional.push(...result.conditional);
  }

  // Project facts: a conditional finding stands unless some file recorded its fact.
  for (const { fact, finding } of conditional) if (!facts.has(fact)) findings.push(finding);

  let suppressedCount = 0;
  const kept: Finding[] = [];
  for (const finding of findings) {
    if (options.source.keep && !options.source.keep(finding)) continue;
    if (!finding.suppression && options.baseline?.has(finding.fingerprint)) {
      finding.suppression = { kind: 'external', justification: 'recorded in the baseline' };
    }
    if (finding.suppression) {
      suppressedCount++;
      if (!options.includeSuppressed) continue;
    }
    kept.push(finding);
  }
  kept.sort(compareFindings);
  return { findings: kept, filesScanned, suppressedCount, stats: analyzed.stats };
}
