/** What crosses between the main thread and the workers: plain, structured-clonable data only. */
import type { FileResult, RulePlan } from '../analyze.js';
import { Prefilter } from '../prefilter.js';
import type { CheckSettings, Level } from '../rule.js';
import type { CodeLanguage } from '../languages.js';
import type { SourceFile } from '../source.js';
import type { StageStats } from '../stats.js';
import { rules as allRules } from '../../rules/index.js';

/** A RulePlan without functions: the enabled rule ids, level overrides and settings. */
export interface PlanSpec {
  ruleIds: string[];
  levels: [string, Level][];
  settings: CheckSettings;
}

/**
 * A batch of files; `grant` adds languages whose parser the worker may now load (a worker defers a
 * file whose parser it may not load: see `AnalyzeOptions.mayParse`).
 */
export type ToWorker = { type: 'batch'; batch: number; files: SourceFile[]; grant?: CodeLanguage[] } | { type: 'end' };
export type ToMain = { type: 'results'; batch: number; results: (FileResult | null)[] } | { type: 'stats'; stats: StageStats | undefined };

export function planSpec(plan: RulePlan): PlanSpec {
  return { ruleIds: plan.rules.map((rule) => rule.meta.id), levels: [...plan.levels], settings: plan.settings };
}

/** The same plan, rebuilt from the registry (rules are code: they cannot be sent to a thread). */
export function rebuildPlan(spec: PlanSpec): RulePlan {
  const ids = new Set(spec.ruleIds);
  const rules = allRules.filter((rule) => ids.has(rule.meta.id));
  return { rules, levels: new Map(spec.levels), prefilter: new Prefilter(rules, spec.settings.secretNames), settings: spec.settings };
}
