/**
 * Stripe webhooks in JS/TS: where the handlers are, whether they verify the signature (themselves
 * or through any function they call, in this file or an imported one), what body verification is
 * fed, and whether a failed verification stops the handler.
 *
 *   webhookHandlers(file)          request handlers of the file that read Stripe events, with `verified`
 *   signatureVerifications(file)   `constructEvent`/`constructEventAsync`/`verifyHeader` calls
 *   payloadProblem(file, call)     a parsed or re-serialized body given to verification
 *   verificationBypasses(file)     catch that lets the handler go on, verification skipped by a condition, tolerance off
 *
 * Handlers are: Express/Router/Fastify/Koa/Hono route registrations (`app.post('/webhook', …)`,
 * `fastify.route({ handler })`), server callbacks (`serve`, `Deno.serve`, `createServer`, Firebase
 * `onRequest`), exported request handlers (Next.js App Router `POST`, `pages/api` default exports,
 * Lambda/Netlify `handler`, SvelteKit/Remix/Nuxt handlers, `module.exports`), and NestJS controller
 * methods decorated `@Post`/`@All`/`@Put`/`@Patch`.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ts as TS } from 'ts-morph';
import type { JsFile } from '../parse/javascript.js';
import type { Span } from '../rule.js';
import { calleeCode, commonJsExport, isFunctionLike, resolveExpression, type FunctionLike, type Located } from './js-callgraph.js';
import { bindingsOf, calleeName, indexOf, isRequestValue, isTestFile, nameOf, neighboursImporting, resolveModule, stringValue, textOf, unwrap, walk } from './js.js';

type Node = TS.Node;

// ───────────────────────────── vocabulary ─────────────────────────────

/** Stripe event types no other common webhook provider sends (Paystack has `charge.success`, Paddle `customer.created`…). */
const STRIPE_EVENT = /^(checkout\.session|payment_intent|setup_intent|payment_method|payment_link|customer\.subscription|customer\.source|customer\.discount|customer\.tax_id|subscription_schedule|billing_portal|application_fee|issuing_\w+|treasury\.\w+|financial_connections\.\w+|identity\.verification_session|terminal\.reader|promotion_code|credit_note|topup|mandate|cash_balance|customer_cash_balance_transaction|climate\.\w+|test_helpers\.\w+|entitlements\.\w+|radar\.early_fraud_warning|billing\.(alert|meter|credit_\w+))\.[a-z_]+(\.[a-z_]+)*$|^invoice\.(paid|payment_succeeded|payment_action_required|finalized|finalization_failed|upcoming|marked_uncollectible|voided|sent|overdue|will_be_due|overpaid)$|^charge\.(succeeded|captured|refunded|expired|dispute\.(created|closed|updated|funds_\w+)|refund\.updated)$|^account\.(updated|application\.\w+|external_account\.\w+)$|^(capability|quote|review)\.\w+$/;
/** Event types of Stripe's shape that other providers also send: Stripe's only in a file that mentions Stripe. */
const SHARED_EVENT = /^(customer|product|price|plan|coupon|payout|transfer|balance|file|person|tax|tax_rate|invoice|invoiceitem|charge|refund|subscription|source|sigma|reporting|account)\.[a-z_]+(\.[a-z_]+)?$/;

/** The SDK calls that verify a signature (and `stripe.events.retrieve`, which fetches the event from Stripe instead). */
const VERIFY_METHOD = /^(constructEvent|constructEventAsync|verifyHeader|verifyHeaderAsync|parseThinEvent|parseEventNotification)$/;
/** A function we cannot see into whose name says it verifies a webhook. */
const VERIFIER_NAME = /construct\w{0,40}Event|verifyHeader|^verify$|^unmarshal$|(verif|validat|check|authenticat)\w{0,40}(signature|webhook|stripe|event|request|payload|sig\b|hmac)|(signature|webhook|stripe|hmac)\w{0,40}(verif|valid|check)/i;
/** Calls that receive the signature without verifying anything. */
const NOT_A_VERIFIER = /^(log|info|warn|error|debug|trace|json|send|end|status|set|get|has|header|setHeader|append|toString|startsWith|endsWith|includes|split|slice|substring|replace|trim|push|String|Boolean|Number|assert|ok|equal|strictEqual)$/;

/** Webhook senders other than Stripe: a route named after one of them receives their events, not Stripe's. */
const OTHER_PROVIDER = /clerk|svix|github|gitlab|shopify|paypal|paddle|lemon|twilio|sendgrid|mailgun|postmark|resend|slack|discord|telegram|whatsapp|supabase|mux|plaid|coinbase|razorpay|revenuecat|polar|square|braintree|adyen|mollie|hubspot|intercom|zoom|calendly|typeform|docusign|linear|vercel|sentry|zapier/i;

const ROUTE_METHODS = new Set(['post', 'all', 'put', 'patch', 'any', 'use', 'route', 'on']);
const SERVER_CALLS = new Set(['serve', 'createServer', 'onRequest']);
const NEST_ROUTES = new Set(['Post', 'All', 'Put', 'Patch']);
const NOT_A_HANDLER_EXPORT = /^(GET|HEAD|OPTIONS|DELETE|loader|config|metadata|middleware|revalidate|dynamic|runtime|generate\w*|get(Static|ServerSide)\w*)$/;

const REQUEST_TYPE = /\b(Request|Req|NextApiRequest|NextRequest|FastifyRequest|IncomingMessage|APIGatewayProxy\w{0,30}|HandlerEvent|H3Event|RequestEvent|APIContext|ActionFunctionArgs|Context)\b/;
const REQUEST_NAME = /^_?(req|request|incomingRequest)$/;
const CONTEXT_NAME = /^_?(ctx|context|c)$/;
const EVENT_NAME = /^_?(event|evt)$/;
const RESPONSE_NAME = /^_?(res|response|reply|resp|h)$/;

// ───────────────────────────── handlers ─────────────────────────────

export interface WebhookHandler {
  /** How messages name it: `POST /webhook`, `POST` in app/api/webhooks/route.ts, `WebhooksController.handle`. */
  label: string;
  /** Where a finding about the whole handler is reported: the registration's method, the exported name, the method name. */
  at: Node;
  /** The handler functions and the middlewares, guards and wrappers that run with them. */
  code: Located[];
  /** A route path, when the registration or the file names one. */
  route: string;
  verified: boolean;
}

interface Entry extends Collected {
  label: string;
  at: Node;
  route: string;
  /** A plain controller method: dropped when a route of this file calls it (that route reports). */
  method?: string;
}

const entryCache = new WeakMap<TS.SourceFile, Entry[]>();
const handlerCache = new WeakMap<TS.SourceFile, WebhookHandler[]>();

function firstParameterName(file: JsFile, fn: FunctionLike): { names: string[]; type: string } | undefined {
  const { ts } = file;
  const p = fn.parameters[0];
  if (!p) return undefined;
  const type = p.type ? file.text.slice(p.type.pos, p.type.end) : '';
  if (ts.isIdentifier(p.name)) return { names: [p.name.text], type };
  if (ts.isObjectBindingPattern(p.name)) return { names: p.name.elements.map((e) => nameOf(file, e.propertyName ?? e.name) ?? ''), type };
  return { names: [], type };
}

/** True when a function has the shape of an HTTP request handler (`(req, res)`, `(request)`, `(ctx)`, Lambda `(event)` reading `event.body`). */
export function isRequestHandler(file: JsFile, fn: FunctionLike): boolean {
  const { ts } = file;
  const first = firstParameterName(file, fn);
  if (!first) return false;
  if (REQUEST_TYPE.test(first.type)) return true;
  const second = fn.parameters[1];
  if (second && ts.isIdentifier(second.name) && RESPONSE_NAME.test(second.name.text)) return true;
  if (first.names.some((n) => REQUEST_NAME.test(n) || CONTEXT_NAME.test(n))) return true;
  const name = first.names[0];
  if (!name || !EVENT_NAME.test(name) || !fn.body) return false;
  // Lambda / Netlify `event.body`, h3/Nuxt `readRawBody(event)`.
  let request = false;
  walk(file, fn.body, (node) => {
    if (request) return false;
    if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === name && /^(body|headers|rawBody|isBase64Encoded|httpMethod|requestContext|node)$/.test(node.name.text)) request = true;
    if (ts.isCallExpression(node) && /^(readBody|readRawBody|getHeader|getHeaders|getRequestHeader|getRequestHeaders|readValidatedBody|toWebRequest)$/.test(calleeName(file, node.expression) ?? '')) request = true;
    return undefined;
  });
  return request;
}

interface Collected {
  functions: Located<FunctionLike>[];
  extra: Located[];
  /** A middleware we cannot see into whose name says it verifies (`verifyStripeWebhook` from a package). */
  trusted: boolean;
}

const TRUSTED_MIDDLEWARE = /verif|validat|signature|webhook|stripe/i;

function collect(file: JsFile, node: Node, into: Collected, depth = 0): void {
  const { ts } = file;
  const inner = unwrap(file, node);
  if (isFunctionLike(ts, inner)) {
    if (isRequestHandler(file, inner)) into.functions.push({ file, node: inner });
    else into.extra.push({ file, node: inner });
    return;
  }
  if (ts.isCallExpression(inner) && depth < 3) {
    const callee = unwrap(file, inner.expression);
    // `controller.handle.bind(controller)`
    if (ts.isPropertyAccessExpression(callee) && callee.name.text === 'bind') return collect(file, callee.expression, into, depth + 1);
    // `asyncHandler(async (req, res) => …)`, `express.raw(…)`, `verifyStripe(secret)`.
    const hadFunction = inner.arguments.some((a) => isFunctionLike(ts, unwrap(file, a)));
    for (const arg of inner.arguments) collect(file, arg, into, depth + 1);
    const { code, known } = calleeCode(file, inner.expression);
    // A wrapper or a factory returning the middleware (`verifyStripe(secret)`): its code runs per request too.
    into.extra.push(...code);
    if (!known && !hadFunction && TRUSTED_MIDDLEWARE.test(calleeName(file, inner.expression) ?? '')) into.trusted = true;
    return;
  }
  if (ts.isIdentifier(inner) || ts.isPropertyAccessExpression(inner)) {
    const target = resolveExpression(file, inner);
    if (!target || ts.isSourceFile(target.node)) {
      if (TRUSTED_MIDDLEWARE.test(calleeName(file, inner) ?? '')) into.trusted = true;
      return;
    }
    if (isFunctionLike(target.file.ts, target.node) && isRequestHandler(target.file, target.node)) into.functions.push(target as Located<FunctionLike>);
    else if (ts.isCallExpression(target.node) && target.file === file && depth < 3) collect(file, target.node, into, depth + 1);
    else into.extra.push(target);
  }
}

function routeOfCall(file: JsFile, call: TS.CallExpression): string {
  const { ts } = file;
  const first = stringValue(file, call.arguments[0]);
  if (first !== undefined) return first;
  // `router.route('/webhook').post(handler)`
  const callee = unwrap(file, call.expression);
  if (ts.isPropertyAccessExpression(callee)) {
    const receiver = unwrap(file, callee.expression);
    if (ts.isCallExpression(receiver)) return stringValue(file, receiver.arguments[0]) ?? '';
  }
  return '';
}

function methodOfRoute(file: JsFile, options: TS.ObjectLiteralExpression): string {
  const { ts } = file;
  for (const property of options.properties) {
    if (nameOf(file, property.name) !== 'method' || !ts.isPropertyAssignment(property)) continue;
    const value = unwrap(file, property.initializer);
    if (ts.isArrayLiteralExpression(value)) return value.elements.map((e) => stringValue(file, e) ?? '').join(',');
    return stringValue(file, value) ?? '';
  }
  return '';
}

function registrationEntry(file: JsFile, call: TS.CallExpression): Entry | undefined {
  const { ts } = file;
  const callee = unwrap(file, call.expression);
  const method = ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : undefined;
  if (!method) return undefined;
  const at = ts.isPropertyAccessExpression(callee) ? callee.name : callee;
  const found: Collected = { functions: [], extra: [], trusted: false };
  if (SERVER_CALLS.has(method)) {
    for (const arg of call.arguments) {
      const options = unwrap(file, arg);
      // `Bun.serve({ fetch(req) { … } })`, `Deno.serve({ handler })`.
      if (!ts.isObjectLiteralExpression(options)) collect(file, arg, found);
      else for (const property of options.properties) {
        if (!/^(fetch|handler)$/.test(nameOf(file, property.name) ?? '')) continue;
        collect(file, ts.isPropertyAssignment(property) ? property.initializer : ts.isShorthandPropertyAssignment(property) ? property.name : property, found);
      }
    }
    return found.functions.length ? { label: `\`${textOf(file, call.expression, 40)}\``, at, ...found, route: '' } : undefined;
  }
  if (!ts.isPropertyAccessExpression(callee) || !ROUTE_METHODS.has(method)) return undefined;
  if (method === 'route') {
    // Fastify `fastify.route({ method: 'POST', url: '/webhook', preHandler, handler })`.
    const options = call.arguments[0] && unwrap(file, call.arguments[0]);
    if (!options || !ts.isObjectLiteralExpression(options) || !/POST|PUT|PATCH|\*/i.test(methodOfRoute(file, options))) return undefined;
    let route = '';
    for (const property of options.properties) {
      const key = nameOf(file, property.name);
      const value = ts.isPropertyAssignment(property) ? property.initializer : ts.isShorthandPropertyAssignment(property) ? property.name : ts.isMethodDeclaration(property) ? property : undefined;
      if (!value) continue;
      if (key === 'url' || key === 'path') route = stringValue(file, value) ?? '';
      else if (key === 'handler') collect(file, value, found);
      // hapi: `server.route({ method: 'POST', path, options: { handler } })`.
      else if ((key === 'options' || key === 'config') && ts.isObjectLiteralExpression(unwrap(file, value))) {
        for (const option of (unwrap(file, value) as TS.ObjectLiteralExpression).properties) {
          if (nameOf(file, option.name) !== 'handler') continue;
          collect(file, ts.isPropertyAssignment(option) ? option.initializer : ts.isShorthandPropertyAssignment(option) ? option.name : option, found);
        }
      }
      else if (key === 'preHandler' || key === 'preValidation' || key === 'onRequest' || key === 'preParsing') {
        const hooks: Collected = { functions: [], extra: [], trusted: false };
        collect(file, value, hooks);
        found.extra.push(...hooks.functions, ...hooks.extra);
        found.trusted ||= hooks.trusted;
      }
    }
    return found.functions.length ? { label: `\`POST ${route}\``, at, ...found, route } : undefined;
  }
  if (method === 'on') {
    // find-my-way / Fastify `router.on('POST', '/webhook', handler)`.
    if (!/^(POST|PUT|PATCH)$/i.test(stringValue(file, call.arguments[0]) ?? '')) return undefined;
  }
  const route = method === 'on' ? (stringValue(file, call.arguments[1]) ?? '') : routeOfCall(file, call);
  if (method === 'use' && !/webhook|stripe/i.test(route)) return undefined;
  for (const arg of call.arguments) {
    if (stringValue(file, arg) !== undefined) continue;
    collect(file, arg, found);
  }
  if (!found.functions.length) return undefined;
  const verb = method === 'use' || method === 'all' || method === 'any' || method === 'on' ? '' : `${method.toUpperCase()} `;
  return { label: route ? `\`${verb}${route}\`` : `\`${textOf(file, call.expression, 40)}\``, at, ...found, route };
}

function decoratorCall(file: JsFile, decorator: TS.Decorator): { name: string; args: readonly TS.Expression[] } | undefined {
  const { ts } = file;
  const expr = decorator.expression;
  if (ts.isCallExpression(expr) && ts.isIdentifier(expr.expression)) return { name: expr.expression.text, args: expr.arguments };
  if (ts.isIdentifier(expr)) return { name: expr.text, args: [] };
  return undefined;
}

function decoratorsOf(file: JsFile, node: Node): { name: string; args: readonly TS.Expression[] }[] {
  const { ts } = file;
  const list = ts.canHaveDecorators(node) ? (ts.getDecorators(node) ?? []) : [];
  return list.map((d) => decoratorCall(file, d)).filter((d): d is { name: string; args: readonly TS.Expression[] } => d !== undefined);
}

/**
 * Controller methods: NestJS `@Post()`/`@All()`… methods (with their `@UseGuards` guards), and plain
 * controller classes' `(req, res)` methods that routes elsewhere point at.
 */
function classEntries(file: JsFile, cls: TS.ClassDeclaration): Entry[] {
  const { ts } = file;
  const classDecorators = decoratorsOf(file, cls);
  const controller = classDecorators.find((d) => d.name === 'Controller');
  const base = controller ? (stringValue(file, controller.args[0]) ?? '') : '';
  const guards = (decorators: { name: string; args: readonly TS.Expression[] }[], into: Collected) => {
    for (const d of decorators) if (d.name === 'UseGuards' || d.name === 'UseInterceptors') for (const a of d.args) collect(file, a, into);
  };
  const entries: Entry[] = [];
  for (const member of cls.members) {
    // `handle = async (req, res) => { … }` class fields count as methods.
    const field = ts.isPropertyDeclaration(member) && member.initializer ? unwrap(file, member.initializer) : undefined;
    if (field && (ts.isArrowFunction(field) || ts.isFunctionExpression(field)) && !controller && field.parameters.length >= 2 && isRequestHandler(file, field)) {
      const second = field.parameters[1]!;
      if (ts.isIdentifier(second.name) && RESPONSE_NAME.test(second.name.text)) {
        const key = (member as TS.PropertyDeclaration).name;
        const name = nameOf(file, key);
        entries.push({ label: `\`${cls.name?.text ?? 'controller'}.${name ?? 'handler'}\``, at: key, functions: [{ file, node: field }], extra: [], trusted: false, route: '', method: name });
      }
      continue;
    }
    if (!ts.isMethodDeclaration(member) || !member.body) continue;
    const decorators = decoratorsOf(file, member);
    const route = decorators.find((d) => NEST_ROUTES.has(d.name));
    const name = `${cls.name?.text ?? 'controller'}.${nameOf(file, member.name) ?? 'handler'}`;
    if (route) {
      const path = `/${[base, stringValue(file, route.args[0]) ?? ''].filter(Boolean).join('/')}`.replace(/\/+/g, '/');
      const found: Collected = { functions: [{ file, node: member }], extra: [], trusted: false };
      guards(classDecorators, found);
      guards(decorators, found);
      found.extra.push(...found.functions.slice(1));
      found.functions = found.functions.slice(0, 1);
      entries.push({ label: `\`${name}\` (${route.name.toUpperCase()} ${path})`, at: member.name, ...found, route: path });
    } else if (!controller && member.parameters.length >= 2 && isRequestHandler(file, member)) {
      const second = member.parameters[1]!;
      if (ts.isIdentifier(second.name) && RESPONSE_NAME.test(second.name.text)) {
        entries.push({ label: `\`${name}\``, at: member.name, functions: [{ file, node: member }], extra: [], trusted: false, route: '', method: nameOf(file, member.name) });
      }
    }
  }
  return entries;
}

/** The URL path a Next.js / Nuxt / SvelteKit file serves, from its location. */
function routeOfFile(path: string): string {
  const parts = path.split('/');
  const name = parts[parts.length - 1] ?? '';
  const dirs = parts.slice(0, -1);
  const under = (folder: string): string[] | undefined => {
    const at = dirs.lastIndexOf(folder);
    return at === -1 ? undefined : dirs.slice(at + 1);
  };
  const app = /^route\.[cm]?[jt]sx?$/.test(name) ? under('app') : undefined;
  if (app) return `/${app.filter((s) => !(s.startsWith('(') && s.endsWith(')'))).join('/')}`;
  const stem = name.replace(/\.(post|put|patch)?\.?[cm]?[jt]sx?$/, '').replace(/\.$/, '');
  const pages = under('pages');
  if (pages && pages[0] === 'api') return `/${[...pages, stem].filter((s) => s && s !== 'index').join('/')}`;
  if (pages?.length === 0 && stem === 'api') return '/api';
  const server = under('server');
  if (server && (server[0] === 'api' || server[0] === 'routes')) return `/${[...(server[0] === 'api' ? server : server.slice(1)), stem].join('/')}`;
  return '';
}

function exportEntry(file: JsFile, name: string, value: Node, at: Node): Entry | undefined {
  const { ts } = file;
  if (NOT_A_HANDLER_EXPORT.test(name)) return undefined;
  const isAppRoute = /(^|\/)route\.[cm]?[jt]sx?$/.test(file.path);
  if (isAppRoute && !/^(POST|PUT|PATCH)$/.test(name)) return undefined;
  if (/\.(get|delete|head)\.[cm]?[jt]s$/.test(file.path)) return undefined; // Nuxt `webhook.get.ts`
  const found: Collected = { functions: [], extra: [], trusted: false };
  const inner = unwrap(file, value);
  if (ts.isObjectLiteralExpression(inner)) {
    // Cloudflare Workers / Bun: `export default { async fetch(request, env) { … } }`.
    for (const property of inner.properties) {
      if (nameOf(file, property.name) !== 'fetch') continue;
      if (ts.isMethodDeclaration(property)) collect(file, property, found);
      else if (ts.isPropertyAssignment(property)) collect(file, property.initializer, found);
    }
  } else collect(file, inner, found);
  if (!found.functions.length) return undefined;
  const route = routeOfFile(file.path);
  const label = route ? `\`${name === 'default' ? '' : `${name} `}${route}\`` : `\`${name === 'default' ? 'default export' : name}\``;
  return { label: label.replace('` ', '`'), at, ...found, route };
}

function exportEntries(file: JsFile): Entry[] {
  const { ts } = file;
  const entries: Entry[] = [];
  const isExported = (node: Node) => (ts.canHaveModifiers(node) ? ts.getModifiers(node) : undefined)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword) ?? false;
  const isDefault = (node: Node) => (ts.canHaveModifiers(node) ? ts.getModifiers(node) : undefined)?.some((m) => m.kind === ts.SyntaxKind.DefaultKeyword) ?? false;
  const push = (entry: Entry | undefined) => entry && entries.push(entry);
  for (const statement of file.sourceFile.statements) {
    if (ts.isFunctionDeclaration(statement) && isExported(statement)) {
      push(exportEntry(file, isDefault(statement) ? 'default' : (statement.name?.text ?? 'default'), statement, statement.name ?? statement));
    } else if (ts.isVariableStatement(statement) && isExported(statement)) {
      for (const decl of statement.declarationList.declarations) {
        if (ts.isIdentifier(decl.name) && decl.initializer) push(exportEntry(file, decl.name.text, decl.initializer, decl.name));
      }
    } else if (ts.isExportAssignment(statement)) {
      push(exportEntry(file, 'default', statement.expression, statement));
    } else if (ts.isExportDeclaration(statement) && !statement.moduleSpecifier && statement.exportClause && ts.isNamedExports(statement.exportClause)) {
      for (const element of statement.exportClause.elements) push(exportEntry(file, element.name.text, element.propertyName ?? element.name, element.name));
    } else if (ts.isExpressionStatement(statement) && ts.isBinaryExpression(statement.expression) && statement.expression.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
      const { left, right } = statement.expression;
      const target = commonJsExport(ts, left);
      if (target === 'module.exports' && ts.isObjectLiteralExpression(unwrap(file, right))) {
        for (const property of (unwrap(file, right) as TS.ObjectLiteralExpression).properties) {
          const key = nameOf(file, property.name);
          const value = ts.isPropertyAssignment(property) ? property.initializer : ts.isShorthandPropertyAssignment(property) ? property.name : ts.isMethodDeclaration(property) ? property : undefined;
          if (key && value) push(exportEntry(file, key, value, property.name!));
        }
      } else if (target) push(exportEntry(file, target === 'module.exports' ? 'default' : target, right, left));
    }
  }
  return entries;
}

function entriesOf(file: JsFile): Entry[] {
  const cached = entryCache.get(file.sourceFile);
  if (cached) return cached;
  const { ts } = file;
  const found: Entry[] = [];
  for (const call of indexOf(file).calls) {
    const entry = registrationEntry(file, call);
    if (entry) found.push(entry);
  }
  walk(file, file.sourceFile, (node) => {
    if (ts.isClassDeclaration(node)) {
      found.push(...classEntries(file, node));
      return false;
    }
    return undefined;
  });
  found.push(...exportEntries(file));
  // One entry per function: a function both registered and exported is the registration's; a
  // handler nested in another handler belongs to the outer one.
  const claimed = new Set<Node>();
  const entries: Entry[] = [];
  for (const entry of found) {
    entry.functions = entry.functions.filter((f) => !claimed.has(f.node));
    if (!entry.functions.length) continue;
    for (const f of entry.functions) claimed.add(f.node);
    entries.push(entry);
  }
  const nested = (e: Entry) => e.functions.every((f) => entries.some((o) => o !== e && o.functions.some((g) => g.file === f.file && g.node !== f.node && contains(g.node, f.node))));
  const called = (e: Entry) => e.method !== undefined && entries.some((o) => o.method === undefined && o.functions.some((g) => g.file === file && callsMethod(file, g.node, e.method!)));
  const result: Entry[] = [];
  for (const entry of entries.filter((e) => !nested(e) && !called(e))) {
    // A dispatcher (`fetch(req) { if (path === '/a') return handleA(req); … }`) is judged by the
    // handlers it hands the request to, each on its own: one verifying does not cover the others.
    const handlers = entry.functions.length === 1 && entry.functions[0]!.file === file ? delegatedHandlers(file, entry.functions[0]!.node) : [];
    if (handlers.length < 2) {
      result.push(entry);
      continue;
    }
    for (const handler of handlers.filter((h) => !claimed.has(h.fn))) {
      claimed.add(handler.fn);
      result.push({ label: `\`${handler.name.text}\``, at: handler.name, functions: [{ file, node: handler.fn }], extra: entry.extra, trusted: entry.trusted, route: '' });
    }
  }
  entryCache.set(file.sourceFile, result);
  return result;
}

/** The request-handler functions of this file that `dispatcher` calls with its request parameter. */
function delegatedHandlers(file: JsFile, dispatcher: FunctionLike): { fn: FunctionLike; name: TS.Identifier }[] {
  const { ts } = file;
  const request = dispatcher.parameters[0]?.name;
  if (!request || !ts.isIdentifier(request) || !dispatcher.body) return [];
  const found: { fn: FunctionLike; name: TS.Identifier }[] = [];
  walk(file, dispatcher.body, (node) => {
    if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression)) return undefined;
    if (!node.arguments.some((a) => ts.isIdentifier(unwrap(file, a)) && (unwrap(file, a) as TS.Identifier).text === request.text)) return undefined;
    const target = resolveExpression(file, node.expression);
    if (!target || target.file !== file || !isFunctionLike(ts, target.node) || !isRequestHandler(file, target.node)) return undefined;
    const name = functionName(file, target.node);
    const identifier = ts.isFunctionDeclaration(target.node) ? target.node.name : ts.isVariableDeclaration(target.node.parent) ? target.node.parent.name : undefined;
    if (name && identifier && ts.isIdentifier(identifier) && !found.some((f) => f.fn === target.node)) found.push({ fn: target.node, name: identifier });
    return undefined;
  });
  return found;
}

function callsMethod(file: JsFile, root: Node, name: string): boolean {
  let found = false;
  walk(file, root, (node) => {
    if (found) return false;
    if (file.ts.isPropertyAccessExpression(node) && node.name.text === name) found = true;
    return undefined;
  });
  return found;
}

function contains(outer: Node, inner: Node): boolean {
  return inner.pos >= outer.pos && inner.end <= outer.end && inner.getSourceFile() === outer.getSourceFile();
}

// ───────────────────────────── what handler code does ─────────────────────────────

interface Facts {
  /** Direct verification: `constructEvent`, `verifyHeader`, `stripe.events.retrieve`. */
  verifies: boolean;
  stripeEvents: number;
  sharedEvents: number;
  /** Reads `.type` or `.data.object` of something (an event). */
  readsEvent: boolean;
  calls: TS.CallExpression[];
  /** Identifiers of lookup tables (`relevantEvents.has(event.type)`, `handlers[event.type]`). */
  tables: TS.Identifier[];
  /** Function identifiers handed to a call as callbacks. */
  callbacks: TS.Identifier[];
}

const factsCache = new WeakMap<Node, Facts>();

function isExcludedEventString(file: JsFile, node: Node): boolean {
  // `stripe.webhookEndpoints.create({ enabled_events: [...] })` lists events, it does not handle them.
  for (let n = node.parent, i = 0; n && i < 4; n = n.parent, i++) {
    if (file.ts.isPropertyAssignment(n) && nameOf(file, n.name) === 'enabled_events') return true;
    if (file.ts.isCallExpression(n) && /webhookEndpoints|events\.list/.test(calleeName(file, n.expression) ?? '')) return true;
  }
  return false;
}

function countEvents(file: JsFile, node: Node, facts: Pick<Facts, 'stripeEvents' | 'sharedEvents'>): void {
  const { ts } = file;
  if (!ts.isStringLiteralLike(node) || node.text.length > 80) return;
  if (STRIPE_EVENT.test(node.text)) {
    if (!isExcludedEventString(file, node)) facts.stripeEvents++;
  } else if (SHARED_EVENT.test(node.text) && !isExcludedEventString(file, node)) facts.sharedEvents++;
}

function factsOf(code: Located): Facts {
  const cached = factsCache.get(code.node);
  if (cached) return cached;
  const { file } = code;
  const { ts } = file;
  const facts: Facts = { verifies: false, stripeEvents: 0, sharedEvents: 0, readsEvent: false, calls: [], tables: [], callbacks: [] };
  walk(file, code.node, (node) => {
    if (ts.isCallExpression(node)) {
      const name = calleeName(file, node.expression) ?? '';
      const last = name.slice(name.lastIndexOf('.') + 1);
      if (VERIFY_METHOD.test(last) || /\.events\.retrieve$/.test(name)) facts.verifies = true;
      else facts.calls.push(node);
      const callee = unwrap(file, node.expression);
      if (ts.isPropertyAccessExpression(callee) && /^(has|includes|indexOf|some|find)$/.test(callee.name.text)) {
        const table = unwrap(file, callee.expression);
        if (ts.isIdentifier(table)) facts.tables.push(table);
      }
      for (const arg of node.arguments) if (ts.isIdentifier(arg)) facts.callbacks.push(arg);
    } else if (ts.isStringLiteralLike(node)) {
      countEvents(file, node, facts);
    } else if (ts.isPropertyAccessExpression(node)) {
      if (node.name.text === 'type' || (node.name.text === 'object' && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'data')) facts.readsEvent = true;
    } else if (ts.isElementAccessExpression(node)) {
      if (stringValue(file, node.argumentExpression) === 'type') facts.readsEvent = true;
      const table = unwrap(file, node.expression);
      if (ts.isIdentifier(table)) facts.tables.push(table);
    } else if (ts.isBindingElement(node)) {
      if (nameOf(file, node.propertyName ?? node.name) === 'type') facts.readsEvent = true;
    }
    return undefined;
  });
  factsCache.set(code.node, facts);
  return facts;
}

function signatureArgument(file: JsFile, call: TS.CallExpression): boolean {
  const { ts } = file;
  return call.arguments.some((arg) => {
    const inner = unwrap(file, arg);
    if (ts.isIdentifier(inner)) return /sig/i.test(inner.text);
    return /stripe-signature|signature/i.test(file.text.slice(inner.pos, inner.end));
  });
}

/**
 * A call of a function imported from the project that we could not read (a path alias we do not
 * understand, a file absent from a staged scan) which receives the request or its body: it may
 * well verify, so it is not held against the handler.
 */
function unresolvedProjectCall(file: JsFile, call: TS.CallExpression): boolean {
  const { ts } = file;
  let root: Node = unwrap(file, call.expression);
  while (ts.isPropertyAccessExpression(root)) root = unwrap(file, root.expression);
  if (!ts.isIdentifier(root)) return false;
  const binding = bindingsOf(file, root)[0];
  const module = binding?.kind === 'import' ? binding.from?.module : undefined;
  if (!module || !/^(\.|@\/|~\/|#|src\/|@src\/|@lib\/|@app\/|@server\/)/.test(module)) return false;
  return call.arguments.some((arg) => {
    const inner = unwrap(file, arg);
    return isRequestObject(file, inner) || (ts.isIdentifier(inner) && CONTEXT_NAME.test(inner.text)) || (ts.isPropertyAccessExpression(inner) && /^(body|rawBody)$/.test(inner.name.text));
  });
}

export interface Reach {
  verified: boolean;
  stripeEvents: number;
  sharedEvents: number;
  readsEvent: boolean;
}

const MAX_REACH = 60;

/** What the code does, through every function it calls that we can find (this file and imported ones). */
export function reachOf(start: readonly Located[]): Reach {
  const reach: Reach = { verified: false, stripeEvents: 0, sharedEvents: 0, readsEvent: false };
  const queue: Located[] = [...start];
  const seen = new Set<Node>();
  const tables = new Set<Node>();
  for (let i = 0; i < queue.length && seen.size < MAX_REACH; i++) {
    const code = queue[i]!;
    if (seen.has(code.node)) continue;
    seen.add(code.node);
    const { file } = code;
    const { ts } = file;
    const facts = factsOf(code);
    reach.verified ||= facts.verifies;
    reach.stripeEvents += facts.stripeEvents;
    reach.sharedEvents += facts.sharedEvents;
    reach.readsEvent ||= facts.readsEvent;
    for (const call of facts.calls) {
      const { code: callee, known } = calleeCode(file, call.expression);
      if (known) {
        queue.push(...callee);
        continue;
      }
      const name = calleeName(file, call.expression) ?? '';
      const last = name.slice(name.lastIndexOf('.') + 1);
      // Code we cannot see (a package, a parameter): trust a verifier's name, or the signature handed over.
      if (!NOT_A_VERIFIER.test(last) && !/^console\./.test(name) && (VERIFIER_NAME.test(last) || signatureArgument(file, call) || unresolvedProjectCall(file, call))) reach.verified = true;
    }
    for (const id of facts.callbacks) {
      const target = resolveExpression(file, id);
      if (target && isFunctionLike(target.file.ts, target.node)) queue.push(target);
    }
    for (const id of facts.tables) {
      const target = resolveExpression(file, id);
      if (!target || tables.has(target.node) || isFunctionLike(ts, target.node) || target.node.getSourceFile() !== target.file.sourceFile) continue;
      if (ts.isSourceFile(target.node)) continue;
      tables.add(target.node);
      const counts = { stripeEvents: 0, sharedEvents: 0 };
      walk(target.file, target.node, (node) => countEvents(target.file, node, counts));
      reach.stripeEvents += counts.stripeEvents;
      reach.sharedEvents += counts.sharedEvents;
    }
  }
  return reach;
}

// ───────────────────────────── request bodies ─────────────────────────────

function isRequestObject(file: JsFile, node: Node): boolean {
  const { ts } = file;
  const inner = unwrap(file, node);
  if (ts.isIdentifier(inner)) return REQUEST_NAME.test(inner.text);
  // Koa `ctx.request`, Hono `c.req`.
  return ts.isPropertyAccessExpression(inner) && /^(request|req)$/.test(inner.name.text) && ts.isIdentifier(inner.expression) && CONTEXT_NAME.test(inner.expression.text);
}

function hasBodyDecorator(file: JsFile, parameter: TS.ParameterDeclaration): boolean {
  return decoratorsOf(file, parameter).some((d) => d.name === 'Body');
}

/** A value the request body parsed into an object: `req.body`, `await req.json()`, `JSON.parse(…)`, `readBody(event)`, `@Body()`. */
function isParsedBody(file: JsFile, node: Node, depth = 0): boolean {
  const { ts } = file;
  const inner = unwrap(file, node);
  // `req.body`; hapi's parsed `request.payload`.
  if (ts.isPropertyAccessExpression(inner) && (inner.name.text === 'body' || inner.name.text === 'payload')) return isRequestObject(file, inner.expression);
  if (ts.isCallExpression(inner)) {
    const name = calleeName(file, inner.expression) ?? '';
    if (name === 'JSON.parse' || name === 'readBody' || name === 'readValidatedBody') return true;
    const callee = unwrap(file, inner.expression);
    // `await req.json()`; AdonisJS `request.body()`.
    return ts.isPropertyAccessExpression(callee) && (callee.name.text === 'json' || callee.name.text === 'body') && isRequestObject(file, callee.expression);
  }
  if (ts.isIdentifier(inner) && depth < 4) {
    for (const binding of bindingsOf(file, inner)) {
      if (binding.kind === 'parameter' && binding.parameter && hasBodyDecorator(file, binding.parameter.node)) return true;
      if (binding.kind === 'variable' && binding.path.length === 0 && binding.values[0] && isParsedBody(file, binding.values[0], depth + 1)) return true;
    }
  }
  return false;
}

/**
 * How the handler reads the request body as an event: its `.type`, and the Stripe-shaped
 * `.data.object` (`const event = req.body; event.data.object`, `const { type, data } = await req.json()`).
 */
function bodyEventShape(file: JsFile, fn: FunctionLike): { type: boolean; dataObject: boolean } {
  const { ts } = file;
  const shape = { type: false, dataObject: false };
  const dataNames = new Set<string>();
  walk(file, fn, (node) => {
    if (ts.isPropertyAccessExpression(node) && isParsedBody(file, node.expression)) {
      if (node.name.text === 'type') shape.type = true;
      if (node.name.text === 'data' && ts.isPropertyAccessExpression(node.parent) && node.parent.name.text === 'object') shape.dataObject = true;
    } else if (ts.isVariableDeclaration(node) && ts.isObjectBindingPattern(node.name) && node.initializer && isParsedBody(file, node.initializer)) {
      for (const e of node.name.elements) {
        const key = nameOf(file, e.propertyName ?? e.name);
        if (key === 'type') shape.type = true;
        if (key === 'data' && ts.isIdentifier(e.name)) dataNames.add(e.name.text);
      }
    } else if (ts.isPropertyAccessExpression(node) && node.name.text === 'object' && ts.isIdentifier(node.expression) && dataNames.has(node.expression.text)) {
      shape.dataObject = true;
    }
    return undefined;
  });
  return shape;
}

/** Request handlers of the file that read Stripe events. */
export function webhookHandlers(file: JsFile): WebhookHandler[] {
  const cached = handlerCache.get(file.sourceFile);
  if (cached) return cached;
  const mentionsStripe = /stripe/i.test(file.text);
  const handlers: WebhookHandler[] = [];
  for (const entry of entriesOf(file)) {
    // Handlers defined in another file are reported there, where their code is (the last function
    // of a registration is the handler; the ones before it are middlewares).
    if (entry.functions[entry.functions.length - 1]?.file !== file) continue;
    const code = [...entry.functions, ...entry.extra];
    const reach = reachOf(code);
    const events = reach.stripeEvents > 0 || (reach.sharedEvents > 0 && mentionsStripe);
    // The route, else the file's own folder and name (`netlify/functions/stripe-webhook.js`).
    const where = entry.route || file.path.split('/').slice(-2).join('/');
    // The body taken as a Stripe event on a Stripe or webhook route: its `data.object`, or its `type` on a webhook route.
    const stripeRoute = /stripe/i.test(where);
    const webhookRoute = /webhook|hook/i.test(where) && mentionsStripe && !OTHER_PROVIDER.test(entry.route);
    const bodyEvent = (stripeRoute || webhookRoute) && entry.functions.some((f) => {
      if (f.file !== file) return false;
      const shape = bodyEventShape(file, f.node);
      return shape.dataObject || (shape.type && webhookRoute);
    });
    if (!((events && reach.readsEvent) || bodyEvent)) continue;
    const verified = reach.verified || entry.trusted || entry.functions.some((f) => f.file === file && verifiedWhereRegistered(file, f.node));
    // A handler declared on its own (`async function legacyEvents(request, h)`) and registered by
    // name is reported where it is declared, where its code (and the fix) is.
    const declared = declarationName(file, entry.functions[entry.functions.length - 1]!.node);
    handlers.push({ label: entry.label, at: declared ?? entry.at, code, route: entry.route, verified });
  }
  handlerCache.set(file.sourceFile, handlers);
  return handlers;
}

/** The identifier that declares a function: `function name(…)`, `const name = (…) => …`. */
function declarationName(file: JsFile, fn: FunctionLike): TS.Identifier | undefined {
  const { ts } = file;
  if (ts.isFunctionDeclaration(fn) && fn.name) return fn.name;
  return fn.parent && ts.isVariableDeclaration(fn.parent) && ts.isIdentifier(fn.parent.name) ? fn.parent.name : undefined;
}

/** The name other modules import a handler function by: its declaration's, or its variable's. */
function functionName(file: JsFile, fn: FunctionLike): string | undefined {
  const { ts } = file;
  if ((ts.isFunctionDeclaration(fn) || ts.isMethodDeclaration(fn)) && fn.name && ts.isIdentifier(fn.name)) return fn.name.text;
  return fn.parent && ts.isVariableDeclaration(fn.parent) && ts.isIdentifier(fn.parent.name) ? fn.parent.name.text : undefined;
}

/**
 * A handler exported to a routes module that registers it behind a verifying middleware:
 * `router.post('/stripe', express.raw(…), verifyStripe, handleStripeEvent)` in routes.ts, where
 * `verifyStripe` puts the verified event in `req.body`.
 */
function verifiedWhereRegistered(file: JsFile, fn: FunctionLike): boolean {
  const { ts } = file;
  const name = functionName(file, fn);
  if (!name || !/\bexport\b|exports/.test(file.text)) return false;
  for (const routes of neighboursImporting(file, [name])) {
    for (const call of indexOf(routes).calls) {
      if (!isRoute(routes, call)) continue;
      const at = call.arguments.findIndex((argument) => {
        const inner = unwrap(routes, argument);
        const local = ts.isIdentifier(inner) ? inner : ts.isPropertyAccessExpression(inner) && inner.name.text === name && ts.isIdentifier(inner.expression) ? inner.expression : undefined;
        return !!local && bindingsOf(routes, local).some((b) => b.kind === 'import' && (b.from?.name === name || b.from?.name === '*' || b.from?.name === 'default') && resolveModule(routes, b.from.module) === file.absolutePath);
      });
      if (at <= 0) continue;
      const before: Collected = { functions: [], extra: [], trusted: false };
      for (const middleware of call.arguments.slice(0, at)) collect(routes, middleware, before);
      if (before.trusted || reachOf([...before.functions, ...before.extra]).verified) return true;
    }
  }
  return false;
}

// ───────────────────────────── verification calls ─────────────────────────────

/** `stripe.webhooks.constructEvent(…)`, `constructEventAsync`, `webhooks.signature.verifyHeader` calls of the file. */
export function signatureVerifications(file: JsFile): TS.CallExpression[] {
  return indexOf(file).calls.filter((call) => {
    const name = calleeName(file, call.expression) ?? '';
    return VERIFY_METHOD.test(name.slice(name.lastIndexOf('.') + 1)) && call.arguments.length >= 2;
  });
}

/** Calls that verify a signature, directly or through a function we can follow (`verifyStripeWebhook(req)`). */
function verifiesThroughCall(file: JsFile, call: TS.CallExpression): boolean {
  const name = calleeName(file, call.expression) ?? '';
  const last = name.slice(name.lastIndexOf('.') + 1);
  if (VERIFY_METHOD.test(last)) return true;
  if (NOT_A_VERIFIER.test(last) || /^console\./.test(name)) return false;
  if (!HELPER_NAME.test(name)) return false;
  const { code, known } = calleeCode(file, call.expression);
  // Code we cannot read: only a Stripe verifier by its name (not another provider's `verifyWebhookSignature`).
  if (!known) return /construct\w{0,40}Event/i.test(last) || (/stripe/i.test(name) && VERIFIER_NAME.test(last));
  const key = code[0]!.node;
  let verified = helperCache.get(key);
  if (verified === undefined) helperCache.set(key, (verified = reachOf(code).verified));
  return verified;
}

/** Names a helper that verifies a webhook carries (`verifyStripeWebhook`, `constructWebhookEvent`, `stripeService.parseWebhook`). */
const HELPER_NAME = /stripe|webhook|signature|sig$|construct\w{0,40}event|verif/i;
const helperCache = new WeakMap<Node, boolean>();

/**
 * Calls of helpers that hand their payload to Stripe's verification (`verifyStripeWebhook(payload,
 * sig)`), for the raw-body check at the call. A helper that itself mangles the payload is reported
 * inside it (one mistake, one finding); one that checks another scheme (an HMAC of our own) does
 * not need Stripe's raw bytes.
 */
export function verificationHelperCalls(file: JsFile): TS.CallExpression[] {
  return indexOf(file).calls.filter((call) => {
    const name = calleeName(file, call.expression) ?? '';
    const last = name.slice(name.lastIndexOf('.') + 1);
    if (VERIFY_METHOD.test(last) || call.arguments.length < 2 || !HELPER_NAME.test(name) || NOT_A_VERIFIER.test(last)) return false;
    const { code, known } = calleeCode(file, call.expression);
    if (!known) return /construct\w{0,40}Event/i.test(last) || (/stripe/i.test(name) && VERIFIER_NAME.test(last));
    const inner = code.flatMap((located) => signatureVerifications(located.file).filter((v) => contains(located.node, v)).map((v) => ({ file: located.file, call: v })));
    return inner.length > 0 && inner.every((v) => !payloadProblem(v.file, v.call));
  });
}

function enclosingFunction(file: JsFile, node: Node): Node | undefined {
  for (let n = node.parent; n; n = n.parent) if (file.ts.isFunctionLike(n)) return n;
  return undefined;
}

/** The route registration that runs the function containing `node`, if any (`app.post(path, …, fn)`). */
function registrationOf(file: JsFile, node: Node): TS.CallExpression | undefined {
  const { ts } = file;
  for (let fn = enclosingFunction(file, node); fn; fn = enclosingFunction(file, fn)) {
    let at: Node = fn;
    // Inline: climb through wrappers (`asyncHandler(fn)`) to the registration call.
    while (at.parent && (ts.isCallExpression(at.parent) || ts.isParenthesizedExpression(at.parent))) {
      at = at.parent;
      if (ts.isCallExpression(at) && isRoute(file, at)) return at;
    }
    // By name: `app.post('/webhook', express.raw(…), handleWebhook)`.
    const name = ts.isFunctionDeclaration(fn) ? fn.name?.text : ts.isVariableDeclaration(fn.parent) && ts.isIdentifier(fn.parent.name) ? fn.parent.name.text : undefined;
    if (name) {
      const call = indexOf(file).calls.find((c) => isRoute(file, c) && c.arguments.some((a) => ts.isIdentifier(a) && a.text === name));
      if (call) return call;
    }
  }
  return undefined;
}

function isRoute(file: JsFile, call: TS.CallExpression): boolean {
  const { ts } = file;
  const callee = unwrap(file, call.expression);
  return ts.isPropertyAccessExpression(callee) && /^(post|all|put|patch|any|use)$/.test(callee.name.text) && call.arguments.length >= 2;
}

// ───────────────────────────── raw body ─────────────────────────────

export interface PayloadProblem {
  /** The payload argument. */
  at: Node;
  kind: 'reserialized' | 'parsed';
  /** What parsed it, for the message: "`express.json()` (line 12)". */
  parser: string;
}

const JSON_PARSER = /^(express\.json|bodyParser\.json|json|koaBody|bodyParser)$/;

function isJsonParserCall(file: JsFile, node: Node): boolean {
  const { ts } = file;
  const inner = unwrap(file, node);
  if (!ts.isCallExpression(inner)) return false;
  const name = calleeName(file, inner.expression) ?? '';
  if (name === 'bodyParser' || name === 'koaBody') return true; // koa-bodyparser, koa-body
  return JSON_PARSER.test(name);
}

function lineOf(file: JsFile, node: Node): number {
  return file.sourceFile.getLineAndCharacterOfPosition(node.getStart(file.sourceFile)).line + 1;
}

/**
 * The JSON body parser that runs before the route: on the route itself, or `app.use(express.json())`
 * earlier in the file on the route's app/router or on an app the router is mounted on afterwards.
 */
function jsonParserBefore(file: JsFile, route: TS.CallExpression): string | undefined {
  const { ts } = file;
  for (const arg of route.arguments) if (isJsonParserCall(file, arg)) return `\`${textOf(file, arg, 40)}\` on the route`;
  const path = routeOfCall(file, route);
  const callee = unwrap(file, route.expression) as TS.PropertyAccessExpression;
  const uses = indexOf(file).calls.filter((call) => {
    const c = unwrap(file, call.expression);
    return ts.isPropertyAccessExpression(c) && c.name.text === 'use';
  });
  // Which receivers serve this route, and from which position on a parser there applies to it.
  const until = new Map<string, number>([[receiverText(file, callee.expression), route.pos]]);
  for (let changed = true, rounds = 0; changed && rounds < 4; rounds++) {
    changed = false;
    for (const use of uses) {
      const receiver = receiverText(file, (unwrap(file, use.expression) as TS.PropertyAccessExpression).expression);
      if (until.has(receiver)) continue;
      if (use.arguments.some((a) => until.has(receiverText(file, a)))) {
        until.set(receiver, use.pos);
        changed = true;
      }
    }
  }
  for (const use of uses) {
    const receiver = receiverText(file, (unwrap(file, use.expression) as TS.PropertyAccessExpression).expression);
    const limit = until.get(receiver);
    if (limit === undefined || use.pos >= limit) continue;
    const mount = stringValue(file, use.arguments[0]);
    if (mount !== undefined && mount !== '/' && !(path.startsWith(mount) || /webhook|stripe/i.test(mount))) continue;
    if (use.arguments.some((a) => isJsonParserCall(file, a))) return `\`${textOf(file, use, 40)}\` (line ${lineOf(file, use)})`;
  }
  return undefined;
}

/**
 * For a route of a router that another module mounts (`app.use(express.json()); app.use('/api',
 * webhookRouter)` in server.ts), the JSON parser that module runs before the mount: it consumes
 * the body before the route's own `express.raw()` sees it.
 */
function jsonParserWhereMounted(file: JsFile, route: TS.CallExpression): string | undefined {
  const { ts } = file;
  const receiver = unwrap(file, (unwrap(file, route.expression) as TS.PropertyAccessExpression).expression);
  if (!ts.isIdentifier(receiver) || !/module\.exports|exports\.|export\b/.test(file.text)) return undefined;
  for (const server of neighboursImporting(file, ['.use('])) {
    for (const mount of indexOf(server).calls) {
      const callee = unwrap(server, mount.expression);
      if (!ts.isPropertyAccessExpression(callee) || callee.name.text !== 'use') continue;
      const mounted = mount.arguments.some((argument) => {
        const inner = unwrap(server, argument);
        if (!ts.isIdentifier(inner)) return false;
        return bindingsOf(server, inner).some((b) => {
          if (b.kind === 'import' && b.from) return resolveModule(server, b.from.module) === file.absolutePath;
          // `const webhookRouter = require('./routes/webhooks')`
          const value = b.kind === 'variable' && b.values.length === 1 ? unwrap(server, b.values[0]!) : undefined;
          const module = value && ts.isCallExpression(value) && calleeName(server, value.expression) === 'require' ? stringValue(server, value.arguments[0]) : undefined;
          return module !== undefined && resolveModule(server, module) === file.absolutePath;
        });
      });
      const parser = mounted ? jsonParserBefore(server, mount) : undefined;
      if (parser) return `${parser} in ${path.basename(server.path)}, before it mounts this router`;
    }
  }
  return undefined;
}

function receiverText(file: JsFile, node: TS.Node): string {
  return file.text.slice(node.getStart(file.sourceFile), node.getEnd());
}

function hasProperty(file: JsFile, name: string, value: TS.SyntaxKind): boolean {
  const { ts } = file;
  let found = false;
  walk(file, file.sourceFile, (node) => {
    if (found) return false;
    if (ts.isPropertyAssignment(node) && nameOf(file, node.name) === name && node.initializer.kind === value) found = true;
    return undefined;
  });
  return found;
}

const nestMains = new Map<string, boolean | null>();

/**
 * Whether the NestJS app of this file parses JSON bodies: its `main.ts` (found upward, within the
 * scan root) calls `NestFactory.create` without `bodyParser: false`. Unknown (no main.ts) is false:
 * main.ts may mount a raw parser for the webhook path.
 */
function nestParsesJson(file: JsFile): boolean {
  if (!file.absolutePath || !file.absolutePath.endsWith(file.path)) return false;
  const root = file.absolutePath.slice(0, file.absolutePath.length - file.path.length);
  for (let dir = path.dirname(file.absolutePath), i = 0; dir.startsWith(root) && dir.length >= root.length - 1 && i < 8; dir = path.dirname(dir), i++) {
    const cached = nestMains.get(dir);
    if (cached !== undefined) {
      if (cached !== null) return cached;
      continue;
    }
    let found: boolean | null = null;
    for (const name of ['main.ts', 'main.js', 'src/main.ts', 'src/main.js']) {
      const candidate = path.join(dir, name);
      try {
        if (statSync(candidate).size > 256 * 1024) continue;
        const text = readFileSync(candidate, 'utf8');
        if (!text.includes('NestFactory')) continue;
        found = !/bodyParser\s*:\s*false/.test(text);
        break;
      } catch {
        /* not there */
      }
    }
    nestMains.set(dir, found);
    if (found !== null) return found;
  }
  return false;
}

function isNestRoute(file: JsFile, node: Node): boolean {
  const fn = enclosingFunction(file, node);
  return !!fn && file.ts.isMethodDeclaration(fn) && decoratorsOf(file, fn).some((d) => NEST_ROUTES.has(d.name));
}

/** Who parsed `req.body` before it reached verification, when the code says so. */
function bodyParsedBy(file: JsFile, body: TS.PropertyAccessExpression, call: TS.CallExpression): string | undefined {
  const { ts } = file;
  const receiver = unwrap(file, body.expression);
  if (ts.isPropertyAccessExpression(receiver) && receiver.name.text === 'request') return 'the Koa body parser'; // ctx.request.body
  if (isNestRoute(file, call)) return nestParsesJson(file) ? 'NestJS (read `req.rawBody` with `rawBody: true`)' : undefined;
  if (/(^|\/)pages\/api\//.test(file.path)) return hasProperty(file, 'bodyParser', ts.SyntaxKind.FalseKeyword) ? undefined : 'Next.js (the route does not export `config = { api: { bodyParser: false } }`)';
  const route = registrationOf(file, call);
  if (route) {
    const parser = jsonParserBefore(file, route) ?? jsonParserWhereMounted(file, route);
    if (parser) return parser;
    const fn = enclosingFunction(file, call) as FunctionLike | undefined;
    const reply = fn?.parameters[1];
    const fastify = (reply && ts.isIdentifier(reply.name) && reply.name.text === 'reply') || /from ['"]fastify['"]|require\(['"]fastify['"]\)/.test(file.text);
    if (fastify && !indexOf(file).calls.some((c) => /addContentTypeParser$/.test(calleeName(file, c.expression) ?? ''))) return "Fastify's JSON parser (register `addContentTypeParser('application/json', { parseAs: 'buffer' }, …)`)";
  }
  return undefined;
}

/**
 * `JSON.stringify(x)` as a payload re-serialises the request body, unless x is plainly an event
 * the code built itself (an object literal: a test signing its own payload with
 * `generateTestHeaderString`). In test files only a value read from the request counts.
 */
function reserializesRequest(file: JsFile, value: Node | undefined): boolean {
  if (!value) return false;
  if (isRequestValue(file, value)) return true;
  if (isTestFile(file)) return false;
  const { ts } = file;
  const node = unwrap(file, value);
  if (ts.isObjectLiteralExpression(node)) return false;
  if (ts.isIdentifier(node)) {
    const bindings = bindingsOf(file, node);
    if (bindings.length === 1 && bindings[0]!.kind === 'variable' && bindings[0]!.path.length === 0 && bindings[0]!.values.length === 1 && ts.isObjectLiteralExpression(unwrap(file, bindings[0]!.values[0]!))) return false;
  }
  return true;
}

/** A payload given to verification that is not the raw body Stripe signed. */
export function payloadProblem(file: JsFile, call: TS.CallExpression): PayloadProblem | undefined {
  const { ts } = file;
  const payload = call.arguments[0];
  if (!payload) return undefined;
  const work: [Node, number][] = [[payload, 0]];
  while (work.length) {
    const [raw, depth] = work.pop()!;
    const node = unwrap(file, raw);
    if (depth > 6) continue;
    if (ts.isCallExpression(node)) {
      const name = calleeName(file, node.expression) ?? '';
      if (name === 'JSON.stringify' && reserializesRequest(file, node.arguments[0])) return { at: payload, kind: 'reserialized', parser: '' };
      if (name === 'JSON.parse' || name === 'readBody' || name === 'readValidatedBody') return { at: payload, kind: 'parsed', parser: `\`${name}\`` };
      const callee = unwrap(file, node.expression);
      if (ts.isPropertyAccessExpression(callee) && callee.name.text === 'json' && isRequestObject(file, callee.expression)) return { at: payload, kind: 'parsed', parser: `\`${textOf(file, node, 30)}\`` };
      // `Buffer.from(x)`, `String(x)`, `x.toString()` keep whatever x is.
      if (/^(Buffer\.from|String)$/.test(name) && node.arguments[0]) work.push([node.arguments[0], depth + 1]);
      if (ts.isPropertyAccessExpression(callee) && callee.name.text === 'toString') work.push([callee.expression, depth + 1]);
    } else if (ts.isTemplateExpression(node)) {
      for (const span of node.templateSpans) work.push([span.expression, depth + 1]);
    } else if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
      work.push([node.left, depth + 1], [node.right, depth + 1]);
    } else if (ts.isPropertyAccessExpression(node) && node.name.text === 'body' && isRequestObject(file, node.expression)) {
      const parser = bodyParsedBy(file, node, call);
      if (parser) return { at: payload, kind: 'parsed', parser };
    } else if (ts.isIdentifier(node)) {
      for (const binding of bindingsOf(file, node)) {
        const parameter = binding.kind === 'parameter' ? binding.parameter?.node : undefined;
        if (parameter && hasBodyDecorator(file, parameter) && !/Buffer/.test(parameter.type ? file.text.slice(parameter.type.pos, parameter.type.end) : '') && nestParsesJson(file)) {
          return { at: payload, kind: 'parsed', parser: 'NestJS `@Body()`' };
        }
        if (binding.kind === 'variable' && binding.path.length === 0) for (const value of binding.values.slice(0, 3)) work.push([value, depth + 1]);
      }
    }
  }
  return undefined;
}

// ───────────────────────────── bypasses ─────────────────────────────

export type Bypass =
  | { kind: 'catch'; at: Span; verification: Node }
  | { kind: 'conditional'; at: Node; verification: Node }
  | { kind: 'tolerance'; at: Node; value: string; seconds: number };

function statusOf(file: JsFile, node: Node): number | undefined {
  const inner = unwrap(file, node);
  return file.ts.isNumericLiteral(inner) ? Number(inner.text) : undefined;
}

/** True when a block ends the request: returns, throws, answers with an error status, or hands the error to `next`. */
function stops(file: JsFile, block: Node): boolean {
  const { ts } = file;
  let stopped = false;
  walk(file, block, (node) => {
    if (stopped || (node !== block && ts.isFunctionLike(node))) return false;
    if (ts.isReturnStatement(node) || ts.isThrowStatement(node)) stopped = true;
    else if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
      const name = calleeName(file, node.expression) ?? '';
      const args = node.arguments ?? [];
      // An error status anywhere in the call (`res.status(400)`, `sendError(res, 400, …)`), or the response handed to a helper.
      if (args.some((a) => (statusOf(file, a) ?? 0) >= 400)) stopped = true;
      if (/(^|\.)(throw|exit|abort|reject)$/.test(name) || (/^(next|done|callback|cb|reject)$/.test(name) && args.length > 0)) stopped = true;
      if (!/^console\./.test(name) && args.some((a) => { const inner = unwrap(file, a); return ts.isIdentifier(inner) && RESPONSE_NAME.test(inner.text) && inner.text !== 'h'; })) stopped = true;
      if (/(^|\.)(json|Response|NextResponse|text)$/.test(name) && /status(Code)?\s*:\s*[45]\d\d/.test(file.text.slice(node.pos, node.end))) stopped = true;
    } else if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken && /\.(status|statusCode)$/.test(calleeName(file, node.left) ?? '') && (statusOf(file, node.right) ?? 0) >= 400) {
      stopped = true;
    }
    return undefined;
  });
  return stopped;
}

/** True when the block answers with an error: a 4xx/5xx status, or `response.badRequest()`-style helpers. */
function answersError(file: JsFile, block: Node): boolean {
  const { ts } = file;
  let error = false;
  walk(file, block, (node) => {
    if (error || (node !== block && ts.isFunctionLike(node))) return false;
    if ((ts.isCallExpression(node) || ts.isNewExpression(node)) && (node.arguments ?? []).some((a) => (statusOf(file, a) ?? 0) >= 400)) error = true;
    if (ts.isCallExpression(node) && /(^|\.)(badRequest|unauthorized|forbidden|sendStatus|error)$/.test(calleeName(file, node.expression) ?? '') && !/^console\./.test(calleeName(file, node.expression) ?? '')) error = true;
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken && /\.(status|statusCode)$/.test(calleeName(file, node.left) ?? '') && (statusOf(file, node.right) ?? 0) >= 400) error = true;
    if (ts.isThrowStatement(node)) error = true;
    return undefined;
  });
  return error;
}

/** The statements that run after `node` in its function (following siblings of it and of its ancestors). */
function followingStatements(file: JsFile, node: Node): Node[] {
  const { ts } = file;
  const after: Node[] = [];
  for (let at: Node = node; at.parent && !ts.isFunctionLike(at); at = at.parent) {
    const parent = at.parent;
    if (ts.isBlock(parent) || ts.isSourceFile(parent) || ts.isCaseClause(parent) || ts.isDefaultClause(parent)) {
      const index = parent.statements.indexOf(at as TS.Statement);
      after.push(...parent.statements.slice(index + 1));
    }
    if (ts.isTryStatement(parent) || ts.isIfStatement(parent) || ts.isSwitchStatement(parent) || ts.isCaseBlock(parent)) continue;
  }
  return after;
}

function isResponseOnly(file: JsFile, statement: Node): boolean {
  const { ts } = file;
  if (ts.isReturnStatement(statement)) return true;
  if (!ts.isExpressionStatement(statement)) return false;
  const name = calleeName(file, unwrap(file, statement.expression).kind === ts.SyntaxKind.CallExpression ? (unwrap(file, statement.expression) as TS.CallExpression).expression : statement.expression) ?? '';
  return /^(res|response|reply|ctx|c)(\.|$)|^console\./.test(name);
}

/** The variable a verification result is stored in: `event = constructEvent(…)`, `let event = await verify(req)`. */
function assignedVariable(file: JsFile, call: Node): TS.Identifier | undefined {
  const { ts } = file;
  let at: Node = call;
  while (at.parent && (ts.isAwaitExpression(at.parent) || ts.isParenthesizedExpression(at.parent) || ts.isAsExpression(at.parent))) at = at.parent;
  const parent = at.parent;
  if (parent && ts.isBinaryExpression(parent) && parent.operatorToken.kind === ts.SyntaxKind.EqualsToken && parent.right === at && ts.isIdentifier(parent.left)) return parent.left;
  if (parent && ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)) return parent.name;
  return undefined;
}

function references(file: JsFile, roots: Node[], name: string): boolean {
  const { ts } = file;
  let found = false;
  for (const root of roots) {
    walk(file, root, (node) => {
      if (found) return false;
      if (ts.isIdentifier(node) && node.text === name) found = true;
      return undefined;
    });
  }
  return found;
}

function inLoop(file: JsFile, node: Node, fn: Node | undefined): boolean {
  const { ts } = file;
  for (let n = node.parent; n && n !== fn; n = n.parent) {
    if (ts.isForStatement(n) || ts.isForOfStatement(n) || ts.isForInStatement(n) || ts.isWhileStatement(n) || ts.isDoStatement(n)) return true;
  }
  return false;
}

/** `if (!event) return res.sendStatus(400)` after the try: the failure is handled there. */
function checkedAfter(file: JsFile, after: Node[], name: string): boolean {
  const { ts } = file;
  return after.some((s) => ts.isIfStatement(s) && references(file, [s.expression], name) && stops(file, s.thenStatement));
}

function catchBypass(file: JsFile, call: TS.CallExpression): Bypass | undefined {
  const { ts } = file;
  const fn = enclosingFunction(file, call);
  for (let at: Node = call; at.parent && at !== fn; at = at.parent) {
    const parent = at.parent;
    if (!ts.isTryStatement(parent) || parent.tryBlock !== at || !parent.catchClause) continue;
    const clause = parent.catchClause;
    if (stops(file, clause.block) || inLoop(file, parent, fn)) return undefined; // a loop: trying several endpoint secrets
    const after = followingStatements(file, parent);
    const variable = assignedVariable(file, call);
    const declaredOutside = variable && bindingsOf(file, variable).some((b) => !contains(parent.tryBlock, b.declaration));
    const continues = variable && declaredOutside ? references(file, after, variable.text) && !checkedAfter(file, after, variable.text) : after.some((s) => !isResponseOnly(file, s));
    if (!continues) return undefined;
    const end = clause.variableDeclaration ? clause.variableDeclaration.getEnd() + 1 : clause.getStart(file.sourceFile) + 'catch'.length;
    return { kind: 'catch', at: { start: clause.getStart(file.sourceFile), end }, verification: call };
  }
  return undefined;
}

function conditionalBypass(file: JsFile, call: TS.CallExpression): Bypass | undefined {
  const { ts } = file;
  const fn = enclosingFunction(file, call);
  let at: Node = call;
  while (at.parent && (ts.isAwaitExpression(at.parent) || ts.isParenthesizedExpression(at.parent))) at = at.parent;
  // `const event = sig ? constructEvent(…) : req.body`
  const parent = at.parent;
  if (parent && ts.isConditionalExpression(parent) && parent.condition !== at) {
    const other = parent.whenTrue === at ? parent.whenFalse : parent.whenTrue;
    if (isParsedBody(file, other)) return { kind: 'conditional', at: parent.condition, verification: call };
  }
  const variable = assignedVariable(file, call);
  if (!variable) return uncheckedGuard(file, call, fn);
  // `let event = req.body; if (endpointSecret) { event = constructEvent(…) }`
  let guard: TS.IfStatement | undefined;
  let branch: Node | undefined;
  for (let n: Node = call; n.parent && n !== fn; n = n.parent) {
    if (ts.isIfStatement(n.parent) && n !== n.parent.expression) {
      guard = n.parent;
      branch = n;
      break;
    }
  }
  if (!guard || !branch) return undefined;
  if (branch === guard.thenStatement && alwaysTrue(file, guard.expression)) return undefined;
  // `if (sig) { verify } else { return res.status(400) }`: the other way out is closed.
  const otherBranch = branch === guard.thenStatement ? guard.elseStatement : guard.thenStatement;
  if (otherBranch && stops(file, otherBranch)) return undefined;
  // stripe-samples: `if (secret) { event = constructEvent(…); data = event.data } else { data = req.body.data }`
  if (otherBranch && readsParsedBody(file, [otherBranch])) return { kind: 'conditional', at: guard.expression, verification: call };
  for (const binding of bindingsOf(file, variable)) {
    for (const value of binding.values) {
      if (contains(branch, value)) continue;
      let inCatch = false;
      for (let n: Node | undefined = value; n && n !== fn; n = n.parent) if (ts.isCatchClause(n)) inCatch = true;
      if (!inCatch && isParsedBody(file, value)) return { kind: 'conditional', at: guard.expression, verification: call };
    }
  }
  return undefined;
}

/** `if (endpointSecret)` where `const endpointSecret = 'whsec_…'`: the branch always runs. */
function alwaysTrue(file: JsFile, condition: Node): boolean {
  const { ts } = file;
  const inner = unwrap(file, condition);
  if (!ts.isIdentifier(inner)) return false;
  const bindings = bindingsOf(file, inner);
  const value = bindings.length === 1 && bindings[0]!.kind === 'variable' && bindings[0]!.values.length === 1 ? stringValue(file, bindings[0]!.values[0]) : undefined;
  return value !== undefined && value !== '';
}

/** True when the code reads the parsed request body (`req.body.type`, `JSON.parse(body)`, `await req.json()`). */
function readsParsedBody(file: JsFile, roots: Node[]): boolean {
  const { ts } = file;
  let found = false;
  for (const root of roots) {
    walk(file, root, (node) => {
      if (found || ts.isFunctionLike(node)) return false;
      if ((ts.isPropertyAccessExpression(node) || ts.isCallExpression(node)) && isParsedBody(file, node)) found = true;
      return undefined;
    });
  }
  return found;
}

/**
 * Verification whose result is not kept, inside an `if` on the secret, the header or the
 * environment, after which the handler reads the parsed body as the event:
 * `if (endpointSecret) { constructEvent(…) } const event = JSON.parse(body)`.
 */
function uncheckedGuard(file: JsFile, call: TS.CallExpression, fn: Node | undefined): Bypass | undefined {
  const { ts } = file;
  for (let n: Node = call; n.parent && n !== fn; n = n.parent) {
    const guard = n.parent;
    if (!ts.isIfStatement(guard) || n === guard.expression) continue;
    if (!/secret|sig|signature|webhook|env|production|development|verif|skip|test/i.test(file.text.slice(guard.expression.pos, guard.expression.end))) return undefined;
    const other = n === guard.thenStatement ? guard.elseStatement : guard.thenStatement;
    if (other && stops(file, other)) return undefined;
    if (n === guard.thenStatement && alwaysTrue(file, guard.expression)) return undefined;
    const after = followingStatements(file, guard);
    return readsParsedBody(file, other ? [other, ...after] : after) ? { kind: 'conditional', at: guard.expression, verification: call } : undefined;
  }
  return undefined;
}

/**
 * `constructEventAsync(…).catch((err) => { console.warn(err); return JSON.parse(body) })`, also
 * through a variable holding the promise: a callback that neither throws nor answers an error
 * resolves the promise anyway, and the handler goes on with whatever it returned.
 */
function promiseCatchBypass(file: JsFile, call: TS.CallExpression): Bypass | undefined {
  const { ts } = file;
  const promises: Node[] = [call];
  const variable = assignedVariable(file, call);
  if (variable) {
    walk(file, enclosingFunction(file, call) ?? file.sourceFile, (node) => {
      if (ts.isIdentifier(node) && node.text === variable.text && node !== variable) promises.push(node);
      return undefined;
    });
  }
  for (const promise of promises) {
    let at: Node = promise;
    while (at.parent && (ts.isParenthesizedExpression(at.parent) || ts.isAsExpression(at.parent))) at = at.parent;
    const access = at.parent;
    if (!access || !ts.isPropertyAccessExpression(access) || access.name.text !== 'catch' || !access.parent || !ts.isCallExpression(access.parent)) continue;
    const callback = access.parent.arguments[0] && unwrap(file, access.parent.arguments[0]);
    if (!callback || !(ts.isArrowFunction(callback) || ts.isFunctionExpression(callback))) continue;
    if (!answersError(file, callback.body)) return { kind: 'catch', at: { start: access.name.getStart(file.sourceFile), end: access.parent.getEnd() }, verification: call };
  }
  return undefined;
}

/** A condition true when the request carries no signature: `!sig`, `!req.headers['stripe-signature']`, `signature === undefined`. */
// Bounded quantifiers: linear on any condition text.
const MISSING_SIGNATURE = /^!\s{0,3}\(?\s{0,3}[\w.$?]{0,80}(sig|signature)|(sig|signature)\w{0,40}['"\])]{0,3}\s{0,3}(===?|==)\s{0,3}(undefined|null|''|""|``)|^typeof\s{1,3}\w{0,40}sig\w{0,40}\s{0,3}===?\s{0,3}['"]undefined/i;

/**
 * `if (!sig) { await handleEvent(ctx.request.body); return }` before the verification: a request
 * without a signature is processed unverified, so a forger only has to leave the header out.
 */
function unsignedBranch(file: JsFile, call: TS.CallExpression): Bypass | undefined {
  const { ts } = file;
  const fn = enclosingFunction(file, call);
  if (!fn) return undefined;
  let found: Bypass | undefined;
  walk(file, fn, (node) => {
    if (found || (node !== fn && ts.isFunctionLike(node))) return false;
    if (!ts.isIfStatement(node) || node.end > call.pos) return undefined;
    const condition = file.text.slice(node.expression.getStart(file.sourceFile), node.expression.end).trim();
    if (MISSING_SIGNATURE.test(condition) && readsParsedBody(file, [node.thenStatement]) && !answersError(file, node.thenStatement)) found = { kind: 'conditional', at: node.expression, verification: call };
    return undefined;
  });
  return found;
}

function constantValue(file: JsFile, node: Node, depth = 0): number | undefined {
  const { ts } = file;
  if (depth > 12) return undefined;
  const inner = unwrap(file, node);
  if (ts.isNumericLiteral(inner)) return Number(inner.text);
  if (ts.isIdentifier(inner)) {
    if (inner.text === 'Infinity') return Infinity;
    if (depth > 3) return undefined;
    const binding = bindingsOf(file, inner)[0];
    return binding?.kind === 'variable' && binding.values.length === 1 && binding.path.length === 0 ? constantValue(file, binding.values[0]!, depth + 1) : undefined;
  }
  if (ts.isPropertyAccessExpression(inner)) {
    const name = calleeName(file, inner);
    if (name === 'Number.POSITIVE_INFINITY' || name === 'Number.MAX_VALUE' || name === 'Number.MAX_SAFE_INTEGER') return Infinity;
  }
  if (ts.isPrefixUnaryExpression(inner) && inner.operator === ts.SyntaxKind.MinusToken) {
    const value = constantValue(file, inner.operand, depth + 1);
    return value === undefined ? undefined : -value;
  }
  if (ts.isBinaryExpression(inner)) {
    const left = constantValue(file, inner.left, depth + 1);
    const right = constantValue(file, inner.right, depth + 1);
    if (left === undefined || right === undefined) return undefined;
    switch (inner.operatorToken.kind) {
      case ts.SyntaxKind.AsteriskToken: return left * right;
      case ts.SyntaxKind.PlusToken: return left + right;
      case ts.SyntaxKind.MinusToken: return left - right;
      case ts.SyntaxKind.SlashToken: return left / right;
      default: return undefined;
    }
  }
  return undefined;
}

/** Verification whose failure does not stop the handler, verification skipped by a condition, tolerance switched off. */
export function verificationBypasses(file: JsFile): Bypass[] {
  const { ts } = file;
  const found: Bypass[] = [];
  const direct = signatureVerifications(file);
  for (const call of direct) {
    const tolerance = call.arguments[3];
    if (!tolerance) continue;
    const seconds = constantValue(file, tolerance);
    if (seconds !== undefined && (seconds <= 0 || seconds > 3600 || !Number.isFinite(seconds))) found.push({ kind: 'tolerance', at: tolerance, value: textOf(file, tolerance, 40), seconds });
  }
  // Verification sites: the SDK calls, and calls of helpers that verify (`await verifyStripeWebhook(req)`) inside a try or an if.
  const sites = new Set<TS.CallExpression>(direct);
  for (const call of indexOf(file).calls) {
    if (sites.has(call)) continue;
    let guarded = false;
    for (let n: Node | undefined = call.parent; n && !ts.isFunctionLike(n); n = n.parent) if (ts.isTryStatement(n) || ts.isIfStatement(n) || ts.isConditionalExpression(n)) guarded = true;
    if (guarded && (assignedVariable(file, call) || ts.isExpressionStatement(call.parent) || ts.isAwaitExpression(call.parent)) && verifiesThroughCall(file, call)) sites.add(call);
  }
  for (const call of sites) {
    const bypass = catchBypass(file, call) ?? promiseCatchBypass(file, call) ?? conditionalBypass(file, call) ?? unsignedBranch(file, call);
    if (bypass) found.push(bypass);
  }
  return found;
}

