import { commentSyntaxOf } from './languages.js';
import type { LineIndex } from './lines.js';
import { RULE_IDS, type RuleId } from './rule.js';

export interface Suppression {
  /** 1-based line of the comment. */
  line: number;
  column: number;
  ruleIds: RuleId[];
  reason: string;
  /** Why the comment is malformed; a malformed comment suppresses nothing. */
  problem?: string;
}

const MARKER = 'stripe-guard-ignore';
const KNOWN_IDS = new Set<string>(RULE_IDS);

/**
 * The text without a trailing block-comment close (star-slash, or `-->`) and the blanks around it.
 * Not a `\s*(close)\s*$` regular expression: that backtracks quadratically on a long run of blanks.
 */
function withoutCommentClose(text: string): string {
  const trimmed = text.trimEnd();
  for (const close of ['*/', '-->']) if (trimmed.endsWith(close)) return trimmed.slice(0, -close.length).trimEnd();
  return text;
}

/** Parses the `stripe-guard-ignore <rule-id>[, <rule-id>] -- <reason>` comments of a file. */
export function parseSuppressions(path: string, text: string, lines: LineIndex): Suppression[] {
  if (!text.includes(MARKER)) return [];
  const syntax = commentSyntaxOf(path);
  const leaders = [...syntax.line, ...syntax.block.map(([open]) => open)];
  const found: Suppression[] = [];
  for (let line = 1; line <= lines.lineCount; line++) {
    const content = lines.line(line);
    const at = content.indexOf(MARKER);
    if (at === -1) continue;
    // Only a comment suppresses: a leader of this language must open before the marker.
    if (!leaders.some((leader) => content.lastIndexOf(leader, at) !== -1)) continue;
    const rest = withoutCommentClose(content.slice(at + MARKER.length));
    if (rest && !/^[\s:]/.test(rest)) continue; // `stripe-guard-ignored…` is another word
    const [idsPart = '', ...reasonParts] = rest.replace(/^:/, '').split(/\s--\s?|^--\s?/);
    const reason = reasonParts.join(' -- ').trim();
    const ids = idsPart.split(/[\s,]+/).filter(Boolean);
    const unknown = ids.filter((id) => !KNOWN_IDS.has(id));
    const suppression: Suppression = { line, column: at + 1, ruleIds: ids.filter((id): id is RuleId => KNOWN_IDS.has(id)), reason };
    if (ids.length === 0) suppression.problem = 'names no rule id, so it suppresses nothing; write `stripe-guard-ignore <rule-id> -- <reason>`';
    else if (unknown.length) suppression.problem = `names unknown rule id${unknown.length > 1 ? 's' : ''} ${unknown.map((id) => `\`${id}\``).join(', ')}; run \`stripe-guard rules\` for the list`;
    else if (!reason) suppression.problem = 'gives no reason, so it suppresses nothing; add `-- <why this is safe>`';
    found.push(suppression);
  }
  return found;
}

/** The valid suppression that covers a finding of `ruleId` starting on `line` (same line or the line above). */
export function suppressionFor(suppressions: readonly Suppression[], ruleId: string, line: number): Suppression | undefined {
  return suppressions.find((s) => !s.problem && (s.line === line || s.line === line - 1) && (s.ruleIds as string[]).includes(ruleId));
}
