import type { Language } from './languages.js';
import type { ParsedFiles } from './parsed.js';

export type Level = 'error' | 'warning' | 'note';
export const LEVELS: readonly Level[] = ['error', 'warning', 'note'];

/** The fixed rule ids of SPEC §3: users' baselines and code-scanning alerts depend on them. */
export const RULE_IDS = [
  'client-controlled-amount',
  'environment-dump',
  'hardcoded-secret-key',
  'hardcoded-webhook-secret',
  'key-in-url',
  'logged-secret',
  'oauth-missing-state',
  'raw-card-data',
  'secret-in-metadata',
  'secret-key-in-client-code',
  'secret-key-literal',
  'timing-unsafe-signature-compare',
  'unpinned-api-version',
  'webhook-raw-body',
  'webhook-signature-not-verified',
  'webhook-verification-bypassed',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

/** Diagnostics of the engine itself (a file it could not read or parse, a malformed suppression). */
export const ENGINE_IDS = ['invalid-suppression', 'rule-error', 'unparsable-file', 'unreadable-file'] as const;
export type EngineId = (typeof ENGINE_IDS)[number];
export type FindingId = RuleId | EngineId;

export type Precision = 'very-high' | 'high' | 'medium' | 'low';

export interface Example {
  language: Language;
  /** File name the example is analysed under (its extension selects the language). */
  file: string;
  bad: string;
  fix: string;
}

export interface RuleMeta<L extends Language = Language, M extends string = string> {
  id: RuleId;
  level: Level;
  languages: readonly L[];
  /** One line, no trailing period: what the rule flags. */
  summary: string;
  /** Markdown: why it matters. */
  why: string;
  /** Markdown: what to do instead. */
  fix: string;
  examples: readonly Example[];
  references: readonly string[];
  /** Message templates with `{{name}}` placeholders; every value passes through redaction. */
  messages: Record<M, string>;
  /**
   * Literal strings of which a file must contain at least one for the rule to possibly match
   * (case-sensitive). They feed the one combined prefilter; an empty list means "every file".
   */
  keywords: readonly string[];
  /**
   * The rule follows secret values, so the names a user declares secret (config `secretNames`) are
   * keywords of it too: a file that mentions only `BILLING_PROVIDER_TOKEN` may still leak it.
   */
  secretNamesAreKeywords?: boolean;
  sarif: { securitySeverity: number; precision: Precision; tags: readonly string[] };
}

/** A range of the file's text, in UTF-16 offsets (the same unit as JS string indices). */
export interface Span {
  start: number;
  end: number;
}

export interface ReportOptions {
  /** Overrides the rule's default level for this finding (e.g. a test key is a warning). */
  level?: Level;
  /**
   * The finding holds only if no file of the scan records this fact (see `CheckContext.fact`).
   * That is how project-wide conditions work across files and workers ("no file of this Python
   * project pins `stripe.api_version`").
   */
  unlessFact?: string;
}

export type Report<M extends string> = (at: Span, messageId: M, data?: Record<string, string>, options?: ReportOptions) => void;

/** User settings that checks honour. */
export interface CheckSettings {
  /** Extra variable / environment names that hold secrets (config `secretNames`). */
  secretNames: readonly string[];
}

export interface CheckContext<M extends string> {
  report: Report<M>;
  settings: CheckSettings;
  /** Records a project-wide fact that cancels findings reported with `unlessFact` equal to it. */
  fact(key: string): void;
}

export type Check<L extends Language, M extends string> = (file: ParsedFiles[L], context: CheckContext<M>) => void;

export interface Rule<L extends Language = Language, M extends string = string> {
  meta: RuleMeta<L, M>;
  /** Exactly one check for each declared language. */
  checks: { [K in L]: Check<K, M> };
}

/** Identity helper: gives a rule literal its precise types (as typescript-eslint's createRule). */
export function defineRule<L extends Language, M extends string>(rule: Rule<L, M>): Rule<L, M> {
  return rule;
}

/** A rule with its language and message types erased, as the engine holds it. */
export type AnyRule = Rule<any, any>;
