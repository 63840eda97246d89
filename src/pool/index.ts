/**
 * Runs analyzeFile over a stream of files, on the main thread for small scans and on a pool of
 * worker threads for large ones. Files are pulled from the source only as workers have room
 * (bounded memory); each result is tagged with the file's position in the stream so that the
 * caller can merge them in a deterministic order, whatever thread finished first.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { analyzeFile, type FileResult, type RulePlan } from '../analyze.js';
import type { SourceFile } from '../source.js';
import { addStats, emptyStats, lap, stats, takeStats, type StageStats } from '../stats.js';
import { planSpec, type ToMain, type ToWorker } from './protocol.js';
import { rules as allRules } from '../../rules/index.js';

/**
 * Up to this many files are analysed on the main thread: starting a worker costs ~40 ms of
 * wall time, more than a pre-commit of a few dozen files takes to analyse (bench: `npm run bench`).
 */
export const INLINE_MAX_FILES = 200;
/** Files per message: amortises the message cost, small enough to balance the threads. */
const BATCH_FILES = 32;
/** Batches queued per worker, so that none waits on the main thread between two batches. */
const BATCHES_PER_WORKER = 2;
const MAX_JOBS = 64;

export function defaultJobs(): number {
  return availableParallelism();
}

export type OnResult = (index: number, result: FileResult) => void;

export interface AnalyzeOptions {
  /** Worker threads; 1 analyses everything on the main thread. Default: the CPU count. */
  jobs?: number;
  /** Forces the threshold (tests and the benchmark). */
  inlineMaxFiles?: number;
}

export interface AnalyzeSummary {
  files: number;
  /** Worker threads used (0: main thread only). */
  workers: number;
  /** Stage times of every thread, when stats are on. */
  stats?: StageStats;
}

function workerUrl(): URL | undefined {
  const url = new URL('./worker.js', import.meta.url);
  // Run from TypeScript sources (vitest), there is no compiled worker: analyse inline.
  return existsSync(fileURLToPath(url)) ? url : undefined;
}

/** Analyses every file of the stream; `onResult` receives the non-empty results only. */
export async function analyzeFiles(files: AsyncIterable<SourceFile>, plan: RulePlan, onResult: OnResult, options: AnalyzeOptions = {}): Promise<AnalyzeSummary> {
  const jobs = Math.min(MAX_JOBS, Math.max(1, options.jobs ?? defaultJobs()));
  const iterator = files[Symbol.asyncIterator]();
  const next = async (): Promise<IteratorResult<SourceFile>> => {
    if (!stats.on) return iterator.next();
    const t = performance.now();
    const item = await iterator.next();
    lap('walk', t);
    return item;
  };

  // Read ahead a little: a small scan never pays for starting threads.
  const head: SourceFile[] = [];
  let exhausted = false;
  const limit = options.inlineMaxFiles ?? INLINE_MAX_FILES;
  if (jobs > 1) {
    while (head.length <= limit) {
      const item = await next();
      if (item.done) {
        exhausted = true;
        break;
      }
      head.push(item.value);
    }
  }
  const url = jobs > 1 && !exhausted && plan.rules.every((rule) => allRules.includes(rule)) ? workerUrl() : undefined;
  const summary = url ? await inPool(url, jobs, head, next, plan, onResult) : await inline(head, exhausted, next, plan, onResult);
  if (stats.on) {
    const total = summary.stats ?? emptyStats();
    addStats(total, takeStats());
    summary.stats = total;
  }
  return summary;
}

async function inline(head: SourceFile[], exhausted: boolean, next: () => Promise<IteratorResult<SourceFile>>, plan: RulePlan, onResult: OnResult): Promise<AnalyzeSummary> {
  let index = 0;
  const analyze = async (file: SourceFile) => {
    const result = await analyzeFile(file, plan);
    if (result.findings.length || result.facts.length || result.conditional.length) onResult(index, result);
    index++;
  };
  for (const file of head) await analyze(file);
  if (!exhausted) {
    for (let item = await next(); !item.done; item = await next()) await analyze(item.value);
  }
  return { files: index, workers: 0 };
}

interface PoolWorker {
  worker: Worker;
  inFlight: number;
}

async function inPool(url: URL, jobs: number, head: SourceFile[], next: () => Promise<IteratorResult<SourceFile>>, plan: RulePlan, onResult: OnResult): Promise<AnalyzeSummary> {
  const spec = planSpec(plan);
  const batchStart = new Map<number, number>();
  const totals = stats.on ? emptyStats() : undefined;
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const signal = () => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  let statsPending = 0;
  let ending = false;

  const pool: PoolWorker[] = Array.from({ length: jobs }, () => {
    const entry: PoolWorker = { worker: new Worker(url, { workerData: { plan: spec, stats: stats.on } }), inFlight: 0 };
    entry.worker.on('message', (message: ToMain) => {
      if (message.type === 'results') {
        entry.inFlight--;
        const first = batchStart.get(message.batch)!;
        batchStart.delete(message.batch);
        const t = stats.on ? performance.now() : 0;
        message.results.forEach((result, i) => {
          if (result) onResult(first + i, result);
        });
        if (stats.on) lap('merge', t);
      } else {
        if (message.stats && totals) {
          addStats(totals, message.stats);
          totals.workers++;
        }
        statsPending--;
      }
      signal();
    });
    entry.worker.on('error', (error) => {
      failure ??= new Error(`a worker thread failed: ${error.message}`);
      signal();
    });
    entry.worker.on('exit', (code) => {
      if (!ending || code !== 0) failure ??= new Error(`a worker thread exited early (code ${code})`);
      signal();
    });
    return entry;
  });

  const waitForSignal = () => new Promise<void>((resolve) => (wake = resolve));
  let index = 0;
  let batchId = 0;
  let headAt = 0;
  let done = false;
  try {
    while (!done) {
      const files: SourceFile[] = [];
      while (files.length < BATCH_FILES) {
        if (headAt < head.length) {
          files.push(head[headAt++]!);
          continue;
        }
        const item = await next();
        if (item.done) {
          done = true;
          break;
        }
        files.push(item.value);
      }
      if (files.length === 0) break;
      let target = pool.reduce((best, w) => (w.inFlight < best.inFlight ? w : best));
      while (!failure && target.inFlight >= BATCHES_PER_WORKER) {
        await waitForSignal();
        target = pool.reduce((best, w) => (w.inFlight < best.inFlight ? w : best));
      }
      if (failure) throw failure;
      batchStart.set(batchId, index);
      index += files.length;
      target.inFlight++;
      const message: ToWorker = { type: 'batch', batch: batchId++, files };
      target.worker.postMessage(message);
    }
    while (!failure && batchStart.size > 0) await waitForSignal();
    if (failure) throw failure;
    ending = true;
    statsPending = pool.length;
    for (const { worker } of pool) worker.postMessage({ type: 'end' } satisfies ToWorker);
    while (!failure && statsPending > 0) await waitForSignal();
    if (failure) throw failure;
  } finally {
    ending = true;
    await Promise.all(pool.map(({ worker }) => worker.terminate()));
  }
  return { files: index, workers: pool.length, stats: totals };
}
