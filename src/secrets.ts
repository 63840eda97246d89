/**
 * Stripe key shapes: what is a real key, what is a placeholder, and how any key is redacted.
 * Every string that leaves the process goes through `redact()` first.
 */

export type KeyKind = 'secret' | 'restricted' | 'webhook';
export type KeyMode = 'live' | 'test';

export interface KeyMatch {
  start: number;
  end: number;
  value: string;
  kind: KeyKind;
  /** Undefined for webhook secrets, which carry no mode. */
  mode: KeyMode | undefined;
  /** A key Stripe itself prints in its documentation: public, not a leak. */
  published: boolean;
}

// Left: not part of a longer word (`task_live_…`, `desk_test_…`). Right: the body ends the token.
// Bounded quantifiers and fixed lookarounds keep these linear on any input.
const API_KEY = /(?<![A-Za-z0-9_])(sk|rk)_(live|test)_([A-Za-z0-9]{10,255})(?![A-Za-z0-9_])/g;
const WEBHOOK_SECRET = /(?<![A-Za-z0-9_])whsec_([A-Za-z0-9+/]{16,128}={0,2})(?![A-Za-z0-9+/=_])/g;

/** Test keys Stripe publishes in its docs and samples. */
const PUBLISHED_KEYS = new Set([
  'sk_test_4eC39HqLyjWDarjtT1zdp7dc',
  'sk_test_BQokikJOvBiI2HlWgH4olfQ2',
  'sk_test_26PHem9AhJZvU623DfE1x4sd',
  'sk_test_tR3PYbcVNZZ796tH88S4VQ2u',
  'rk_test_4eC39HqLyjWDarjtT1zdp7dc',
]);

const PLACEHOLDER_WORDS = /your|here|example|placeholder|replace|dummy|fake|redacted|changeme|insert|sample|secret|xxxx|mock|todo|fixme|notreal|invalid/i;

/** Shannon entropy in bits per character. */
export function entropy(text: string): number {
  const counts = new Map<string, number>();
  for (const ch of text) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let bits = 0;
  for (const n of counts.values()) {
    const p = n / text.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

/** Share of the text covered by ascending runs of five or more (`12345`, `abcdef`). */
function sequentialShare(text: string): number {
  let covered = 0;
  let run = 1;
  for (let i = 1; i <= text.length; i++) {
    if (i < text.length && text.charCodeAt(i) === text.charCodeAt(i - 1) + 1) {
      run++;
      continue;
    }
    if (run >= 5) covered += run;
    run = 1;
  }
  return covered / text.length;
}

/** True when a key body is a documentation value rather than a key Stripe could have issued. */
export function isPlaceholderBody(body: string): boolean {
  return PLACEHOLDER_WORDS.test(body) || entropy(body) < 2.5 || sequentialShare(body) >= 0.6;
}

function isPlaceholderContext(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  const after = text.slice(end, end + 3);
  // `<sk_live_…>` templates, and values cut short with an ellipsis (`sk_test_51Hxyz...`).
  return (before === '<' && after[0] === '>') || after === '...' || after[0] === '…' || after[0] === '*';
}

// Other vendors issue keys of the same `sk_live_`/`sk_test_` shape.
const OTHER_VENDORS = /clerk|workos|highnote|paystack|checkout\.com|checkout-sdk|checkout_sdk|\bcko_|recharge|apideck|moonpay|flutterwave/i;

/** How far the key's line is read on each side: a minified bundle's one line can be 50 MB long. */
const LINE_WINDOW = 1000;

function lineAround(text: string, index: number): string {
  const head = Math.max(0, index - LINE_WINDOW);
  const from = head + text.slice(head, index).lastIndexOf('\n') + 1;
  const tail = text.slice(index, index + LINE_WINDOW);
  const to = tail.indexOf('\n');
  return text.slice(from, to === -1 ? index + tail.length : index + to);
}

/** Up to `count` lines above the index, nearest first (read within a bounded window). */
function linesAbove(text: string, index: number, count: number): string[] {
  const head = Math.max(0, index - LINE_WINDOW);
  const before = text.slice(head, index);
  return before.slice(0, Math.max(0, before.lastIndexOf('\n'))).split('\n').slice(-count).reverse();
}

/**
 * True when the key's line, or the nearest line above it that names a vendor (the `paystack:` of a
 * nested config), or, failing any mention of Stripe, the whole file, names another vendor.
 */
function isOtherVendorKey(text: string, start: number, body: string, fileMentionsStripe: boolean, fileMentionsOther: () => boolean): boolean {
  if (body.startsWith('a2V5Xz')) return true; // base64 "key_": WorkOS / Highnote
  // Paystack's shape: 40 hex digits. Stripe's bodies are base62, 24 or 99+ characters long.
  if (/^[0-9a-f]{40}$/.test(body)) return true;
  const line = lineAround(text, start);
  if (/stripe/i.test(line)) return false;
  if (OTHER_VENDORS.test(line)) return true;
  for (const above of linesAbove(text, start, 4)) {
    if (/stripe/i.test(above)) return false;
    if (OTHER_VENDORS.test(above)) return true;
  }
  return !fileMentionsStripe && fileMentionsOther();
}

/** Real-looking Stripe secret and restricted keys in a text (placeholders and other vendors left out). */
export function findApiKeys(text: string): KeyMatch[] {
  const found: KeyMatch[] = [];
  let mentionsStripe: boolean | undefined;
  let mentionsOther: boolean | undefined;
  const fileMentionsOther = () => (mentionsOther ??= OTHER_VENDORS.test(text));
  for (const m of text.matchAll(API_KEY)) {
    const [value, type, mode, body] = m as unknown as [string, 'sk' | 'rk', KeyMode, string];
    const start = m.index;
    const end = start + value.length;
    const published = PUBLISHED_KEYS.has(value);
    if (!published && (isPlaceholderBody(body) || isPlaceholderContext(text, start, end))) continue;
    mentionsStripe ??= /stripe/i.test(text);
    if (!published && isOtherVendorKey(text, start, body, mentionsStripe, fileMentionsOther)) continue;
    found.push({ start, end, value, kind: type === 'sk' ? 'secret' : 'restricted', mode, published });
  }
  return found;
}

/** Real-looking webhook signing secrets in a text. */
export function findWebhookSecrets(text: string): KeyMatch[] {
  const found: KeyMatch[] = [];
  for (const m of text.matchAll(WEBHOOK_SECRET)) {
    const [value, body] = m as unknown as [string, string];
    const start = m.index;
    const end = start + value.length;
    if (isPlaceholderBody(body) || isPlaceholderContext(text, start, end)) continue;
    found.push({ start, end, value, kind: 'webhook', mode: undefined, published: false });
  }
  return found;
}

/** True when the whole string is a real-looking Stripe secret, restricted or webhook key. */
export function isSecretKeyLiteral(value: string): boolean {
  const keys = [...findApiKeys(value), ...findWebhookSecrets(value)];
  return keys.some((k) => k.start === 0 && k.end === value.length);
}

/** True when the string has the shape of a secret, restricted or webhook key, placeholder or not. */
export function looksLikeSecretKey(value: string): boolean {
  return /^(?:(?:sk|rk)_(?:live|test)_|whsec_)/.test(value.trim());
}

/** A string that has been through redaction: the only kind a Finding may hold. */
export type Redacted = string & { readonly __redacted: unique symbol };

// Looser than detection on purpose: anything key-shaped is masked, placeholders included.
const ANY_KEY = /((?:sk|rk)_(?:live|test|org)_|whsec_)([A-Za-z0-9+/=]{5,})/g;

/** `sk_live_51Hx…4xQz` → `sk_live_…4xQz`: a key's prefix and last four characters. */
export function redactKey(prefix: string, body: string): string {
  return `${prefix}…${body.slice(-4)}`;
}

/** The key-shaped tokens of a text that `redact` masks, each with its masked form. */
export function keyTokens(text: string): { start: number; end: number; masked: string }[] {
  return [...text.matchAll(ANY_KEY)].map((m) => ({ start: m.index, end: m.index + m[0].length, masked: redactKey(m[1]!, m[2]!) }));
}

/** Masks every key-shaped token of a text. */
export function redact(text: string): Redacted {
  return text.replace(ANY_KEY, (_all, prefix: string, body: string) => redactKey(prefix, body)) as Redacted;
}
