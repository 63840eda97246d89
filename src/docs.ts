/** Rule documentation rendered from metadata: `explain`, SARIF help and the README table share it. */
import type { EngineId, FindingId, Level, RuleMeta } from './rule.js';
import { redact, type Redacted } from './secrets.js';

/** What reporters and docs need to know of a rule or an engine diagnostic. */
export type RuleDoc = Pick<RuleMeta, 'level' | 'summary' | 'why' | 'fix' | 'references' | 'sarif' | 'examples' | 'languages'> & { id: FindingId };

const ENGINE_DOCS: Record<EngineId, Omit<RuleDoc, 'id'>> = {
  'invalid-suppression': {
    level: 'warning',
    languages: ['text'],
    summary: 'stripe-guard-ignore comment without a known rule id or a reason',
    why: 'A suppression must name the rule it silences and say why, so that reviewers can judge it. One that does not suppresses nothing.',
    fix: 'Write `stripe-guard-ignore <rule-id> -- <reason>` on the line of the finding or the line above it.',
    examples: [],
    references: ['https://eslint.org/docs/latest/use/configure/rules#comment-descriptions'],
    sarif: { securitySeverity: 2.0, precision: 'very-high', tags: ['maintainability'] },
  },
  'rule-error': {
    level: 'warning',
    languages: ['text'],
    summary: 'A rule failed on this file; its other findings are still reported',
    why: 'A rule crashed on this input. The file may hide problems that were not checked. Please report it.',
    fix: 'Report the file shape (not its secrets) to the stripe-guard maintainers.',
    examples: [],
    references: [],
    sarif: { securitySeverity: 2.0, precision: 'high', tags: ['reliability'] },
  },
  'unparsable-file': {
    level: 'warning',
    languages: ['text'],
    summary: 'File could not be parsed; only its text was checked',
    why: 'A file with a syntax error is scanned for keys, but rules that need its syntax tree could not run on it.',
    fix: 'Fix the syntax error, or exclude the file with the `ignore` setting if it is not code.',
    examples: [],
    references: [],
    sarif: { securitySeverity: 2.0, precision: 'high', tags: ['reliability'] },
  },
  'unreadable-file': {
    level: 'warning',
    languages: ['text'],
    summary: 'File could not be read',
    why: 'A file that cannot be read (permissions, removed during the scan) was not checked at all.',
    fix: 'Make the file readable, or exclude it with the `ignore` setting.',
    examples: [],
    references: [],
    sarif: { securitySeverity: 2.0, precision: 'high', tags: ['reliability'] },
  },
};

export function engineDocs(): RuleDoc[] {
  return (Object.keys(ENGINE_DOCS) as EngineId[]).map((id) => ({ id, ...ENGINE_DOCS[id] }));
}

const LEVEL_WORD: Record<Level, string> = { error: 'error', warning: 'warning', note: 'note' };

function fence(language: string, code: string): string {
  return `\`\`\`${language}\n${code.replace(/\n$/, '')}\n\`\`\``;
}

function fenceLanguage(file: string): string {
  const ext = file.slice(file.lastIndexOf('.') + 1);
  return ({ ts: 'ts', tsx: 'tsx', js: 'js', mjs: 'js', py: 'python', rb: 'ruby', php: 'php', go: 'go', java: 'java', yml: 'yaml', yaml: 'yaml', json: 'json' } as Record<string, string>)[ext] ?? '';
}

/** Markdown documentation of a rule (SARIF `help.markdown`); example keys are redacted like any other. */
export function ruleMarkdown(doc: RuleDoc): Redacted {
  const parts = [`**${doc.summary}** (\`${doc.id}\`, default level ${LEVEL_WORD[doc.level]}; ${doc.languages.join(', ')})`, '## Why', doc.why];
  for (const example of doc.examples) {
    parts.push(`## Bad (\`${example.file}\`)`, fence(fenceLanguage(example.file), example.bad), '## Fix', fence(fenceLanguage(example.file), example.fix));
  }
  parts.push('## What to do', doc.fix);
  if (doc.references.length) parts.push('## References', doc.references.map((r) => `- ${r}`).join('\n'));
  parts.push(`Suppress one finding with a comment: \`stripe-guard-ignore ${doc.id} -- <reason>\`.`);
  return redact(parts.join('\n\n'));
}

function indent(code: string): string {
  return code.replace(/\n$/, '').split('\n').map((line) => `    ${line}`).join('\n');
}

/** Plain-text documentation of a rule (`stripe-guard explain`, SARIF `help.text`); example keys are redacted. */
export function ruleText(doc: RuleDoc): Redacted {
  const parts = [`${doc.id} (${LEVEL_WORD[doc.level]}; ${doc.languages.join(', ')})`, doc.summary, '', 'Why it matters', `  ${doc.why}`];
  for (const example of doc.examples) parts.push('', `Bad (${example.file})`, indent(example.bad), '', 'Fix', indent(example.fix));
  parts.push('', 'What to do', `  ${doc.fix}`);
  if (doc.references.length) parts.push('', 'References', ...doc.references.map((r) => `  - ${r}`));
  parts.push('', `Suppress one finding: stripe-guard-ignore ${doc.id} -- <reason>`);
  return redact(parts.join('\n'));
}

/** The README's rule table. */
export function rulesTable(docs: readonly RuleDoc[]): string {
  const rows = docs.map((d) => `| \`${d.id}\` | ${d.level} | ${d.languages.map((l) => (l === 'text' ? 'all text' : l)).join(', ')} | ${d.summary} |`);
  return ['| rule | level | languages | what it flags |', '|---|---|---|---|', ...rows].join('\n');
}
