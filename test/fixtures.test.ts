/**
 * The one fixture test. Every file under fixtures/<rule-id>/ (or every folder there, for cross-file
 * cases) carries its expectations inline, as semgrep's tests do:
 *   <comment> ruleid: <id>[, <id>]   the next code line must be reported by <id>
 *   <comment> ok: <id>               the next code line must not be
 *   todoruleid / todook              a known gap: printed, not failed
 * The scan runs with ALL rules, so the set of (line, rule) found must equal ruleid ∪ todook exactly.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import fg from 'fast-glob';
import { describe, expect, it } from 'vitest';
import { parseAnnotations } from './annotations.js';
import { FIXTURES, scanPaths } from './support.js';

function cases(): { rule: string; name: string; target: string }[] {
  return readdirSync(FIXTURES)
    .filter((rule) => statSync(path.join(FIXTURES, rule)).isDirectory())
    .flatMap((rule) => readdirSync(path.join(FIXTURES, rule)).sort().map((name) => ({ rule, name, target: path.join(FIXTURES, rule, name) })));
}

function filesOf(target: string): string[] {
  return statSync(target).isDirectory() ? fg.sync('**', { cwd: target, dot: true, absolute: true }).sort() : [target];
}

describe('fixtures', () => {
  for (const c of cases()) {
    it(`${c.rule}/${c.name}`, async () => {
      const expected = new Set<string>();
      const forbidden = new Map<string, string>();
      const todo: string[] = [];
      let annotations = 0;
      for (const file of filesOf(c.target)) {
        const rel = path.relative(FIXTURES, file).split(path.sep).join('/');
        for (const a of parseAnnotations(file, readFileSync(file, 'utf8'))) {
          annotations++;
          for (const id of a.ruleIds) {
            const key = `${rel}:${a.target} ${id}`;
            if (a.kind === 'ruleid' || a.kind === 'todook') expected.add(key);
            if (a.kind === 'ok' || a.kind === 'todoruleid') forbidden.set(key, `${rel}:${a.line}`);
            if (a.kind.startsWith('todo')) todo.push(`${a.kind}: ${key}`);
          }
        }
      }
      expect(annotations, `${c.rule}/${c.name} has no ruleid:/ok: annotation`).toBeGreaterThan(0);
      const findings = await scanPaths(FIXTURES, [c.target]);
      const actual = new Set(findings.map((f) => `${f.path}:${f.start.line} ${f.ruleId}`));
      const missing = [...expected].filter((k) => !actual.has(k));
      const unexpected = findings
        .filter((f) => !expected.has(`${f.path}:${f.start.line} ${f.ruleId}`))
        .map((f) => `${f.path}:${f.start.line} ${f.ruleId}: ${f.message}${forbidden.has(`${f.path}:${f.start.line} ${f.ruleId}`) ? ' (marked ok)' : ''}`);
      if (todo.length) console.info(`known gaps in ${c.rule}/${c.name}:\n  ${todo.join('\n  ')}`);
      expect({ missing, unexpected }).toEqual({ missing: [], unexpected: [] });
    });
  }
});
