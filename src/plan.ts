import type { RulePlan } from './analyze.js';
import type { Config } from './config.js';
import { Prefilter } from './prefilter.js';
import { RULE_IDS, type AnyRule, type Level } from './rule.js';
import { didYouMean } from './suggest.js';
import { UsageError } from './errors.js';
import { rules as allRules } from '../rules/index.js';


export interface RuleSelection {
  /** `--rule`: run only these. */
  only?: readonly string[];
  /** `--disable`: skip these. */
  disable?: readonly string[];
}

function checkIds(ids: readonly string[], flag: string): void {
  for (const id of ids) {
    if (!(RULE_IDS as readonly string[]).includes(id)) throw new UsageError(`${flag}: unknown rule id "${id}"${didYouMean(id, RULE_IDS)}`);
  }
}

/** The enabled rules, their levels and the prefilter built from their keywords. */
export function planRules(config: Config, selection: RuleSelection = {}): RulePlan {
  checkIds(selection.only ?? [], '--rule');
  checkIds(selection.disable ?? [], '--disable');
  const levels = new Map<string, Level>();
  const enabled: AnyRule[] = allRules.filter((rule) => {
    const id = rule.meta.id;
    if (selection.only?.length) return selection.only.includes(id) && !selection.disable?.includes(id);
    if (selection.disable?.includes(id)) return false;
    return config.rules[id] !== 'off';
  });
  for (const rule of enabled) {
    const setting = config.rules[rule.meta.id];
    if (setting && setting !== 'off') levels.set(rule.meta.id, setting);
  }
  return { rules: enabled, levels, prefilter: new Prefilter(enabled, config.secretNames), settings: { secretNames: config.secretNames } };
}
