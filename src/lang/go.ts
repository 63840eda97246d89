/**
 * The Go vocabulary (net/http, gin, echo, fiber with stripe-go): key literals and webhook handlers.
 */
import { cached, descendants, field, looksLikeVerification, namedChildren, textOf, walk, type SyntaxNode, type TreeSitterFile } from './tree-sitter-helpers.js';

export type GoFile = TreeSitterFile<'go'>;

const FUNCTIONS = new Set(['function_declaration', 'method_declaration', 'func_literal']);

export function stringValue(file: GoFile, node: SyntaxNode | undefined): string | undefined {
  if (!node) return undefined;
  if (node.type === 'raw_string_literal') return textOf(file, node).slice(1, -1);
  if (node.type === 'interpreted_string_literal') return textOf(file, node).slice(1, -1);
  return undefined;
}

/** `stripe.Key`, `client.New`, `webhook.ConstructEvent`, `r.Header.Get`. */
export function dottedName(file: GoFile, node: SyntaxNode | undefined): string {
  if (!node) return '';
  if (node.type === 'identifier' || node.type === 'field_identifier' || node.type === 'package_identifier') return textOf(file, node);
  if (node.type === 'selector_expression') return `${dottedName(file, field(node, 'operand'))}.${textOf(file, field(node, 'field')!)}`;
  if (node.type === 'call_expression') return `${dottedName(file, field(node, 'function'))}()`;
  return '';
}

export function argumentsOf(call: SyntaxNode): SyntaxNode[] {
  return namedChildren(field(call, 'arguments'));
}

const constCache = new WeakMap<SyntaxNode, Map<string, SyntaxNode[]>>();

/** Values given to a name anywhere in the file (`const key = "…"`, `key := "…"`). */
export function assignedValues(file: GoFile, name: string): SyntaxNode[] {
  const map = cached(constCache, file.root, () => {
    const byName = new Map<string, SyntaxNode[]>();
    const add = (left: SyntaxNode | undefined, right: SyntaxNode | undefined) => {
      const names = left ? (left.type === 'expression_list' ? namedChildren(left) : [left]) : [];
      const values = right ? (right.type === 'expression_list' ? namedChildren(right) : [right]) : [];
      names.forEach((n, i) => values[i] && byName.set(textOf(file, n), [...(byName.get(textOf(file, n)) ?? []), values[i]!]));
    };
    walk(file.root, (n) => {
      if (n.type === 'short_var_declaration' || n.type === 'assignment_statement') add(field(n, 'left'), field(n, 'right'));
      if (n.type === 'const_spec' || n.type === 'var_spec') {
        const names = n.children.filter((c) => c.field === 'name');
        const value = field(n, 'value');
        names.forEach((nm, i) => {
          const v = value?.type === 'expression_list' ? namedChildren(value)[i] : value;
          if (v) byName.set(textOf(file, nm), [...(byName.get(textOf(file, nm)) ?? []), v]);
        });
      }
    });
    return byName;
  });
  return map.get(name) ?? [];
}

export function literalValue(file: GoFile, node: SyntaxNode | undefined, depth = 0): string | undefined {
  if (!node || depth > 3) return undefined;
  const value = stringValue(file, node);
  if (value !== undefined) return value;
  if (node.type === 'identifier') {
    const values = assignedValues(file, textOf(file, node));
    return values.length === 1 ? literalValue(file, values[0], depth + 1) : undefined;
  }
  return undefined;
}

/** Where a Stripe key is set: `stripe.Key = …`, `client.New(key, …)`, `stripe.NewClient(key)`, `sc.Init(key, …)`. */
export function stripeKeySettings(file: GoFile): SyntaxNode[] {
  const values: SyntaxNode[] = [];
  walk(file.root, (node) => {
    if (node.type === 'assignment_statement') {
      const left = namedChildren(field(node, 'left'));
      const right = namedChildren(field(node, 'right'));
      left.forEach((l, i) => dottedName(file, l) === 'stripe.Key' && right[i] && values.push(right[i]!));
    } else if (node.type === 'call_expression') {
      const name = dottedName(file, field(node, 'function'));
      if (/^(client\.New|stripe\.NewClient)$/.test(name) || (/\.Init$/.test(name) && /client|stripe|sc|api/i.test(name))) {
        const first = argumentsOf(node)[0];
        if (first) values.push(first);
      }
    }
  });
  return values;
}

export function isVerificationCall(file: GoFile, call: SyntaxNode): boolean {
  const name = dottedName(file, field(call, 'function'));
  return /(^|\.)(ConstructEvent|ConstructEventWithOptions|ConstructEventWithTolerance|ConstructEventIgnoringTolerance|ValidatePayload|ValidatePayloadWithTolerance)$/.test(name) && !/IgnoringTolerance/.test(name);
}

/** Reads of an event's type: `event.Type`, compared or switched on against Stripe event names. */
export function eventTypeReads(file: GoFile): SyntaxNode[] {
  const selectors = descendants(file.root, 'selector_expression').filter((s) => textOf(file, field(s, 'field')!) === 'Type' && /event|evt/i.test(textOf(file, field(s, 'operand')!)));
  // An event decoded into a map: `event["type"]`.
  const indexes = descendants(file.root, 'index_expression').filter((i) => stringValue(file, field(i, 'index')) === 'type' && /event|evt|payload|body/i.test(textOf(file, field(i, 'operand')!)));
  return [...selectors, ...indexes];
}

export function hasStripeEventNames(file: GoFile, isEventName: (v: string) => boolean): boolean {
  if (/\bstripe\.EventType[A-Z]/.test(file.text)) return true;
  return descendants(file.root, 'interpreted_string_literal').some((s) => isEventName(stringValue(file, s) ?? ''));
}

export function enclosingFunction(node: SyntaxNode): SyntaxNode | undefined {
  for (let p = node.parent; p; p = p.parent) if (FUNCTIONS.has(p.type)) return p;
  return undefined;
}

const REQUEST = /\*http\.Request|\*gin\.Context|echo\.Context|\*fiber\.Ctx|events\.APIGatewayProxyRequest/;

function isRequestHandler(file: GoFile, fn: SyntaxNode): boolean {
  return REQUEST.test(textOf(file, field(fn, 'parameters') ?? fn)) || /\.Body\b|GetRawData|ShouldBind|BodyParser|\.Bind\(/.test(textOf(file, field(fn, 'body') ?? fn));
}

export function isVerifiedWebhook(file: GoFile, fn: SyntaxNode, seen = new Set<SyntaxNode>()): boolean {
  if (seen.has(fn) || seen.size > 20) return false;
  seen.add(fn);
  const calls = descendants(fn, 'call_expression');
  if (calls.some((c) => isVerificationCall(file, c))) return true;
  const local = new Map(descendants(file.root, new Set(['function_declaration', 'method_declaration'])).map((f) => [textOf(file, field(f, 'name')!), f]));
  for (const call of calls) {
    const name = dottedName(file, field(call, 'function')).split('.').pop() ?? '';
    const target = local.get(name);
    if (target && target !== fn) {
      if (isVerifiedWebhook(file, target, seen)) return true;
    } else if (!target && looksLikeVerification(name)) return true;
  }
  return false;
}

/** HTTP handlers that read a Stripe event's type, directly or through a same-file function. */
export function webhookHandlers(file: GoFile, isEventName: (v: string) => boolean): SyntaxNode[] {
  if (!hasStripeEventNames(file, isEventName)) return [];
  const handlers = new Set<SyntaxNode>();
  const named = descendants(file.root, new Set(['function_declaration', 'method_declaration']));
  for (const read of eventTypeReads(file)) {
    const fn = enclosingFunction(read);
    if (!fn) continue;
    if (isRequestHandler(file, fn)) {
      handlers.add(fn);
      continue;
    }
    const name = field(fn, 'name') ? textOf(file, field(fn, 'name')!) : '';
    if (!name) continue;
    for (const caller of named) {
      if (caller !== fn && isRequestHandler(file, caller) && descendants(caller, 'call_expression').some((c) => dottedName(file, field(c, 'function')).split('.').pop() === name)) handlers.add(caller);
    }
  }
  return [...handlers].sort((a, b) => a.start - b.start);
}
