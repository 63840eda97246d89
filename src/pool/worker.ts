/**
 * A worker thread of the pool: receives batches of plain SourceFiles, runs analyzeFile on each
 * (read + decode + prefilter + parse + rules) and posts the FileResults back. The rule plan arrives
 * as plain data (rule ids, levels, settings) and is rebuilt here from the static rule registry.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { analyzeFile } from '../analyze.js';
import { enableStats, stats, takeStats } from '../stats.js';
import type { FileResult } from '../analyze.js';
import { rebuildPlan, type PlanSpec, type ToMain, type ToWorker } from './protocol.js';

const { plan: spec, stats: statsOn } = workerData as { plan: PlanSpec; stats: boolean };
const plan = rebuildPlan(spec);
enableStats(statsOn);

const port = parentPort!;
port.on('message', async (message: ToWorker) => {
  if (message.type === 'end') {
    const reply: ToMain = { type: 'stats', stats: stats.on ? takeStats() : undefined };
    port.postMessage(reply);
    port.close();
    return;
  }
  const results: (FileResult | null)[] = [];
  for (const file of message.files) {
    const result = await analyzeFile(file, plan);
    // Most files give nothing: send a hole rather than three empty arrays.
    results.push(result.findings.length || result.facts.length || result.conditional.length ? result : null);
  }
  const reply: ToMain = { type: 'results', batch: message.batch, results };
  port.postMessage(reply);
});
