import type { FindingId, Level } from './rule.js';
import type { Redacted } from './secrets.js';

export interface Position {
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units. */
  column: number;
}

/** One reported problem. Holds no secret: message and snippet can only be built by `redact()`. */
export interface Finding {
  ruleId: FindingId;
  level: Level;
  message: Redacted;
  /** Relative to the scan root, forward slashes. */
  path: string;
  start: Position;
  /** Exclusive end. */
  end: Position;
  /** The finding's source line (or a window of it), redacted. */
  snippet: Redacted;
  /** The part of `snippet` the finding covers, as [start, end) offsets. */
  highlight: [number, number];
  /** Stable across unrelated edits elsewhere in the file. */
  fingerprint: string;
  /** Set when an inline comment or the baseline suppresses the finding. */
  suppression?: { kind: 'inSource' | 'external'; justification: string };
  /** Where the finding came from when it is not the working tree (history scans). */
  origin?: { commit: string; date: string; author?: string };
}

const LEVEL_ORDER: Record<Level, number> = { error: 0, warning: 1, note: 2 };

export function levelAtLeast(level: Level, threshold: Level): boolean {
  return LEVEL_ORDER[level] <= LEVEL_ORDER[threshold];
}

/** Total order on findings, so that output is byte-identical whatever the order files were analysed in. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) ||
    a.start.line - b.start.line ||
    a.start.column - b.start.column ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
    a.end.line - b.end.line ||
    a.end.column - b.end.column ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}
