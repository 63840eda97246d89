/**
 * The PHP vocabulary (plain scripts, Laravel, Symfony): the same words as src/lang/js.ts over
 * tree-sitter-php nodes, for the rules PHP covers (key literals, API version, metadata, webhooks).
 */
import {
  MAX_DEPTH, cached, descendants, field, isSecretEnvName, isSecretName, looksLikeVerification, namedChildren, splitClientCall, textOf, walk,
  type SyntaxNode, type TreeSitterFile,
} from './tree-sitter-helpers.js';
import { isSecretKeyLiteral } from '../secrets.js';

export type PhpFile = TreeSitterFile<'php'>;

const FUNCTIONS = new Set(['function_definition', 'method_declaration', 'anonymous_function', 'anonymous_function_creation_expression', 'arrow_function']);

/** Plain string contents ('x' or "x" without interpolation). */
export function stringValue(file: PhpFile, node: SyntaxNode | undefined): string | undefined {
  if (!node || (node.type !== 'string' && node.type !== 'encapsed_string')) return undefined;
  if (node.children.some((c) => c.named && c.type !== 'string_content' && c.type !== 'escape_sequence' && c.type !== 'string_value')) return undefined;
  return node.children.filter((c) => c.named).map((c) => textOf(file, c)).join('');
}

/** `Stripe\Stripe::setApiKey`, `$stripe->customers->create`, `getenv`, `Stripe\StripeClient` (for `new`). */
export function callName(file: PhpFile, node: SyntaxNode): string {
  switch (node.type) {
    case 'function_call_expression':
      return textOf(file, field(node, 'function')!).replace(/^\\/, '');
    case 'scoped_call_expression':
      return `${textOf(file, field(node, 'scope')!).replace(/^\\/, '')}::${textOf(file, field(node, 'name')!)}`;
    case 'member_call_expression':
    case 'nullsafe_member_call_expression':
      return `${memberPath(file, field(node, 'object'))}->${textOf(file, field(node, 'name')!)}`;
    case 'object_creation_expression':
      return `new ${textOf(file, namedChildren(node).find((c) => c.type !== 'arguments') ?? node).replace(/^\\/, '')}`;
    default:
      return '';
  }
}

function memberPath(file: PhpFile, node: SyntaxNode | undefined): string {
  if (!node) return '';
  if (node.type === 'member_access_expression' || node.type === 'nullsafe_member_access_expression') return `${memberPath(file, field(node, 'object'))}->${textOf(file, field(node, 'name')!)}`;
  if (node.type === 'member_call_expression') return callName(file, node) + '()';
  return textOf(file, node);
}

export function argumentsOf(node: SyntaxNode): SyntaxNode[] {
  const args = node.children.find((c) => c.type === 'arguments');
  return namedChildren(args).map((a) => (a.type === 'argument' ? namedChildren(a)[0] ?? a : a));
}

/** Entries of an array literal with string keys (`['metadata' => [...]]`), through one variable assignment. */
export function arrayEntries(file: PhpFile, node: SyntaxNode | undefined, depth = 0): { key: string; keyNode: SyntaxNode; value: SyntaxNode }[] {
  if (!node || depth > 3) return [];
  if (node.type === 'variable_name') {
    const values = assignedValues(file, node);
    // An array built in steps: `$metadata = [...]` then `$metadata['customer_ssn'] = $cpf`.
    const later = keyedWrites(file, node);
    return values.length === 1 ? [...arrayEntries(file, values[0], depth + 1), ...later] : later;
  }
  if (node.type !== 'array_creation_expression') return [];
  const entries = [];
  for (const element of namedChildren(node)) {
    if (element.type !== 'array_element_initializer') continue;
    const [keyNode, value] = namedChildren(element);
    const key = stringValue(file, keyNode);
    if (keyNode && value && key !== undefined && namedChildren(element).length === 2) entries.push({ key, keyNode, value });
  }
  return entries;
}

/** `$name['key'] = value` in the function of the variable. */
function keyedWrites(file: PhpFile, variable: SyntaxNode): { key: string; keyNode: SyntaxNode; value: SyntaxNode }[] {
  const name = textOf(file, variable);
  let scope: SyntaxNode = variable;
  while (scope.parent && !FUNCTIONS.has(scope.type)) scope = scope.parent;
  const found: { key: string; keyNode: SyntaxNode; value: SyntaxNode }[] = [];
  walk(scope, (node) => {
    if (node.type !== 'assignment_expression') return;
    const left = field(node, 'left');
    const value = field(node, 'right');
    if (left?.type !== 'subscript_expression' || !value) return;
    const [object, keyNode] = namedChildren(left);
    const key = stringValue(file, keyNode);
    if (object && keyNode && key !== undefined && textOf(file, object) === name) found.push({ key, keyNode, value });
  });
  return found;
}

const assignmentCache = new WeakMap<SyntaxNode, Map<string, SyntaxNode[]>>();

function scopeKey(file: PhpFile, node: SyntaxNode, name: string): string {
  let p = node.parent;
  while (p && !FUNCTIONS.has(p.type)) p = p.parent;
  return `${p ? p.start : -1}:${name}`;
}

export function assignedValues(file: PhpFile, node: SyntaxNode): SyntaxNode[] {
  const map = cached(assignmentCache, file.root, () => {
    const byName = new Map<string, SyntaxNode[]>();
    walk(file.root, (n) => {
      if (n.type !== 'assignment_expression') return;
      const left = field(n, 'left');
      const right = field(n, 'right');
      if (!left || !right) return;
      const key = scopeKey(file, n, textOf(file, left));
      byName.set(key, [...(byName.get(key) ?? []), right]);
    });
    return byName;
  });
  return map.get(scopeKey(file, node, textOf(file, node))) ?? [];
}

/** A string literal's value, directly or through a variable or constant. */
export function literalValue(file: PhpFile, node: SyntaxNode | undefined, depth = 0): string | undefined {
  if (!node || depth > 3) return undefined;
  const value = stringValue(file, node);
  if (value !== undefined) return value;
  if (node.type === 'variable_name') {
    const values = assignedValues(file, node);
    return values.length === 1 ? literalValue(file, values[0], depth + 1) : undefined;
  }
  // `self::LEGACY_KEY`, `static::KEY`, `Config::KEY`: a class constant declared in this file.
  if (node.type === 'class_constant_access_expression') {
    const name = textOf(file, namedChildren(node).pop()!);
    for (const element of descendants(file.root, 'const_element')) {
      const [constant, value] = namedChildren(element);
      if (constant && value && textOf(file, constant) === name) return literalValue(file, value, depth + 1);
    }
  }
  return undefined;
}

/** True when the expression is a secret (env/config reads of secret names, secret-named variables, key literals). */
export function isSecretValue(file: PhpFile, node: SyntaxNode | undefined, extra: readonly string[] = [], depth = 0): boolean {
  if (!node || depth > MAX_DEPTH) return false;
  switch (node.type) {
    case 'string':
    case 'encapsed_string': {
      const value = stringValue(file, node);
      return value !== undefined && isSecretKeyLiteral(value);
    }
    case 'variable_name':
      return isSecretName(textOf(file, node).replace(/^\$/, ''), extra) || assignedValues(file, node).some((v) => isSecretValue(file, v, extra, depth + 1));
    case 'member_access_expression':
      return isSecretName(textOf(file, field(node, 'name')!), extra);
    case 'name':
    case 'class_constant_access_expression':
      return isSecretName(textOf(file, node).split('::').pop()!, extra);
    case 'subscript_expression': {
      const [object, index] = namedChildren(node);
      const key = stringValue(file, index);
      if (key === undefined) return false;
      if (object && /^\$_(ENV|SERVER)$/.test(textOf(file, object))) return isSecretEnvName(key, extra);
      return isSecretName(key, extra);
    }
    case 'function_call_expression': {
      const name = callName(file, node);
      const key = stringValue(file, argumentsOf(node)[0]);
      if (key !== undefined && /^(getenv|env|config|\$_ENV|Env::get)$/.test(name)) return isSecretEnvName(key, extra);
      return false;
    }
    case 'scoped_call_expression': {
      const key = stringValue(file, argumentsOf(node)[0]);
      return key !== undefined && /^(Config|Env)::get$/.test(callName(file, node)) && isSecretEnvName(key, extra);
    }
    default:
      return false;
  }
}

/** `$stripe->customers->create([...])`, `\Stripe\Customer::create([...])`: a call into the Stripe API. */
export function isStripeApiCall(file: PhpFile, node: SyntaxNode): boolean {
  const name = callName(file, node);
  if (node.type === 'scoped_call_expression') {
    const match = /^((?:\w+\\)*)(\w+)::(create|update)$/.exec(name);
    if (!match) return false;
    // `\Stripe\Customer::create`, or `Customer::create` with `use Stripe\Customer;` (not an Eloquent model).
    return match[1]!.startsWith('Stripe\\') || stripeImports(file).has(match[2]!);
  }
  if (node.type === 'member_call_expression') return !!splitClientCall(name.replace(/\$/g, '').split('->'), new Set(['create', 'update']));
  return false;
}

export function isVerificationCall(file: PhpFile, node: SyntaxNode): boolean {
  const name = callName(file, node);
  return /(^|\\)(Webhook::constructEvent|WebhookSignature::verifyHeader|Event::retrieve)$/.test(name) || /->(constructEvent|verifyHeader)$/.test(name) || /->events->retrieve$/.test(name);
}

/** Reads of a Stripe event's type: `$event->type`, `$event['type']`. */
export function eventTypeReads(file: PhpFile): SyntaxNode[] {
  const reads: SyntaxNode[] = [];
  walk(file.root, (node) => {
    if (node.type === 'member_access_expression' && textOf(file, field(node, 'name')!) === 'type' && /event|payload|data/i.test(textOf(file, field(node, 'object')!))) reads.push(node);
    if (node.type === 'subscript_expression') {
      const [object, index] = namedChildren(node);
      if (object && stringValue(file, index) === 'type' && /event|payload|data|input/i.test(textOf(file, object))) reads.push(node);
    }
  });
  return reads;
}

export function hasStripeEventNames(file: PhpFile, isEventName: (v: string) => boolean): boolean {
  return descendants(file.root, new Set(['string', 'encapsed_string'])).some((s) => isEventName(stringValue(file, s) ?? ''));
}

export function enclosingFunction(node: SyntaxNode): SyntaxNode | undefined {
  for (let p = node.parent; p; p = p.parent) if (FUNCTIONS.has(p.type)) return p;
  return undefined;
}

const REQUEST_BODY = /php:\/\/input|\$_POST|\$request->(getContent|all|input|json|getBody|toArray|post|get_json_params|get_body_params|get_params|get_body)\b|\$this->request->|->request->(getRawBody|getBodyParams?|post)\(|->getPayload\(/;

function readsRequestBody(file: PhpFile, scope: SyntaxNode): boolean {
  return REQUEST_BODY.test(textOf(file, scope));
}

/** The first top-level statement of a script that reads the request body. */
function firstBodyRead(file: PhpFile, program: SyntaxNode): SyntaxNode | undefined {
  return namedChildren(program).find((statement) => statement.type !== 'function_definition' && statement.type !== 'class_declaration' && REQUEST_BODY.test(textOf(file, statement)));
}

/** The handler is verified directly, through a same-file function, a helper named like verification, or Cashier. */
export function isVerifiedWebhook(file: PhpFile, scope: SyntaxNode, seen = new Set<SyntaxNode>()): boolean {
  if (seen.has(scope) || seen.size > 20) return false;
  seen.add(scope);
  const calls = descendants(scope, new Set(['function_call_expression', 'scoped_call_expression', 'member_call_expression']));
  if (calls.some((c) => isVerificationCall(file, c))) return true;
  if (/extends\s+(\\?Laravel\\Cashier\\Http\\Controllers\\)?(CashierController|WebhookController)\b|VerifyWebhookSignature/.test(file.text)) return true;
  const local = new Map(descendants(file.root, new Set(['function_definition', 'method_declaration'])).map((f) => [textOf(file, field(f, 'name')!), f]));
  for (const call of calls) {
    const name = call.type === 'function_call_expression' ? textOf(file, field(call, 'function')!) : textOf(file, field(call, 'name') ?? call);
    const target = local.get(name);
    if (target && target !== scope) {
      if (isVerifiedWebhook(file, target, seen)) return true;
    } else if (!target && looksLikeVerification(name)) return true;
  }
  return false;
}

/** Webhook handlers: functions (or the whole script) that read a Stripe event from the request. */
export function webhookHandlers(file: PhpFile, isEventName: (v: string) => boolean): { scope: SyntaxNode; at: SyntaxNode }[] {
  if (!hasStripeEventNames(file, isEventName) && !/Event::constructFrom/.test(file.text)) return [];
  const handlers = new Map<SyntaxNode, SyntaxNode>();
  const reads = [...eventTypeReads(file), ...descendants(file.root, 'scoped_call_expression').filter((c) => /Event::constructFrom$/.test(callName(file, c)))];
  const local = descendants(file.root, new Set(['function_definition', 'method_declaration']));
  for (const read of reads) {
    const fn = enclosingFunction(read);
    const scope = fn ?? file.root;
    if (readsRequestBody(file, scope)) {
      // A plain script is reported where it reads the request, the start of its handling code.
      if (!handlers.has(scope)) handlers.set(scope, fn ? (field(fn, 'name') ?? fn) : (firstBodyRead(file, scope) ?? read));
      continue;
    }
    if (!fn || !field(fn, 'name')) continue;
    const name = textOf(file, field(fn, 'name')!);
    for (const caller of local) {
      if (caller === fn || !readsRequestBody(file, caller)) continue;
      if (descendants(caller, new Set(['name'])).some((n) => textOf(file, n) === name && n.parent?.type !== 'method_declaration')) {
        if (!handlers.has(caller)) handlers.set(caller, field(caller, 'name')!);
      }
    }
  }
  return [...handlers].map(([scope, at]) => ({ scope, at })).sort((a, b) => a.at.start - b.at.start);
}

/** `Stripe::setApiVersion(…)` / `'stripe_version' =>` pins, and the places that set the key or build a client. */
export function apiVersionPins(file: PhpFile): { pinned: boolean; sites: SyntaxNode[] } {
  const sites: SyntaxNode[] = [];
  let pinned = false;
  walk(file.root, (node) => {
    const name = callName(file, node);
    if (/(^|\\)Stripe::setApiVersion$/.test(name)) pinned = true;
    else if (/(^|\\)Stripe::setApiKey$/.test(name) || /^new (Stripe\\)?StripeClient$/.test(name)) sites.push(node);
    else if (node.type === 'array_element_initializer' && namedChildren(node).length === 2 && stringValue(file, namedChildren(node)[0]) === 'stripe_version') pinned = true;
  });
  return { pinned, sites };
}

/** The entries of `'metadata' => [...]` sent with Stripe API calls (nested params too). */
export function metadataEntries(file: PhpFile): { key: string; value: SyntaxNode; at: SyntaxNode; valueAt: SyntaxNode }[] {
  const entries: { key: string; value: SyntaxNode; at: SyntaxNode; valueAt: SyntaxNode }[] = [];
  const visit = (value: SyntaxNode | undefined, depth: number) => {
    for (const entry of arrayEntries(file, value)) {
      if (entry.key !== 'metadata') {
        if (depth < 4) visit(entry.value, depth + 1);
        continue;
      }
      const inline = entry.value.type === 'array_creation_expression';
      for (const m of arrayEntries(file, entry.value)) entries.push({ key: m.key, value: m.value, at: inline ? m.keyNode : entry.value, valueAt: inline ? m.value : entry.value });
    }
  };
  walk(file.root, (node) => {
    if (isStripeApiCall(file, node)) for (const arg of argumentsOf(node)) visit(arg, 0);
  });
  return entries;
}

const importCache = new WeakMap<SyntaxNode, Set<string>>();

/** Class names the file imports from the Stripe namespace (`use Stripe\Checkout\Session;`). */
function stripeImports(file: PhpFile): Set<string> {
  return cached(importCache, file.root, () => {
    const names = new Set<string>();
    for (const clause of descendants(file.root, 'namespace_use_clause')) {
      const text = textOf(file, clause).replace(/^\\/, '');
      if (!text.startsWith('Stripe\\')) continue;
      const [path, alias] = text.split(/ as /i);
      names.add((alias ?? path!.split('\\').pop()!).trim());
    }
    return names;
  });
}
