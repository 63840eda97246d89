/**
 * The pipeline, top to bottom:
 *   sources → prefilter → parse → rules  (per file, in analyzeFile)
 *   → project facts → suppress/baseline → sort → (report, in the CLI)
 */
import path from 'node:path';
import { analyzeFile, type FileResult, type RulePlan } from './analyze.js';
import { compareFindings, type Finding } from './finding.js';
import type { SourceFile } from './source.js';
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
  /** Parallel file analyses. */
  jobs?: number;
}

export interface ScanResult {
  /** Sorted; suppressed ones only with `includeSuppressed`. */
  findings: Finding[];
  filesScanned: number;
  suppressedCount: number;
}

export interface FilesSourceOptions {
  root: string;
  paths: readonly string[];
  ignore: readonly string[];
  maxFileSize: number;
}

/** The working tree under the given paths. */
export function filesSource(options: FilesSourceOptions): Source {
  return { files: walkFiles({ ...options, root: path.resolve(options.root) }) };
}

/** Analyses files with at most `limit` in flight, streaming (never holding the whole tree). */
async function analyzeAll(files: AsyncIterable<SourceFile>, plan: RulePlan, limit: number, onResult: (result: FileResult) => void): Promise<number> {
  const inFlight = new Set<Promise<void>>();
  let count = 0;
  for await (const file of files) {
    count++;
    const task = analyzeFile(file, plan).then(onResult);
    const tracked = task.finally(() => inFlight.delete(tracked));
    inFlight.add(tracked);
    if (inFlight.size >= limit) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  return count;
}

export async function scan(options: ScanOptions): Promise<ScanResult> {
  const findings: Finding[] = [];
  const facts = new Set<string>();
  const conditional: FileResult['conditional'] = [];
  const filesScanned = await analyzeAll(options.source.files, options.plan, Math.max(1, options.jobs ?? 8) * 4, (result) => {
    findings.push(...result.findings);
    for (const fact of result.facts) facts.add(fact);
    conditional.push(...result.conditional);
  });

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
  return { findings: kept, filesScanned, suppressedCount };
}
