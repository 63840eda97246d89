import type { Reporter } from './types.js';

/**
 * The JSON report, shape version 1:
 * `{ version, tool: {name, version}, summary: {files, errors, warnings, notes, suppressed}, findings: Finding[] }`
 * where each finding has ruleId, level, message, path, start/end {line, column} (1-based, end exclusive),
 * snippet, highlight [start, end) in the snippet, fingerprint, and optionally suppression and origin.
 */
export const jsonReporter: Reporter = (input) => {
  const count = (level: string) => input.findings.filter((f) => f.level === level && !f.suppression).length;
  return `${JSON.stringify(
    {
      version: 1,
      tool: { name: 'stripe-guard', version: input.toolVersion },
      summary: { files: input.filesScanned, errors: count('error'), warnings: count('warning'), notes: count('note'), suppressed: input.suppressedCount },
      findings: input.findings,
    },
    null,
    2,
  )}\n`;
};
