import type { AnyRule } from './rule.js';

/**
 * The cheap text test that keeps files that cannot match away from any parser. Every keyword of
 * every enabled rule is searched once per file; a rule is a candidate when one of its keywords occurs.
 */
export class Prefilter {
  private readonly keywords: string[];
  private readonly always: AnyRule[];
  private readonly byKeyword: Map<string, AnyRule[]>;

  constructor(private readonly rules: readonly AnyRule[]) {
    this.byKeyword = new Map();
    this.always = [];
    for (const rule of rules) {
      if (rule.meta.keywords.length === 0) this.always.push(rule);
      for (const keyword of rule.meta.keywords) {
        const list = this.byKeyword.get(keyword) ?? [];
        list.push(rule);
        this.byKeyword.set(keyword, list);
      }
    }
    this.keywords = [...this.byKeyword.keys()];
  }

  /** The rules that may report something in this text, in registry order. */
  rulesFor(text: string): AnyRule[] {
    const hits = new Set<AnyRule>(this.always);
    for (const keyword of this.keywords) {
      const rules = this.byKeyword.get(keyword)!;
      if (rules.every((rule) => hits.has(rule))) continue;
      if (text.includes(keyword)) for (const rule of rules) hits.add(rule);
    }
    return this.rules.filter((rule) => hits.has(rule));
  }
}
