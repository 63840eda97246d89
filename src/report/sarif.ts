import type * as Sarif from 'sarif';
import { ruleMarkdown, ruleText, type RuleDoc } from '../docs.js';
import type { Finding } from '../finding.js';
import type { Reporter } from './types.js';

/** Our own fingerprint key; GitHub computes `primaryLocationLineHash` itself. */
export const FINGERPRINT_KEY = 'stripeGuard/v1';

function pascalCase(id: string): string {
  return id.replace(/(^|-)(\w)/g, (_all, _dash, ch: string) => ch.toUpperCase());
}

function encodeUri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

function descriptor(doc: RuleDoc): Sarif.ReportingDescriptor {
  return {
    id: doc.id,
    name: pascalCase(doc.id),
    shortDescription: { text: doc.summary },
    fullDescription: { text: `${doc.summary}. ${doc.why}`.slice(0, 1024) },
    help: { text: ruleText(doc), markdown: ruleMarkdown(doc) },
    defaultConfiguration: { level: doc.level },
    properties: {
      tags: [...new Set(doc.sarif.tags)],
      precision: doc.sarif.precision,
      'security-severity': doc.sarif.securitySeverity.toFixed(1),
    },
  };
}

function result(finding: Finding, ruleIndex: number): Sarif.Result {
  const sarifResult: Sarif.Result = {
    ruleId: finding.ruleId,
    ruleIndex,
    level: finding.level,
    message: { text: finding.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: encodeUri(finding.path), uriBaseId: '%SRCROOT%' },
          region: {
            startLine: finding.start.line,
            startColumn: finding.start.column,
            endLine: finding.end.line,
            endColumn: Math.max(finding.end.column, finding.end.line === finding.start.line ? finding.start.column + 1 : 1),
            ...(finding.snippet ? { snippet: { text: finding.snippet } } : {}),
          },
        },
      },
    ],
    partialFingerprints: { [FINGERPRINT_KEY]: finding.fingerprint },
  };
  if (finding.suppression) sarifResult.suppressions = [{ kind: finding.suppression.kind, justification: finding.suppression.justification }];
  if (finding.origin) sarifResult.properties = { commit: finding.origin.commit, commitDate: finding.origin.date };
  return sarifResult;
}

/** SARIF 2.1.0 as GitHub code scanning ingests it: one run, one location per result, relative URIs. */
export const sarifReporter: Reporter = (input, options) => {
  const docs = [...input.rules].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const index = new Map(docs.map((doc, i) => [doc.id, i]));
  const anySuppressed = input.findings.some((f) => f.suppression);
  const run: Sarif.Run = {
    tool: {
      driver: {
        name: 'stripe-guard',
        semanticVersion: input.toolVersion,
        informationUri: 'https://github.com/stripe-guard/stripe-guard',
        rules: docs.map(descriptor),
      },
    },
    originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The scan root.' } } },
    columnKind: 'utf16CodeUnits',
    results: input.findings.map((f) => {
      const r = result(f, index.get(f.ruleId) ?? -1);
      // SARIF wants `suppressions` on all results of a run or on none.
      if (anySuppressed && !r.suppressions) r.suppressions = [];
      return r;
    }),
  };
  if (options.sarifCategory) run.automationDetails = { id: `${options.sarifCategory.replace(/\/+$/, '')}/` };
  const log: Sarif.Log = { $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs: [run] };
  return `${JSON.stringify(log)}\n`;
};
