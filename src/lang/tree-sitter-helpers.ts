/**
 * What the tree-sitter languages (Python, Ruby, PHP, Go, Java) share: walking the copied syntax
 * trees without recursion, the secret-name and sensitive-key vocabulary, Stripe event names, and the
 * project folder of a global SDK (for `unpinned-api-version`).
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { SyntaxNode, TreeSitterFile } from '../parse/tree-sitter.js';
import type { Span } from '../rule.js';

export type { SyntaxNode, TreeSitterFile };

/** How deep value-following recursion may go (assignment chains, nested wrappers). */
export const MAX_DEPTH = 12;

export function textOf(file: { text: string }, node: SyntaxNode): string {
  return file.text.slice(node.start, node.end);
}

export function spanOf(node: SyntaxNode): Span {
  return { start: node.start, end: node.end };
}

export function field(node: SyntaxNode | undefined, name: string): SyntaxNode | undefined {
  return node?.children.find((c) => c.field === name);
}

export function fields(node: SyntaxNode | undefined, name: string): SyntaxNode[] {
  return node ? node.children.filter((c) => c.field === name) : [];
}

export function namedChildren(node: SyntaxNode | undefined): SyntaxNode[] {
  return node ? node.children.filter((c) => c.named && c.type !== 'comment') : [];
}

/** Pre-order walk without recursion; `visit` returning false skips the node's children. */
export function walk(root: SyntaxNode, visit: (node: SyntaxNode) => boolean | void): void {
  const stack: SyntaxNode[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (visit(node) === false) continue;
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
}

/** Every node of the given types under root, in document order. */
export function descendants(root: SyntaxNode, types: ReadonlySet<string> | string): SyntaxNode[] {
  const found: SyntaxNode[] = [];
  const match = typeof types === 'string' ? (t: string) => t === types : (t: string) => types.has(t);
  walk(root, (node) => {
    if (match(node.type)) found.push(node);
  });
  return found;
}

/** The nearest ancestor (not the node itself) of one of the types, stopping at `stop` types. */
export function ancestor(node: SyntaxNode, types: ReadonlySet<string>, stop?: ReadonlySet<string>): SyntaxNode | undefined {
  for (let p = node.parent; p; p = p.parent) {
    if (types.has(p.type)) return p;
    if (stop?.has(p.type)) return undefined;
  }
  return undefined;
}

export function isInside(node: SyntaxNode, container: SyntaxNode): boolean {
  return node.start >= container.start && node.end <= container.end;
}

/** Cached per-file data (keyed by the root node, which lives as long as the parsed file). */
export function cached<T>(store: WeakMap<SyntaxNode, T>, root: SyntaxNode, build: () => T): T {
  let value = store.get(root);
  if (value === undefined) {
    value = build();
    store.set(root, value);
  }
  return value;
}

// ---------------------------------------------------------------------------------------------
// Names

/** `stripeSecretKey`, `STRIPE_SECRET_KEY`, `stripe-secret-key` → ['stripe', 'secret', 'key']. */
export function wordsOf(name: string): string[] {
  // A hand-written scan (no backtracking regular expression): linear on any input.
  const words: string[] = [];
  let word = '';
  const kind = (c: string) => (c >= 'a' && c <= 'z' ? 'lower' : c >= 'A' && c <= 'Z' ? 'upper' : c >= '0' && c <= '9' ? 'digit' : 'other');
  for (let i = 0; i < name.length; i++) {
    const c = name[i]!;
    const k = kind(c);
    if (k === 'other') {
      if (word) words.push(word);
      word = '';
      continue;
    }
    const prev = i > 0 ? kind(name[i - 1]!) : 'other';
    const next = i + 1 < name.length ? kind(name[i + 1]!) : 'other';
    // `stripeSecret` → stripe|Secret; `HTMLParser` → HTML|Parser.
    if (word && k === 'upper' && (prev === 'lower' || prev === 'digit' || (prev === 'upper' && next === 'lower'))) {
      words.push(word);
      word = '';
    }
    word += c.toLowerCase();
  }
  if (word) words.push(word);
  return words;
}

/**
 * A call path into a Stripe client (`stripe.checkout.Session.create`, `self.stripe_client.v1.payment_intents.create`):
 * the receiver is the last segment naming a client or Stripe, the resource what lies between it and the method.
 */
export function splitClientCall(segments: readonly string[], methods: ReadonlySet<string>): { resource: string[]; method: string } | undefined {
  const method = segments[segments.length - 1];
  if (!method || !methods.has(method.toLowerCase())) return undefined;
  for (let i = segments.length - 3; i >= 0; i--) {
    const segment = segments[i]!.toLowerCase();
    if (!segment.includes('client') && !segment.includes('stripe')) continue;
    const resource = segments.slice(i + 1, -1);
    if (resource[0] === 'v1' || resource[0] === 'v2') resource.shift();
    return resource.length ? { resource, method: method.toLowerCase() } : undefined;
  }
  return undefined;
}

const PUBLIC_WORDS = /(^|_)(publishable|public|pk|publishable_key)(_|$)/;
/** Where a secret is kept, not the secret: `secret_id`, `secret_arn`, `secrets_manager`, `api_key_name`. */
const NAMES_A_SECRET = /(^|_)secrets?_(name|id|arn|path|file|url|region|version|header|length|prefix|manager|client|store)$|(^|_)(key|token)_(name|id|arn|path|file|url|type|header|length|prefix|expiry|ttl)$/;

/**
 * A variable, parameter or property name that says it holds a secret (`secretKey`, `stripe_secret`,
 * `webhookSecret`, `access_key`, `apiKey`, `endpoint_secret`, `STRIPE_SECRET_KEY`…). Publishable
 * keys and a PaymentIntent's `client_secret` (meant for the browser) are not.
 */
export function isSecretName(name: string, extra: readonly string[] = []): boolean {
  if (extra.some((e) => e.toLowerCase() === name.toLowerCase())) return true;
  const w = wordsOf(name).join('_');
  if (!w || PUBLIC_WORDS.test(w) || /(^|_)client_secret(_|$)/.test(w) || NAMES_A_SECRET.test(w)) return false;
  return /(^|_)(secret|secrets|api_?key|access_?key|private_?key|restricted_key|stripe_(sk|key)|sk_key|secret_?key|(access|refresh|auth|api|bearer|oauth|secret)_?token|whsec)(_|$)/.test(w);
}

/**
 * An environment variable or config entry name that holds a secret (SPEC: SECRET, STRIPE_KEY,
 * STRIPE_SK, RESTRICTED, API_KEY, ACCESS_KEY, WEBHOOK…SECRET, PRIVATE_KEY, TOKEN).
 */
export function isSecretEnvName(name: string, extra: readonly string[] = []): boolean {
  if (extra.some((e) => e.toLowerCase() === name.toLowerCase())) return true;
  const w = wordsOf(name).join('_');
  if (!w || PUBLIC_WORDS.test(w) || NAMES_A_SECRET.test(w)) return false;
  if (/(^|_)(stripe|card|payment|csrf|xsrf|id|captcha|recaptcha)_token(_|$)/.test(w)) return false;
  return /secret|stripe_key|stripe_sk|restricted|api_?key|access_?key|private_?key|token/.test(w);
}

/** A metadata key that names sensitive data (SPEC `secret-in-metadata`), in any case or separator. */
export function isSensitiveKeyName(name: string): boolean {
  // The sensitive word must be what the key holds (`user_password`, `access_token`, `password_hash`),
  // not a qualifier of something else (`token_count`, `password_changed`).
  const w = `_${wordsOf(name).join('_')}_`.replace(/_(hash|digest|value|raw|plain|plaintext|encrypted|confirmation|str|string)_$/, '_');
  if (/_(password|passwd|pwd|secret|token|ssn|cvc|cvv|cvv2|apikey|accesskey|privatekey|cardnumber|personalinfo|personal_info)_$/.test(w)) return true;
  if (/_(access_key|api_key|private_key|card_number|credit_card)_$/.test(w)) return true;
  return /_card_(number|num)_|_(social_security)_/.test(w);
}

/** Names of signatures, HMAC digests and webhook secrets (`timing-unsafe-signature-compare`). */
export function isSignatureName(name: string): boolean {
  const w = wordsOf(name);
  const last = w[w.length - 1] ?? '';
  // `signature_version`, `is_signed`, `digest_method`: about a signature, not one.
  if (['is', 'has', 'should', 'needs', 'valid', 'verify', 'verified', 'check', 'use', 'skip', 'require', 'required'].includes(w[0] ?? '')) return false;
  if (['valid', 'verified', 'enabled', 'required', 'length', 'len', 'version', 'scheme', 'algorithm', 'algo', 'name', 'count', 'type', 'method', 'header', 'headers', 'key'].includes(last) && !/secret|hmac/.test(w.join('_'))) {
    if (!(last === 'header' && w.some((x) => x === 'sig' || x === 'signature'))) return false;
  }
  return w.some((x) => ['signature', 'signatures', 'sig', 'sigs', 'hmac', 'digest', 'hexdigest', 'mac', 'hash'].includes(x)) ||
    /webhook_?secret|endpoint_?secret|signing_?secret|hook_?secret|webhook_?token|webhook_?key|whsec/.test(w.join('_'));
}

/** Stripe event type names (`checkout.session.completed`, `invoice.paid`…). */
export const STRIPE_EVENT = new RegExp(
  '^(account|application_fee|balance|billing_portal|capability|cash_balance|charge|checkout|coupon|credit_note|customer|' +
    'customer_cash_balance_transaction|entitlements|file|financial_connections|identity|invoice|invoiceitem|issuing_\\w+|' +
    'mandate|payment_intent|payment_link|payment_method|payout|person|plan|price|product|promotion_code|quote|radar|refund|' +
    'reporting|review|setup_intent|sigma|source|subscription_schedule|tax|tax_rate|terminal|test_helpers|topup|transfer|' +
    'treasury|billing)\\.[a-z_]+(\\.[a-z_]+)*$',
);

export function isStripeEventName(value: string): boolean {
  return STRIPE_EVENT.test(value);
}

/** Verification function names that count when the helper lives in another module. */
export function looksLikeVerification(name: string): boolean {
  const w = wordsOf(name).join('_');
  return /verif|construct_event|validate_(webhook|signature|stripe)|check_(webhook|signature|stripe)|authenticate_webhook|webhook_event_from|signature/.test(w);
}

// ---------------------------------------------------------------------------------------------
// Projects of global SDKs

const projectCache = new Map<string, string>();

/**
 * The project a file belongs to: the nearest folder above it (up to the scan root) that holds one of
 * the manifests, else the scan root. Without a path on disk, the scan root.
 */
export function projectOf(file: { path: string; absolutePath?: string }, manifests: (name: string) => boolean, kind: string): string {
  if (!file.absolutePath) return '.';
  const abs = file.absolutePath.split(path.sep).join('/');
  const rootAbs = abs.endsWith(file.path) ? abs.slice(0, abs.length - file.path.length).replace(/\/$/, '') : path.dirname(abs);
  let dir = path.posix.dirname(file.path);
  for (;;) {
    const key = `${kind}\0${rootAbs}\0${dir}`;
    let hit = projectCache.get(key);
    if (hit === undefined) {
      let names: string[] = [];
      try {
        names = readdirSync(dir === '.' ? rootAbs || '/' : `${rootAbs}/${dir}`);
      } catch {
        names = [];
      }
      hit = names.some(manifests) ? 'yes' : 'no';
      projectCache.set(key, hit);
    }
    if (hit === 'yes' || dir === '.' || dir === '/' || dir === '') return dir === '' ? '.' : dir;
    dir = path.posix.dirname(dir);
  }
}

export const PYTHON_MANIFEST = (name: string) => name === 'pyproject.toml' || name === 'setup.py' || name === 'Pipfile' || /^requirements.*\.txt$/.test(name);
export const RUBY_MANIFEST = (name: string) => name === 'Gemfile';
export const PHP_MANIFEST = (name: string) => name === 'composer.json';

/** The fact a pin records, and that cancels the project's unpinned findings. */
export function pinFact(language: string, project: string): string {
  return `stripe-api-version-pinned:${language}:${project}`;
}


// ---------------------------------------------------------------------------------------------
// Shared rule vocabulary

/** How a sink kind reads in a message. */
export const SINK_WORDS = { log: 'a log', response: 'an HTTP response', exception: 'an error message' } as const;

/** Static text so far reads like a URL, so that what follows lands in its path or query string. */
export function isUrlContext(prefix: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\/\S*$/i.test(prefix.trimStart()) || /^\/[^\s]*$/.test(prefix) || /[?&][\w.-]+=$/.test(prefix) || (/\?\S*$/.test(prefix) && /=/.test(prefix));
}

/**
 * For each positional placeholder of a printf-style template (`%s`, `%d`, `%05.2f`; `%%` is a
 * percent sign), the text before it, earlier placeholders written `{}`: what `isUrlContext` reads
 * to tell whether that value lands in a URL (`"%s/ingest?access_key=%s" % (base, key)`).
 */
export function placeholderPrefixes(template: string): string[] {
  const prefixes: string[] = [];
  let text = '';
  for (let i = 0; i < template.length; i++) {
    const c = template[i]!;
    if (c !== '%') {
      text += c;
      continue;
    }
    if (template[i + 1] === '%') {
      text += '%';
      i++;
      continue;
    }
    let j = i + 1;
    while (j < template.length && /[-+ #0-9.]/.test(template[j]!)) j++;
    if (j < template.length && /[sdifrxXeEgGc]/.test(template[j]!)) {
      prefixes.push(text);
      text += '{}';
      i = j;
    } else text += c;
  }
  return prefixes;
}

/** Names of counts the customer may choose (`quantity`, `seats`…): a server price times one is still the server's. */
export const QUANTITY_NAME = /quantit|qty|count|seats|units|months|days|nights|hours|people|guests|tickets|number_of|licenses/i;

/** A literal a Stripe key may be set from: not empty, not a publishable key. */
export function isUsableKeyLiteral(value: string): boolean {
  return value.trim() !== '' && !/^\s*pk_/.test(value);
}

/**
 * Functions (or methods) by name, those in the same class (or module) as `from` winning over
 * same-named ones elsewhere in the file: every Django view has its `post`, every Hanami action its `handle`.
 */
export function byNameNearest(file: { text: string }, all: readonly SyntaxNode[], from: SyntaxNode, scopes: ReadonlySet<string>): Map<string, SyntaxNode> {
  const own = ancestor(from, scopes);
  const byName = new Map<string, SyntaxNode>();
  for (const fn of [...all.filter((f) => ancestor(f, scopes) !== own), ...all.filter((f) => ancestor(f, scopes) === own)]) byName.set(textOf(file, field(fn, 'name')!), fn);
  return byName;
}

/** Stripe Connect OAuth authorize URLs. */
export const STRIPE_AUTHORIZE_URL = /connect\.stripe\.com\/(express\/)?oauth\/(v2\/)?authorize/;

/** A `state` anywhere in the scope: a `state=` query part, a "state" key, a `state:` pair, a `state=` keyword. */
export function mentionsState(file: { text: string }, scope: SyntaxNode): boolean {
  let found = false;
  walk(scope, (node) => {
    if (found || node.type === 'comment') return false;
    if (['identifier', 'hash_key_symbol', 'simple_symbol', 'name'].includes(node.type) && /^:?state$/.test(textOf(file, node))) found = true;
    if (/^(string_content|string_fragment|string_value|interpreted_string_literal_content)$/.test(node.type) && /(^|[?&])state=|^state$/.test(textOf(file, node))) found = true;
  });
  return found;
}

const CONCATENATION = new Set(['binary_operator', 'binary', 'concatenated_string', 'parenthesized_expression', 'parenthesized_statements']);

/**
 * Whether the authorize URL literal `url` carries a `state`. A literal that already holds query
 * parameters (`…/authorize?response_type=code&client_id=…`) gets it in its own string-building
 * expression (its interpolations, the `+` chain around it), unless it splices in a prepared query
 * (`#{params.to_query}`); another URL of the same function with a state does not count. A bare
 * base URL gets its parameters elsewhere: then any `state` in `scope` counts.
 */
/** True when a URL's text already holds query parameters (`…?response_type=code&…`). */
export function hasQueryParameters(url: string): boolean {
  const query = url.indexOf('?');
  if (query === -1) return false;
  const equals = url.indexOf('=', query);
  const hash = url.indexOf('#', query);
  return equals !== -1 && (hash === -1 || equals < hash);
}

export function authorizeUrlHasState(file: { text: string }, url: SyntaxNode, scope: SyntaxNode): boolean {
  if (!hasQueryParameters(textOf(file, url))) return mentionsState(file, scope);
  let expression = url;
  while (expression.parent && CONCATENATION.has(expression.parent.type)) expression = expression.parent;
  if (mentionsState(file, expression)) return true;
  let prepared = false;
  walk(expression, (node) => {
    if (node.type === 'identifier' && /param|query|qs/i.test(textOf(file, node))) prepared = true;
  });
  return prepared && mentionsState(file, scope);
}

/** A condition that tests the signature header (`if sig_header:`, `if request.headers.get("Stripe-Signature")`). */
export function mentionsSignatureHeader(file: { text: string }, condition: SyntaxNode | undefined): boolean {
  if (!condition) return false;
  let found = false;
  walk(condition, (n) => {
    if (/^(identifier|instance_variable)$/.test(n.type) && wordsOf(textOf(file, n)).some((w) => w === 'sig' || w === 'signature')) found = true;
    if (n.type === 'string_content' && /stripe[-_]signature/i.test(textOf(file, n))) found = true;
  });
  return found;
}

/** A condition that tests the webhook signing secret (`if endpoint_secret:`): verification is then optional. */
export function mentionsWebhookSecret(file: { text: string }, condition: SyntaxNode | undefined): boolean {
  if (!condition) return false;
  let found = false;
  walk(condition, (n) => {
    if (/^(identifier|instance_variable|constant|attribute)$/.test(n.type) && /(webhook|endpoint|signing)_?secret|whsec/.test(wordsOf(textOf(file, n)).join('_'))) found = true;
    if (n.type === 'string_content' && /(WEBHOOK|ENDPOINT|SIGNING)_SECRET/i.test(textOf(file, n))) found = true;
  });
  return found;
}

/** A timestamp tolerance that disables replay protection: none, ≤ 0, infinite, or over one hour. */
export function isUnsafeTolerance(text: string, type: string): boolean {
  if (/^(none|nil)$/.test(type)) return true;
  if (/^(float\(['"]inf['"]\)|math\.inf|sys\.maxsize|Float::INFINITY|numpy\.inf|np\.inf)$/.test(text.replace(/\s+/g, ''))) return true;
  const n = secondsOf(text);
  return n !== undefined && Number.isFinite(n) && (n <= 0 || n > 3600);
}

const DURATION_SECONDS: Record<string, number> = { second: 1, minute: 60, hour: 3600, day: 86_400, week: 604_800 };

/**
 * A number of seconds written as code: `300`, `86_400`, `7 * 24 * 60 * 60`, ActiveSupport's `1.day`
 * or `2.hours.to_i` (products and sums only; anything else is unknown).
 */
export function secondsOf(text: string): number | undefined {
  const terms = text.replace(/\s+/g, '').replace(/^\((.*)\)$/, '$1').split('+');
  let total = 0;
  for (const term of terms) {
    let product = 1;
    for (const factor of term.split('*')) {
      const duration = /^(\d[\d_]*)\.(second|minute|hour|day|week)s?(\.to_i)?$/.exec(factor);
      const value = duration ? Number(duration[1]!.replace(/_/g, '')) * DURATION_SECONDS[duration[2]!]! : /^\d[\d_]*(\.\d+)?$/.test(factor) ? Number(factor.replace(/_/g, '')) : NaN;
      if (Number.isNaN(value)) return undefined;
      product *= value;
    }
    total += product;
  }
  return total;
}

/** Stripe resources whose creation takes a price (`client-controlled-amount`). */
export const PRICED_RESOURCES = /^(payment_intent|charge|checkout\.session|invoice_item|invoiceitem|price|payment_link|subscription_item|subscription)$/;
export const AMOUNT_PARAMS: ReadonlySet<string> = new Set(['amount', 'unit_amount', 'unit_amount_decimal', 'price_data']);
/** Parameters that carry card details (`raw-card-data`), and the card fields that make them raw. */
export const CARD_PARAMS: ReadonlySet<string> = new Set(['card', 'source', 'payment_method_data']);
export const RAW_CARD_FIELDS = /^(number|card_number|cvc|cvv)$/;
export const METADATA_PARAMS: ReadonlySet<string> = new Set(['metadata']);

/** Why a tolerance is unsafe, for the message of `webhook-verification-bypassed`. */
export function toleranceProblem(value: string): string {
  const n = Number(value.replace(/_/g, ''));
  return Number.isFinite(n) && n > 3600 ? 'is longer than one hour' : 'turns the timestamp check off';
}

/** A metadata entry sent to Stripe; `at`/`valueAt` are where to report (the inline key, or the argument). */
export interface MetadataEntry {
  key: string;
  value: SyntaxNode;
  at: SyntaxNode;
  valueAt: SyntaxNode;
}
