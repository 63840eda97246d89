/**
 * Signatures, HMAC digests and webhook secrets compared with `===`/`==`/`!==`/`!=` in JS/TS.
 * Those operators stop at the first differing character, so the time a comparison takes tells an
 * attacker how much of a forged signature is right. `crypto.timingSafeEqual` does not.
 */
import type { ts as TS } from 'ts-morph';
import type { JsFile } from '../parse/javascript.js';
import { bindingsOf, calleeName, environmentName, stringValue, unwrap, walk } from './js.js';

export interface UnsafeComparison {
  at: TS.BinaryExpression;
  /** The operand that holds the signature, digest or secret. */
  value: TS.Expression;
  what: 'signature' | 'HMAC digest' | 'webhook secret';
}

const SIGNATURE_NAME = /^(sig|sigs|signature|signatures|hmac)$|(signature|sig|hmac)s?$|^(expected|computed|calculated|received|provided|incoming|header|request|generated|actual|given)_?(sig|signature|hmac)/i;
/** Digests and hashes by name: a signature only when compared with one (a file checksum is not). */
const DIGEST_NAME = /^(digest|hash|mac)$|(Digest|Hash|_digest|_hash)$|^(expected|computed|calculated|received|provided|incoming|generated)_?(hash|digest|mac)/i;
/** Booleans and metadata about a signature, not the signature itself. */
const NOT_A_SIGNATURE = /^(is|has|should|needs|valid|verify|verified|check|use|with|no|skip|require|required|allow)([A-Z_]|$)|(Valid|Verified|Enabled|Required|Length|Version|Scheme|Algorithm|Name|Count|Type)$/;
const WEBHOOK_SECRET = /webhook[-_]?secret|endpoint[-_]?secret|signing[-_]?secret|whsec|hook[-_]?secret|webhook[-_]?token|webhook[-_]?key/i;
const HEADER_NAME = /signature|(^|-)sig($|-)|hmac|digest/i;

type What = UnsafeComparison['what'];
/**
 * Evidence an operand holds secret material: computed with an HMAC, read from the request's
 * signature header or body, a webhook secret; or only a name (`signature`, `expectedHash`) whose
 * origin we cannot see. A name whose value we can see being computed without a key (a cache
 * "signature" of a file's mtime, a row fingerprint) is no evidence at all.
 */
type Evidence = 'hmac' | 'request' | 'secret' | 'named' | 'digest-named';

const SECRET_ARGUMENT = /secret|key|token|salt/i;

function isSignatureName(name: string): boolean {
  return SIGNATURE_NAME.test(name) && !NOT_A_SIGNATURE.test(name);
}

function isRequestish(file: JsFile, node: TS.Node): boolean {
  const { ts } = file;
  const inner = unwrap(file, node);
  if (ts.isIdentifier(inner)) return /^_?(req|request|ctx|c|event)$/.test(inner.text);
  if (ts.isPropertyAccessExpression(inner)) return /^(body|headers|query|params|request|req)$/.test(inner.name.text) && isRequestish(file, inner.expression);
  return false;
}

function byName(name: string): Evidence | undefined {
  if (WEBHOOK_SECRET.test(name) && !NOT_A_SIGNATURE.test(name)) return 'secret';
  if (isSignatureName(name)) return 'named';
  if (DIGEST_NAME.test(name) && !NOT_A_SIGNATURE.test(name)) return 'digest-named';
  return undefined;
}

/** What secret material an operand holds, if any. */
function classify(file: JsFile, node: TS.Node, depth = 0): Evidence | undefined {
  const { ts } = file;
  const inner = unwrap(file, node);
  if (depth > 4) return undefined;
  if (ts.isCallExpression(inner)) {
    const name = calleeName(file, inner.expression) ?? '';
    if (/(^|\.)digest$/.test(name) || /createHmac/.test(name)) return isHmacChain(file, inner) ? 'hmac' : undefined;
    if (/^(String|Buffer\.from)$/.test(name) && inner.arguments[0]) return classify(file, inner.arguments[0], depth + 1);
    const callee = unwrap(file, inner.expression);
    if (ts.isPropertyAccessExpression(callee)) {
      if (/^(toString|toLowerCase|toUpperCase|trim)$/.test(callee.name.text)) return classify(file, callee.expression, depth + 1);
      // `req.headers.get('x-signature')`, `req.get('X-Shopify-Hmac-Sha256')`
      const key = stringValue(file, inner.arguments[0]) ?? '';
      // A shared secret sent as a header (`x-webhook-secret`) is compared like a signature.
      if ((callee.name.text === 'get' || callee.name.text === 'header') && (HEADER_NAME.test(key) || WEBHOOK_SECRET.test(key)) && !NOT_A_SIGNATURE.test(key)) return 'request';
    }
    // `computeSignature(payload, secret)`: a signing helper given a key (not `cellSignature(cell)`).
    const last = name.slice(name.lastIndexOf('.') + 1);
    if (/sign|hmac|digest/i.test(last) && inner.arguments.some((a) => SECRET_ARGUMENT.test(file.text.slice(a.pos, a.end)))) return 'hmac';
    // `sign(body)` where this file's `sign` returns an HMAC of the body.
    if (ts.isIdentifier(callee) && depth < 3 && returnsHmac(file, callee, depth)) return 'hmac';
    return undefined;
  }
  if (ts.isElementAccessExpression(inner)) {
    const key = stringValue(file, inner.argumentExpression) ?? '';
    if (HEADER_NAME.test(key) && !NOT_A_SIGNATURE.test(key)) return isRequestish(file, inner.expression) ? 'request' : 'named';
    if (WEBHOOK_SECRET.test(key)) return 'secret';
    return undefined;
  }
  // `` `Bearer ${process.env.REVENUECAT_WEBHOOK_SECRET}` ``: a shared secret inside a template.
  if (ts.isTemplateExpression(inner)) {
    for (const span of inner.templateSpans) {
      const evidence = classify(file, span.expression, depth + 1);
      if (evidence === 'secret' || evidence === 'hmac') return evidence;
    }
    return undefined;
  }
  const env = environmentName(file, inner);
  if (env) return WEBHOOK_SECRET.test(env.name) ? 'secret' : undefined;
  if (ts.isPropertyAccessExpression(inner)) {
    const evidence = byName(inner.name.text);
    return evidence === 'named' && isRequestish(file, inner.expression) ? 'request' : evidence;
  }
  if (!ts.isIdentifier(inner)) return undefined;
  if (byName(inner.text) === 'secret') return 'secret';
  const binding = bindingsOf(file, inner)[0];
  if (binding?.kind === 'variable' && binding.values.length) {
    // What it was computed from decides: `const { signature } = req.body` is the request's (an
    // OAuth `const { state } = req.query` is a nonce, not a signature).
    for (const value of binding.values) {
      if (binding.path.length) {
        if (isRequestish(file, value) && byName(binding.path[binding.path.length - 1]!)) return 'request';
        continue;
      }
      const evidence = classify(file, value, depth + 1);
      if (evidence) return evidence;
    }
    return binding.path.length ? byName(inner.text) : undefined;
  }
  return byName(inner.text);
}

/** True when the function `name` refers to (declared in this file) returns an HMAC digest. */
function returnsHmac(file: JsFile, name: TS.Identifier, depth: number): boolean {
  const { ts } = file;
  const binding = bindingsOf(file, name).find((b) => b.kind === 'function' || b.kind === 'variable');
  const declaration = binding?.declaration.parent;
  const fn = declaration && ts.isFunctionDeclaration(declaration) ? declaration : declaration && ts.isVariableDeclaration(declaration) && declaration.initializer && (ts.isArrowFunction(declaration.initializer) || ts.isFunctionExpression(declaration.initializer)) ? declaration.initializer : undefined;
  if (!fn?.body) return false;
  if (!ts.isBlock(fn.body)) return classify(file, fn.body, depth + 1) === 'hmac';
  let hmac = false;
  walk(file, fn.body, (node) => {
    if (hmac || (node !== fn.body && ts.isFunctionLike(node))) return false;
    if (ts.isReturnStatement(node) && node.expression && classify(file, node.expression, depth + 1) === 'hmac') hmac = true;
    return undefined;
  });
  return hmac;
}

/** `crypto.createHmac(…).update(…).digest(…)`: an HMAC, not a plain hash. */
function isHmacChain(file: JsFile, call: TS.CallExpression): boolean {
  const { ts } = file;
  let current: TS.Node = call;
  for (let i = 0; i < 12; i++) {
    current = unwrap(file, current);
    if (ts.isCallExpression(current)) {
      if (/createHmac$|^hmac$/i.test(calleeName(file, current.expression) ?? '')) return true;
      current = current.expression;
    } else if (ts.isPropertyAccessExpression(current)) current = current.expression;
    else if (ts.isIdentifier(current)) {
      // `const hmac = crypto.createHmac(…); hmac.update(…); hmac.digest('hex')`
      const binding = bindingsOf(file, current)[0];
      const value = binding?.kind === 'variable' ? binding.values[0] : undefined;
      if (!value) return /hmac/i.test(current.text);
      current = value;
    } else return false;
  }
  return false;
}

/** Operands whose value is fixed or public: literals, `null`, `typeof x`, lengths, counts. */
function isConstant(file: JsFile, node: TS.Node): boolean {
  const { ts } = file;
  const inner = unwrap(file, node);
  if (ts.isLiteralExpression(inner) || ts.isNoSubstitutionTemplateLiteral(inner)) return true;
  if (inner.kind === ts.SyntaxKind.NullKeyword || inner.kind === ts.SyntaxKind.TrueKeyword || inner.kind === ts.SyntaxKind.FalseKeyword) return true;
  if (ts.isIdentifier(inner) && inner.text === 'undefined') return true;
  if (ts.isTypeOfExpression(inner) || ts.isVoidExpression(inner) || ts.isPrefixUnaryExpression(inner)) return true;
  if (ts.isPropertyAccessExpression(inner) && /^(length|byteLength|size)$/.test(inner.name.text)) return true;
  return false;
}

const EQUALITY = new Set<number>();

/** Comparisons of a signature, digest or webhook secret with `===`, `==`, `!==`, `!=`. */
export function timingUnsafeComparisons(file: JsFile): UnsafeComparison[] {
  const { ts } = file;
  if (!EQUALITY.size) {
    for (const kind of [ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.EqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsToken]) EQUALITY.add(kind);
  }
  const found: UnsafeComparison[] = [];
  walk(file, file.sourceFile, (node) => {
    if (!ts.isBinaryExpression(node) || !EQUALITY.has(node.operatorToken.kind)) return undefined;
    if (isConstant(file, node.left) || isConstant(file, node.right)) return undefined;
    const left = classify(file, node.left);
    const right = classify(file, node.right);
    const strong = (e: Evidence | undefined) => e === 'hmac' || e === 'request' || e === 'secret';
    // A key-derived or request value on one side, or two signature names compared with each other.
    if (!strong(left) && !strong(right) && !(left === 'named' && (right === 'named' || right === 'digest-named')) && !(right === 'named' && left === 'digest-named')) {
      return undefined;
    }
    const evidence = strong(left) ? left : strong(right) ? right : left;
    const what: What = left === 'hmac' || right === 'hmac' ? 'HMAC digest' : evidence === 'secret' ? 'webhook secret' : 'signature';
    found.push({ at: node, value: strong(left) || !strong(right) ? node.left : node.right, what });
    return undefined;
  });
  return found;
}
