import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fg from 'fast-glob';
import { describe, expect, it } from 'vitest';
import { cli, tempDir } from './cli-support.js';
import { FIXTURES, ROOT } from './support.js';

const MULTITOOL = path.join(ROOT, 'node_modules', '.bin', 'sarif-multitool');
const GITHUB_CONFIG = path.join(ROOT, 'test', 'sarif', 'github.config.xml');

interface SarifResultLite {
  level?: string;
  ruleId: string;
  message: { text?: string; id?: string };
}

/** Runs `sarif-multitool validate` and returns the results it reports (it exits 0 even on errors). */
function validate(file: string, extra: string[]): SarifResultLite[] {
  const out = `${file}.${extra.join('').replace(/\W/g, '')}.validation.sarif`;
  const run = spawnSync(MULTITOOL, ['validate', file, '-o', out, '--log', 'ForceOverwrite', ...extra], { encoding: 'utf8', env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1' } });
  expect(run.status, run.stderr + run.stdout).toBe(0);
  const log = JSON.parse(readFileSync(out, 'utf8'));
  return log.runs[0].results ?? [];
}

describe('SARIF output', () => {
  const dir = tempDir();
  const file = path.join(dir, 'fixtures.sarif');
  cli(['scan', 'fixtures', '--format', 'sarif', '--output', file]);

  it('has one run, rule descriptors with the fields GitHub reads, and relative locations', () => {
    const log = JSON.parse(readFileSync(file, 'utf8'));
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    const run = log.runs[0];
    expect(run.automationDetails).toBeUndefined();
    expect(run.results.length).toBeGreaterThan(5);
    for (const rule of run.tool.driver.rules) {
      expect(rule.shortDescription.text).toBeTruthy();
      expect(rule.fullDescription.text).toBeTruthy();
      expect(rule.help.text).toBeTruthy();
      expect(rule.help.markdown).toBeTruthy();
      expect(rule.properties.tags.length).toBeGreaterThan(0);
      expect(rule.properties['security-severity']).toMatch(/^\d+\.\d$/);
      expect(rule.properties.precision).toMatch(/^(very-high|high|medium|low)$/);
    }
    for (const result of run.results) {
      expect(result.locations).toHaveLength(1);
      const location = result.locations[0].physicalLocation;
      expect(location.artifactLocation.uriBaseId).toBe('%SRCROOT%');
      expect(location.artifactLocation.uri).toMatch(/^fixtures\//);
      expect(location.region.startLine).toBeGreaterThan(0);
      expect(Object.keys(result.partialFingerprints)).toEqual(['stripeGuard/v1']);
      expect(run.tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId);
    }
  });

  it('passes the SARIF Multitool with its default rules', () => {
    const errors = validate(file, []).filter((r) => r.level === 'error');
    expect(errors.map((r) => `${r.ruleId}: ${r.message.text ?? r.message.id}`)).toEqual([]);
  });

  it("passes the SARIF Multitool with GitHub's ingestion rules", () => {
    const errors = validate(file, ['--rule-kind', 'Gh', '--config', GITHUB_CONFIG]).filter((r) => r.level === 'error' || r.level === undefined);
    expect(errors.map((r) => `${r.ruleId}: ${r.message.text ?? r.message.id}`)).toEqual([]);
  });

  it('percent-encodes URIs and writes a category only when asked', () => {
    const project = tempDir();
    writeFileSync(path.join(project, 'my config #1.env'), 'STRIPE_SECRET_KEY=sk_live_Tq7RmZx9KpR4vTn8WcYb3JdF\n');
    const log = JSON.parse(cli(['scan', '.', '--format', 'sarif', '--sarif-category', 'stripe'], { cwd: project }).stdout);
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('my%20config%20%231.env');
    expect(log.runs[0].automationDetails).toEqual({ id: 'stripe/' });
  });
});

describe('redaction', () => {
  // Every key-shaped token written in the fixtures, placeholders included.
  const keys = new Set<string>();
  for (const file of fg.sync('**', { cwd: FIXTURES, dot: true, absolute: true })) {
    for (const m of readFileSync(file, 'utf8').matchAll(/(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{8,}|whsec_[A-Za-z0-9+/=]{8,}/g)) keys.add(m[0]);
  }

  it('finds keys in the fixtures to check', () => {
    expect(keys.size).toBeGreaterThan(10);
  });

  for (const format of ['text', 'json', 'sarif']) {
    it(`never prints a full key in ${format} output, even with suppressed findings and --verbose`, () => {
      const result = cli(['scan', 'fixtures', '--format', format, '--include-suppressed', '--verbose'], { env: { FORCE_COLOR: '1' } });
      expect(result.code).toBe(1);
      const leaked = [...keys].filter((key) => result.stdout.includes(key) || result.stderr.includes(key));
      expect(leaked).toEqual([]);
    });
  }

  it('never writes a full key into a baseline', () => {
    const baseline = path.join(tempDir(), 'baseline.json');
    expect(cli(['scan', 'fixtures', '--write-baseline', baseline]).code).toBe(0);
    const text = readFileSync(baseline, 'utf8');
    expect(JSON.parse(text).findings.length).toBeGreaterThan(5);
    expect([...keys].filter((key) => text.includes(key))).toEqual([]);
  });

  it('never prints a key from a bad argument or config in an error message', () => {
    const key = 'sk_live_Tq7RmZx9KpR4vTn8WcYb3JdF';
    const dir = tempDir();
    writeFileSync(path.join(dir, '.stripe-guard.json'), JSON.stringify({ rules: { [key]: 'off' } }));
    const results = [cli(['scan', dir]), cli(['explain', key]), cli(['scan', `--rule=${key}`]), cli(['scan', path.join(dir, key)])];
    for (const result of results) {
      expect(result.code).toBe(2);
      expect(result.stderr).not.toContain(key);
    }
  });
});
