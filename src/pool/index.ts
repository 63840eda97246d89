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
import { CODE_LANGUAGES, type CodeLanguage } from '../languages.js';
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
/**
 * Files needing a parser go to a worker that already loaded it (TypeScript costs ~0.5 s of CPU per
 * thread that loads it); another worker gets that parser too only when this many such files wait
 * on every worker that has it, and those have answered one already (a worker loading its parser is
 * not behind).
 */
const HANDOFF_BACKLOG = 128;
const MAX_JOBS = 64;
/**
 * Old-generation cap of each worker. V8 grows a heap lazily up to a limit derived from the machine's
 * memory (GBs here); a cap keeps garbage collection frequent and RSS bounded (SPEC: < 500 MB),
 * at no measured cost in speed. A worker that hits it is replaced by the main thread for its files
 * (STRIPE_GUARD_WORKER_HEAP_MB: a test hook that sets the cap).
 */
const WORKER_OLD_SPACE_MB = Number(process.env.STRIPE_GUARD_WORKER_HEAP_MB) || 192;
/** Young generation of each worker: V8's default is sized for throughput; 16 MB saves ~60 MB RSS at no measured cost. */
const WORKER_YOUNG_SPACE_MB = 16;

export function defaultJobs(): number {
  return availableParallelism();
}

export type OnResult = (index: number, result: FileResult) => void;

export interface AnalyzeOptions {
  /** Worker threads (default: the CPU count). Scans of few files run on the main thread. */
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
  // STRIPE_GUARD_INLINE_MAX_FILES: a test hook (test/determinism.test.ts forces the pool on small trees).
  const forced = process.env.STRIPE_GUARD_INLINE_MAX_FILES;
  const limit = options.inlineMaxFiles ?? (forced !== undefined && forced !== '' ? Number(forced) : INLINE_MAX_FILES);
  {
    while (head.length <= limit) {
      const item = await next();
      if (item.done) {
        exhausted = true;
        break;
      }
      head.push(item.value);
    }
  }
  const url = !exhausted && plan.rules.every((rule) => allRules.includes(rule)) ? workerUrl() : undefined;
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
    if (result.findings.length || result.facts.length || result.conditional.length || result.skipped) onResult(index, result);
    index++;
  };
  for (const file of head) await analyze(file);
  if (!exhausted) {
    for (let item = await next(); !item.done; item = await next()) await analyze(item.value);
  }
  return { files: index, workers: 0 };
}

/**
 * The batch as a message. Contents (git blobs) are often views into a larger buffer, and cloning a
 * view copies its whole underlying buffer: each is copied to a buffer of its own, which is then
 * transferred, not cloned.
 */
function batchMessage(batch: number, files: SourceFile[], grant?: CodeLanguage[]): { message: ToWorker; transfer: ArrayBuffer[] } {
  const transfer: ArrayBuffer[] = [];
  const sent = files.map((file) => {
    if (!file.content) return file;
    const own = new Uint8Array(file.content.byteLength);
    own.set(file.content);
    transfer.push(own.buffer);
    return { ...file, content: own };
  });
  return { message: { type: 'batch', batch, files: sent, grant }, transfer };
}

interface PoolWorker {
  worker: Worker;
  /** Batches sent and not answered yet. */
  batches: Set<number>;
  /** The languages whose parser it may load. */
  parsers: Set<CodeLanguage>;
  /** Files handed to it for their parser, not answered yet. */
  handoffs: number;
  /** It answered a handed-off file: its parsers are loaded. */
  warm: boolean;
  alive: boolean;
  /** Its stage times arrived (or never will). */
  statsDone: boolean;
}

interface Batch {
  first: number;
  files: SourceFile[];
  /** A file deferred by another worker, handed to this one for its parser. */
  handoff?: boolean;
}

async function inPool(url: URL, jobs: number, head: SourceFile[], next: () => Promise<IteratorResult<SourceFile>>, plan: RulePlan, onResult: OnResult): Promise<AnalyzeSummary> {
  const spec = planSpec(plan);
  const sent = new Map<number, Batch>();
  const totals = stats.on ? emptyStats() : undefined;
  /** Batches of workers that died (out of memory): the main thread analyses them. */
  const orphans: Batch[] = [];
  let wake: (() => void) | undefined;
  const signal = () => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  const waitForSignal = () => new Promise<void>((resolve) => (wake = resolve));
  let statsPending = 0;
  let ending = false;

  const lose = (entry: PoolWorker) => {
    if (!entry.alive) return;
    entry.alive = false;
    for (const id of entry.batches) {
      orphans.push(sent.get(id)!);
      sent.delete(id);
    }
    entry.batches.clear();
    if (ending && !entry.statsDone) {
      entry.statsDone = true;
      statsPending--;
    }
    signal();
  };

  // A lone worker may load every parser. In a pool, the first worker to need a parser gets it, and
  // the others defer such files to it until it falls behind (handOff).
  const pool: PoolWorker[] = Array.from({ length: jobs }, () => {
    const parsers = new Set<CodeLanguage>(jobs === 1 ? CODE_LANGUAGES : []);
    const worker = new Worker(url, { workerData: { plan: spec, stats: stats.on, parsers: [...parsers] }, resourceLimits: { maxOldGenerationSizeMb: WORKER_OLD_SPACE_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_SPACE_MB } });
    const entry: PoolWorker = { worker, batches: new Set(), parsers, handoffs: 0, warm: false, alive: true, statsDone: false };
    worker.on('message', (message: ToMain) => {
      if (message.type === 'results') {
        const batch = sent.get(message.batch);
        if (!batch || !entry.alive) return; // the worker was given up: the main thread redoes its batches
        sent.delete(message.batch);
        entry.batches.delete(message.batch);
        if (batch.handoff) {
          entry.handoffs--;
          entry.warm = true;
        }
        const t = stats.on ? performance.now() : 0;
        message.results.forEach((result, i) => {
          if (result?.deferred) handOff(batch.first + i, batch.files[i]!, result.deferred, entry);
          else if (result) onResult(batch.first + i, result);
        });
        if (stats.on) lap('merge', t);
      } else {
        if (message.stats && totals) {
          addStats(totals, message.stats);
          totals.workers++;
        }
        if (!entry.statsDone) statsPending--;
        entry.statsDone = true;
      }
      signal();
    });
    worker.on('error', () => lose(entry));
    worker.on('exit', () => lose(entry));
    return entry;
  });
  const alive = () => pool.filter((w) => w.alive);

  const send = (target: PoolWorker, batch: Batch, grant?: CodeLanguage[]) => {
    const id = batchId++;
    sent.set(id, batch);
    target.batches.add(id);
    if (batch.handoff) target.handoffs++;
    const { message, transfer } = batchMessage(id, batch.files, grant);
    target.worker.postMessage(message, transfer);
  };

  /**
   * A file that `from` deferred because it may not load the parser: to the least busy worker that
   * has it, unless all of those are behind, in which case `from` may load it too.
   */
  const handOff = (index: number, file: SourceFile, language: CodeLanguage, from: PoolWorker) => {
    const owners = alive().filter((w) => w.parsers.has(language));
    let target = owners.reduce<PoolWorker | undefined>((best, w) => (!best || w.handoffs < best.handoffs ? w : best), undefined);
    let grant: CodeLanguage[] | undefined;
    if (!target || (target.warm && target.handoffs >= HANDOFF_BACKLOG)) {
      target = from;
      from.parsers.add(language);
      grant = [language];
    }
    send(target, { first: index, files: [file], handoff: true }, grant);
  };

  const rescue = async () => {
    while (orphans.length) {
      const batch = orphans.shift()!;
      await inline(batch.files, true, next, plan, (i, result) => onResult(batch.first + i, result));
    }
  };

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
      const batch: Batch = { first: index, files };
      index += files.length;
      let target: PoolWorker | undefined;
      for (;;) {
        await rescue();
        const candidates = alive();
        if (candidates.length === 0) break;
        target = candidates.reduce((best, w) => (w.batches.size < best.batches.size ? w : best));
        if (target.batches.size < BATCHES_PER_WORKER) break;
        target = undefined;
        await waitForSignal();
      }
      if (!target) {
        // Every worker is gone: the main thread carries on alone.
        orphans.push(batch);
        await rescue();
        continue;
      }
      send(target, batch);
    }
    for (;;) {
      await rescue();
      if (sent.size === 0) break;
      await waitForSignal();
    }
    ending = true;
    const live = alive();
    statsPending = live.length;
    for (const { worker } of live) worker.postMessage({ type: 'end' } satisfies ToWorker);
    while (statsPending > 0) await waitForSignal();
  } finally {
    ending = true;
    for (const entry of pool) entry.alive = false;
    await Promise.all(pool.map(({ worker }) => worker.terminate()));
  }
  return { files: index, workers: pool.length, stats: totals };
}
