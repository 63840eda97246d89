import type { RuleDoc } from '../docs.js';
import type { Finding } from '../finding.js';

export interface ReportInput {
  findings: readonly Finding[];
  /** Docs of every rule that ran, and of engine diagnostics. */
  rules: readonly RuleDoc[];
  filesScanned: number;
  suppressedCount: number;
  toolVersion: string;
}

export interface ReportOptions {
  color: boolean;
  /** SARIF `automationDetails.id` category, only when the user asks for one. */
  sarifCategory?: string;
  /**
   * Running under GitHub Actions (default: `GITHUB_ACTIONS=true`): the text report, which echoes
   * scanned lines and file names, is fenced with `::stop-commands::` so none runs as a workflow command.
   */
  githubActions?: boolean;
}

/** A reporter is a pure function of the findings and the rules' docs. */
export type Reporter = (input: ReportInput, options: ReportOptions) => string;
