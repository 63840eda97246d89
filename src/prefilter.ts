import type { AnyRule } from './rule.js';

/** The inline-suppression comment marker: files that hold one are never dropped by the prefilter. */
export const SUPPRESSION_MARKER = 'stripe-guard-ignore';

export interface PrefilterMatch {
  /** The rules that may report something in this text, in registry order. */
  rules: AnyRule[];
  /** The text holds the suppression marker. */
  suppression: boolean;
}

/**
 * Printable ASCII from the most to the least frequent in source code (measured on this project's
 * sources and fixtures, and on ts-morph's): keywords are indexed by their rarest three characters.
 */
const BY_FREQUENCY = " etnrisoaldcf\n()u.p'=mh,;g:yx/|b-{}Svwk`*&E[]N_?ORTF>!CPAI\\jL0$M1D+Vq<UBKHJ^zWG\"2XY846@3QZ5#%97~\t";

function frequency(byte: number): number {
  const rank = BY_FREQUENCY.indexOf(String.fromCharCode(byte));
  return rank === -1 ? 1e-4 : Math.exp(-rank / 14);
}

/** The hash of three bytes, as the scan computes it: a slot of a 64 Ki table. */
function hash3(a: number, b: number, c: number): number {
  return ((a << 10) ^ (b << 5) ^ c) & 0xffff;
}

/**
 * Finds which of many literal keywords occur in a byte string, in one pass. Each keyword is indexed
 * by its rarest three-byte window; the scan looks up one table slot per byte and compares a keyword
 * only where its window occurs. A regular expression of the same keywords tries every alternative
 * at every position and is 3–4× slower on the benchmark tree (bench/prefilter-micro.mjs). Keywords
 * are ASCII, so searching the UTF-8 bytes finds exactly what searching the decoded text would.
 */
class KeywordSearch {
  private readonly keywords: Buffer[];
  /** Per hash slot: 0, or 1 + the index in `candidates` of the keywords whose window hashes there. */
  private readonly slots = new Uint16Array(1 << 16);
  /** Pairs of (keyword index, offset of its window in it). */
  private readonly candidates: Int32Array[] = [];
  /** Keywords shorter than a window, searched on their own. */
  private readonly short: number[] = [];

  constructor(keywords: readonly string[]) {
    this.keywords = keywords.map((k) => Buffer.from(k, 'utf8'));
    const bySlot = new Map<number, number[]>();
    this.keywords.forEach((bytes, k) => {
      if (bytes.length < 3) {
        this.short.push(k);
        return;
      }
      let offset = 0;
      let best = Infinity;
      for (let i = 0; i + 3 <= bytes.length; i++) {
        const score = frequency(bytes[i]!) * frequency(bytes[i + 1]!) * frequency(bytes[i + 2]!);
        if (score < best) [best, offset] = [score, i];
      }
      const slot = hash3(bytes[offset]!, bytes[offset + 1]!, bytes[offset + 2]!);
      bySlot.set(slot, [...(bySlot.get(slot) ?? []), k, offset]);
    });
    for (const [slot, pairs] of bySlot) {
      this.candidates.push(Int32Array.from(pairs));
      this.slots[slot] = this.candidates.length;
    }
  }

  /** Calls `found(k)` once for each keyword k that occurs; stops early when it returns true ("nothing left to learn"). */
  search(data: Uint8Array, found: (k: number) => boolean): void {
    const seen = new Uint8Array(this.keywords.length);
    for (const k of this.short) {
      if (Buffer.from(data.buffer, data.byteOffset, data.byteLength).includes(this.keywords[k]!)) {
        seen[k] = 1;
        if (found(k)) return;
      }
    }
    const { slots, candidates, keywords } = this;
    const length = data.length;
    if (length < 3) return;
    let a = data[0]!;
    let b = data[1]!;
    for (let i = 2; i < length; i++) {
      const c = data[i]!;
      const slot = slots[((a << 10) ^ (b << 5) ^ c) & 0xffff]!;
      a = b;
      b = c;
      if (slot === 0) continue;
      const pairs = candidates[slot - 1]!;
      for (let p = 0; p < pairs.length; p += 2) {
        const k = pairs[p]!;
        if (seen[k]) continue;
        const keyword = keywords[k]!;
        const start = i - 2 - pairs[p + 1]!;
        if (start < 0 || start + keyword.length > length) continue;
        let q = 0;
        while (q < keyword.length && data[start + q] === keyword[q]) q++;
        if (q < keyword.length) continue;
        seen[k] = 1;
        if (found(k)) return;
      }
    }
  }
}

/**
 * The cheap text test that keeps files that cannot match away from any parser. The keywords of
 * every enabled rule (and the suppression marker) are searched in one pass over the file's bytes
 * (see KeywordSearch), before the file is even decoded; the search stops as soon as every rule is
 * a candidate.
 */
export class Prefilter {
  /** Distinct non-empty keywords, the suppression marker included. */
  private readonly keywords: string[] = [];
  /** For each keyword, the targets it satisfies: rule indices, and `rules.length` for the suppression marker. */
  private readonly targetsOf: number[][] = [];
  /** Rules without keywords: candidates for every file. */
  private readonly always: boolean[];
  private readonly search: KeywordSearch;

  /** `secretNames`: the configured secret names, keywords of the rules that follow secret values. */
  constructor(private readonly rules: readonly AnyRule[], secretNames: readonly string[] = []) {
    const index = new Map<string, number>();
    const add = (keyword: string, target: number) => {
      if (keyword === '') return;
      let k = index.get(keyword);
      if (k === undefined) {
        k = this.keywords.length;
        index.set(keyword, k);
        this.keywords.push(keyword);
        this.targetsOf.push([]);
      }
      if (!this.targetsOf[k]!.includes(target)) this.targetsOf[k]!.push(target);
    };
    this.always = rules.map((rule) => !rule.meta.keywords.some((keyword) => keyword !== ''));
    rules.forEach((rule, i) => {
      for (const keyword of rule.meta.keywords) add(keyword, i);
      if (rule.meta.secretNamesAreKeywords) for (const name of secretNames) add(name, i);
    });
    add(SUPPRESSION_MARKER, rules.length);
    this.search = new KeywordSearch(this.keywords);
  }

  /** The rules that may report something in this text, in registry order. */
  rulesFor(text: string | Uint8Array): AnyRule[] {
    return this.match(text).rules;
  }

  /** One pass over the text (or its UTF-8 bytes) for every keyword. */
  match(input: string | Uint8Array): PrefilterMatch {
    const data = typeof input === 'string' ? Buffer.from(input, 'utf8') : input;
    // One slot per rule, and the last for the suppression marker.
    const found = new Uint8Array(this.rules.length + 1);
    let missing = found.length;
    this.always.forEach((always, i) => {
      if (always) {
        found[i] = 1;
        missing--;
      }
    });
    this.search.search(data, (k) => {
      for (const target of this.targetsOf[k]!) {
        if (!found[target]) {
          found[target] = 1;
          missing--;
        }
      }
      return missing === 0;
    });
    return { rules: this.rules.filter((_, i) => found[i] === 1), suppression: found[this.rules.length] === 1 };
  }
}
