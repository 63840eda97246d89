/**
 * A worker thread of the pool: receives batches of plain SourceFiles, runs analyzeFile on each
 * (read + decode + prefilter + parse + rules) and posts the FileResults back. The rule plan arrives
 * as plain data (rule ids, levels, settings) and is rebuilt here from the static rule registry.
 * It loads only the parsers it was granted, and defers the files that need another one.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { analyzeFile } from '../analyze.js';
import { enableStats, stats, takeStats } from '../stats.js';
import type { FileResult } from '../analyze.js';
import type { CodeLanguage } from '../languages.js';
import { rebuildPlan, type PlanSpec, type ToMain, type ToWorker } from './protocol.js';

const { plan: spec, stats: statsOn, parsers } = workerData as { plan: PlanSpec; stats: boolean; parsers: CodeLanguage[] };
const plan = rebuildPlan(spec);
enableStats(statsOn);
/** The languages whose parser this worker may load; a file needing another is deferred (the main thread hands it to a worker that has it). */
const mayParse = new Set(parsers);
const options = { mayParse: (language: CodeLanguage) => mayParse.has(language) };

const port = parentPort!;
port.on('message', async (message: ToWorker) => {
  if (message.type === 'end') {
    const reply: ToMain = { type: 'stats', stats: stats.on ? takeStats() : undefined };
    port.postMessage(reply);
    port.close();
    return;
  }
  for (const language of message.grant ?? []) mayParse.add(language);
  const results: (FileResult | null)[] = [];
  for (const file of message.files) {
    const result = await analyzeFile(file, plan, options);
    // Most files give nothing: send a hole rather than three empty arrays.
    results.push(result.deferred || result.skipped || result.findings.length || result.facts.length || result.conditional.length ? result : null);
  }
  const reply: ToMain = { type: 'results', batch: message.batch, results };
  port.postMessage(reply);
});
