/**
 * The prefilter's shared vocabulary must cover what the rules accept: a name that a language helper
 * calls secret must contain one of SECRET_VALUE_KEYWORDS, or the file holding it would never be
 * parsed and its finding would be lost.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SECRET_VALUE_KEYWORDS, WHOLE_ENVIRONMENT_KEYWORDS, quoted, spellings } from '../src/keywords.js';
import { isSecretName as isSecretNameJs } from '../src/lang/js.js';
import { isSecretEnvName, isSecretName as isSecretNameTreeSitter } from '../src/lang/tree-sitter-helpers.js';

const WORDS = [
  'stripe', 'secret', 'secrets', 'key', 'api', 'access', 'private', 'signing', 'restricted', 'token', 'auth', 'refresh', 'bearer',
  'oauth', 'webhook', 'whsec', 'sk', 'rk', 'live', 'test', 'user', 'id', 'name', 'client', 'publishable', 'pk', 'endpoint', 'value',
  'my', 'github', 'prod', 'session', 'csrf', 'password',
];
const cap = (w: string) => w[0]!.toUpperCase() + w.slice(1);
const STYLES: Record<string, (words: string[]) => string> = {
  camel: (w) => w[0]! + w.slice(1).map(cap).join(''),
  pascal: (w) => w.map(cap).join(''),
  snake: (w) => w.join('_'),
  upper: (w) => w.join('_').toUpperCase(),
  kebab: (w) => w.join('-'),
  dotted: (w) => w.join('.'),
};
const words = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 4 });
const mentioned = (name: string) => SECRET_VALUE_KEYWORDS.some((keyword) => name.includes(keyword));
/**
 * Bare `sk`/`rk` words are covered in upper case next to a separator and after `stripe` only (see
 * SECRET_VALUE_KEYWORDS): a name that is secret through nothing else (`skToken`) is not asked for.
 */
const covered = (name: string, parts: string[], isSecret: (name: string) => boolean, style: (words: string[]) => string) => {
  const bare = parts.some((w, i) => (w === 'sk' || w === 'rk') && parts[i - 1] !== 'stripe');
  return !bare || /[A-Z]_[SR]K|[SR]K_/.test(name) || isSecret(style(parts.map((w) => (w === 'sk' || w === 'rk' ? 'value' : w))));
};

describe('SECRET_VALUE_KEYWORDS', () => {
  it('every JS variable or property name that says "secret" contains a keyword, in every spelling', () => {
    fc.assert(
      fc.property(words, fc.constantFrom(...Object.keys(STYLES)), (parts, style) => {
        const name = STYLES[style]!(parts);
        if (isSecretNameJs(name) && covered(name, parts, isSecretNameJs, STYLES[style]!)) expect(mentioned(name), name).toBe(true);
      }),
      { numRuns: 5000, seed: 7 },
    );
  });

  it('every secret environment or config name (upper case) contains a keyword', () => {
    fc.assert(
      fc.property(words, (parts) => {
        const name = STYLES.upper!(parts);
        const isSecret = (n: string) => isSecretNameJs(n, { environment: true }) || isSecretEnvName(n);
        if (isSecret(name) && covered(name, parts, isSecret, STYLES.upper!)) expect(mentioned(name), name).toBe(true);
      }),
      { numRuns: 5000, seed: 8 },
    );
  });

  it('every Python or Ruby name that says "secret" (snake or upper case) contains a keyword', () => {
    fc.assert(
      fc.property(words, fc.constantFrom('snake', 'upper'), (parts, style) => {
        const name = STYLES[style]!(parts);
        if (isSecretNameTreeSitter(name) && covered(name, parts, isSecretNameTreeSitter, STYLES[style]!)) expect(mentioned(name), name).toBe(true);
      }),
      { numRuns: 5000, seed: 9 },
    );
  });

  it('names of ordinary code do not pass: the keywords narrow', () => {
    for (const name of ['token', 'userToken', 'csrfToken', 'keys', 'monkey', 'task_id', 'risk_live', 'desk_test', 'primaryKey', 'key']) {
      expect(mentioned(name), name).toBe(false);
    }
  });
});

describe('WHOLE_ENVIRONMENT_KEYWORDS', () => {
  const dumps = ['res.json(process.env)', 'res.send({ ...process.env })', 'const env = process.env;', 'jsonify(dict(os.environ))', 'return {**os.environ}', 'print(os.environ.copy())', 'render json: ENV.to_h', 'logger.info(ENV.inspect)', 'Deno.env.toObject()'];
  const reads = ['process.env.STRIPE_SECRET_KEY', "process.env['PORT']", 'os.environ["HOME"]', 'os.environ.get("X")', 'ENV["STRIPE_KEY"]', 'ENV.fetch("X")'];
  it('match the whole environment and not a read of one variable', () => {
    for (const code of dumps) expect(WHOLE_ENVIRONMENT_KEYWORDS.some((k) => code.includes(k)), code).toBe(true);
    for (const code of reads) expect(WHOLE_ENVIRONMENT_KEYWORDS.some((k) => code.includes(k)), code).toBe(false);
  });
});

describe('spellings and quoted', () => {
  it('spell a compound name the ways code does', () => {
    expect(spellings('api', 'key')).toEqual(expect.arrayContaining(['apiKey', 'ApiKey', 'APIKey', 'api_key', 'API_KEY', 'apikey', 'APIKEY', 'api-key', 'api.key']));
    expect(quoted('invoice.')).toEqual(["'invoice.", '"invoice.', '`invoice.']);
  });
});
