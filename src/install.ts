/**
 * `stripe-guard install`: the pre-commit hook.
 *
 * - husky (a `.husky/` folder, or `core.hooksPath` ending in `.husky/_`): a marked line
 *   `stripe-guard scan --staged` is put at the top of `.husky/pre-commit` (created if missing);
 *   husky runs it with node_modules/.bin on PATH. Nothing is written into `.husky/_`, which husky owns.
 * - the pre-commit framework (`.pre-commit-config.yaml`): it owns the git hook; we print the
 *   `repos:` entry to add and write nothing.
 * - otherwise: `<hooks>/pre-commit`, where `<hooks>` is `git rev-parse --git-path hooks` (honours
 *   `core.hooksPath` and worktrees), mode 0755. A foreign hook already there is never clobbered:
 *   it is renamed `pre-commit.before-stripe-guard` and our hook runs it first (with the same
 *   arguments and stdin), stopping if it fails, then scans the staged content.
 *
 * Every path is idempotent: a second run finds our marker and changes nothing.
 */
import { chmodSync, existsSync, readFileSync, renameSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from './errors.js';

export const MARKER = 'stripe-guard';
// husky puts node_modules/.bin on PATH: no `npx` (≈1 s of npm start-up per commit, and a registry
// look-up when the package is missing).
const HUSKY_LINE = `stripe-guard scan --staged # added by stripe-guard install`;
export const CHAINED_NAME = 'pre-commit.before-stripe-guard';

export function plainHook(): string {
  return `#!/bin/sh
# stripe-guard pre-commit hook (installed by \`stripe-guard install\`; edit freely, keep this line).
# Blocks commits whose staged content leaks Stripe keys or misuses the Stripe SDK.
# Bypass once with \`git commit --no-verify\`.
hook_dir=$(dirname -- "$0")
if [ -x "$hook_dir/${CHAINED_NAME}" ]; then
  "$hook_dir/${CHAINED_NAME}" "$@" || exit $?
fi
if [ -x ./node_modules/.bin/stripe-guard ]; then
  exec ./node_modules/.bin/stripe-guard scan --staged
elif command -v stripe-guard >/dev/null 2>&1; then
  exec stripe-guard scan --staged
else
  exec npx --no stripe-guard scan --staged
fi
`;
}

export const PRE_COMMIT_SNIPPET = `  - repo: https://github.com/stripe-guard/stripe-guard
    rev: v<version>   # a tag of stripe-guard
    hooks:
      - id: stripe-guard
`;

export interface InstallResult {
  /** Human-readable lines: what was done. */
  messages: string[];
}

async function gitOutput(cwd: string, args: string[]): Promise<string> {
  const { simpleGit } = await import('simple-git');
  try {
    return (await simpleGit({ baseDir: cwd }).raw(args)).trim();
  } catch (error) {
    throw new UsageError(`install: git ${args.join(' ')} failed: ${(error as Error).message.trim().split('\n')[0]}`);
  }
}

export async function install(cwd: string): Promise<InstallResult> {
  const messages: string[] = [];
  const top = await gitOutput(cwd, ['rev-parse', '--show-toplevel']).catch(() => {
    throw new UsageError('install: not inside a git working tree (run it from your repository)');
  });
  if (!top) throw new UsageError('install: not inside a git working tree (a bare repository has no hooks to run on commit)');
  const hooksPath = (await gitOutput(top, ['config', '--get', 'core.hooksPath']).catch(() => '')).replace(/\/+$/, '');
  const huskyDir = path.join(top, '.husky');

  if (existsSync(huskyDir) || /(^|\/)\.husky\/_$/.test(hooksPath)) {
    const file = path.join(huskyDir, 'pre-commit');
    const shown = path.relative(cwd, file) || file;
    mkdirSync(huskyDir, { recursive: true });
    if (!existsSync(file)) {
      writeFileSync(file, `${HUSKY_LINE}\n`, { mode: 0o755 });
      messages.push(`Created ${shown} running \`stripe-guard scan --staged\`.`);
    } else {
      const content = readFileSync(file, 'utf8');
      if (content.split('\n').some((line) => line.includes('stripe-guard scan') && !line.trimStart().startsWith('#'))) {
        messages.push(`${shown} already runs stripe-guard; nothing to do.`);
      } else {
        // At the top (after a shebang, if any): the check is fast, and an `exit`/`exec` further down cannot skip it.
        const lines = content.split('\n');
        const at = lines[0]?.startsWith('#!') ? 1 : 0;
        lines.splice(at, 0, HUSKY_LINE);
        writeFileSync(file, lines.join('\n'));
        messages.push(`Added \`stripe-guard scan --staged\` at the top of ${shown}.`);
      }
    }
    if (!/(^|\/)\.husky\/_$/.test(hooksPath)) {
      messages.push('husky is not active in this clone (core.hooksPath is not .husky/_): run `npx husky` (the "prepare" script) to enable it.');
    }
    return { messages };
  }

  if (existsSync(path.join(top, '.pre-commit-config.yaml'))) {
    messages.push('This repository uses the pre-commit framework, which owns the git hook. Add stripe-guard to .pre-commit-config.yaml:');
    messages.push(`repos:\n${PRE_COMMIT_SNIPPET.trimEnd()}`);
    messages.push('then run `pre-commit install`. Nothing was written.');
    return { messages };
  }

  const hooksDir = path.resolve(top, await gitOutput(top, ['rev-parse', '--git-path', 'hooks']));
  const file = path.join(hooksDir, 'pre-commit');
  const shown = path.relative(cwd, file) || file;
  mkdirSync(hooksDir, { recursive: true });
  if (existsSync(file)) {
    const content = readFileSync(file, 'latin1');
    if (content.includes('stripe-guard scan --staged')) {
      messages.push(`${shown} already runs stripe-guard; nothing to do.`);
      return { messages };
    }
    const chained = path.join(hooksDir, CHAINED_NAME);
    if (existsSync(chained)) {
      throw new UsageError(`install: both ${shown} and ${path.relative(cwd, chained)} exist and neither is ours; merge them by hand, then rerun`);
    }
    renameSync(file, chained);
    // Keep it runnable: it ran as the pre-commit hook only if it was executable.
    if (!(statSync(chained).mode & 0o111)) messages.push(`Note: the previous hook was not executable, so it did not run before and will not run now.`);
    messages.push(`Moved the existing hook to ${path.relative(cwd, chained)}; the new hook runs it first, then stripe-guard.`);
  }
  writeFileSync(file, plainHook(), { mode: 0o755 });
  chmodSync(file, 0o755);
  messages.push(`Installed ${shown}: \`git commit\` now scans the staged content (\`stripe-guard scan --staged\`).`);
  return { messages };
}

/**
 * What a blocked commit prints on stderr after the report: how to fix, how to suppress with a
 * reason, and how to bypass.
 */
export function blockedCommitAdvice(ruleIds: readonly string[], staged: boolean): string {
  const isKey = (id: string) => id === 'hardcoded-secret-key' || id === 'hardcoded-webhook-secret';
  const keys = ruleIds.some(isKey);
  const rule = ruleIds.find(isKey) ?? ruleIds[0] ?? '<rule-id>';
  return [
    '',
    'stripe-guard blocked this commit.',
    `  Fix:      change the reported lines${keys ? ' (load keys from the environment; roll in the Stripe Dashboard any key that was ever pushed)' : ''},`,
    `            then stage the fix${staged ? ' (`git add <file>`): the commit takes what is staged, not the working tree' : ''}.`,
    `  Suppress: a false positive, with a reason, in a comment on the line or the line above:`,
    `            stripe-guard-ignore ${rule} -- <reason>`,
    '  Bypass:   `git commit --no-verify` skips every pre-commit check (not recommended).',
    '',
  ].join('\n');
}
