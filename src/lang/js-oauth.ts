/**
 * Stripe Connect OAuth authorize URLs in JS/TS, and whether they carry a `state` parameter (the
 * CSRF token that ties the callback to the user who started the flow).
 */
import type { ts as TS } from 'ts-morph';
import type { JsFile } from '../parse/javascript.js';
import { calleeName, indexOf, nameOf, objectLiteralOf, walk } from './js.js';

export interface AuthorizeUrl {
  at: TS.Node;
  /** `url`: a literal `connect.stripe.com/oauth/authorize`; `call`: `stripe.oauth.authorizeUrl(…)`. */
  kind: 'url' | 'call';
}

const AUTHORIZE_URL = /connect\.stripe\.com\/(express\/)?oauth\/(v2\/)?authorize/;

function literalText(file: JsFile, node: TS.Node): string | undefined {
  const { ts } = file;
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return node.head.text + node.templateSpans.map((s) => `\${}${s.literal.text}`).join('');
  return undefined;
}

/** True when the code around the URL adds `state`: `&state=…`, `{ state }`, `params.set('state', …)`. */
function addsState(file: JsFile, scope: TS.Node): boolean {
  const { ts } = file;
  let found = false;
  walk(file, scope, (node) => {
    if (found) return false;
    const text = literalText(file, node);
    if (text !== undefined && (/(^|[?&])state=/.test(text) || text === 'state')) found = true;
    else if ((ts.isPropertyAssignment(node) || ts.isShorthandPropertyAssignment(node)) && nameOf(file, node.name) === 'state') found = true;
    return undefined;
  });
  return found;
}

function scopeOf(file: JsFile, node: TS.Node): TS.Node {
  for (let n = node.parent; n; n = n.parent) if (file.ts.isFunctionLike(n)) return n;
  return file.sourceFile;
}

/** Authorize URLs built without `state`. */
export function authorizeUrlsWithoutState(file: JsFile): AuthorizeUrl[] {
  const { ts } = file;
  const found: AuthorizeUrl[] = [];
  walk(file, file.sourceFile, (node) => {
    const text = literalText(file, node);
    if (text === undefined || !AUTHORIZE_URL.test(text)) return undefined;
    if (!addsState(file, scopeOf(file, node))) found.push({ at: node, kind: 'url' });
    return false;
  });
  for (const call of indexOf(file).calls) {
    if (!/(^|\.)oauth\.authorizeUrl$/.test(calleeName(file, call.expression) ?? '')) continue;
    const options = objectLiteralOf(file, call.arguments[0]);
    if (!call.arguments[0] || (options && !options.properties.some((p) => ts.isSpreadAssignment(p) || nameOf(file, p.name) === 'state'))) found.push({ at: call, kind: 'call' });
  }
  return found;
}
