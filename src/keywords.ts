/**
 * Prefilter vocabulary shared by several rules: the literal strings that code which can hold a
 * finding must contain. They must cover what the language helpers accept (a test checks the secret
 * names against `isSecretName` of every language); being a little wider only costs a parse.
 */

/**
 * The common spellings of a compound name: `apiKey`, `ApiKey`, `APIKey`, `api_key`, `API_KEY`,
 * `apikey`, `APIKEY`, `api-key`, `api.key`, `Api_Key`.
 */
export function spellings(...words: string[]): string[] {
  const lower = words.map((w) => w.toLowerCase());
  const cap = (w: string) => w[0]!.toUpperCase() + w.slice(1);
  const [first, ...rest] = lower;
  const forms = [
    first + rest.map(cap).join(''), // apiKey
    lower.map(cap).join(''), // ApiKey
    first!.toUpperCase() + rest.map(cap).join(''), // APIKey
    lower.join('_'),
    lower.join('_').toUpperCase(),
    lower.map(cap).join('_'),
    lower.join(''),
    lower.join('').toUpperCase(),
    lower.join('-'),
    lower.join('-').toUpperCase(),
    lower.map(cap).join('-'),
    lower.join('.'),
  ];
  return [...new Set(forms)];
}

/** A string literal's start in any quote style: `'invoice.`, `"invoice.`, `` `invoice. ``. */
export function quoted(...starts: string[]): string[] {
  return starts.flatMap((start) => [`'${start}`, `"${start}`, `\`${start}`]);
}

/**
 * The ways code names or writes a secret value (SPEC §3): the key prefixes, and the words that make a
 * variable, property, environment or config name secret in the language helpers (`isSecretName`,
 * `isSecretEnvName`). `TOKEN` counts in environment names (upper case), and in Python and Ruby
 * variable names after `auth`, `access`… (snake case). A bare `sk`/`rk` word counts in upper case
 * next to a separator (`STRIPE_SK`, `SK_LIVE`) or after `stripe`: lower case it is in too many words.
 */
export const SECRET_VALUE_KEYWORDS: readonly string[] = [
  'sk_live_', 'sk_test_', 'rk_live_', 'rk_test_',
  'secret', 'Secret', 'SECRET', 'whsec', 'Whsec', 'WHSEC', 'TOKEN', 'restricted', 'Restricted', 'RESTRICTED',
  '_SK', 'SK_', '_RK', 'RK_', ...spellings('stripe', 'sk'), ...spellings('stripe', 'rk'), 'stripeSK', 'StripeSK', 'stripeRK',
  ...spellings('api', 'key'),
  ...spellings('access', 'key'),
  ...spellings('private', 'key'),
  ...spellings('signing', 'key'),
  ...spellings('stripe', 'key'),
  ...spellings('sk', 'key'),
  // Python and Ruby names only (`auth_token`, `accesstoken`); upper-case forms contain `TOKEN`.
  ...['access', 'refresh', 'auth', 'api', 'bearer', 'oauth'].flatMap((word) => [`${word}_token`, `${word}token`]),
];

/**
 * Where code uses the whole process environment rather than one variable of it: `process.env` or
 * `os.environ` or `ENV` followed by something other than a member read (`res.json(process.env)`,
 * `{ ...process.env }`, `dict(os.environ)`, `ENV.to_h`), and `Deno.env.toObject()`.
 */
export const WHOLE_ENVIRONMENT_KEYWORDS: readonly string[] = [
  ...['process.env', 'environ', 'ENV'].flatMap((env) => [')', ',', ';', '}', ']', ' ', '\n', '\r', '\t'].map((after) => env + after)),
  'environ.copy', 'environ.items', 'environ.values',
  ...['to_h', 'to_a', 'to_s', 'to_json', 'inspect', 'dup', 'clone', 'sort', 'pretty_inspect'].map((method) => `ENV.${method}`),
  'Deno.env.toObject',
];
