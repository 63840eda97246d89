import pc from 'picocolors';
import type { Finding } from '../finding.js';
import type { Level } from '../rule.js';
import type { Reporter } from './types.js';

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** ESLint-style: findings grouped by file, each with a one-line code frame and the rule's fix. */
export const textReporter: Reporter = (input, options) => {
  const c = pc.createColors(options.color);
  const paint: Record<Level, (s: string) => string> = { error: c.red, warning: c.yellow, note: c.blue };
  const fixOf = new Map(input.rules.map((r) => [r.id, r.fix.split(/(?<=\.)\s/)[0] ?? r.fix]));
  const byFile = new Map<string, Finding[]>();
  for (const finding of input.findings) byFile.set(finding.path, [...(byFile.get(finding.path) ?? []), finding]);

  const out: string[] = [];
  for (const [file, findings] of byFile) {
    out.push(c.underline(file));
    for (const f of findings) {
      const where = c.dim(`${f.start.line}:${f.start.column}`.padEnd(8));
      const origin = f.origin ? c.dim(` (commit ${f.origin.commit.slice(0, 12)}, ${f.origin.date})`) : '';
      const suppressed = f.suppression ? c.dim(` [suppressed: ${f.suppression.justification}]`) : '';
      out.push(`  ${where}${paint[f.level](f.level.padEnd(8))}${f.message}  ${c.dim(f.ruleId)}${origin}${suppressed}`);
      if (f.snippet) {
        const gutter = `${f.start.line} | `;
        const [from, to] = f.highlight;
        out.push(c.dim(`      ${gutter}`) + f.snippet.slice(0, from) + c.bold(f.snippet.slice(from, to)) + f.snippet.slice(to));
        out.push(`      ${' '.repeat(gutter.length + from)}${paint[f.level]('^'.repeat(Math.max(1, to - from)))}`);
      }
      const fix = fixOf.get(f.ruleId);
      if (fix) out.push(c.dim(`      fix: ${fix}`));
    }
    out.push('');
  }
  const count = (level: Level) => input.findings.filter((f) => f.level === level && !f.suppression).length;
  const total = input.findings.filter((f) => !f.suppression).length;
  const suppressed = input.suppressedCount ? `, ${input.suppressedCount} suppressed` : '';
  const summary = `${plural(total, 'problem')} (${plural(count('error'), 'error')}, ${plural(count('warning'), 'warning')}, ${plural(count('note'), 'note')}${suppressed}) in ${plural(input.filesScanned, 'file')} scanned`;
  out.push(total ? c.bold(paint[count('error') ? 'error' : count('warning') ? 'warning' : 'note'](`✖ ${summary}`)) : c.green(`✔ ${summary}`));
  return `${out.join('\n')}\n`;
};
