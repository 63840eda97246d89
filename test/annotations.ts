/** Inline fixture expectations, as semgrep's tests write them: `<comment> ruleid: <id>` above a line. */
import { commentSyntaxOf } from '../src/languages.js';
import { ENGINE_IDS, RULE_IDS } from '../src/rule.js';

export const KINDS = ['ruleid', 'ok', 'todoruleid', 'todook'] as const;
export type Kind = (typeof KINDS)[number];
export interface Annotation {
  kind: Kind;
  ruleIds: string[];
  /** 1-based line the annotation applies to. */
  target: number;
  /** 1-based line of the annotation itself. */
  line: number;
}

const KNOWN = new Set<string>([...RULE_IDS, ...ENGINE_IDS]);
const FILE_LEVEL = new Set<string>(['unparsable-file', 'unreadable-file']);

/** Parses the annotations of a fixture file; throws on a misplaced or malformed one. */
export function parseAnnotations(file: string, text: string): Annotation[] {
  const syntax = commentSyntaxOf(file);
  const leaders = [...syntax.line, ...syntax.block.map(([open]) => open), '*'].map((l) => l.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`^\\s*(?:${leaders.join('|')})\\s*(${KINDS.join('|')}):\\s*([\\w-]+(?:\\s*,\\s*[\\w-]+)*)`);
  const lines = text.split(/\r?\n/);
  const found: Annotation[] = [];
  let pending: Omit<Annotation, 'target'>[] = [];
  lines.forEach((content, index) => {
    const match = pattern.exec(content);
    if (match) {
      const ruleIds = match[2]!.split(/\s*,\s*/);
      for (const id of ruleIds) if (!KNOWN.has(id)) throw new Error(`${file}:${index + 1}: unknown rule id "${id}" in annotation`);
      // The engine reports file-level diagnostics (a file it could not parse or read) at 1:1, so an
      // annotation of those on line 1 is about line 1 itself.
      if (index === 0 && ruleIds.every((id) => FILE_LEVEL.has(id))) found.push({ kind: match[1] as Kind, ruleIds, line: 1, target: 1 });
      else pending.push({ kind: match[1] as Kind, ruleIds, line: index + 1 });
      return;
    }
    if (pending.length === 0) return;
    if (content.trim() === '') throw new Error(`${file}:${pending[0]!.line}: annotation is followed by a blank line; put it right above the line it is about`);
    for (const p of pending) found.push({ ...p, target: index + 1 });
    pending = [];
  });
  if (pending.length) throw new Error(`${file}:${pending[0]!.line}: annotation at the end of the file annotates nothing`);
  return found;
}

