/**
 * The Java vocabulary (Spring, Spark, plain servlets with stripe-java): key literals and webhook handlers.
 */
import { cached, descendants, field, looksLikeVerification, namedChildren, textOf, walk, type SyntaxNode, type TreeSitterFile } from './tree-sitter-helpers.js';

export type JavaFile = TreeSitterFile<'java'>;

const FUNCTIONS = new Set(['method_declaration', 'lambda_expression', 'constructor_declaration']);

export function stringValue(file: JavaFile, node: SyntaxNode | undefined): string | undefined {
  if (!node || node.type !== 'string_literal') return undefined;
  if (node.children.some((c) => c.named && c.type !== 'string_fragment' && c.type !== 'escape_sequence')) return undefined;
  return node.children.filter((c) => c.named).map((c) => textOf(file, c)).join('');
}

/** `Stripe.apiKey`, `Webhook.constructEvent`, `RequestOptions.builder().setApiKey`. */
export function dottedName(file: JavaFile, node: SyntaxNode | undefined): string {
  if (!node) return '';
  switch (node.type) {
    case 'identifier':
    case 'type_identifier':
      return textOf(file, node);
    case 'field_access':
      return `${dottedName(file, field(node, 'object'))}.${textOf(file, field(node, 'field')!)}`;
    case 'scoped_identifier':
      return textOf(file, node);
    case 'method_invocation': {
      const object = field(node, 'object');
      const name = textOf(file, field(node, 'name')!);
      return object ? `${dottedName(file, object)}.${name}` : name;
    }
    default:
      return '';
  }
}

export function argumentsOf(node: SyntaxNode): SyntaxNode[] {
  return namedChildren(field(node, 'arguments'));
}

const valueCache = new WeakMap<SyntaxNode, Map<string, SyntaxNode[]>>();

export function assignedValues(file: JavaFile, name: string): SyntaxNode[] {
  const map = cached(valueCache, file.root, () => {
    const byName = new Map<string, SyntaxNode[]>();
    walk(file.root, (n) => {
      if (n.type === 'variable_declarator' && field(n, 'value')) {
        const key = textOf(file, field(n, 'name')!);
        byName.set(key, [...(byName.get(key) ?? []), field(n, 'value')!]);
      }
    });
    return byName;
  });
  return map.get(name) ?? [];
}

export function literalValue(file: JavaFile, node: SyntaxNode | undefined, depth = 0): string | undefined {
  if (!node || depth > 3) return undefined;
  const value = stringValue(file, node);
  if (value !== undefined) return value;
  if (node.type === 'identifier') {
    const values = assignedValues(file, textOf(file, node));
    return values.length === 1 ? literalValue(file, values[0], depth + 1) : undefined;
  }
  return undefined;
}

/** Where a Stripe key is set: `Stripe.apiKey = …`, `new StripeClient(…)`, `.setApiKey(…)` on request options or a client builder. */
export function stripeKeySettings(file: JavaFile): SyntaxNode[] {
  const values: SyntaxNode[] = [];
  walk(file.root, (node) => {
    if (node.type === 'assignment_expression' && /^(com\.stripe\.)?Stripe\.apiKey$/.test(dottedName(file, field(node, 'left')))) values.push(field(node, 'right')!);
    if (node.type === 'object_creation_expression' && /^(com\.stripe\.)?StripeClient$/.test(textOf(file, field(node, 'type')!))) {
      const first = argumentsOf(node)[0];
      if (first) values.push(first);
    }
    if (node.type === 'method_invocation' && textOf(file, field(node, 'name')!) === 'setApiKey' && /RequestOptions|StripeClient|builder/.test(textOf(file, field(node, 'object') ?? node))) {
      const first = argumentsOf(node)[0];
      if (first) values.push(first);
    }
  });
  return values;
}

export function isVerificationCall(file: JavaFile, call: SyntaxNode): boolean {
  const name = dottedName(file, call);
  const parts = name.split('.');
  const method = parts.pop() ?? '';
  const receiver = (parts.pop() ?? '').toLowerCase();
  if ((receiver === 'webhook' && method === 'constructEvent') || (receiver === 'signature' && method === 'verifyHeader') || (receiver === 'event' && method === 'retrieve')) return true;
  return (method === 'constructEvent' || method === 'parseThinEvent') && (receiver.includes('client') || receiver.includes('stripe'));
}

/** `event.getType()`, `event.type`. */
export function eventTypeReads(file: JavaFile): SyntaxNode[] {
  const reads: SyntaxNode[] = [];
  walk(file.root, (node) => {
    if (node.type === 'method_invocation' && textOf(file, field(node, 'name')!) === 'getType' && /event/i.test(textOf(file, field(node, 'object') ?? node))) reads.push(node);
    if (node.type === 'field_access' && textOf(file, field(node, 'field')!) === 'type' && /event/i.test(textOf(file, field(node, 'object')!))) reads.push(node);
    // An event taken as a map or JSON tree: `body.get("type")`, `json.get("type").asText()`.
    if (node.type === 'method_invocation' && /^(get|path|getString)$/.test(textOf(file, field(node, 'name')!)) && field(node, 'object') && stringValue(file, argumentsOf(node)[0]) === 'type') reads.push(node);
  });
  return reads;
}

export function hasStripeEventNames(file: JavaFile, isEventName: (v: string) => boolean): boolean {
  return descendants(file.root, 'string_literal').some((s) => isEventName(stringValue(file, s) ?? ''));
}

export function enclosingFunction(node: SyntaxNode): SyntaxNode | undefined {
  for (let p = node.parent; p; p = p.parent) if (FUNCTIONS.has(p.type)) return p;
  return undefined;
}

function isRequestHandler(file: JavaFile, fn: SyntaxNode): boolean {
  if (fn.type === 'lambda_expression') {
    const call = fn.parent?.parent;
    return !!call && call.type === 'method_invocation' && /^(post|put)$/.test(textOf(file, field(call, 'name')!));
  }
  const header = textOf(file, fn).slice(0, (field(fn, 'body')?.start ?? fn.end) - fn.start);
  return /@(PostMapping|RequestMapping|POST|Post|RequestBody)\b|HttpServletRequest|Request\s+\w+\s*[,)]|RoutingContext|APIGatewayProxyRequestEvent/.test(header) ||
    /request\.body\(\)|getReader\(\)|getInputStream\(\)/.test(textOf(file, field(fn, 'body') ?? fn));
}

export function isVerifiedWebhook(file: JavaFile, fn: SyntaxNode, seen = new Set<SyntaxNode>()): boolean {
  if (seen.has(fn) || seen.size > 20) return false;
  seen.add(fn);
  const calls = descendants(fn, 'method_invocation');
  if (calls.some((c) => isVerificationCall(file, c))) return true;
  const local = new Map(descendants(file.root, 'method_declaration').map((m) => [textOf(file, field(m, 'name')!), m]));
  for (const call of calls) {
    const name = textOf(file, field(call, 'name')!);
    const target = local.get(name);
    if (target && target !== fn) {
      if (isVerifiedWebhook(file, target, seen)) return true;
    } else if (!target && looksLikeVerification(name)) return true;
  }
  return false;
}

/** Request handlers (Spring mappings, Spark routes, servlets) that read a Stripe event's type. */
export function webhookHandlers(file: JavaFile, isEventName: (v: string) => boolean): SyntaxNode[] {
  if (!hasStripeEventNames(file, isEventName)) return [];
  const handlers = new Set<SyntaxNode>();
  const methods = descendants(file.root, 'method_declaration');
  for (const read of eventTypeReads(file)) {
    const fn = enclosingFunction(read);
    if (!fn) continue;
    if (isRequestHandler(file, fn)) {
      handlers.add(fn);
      continue;
    }
    if (fn.type !== 'method_declaration') continue;
    const name = textOf(file, field(fn, 'name')!);
    for (const caller of methods) {
      if (caller !== fn && isRequestHandler(file, caller) && descendants(caller, 'method_invocation').some((c) => textOf(file, field(c, 'name')!) === name)) handlers.add(caller);
    }
  }
  return [...handlers].sort((a, b) => a.start - b.start);
}

export function handlerLabel(file: JavaFile, fn: SyntaxNode): { at: SyntaxNode; name: string } {
  if (fn.type === 'lambda_expression') {
    const call = fn.parent!.parent!;
    return { at: call, name: textOf(file, call).split(',')[0]! + ', …)' };
  }
  const name = field(fn, 'name')!;
  return { at: name, name: textOf(file, name) };
}
