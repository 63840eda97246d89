import path from 'node:path';
import { analyzeFile } from '../src/analyze.js';
import { defaultConfig } from '../src/config.js';
import type { Finding } from '../src/finding.js';
import { planRules } from '../src/plan.js';
import { filesSource, scan } from '../src/scan.js';

export const ROOT = path.resolve(import.meta.dirname, '..');
export const FIXTURES = path.join(ROOT, 'fixtures');

/** Findings of all rules on one in-memory file. */
export async function analyzeText(file: string, text: string, ruleIds?: string[]): Promise<Finding[]> {
  const plan = planRules(defaultConfig(), { only: ruleIds });
  const result = await analyzeFile({ path: file, content: Buffer.from(text) }, plan);
  return [...result.findings, ...result.conditional.map((c) => c.finding)];
}

/** Findings of all rules on files or folders, paths relative to `root`. */
export async function scanPaths(root: string, paths: string[]): Promise<Finding[]> {
  const config = defaultConfig();
  const result = await scan({ plan: planRules(config), source: filesSource({ root, paths, ignore: [], maxFileSize: config.maxFileSize }) });
  return result.findings;
}
