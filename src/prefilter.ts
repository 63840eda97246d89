import type { AnyRule } from './rule.js';

/** The inline-suppression comment marker: files that hold one are never dropped by the prefilter. */
export const SUPPRESSION_MARKER = 'stripe-guard-ignore';

export interface PrefilterMatch {
  /** The rules that may report something in this text, in registry order. */
  rules: AnyRule[];
  /** The text holds the suppression marker. */
  suppression: boolean;
}

const MAX_CACHED_PATTERNS = 256;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

interface TrieNode {
  end: boolean;
  next: Map<string, TrieNode>;
}

/**
 * One regular expression for a set of literal keywords, factored as a trie (`s(?:k_(?:live_|test_)|tripe)`)
 * so that the engine tries one branch per character instead of every keyword at every position.
 * At each node a longer keyword is preferred (greedy optional group), so a match is the longest
 * keyword that starts there; the shorter ones starting there are its prefixes.
 */
export function trieSource(keywords: readonly string[]): string {
  const root: TrieNode = { end: false, next: new Map() };
  for (const keyword of keywords) {
    let node = root;
    for (const ch of keyword) {
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = { end: false, next: new Map() }));
      node = child;
    }
    node.end = true;
  }
  const emit = (node: TrieNode): string => {
    const branches = [...node.next.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([ch, child]) => escapeRegExp(ch) + emit(child));
    if (branches.length === 0) return '';
    const group = branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
    return node.end ? `(?:${group})?` : group;
  };
  return emit(root);
}

/**
 * The cheap text test that keeps files that cannot match away from any parser. The keywords of
 * every enabled rule (and the suppression marker) are searched in one pass with one combined,
 * trie-factored regular expression; once a keyword's rules are all candidates, the search goes on
 * for the remaining keywords only (and stops when nothing is left to learn). Measured on a generated
 * monorepo (bench/prefilter-micro.mjs), this is 3–4× faster than one `includes` per keyword.
 */
export class Prefilter {
  /** Distinct non-empty keywords, the suppression marker included. */
  private readonly keywords: string[];
  /**
   * For each keyword, the targets it satisfies. A target is one keyword group of one rule (`keywords`,
   * then each of `keywordsAlso`); the last target is the suppression marker.
   */
  private readonly targetsOf: number[][];
  /** For each rule, its targets: the rule is a candidate when all of them are hit. */
  private readonly targetsOfRule: number[][];
  private readonly targetCount: number;
  private readonly always: boolean[];
  private readonly patterns = new Map<string, RegExp>();
  /** Keyword indices contained in a matched text (a match may contain shorter keywords). */
  private readonly containedIn = new Map<string, number[]>();

  constructor(private readonly rules: readonly AnyRule[]) {
    const index = new Map<string, number>();
    this.keywords = [];
    this.targetsOf = [];
    const add = (keyword: string, target: number) => {
      let k = index.get(keyword);
      if (k === undefined) {
        k = this.keywords.length;
        index.set(keyword, k);
        this.keywords.push(keyword);
        this.targetsOf.push([]);
      }
      if (!this.targetsOf[k]!.includes(target)) this.targetsOf[k]!.push(target);
    };
    const usable = (group: readonly string[]) => group.some((keyword) => keyword !== '');
    this.always = rules.map((rule) => !usable(rule.meta.keywords));
    this.targetsOfRule = [];
    let target = 0;
    rules.forEach((rule, i) => {
      const groups = this.always[i] ? [] : [rule.meta.keywords, ...(rule.meta.keywordsAlso ?? []).filter(usable)];
      const own: number[] = [];
      for (const group of groups) {
        for (const keyword of group) if (keyword !== '') add(keyword, target);
        own.push(target++);
      }
      this.targetsOfRule.push(own);
    });
    this.targetCount = target + 1;
    add(SUPPRESSION_MARKER, target);
  }

  /** The rules that may report something in this text, in registry order. */
  rulesFor(text: string): AnyRule[] {
    return this.match(text).rules;
  }

  /** One pass over the text for every keyword. */
  match(text: string): PrefilterMatch {
    const hit = new Uint8Array(this.targetCount);
    let missing = this.targetCount;

    let live = this.keywords.map((_, k) => k);
    let pattern = this.patternFor(live);
    let m: RegExpExecArray | null;
    while (pattern && (m = pattern.exec(text))) {
      let learned = false;
      for (const k of this.keywordsIn(m[0])) {
        for (const target of this.targetsOf[k]!) {
          if (!hit[target]) {
            hit[target] = 1;
            missing--;
            learned = true;
          }
        }
      }
      if (missing === 0) break;
      const from = m.index + 1; // every start position is tried: overlapping keywords are not missed
      if (learned) {
        live = live.filter((k) => this.targetsOf[k]!.some((target) => !hit[target]));
        pattern = this.patternFor(live);
      }
      if (pattern) pattern.lastIndex = from;
    }
    return {
      rules: this.rules.filter((_, i) => this.always[i] || this.targetsOfRule[i]!.every((t) => hit[t])),
      suppression: hit[this.targetCount - 1] === 1,
    };
  }

  private patternFor(live: number[]): RegExp | undefined {
    if (live.length === 0) return undefined;
    const key = live.join(',');
    let pattern = this.patterns.get(key);
    if (!pattern) {
      if (this.patterns.size >= MAX_CACHED_PATTERNS) this.patterns.clear();
      pattern = new RegExp(trieSource(live.map((k) => this.keywords[k]!)), 'g');
      this.patterns.set(key, pattern);
    }
    pattern.lastIndex = 0;
    return pattern;
  }

  private keywordsIn(matched: string): number[] {
    let list = this.containedIn.get(matched);
    if (!list) {
      list = [];
      for (let k = 0; k < this.keywords.length; k++) if (matched.includes(this.keywords[k]!)) list.push(k);
      if (this.containedIn.size < 4096) this.containedIn.set(matched, list);
    }
    return list;
  }
}
