/** Guards on rule metadata, docs and fixtures: a rule without docs, examples or fixtures fails here. */
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import fg from 'fast-glob';
import { describe, expect, it } from 'vitest';
import { rulesTable } from '../src/docs.js';
import { codeLanguageOf } from '../src/languages.js';
import { RULE_IDS } from '../src/rule.js';
import type { RuleDoc } from '../src/docs.js';
import { rules } from '../rules/index.js';
import { parseAnnotations } from './annotations.js';
import { analyzeText, FIXTURES, ROOT } from './support.js';

const ruleFiles = readdirSync(path.join(ROOT, 'rules'))
  .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
  .map((f) => f.replace(/\.ts$/, ''))
  .sort();

describe('rule registry', () => {
  it('lists exactly the rule files, sorted by id', () => {
    const ids = rules.map((r) => r.meta.id);
    expect(ids).toEqual([...ids].sort());
    expect(ids).toEqual(ruleFiles);
  });

  it('uses only the fixed rule ids of the SPEC', () => {
    expect(RULE_IDS).toEqual([
      'client-controlled-amount', 'environment-dump', 'hardcoded-secret-key', 'hardcoded-webhook-secret', 'key-in-url',
      'logged-secret', 'oauth-missing-state', 'raw-card-data', 'secret-in-metadata', 'secret-key-in-client-code',
      'secret-key-literal', 'timing-unsafe-signature-compare', 'unpinned-api-version', 'webhook-raw-body',
      'webhook-signature-not-verified', 'webhook-verification-bypassed',
    ]);
    for (const rule of rules) expect(RULE_IDS).toContain(rule.meta.id);
  });
});

for (const rule of rules) {
  const { meta } = rule;
  describe(meta.id, () => {
    it('has complete metadata', () => {
      expect(meta.summary, 'summary: one line, no trailing period').toMatch(/^[A-Z`][^\n]*[^.\n]$/);
      expect(meta.why.length, 'why').toBeGreaterThan(80);
      expect(meta.fix.length, 'fix').toBeGreaterThan(30);
      expect(meta.references.length, 'references').toBeGreaterThan(0);
      expect(meta.examples.length, 'examples').toBeGreaterThan(0);
      expect(meta.keywords.length, 'keywords feed the prefilter; an empty list parses every file').toBeGreaterThan(0);
      expect(meta.sarif.tags).toContain('security');
      expect(meta.sarif.securitySeverity).toBeGreaterThan(0);
      expect(meta.sarif.securitySeverity).toBeLessThanOrEqual(10);
      expect(Object.keys(rule.checks).sort()).toEqual([...meta.languages].sort());
      for (const [id, message] of Object.entries(meta.messages as Record<string, string>)) {
        expect(message, `message ${id}`).toMatch(/^[A-Z`{].*\.$/s);
      }
    });

    for (const [i, example] of meta.examples.entries()) {
      it(`example ${i + 1} (${example.file}): the bad code is reported once, the fix not at all`, async () => {
        if (example.language !== 'text') expect(codeLanguageOf(example.file)).toBe(example.language);
        const bad = (await analyzeText(example.file, example.bad)).filter((f) => f.ruleId === meta.id);
        expect(bad.map((f) => f.message)).toHaveLength(1);
        const fixed = (await analyzeText(example.file, example.fix)).filter((f) => !f.suppression);
        expect(fixed.map((f) => `${f.ruleId}: ${f.message}`)).toEqual([]);
      });
    }

    it('has fixtures with a positive and a tricky negative for every language it declares', () => {
      const dir = path.join(FIXTURES, meta.id);
      expect(existsSync(dir) && statSync(dir).isDirectory(), `fixtures/${meta.id}/ exists`).toBe(true);
      const seen = new Map<string, { ruleid: number; ok: number }>();
      for (const file of fg.sync('**', { cwd: dir, dot: true, absolute: true })) {
        // A file counts for its code language when the rule declares it, else for `text` (a js+text rule has both).
        const code = codeLanguageOf(file);
        const language = code && meta.languages.includes(code as never) ? code : 'text';
        const counts = seen.get(language) ?? { ruleid: 0, ok: 0 };
        for (const a of parseAnnotations(file, readFileSync(file, 'utf8'))) {
          if (!a.ruleIds.includes(meta.id)) continue;
          if (a.kind === 'ruleid') counts.ruleid++;
          if (a.kind === 'ok') counts.ok++;
        }
        seen.set(language, counts);
      }
      for (const language of meta.languages) {
        const counts = seen.get(language);
        expect(counts?.ruleid ?? 0, `${language}: ruleid annotations`).toBeGreaterThan(0);
        expect(counts?.ok ?? 0, `${language}: ok annotations`).toBeGreaterThan(0);
      }
    });
  });
}

describe('README', () => {
  it('shows the rule table generated from metadata (UPDATE=1 npm test rewrites it)', async () => {
    const readmePath = path.join(ROOT, 'README.md');
    const readme = readFileSync(readmePath, 'utf8');
    const begin = '<!-- rules:begin -->';
    const end = '<!-- rules:end -->';
    const table = rulesTable(rules.map((r) => r.meta as RuleDoc));
    const expected = `${readme.slice(0, readme.indexOf(begin) + begin.length)}\n${table}\n${readme.slice(readme.indexOf(end))}`;
    if (process.env.UPDATE === '1' && expected !== readme) {
      const { writeFileSync } = await import('node:fs');
      writeFileSync(readmePath, expected);
      return;
    }
    expect(readme).toContain(begin);
    expect(readme).toBe(expected);
  });
});
