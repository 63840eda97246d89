import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULE_IDS } from '../src/rule.js';
import { cli, tempDir } from './cli-support.js';

const LIVE_KEY = 'sk_live_Tq7RmZx9KpR4vTn8WcYb3JdF';

function projectWith(files: Record<string, string>): string {
  const dir = tempDir();
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

describe('stripe-guard scan', () => {
  it('reports the fixture keys redacted and exits 1', () => {
    const result = cli(['scan', 'fixtures/hardcoded-secret-key']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('hardcoded-secret-key');
    expect(result.stdout).toContain('sk_live_…epfJ');
    expect(result.stdout).not.toContain('sk_live_u8jzPde0IgxLd6GncfBAepfJ');
    expect(result.stdout).toMatch(/✖ \d+ problems \(\d+ errors?, \d+ warnings?, \d+ notes?\) in \d+ files scanned/);
  });

  it('exits 0 on a folder without findings', () => {
    const dir = projectWith({ 'src/app.ts': 'export const answer = 42;\n', 'README.md': '# demo\nUse sk_test_... from the dashboard.\n' });
    const result = cli(['scan', dir]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('✔ 0 problems');
  });

  it('applies the size limit when a file is opened: a bundle over it is scanned for keys only, any other file is skipped', () => {
    const padding = `\n${'// filler line of a large generated file\n'.repeat(40)}`;
    const dir = projectWith({
      '.stripe-guard.json': JSON.stringify({ maxFileSize: 1024 }),
      'public/app.bundle.js': `const stripe = require('stripe')('${LIVE_KEY}');${padding}`,
      'config/large.env': `STRIPE_SECRET_KEY=${LIVE_KEY}${padding}`,
      'small.env': `STRIPE_SECRET_KEY=${LIVE_KEY}\n`,
    });
    const result = cli(['scan', dir, '--format', 'json', '--verbose', '--fail-on', 'never']);
    const findings = JSON.parse(result.stdout).findings as { ruleId: string; path: string }[];
    // The bundle: the key rule only (no unpinned-api-version, which needs its syntax tree).
    expect(findings.map((f) => `${f.path} ${f.ruleId}`).sort()).toEqual([`${path.basename(dir)}/public/app.bundle.js hardcoded-secret-key`, `${path.basename(dir)}/small.env hardcoded-secret-key`].sort());
    expect(result.stderr).toContain('skipped');
    expect(result.stderr).toMatch(/large\.env: larger than 1024 bytes/);
  });

  it('honours --fail-on', () => {
    const dir = projectWith({ '.env': 'STRIPE_SECRET_KEY=sk_test_Tq7RmZx9KpR4vTn8WcYb3JdF\n' });
    expect(cli(['scan', dir]).code).toBe(1); // a test key is a warning; the default threshold is warning
    expect(cli(['scan', dir, '--fail-on', 'error']).code).toBe(0);
    expect(cli(['scan', dir, '--fail-on', 'never']).code).toBe(0);
  });

  it('writes the report to --output and nothing to stdout', () => {
    const dir = projectWith({ 'config.yml': `key: ${LIVE_KEY}\n` });
    const out = path.join(dir, 'report.json');
    const result = cli(['scan', dir, '--format', 'json', '--output', out]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    const report = JSON.parse(readFileSync(out, 'utf8'));
    expect(report.version).toBe(1);
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]).toMatchObject({ ruleId: 'hardcoded-secret-key', level: 'error', start: { line: 1, column: 6 } });
  });

  it('fails with exit 2 and one line when --output cannot be written', () => {
    const dir = projectWith({ 'a.txt': 'nothing\n' });
    const result = cli(['scan', dir, '--output', path.join(dir, 'missing', 'dir', 'out.txt')]);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/--output: cannot write .*ENOENT/);
  });

  it('exits 2 on an unknown option, format or rule id, suggesting the nearest rule', () => {
    expect(cli(['scan', '--frobnicate']).code).toBe(2);
    expect(cli(['scan', '--format', 'xml']).code).toBe(2);
    const unknownRule = cli(['scan', '--rule', 'hardcoded-secret-keys']);
    expect(unknownRule.code).toBe(2);
    expect(unknownRule.stderr).toContain('did you mean "hardcoded-secret-key"');
    expect(cli(['scan', 'no/such/path']).code).toBe(2);
  });

  it('runs only --rule and skips --disable', () => {
    const dir = projectWith({ '.env': `A=${LIVE_KEY}\nB=whsec_SI6bWHtP3fS2qHx6kwXoIIXGvOoNZYW2\n` });
    const only = JSON.parse(cli(['scan', dir, '--format', 'json', '--rule', 'hardcoded-webhook-secret']).stdout);
    expect(only.findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(['hardcoded-webhook-secret']);
    const skipped = JSON.parse(cli(['scan', dir, '--format', 'json', '--disable', 'hardcoded-webhook-secret']).stdout);
    expect(skipped.findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(['hardcoded-secret-key']);
  });

  it('reads .stripe-guard.json and names the bad field of an invalid one', () => {
    const dir = projectWith({ '.env': `A=${LIVE_KEY}\n`, '.stripe-guard.json': JSON.stringify({ rules: { 'hardcoded-secret-key': 'warning' } }) });
    const report = JSON.parse(cli(['scan', dir, '--format', 'json']).stdout);
    expect(report.findings[0].level).toBe('warning');
    writeFileSync(path.join(dir, '.stripe-guard.json'), JSON.stringify({ rules: { 'hardcoded-secret-key': 'loud' } }));
    const bad = cli(['scan', dir]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('.stripe-guard.json: "rules.hardcoded-secret-key" must be one of "error", "warning", "note", "off"');
  });

  it('reads the "stripe-guard" key of package.json, and never a JavaScript config', () => {
    const marker = path.join(tempDir(), 'executed');
    const dir = projectWith({
      '.env': `A=${LIVE_KEY}\n`,
      'package.json': JSON.stringify({ name: 'shop', 'stripe-guard': { rules: { 'hardcoded-secret-key': 'off' } } }),
      '.stripe-guard.js': `require('fs').writeFileSync(${JSON.stringify(marker)}, 'x');\nmodule.exports = {};\n`,
      'stripe-guard.config.js': `require('fs').writeFileSync(${JSON.stringify(marker)}, 'x');\n`,
    });
    const result = cli(['scan', dir, '--format', 'json']);
    expect(JSON.parse(result.stdout).findings).toEqual([]);
    expect(() => readFileSync(marker)).toThrow();
  });

  it('suppresses a finding with a reasoned comment and reports a comment without a rule id', () => {
    const dir = projectWith({
      'notes.md': [
        '<!-- stripe-guard-ignore hardcoded-secret-key -- revoked key kept for the incident report -->',
        `Old key: ${LIVE_KEY}`,
        '<!-- stripe-guard-ignore -->',
        'Nothing here.',
      ].join('\n'),
    });
    const report = JSON.parse(cli(['scan', dir, '--format', 'json']).stdout);
    expect(report.findings.map((f: { ruleId: string; start: { line: number } }) => `${f.ruleId}@${f.start.line}`)).toEqual(['invalid-suppression@3']);
    expect(report.summary.suppressed).toBe(1);
    const all = JSON.parse(cli(['scan', dir, '--format', 'json', '--include-suppressed']).stdout);
    expect(all.findings[0].suppression).toEqual({ kind: 'inSource', justification: 'revoked key kept for the incident report' });
  });

  it('colors text only when asked or on a terminal', () => {
    const dir = projectWith({ '.env': `A=${LIVE_KEY}\n` });
    expect(cli(['scan', dir]).stdout).not.toContain('\u001b[');
    expect(cli(['scan', dir], { env: { FORCE_COLOR: '1' } }).stdout).toContain('\u001b[');
    expect(cli(['scan', dir, '--no-color'], { env: { FORCE_COLOR: '1' } }).stdout).not.toContain('\u001b[');
  });
});

describe('stripe-guard rules / explain', () => {
  it('lists every rule with level, languages and summary', () => {
    const result = cli(['rules']);
    expect(result.code).toBe(0);
    const listed = result.stdout.trim().split('\n').map((line) => line.split(/\s+/)[0]);
    expect(listed.every((id) => (RULE_IDS as readonly string[]).includes(id!))).toBe(true);
    expect(result.stdout).toMatch(/hardcoded-secret-key\s+error\s+all text\s+Stripe secret or restricted API key written in a file/);
  });

  it('explains a rule: why, a bad example and the fix', () => {
    const result = cli(['explain', 'hardcoded-secret-key']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Why it matters');
    expect(result.stdout).toContain('Bad (config/payments.yml)');
    expect(result.stdout).toContain('What to do');
    expect(result.stdout).not.toContain('sk_live_51Nq8ZrKx2bY7cTgH4mVwPdLs9eJ0uRfA3iQ6oWzXnBv1CyDk5lMt');
  });

  it('rejects an unknown rule id with exit 2', () => {
    const result = cli(['explain', 'hardcoded-secrets']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('did you mean');
  });
});

describe('clear errors: exit 2 and one line naming the file, the field and what was expected', () => {
  /** The single stderr line of a usage error. */
  function failure(args: string[], cwd?: string): string {
    const result = cli(args, cwd ? { cwd } : {});
    expect(result.code, result.stderr).toBe(2);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trim().split('\n');
    expect(lines, result.stderr).toHaveLength(1);
    return lines[0]!;
  }

  it('a config file that is not JSON, or not an object', () => {
    const dir = projectWith({ '.stripe-guard.json': '{ "rules": { "hardcoded-secret-key": "off", } ' });
    expect(failure(['scan', dir])).toMatch(/\.stripe-guard\.json: is not valid JSON \(.+\)/);
    writeFileSync(path.join(dir, '.stripe-guard.json'), '["rules"]');
    expect(failure(['scan', dir])).toContain('.stripe-guard.json: "(root)" must be a JSON object');
  });

  it('a field of the wrong type or an unknown field, with the nearest known one', () => {
    const dir = projectWith({ '.stripe-guard.json': JSON.stringify({ ignore: 'dist/**' }) });
    expect(failure(['scan', dir])).toContain('.stripe-guard.json: "ignore" must be an array of glob strings');
    writeFileSync(path.join(dir, '.stripe-guard.json'), JSON.stringify({ maxFileSize: '1MB' }));
    expect(failure(['scan', dir])).toContain('"maxFileSize" must be a positive whole number of bytes');
    writeFileSync(path.join(dir, '.stripe-guard.json'), JSON.stringify({ rule: {} }));
    expect(failure(['scan', dir])).toMatch(/"rule" is not a known setting; expected one of .*\(did you mean "rules"\?\)/);
  });

  it('an unknown rule id in config rules, --disable and --rule suggests the nearest', () => {
    const dir = projectWith({ '.stripe-guard.json': JSON.stringify({ rules: { 'hardcoded-secret-keys': 'off' } }) });
    expect(failure(['scan', dir])).toContain('"rules.hardcoded-secret-keys" is not a rule id (did you mean "hardcoded-secret-key"?)');
    const clean = projectWith({ 'a.txt': 'x\n' });
    expect(failure(['scan', clean, '--disable', 'webhook-signature-not-verifed'])).toContain('--disable: unknown rule id "webhook-signature-not-verifed" (did you mean "webhook-signature-not-verified"?)');
    expect(failure(['scan', clean, '--rule', 'hardcoded-webhook-secrets'])).toContain('(did you mean "hardcoded-webhook-secret"?)');
  });

  it('the "stripe-guard" key of package.json is named as the source; a broken package.json that does not mention it is not our error', () => {
    const dir = projectWith({ 'package.json': JSON.stringify({ name: 'shop', 'stripe-guard': { rules: { 'hardcoded-secret-key': 'loud' } } }) });
    expect(failure(['scan', dir])).toContain('package.json ("stripe-guard"): "rules.hardcoded-secret-key" must be one of');
    writeFileSync(path.join(dir, 'package.json'), '{ "name": "shop", "stripe-guard": { ');
    expect(failure(['scan', dir])).toMatch(/package\.json: is not valid JSON/);
    writeFileSync(path.join(dir, 'package.json'), '{ "name": "shop", <<<<<<< HEAD');
    writeFileSync(path.join(dir, '.env'), `A=${LIVE_KEY}\n`);
    expect(cli(['scan', dir]).code).toBe(1);
  });

  it('a config saved with a byte order mark is read', () => {
    const dir = projectWith({ '.env': `A=${LIVE_KEY}\n`, '.stripe-guard.json': `\uFEFF${JSON.stringify({ rules: { 'hardcoded-secret-key': 'off' } })}` });
    expect(cli(['scan', dir]).code).toBe(0);
  });

  it('--config to a missing file, --jobs 0 or not a number', () => {
    const dir = projectWith({ 'a.txt': 'x\n' });
    expect(failure(['scan', dir, '--config', path.join(dir, 'nope.json')])).toMatch(/nope\.json: cannot be read \(ENOENT\)/);
    expect(failure(['scan', dir, '--jobs', '0'])).toMatch(/--jobs.*'0' is invalid.*at least 1/);
    expect(failure(['scan', dir, '--jobs', 'many'])).toMatch(/--jobs.*'many' is invalid/);
  });

  it('--output to a folder or under a file', () => {
    const dir = projectWith({ 'a.txt': 'x\n' });
    expect(failure(['scan', dir, '--output', dir])).toMatch(/--output: cannot write .* \(EISDIR\)/);
    expect(failure(['scan', dir, '--format', 'json', '--output', path.join(dir, 'a.txt', 'report.json')])).toMatch(/--output: cannot write .*report\.json \(ENOTDIR\)/);
  });
});
