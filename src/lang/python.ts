/**
 * The Python vocabulary: the same words as src/lang/js.ts (isSecretValue, isRequestInput, …) over
 * tree-sitter-python nodes. Values are followed through assignments in the same function (then the
 * module), never through calls to user functions (a server-side price lookup is not the request),
 * unit conversions (`to_cents(…)`) aside.
 */
import {
  MAX_DEPTH, ancestor, cached, descendants, field, isSecretEnvName, isSecretName, isSignatureName, isUnsafeTolerance, isUrlContext, looksLikeVerification,
  authorizeUrlHasState, byNameNearest, isUsableKeyLiteral, QUANTITY_NAME, mentionsSignatureHeader, placeholderPrefixes, mentionsWebhookSecret, namedChildren, splitClientCall, STRIPE_AUTHORIZE_URL, textOf, walk, wordsOf, type SyntaxNode, type TreeSitterFile,
} from './tree-sitter-helpers.js';
import { isSecretKeyLiteral, looksLikeSecretKey } from '../secrets.js';

export type PyFile = TreeSitterFile<'python'>;

const FUNCTION = new Set(['function_definition', 'lambda']);

/** `stripe.checkout.Session.create` for attribute chains; undefined for anything else. */
export function dottedName(file: PyFile, node: SyntaxNode | undefined): string | undefined {
  if (!node) return undefined;
  if (node.type === 'identifier') return textOf(file, node);
  if (node.type === 'attribute') {
    const object = dottedName(file, field(node, 'object'));
    const attr = field(node, 'attribute');
    return object && attr ? `${object}.${textOf(file, attr)}` : undefined;
  }
  if (node.type === 'call') {
    const callee = dottedName(file, field(node, 'function'));
    return callee ? `${callee}()` : undefined;
  }
  return undefined;
}

export function calleeOf(file: PyFile, call: SyntaxNode): string {
  return dottedName(file, field(call, 'function')) ?? '';
}

/** The contents of a plain string literal (no interpolation), else undefined. */
export function stringValue(file: PyFile, node: SyntaxNode | undefined): string | undefined {
  if (!node) return undefined;
  if (node.type === 'concatenated_string') {
    const parts = namedChildren(node).map((n) => stringValue(file, n));
    return parts.every((p) => p !== undefined) ? parts.join('') : undefined;
  }
  if (node.type !== 'string' || node.children.some((c) => c.type === 'interpolation')) return undefined;
  return node.children.filter((c) => c.type === 'string_content' || c.type === 'escape_sequence').map((c) => textOf(file, c)).join('');
}

export function isStringLiteral(node: SyntaxNode | undefined): boolean {
  return !!node && (node.type === 'string' || node.type === 'concatenated_string');
}

export function unwrap(node: SyntaxNode | undefined): SyntaxNode | undefined {
  while (node && (node.type === 'parenthesized_expression' || node.type === 'await')) node = namedChildren(node)[0];
  return node;
}

/** Arguments of a call: positional nodes and keyword values by name. */
export function argumentsOf(file: PyFile, call: SyntaxNode): { positional: SyntaxNode[]; keywords: Map<string, SyntaxNode>; keywordNodes: SyntaxNode[] } {
  const list = field(call, 'arguments');
  const positional: SyntaxNode[] = [];
  const keywords = new Map<string, SyntaxNode>();
  const keywordNodes: SyntaxNode[] = [];
  for (const arg of namedChildren(list)) {
    if (arg.type === 'keyword_argument') {
      const name = field(arg, 'name');
      const value = field(arg, 'value');
      if (name && value) keywords.set(textOf(file, name), value);
      keywordNodes.push(arg);
    } else if (arg.type !== 'list_splat' && arg.type !== 'dictionary_splat') positional.push(arg);
  }
  return { positional, keywords, keywordNodes };
}

/** A dictionary's entries with plain string keys. */
export function dictEntries(file: PyFile, dict: SyntaxNode | undefined): { key: string; keyNode: SyntaxNode; value: SyntaxNode; pair: SyntaxNode }[] {
  if (!dict || dict.type !== 'dictionary') return [];
  const entries = [];
  for (const pair of namedChildren(dict)) {
    if (pair.type !== 'pair') continue;
    const keyNode = field(pair, 'key');
    const value = field(pair, 'value');
    const key = stringValue(file, keyNode);
    if (keyNode && value && key !== undefined) entries.push({ key, keyNode, value, pair });
  }
  return entries;
}

/** Entries of `dict(a=1)` calls and `{...}` literals alike. */
export function mappingEntries(file: PyFile, node: SyntaxNode | undefined): { key: string; keyNode: SyntaxNode; value: SyntaxNode; pair: SyntaxNode }[] {
  node = unwrap(node);
  if (!node) return [];
  if (node.type === 'dictionary') return dictEntries(file, node);
  if (node.type === 'call' && calleeOf(file, node) === 'dict') {
    return argumentsOf(file, node).keywordNodes.map((k) => ({ key: textOf(file, field(k, 'name')!), keyNode: field(k, 'name')!, value: field(k, 'value')!, pair: k }));
  }
  if (node.type === 'identifier') {
    const values = assignedValues(file, node);
    // A dict built in steps: `extra = {...}` then `extra["ssn"] = kyc["ssn"]`, `extra.update(plan=…)`.
    const later = keyedWrites(file, node);
    if (values.length === 1) return [...mappingEntries(file, values[0]), ...later];
    if (values.length > 1) return later;
  }
  return [];
}

/** `name["key"] = value` and `name.update(key=value)` / `name.update({...})` in the scope of the name. */
function keyedWrites(file: PyFile, identifier: SyntaxNode): { key: string; keyNode: SyntaxNode; value: SyntaxNode; pair: SyntaxNode }[] {
  const name = textOf(file, identifier);
  const scope = ancestor(identifier, FUNCTION) ?? file.root;
  const found: { key: string; keyNode: SyntaxNode; value: SyntaxNode; pair: SyntaxNode }[] = [];
  for (const assignment of descendants(scope, 'assignment')) {
    const left = field(assignment, 'left');
    const value = field(assignment, 'right');
    if (left?.type !== 'subscript' || !value || textOf(file, field(left, 'value') ?? left) !== name) continue;
    const keyNode = field(left, 'subscript');
    const key = stringValue(file, keyNode);
    if (keyNode && key !== undefined) found.push({ key, keyNode, value, pair: assignment });
  }
  for (const call of descendants(scope, 'call')) {
    const fn = field(call, 'function');
    if (fn?.type !== 'attribute' || textOf(file, field(fn, 'attribute')!) !== 'update' || textOf(file, field(fn, 'object')!) !== name) continue;
    const args = argumentsOf(file, call);
    for (const k of args.keywordNodes) found.push({ key: textOf(file, field(k, 'name')!), keyNode: field(k, 'name')!, value: field(k, 'value')!, pair: k });
    if (args.positional[0] && textOf(file, args.positional[0]) !== name) found.push(...mappingEntries(file, args.positional[0]));
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// Assignments

interface Assignments {
  /** scope node → name → assigned values, in order. */
  byScope: Map<SyntaxNode, Map<string, SyntaxNode[]>>;
}
const assignmentCache = new WeakMap<SyntaxNode, Assignments>();

function scopeOf(node: SyntaxNode): SyntaxNode {
  let p = node.parent;
  while (p && !FUNCTION.has(p.type) && p.type !== 'module') p = p.parent;
  return p ?? node;
}

function assignments(file: PyFile): Assignments {
  return cached(assignmentCache, file.root, () => {
    const byScope = new Map<SyntaxNode, Map<string, SyntaxNode[]>>();
    const add = (scope: SyntaxNode, name: string, value: SyntaxNode) => {
      let names = byScope.get(scope);
      if (!names) byScope.set(scope, (names = new Map()));
      const list = names.get(name) ?? [];
      list.push(value);
      names.set(name, list);
    };
    walk(file.root, (node) => {
      if (node.type === 'assignment' || node.type === 'augmented_assignment') {
        const left = field(node, 'left');
        const right = field(node, 'right');
        if (left && right && (left.type === 'identifier' || left.type === 'attribute')) add(scopeOf(node), textOf(file, left), right);
      } else if (node.type === 'named_expression') {
        const name = field(node, 'name');
        const value = field(node, 'value');
        if (name && value) add(scopeOf(node), textOf(file, name), value);
      }
    });
    return { byScope };
  });
}

/** The values assigned to an identifier (or `self.x`) in its function, else at module level. */
export function assignedValues(file: PyFile, node: SyntaxNode): SyntaxNode[] {
  const name = textOf(file, node);
  const { byScope } = assignments(file);
  for (let scope: SyntaxNode | undefined = scopeOf(node); scope; scope = scope.type === 'module' ? undefined : scopeOf(scope)) {
    const values = byScope.get(scope)?.get(name);
    if (values?.length) return values.filter((v) => !isInside(node, v));
  }
  // `self.x` set in another method of the class.
  if (node.type === 'attribute') {
    for (const names of byScope.values()) {
      const values = names.get(name);
      if (values?.length) return values;
    }
  }
  return [];
}

function isInside(node: SyntaxNode, container: SyntaxNode): boolean {
  return node.start >= container.start && node.end <= container.end;
}

// ---------------------------------------------------------------------------------------------
// Secret values

const ENV_CONTAINERS = /^(os\.environ|environ|os\.environ\.copy\(\)|(\w+\.)*config|(\w+\.)*settings|(\w+\.)*secrets|st\.secrets|env|CONFIG|SETTINGS)$/;
const ENV_GETTERS = /^(os\.getenv|getenv|os\.environ\.get|environ\.get|os\.environ\.setdefault|env|env\.str|config|(\w+\.)*config\.get|(\w+\.)*settings\.get|(\w+\.)*secrets\.get|get_secret|get_env|getenv_or_fail|decouple\.config)$/;

/** The name read from the environment or a config object (`os.environ["X"]`, `os.getenv("X")`, `settings.X`). */
export function envReadName(file: PyFile, node: SyntaxNode | undefined): string | undefined {
  node = unwrap(node);
  if (!node) return undefined;
  if (node.type === 'subscript') {
    const container = dottedName(file, field(node, 'value'));
    const key = stringValue(file, field(node, 'subscript'));
    if (container && key !== undefined && ENV_CONTAINERS.test(container)) return key;
  }
  if (node.type === 'call') {
    const callee = calleeOf(file, node);
    const first = argumentsOf(file, node).positional[0];
    const key = stringValue(file, first);
    if (key !== undefined && ENV_GETTERS.test(callee)) return key;
  }
  if (node.type === 'attribute') {
    const object = dottedName(file, field(node, 'object'));
    if (object && /(^|\.)(settings|config|conf|app\.config)$/i.test(object)) return textOf(file, field(node, 'attribute')!);
  }
  return undefined;
}

/** `stripe.api_key` (and a StripeClient's key): the Stripe client's key is a secret value. */
function isStripeKeyProperty(file: PyFile, node: SyntaxNode): boolean {
  return node.type === 'attribute' && /^stripe\.(api_key|client_secret)$/.test(dottedName(file, node) ?? '');
}

/** True when the expression evaluates to a secret (SPEC "secret value"). */
export function isSecretValue(file: PyFile, node: SyntaxNode | undefined, extra: readonly string[] = [], depth = 0): boolean {
  node = unwrap(node);
  if (!node || depth > MAX_DEPTH) return false;
  switch (node.type) {
    case 'string':
    case 'concatenated_string': {
      const value = stringValue(file, node);
      return value !== undefined && isSecretKeyLiteral(value);
    }
    case 'identifier': {
      const name = textOf(file, node);
      if (isSecretName(name, extra)) return true;
      return assignedValues(file, node).some((v) => isSecretValue(file, v, extra, depth + 1));
    }
    case 'attribute': {
      if (isStripeKeyProperty(file, node)) return true;
      const env = envReadName(file, node);
      if (env !== undefined && isSecretEnvName(env, extra)) return true;
      const attr = field(node, 'attribute');
      // An ephemeral key's secret is made for the mobile app (PaymentSheet): returning it is the point.
      if (attr && textOf(file, attr) === 'secret' && /ephemeral/i.test(textOf(file, field(node, 'object')!))) return false;
      if (attr && isSecretName(textOf(file, attr), extra) && !isRequestInput(file, field(node, 'object'))) return true;
      if (textOf(file, field(node, 'object')!) === 'self') return assignedValues(file, node).some((v) => isSecretValue(file, v, extra, depth + 1));
      return false;
    }
    case 'subscript': {
      const env = envReadName(file, node);
      if (env !== undefined) return isSecretEnvName(env, extra);
      const key = stringValue(file, field(node, 'subscript'));
      return key !== undefined && isSecretName(key, extra) && !isRequestInput(file, field(node, 'value'));
    }
    case 'call': {
      const env = envReadName(file, node);
      if (env !== undefined) return isSecretEnvName(env, extra);
      const callee = calleeOf(file, node);
      // Wrappers that keep the whole value: str(key), key.strip(), key.encode().
      if (callee === 'str') return isSecretValue(file, argumentsOf(file, node).positional[0], extra, depth + 1);
      // A query string built from a mapping carries its values: `urlencode({"api_key": key})`.
      if (/(^|\.)urlencode$/.test(callee)) return mappingEntries(file, argumentsOf(file, node).positional[0]).some((e) => isSecretValue(file, e.value, extra, depth + 1));
      const fn = field(node, 'function');
      if (fn?.type === 'attribute' && /^(strip|rstrip|lstrip|encode|decode)$/.test(textOf(file, field(fn, 'attribute')!))) {
        return isSecretValue(file, field(fn, 'object'), extra, depth + 1);
      }
      return false;
    }
    case 'boolean_operator':
      return isSecretValue(file, field(node, 'left'), extra, depth + 1) || isSecretValue(file, field(node, 'right'), extra, depth + 1);
    case 'conditional_expression':
      return namedChildren(node).slice(0, 1).concat(namedChildren(node).slice(2)).some((n) => isSecretValue(file, n, extra, depth + 1));
    default:
      return false;
  }
}

/**
 * The secret value carried by an expression that may embed it (f-strings, `+`, `%`, `.format`,
 * `str()`, dict/list displays, keyword arguments). Slices, `len()`, `bool()`, comparisons and other
 * calls do not carry it.
 */
export function secretIn(file: PyFile, node: SyntaxNode | undefined, extra: readonly string[] = [], depth = 0): SyntaxNode | undefined {
  node = unwrap(node);
  if (!node || depth > MAX_DEPTH) return undefined;
  if (isSecretValue(file, node, extra)) return node;
  const inner = (n: SyntaxNode | undefined) => secretIn(file, n, extra, depth + 1);
  switch (node.type) {
    case 'string':
      for (const part of node.children) if (part.type === 'interpolation') {
        const found = inner(field(part, 'expression'));
        if (found) return found;
      }
      return undefined;
    case 'concatenated_string':
    case 'list':
    case 'tuple':
    case 'expression_list':
    case 'argument_list':
    case 'set':
      for (const child of namedChildren(node)) {
        const found = inner(child);
        if (found) return found;
      }
      return undefined;
    case 'dictionary':
      for (const pair of namedChildren(node)) {
        const found = pair.type === 'pair' ? inner(field(pair, 'value')) : undefined;
        if (found) return found;
      }
      return undefined;
    case 'keyword_argument':
      return inner(field(node, 'value'));
    case 'binary_operator':
      return inner(field(node, 'left')) ?? inner(field(node, 'right'));
    case 'call': {
      const callee = calleeOf(file, node);
      const fn = field(node, 'function');
      if (['str', 'repr', 'dict', 'json.dumps', 'format'].includes(callee)) return inner(field(node, 'arguments'));
      if (fn?.type === 'attribute' && textOf(file, field(fn, 'attribute')!) === 'format') {
        return inner(field(fn, 'object')) ?? inner(field(node, 'arguments'));
      }
      return undefined;
    }
    case 'identifier':
      // A local that holds a string built from a secret: `url = f"...{key}"`.
      for (const value of assignedValues(file, node)) {
        if (['string', 'binary_operator', 'concatenated_string', 'call'].includes(value.type) && inner(value)) return node;
      }
      return undefined;
    default:
      return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// Request input

// `app.current_request`: Chalice.
const REQUEST_OBJECT = /^(self\.)?(request|req|flask\.request)$|^(\w+\.)?current_request$/;
const REQUEST_FIELDS = /^(json|form|args|values|data|get_json|POST|GET|body|query_params|query|files|stream|get_data|params|match_info|path_params|cookies|content|text|json_body|raw_body|uri_params)$/;
const ROUTE_DECORATOR = /\.(route|get|post|put|patch|delete|api_route|websocket)$|^(api_view|require_POST|require_http_methods|csrf_exempt|login_required)$/;
const NOT_REQUEST_PARAMS = /^(self|cls|request|req|db|session|background_tasks|response|current_user|user|settings|config|app|logger|stripe|client|_?context|ctx)$/;

/** A read of how many items the customer wants: `data["quantity"]`, `int(form.get("qty", 1))`, `seats`. */
function isQuantityRead(file: PyFile, node: SyntaxNode | undefined, depth = 0): boolean {
  node = unwrap(node);
  if (!node || depth > 4) return false;
  if (node.type === 'identifier') return QUANTITY_NAME.test(textOf(file, node));
  if (node.type === 'subscript') return QUANTITY_NAME.test(stringValue(file, field(node, 'subscript')) ?? '');
  if (node.type === 'attribute') return QUANTITY_NAME.test(textOf(file, field(node, 'attribute')!));
  if (node.type !== 'call') return false;
  const fn = field(node, 'function');
  const first = argumentsOf(file, node).positional[0];
  if (fn?.type === 'attribute' && textOf(file, field(fn, 'attribute')!) === 'get') return QUANTITY_NAME.test(stringValue(file, first) ?? '');
  return /^(int|float|Decimal|abs|round|max|min)$/.test(calleeOf(file, node)) && isQuantityRead(file, first, depth + 1);
}

/** An AWS Lambda handler, `def handler(event, context)`: API Gateway hands it the HTTP request as `event`. */
function isLambdaHandler(file: PyFile, fn: SyntaxNode): boolean {
  const params = namedChildren(field(fn, 'parameters')).map((p) => textOf(file, p.type === 'identifier' ? p : (field(p, 'name') ?? p)));
  return params.length === 2 && /^(event|evt|lambda_event)$/.test(params[0]!) && /^(_?context|ctx|_ctx|lambda_context)$/.test(params[1]!);
}

/** The function definitions of the file that are routes or views (Flask, FastAPI, Django, DRF) or Lambda handlers. */
export function isRouteFunction(file: PyFile, fn: SyntaxNode): boolean {
  if (isLambdaHandler(file, fn)) return true;
  const decorated = fn.parent?.type === 'decorated_definition' ? fn.parent : undefined;
  for (const decorator of decorated ? namedChildren(decorated).filter((n) => n.type === 'decorator') : []) {
    const expr = namedChildren(decorator)[0];
    const name = dottedName(file, expr?.type === 'call' ? field(expr, 'function') : expr) ?? '';
    if (ROUTE_DECORATOR.test(name)) return true;
  }
  const first = namedChildren(field(fn, 'parameters')).filter((p) => textOf(file, p) !== 'self')[0];
  const firstName = first ? textOf(file, first.type === 'identifier' ? first : (field(first, 'name') ?? first)) : '';
  return /^(request|req)$/.test(firstName) || /^request\s*:/.test(firstName);
}

function parameterIsRequestInput(file: PyFile, identifier: SyntaxNode): boolean {
  const name = textOf(file, identifier);
  if (NOT_REQUEST_PARAMS.test(name)) return false;
  const fn = ancestor(identifier, FUNCTION);
  if (!fn || fn.type !== 'function_definition' || !isRouteFunction(file, fn)) return false;
  for (const param of namedChildren(field(fn, 'parameters'))) {
    const nameNode = param.type === 'identifier' ? param : field(param, 'name') ?? namedChildren(param)[0];
    if (!nameNode || textOf(file, nameNode) !== name) continue;
    const type = field(param, 'type');
    const value = field(param, 'value');
    if (value && /^(Depends|Security)\(/.test(textOf(file, value))) return false;
    if (type && /^(Request|Response|BackgroundTasks|WebSocket|Session|AsyncSession|HttpRequest|User)\b/.test(textOf(file, type))) return false;
    return true;
  }
  return false;
}

/** True when the value comes from the HTTP request (body, form, query, path parameters). */
export function isRequestInput(file: PyFile, node: SyntaxNode | undefined, depth = 0): boolean {
  node = unwrap(node);
  if (!node || depth > MAX_DEPTH) return false;
  const again = (n: SyntaxNode | undefined) => isRequestInput(file, n, depth + 1);
  switch (node.type) {
    case 'attribute': {
      const object = field(node, 'object')!;
      const attr = textOf(file, field(node, 'attribute')!);
      if (REQUEST_OBJECT.test(textOf(file, object)) && REQUEST_FIELDS.test(attr)) return true;
      if (/^(cleaned_data|validated_data)$/.test(attr)) return true;
      return again(object);
    }
    case 'subscript':
      return again(field(node, 'value'));
    case 'call': {
      const fn = field(node, 'function');
      const callee = calleeOf(file, node);
      const args = argumentsOf(file, node);
      if (fn?.type === 'attribute') {
        const method = textOf(file, field(fn, 'attribute')!);
        const object = field(fn, 'object')!;
        if (REQUEST_OBJECT.test(textOf(file, object)) && REQUEST_FIELDS.test(method)) return true;
        if (/^(get|getlist|pop|copy|to_dict|dict|model_dump|strip)$/.test(method)) return again(object);
      }
      if (/^(int|float|Decimal|decimal\.Decimal|round|abs|str|json\.loads|dict|math\.ceil|math\.floor)$/.test(callee)) return again(args.positional[0]);
      // Unit conversions keep the client's number: `to_cents(data["amount"])`, `dollars_to_cents(…)`.
      if (/^(to|convert|normalize|parse|format)_?\w*(amount|cents|price|minor|money)$|_to_(cents|minor|stripe_amount)$/i.test(callee.split('.').pop() ?? '')) return again(args.positional[0]);
      return false;
    }
    case 'binary_operator': {
      const left = field(node, 'left');
      const right = field(node, 'right');
      // A server price times the quantity the customer asked for is still the server's price.
      if (textOf(file, node.children.find((c) => c.field === 'operator') ?? node) === '*' && (isQuantityRead(file, left) || isQuantityRead(file, right))) {
        return isQuantityRead(file, left) ? again(right) && !isQuantityRead(file, right) : again(left);
      }
      return again(left) || again(right);
    }
    case 'boolean_operator':
      return again(field(node, 'left'));
    case 'identifier':
      if (parameterIsRequestInput(file, node)) return true;
      return assignedValues(file, node).some((v) => again(v));
    default:
      return false;
  }
}

// ---------------------------------------------------------------------------------------------
// Stripe

const STRIPE_WRITES: ReadonlySet<string> = new Set(['create', 'modify', 'update', 'create_async', 'modify_async', 'update_async']);

const clientNamesCache = new WeakMap<SyntaxNode, Set<string>>();

/** Names the file binds to a `StripeClient(...)`: `payments = StripeClient(key)`, `self.billing = …`. */
function stripeClientNames(file: PyFile): Set<string> {
  return cached(clientNamesCache, file.root, () => {
    const names = new Set<string>();
    const makesClient = (call: SyntaxNode) => /(^|\.)StripeClient$/.test(calleeOf(file, call));
    // Local factories: `def client(): return StripeClient(settings.KEY)`.
    const factories = new Set(
      functions(file)
        .filter((fn) => descendants(fn, 'return_statement').some((r) => { const v = unwrap(namedChildren(r)[0]); return v?.type === 'call' && makesClient(v); }))
        .map((fn) => textOf(file, field(fn, 'name')!)),
    );
    for (const assignment of descendants(file.root, 'assignment')) {
      const right = unwrap(field(assignment, 'right'));
      if (right?.type === 'call' && (makesClient(right) || factories.has(calleeOf(file, right)))) names.add(textOf(file, field(assignment, 'left')!));
    }
    return names;
  });
}

/** A call to the Stripe API: `stripe.PaymentIntent.create(...)`, `client.payment_intents.create(...)`, or through any name bound to a `StripeClient`. */
export function stripeCall(file: PyFile, call: SyntaxNode): { resource: string; method: string } | undefined {
  if (call.type !== 'call') return undefined;
  const segments = calleeOf(file, call).split('.');
  const clients = stripeClientNames(file);
  for (const length of [2, 1]) if (segments.length > length && clients.has(segments.slice(0, length).join('.'))) segments.splice(0, length, 'client');
  const split = splitClientCall(segments, STRIPE_WRITES);
  if (!split) return undefined;
  const resource = split.resource.map((part) => part.replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase().replace(/s$/, '')).join('.');
  return { resource, method: split.method.replace(/_async$/, '') };
}

/** The parameters sent with a Stripe call: keyword arguments, or the dict of `params=` / the first argument. */
export function stripeParams(file: PyFile, call: SyntaxNode): { key: string; keyNode: SyntaxNode; value: SyntaxNode }[] {
  const args = argumentsOf(file, call);
  const entries: { key: string; keyNode: SyntaxNode; value: SyntaxNode }[] = [];
  for (const k of args.keywordNodes) {
    const name = textOf(file, field(k, 'name')!);
    if (name === 'params') entries.push(...mappingEntries(file, field(k, 'value')));
    else entries.push({ key: name, keyNode: field(k, 'name')!, value: field(k, 'value')! });
  }
  if (args.positional[0]) entries.push(...mappingEntries(file, args.positional[0]));
  return entries;
}

/** `stripe.Webhook.construct_event(...)` and `client.construct_event(...)`: verification by the SDK. */
export function isVerificationCall(file: PyFile, call: SyntaxNode): boolean {
  const callee = calleeOf(file, call);
  return /(^|\.)(construct_event|parse_thin_event|parse_snapshot_event|verify_header)$/.test(callee) || /^stripe\.Event\.retrieve$/.test(callee);
}

/** Creating a Stripe client or setting the global key (what `unpinned-api-version` looks at). */
export function isStripeClientCreation(file: PyFile, node: SyntaxNode): boolean {
  if (node.type === 'call') return /^(stripe\.)?StripeClient$/.test(calleeOf(file, node));
  if (node.type === 'assignment') return dottedName(file, field(node, 'left')) === 'stripe.api_key';
  return false;
}

// ---------------------------------------------------------------------------------------------
// Sinks

const LOG_CALL = /^(print|pprint|pprint\.pprint|logging\.\w+|logging\.getLogger\(\)\.\w+|(\w+\.)*(logger|log|_logger|LOGGER|logging)\.(debug|info|warning|warn|error|exception|critical|fatal|log)|sys\.(stdout|stderr)\.write|(sentry_sdk\.)?(capture_message|set_context|set_extra|set_tag|set_user)|(\w+\.)?(track|identify|capture))$/;
const RESPONSE_CALL = /^(jsonify|flask\.jsonify|make_response|JsonResponse|HttpResponse|Response|JSONResponse|PlainTextResponse|HTMLResponse|web\.json_response|web\.Response|render_template|json_response)$/;
const EXCEPTION_CALL = /^(Exception|ValueError|RuntimeError|KeyError|TypeError|HTTPException|abort|[A-Z]\w*(Error|Exception))$/;

/** A log, error or response sink call: the kind, or undefined. */
export function isLogSink(file: PyFile, call: SyntaxNode): 'log' | 'response' | 'exception' | undefined {
  if (call.type !== 'call') return undefined;
  const callee = calleeOf(file, call);
  if (LOG_CALL.test(callee)) return 'log';
  if (RESPONSE_CALL.test(callee)) return 'response';
  if (EXCEPTION_CALL.test(callee) && call.parent?.type === 'raise_statement') return 'exception';
  return undefined;
}

/** A `return` value of a route function (Flask/FastAPI serialise dicts into the response). */
export function isRouteReturn(file: PyFile, node: SyntaxNode): boolean {
  if (node.type !== 'return_statement') return false;
  const fn = ancestor(node, FUNCTION);
  // Only Flask/FastAPI-style routes serialise what they return; a Django view must build a response.
  const decorated = fn?.parent?.type === 'decorated_definition' ? fn.parent : undefined;
  return !!decorated && namedChildren(decorated).some((d) => {
    if (d.type !== 'decorator') return false;
    const expr = namedChildren(d)[0];
    return /\.(route|get|post|put|patch|delete|api_route)$/.test(dottedName(file, expr?.type === 'call' ? field(expr, 'function') : expr) ?? '');
  });
}

// ---------------------------------------------------------------------------------------------
// Webhook handlers

/** Reads of a Stripe event's type: `event["type"]`, `event.type`, `event.get("type")`. */
export function eventTypeReads(file: PyFile): SyntaxNode[] {
  const reads: SyntaxNode[] = [];
  walk(file.root, (node) => {
    if (node.type === 'subscript' && stringValue(file, field(node, 'subscript')) === 'type') {
      const object = textOf(file, field(node, 'value')!);
      // `event["type"]` anywhere; `payload["type"]` / `data["type"]` only where it is dispatched on.
      if (/event/i.test(object) || (/payload|data|body|json|message|webhook/i.test(object) && isDispatchedOn(file, node))) reads.push(node);
    }
    else if (node.type === 'attribute' && textOf(file, field(node, 'attribute')!) === 'type' && /event/i.test(textOf(file, field(node, 'object')!))) reads.push(node);
    else if (node.type === 'call') {
      const fn = field(node, 'function');
      if (fn?.type === 'attribute' && textOf(file, field(fn, 'attribute')!) === 'get' && /event|payload/i.test(textOf(file, field(fn, 'object')!)) &&
        stringValue(file, argumentsOf(file, node).positional[0]) === 'type') reads.push(node);
    }
  });
  return reads;
}

export function hasStripeEventNames(file: PyFile, isEventName: (value: string) => boolean): boolean {
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

const functionsCache = new WeakMap<SyntaxNode, SyntaxNode[]>();

export function functions(file: PyFile): SyntaxNode[] {
  return cached(functionsCache, file.root, () => descendants(file.root, 'function_definition'));
}

export function enclosingFunction(node: SyntaxNode): SyntaxNode | undefined {
  return ancestor(node, new Set(['function_definition']));
}

/** Names of the functions a function calls (`verify(request)`, `self.verify()`, `helpers.verify()`). */
const calledCache = new WeakMap<SyntaxNode, string[]>();

export function calledNames(file: PyFile, fn: SyntaxNode): string[] {
  return cached(calledCache, fn, () => descendants(fn, 'call').map((c) => calleeOf(file, c)));
}

/** True when the function reads the raw or parsed request body. */
export function readsRequestBody(file: PyFile, fn: SyntaxNode): boolean {
  let found = false;
  walk(fn, (node) => {
    if (found) return false;
    if (node.type === 'attribute' && REQUEST_OBJECT.test(textOf(file, field(node, 'object')!)) &&
      /^(json|data|get_json|get_data|body|stream|POST|form)$/.test(textOf(file, field(node, 'attribute')!))) found = true;
  });
  return found;
}

/** The function is verified: it (or a same-file function it calls, or a decorator) verifies the signature. */
export function isVerifiedWebhook(file: PyFile, fn: SyntaxNode, seen = new Set<SyntaxNode>()): boolean {
  if (seen.has(fn) || seen.size > 20) return false;
  seen.add(fn);
  if (descendants(fn, 'call').some((c) => isVerificationCall(file, c))) return true;
  const decorated = fn.parent?.type === 'decorated_definition' ? fn.parent : undefined;
  if (decorated && namedChildren(decorated).some((d) => d.type === 'decorator' && looksLikeVerification(textOf(file, d)))) return true;
  const local = byNameNearest(file, functions(file), fn, new Set(['class_definition']));
  for (const callee of calledNames(file, fn)) {
    const last = callee.replace(/\(\)/g, '').split('.').pop() ?? '';
    const target = local.get(last);
    if (target && target !== fn) {
      if (isVerifiedWebhook(file, target, seen)) return true;
    } else if (!target && looksLikeVerification(last)) return true;
  }
  // FastAPI dependency injection, `event: stripe.Event = Depends(verified_event)`: the dependency runs
  // before the handler and builds the event; a local one must verify, an imported one is trusted by name.
  for (const param of namedChildren(field(fn, 'parameters'))) {
    const value = field(param, 'value');
    if (value?.type !== 'call' || !/^(Depends|Security)$/.test(calleeOf(file, value))) continue;
    const dependency = argumentsOf(file, value).positional[0];
    const name = dependency ? textOf(file, dependency).split('.').pop()! : '';
    const target = local.get(name);
    if (target ? isVerifiedWebhook(file, target, seen) : /verif|stripe_event|webhook_event|signed|construct/i.test(name)) return true;
  }
  // `event = get_stripe_event(request)` with the helper in another module: given the request (or the
  // signature header), the helper can verify, so the handler is given the benefit of the doubt.
  for (const call of descendants(fn, 'call')) {
    if (call.parent?.type !== 'assignment' || !/event/i.test(textOf(file, field(call.parent, 'left')!))) continue;
    const last = calleeOf(file, call).split('.').pop() ?? '';
    if (local.has(last) || /^(loads|get_json|json|construct_from|get|dict|parse_obj|model_validate)$/.test(last)) continue;
    const args = namedChildren(field(call, 'arguments'));
    if (args.some((a) => /^(self\.)?(request|req)$/.test(textOf(file, a)) || mentionsSignatureHeader(file, a))) return true;
  }
  return false;
}


/** A string literal's value, directly or through a module constant (`KEY = "sk_test_…"`). */
export function literalValue(file: PyFile, node: SyntaxNode | undefined, depth = 0): string | undefined {
  node = unwrap(node);
  if (!node || depth > 3) return undefined;
  if (isStringLiteral(node)) return stringValue(file, node);
  if (node.type === 'identifier') {
    const values = assignedValues(file, node);
    return values.length === 1 ? literalValue(file, values[0], depth + 1) : undefined;
  }
  return undefined;
}

/** The whole process environment: `os.environ`, `dict(os.environ)`, `os.environ.copy()`, `{**os.environ}`, `os.environ.items()`. */
export function isWholeEnvironment(file: PyFile, node: SyntaxNode | undefined, depth = 0): boolean {
  node = unwrap(node);
  if (!node || depth > MAX_DEPTH) return false;
  const again = (n: SyntaxNode | undefined) => isWholeEnvironment(file, n, depth + 1);
  if (node.type === 'attribute' || node.type === 'identifier') {
    const name = dottedName(file, node);
    if (name === 'os.environ') return true;
    if (node.type === 'identifier' && name === 'environ') return true;
    if (node.type === 'identifier') return assignedValues(file, node).some((v) => again(v));
    return false;
  }
  if (node.type === 'call') {
    const callee = calleeOf(file, node);
    const fn = field(node, 'function');
    if (/^(dict|list|str|repr|sorted|json\.dumps|pformat|pprint\.pformat)$/.test(callee)) return again(argumentsOf(file, node).positional[0]);
    if (fn?.type === 'attribute' && /^(copy|items|values)$/.test(textOf(file, field(fn, 'attribute')!))) return again(field(fn, 'object'));
    return false;
  }
  if (node.type === 'dictionary') return namedChildren(node).some((c) => c.type === 'dictionary_splat' && again(namedChildren(c)[0]));
  // `{k: v for k, v in os.environ.items()}`: a copy, unless an `if` picks some variables.
  if (node.type === 'dictionary_comprehension' || node.type === 'list_comprehension') {
    const clauses = namedChildren(node);
    const source = clauses.find((c) => c.type === 'for_in_clause');
    return !!source && !clauses.some((c) => c.type === 'if_clause') && again(field(source, 'right'));
  }
  // `jsonify(**os.environ)`
  if (node.type === 'dictionary_splat' || node.type === 'list_splat') return again(namedChildren(node)[0]);
  return false;
}

/** An argument that carries the whole environment somewhere inside (a dict value, a list…). */
export function wholeEnvironmentIn(file: PyFile, node: SyntaxNode | undefined, depth = 0): SyntaxNode | undefined {
  node = unwrap(node);
  if (!node || depth > MAX_DEPTH) return undefined;
  if (isWholeEnvironment(file, node)) return node;
  if (node.type === 'dictionary') {
    for (const pair of namedChildren(node)) if (pair.type === 'pair' && wholeEnvironmentIn(file, field(pair, 'value'), depth + 1)) return node;
  }
  if (node.type === 'keyword_argument') return wholeEnvironmentIn(file, field(node, 'value'), depth + 1) ? node : undefined;
  if (node.type === 'string') {
    for (const part of node.children) if (part.type === 'interpolation' && wholeEnvironmentIn(file, field(part, 'expression'), depth + 1)) return node;
  }
  return undefined;
}

/** Keyword arguments and dict entries named `name` anywhere inside a call's arguments (nested params too). */
/**
 * Parameters named `names` anywhere in a Stripe call's arguments: keyword arguments, nested dicts and
 * lists, through variables and dicts built in steps (`line_item["price_data"] = {…}`). `sink` is
 * where the value enters the call: the value itself when it is written inside the call, else the
 * argument that carries it (`line_items=[line_item]`), where dataflow rules report.
 */
export function nestedParams(file: PyFile, call: SyntaxNode, names: ReadonlySet<string>): { key: string; keyNode: SyntaxNode; value: SyntaxNode; sink: SyntaxNode }[] {
  const found: { key: string; keyNode: SyntaxNode; value: SyntaxNode; sink: SyntaxNode }[] = [];
  const args = field(call, 'arguments');
  if (!args) return found;
  const inside = (node: SyntaxNode) => node.start >= call.start && node.end <= call.end;
  // `written`: reached through a key set in a later statement (`extra["ssn"] = …`); such values are
  // reported at the argument that sends the dict, a literal's entries at their value (as in JS).
  const visitMapping = (node: SyntaxNode | undefined, depth: number, argument: SyntaxNode, written: boolean) => {
    node = unwrap(node);
    if (!node || depth > 6) return;
    if (node.type === 'identifier') {
      const values = assignedValues(file, node);
      if (values.length === 1 && ['list', 'tuple'].includes(unwrap(values[0])?.type ?? '')) visitMapping(values[0], depth + 1, argument, written);
      else visitEntries(mappingEntries(file, node), depth, argument, written);
      return;
    }
    if (node.type === 'list' || node.type === 'tuple') {
      for (const item of namedChildren(node)) visitMapping(item, depth + 1, argument, written);
      return;
    }
    visitEntries(mappingEntries(file, node), depth, argument, written);
  };
  const visitEntries = (entries: ReturnType<typeof mappingEntries>, depth: number, argument: SyntaxNode, written: boolean) => {
    for (const entry of entries) {
      const viaWrite = written || entry.pair.type !== 'pair';
      if (names.has(entry.key)) found.push({ key: entry.key, keyNode: entry.keyNode, value: entry.value, sink: inside(entry.value) || !viaWrite ? entry.value : argument });
      visitMapping(entry.value, depth + 1, argument, viaWrite);
    }
  };
  for (const arg of namedChildren(args)) {
    if (arg.type === 'keyword_argument') {
      const name = textOf(file, field(arg, 'name')!);
      if (names.has(name)) found.push({ key: name, keyNode: field(arg, 'name')!, value: field(arg, 'value')!, sink: field(arg, 'value')! });
      visitMapping(field(arg, 'value'), 1, arg, false);
    } else visitMapping(arg, 1, arg, false);
  }
  return found;
}

/** Any call into the Stripe SDK: `stripe.X.create(...)`, `client.v1.x.create(...)`. */
export function isStripeApiCall(file: PyFile, call: SyntaxNode): boolean {
  return call.type === 'call' && (!!stripeCall(file, call) || /^stripe\.[A-Z]\w*(\.\w+)*\.\w+$/.test(calleeOf(file, call)) || /^stripe\.\w+\.[A-Z]\w*\.\w+$/.test(calleeOf(file, call)));
}

/** The body handed to verification is parsed or re-serialised (`request.get_json()`, `json.dumps(...)`, `request.json`). */
export function isParsedBody(file: PyFile, node: SyntaxNode | undefined, depth = 0): boolean {
  node = unwrap(node);
  if (!node || depth > MAX_DEPTH) return false;
  if (node.type === 'identifier') return assignedValues(file, node).some((v) => isParsedBody(file, v, depth + 1));
  const name = dottedName(file, node) ?? '';
  if (/^(self\.)?(request|req)\.(json|form|get_json\(\)|json\(\)|form\(\)|POST|values|args)$/.test(name)) return true;
  // Django REST framework parses `request.data` (Flask's `request.data` is the raw bytes).
  if (/^(self\.)?request\.data$/.test(name) && isRestFrameworkView(file, node)) return true;
  if (node.type === 'call') {
    const callee = calleeOf(file, node);
    if (/^(json\.dumps|json\.loads|str|dict|ujson\.dumps|orjson\.dumps|simplejson\.dumps)$/.test(callee)) {
      const arg = argumentsOf(file, node).positional[0];
      return callee.endsWith('dumps') || callee.endsWith('loads') || isParsedBody(file, arg, depth + 1);
    }
    if (/^(self\.)?(request|req)\.(get_json|json|form)$/.test(callee)) return true;
    const fn = field(node, 'function');
    if (fn?.type === 'attribute' && /^(encode|decode)$/.test(textOf(file, field(fn, 'attribute')!))) return isParsedBody(file, field(fn, 'object'), depth + 1);
  }
  if (node.type === 'attribute' && /^(data|body)$/.test(textOf(file, field(node, 'attribute')!)) && /serializer/.test(textOf(file, field(node, 'object')!))) return true;
  return false;
}

/** The statements of a block stop the handler: return, raise, abort(), sys.exit(). */
export function stops(file: PyFile, block: SyntaxNode | undefined): boolean {
  if (!block) return false;
  let found = false;
  walk(block, (node) => {
    if (found || FUNCTION.has(node.type)) return false;
    if (node.type === 'return_statement' || node.type === 'raise_statement') found = true;
    if (node.type === 'call' && /^(abort|flask\.abort|sys\.exit|exit|os\._exit)$/.test(calleeOf(file, node))) found = true;
  });
  return found;
}

const OTHER_WEBHOOK_VENDORS = /github|gitlab|bitbucket|slack|twilio|paypal|shopify|sendgrid|mailgun|plaid|square|braintree|paddle|lemon|razorpay|coinbase|discord|telegram|zoom|calendly|hubspot|intercom|clerk|auth0|svix|segment|postmark|mux|docusign/i;

/** The webhook handlers of the file: route functions that read a Stripe event (directly or through a same-file helper). */
export function webhookHandlers(file: PyFile, isEventName: (v: string) => boolean): SyntaxNode[] {
  const handlers = new Set<SyntaxNode>();
  const all = functions(file);
  const byName = new Map<string, SyntaxNode[]>();
  for (const fn of all) {
    const name = textOf(file, field(fn, 'name')!);
    byName.set(name, [...(byName.get(name) ?? []), fn]);
  }
  const handlerCache = new Map<SyntaxNode, boolean>();
  const isHandler = (fn: SyntaxNode) => {
    let yes = handlerCache.get(fn);
    if (yes === undefined) handlerCache.set(fn, (yes = isRouteFunction(file, fn) || readsRequestBody(file, fn)));
    return yes;
  };
  // Who calls whom, by the called function's last name, built once.
  const callersByName = new Map<string, SyntaxNode[]>();
  for (const other of all) {
    for (const callee of new Set(calledNames(file, other).map((c) => c.replace(/\(\)/g, '').split('.').pop() ?? ''))) {
      callersByName.set(callee, [...(callersByName.get(callee) ?? []), other]);
    }
  }
  const callers = (fn: SyntaxNode) => (callersByName.get(textOf(file, field(fn, 'name')!)) ?? []).filter((other) => other !== fn);
  const constructs = descendants(file.root, 'call').filter((c) => /(^|\.)Event\.construct_from$/.test(calleeOf(file, c)));
  const reads = hasStripeEventNames(file, isEventName) ? eventTypeReads(file).filter((r) => eventFromRequest(file, eventObject(file, r))) : [];
  const visited = new Set<SyntaxNode>();
  for (const read of [...reads, ...constructs]) {
    const fn = enclosingFunction(read);
    if (!fn || visited.has(fn)) continue;
    visited.add(fn);
    // A helper (not a route) that builds the event from the request for the routes calling it: report the routes.
    const helper = !isRouteFunction(file, fn) && callers(fn).length > 0;
    if (isHandler(fn) && !helper) {
      handlers.add(fn);
      continue;
    }
    const helperReadsRequest = helper && isHandler(fn);
    let frontier = [fn];
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
  // A route named like a webhook that takes the event from the request body.
  if (/\bstripe\b/.test(file.text)) {
    for (const fn of all) {
      if (handlers.has(fn) || !isRouteFunction(file, fn) || !readsRequestBody(file, fn)) continue;
      const decorated = fn.parent?.type === 'decorated_definition' ? fn.parent : fn;
      const header = textOf(file, decorated).slice(0, fn.start - decorated.start) + textOf(file, field(fn, 'name')!);
      if (/webhook/i.test(header) && !OTHER_WEBHOOK_VENDORS.test(header) && descendants(fn, 'identifier').some((i) => /^event|_event$|^evt$/i.test(textOf(file, i)))) handlers.add(fn);
    }
  }
  // A FastAPI dependency (`Depends(parsed_event)`) is judged through the routes that use it.
  const dependencies = new Set(descendants(file.root, 'call').filter((c) => /^(Depends|Security)$/.test(calleeOf(file, c))).map((c) => textOf(file, argumentsOf(file, c).positional[0] ?? c)));
  return [...handlers].filter((fn) => !dependencies.has(textOf(file, field(fn, 'name')!))).sort((a, b) => a.start - b.start);
}

// ---------------------------------------------------------------------------------------------
// Rule-level matchers

/** A literal or constant operand (`"v1"`, `None`, `0`): comparing with it is not a secret comparison. */
export function isConstant(node: SyntaxNode | undefined): boolean {
  node = unwrap(node);
  return !node || ['string', 'concatenated_string', 'none', 'integer', 'true', 'false', 'float'].includes(node.type);
}

/** A signature, HMAC digest or webhook secret: `sig_header`, `hmac.new(...).hexdigest()`, `headers["X-Signature"]`. */
export function isSignatureValue(file: PyFile, node: SyntaxNode | undefined, depth = 0): boolean {
  node = unwrap(node);
  if (!node || depth > 2) return false;
  switch (node.type) {
    case 'identifier':
      return isSignatureName(textOf(file, node)) || assignedValues(file, node).some((v) => isSignatureValue(file, v, depth + 1));
    case 'attribute':
      return isSignatureName(textOf(file, field(node, 'attribute')!));
    case 'subscript': {
      const key = stringValue(file, field(node, 'subscript'));
      return key !== undefined && isSignatureName(key);
    }
    case 'call': {
      const fn = field(node, 'function');
      if (/^hmac\.(new|digest)$/.test(calleeOf(file, node))) return true;
      if (fn?.type === 'attribute') {
        const method = textOf(file, field(fn, 'attribute')!);
        if (/^(hexdigest|digest)$/.test(method)) return true;
        if (method === 'get') {
          const key = stringValue(file, argumentsOf(file, node).positional[0]);
          return key !== undefined && isSignatureName(key);
        }
        if (/^(removeprefix|strip|lower|encode|decode)$/.test(method)) return isSignatureValue(file, field(fn, 'object'), depth + 1);
      }
      return false;
    }
    default:
      return false;
  }
}

/** `a == b` / `a != b` where one side is a signature and the other is not a constant. */
export function signatureComparisons(file: PyFile): { at: SyntaxNode; operator: string; signature: SyntaxNode }[] {
  const found: { at: SyntaxNode; operator: string; signature: SyntaxNode }[] = [];
  walk(file.root, (node) => {
    if (node.type !== 'comparison_operator') return;
    const operator = node.children.find((c) => !c.named && /^(==|!=)$/.test(textOf(file, c)));
    const [left, right] = namedChildren(node);
    if (!operator || isConstant(left) || isConstant(right)) return;
    const signature = isSignatureValue(file, left) ? left : isSignatureValue(file, right) ? right : undefined;
    if (signature) found.push({ at: node, operator: textOf(file, operator), signature });
  });
  return found;
}

/** Secret values placed in a URL: f-strings, `+` concatenation, `.format()`, and `params=` of HTTP clients. */
export function secretsInUrls(file: PyFile, extra: readonly string[] = []): SyntaxNode[] {
  const found: SyntaxNode[] = [];
  walk(file.root, (node) => {
    if (node.type === 'string' && node.children.some((c) => c.type === 'interpolation')) {
      let prefix = '';
      for (const part of node.children) {
        if (part.type === 'string_content' || part.type === 'escape_sequence') prefix += textOf(file, part);
        else if (part.type === 'interpolation') {
          const expr = field(part, 'expression');
          if (isUrlContext(prefix) && expr && isSecretValue(file, expr, extra)) found.push(expr);
          prefix += '{}';
        }
      }
      return false;
    }
    // "https://…?key=%s" % key
    const operator = node.type === 'binary_operator' ? node.children.find((c) => c.field === 'operator') : undefined;
    if (operator && textOf(file, operator) === '%') {
      const template = stringValue(file, field(node, 'left'));
      const right = unwrap(field(node, 'right'));
      if (template !== undefined && template.includes('%')) {
        const values = right?.type === 'tuple' ? namedChildren(right) : right ? [right] : [];
        placeholderPrefixes(template).forEach((prefix, i) => {
          const value = values[i];
          if (value && isUrlContext(prefix) && isSecretValue(file, value, extra)) found.push(value);
        });
      }
      return;
    }
    if (node.type === 'binary_operator' && node.parent?.type !== 'binary_operator') {
      const parts: SyntaxNode[] = [];
      const stack = [node];
      while (stack.length) {
        const n = stack.pop()!;
        const op = n.children.find((c) => c.field === 'operator');
        if (n.type === 'binary_operator' && op && textOf(file, op) === '+') stack.push(field(n, 'right')!, field(n, 'left')!);
        else parts.push(n);
      }
      if (parts.length < 2) return;
      let prefix = '';
      for (const part of parts) {
        const literal = stringValue(file, part);
        if (literal !== undefined) prefix += literal;
        else {
          if (isUrlContext(prefix) && isSecretValue(file, part, extra)) found.push(part);
          prefix += '{}';
        }
      }
      return;
    }
    if (node.type === 'call') {
      const fn = field(node, 'function');
      const args = argumentsOf(file, node);
      if (fn?.type === 'attribute' && textOf(file, field(fn, 'attribute')!) === 'format') {
        const template = stringValue(file, field(fn, 'object'));
        if (template !== undefined && template.includes('{') && isUrlContext(template.slice(0, template.lastIndexOf('{')))) {
          for (const arg of [...args.positional, ...args.keywords.values()]) if (isSecretValue(file, arg, extra)) found.push(arg);
        }
      }
      // requests.get(url, params={"api_key": key}): params go to the query string.
      if (/^(requests|httpx|session|self\.session|client|http|aiohttp)\.|^(requests\.)?(get|request)$/.test(calleeOf(file, node)) && args.keywords.has('params')) {
        for (const entry of mappingEntries(file, args.keywords.get('params'))) if (isSecretValue(file, entry.value, extra)) found.push(entry.value);
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

/**
 * Verification whose failure does not stop the handler: an `except` that neither returns nor raises
 * while the handler goes on with the event, verification only when the signature header is present,
 * and a tolerance that turns replay protection off.
 */
export function bypassedVerifications(file: PyFile): Bypass[] {
  const found: Bypass[] = [];
  for (const call of descendants(file.root, 'call')) {
    if (!/(^|\.)construct_event$/.test(calleeOf(file, call))) continue;
    const args = argumentsOf(file, call);
    const tolerance = args.keywords.get('tolerance') ?? args.positional[3];
    // `tolerance=REPLAY_TOLERANCE` where `REPLAY_TOLERANCE = 7 * 24 * 60 * 60`.
    const constant = tolerance?.type === 'identifier' ? assignedValues(file, tolerance) : [];
    const value = constant.length === 1 ? constant[0]! : tolerance;
    if (tolerance && value && isUnsafeTolerance(textOf(file, value), value.type)) found.push({ at: tolerance, kind: 'tolerance', value: textOf(file, value) });
    const tryStatement = ancestor(call, new Set(['try_statement']), FUNCTION);
    const tryBody = tryStatement ? field(tryStatement, 'body') : undefined;
    if (tryStatement && tryBody && isInside(call, tryBody)) {
      const assigned = call.parent?.type === 'assignment' ? textOf(file, field(call.parent, 'left')!) : undefined;
      const after = followingStatements(tryStatement);
      // `if event is None: return …` right after the try: the failure does stop the handler.
      const checked = !!assigned && after.some((s) => s.type === 'if_statement' && textOf(file, field(s, 'condition')!).includes(assigned) && stops(file, field(s, 'consequence')));
      const goesOn = !checked && after.some((s) => s.type !== 'return_statement' && (!assigned || descendants(s, 'identifier').some((i) => textOf(file, i) === assigned)));
      if (goesOn) {
        for (const clause of namedChildren(tryStatement).filter((c) => c.type === 'except_clause')) {
          if (!stops(file, namedChildren(clause).find((c) => c.type === 'block'))) found.push({ at: clause, kind: 'swallowed' });
        }
      }
    }
    // `event = construct_event(…) if sig_header else json.loads(payload)`
    const ternary = call.parent?.type === 'conditional_expression' ? call.parent : undefined;
    if (ternary) {
      const [whenTrue, test, whenFalse] = namedChildren(ternary);
      const other = whenTrue === call ? whenFalse : whenTrue;
      if (test && (mentionsSignatureHeader(file, test) || mentionsWebhookSecret(file, test)) && other && other.type !== 'none' && eventFromRequest(file, other)) {
        found.push({ at: test, kind: 'headerOptional' });
      }
    }
    const ifStatement = ancestor(call, new Set(['if_statement']), FUNCTION);
    const condition = ifStatement ? field(ifStatement, 'condition') : undefined;
    if (ifStatement && condition && (mentionsSignatureHeader(file, condition) || mentionsWebhookSecret(file, condition))) {
      const consequence = field(ifStatement, 'consequence')!;
      const other = isInside(call, consequence) ? ifStatement.children.find((c) => c.field === 'alternative') : consequence;
      const otherStops = other ? stops(file, other.type === 'else_clause' ? field(other, 'body') : other) : false;
      // Without an else branch, the request is processed unverified only if the event was already taken from the body.
      const assignment = call.parent?.type === 'assignment' ? call.parent : undefined;
      const earlier = assignment ? assignedValues(file, field(assignment, 'left')!).filter((v) => v.end <= ifStatement.start && v.type !== 'none') : [];
      const unguarded = other ? !otherStops : followingStatements(ifStatement).length > 0 && (mentionsSignatureHeader(file, condition) || earlier.length > 0);
      if (unguarded) found.push({ at: condition, kind: 'headerOptional' });
    }
  }
  return found;
}

/** `stripe.api_version = …` / `stripe_version=` pins, and the places that set the key or build a client. */
export function apiVersionPins(file: PyFile): { pinned: boolean; sites: SyntaxNode[] } {
  const sites: SyntaxNode[] = [];
  let pinned = false;
  walk(file.root, (node) => {
    if (node.type === 'assignment') {
      const left = dottedName(file, field(node, 'left'));
      if (left === 'stripe.api_version' && field(node, 'right')?.type !== 'none') pinned = true;
      if (left === 'stripe.api_key') sites.push(node);
    } else if (node.type === 'keyword_argument' && textOf(file, field(node, 'name')!) === 'stripe_version' && field(node, 'value')?.type !== 'none') pinned = true;
    else if (node.type === 'pair' && stringValue(file, field(node, 'key')) === 'stripe_version') pinned = true;
    else if (node.type === 'call' && isStripeClientCreation(file, node)) sites.push(node);
  });
  return { pinned, sites };
}

/** Arguments that reach a log, error or response sink (and the values that route functions return). */
export function sinkArguments(file: PyFile): { argument: SyntaxNode; kind: 'log' | 'response' | 'exception' }[] {
  const found: { argument: SyntaxNode; kind: 'log' | 'response' | 'exception' }[] = [];
  walk(file.root, (node) => {
    let kind: 'log' | 'response' | 'exception' | undefined;
    let args: SyntaxNode[] = [];
    if (node.type === 'call' && (kind = isLogSink(file, node))) args = namedChildren(field(node, 'arguments'));
    else if (isRouteReturn(file, node)) {
      kind = 'response';
      const value = namedChildren(node)[0];
      args = value?.type === 'expression_list' ? namedChildren(value) : value ? [value] : [];
    }
    for (const argument of args) found.push({ argument, kind: kind! });
  });
  return found;
}

/** The entries of `metadata` sent with Stripe API calls (inline dicts, or a dict variable). */
export function metadataEntries(file: PyFile): { key: string; value: SyntaxNode; at: SyntaxNode; valueAt: SyntaxNode }[] {
  const entries: { key: string; value: SyntaxNode; at: SyntaxNode; valueAt: SyntaxNode }[] = [];
  for (const call of descendants(file.root, 'call')) {
    if (!isStripeApiCall(file, call)) continue;
    for (const metadata of nestedParams(file, call, new Set(['metadata']))) {
      const inline = ['dictionary', 'call'].includes(unwrap(metadata.value)?.type ?? '');
      for (const e of mappingEntries(file, metadata.value)) entries.push({ key: e.key, value: e.value, at: inline ? e.keyNode : metadata.value, valueAt: inline ? e.value : metadata.value });
    }
  }
  return entries;
}

/** Stripe Connect authorize URLs (literals or `stripe.OAuth.authorize_url(...)`) built without a `state`. */
export function authorizeUrlsWithoutState(file: PyFile): SyntaxNode[] {
  const found: SyntaxNode[] = [];
  walk(file.root, (node) => {
    if (node.type === 'string' && STRIPE_AUTHORIZE_URL.test(textOf(file, node))) {
      if (!authorizeUrlHasState(file, node, ancestor(node, FUNCTION) ?? file.root)) found.push(node);
      return false;
    }
    if (node.type === 'call' && /(^|\.)OAuth\.authorize_url$/.test(calleeOf(file, node))) {
      const args = argumentsOf(file, node);
      const splat = namedChildren(field(node, 'arguments')).some((a) => a.type === 'dictionary_splat');
      if (!args.keywords.has('state') && !splat && !mappingEntries(file, args.positional[0]).some((e) => e.key === 'state')) found.push(node);
    }
  });
  return found;
}

/**
 * A token the application issues to its own client (`access_token = create_access_token(...)`):
 * returning it in a response is a login, not a leak. Environment and config reads are never this.
 */
export function isIssuedToken(file: PyFile, node: SyntaxNode): boolean {
  if (envReadName(file, node) !== undefined || isStripeKeyProperty(file, node)) return false;
  const name = node.type === 'attribute' ? textOf(file, field(node, 'attribute')!) : node.type === 'subscript' ? (stringValue(file, field(node, 'subscript')) ?? '') : textOf(file, node);
  const words = wordsOf(name);
  return words.includes('token') && !words.some((w) => ['secret', 'api', 'stripe', 'private', 'key'].includes(w));
}

function eventObject(file: PyFile, read: SyntaxNode): SyntaxNode | undefined {
  if (read.type === 'subscript') return field(read, 'value');
  if (read.type === 'attribute') return field(read, 'object');
  return field(field(read, 'function'), 'object');
}

function isParameterOf(file: PyFile, identifier: SyntaxNode): boolean {
  const fn = ancestor(identifier, FUNCTION);
  const name = textOf(file, identifier);
  return !!fn && descendants(field(fn, 'parameters') ?? fn, 'identifier').some((p) => textOf(file, p) === name);
}

/**
 * The event may come from the request: parsed from the body, built with `construct_from`, or a
 * parameter (a helper the route hands it to). A loop over `stripe.Event.list()` or a model does not.
 */
export function eventFromRequest(file: PyFile, node: SyntaxNode | undefined, depth = 0): boolean {
  node = unwrap(node);
  if (!node || depth > MAX_DEPTH) return false;
  if (isRequestInput(file, node)) return true;
  switch (node.type) {
    case 'identifier': {
      if (isParameterOf(file, node)) return true;
      return assignedValues(file, node).some((v) => eventFromRequest(file, v, depth + 1));
    }
    case 'subscript':
      return eventFromRequest(file, field(node, 'value'), depth + 1);
    case 'attribute':
      return eventFromRequest(file, field(node, 'object'), depth + 1);
    case 'call': {
      const callee = calleeOf(file, node);
      if (/(^|\.)(construct_from|construct_event|loads|parse_obj|model_validate|get_json|json)$/.test(callee)) return true;
      const fn = field(node, 'function');
      if (fn?.type === 'attribute' && textOf(file, field(fn, 'attribute')!) === 'get') return eventFromRequest(file, field(fn, 'object'), depth + 1);
      return false;
    }
    default:
      return false;
  }
}

/**
 * The literal a Stripe key is set from, as `keyLiteralOf` in js.ts: the value itself or a module
 * constant (not empty, not a publishable key), or a key-shaped fallback (`os.getenv("X", "sk_test_…")`,
 * `os.environ.get(…) or "sk_test_…"`).
 */
export function keyLiteralOf(file: PyFile, node: SyntaxNode | undefined): { value: string; at: SyntaxNode } | undefined {
  node = unwrap(node);
  if (!node) return undefined;
  const value = literalValue(file, node);
  if (value !== undefined) return isUsableKeyLiteral(value) ? { value, at: node } : undefined;
  let fallback: SyntaxNode | undefined;
  if (node.type === 'boolean_operator' && textOf(file, node.children.find((c) => c.field === 'operator') ?? node) === 'or') fallback = field(node, 'right');
  if (node.type === 'call' && /^(os\.getenv|getenv|os\.environ\.get|environ\.get)$/.test(calleeOf(file, node))) {
    const args = argumentsOf(file, node);
    fallback = args.positional[1] ?? args.keywords.get('default');
  }
  const text = stringValue(file, unwrap(fallback));
  return fallback && text !== undefined && looksLikeSecretKey(text) ? { value: text, at: unwrap(fallback)! } : undefined;
}

/** A value that is switched on: compared, matched, or kept in a `…type` / `…event…` variable. */
function isDispatchedOn(file: PyFile, node: SyntaxNode): boolean {
  const parent = node.parent;
  if (!parent) return false;
  if (parent.type === 'comparison_operator' || parent.type === 'match_statement') return true;
  if (parent.type === 'assignment') return /type|event/i.test(textOf(file, field(parent, 'left')!));
  return false;
}

/** Inside a Django REST framework view: an `@api_view` function or a method of an APIView/ViewSet class. */
export function isRestFrameworkView(file: PyFile, node: SyntaxNode): boolean {
  const fn = ancestor(node, new Set(['function_definition']));
  if (!fn) return false;
  const decorated = fn.parent?.type === 'decorated_definition' ? fn.parent : undefined;
  if (decorated && namedChildren(decorated).some((d) => d.type === 'decorator' && /^@\s*api_view\b/.test(textOf(file, d)))) return true;
  const klass = ancestor(fn, new Set(['class_definition']));
  const bases = klass ? field(klass, 'superclasses') : undefined;
  return !!bases && /\b(APIView|GenericAPIView|ViewSet|ModelViewSet|GenericViewSet|CreateAPIView)\b/.test(textOf(file, bases));
}
