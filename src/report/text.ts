import { randomBytes } from 'node:crypto';
import pc from 'picocolors';
import type { Finding } from '../finding.js';
import type { Level } from '../rule.js';
import type { Reporter } from './types.js';

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * Control characters of echoed text (scanned lines, file names, messages) as visible symbols, one for
 * one so that highlight offsets hold: a scanned line cannot move the cursor, recolor or retitle the
 * terminal, or start a new output line. Tabs are kept.
 */
function visible(text: string): string {
  return text.replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/g, (ch) => {
    const code = ch.charCodeAt(0);
    return code < 0x20 ? String.fromCharCode(0x2400 + code) : code === 0x7f ? '\u2421' : '\ufffd';
  });
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
    out.push(c.underline(visible(file)));
    for (const f of findings) {
      const where = c.dim(`${f.start.line}:${f.start.column}`.padEnd(8));
      const origin = f.origin ? c.dim(` (commit ${f.origin.commit.slice(0, 12)}, ${f.origin.date})`) : '';
      const suppressed = f.suppression ? c.dim(` [suppressed: ${visible(f.suppression.justification)}]`) : '';
      out.push(`  ${where}${paint[f.level](f.level.padEnd(8))}${visible(f.message)}  ${c.dim(f.ruleId)}${origin}${suppressed}`);
      if (f.snippet) {
        const gutter = `${f.start.line} | `;
        const [from, to] = f.highlight;
        const snippet = visible(f.snippet);
        out.push(c.dim(`      ${gutter}`) + snippet.slice(0, from) + c.bold(snippet.slice(from, to)) + snippet.slice(to));
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
  const report = `${out.join('\n')}\n`;
  // Under GitHub Actions a line of the report that starts with `::` would run as a workflow command
  // (`::add-mask::`, `::error::`, `::set-env::`…), and the report echoes scanned text: fence it.
  if (!(options.githubActions ?? process.env.GITHUB_ACTIONS === 'true')) return report;
  const token = randomBytes(16).toString('hex');
  return `::stop-commands::${token}\n${report}::${token}::\n`;
};
