/**
 * Stripe Connect OAuth authorize URLs in JS/TS, and whether they carry a `state` parameter (the
 * CSRF token that ties the callback to the user who started the flow).
 */
import type { ts as TS } from 'ts-morph';
import type { JsFile } from '../parse/javascript.js';
import { calleeName, indexOf, nameOf, objectLiteralOf, walk } from './js.js';
import { hasQueryParameters } from './tree-sitter-helpers.js';

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

/** The whole string-building expression a literal is part of: the `+` chain or the template. */
function buildingExpression(file: JsFile, node: TS.Node): TS.Node {
  const { ts } = file;
  let at = node;
  while (at.parent && (ts.isParenthesizedExpression(at.parent) || (ts.isBinaryExpression(at.parent) && at.parent.operatorToken.kind === ts.SyntaxKind.PlusToken) || ts.isTemplateSpan(at.parent) || ts.isTemplateExpression(at.parent))) at = at.parent;
  return at;
}

/**
 * A URL whose literal already holds query parameters (`…/authorize?response_type=code&client_id=` +
 * id) gets its `state` in that same expression, or from a value it interpolates (`${params}` where
 * `params` was built with one): another URL of the same function with a state does not count.
 */
function expressionAddsState(file: JsFile, expression: TS.Node, scope: TS.Node): boolean {
  const { ts } = file;
  if (addsState(file, expression)) return true;
  const names = new Set<string>();
  walk(file, expression, (node) => {
    if (ts.isIdentifier(node)) names.add(node.text);
    return undefined;
  });
  let found = false;
  walk(file, scope, (node) => {
    if (found) return false;
    // `const params = new URLSearchParams({ …, state })`, `params.set('state', s)`, `url.searchParams.append('state', s)`.
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && names.has(node.name.text) && node.initializer && addsState(file, node.initializer)) found = true;
    if (ts.isCallExpression(node) && /(^|\.)(set|append)$/.test(calleeName(file, node.expression) ?? '') && names.has((calleeName(file, node.expression) ?? '').split('.')[0]!) && node.arguments[0] && addsState(file, node.arguments[0])) found = true;
    return undefined;
  });
  return found;
}

/** Authorize URLs built without `state`. */
export function authorizeUrlsWithoutState(file: JsFile): AuthorizeUrl[] {
  const { ts } = file;
  const found: AuthorizeUrl[] = [];
  walk(file, file.sourceFile, (node) => {
    const text = literalText(file, node);
    if (text === undefined || !AUTHORIZE_URL.test(text)) return undefined;
    const scope = scopeOf(file, node);
    const stated = hasQueryParameters(text) ? expressionAddsState(file, buildingExpression(file, node), scope) : addsState(file, scope);
    if (!stated) found.push({ at: node, kind: 'url' });
    return false;
  });
  for (const call of indexOf(file).calls) {
    if (!/(^|\.)oauth\.authorizeUrl$/.test(calleeName(file, call.expression) ?? '')) continue;
    const options = objectLiteralOf(file, call.arguments[0]);
    if (!call.arguments[0] || (options && !options.properties.some((p) => ts.isSpreadAssignment(p) || nameOf(file, p.name) === 'state'))) found.push({ at: call, kind: 'call' });
  }
  return found;
}
