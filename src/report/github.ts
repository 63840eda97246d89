import type { Finding } from '../finding.js';
import type { Level } from '../rule.js';
import type { Reporter } from './types.js';

/**
 * GitHub Actions workflow commands: one `::error|warning|notice file=…,line=…::message` annotation
 * per finding, most severe first (GitHub shows 10 of each kind per step), then a plain summary line.
 * Data is escaped as actions/toolkit does, so a scanned line cannot inject a workflow command.
 */
const COMMAND: Record<Level, string> = { error: 'error', warning: 'warning', note: 'notice' };
const RANK: Record<Level, number> = { error: 0, warning: 1, note: 2 };

/** Message data: `%`, CR, LF. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Property values: also `:` and `,`. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function annotation(f: Finding): string {
  const properties: [string, string | number][] = [['file', f.path], ['line', f.start.line], ['endLine', f.end.line]];
  // Columns only for a single-line range (as ruff does): GitHub ignores them otherwise.
  if (f.start.line === f.end.line) properties.push(['col', f.start.column], ['endColumn', Math.max(f.end.column, f.start.column + 1)]);
  properties.push(['title', `stripe-guard ${f.ruleId}`]);
  const origin = f.origin ? ` (introduced in commit ${f.origin.commit.slice(0, 12)}, ${f.origin.date})` : '';
  const props = properties.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',');
  return `::${COMMAND[f.level]} ${props}::${escapeData(`${f.message}${origin}`)}`;
}

export const githubReporter: Reporter = (input) => {
  const shown = input.findings
    .filter((f) => !f.suppression)
    .map((f, i) => ({ f, i }))
    .sort((a, b) => RANK[a.f.level] - RANK[b.f.level] || a.i - b.i)
    .map(({ f }) => f);
  const count = (level: Level) => shown.filter((f) => f.level === level).length;
  const lines = shown.map(annotation);
  const suppressed = input.suppressedCount ? `, ${input.suppressedCount} suppressed` : '';
  lines.push(`stripe-guard: ${shown.length} problem(s) (${count('error')} error(s), ${count('warning')} warning(s), ${count('note')} note(s)${suppressed}) in ${input.filesScanned} file(s) scanned`);
  return `${lines.join('\n')}\n`;
};
