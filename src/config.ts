/**
 * Configuration is JSON data only: `.stripe-guard.json` or the "stripe-guard" key of package.json.
 * Never a JavaScript file: the tool runs on untrusted pull requests and must not execute their code.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { LEVELS, RULE_IDS, type Level, type RuleId } from './rule.js';
import { didYouMean } from './suggest.js';

export type RuleSetting = Level | 'off';

export interface Config {
  /** Where it was read from, for messages; undefined for the defaults. */
  source?: string;
  rules: Partial<Record<RuleId, RuleSetting>>;
  /** Extra gitignore-style patterns. */
  ignore: string[];
  /** Extra variable or environment names that hold secrets. */
  secretNames: string[];
  maxFileSize: number;
}

export const DEFAULT_MAX_FILE_SIZE = 1024 * 1024;

export class ConfigError extends Error {}

export function defaultConfig(): Config {
  return { rules: {}, ignore: [], secretNames: [], maxFileSize: DEFAULT_MAX_FILE_SIZE };
}

const SETTINGS: readonly string[] = [...LEVELS, 'off'];
const FIELDS = ['$schema', 'rules', 'ignore', 'secretNames', 'maxFileSize'];

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

/** Checks a parsed config object; every message names the file, the field and what was expected. */
export function validateConfig(value: unknown, source: string): Config {
  const fail = (field: string, expected: string): never => {
    throw new ConfigError(`${source}: "${field}" ${expected}`);
  };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail('(root)', 'must be a JSON object');
  const object = value as Record<string, unknown>;
  const config: Config = { ...defaultConfig(), source };
  for (const key of Object.keys(object)) {
    if (!FIELDS.includes(key)) fail(key, `is not a known setting; expected one of ${FIELDS.slice(1).join(', ')}${didYouMean(key, FIELDS)}`);
  }
  if (object.rules !== undefined) {
    if (typeof object.rules !== 'object' || object.rules === null || Array.isArray(object.rules)) fail('rules', 'must be an object of rule id → "error" | "warning" | "note" | "off"');
    for (const [id, setting] of Object.entries(object.rules as Record<string, unknown>)) {
      if (!(RULE_IDS as readonly string[]).includes(id)) fail(`rules.${id}`, `is not a rule id${didYouMean(id, RULE_IDS)}`);
      const level = typeof setting === 'object' && setting !== null ? (setting as { level?: unknown }).level : setting;
      if (typeof level !== 'string' || !SETTINGS.includes(level)) fail(`rules.${id}`, `must be one of ${SETTINGS.map((s) => `"${s}"`).join(', ')}`);
      config.rules[id as RuleId] = level as RuleSetting;
    }
  }
  if (object.ignore !== undefined) {
    if (!isStringArray(object.ignore)) fail('ignore', 'must be an array of glob strings');
    config.ignore = object.ignore as string[];
  }
  if (object.secretNames !== undefined) {
    if (!isStringArray(object.secretNames)) fail('secretNames', 'must be an array of variable names');
    config.secretNames = object.secretNames as string[];
  }
  if (object.maxFileSize !== undefined) {
    if (typeof object.maxFileSize !== 'number' || !Number.isInteger(object.maxFileSize) || object.maxFileSize <= 0) fail('maxFileSize', 'must be a positive whole number of bytes');
    config.maxFileSize = object.maxFileSize as number;
  }
  return config;
}

function parseJsonFile(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigError(`${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, '')); // editors on Windows save a byte order mark
  } catch (error) {
    throw new ConfigError(`${file}: is not valid JSON (${(error as Error).message})`);
  }
}

function parsePackageJson(file: string): Record<string, unknown> | null {
  try {
    return parseJsonFile(file) as Record<string, unknown> | null;
  } catch (error) {
    let text = '';
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      // unreadable: nothing of ours in it that we could know of
    }
    if (text.includes('"stripe-guard"')) throw error;
    return null;
  }
}

/** Reads `--config <file>`, or looks upward from `start` (stopping at the git root) for a config. */
export function loadConfig(explicit: string | undefined, start: string): Config {
  if (explicit) return validateConfig(parseJsonFile(explicit), explicit);
  let dir = path.resolve(start);
  try {
    if (!statSync(dir).isDirectory()) dir = path.dirname(dir);
  } catch {
    return defaultConfig();
  }
  for (;;) {
    const own = path.join(dir, '.stripe-guard.json');
    if (existsSync(own)) return validateConfig(parseJsonFile(own), own);
    const pkg = path.join(dir, 'package.json');
    if (existsSync(pkg)) {
      // A broken package.json that does not mention us is the project's problem, not a config error.
      const json = parsePackageJson(pkg);
      if (json && typeof json === 'object' && 'stripe-guard' in json) return validateConfig(json['stripe-guard'], `${pkg} ("stripe-guard")`);
    }
    if (existsSync(path.join(dir, '.git')) || path.dirname(dir) === dir) return defaultConfig();
    dir = path.dirname(dir);
  }
}
