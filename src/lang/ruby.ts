/**
 * The Ruby vocabulary (Rails, Sinatra, plain scripts): the same words as src/lang/js.ts over
 * tree-sitter-ruby nodes. Values are followed through local and instance-variable assignments.
 */
import {
  MAX_DEPTH, ancestor, cached, descendants, field, isSecretEnvName, isSecretName, isSignatureName, isUnsafeTolerance, isUrlContext, looksLikeVerification,
  authorizeUrlHasState, byNameNearest, isUsableKeyLiteral, QUANTITY_NAME, mentionsSignatureHeader, placeholderPrefixes, mentionsWebhookSecret, namedChildren, splitClientCall, STRIPE_AUTHORIZE_URL, textOf, walk, wordsOf, type SyntaxNode, type TreeSitterFile,
} from './tree-sitter-helpers.js';
import { isSecretKeyLiteral, looksLikeSecretKey } from '../secrets.js';

export type RbFile = TreeSitterFile<'ruby'>;

const SCOPES = new Set(['method', 'singleton_method', 'program', 'do_block', 'block', 'lambda']);
const METHODS = new Set(['method', 'singleton_method']);

/** `Stripe::Checkout::Session.create`, `Rails.application.credentials.dig`; undefined for other shapes. */
export function dottedName(file: RbFile, node: SyntaxNode | undefined): string | undefined {
  if (!node) return undefined;
  switch (node.type) {
    case 'identifier':
    case 'constant':
    case 'instance_variable':
    case 'scope_resolution':
      // `::Stripe::PaymentIntent` is `Stripe::PaymentIntent` from the top-level scope.
      return textOf(file, node).replace(/\s+/g, '').replace(/^::/, '');
    case 'call': {
      const receiver = field(node, 'receiver');
      const method = field(node, 'method');
      if (!method) return undefined;
      if (!receiver) return textOf(file, method);
      const left = dottedName(file, receiver);
      return left ? `${left}.${textOf(file, method)}` : undefined;
    }
    case 'element_reference': {
      const object = dottedName(file, field(node, 'object'));
      return object ? `${object}[]` : undefined;
    }
    default:
      return undefined;
  }
}

export function methodName(file: RbFile, call: SyntaxNode): string {
  const method = field(call, 'method');
  return method ? textOf(file, method) : '';
}

/** Plain string or symbol contents (`'x'`, `"x"`, `:x`, `x:` keys); undefined when interpolated. */
export function stringValue(file: RbFile, node: SyntaxNode | undefined): string | undefined {
  if (!node) return undefined;
  if (node.type === 'simple_symbol') return textOf(file, node).slice(1);
  if (node.type === 'hash_key_symbol') return textOf(file, node);
  if (node.type === 'string' || node.type === 'delimited_symbol') {
    if (node.children.some((c) => c.type === 'interpolation')) return undefined;
    return node.children.filter((c) => c.type === 'string_content' || c.type === 'escape_sequence').map((c) => textOf(file, c)).join('');
  }
  return undefined;
}

export function isStringLiteral(node: SyntaxNode | undefined): boolean {
  return !!node && node.type === 'string';
}

export function unwrap(node: SyntaxNode | undefined): SyntaxNode | undefined {
  while (node && node.type === 'parenthesized_statements' && namedChildren(node).length === 1) node = namedChildren(node)[0];
  return node;
}

/** Positional arguments and the keyword/hash pairs of a call (`create(amount: 1)` or `create({ amount: 1 })`). */
export function argumentsOf(file: RbFile, call: SyntaxNode): { positional: SyntaxNode[]; pairs: { key: string; keyNode: SyntaxNode; value: SyntaxNode; pair: SyntaxNode }[] } {
  const positional: SyntaxNode[] = [];
  const pairs: { key: string; keyNode: SyntaxNode; value: SyntaxNode; pair: SyntaxNode }[] = [];
  for (const arg of namedChildren(field(call, 'arguments'))) {
    if (arg.type === 'pair') {
      const entry = pairOf(file, arg);
      if (entry) pairs.push(entry);
    } else {
      positional.push(arg);
      if (arg.type === 'hash' && positional.length === 1) pairs.push(...hashEntries(file, arg));
    }
  }
  return { positional, pairs };
}

function pairOf(file: RbFile, pair: SyntaxNode): { key: string; keyNode: SyntaxNode; value: SyntaxNode; pair: SyntaxNode } | undefined {
  const keyNode = field(pair, 'key');
  const value = field(pair, 'value');
  const key = stringValue(file, keyNode);
  return keyNode && value && key !== undefined ? { key, keyNode, value, pair } : undefined;
}

/** A hash literal's entries with plain keys (followed through one local assignment). */
export function hashEntries(file: RbFile, node: SyntaxNode | undefined, depth = 0): { key: string; keyNode: SyntaxNode; value: SyntaxNode; pair: SyntaxNode }[] {
  node = unwrap(node);
  if (!node || depth > 3) return [];
  if (node.type === 'identifier' || node.type === 'instance_variable') {
    const values = assignedValues(file, node);
    // A hash built in steps: `extra = { … }` then `extra['partner_api_key'] = …`, `extra.merge!(k: v)`.
    const later = keyedWrites(file, node);
    return values.length === 1 ? [...hashEntries(file, values[0], depth + 1), ...later] : later;
  }
  if (node.type !== 'hash') return [];
  return namedChildren(node).filter((p) => p.type === 'pair').map((p) => pairOf(file, p)).filter((e) => e !== undefined);
}

/** `name[:key] = value`, `name['key'] = value` and `name.merge!(key: value)` / `name.store(k, v)` in the scope of the name. */
function keyedWrites(file: RbFile, variable: SyntaxNode): { key: string; keyNode: SyntaxNode; value: SyntaxNode; pair: SyntaxNode }[] {
  const name = textOf(file, variable);
  const scope = scopeOf(variable);
  const found: { key: string; keyNode: SyntaxNode; value: SyntaxNode; pair: SyntaxNode }[] = [];
  walk(scope, (node) => {
    if (node.type === 'assignment') {
      const left = field(node, 'left');
      const value = field(node, 'right');
      if (left?.type === 'element_reference' && value && textOf(file, field(left, 'object') ?? left) === name) {
        const keyNode = namedChildren(left)[1];
        const key = keyNode && (keyNode.type === 'simple_symbol' ? textOf(file, keyNode).slice(1) : stringValue(file, keyNode));
        if (keyNode && key !== undefined) found.push({ key, keyNode, value, pair: node });
      }
    }
    if (node.type === 'call' && /^(merge!|update|store)$/.test(methodName(file, node)) && textOf(file, field(node, 'receiver') ?? node) === name) {
      const args = argumentsOf(file, node);
      for (const pair of args.pairs) found.push({ key: pair.key, keyNode: pair.keyNode, value: pair.value, pair: pair.keyNode });
      const [first, second] = args.positional;
      if (methodName(file, node) === 'store' && first && second) {
        const key = first.type === 'simple_symbol' ? textOf(file, first).slice(1) : stringValue(file, first);
        if (key !== undefined) found.push({ key, keyNode: first, value: second, pair: node });
      } else if (first && textOf(file, first) !== name) found.push(...hashEntries(file, first));
    }
  });
  return found;
}

// ---------------------------------------------------------------------------------------------
// Assignments

const assignmentCache = new WeakMap<SyntaxNode, Map<SyntaxNode, Map<string, SyntaxNode[]>>>();

function scopeOf(node: SyntaxNode): SyntaxNode {
  let p = node.parent;
  while (p && !SCOPES.has(p.type)) p = p.parent;
  return p ?? node;
}

function assignments(file: RbFile): Map<SyntaxNode, Map<string, SyntaxNode[]>> {
  return cached(assignmentCache, file.root, () => {
    const byScope = new Map<SyntaxNode, Map<string, SyntaxNode[]>>();
    walk(file.root, (node) => {
      if (node.type !== 'assignment' && node.type !== 'operator_assignment') return;
      const left = field(node, 'left');
      const right = field(node, 'right');
      if (!left || !right || !['identifier', 'instance_variable', 'constant', 'global_variable', 'class_variable'].includes(left.type)) return;
      // Instance variables and constants are shared by the methods of a class: keep them at file level.
      const scope = left.type === 'identifier' ? scopeOf(node) : file.root;
      let names = byScope.get(scope);
      if (!names) byScope.set(scope, (names = new Map()));
      const name = textOf(file, left);
      names.set(name, [...(names.get(name) ?? []), right]);
    });
    return byScope;
  });
}

export function assignedValues(file: RbFile, node: SyntaxNode): SyntaxNode[] {
  const name = textOf(file, node);
  const byScope = assignments(file);
  if (node.type !== 'identifier') return (byScope.get(file.root)?.get(name) ?? []).filter((v) => !(node.start >= v.start && node.end <= v.end));
  for (let scope: SyntaxNode | undefined = scopeOf(node); scope; scope = scope === file.root || METHODS.has(scope.type) ? undefined : scopeOf(scope)) {
    const values = byScope.get(scope)?.get(name);
    if (values?.length) return values.filter((v) => !(node.start >= v.start && node.end <= v.end));
  }
  return byScope.get(file.root)?.get(name) ?? [];
}

// ---------------------------------------------------------------------------------------------
// Secret values

const CONFIG_ROOT = /^(Rails\.application\.credentials|Rails\.application\.secrets|Rails\.configuration|Rails\.application\.config|Figaro\.env|Settings|ENV|Config|AppConfig|CONFIG|SETTINGS|Chamber\.env)/;

/** The name read from the environment or credentials: `ENV['X']`, `ENV.fetch('X')`, `credentials.dig(:stripe, :secret_key)`. */
export function envReadName(file: RbFile, node: SyntaxNode | undefined): string | undefined {
  node = unwrap(node);
  if (!node) return undefined;
  if (node.type === 'element_reference') {
    const object = dottedName(file, field(node, 'object')) ?? '';
    const key = stringValue(file, namedChildren(node)[1]);
    if (key !== undefined && CONFIG_ROOT.test(object)) return `${object.replace(/^ENV$/, '')}_${key}`.replace(/^_/, '');
  }
  if (node.type === 'call') {
    const name = dottedName(file, node) ?? '';
    if (!CONFIG_ROOT.test(name)) return undefined;
    const method = methodName(file, node);
    const all = argumentsOf(file, node).positional.map((a) => stringValue(file, a));
    // `ENV.fetch('X', nil)`, `credentials.dig(:stripe, :secret_key)`: the leading names (a default may follow).
    const args = method === 'fetch' ? all.slice(0, 1) : all;
    if (['fetch', 'dig', '[]'].includes(method) && args.length && args.every((a) => a !== undefined)) return [name.replace(/^ENV\.fetch$/, '').replace(/\.(fetch|dig)$/, ''), ...args].filter(Boolean).join('_');
    if (!field(node, 'arguments')) return name.replace(/^(Rails\.application\.credentials|Rails\.application\.secrets|Rails\.configuration|Figaro\.env)\.?/, '').replace(/\./g, '_');
  }
  return undefined;
}

function isStripeKeyProperty(file: RbFile, node: SyntaxNode): boolean {
  return node.type === 'call' && /^Stripe\.api_key$/.test(dottedName(file, node) ?? '');
}

/** True when the expression evaluates to a secret (SPEC "secret value"). */
export function isSecretValue(file: RbFile, node: SyntaxNode | undefined, extra: readonly string[] = [], depth = 0): boolean {
  node = unwrap(node);
  if (!node || depth > MAX_DEPTH) return false;
  switch (node.type) {
    case 'string': {
      const value = stringValue(file, node);
      return value !== undefined && isSecretKeyLiteral(value);
    }
    case 'identifier':
    case 'instance_variable':
    case 'constant': {
      const name = textOf(file, node).replace(/^@+/, '');
      if (node.type === 'identifier' && name === 'params') return false;
      if (isSecretName(name, extra)) return true;
      return assignedValues(file, node).some((v) => isSecretValue(file, v, extra, depth + 1));
    }
    case 'element_reference':
    case 'call': {
      if (isStripeKeyProperty(file, node)) return true;
      const env = envReadName(file, node);
      if (env !== undefined) return isSecretEnvName(env, extra);
      if (isRequestInput(file, node)) return false;
      if (node.type === 'element_reference') {
        const key = stringValue(file, namedChildren(node)[1]);
        return key !== undefined && isSecretName(key, extra);
      }
      const method = methodName(file, node);
      const receiver = field(node, 'receiver');
      if (receiver && /^(to_s|strip|chomp|dup|freeze|presence|itself)$/.test(method)) return isSecretValue(file, receiver, extra, depth + 1);
      // An ephemeral key's secret is made for the mobile app (PaymentSheet): returning it is the point.
      if (receiver && method === 'secret' && /ephemeral/i.test(textOf(file, receiver))) return false;
      // `config.stripe_secret_key`, `Settings.stripe.secret_key`: an attribute reader without arguments.
      if (receiver && !field(node, 'arguments') && isSecretName(method, extra)) return true;
      // A bare method call (`stripe_secret_key`) reads like a local.
      if (!receiver && !field(node, 'arguments') && isSecretName(method, extra)) return true;
      return false;
    }
    case 'binary': {
      const op = node.children.find((c) => c.field === 'operator');
      if (op && /^(\|\||or)$/.test(textOf(file, op))) return isSecretValue(file, field(node, 'left'), extra, depth + 1) || isSecretValue(file, field(node, 'right'), extra, depth + 1);
      return false;
    }
    default:
      return false;
  }
}

/** The secret value carried by an expression that may embed it (interpolation, `+`, `format`, hashes). */
export function secretIn(file: RbFile, node: SyntaxNode | undefined, extra: readonly string[] = [], depth = 0): SyntaxNode | undefined {
  node = unwrap(node);
  if (!node || depth > MAX_DEPTH) return undefined;
  if (isSecretValue(file, node, extra)) return node;
  const inner = (n: SyntaxNode | undefined) => secretIn(file, n, extra, depth + 1);
  switch (node.type) {
    case 'string':
      for (const part of node.children) if (part.type === 'interpolation') {
        for (const expr of namedChildren(part)) {
          const found = inner(expr);
          if (found) return found;
        }
      }
      return undefined;
    case 'array':
    case 'argument_list':
    case 'hash':
      for (const child of namedChildren(node)) {
        const found = inner(child.type === 'pair' ? field(child, 'value') : child);
        if (found) return found;
      }
      return undefined;
    case 'pair':
      return inner(field(node, 'value'));
    case 'binary': {
      const op = node.children.find((c) => c.field === 'operator');
      if (op && /^(\+|%|<<)$/.test(textOf(file, op))) return inner(field(node, 'left')) ?? inner(field(node, 'right'));
      return undefined;
    }
    case 'call': {
      const method = methodName(file, node);
      const receiver = field(node, 'receiver');
      if (/^(format|sprintf)$/.test(method) && !receiver) return inner(field(node, 'arguments'));
      if (/^(to_json|inspect|to_s)$/.test(method) && receiver) return inner(receiver);
      if (receiver && /^(JSON\.generate|JSON\.dump)$/.test(`${textOf(file, receiver)}.${method}`)) return inner(field(node, 'arguments'));
      return undefined;
    }
    case 'identifier':
      for (const value of assignedValues(file, node)) if (['string', 'binary'].includes(value.type) && inner(value)) return node;
      return undefined;
    default:
      return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// Request input

/** True when the value comes from the request: `params[...]`, strong params, a parsed request body. */
/** A read of how many items the customer wants: `params[:quantity].to_i`, `params.fetch(:qty)`, `seats`. */
function isQuantityRead(file: RbFile, node: SyntaxNode | undefined, depth = 0): boolean {
  node = unwrap(node);
  if (!node || depth > 4) return false;
  if (node.type === 'identifier') return QUANTITY_NAME.test(textOf(file, node));
  if (node.type === 'element_reference') return QUANTITY_NAME.test(textOf(file, namedChildren(node)[1] ?? node));
  if (node.type !== 'call') return false;
  const receiver = field(node, 'receiver');
  const method = methodName(file, node);
  if (/^(fetch|dig|\[\])$/.test(method)) return QUANTITY_NAME.test(textOf(file, argumentsOf(file, node).positional[0] ?? node));
  if (receiver && /^(to_i|to_f|to_d|abs|round|clamp)$/.test(method)) return isQuantityRead(file, receiver, depth + 1);
  return !receiver && !field(node, 'arguments') && QUANTITY_NAME.test(method);
}

export function isRequestInput(file: RbFile, node: SyntaxNode | undefined, depth = 0): boolean {
  node = unwrap(node);
  if (!node || depth > MAX_DEPTH) return false;
  const again = (n: SyntaxNode | undefined) => isRequestInput(file, n, depth + 1);
  switch (node.type) {
    case 'identifier': {
      const name = textOf(file, node);
      if (name === 'params' || /_params$/.test(name) && !assignedValues(file, node).length) return true;
      return assignedValues(file, node).some((v) => again(v));
    }
    case 'instance_variable':
      return assignedValues(file, node).some((v) => again(v));
    case 'element_reference':
      return again(field(node, 'object'));
    case 'call': {
      const receiver = field(node, 'receiver');
      const method = methodName(file, node);
      const name = dottedName(file, node) ?? '';
      if (/^request\.(params|body|raw_post|POST|GET|query_parameters|request_parameters)/.test(name)) return true;
      // Roda's request is the block parameter `r` of `route do |r|`.
      if (/^r\.(params|body|POST|GET)/.test(name) && /route do \|r\|/.test(file.text)) return true;
      if (!receiver && /^(params|\w+_params)$/.test(method)) return true;
      if (/^JSON\.parse$/.test(`${receiver ? textOf(file, receiver) : ''}.${method}`)) return again(argumentsOf(file, node).positional[0]);
      if (!receiver && /^(Integer|Float|BigDecimal|Rational)$/.test(method)) return again(argumentsOf(file, node).positional[0]);
      if (receiver && /^(to_i|to_f|to_d|to_r|round|ceil|floor|abs|fetch|dig|require|permit|to_h|to_unsafe_h|read|with_indifferent_access|slice|\[\]|to_money|to_cents|cents|fractional)$/.test(method)) return again(receiver);
      if (!receiver && /^(to|convert|normalize|parse)_?\w*(amount|cents|price|money)$|_to_cents$/.test(method)) return again(argumentsOf(file, node).positional[0]);
      return false;
    }
    case 'binary': {
      const op = node.children.find((c) => c.field === 'operator');
      const [left, right] = [field(node, 'left'), field(node, 'right')];
      // A server price times the quantity the customer asked for is still the server's price.
      if (op && textOf(file, op) === '*' && (isQuantityRead(file, left) || isQuantityRead(file, right))) {
        return isQuantityRead(file, left) ? again(right) && !isQuantityRead(file, right) : again(left);
      }
      if (op && /^(\*|\+|-|\/|\|\|)$/.test(textOf(file, op))) return again(left) || again(right);
      return false;
    }
    default:
      return false;
  }
}

// ---------------------------------------------------------------------------------------------
// Stripe

/** `Stripe::PaymentIntent.create(...)`, `client.v1.payment_intents.create(...)`. */
const clientNamesCache = new WeakMap<SyntaxNode, Set<string>>();

/** Names the file binds to a `Stripe::StripeClient.new(...)` (constants, locals, instance variables, without `@`). */
function stripeClientNames(file: RbFile): Set<string> {
  return cached(clientNamesCache, file.root, () => {
    const names = new Set<string>();
    for (const assignment of descendants(file.root, 'assignment')) {
      const right = unwrap(field(assignment, 'right'));
      if (right && isStripeClientCreation(file, right)) names.add(textOf(file, field(assignment, 'left')!).replace(/^@/, ''));
    }
    return names;
  });
}

export function stripeCall(file: RbFile, call: SyntaxNode): { resource: string; method: string } | undefined {
  if (call.type !== 'call') return undefined;
  const name = dottedName(file, call) ?? '';
  let match = /^Stripe::((?:\w+::)*\w+)\.(create|update|modify)$/.exec(name);
  if (match) {
    const resource = match[1]!.split('::').map((p) => p.replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase()).join('.');
    return { resource, method: match[2]! };
  }
  const segments = name.replace(/^@/, '').split('.');
  if (segments.length > 1 && stripeClientNames(file).has(segments[0]!)) segments[0] = 'client';
  const split = splitClientCall(segments, new Set(['create', 'update']));
  return split ? { resource: split.resource.map((p) => p.replace(/s$/, '')).join('.'), method: split.method } : undefined;
}

export function isVerificationCall(file: RbFile, call: SyntaxNode): boolean {
  const name = dottedName(file, call) ?? '';
  return /(^|\.)(construct_event|parse_thin_event|verify_header|verify_signature_header)$/.test(name) || /^Stripe::Event\.retrieve$/.test(name);
}

export function isStripeClientCreation(file: RbFile, node: SyntaxNode): boolean {
  if (node.type === 'call') return /^Stripe::StripeClient\.new$/.test(dottedName(file, node) ?? '');
  if (node.type === 'assignment' || node.type === 'operator_assignment') return dottedName(file, field(node, 'left')) === 'Stripe.api_key';
  return false;
}

// ---------------------------------------------------------------------------------------------
// Sinks

const LOG_RECEIVER = /^(Rails\.logger|logger|@logger|LOGGER|log|Logger|\$logger|\$stdout|\$stderr|STDOUT|STDERR|Sentry|Raven|Honeybadger|Bugsnag|Analytics|analytics|Segment)$/;

/** A log, error or response sink call, or undefined. */
export function isLogSink(file: RbFile, call: SyntaxNode): 'log' | 'response' | 'exception' | undefined {
  if (call.type !== 'call') return undefined;
  const receiver = field(call, 'receiver');
  const method = methodName(file, call);
  if (!receiver) {
    if (/^(puts|p|pp|print|warn|printf|logger)$/.test(method)) return 'log';
    if (/^(render|json|halt|body|send_data|erb)$/.test(method)) return 'response';
    if (/^(raise|fail)$/.test(method)) return 'exception';
    return undefined;
  }
  const object = textOf(file, receiver);
  if (LOG_RECEIVER.test(object) && /^(debug|info|warn|error|fatal|unknown|add|puts|print|write|capture_message|track|identify|notify|log|set_context|set_extras|set_tags|set_user|add_breadcrumb)$/.test(method)) return 'log';
  if (/(^|[.:@$])_?(logger|log)$/i.test(object) && /^(debug|info|warn|error|fatal|unknown|add)$/.test(method)) return 'log';
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Webhook handlers

/** Reads of a Stripe event's type: `event.type`, `event['type']`, `event[:type]`, `params[:type]`. */
export function eventTypeReads(file: RbFile): SyntaxNode[] {
  const reads: SyntaxNode[] = [];
  walk(file.root, (node) => {
    if (node.type === 'call' && methodName(file, node) === 'type' && !field(node, 'arguments')) {
      const receiver = field(node, 'receiver');
      if (receiver && /event/i.test(textOf(file, receiver))) reads.push(node);
    } else if (node.type === 'element_reference' && stringValue(file, namedChildren(node)[1]) === 'type') {
      const object = textOf(file, field(node, 'object')!);
      // `event['type']` anywhere; `params[:type]` / `payload['type']` only where it is dispatched on.
      if (/event/i.test(object) || (/params|payload|data|body|json/i.test(object) && isDispatchedOn(file, node))) reads.push(node);
    }
  });
  return reads;
}

/**
 * The type read is compared only with names that are not Stripe's (`data["type"] == "package_shipped"`,
 * `when "order.created"` of another provider): that payload is not a Stripe event.
 */
function comparedWithOtherNames(file: RbFile, read: SyntaxNode, isEventName: (value: string) => boolean): boolean {
  const names: string[] = [];
  const parent = read.parent;
  if (parent?.type === 'binary' && /^(==|!=)$/.test(textOf(file, parent.children.find((c) => c.field === 'operator') ?? parent))) {
    const other = field(parent, 'left') === read ? field(parent, 'right') : field(parent, 'left');
    const value = stringValue(file, other);
    if (value !== undefined) names.push(value);
  }
  if (parent?.type === 'case' && field(parent, 'value') === read) {
    for (const when of namedChildren(parent).filter((c) => c.type === 'when')) for (const pattern of namedChildren(when).filter((c) => c.type === 'pattern')) {
      const value = stringValue(file, namedChildren(pattern)[0]);
      if (value !== undefined) names.push(value);
    }
  }
  return names.length > 0 && !names.some(isEventName);
}

export function hasStripeEventNames(file: RbFile, isEventName: (value: string) => boolean): boolean {
  let found = false;
  walk(file.root, (node) => {
    if (found) return false;
    if (node.type === 'string') {
      const value = stringValue(file, node);
      if (value !== undefined && isEventName(value)) found = true;
    }
  });
  return found;
}

/** A route block's call: Sinatra/Hanami `post '/webhook' do`, Roda `r.post 'webhook' do` (and `r.on`, `r.is`). */
export function isRouteCall(file: RbFile, call: SyntaxNode): boolean {
  const receiver = field(call, 'receiver');
  const method = methodName(file, call);
  if (!receiver) return /^(post|put|get|patch|route|on)$/.test(method);
  return /^(r|route|routing)$/.test(textOf(file, receiver)) && /^(post|put|patch|is|on)$/.test(method);
}

/** The handler around a node: a method, or a route block (`post '/webhook' do`, Roda `r.post 'webhook' do`). */
export function enclosingHandler(file: RbFile, node: SyntaxNode): SyntaxNode | undefined {
  for (let p = node.parent; p; p = p.parent) {
    if (METHODS.has(p.type)) return p;
    if ((p.type === 'do_block' || p.type === 'block') && p.parent?.type === 'call' && isRouteCall(file, p.parent)) return p.parent;
  }
  return undefined;
}

export function handlerName(file: RbFile, handler: SyntaxNode): SyntaxNode {
  return field(handler, 'name') ?? field(handler, 'method') ?? handler;
}

const methodsCache = new WeakMap<SyntaxNode, SyntaxNode[]>();
const callsCache = new WeakMap<SyntaxNode, SyntaxNode[]>();

export function methods(file: RbFile): SyntaxNode[] {
  return cached(methodsCache, file.root, () => descendants(file.root, METHODS));
}

function callsAndNames(file: RbFile): SyntaxNode[] {
  return cached(callsCache, file.root, () => descendants(file.root, new Set(['call', 'identifier'])));
}

export function readsRequestBody(file: RbFile, handler: SyntaxNode): boolean {
  let found = false;
  walk(handler, (node) => {
    if (found) return false;
    if (node.type === 'identifier' && textOf(file, node) === 'params') found = true;
    if (node.type === 'call' && /^request\.(body|raw_post|params|POST)$/.test(dottedName(file, node) ?? '')) found = true;
    // Hanami actions take the request as a parameter: `def handle(request, response)`, `request.params.to_h`.
    if (node.type === 'call' && /^(req|request)\.params\.(to_h|to_hash)$/.test(dottedName(file, node) ?? '')) found = true;
  });
  return found;
}

/** The handler verifies the signature itself, through a same-file method, or a `before_action`. */
export function isVerifiedWebhook(file: RbFile, handler: SyntaxNode, seen = new Set<SyntaxNode>()): boolean {
  if (seen.has(handler) || seen.size > 20) return false;
  seen.add(handler);
  if (descendants(handler, 'call').some((c) => isVerificationCall(file, c))) return true;
  const local = byNameNearest(file, methods(file), handler, new Set(['class', 'module']));
  // What the handler calls: method calls, and bare identifiers that are not its name, parameters
  // or local variables (`verify_webhook` without parentheses is a call; a `signature` local is not).
  const locals = new Set<string>();
  walk(handler, (node) => {
    if (node.type === 'assignment' && field(node, 'left')?.type === 'identifier') locals.add(textOf(file, field(node, 'left')!));
  });
  for (const param of namedChildren(field(handler, 'parameters'))) locals.add(textOf(file, param).replace(/^[*&]+|[:=].*$/g, ''));
  const called = new Set<string>();
  walk(handler, (node) => {
    if (node.type === 'call') called.add(methodName(file, node));
    else if (node.type === 'identifier' && node !== field(handler, 'name') && !locals.has(textOf(file, node))) called.add(textOf(file, node));
  });
  // before_action :verify_stripe_signature in the controller.
  const klass = ancestor(handler, new Set(['class']));
  if (klass) {
    for (const call of descendants(klass, 'call')) {
      if (/^(before_action|before_filter|prepend_before_action)$/.test(methodName(file, call))) {
        // `only: :create` / `except: [:index]` limit the callback to some actions.
        const action = handler.type === 'call' ? '' : textOf(file, field(handler, 'name')!);
        const names = (value: SyntaxNode | undefined) => (value?.type === 'array' ? namedChildren(value) : value ? [value] : []).map((n) => stringValue(file, n));
        const { pairs } = argumentsOf(file, call);
        const only = pairs.find((p) => p.key === 'only');
        const except = pairs.find((p) => p.key === 'except');
        if ((only && !names(only.value).includes(action)) || (except && names(except.value).includes(action))) continue;
        for (const arg of argumentsOf(file, call).positional) {
          const name = stringValue(file, arg);
          if (name && (looksLikeVerification(name) || (local.get(name) && isVerifiedWebhook(file, local.get(name)!, seen)))) return true;
        }
      }
    }
  }
  for (const name of called) {
    const target = local.get(name);
    if (target && target !== handler) {
      if (isVerifiedWebhook(file, target, seen)) return true;
    } else if (!target && looksLikeVerification(name)) return true;
  }
  // `event = StripeWebhookVerifier.call(request)`, `event = Webhooks.event_from(request)`: a helper of
  // another file that is given the request (or the signature header) can verify it.
  for (const call of descendants(handler, 'call')) {
    const receiver = field(call, 'receiver');
    if (receiver && receiver.type === 'constant' || receiver?.type === 'scope_resolution') {
      if (looksLikeVerification(textOf(file, receiver))) return true;
    }
    if (call.parent?.type !== 'assignment' || !/event/i.test(textOf(file, field(call.parent, 'left')!))) continue;
    if (local.has(methodName(file, call)) || /^(parse|construct_from|new|retrieve|fetch|to_h)$/.test(methodName(file, call))) continue;
    const args = namedChildren(field(call, 'arguments'));
    if (args.some((a) => /^request$/.test(textOf(file, a)) || mentionsSignatureHeader(file, a))) return true;
  }
  return false;
}

/** A string literal's value, directly or through a constant or local (`KEY = 'sk_test_…'`). */
export function literalValue(file: RbFile, node: SyntaxNode | undefined, depth = 0): string | undefined {
  node = unwrap(node);
  if (!node || depth > 3) return undefined;
  if (node.type === 'string') return stringValue(file, node);
  if (node.type === 'identifier' || node.type === 'constant' || node.type === 'instance_variable') {
    const values = assignedValues(file, node);
    return values.length === 1 ? literalValue(file, values[0], depth + 1) : undefined;
  }
  return undefined;
}

/** The whole environment: `ENV`, `ENV.to_h`, `ENV.to_hash`, `ENV.inspect`, `ENV.to_a`, `ENV.to_h.to_json`. */
export function isWholeEnvironment(file: RbFile, node: SyntaxNode | undefined, depth = 0): boolean {
  node = unwrap(node);
  if (!node || depth > MAX_DEPTH) return false;
  if (node.type === 'constant') return textOf(file, node) === 'ENV';
  if (node.type === 'identifier' || node.type === 'instance_variable') return assignedValues(file, node).some((v) => isWholeEnvironment(file, v, depth + 1));
  if (node.type === 'call') {
    const receiver = field(node, 'receiver');
    if (receiver && /^(to_h|to_hash|inspect|to_a|to_s|to_json|dup|clone|sort|pretty_inspect)$/.test(methodName(file, node)) && !field(node, 'arguments')) return isWholeEnvironment(file, receiver, depth + 1);
    // `ENV.map { |k, v| "#{k}=#{v}" }.join("\n")`: every value; `select`/`slice` pick some, not this.
    if (receiver && /^(map|collect|each|each_pair|join|sort_by|flat_map)$/.test(methodName(file, node))) return isWholeEnvironment(file, receiver, depth + 1);
    if (/^JSON\.(generate|dump|pretty_generate)$/.test(dottedName(file, node) ?? '')) return isWholeEnvironment(file, argumentsOf(file, node).positional[0], depth + 1);
  }
  return false;
}

export function wholeEnvironmentIn(file: RbFile, node: SyntaxNode | undefined, depth = 0): SyntaxNode | undefined {
  node = unwrap(node);
  if (!node || depth > MAX_DEPTH) return undefined;
  if (isWholeEnvironment(file, node)) return node;
  if (node.type === 'pair') return wholeEnvironmentIn(file, field(node, 'value'), depth + 1) ? node : undefined;
  if (node.type === 'hash') return namedChildren(node).some((p) => p.type === 'pair' && wholeEnvironmentIn(file, field(p, 'value'), depth + 1)) ? node : undefined;
  if (node.type === 'string') {
    for (const part of node.children) if (part.type === 'interpolation' && namedChildren(part).some((e) => wholeEnvironmentIn(file, e, depth + 1))) return node;
  }
  return undefined;
}

/** Pairs named `name` anywhere inside a call's arguments (nested params too). */
/**
 * Parameters named `names` anywhere in a Stripe call's arguments (nested hashes and arrays, through
 * variables and hashes built in steps). `sink` is where the value enters the call: the value when it
 * is written inside the call, else the argument that carries it.
 */
export function nestedParams(file: RbFile, call: SyntaxNode, names: ReadonlySet<string>): { key: string; keyNode: SyntaxNode; value: SyntaxNode; sink: SyntaxNode }[] {
  const found: { key: string; keyNode: SyntaxNode; value: SyntaxNode; sink: SyntaxNode }[] = [];
  const inside = (node: SyntaxNode) => node.start >= call.start && node.end <= call.end;
  // `written`: reached through a key set in a later statement; reported at the argument (see Python).
  const visit = (node: SyntaxNode | undefined, depth: number, argument: SyntaxNode, written: boolean) => {
    node = unwrap(node);
    if (!node || depth > 6) return;
    if (node.type === 'array') {
      for (const item of namedChildren(node)) visit(item, depth + 1, argument, written);
      return;
    }
    if (node.type === 'identifier') {
      const values = assignedValues(file, node);
      if (values.length === 1 && unwrap(values[0])?.type === 'array') return visit(values[0], depth + 1, argument, written);
    }
    for (const entry of hashEntries(file, node)) {
      const viaWrite = written || entry.pair.type !== 'pair';
      if (names.has(entry.key)) found.push({ key: entry.key, keyNode: entry.keyNode, value: entry.value, sink: inside(entry.value) || !viaWrite ? entry.value : argument });
      visit(entry.value, depth + 1, argument, viaWrite);
    }
  };
  for (const arg of namedChildren(field(call, 'arguments'))) {
    if (arg.type === 'pair') {
      const key = stringValue(file, field(arg, 'key'));
      if (key !== undefined && names.has(key)) found.push({ key, keyNode: field(arg, 'key')!, value: field(arg, 'value')!, sink: field(arg, 'value')! });
      visit(field(arg, 'value'), 1, arg, false);
    } else visit(arg, 1, arg, false);
  }
  return found;
}

export function isStripeApiCall(file: RbFile, call: SyntaxNode): boolean {
  return call.type === 'call' && (!!stripeCall(file, call) || /^Stripe::/.test(dottedName(file, call) ?? ''));
}

/** The body handed to verification is parsed or re-serialised (`params.to_json`, `JSON.generate(...)`). */
export function isParsedBody(file: RbFile, node: SyntaxNode | undefined, depth = 0): boolean {
  node = unwrap(node);
  if (!node || depth > MAX_DEPTH) return false;
  if (node.type === 'identifier') {
    if (textOf(file, node) === 'params') return true;
    return assignedValues(file, node).some((v) => isParsedBody(file, v, depth + 1));
  }
  if (node.type === 'instance_variable') return assignedValues(file, node).some((v) => isParsedBody(file, v, depth + 1));
  if (node.type !== 'call') return false;
  const name = dottedName(file, node) ?? '';
  const method = methodName(file, node);
  if (/^(JSON\.generate|JSON\.dump|JSON\.parse|JSON\.pretty_generate)$/.test(name)) return true;
  if (/^(to_json|to_s|to_h|to_unsafe_h|inspect)$/.test(method) && field(node, 'receiver')) {
    const receiver = field(node, 'receiver')!;
    return method === 'to_json' || isParsedBody(file, receiver, depth + 1) || /params/.test(textOf(file, receiver));
  }
  if (!field(node, 'receiver') && /^(params|\w+_params)$/.test(method)) return true;
  if (/^request\.(params|request_parameters|POST)$/.test(name)) return true;
  return false;
}

/** A rescue/else body stops the handler: return, raise, halt, head, render, redirect_to, status 4xx. */
export function stops(file: RbFile, body: SyntaxNode | undefined): boolean {
  if (!body) return false;
  let found = false;
  walk(body, (node) => {
    if (found || node.type === 'method' || node.type === 'do_block' || node.type === 'block') return false;
    if (node.type === 'return' || node.type === 'next' || node.type === 'break') found = true;
    if (node.type === 'call' && !field(node, 'receiver') && /^(raise|fail|halt|head|render|redirect_to|throw|exit|error!|abort|status)$/.test(methodName(file, node))) found = true;
    // Roda `r.halt(400)`, Rack `response.status = 400` then a halt, Hanami `halt 400`.
    if (node.type === 'call' && field(node, 'receiver') && /^(halt|redirect|throw)$/.test(methodName(file, node)) && /^(r|request|req|self|response)$/.test(textOf(file, field(node, 'receiver')!))) found = true;
  });
  return found;
}

/** Rails controller actions and Sinatra routes that read a Stripe event (directly or through a same-file method). */
export function webhookHandlers(file: RbFile, isEventName: (v: string) => boolean): SyntaxNode[] {
  const handlers = new Set<SyntaxNode>();
  const all = methods(file);
  const handlerCache = new Map<SyntaxNode, boolean>();
  const isHandler = (h: SyntaxNode) => {
    let yes = handlerCache.get(h);
    if (yes === undefined) handlerCache.set(h, (yes = h.type === 'call' || readsRequestBody(file, h)));
    return yes;
  };
  // Who calls whom (by method name), built once.
  const callersByName = new Map<string, SyntaxNode[]>();
  for (const call of callsAndNames(file)) {
    if (call.type === 'identifier' && call.parent?.type === 'call' && call.field === 'method') continue;
    const called = call.type === 'call' ? methodName(file, call) : textOf(file, call);
    const handler = enclosingHandler(file, call);
    if (!handler) continue;
    const list = callersByName.get(called) ?? [];
    if (!list.includes(handler)) list.push(handler);
    callersByName.set(called, list);
  }
  const callers = (m: SyntaxNode) => (m.type === 'call' ? [] : (callersByName.get(textOf(file, field(m, 'name')!)) ?? []).filter((h) => h !== m));
  const constructs = descendants(file.root, 'call').filter((c) => /^Stripe::Event\.construct_from$/.test(dottedName(file, c) ?? ''));
  const reads = hasStripeEventNames(file, isEventName)
    ? eventTypeReads(file).filter((r) => eventFromRequest(file, r.type === 'call' ? field(r, 'receiver') : field(r, 'object')) && !comparedWithOtherNames(file, r, isEventName))
    : [];
  const visited = new Set<SyntaxNode>();
  for (const read of [...reads, ...constructs]) {
    const handler = enclosingHandler(file, read);
    if (!handler || visited.has(handler)) continue;
    visited.add(handler);
    // `@event` set from the request by a `before_action`: the action is the handler.
    const object = read.type === 'call' ? field(read, 'receiver') : field(read, 'object');
    // A private helper that builds the event for the actions calling it: report the actions.
    const privateHelper = METHODS.has(handler.type) && isPrivateMethod(file, handler) && callers(handler).length > 0;
    if (!privateHelper && (isHandler(handler) || (object?.type === 'instance_variable' && METHODS.has(handler.type)))) {
      handlers.add(handler);
      continue;
    }
    // The helper reads the request itself: whoever calls it handles the webhook.
    const helperReadsRequest = privateHelper && isHandler(handler);
    let frontier = [handler];
    for (let level = 0; level < 3 && frontier.length; level++) {
      const next: SyntaxNode[] = [];
      for (const f of frontier) {
        for (const caller of callers(f)) {
          if (visited.has(caller)) continue;
          visited.add(caller);
          if (isHandler(caller) || (helperReadsRequest && level === 0)) handlers.add(caller);
          else next.push(caller);
        }
      }
      frontier = next;
    }
  }
  // A controller action or route named like a webhook that takes the event from the request body.
  if (/stripe/i.test(file.text)) {
    for (const handler of [...methods(file), ...descendants(file.root, 'call').filter((c) => !field(c, 'receiver') && /^(post|put)$/.test(methodName(file, c)) && field(c, 'block'))]) {
      if (handlers.has(handler) || (METHODS.has(handler.type) && isPrivateMethod(file, handler))) continue;
      const klass = ancestor(handler, new Set(['class']));
      const label = `${klass ? textOf(file, field(klass, 'name')!) : ''} ${handler.type === 'call' ? routeLabel(file, handler) : textOf(file, field(handler, 'name')!)}`;
      if (!/webhook|stripe_?event|hook/i.test(label) || /github|gitlab|slack|twilio|paypal|shopify|sendgrid|mailgun|plaid|braintree|paddle|coinbase|discord|telegram|zoom|calendly|hubspot|intercom|postmark/i.test(label)) continue;
      const parsesBody = descendants(handler, 'assignment').some((a) => /event/i.test(textOf(file, field(a, 'left')!)) && eventFromRequest(file, field(a, 'right')));
      if (parsesBody) handlers.add(handler);
    }
  }
  return [...handlers].sort((a, b) => a.start - b.start);
}

// ---------------------------------------------------------------------------------------------
// Rule-level matchers

export function isConstant(node: SyntaxNode | undefined): boolean {
  node = unwrap(node);
  return !node || ['string', 'nil', 'integer', 'true', 'false', 'simple_symbol', 'float'].includes(node.type);
}

/** A signature, HMAC digest or webhook secret: `signature`, `OpenSSL::HMAC.hexdigest(...)`, `headers['X-Signature']`. */
export function isSignatureValue(file: RbFile, node: SyntaxNode | undefined, depth = 0): boolean {
  node = unwrap(node);
  if (!node || depth > 2) return false;
  switch (node.type) {
    case 'identifier':
    case 'instance_variable':
      return isSignatureName(textOf(file, node).replace(/^@/, '')) || assignedValues(file, node).some((v) => isSignatureValue(file, v, depth + 1));
    case 'element_reference': {
      const key = stringValue(file, namedChildren(node)[1]);
      return key !== undefined && isSignatureName(key);
    }
    case 'call': {
      const method = methodName(file, node);
      if (/^OpenSSL::HMAC\.(hexdigest|digest|base64digest)$/.test(dottedName(file, node) ?? '') || /^(hexdigest|digest|base64digest)$/.test(method)) return true;
      // `ENV.fetch("STRIPE_WEBHOOK_SECRET")`, `params.fetch(:signature)`.
      if (method === 'fetch' || method === 'dig') {
        const first = argumentsOf(file, node).positional[0];
        const key = first && (first.type === 'simple_symbol' ? textOf(file, first).slice(1) : stringValue(file, first));
        if (key !== undefined && isSignatureName(key)) return true;
      }
      return !field(node, 'arguments') && isSignatureName(method);
    }
    default:
      return false;
  }
}

/** `a == b` / `a != b` where one side is a signature and the other is not a constant. */
export function signatureComparisons(file: RbFile): { at: SyntaxNode; operator: string; signature: SyntaxNode }[] {
  const found: { at: SyntaxNode; operator: string; signature: SyntaxNode }[] = [];
  walk(file.root, (node) => {
    if (node.type !== 'binary') return;
    const operator = node.children.find((c) => c.field === 'operator');
    if (!operator || !/^(==|!=|===)$/.test(textOf(file, operator))) return;
    const left = field(node, 'left');
    const right = field(node, 'right');
    if (isConstant(left) || isConstant(right)) return;
    const signature = isSignatureValue(file, left) ? left : isSignatureValue(file, right) ? right : undefined;
    if (signature) found.push({ at: node, operator: textOf(file, operator), signature });
  });
  return found;
}

/** Secret values placed in a URL: interpolation, `+` concatenation, and `query:` (or RestClient `params:`) hashes. */
export function secretsInUrls(file: RbFile, extra: readonly string[] = []): SyntaxNode[] {
  const found: SyntaxNode[] = [];
  walk(file.root, (node) => {
    if (node.type === 'string' && node.children.some((c) => c.type === 'interpolation')) {
      let prefix = '';
      for (const part of node.children) {
        if (part.type === 'string_content' || part.type === 'escape_sequence') prefix += textOf(file, part);
        else if (part.type === 'interpolation') {
          const expr = namedChildren(part)[0];
          if (isUrlContext(prefix) && expr && isSecretValue(file, expr, extra)) found.push(expr);
          prefix += '{}';
        }
      }
      return false;
    }
    // `format('%s/imports?api_key=%s', base, key)`, `sprintf(…)`, `'…?key=%s' % key`.
    const formatted = node.type === 'call' && !field(node, 'receiver') && /^(format|sprintf)$/.test(methodName(file, node)) ? argumentsOf(file, node).positional : undefined;
    const percent = node.type === 'binary' && textOf(file, node.children.find((c) => c.field === 'operator') ?? node) === '%' ? [field(node, 'left')!, field(node, 'right')!] : undefined;
    const [template, ...rest] = formatted ?? percent ?? [];
    const text = template?.type === 'string' ? stringValue(file, template) : undefined;
    if (text !== undefined) {
      const values = percent && unwrap(rest[0])?.type === 'array' ? namedChildren(unwrap(rest[0])!) : rest;
      placeholderPrefixes(text).forEach((prefix, i) => {
        const value = values[i];
        if (value && isUrlContext(prefix) && isSecretValue(file, value, extra)) found.push(value);
      });
    }
    if (node.type === 'binary' && node.parent?.type !== 'binary') {
      const parts: SyntaxNode[] = [];
      const stack = [node];
      while (stack.length) {
        const n = stack.pop()!;
        const op = n.children.find((c) => c.field === 'operator');
        if (n.type === 'binary' && op && textOf(file, op) === '+') stack.push(field(n, 'right')!, field(n, 'left')!);
        else parts.push(n);
      }
      if (parts.length < 2) return;
      let prefix = '';
      for (const part of parts) {
        const literal = part.type === 'string' ? stringValue(file, part) : undefined;
        if (literal !== undefined) prefix += literal;
        else if (part.type === 'string') {
          // `"/v1/rates?zip=#{zip}&key=" + key`: its text counts as the URL's, its values as `{}`.
          for (const piece of part.children) prefix += piece.type === 'interpolation' ? '{}' : piece.type === 'string_content' || piece.type === 'escape_sequence' ? textOf(file, piece) : '';
        } else {
          if (isUrlContext(prefix) && isSecretValue(file, part, extra)) found.push(part);
          prefix += '{}';
        }
      }
      return;
    }
    // `uri.query = URI.encode_www_form(api_key: key, …)`
    if (node.type === 'assignment' && /(^|\.)query$/.test(dottedName(file, field(node, 'left')) ?? '')) {
      const right = unwrap(field(node, 'right'));
      if (right?.type === 'call' && /^URI\.encode_(www_form|www_form_component)$/.test(dottedName(file, right) ?? '')) {
        for (const pair of argumentsOf(file, right).pairs) if (isSecretValue(file, pair.value, extra)) found.push(pair.value);
      }
    }
    if (node.type === 'call') {
      for (const pair of argumentsOf(file, node).pairs) {
        if (pair.key !== 'query' && !(pair.key === 'params' && /^RestClient/.test(dottedName(file, node) ?? ''))) continue;
        for (const entry of hashEntries(file, pair.value)) if (isSecretValue(file, entry.value, extra)) found.push(entry.value);
      }
    }
  });
  return found;
}

export type Bypass = { at: SyntaxNode; kind: 'swallowed' | 'headerOptional' | 'tolerance'; value?: string };

function followingStatements(node: SyntaxNode): SyntaxNode[] {
  const siblings = node.parent ? node.parent.children.filter((c) => c.named && c.type !== 'comment') : [];
  return siblings.slice(siblings.indexOf(node) + 1);
}

const HANDLER_SCOPES = new Set(['method', 'singleton_method', 'do_block', 'block']);

/** Verification whose failure does not stop the handler (see the Python twin). */
export function bypassedVerifications(file: RbFile): Bypass[] {
  const found: Bypass[] = [];
  for (const call of descendants(file.root, 'call')) {
    if (!/(^|\.)construct_event$/.test(dottedName(file, call) ?? '')) continue;
    const args = argumentsOf(file, call);
    const tolerance = args.pairs.find((p) => p.key === 'tolerance')?.value ?? args.positional[3];
    const constant = tolerance && (tolerance.type === 'identifier' || tolerance.type === 'constant') ? assignedValues(file, tolerance) : [];
    const value = constant.length === 1 ? constant[0]! : tolerance;
    if (tolerance && value && isUnsafeTolerance(textOf(file, value), value.type)) found.push({ at: tolerance, kind: 'tolerance', value: textOf(file, value) });
    const begin = ancestor(call, new Set(['begin']), HANDLER_SCOPES);
    if (begin) {
      // `event = begin … rescue … end`: the begin's value is assigned, and the handler goes on after that.
      const holder = begin.parent?.type === 'assignment' && field(begin.parent, 'right') === begin ? begin.parent : undefined;
      const assigned = call.parent?.type === 'assignment' ? textOf(file, field(call.parent, 'left')!) : holder ? textOf(file, field(holder, 'left')!) : undefined;
      const after = followingStatements(holder ?? begin);
      const checked = !!assigned && after.some((s) => /^(if|unless|if_modifier|unless_modifier)$/.test(s.type) && textOf(file, field(s, 'condition')!).includes(assigned) && stops(file, field(s, 'consequence') ?? field(s, 'body')));
      const goesOn = !checked && after.some((s) => s.type !== 'return' && (!assigned || descendants(s, new Set(['identifier', 'instance_variable'])).some((i) => textOf(file, i) === assigned)));
      if (goesOn) for (const rescue of namedChildren(begin).filter((c) => c.type === 'rescue')) if (!stops(file, field(rescue, 'body'))) found.push({ at: rescue, kind: 'swallowed' });
    }
    const conditional = ancestor(call, new Set(['if', 'unless', 'if_modifier', 'unless_modifier']), HANDLER_SCOPES);
    const condition = conditional ? field(conditional, 'condition') : undefined;
    if (conditional && condition && (mentionsSignatureHeader(file, condition) || mentionsWebhookSecret(file, condition))) {
      const consequence = field(conditional, 'consequence') ?? field(conditional, 'body');
      const inConsequence = !!consequence && call.start >= consequence.start && call.end <= consequence.end;
      const other = inConsequence ? field(conditional, 'alternative') : consequence;
      const assignment = call.parent?.type === 'assignment' ? call.parent : undefined;
      const earlier = assignment ? assignedValues(file, field(assignment, 'left')!).filter((v) => v.end <= conditional.start && v.type !== 'nil') : [];
      const unguarded = other ? !stops(file, other) : followingStatements(conditional).length > 0 && (mentionsSignatureHeader(file, condition) || earlier.length > 0);
      if (unguarded) found.push({ at: condition, kind: 'headerOptional' });
    }
  }
  return found;
}

/** `Stripe.api_version = …` / `stripe_version:` pins, and the places that set the key or build a client. */
export function apiVersionPins(file: RbFile): { pinned: boolean; sites: SyntaxNode[] } {
  const sites: SyntaxNode[] = [];
  let pinned = false;
  walk(file.root, (node) => {
    if (node.type === 'assignment' || node.type === 'operator_assignment') {
      const left = dottedName(file, field(node, 'left'));
      if (left === 'Stripe.api_version' && field(node, 'right')?.type !== 'nil') pinned = true;
      if (left === 'Stripe.api_key') sites.push(node);
    } else if (node.type === 'pair' && stringValue(file, field(node, 'key')) === 'stripe_version' && field(node, 'value')?.type !== 'nil') pinned = true;
    else if (node.type === 'call' && isStripeClientCreation(file, node)) sites.push(node);
  });
  return { pinned, sites };
}

/** Arguments that reach a log, error or response sink (`status:` and the like left out). */
export function sinkArguments(file: RbFile): { argument: SyntaxNode; kind: 'log' | 'response' | 'exception' }[] {
  const found: { argument: SyntaxNode; kind: 'log' | 'response' | 'exception' }[] = [];
  walk(file.root, (node) => {
    if (node.type !== 'call') return;
    const kind = isLogSink(file, node);
    if (!kind) return;
    for (const argument of namedChildren(field(node, 'arguments'))) {
      if (argument.type === 'pair' && /^(status|location|content_type|layout|allow_other_host)$/.test(stringValue(file, field(argument, 'key')) ?? '')) continue;
      found.push({ argument, kind });
    }
    // `Rails.logger.debug { "…#{key}" }`: the block's value is the message.
    const block = field(node, 'block');
    if (kind === 'log' && block) for (const statement of namedChildren(field(block, 'body'))) found.push({ argument: statement, kind });
  });
  // Hanami/Rack `response.body = value`, Rails `self.response_body = value`.
  for (const assignment of descendants(file.root, 'assignment')) {
    if (/^(response\.body|res\.body|self\.response_body|response_body)$/.test(dottedName(file, field(assignment, 'left')) ?? '') && field(assignment, 'right')) found.push({ argument: field(assignment, 'right')!, kind: 'response' });
  }
  // A Sinatra route answers with the value of its block's last expression.
  for (const route of descendants(file.root, 'call')) {
    if (field(route, 'receiver') || !/^(get|post|put|patch|delete)$/.test(methodName(file, route))) continue;
    const body = field(field(route, 'block'), 'body');
    const last = namedChildren(body).filter((c) => c.type !== 'comment').pop();
    if (last && !(last.type === 'call' && isLogSink(file, last))) found.push({ argument: last, kind: 'response' });
  }
  return found;
}

export function metadataEntries(file: RbFile): { key: string; value: SyntaxNode; at: SyntaxNode; valueAt: SyntaxNode }[] {
  const entries: { key: string; value: SyntaxNode; at: SyntaxNode; valueAt: SyntaxNode }[] = [];
  for (const call of descendants(file.root, 'call')) {
    if (!isStripeApiCall(file, call)) continue;
    for (const metadata of nestedParams(file, call, new Set(['metadata']))) {
      const inline = unwrap(metadata.value)?.type === 'hash';
      for (const e of hashEntries(file, metadata.value)) entries.push({ key: e.key, value: e.value, at: inline ? e.keyNode : metadata.value, valueAt: inline ? e.value : metadata.value });
    }
  }
  return entries;
}

export function authorizeUrlsWithoutState(file: RbFile): SyntaxNode[] {
  const found: SyntaxNode[] = [];
  walk(file.root, (node) => {
    if (node.type === 'string' && STRIPE_AUTHORIZE_URL.test(textOf(file, node))) {
      if (!authorizeUrlHasState(file, node, ancestor(node, METHODS) ?? file.root)) found.push(node);
      return false;
    }
    if (node.type === 'call' && /^Stripe::OAuth\.authorize_url$/.test(dottedName(file, node) ?? '') && !argumentsOf(file, node).pairs.some((p) => p.key === 'state')) found.push(node);
  });
  return found;
}

/** A token the application issues to its own client: returning it is a login, not a leak (see the Python twin). */
export function isIssuedToken(file: RbFile, node: SyntaxNode): boolean {
  if (envReadName(file, node) !== undefined || isStripeKeyProperty(file, node)) return false;
  const name = node.type === 'call' ? methodName(file, node) : node.type === 'element_reference' ? (stringValue(file, namedChildren(node)[1]) ?? '') : textOf(file, node).replace(/^@+/, '');
  const words = wordsOf(name);
  return words.includes('token') && !words.some((w) => ['secret', 'api', 'stripe', 'private', 'key'].includes(w));
}

function isParameterOf(file: RbFile, identifier: SyntaxNode): 'method' | 'block' | undefined {
  const name = textOf(file, identifier);
  for (let p = identifier.parent; p; p = p.parent) {
    const params = p.type === 'method' || p.type === 'singleton_method' ? field(p, 'parameters') : p.type === 'do_block' || p.type === 'block' ? field(p, 'parameters') : undefined;
    if (params && descendants(params, 'identifier').some((i) => textOf(file, i) === name)) return p.type === 'method' || p.type === 'singleton_method' ? 'method' : 'block';
    if (METHODS.has(p.type)) return undefined;
  }
  return undefined;
}

/** The event may come from the request (see the Python twin); a block parameter over `Stripe::Event.list` does not. */
export function eventFromRequest(file: RbFile, node: SyntaxNode | undefined, depth = 0): boolean {
  node = unwrap(node);
  if (!node || depth > MAX_DEPTH) return false;
  if (isRequestInput(file, node)) return true;
  switch (node.type) {
    case 'identifier':
    case 'instance_variable': {
      const parameter = node.type === 'identifier' ? isParameterOf(file, node) : undefined;
      if (parameter) return parameter === 'method';
      return assignedValues(file, node).some((v) => eventFromRequest(file, v, depth + 1));
    }
    case 'element_reference':
      return eventFromRequest(file, field(node, 'object'), depth + 1);
    case 'call': {
      const name = dottedName(file, node) ?? '';
      if (/(construct_from|construct_event|JSON\.parse|from_json)$/.test(name) || /^request\.(body|raw_post)/.test(name)) return true;
      const receiver = field(node, 'receiver');
      return !!receiver && /^(data|object|with_indifferent_access|to_h|deep_symbolize_keys|symbolize_keys)$/.test(methodName(file, node)) && eventFromRequest(file, receiver, depth + 1);
    }
    default:
      return false;
  }
}

/** `post '/webhook'` for a Sinatra route call. */
export function routeLabel(file: RbFile, route: SyntaxNode): string {
  const first = argumentsOf(file, route).positional[0];
  return `${methodName(file, route)}${first ? ` ${textOf(file, first).slice(0, 80)}` : ''}`;
}

/** The literal a Stripe key is set from (see the Python twin): `'sk_…'`, a constant, or a key-shaped fallback. */
export function keyLiteralOf(file: RbFile, node: SyntaxNode | undefined): { value: string; at: SyntaxNode } | undefined {
  node = unwrap(node);
  if (!node) return undefined;
  const value = literalValue(file, node);
  if (value !== undefined) return isUsableKeyLiteral(value) ? { value, at: node } : undefined;
  let fallback: SyntaxNode | undefined;
  const op = node.type === 'binary' ? node.children.find((c) => c.field === 'operator') : undefined;
  if (op && /^(\|\||or)$/.test(textOf(file, op))) fallback = field(node, 'right');
  if (node.type === 'call' && /^ENV\.fetch$/.test(dottedName(file, node) ?? '')) {
    fallback = argumentsOf(file, node).positional[1];
    const block = field(node, 'block');
    if (!fallback && block) fallback = namedChildren(field(block, 'body')).pop();
  }
  const text = fallback?.type === 'string' ? stringValue(file, fallback) : undefined;
  return fallback && text !== undefined && looksLikeSecretKey(text) ? { value: text, at: fallback } : undefined;
}

/** A value that is switched on: a `case` subject, compared with `==`, or kept in a `…type` / `…event…` variable. */
function isDispatchedOn(file: RbFile, node: SyntaxNode): boolean {
  const parent = node.parent;
  if (!parent) return false;
  if (parent.type === 'case' && field(parent, 'value') === node) return true;
  if (parent.type === 'binary') return /^(==|!=|===)$/.test(textOf(file, parent.children.find((c) => c.field === 'operator') ?? parent));
  if (parent.type === 'assignment') return /type|event/i.test(textOf(file, field(parent, 'left')!));
  return false;
}

/** A method below a bare `private` in its class body (a helper, not an action). */
export function isPrivateMethod(file: RbFile, method: SyntaxNode): boolean {
  const siblings = method.parent ? namedChildren(method.parent) : [];
  let isPrivate = false;
  for (const sibling of siblings) {
    if (sibling === method) return isPrivate;
    const name = sibling.type === 'identifier' ? textOf(file, sibling) : sibling.type === 'call' && !field(sibling, 'receiver') && !field(sibling, 'arguments') ? methodName(file, sibling) : '';
    if (name === 'private' || name === 'protected') isPrivate = true;
    if (name === 'public') isPrivate = false;
  }
  return false;
}
