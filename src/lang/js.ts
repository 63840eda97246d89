/**
 * The JS/TS vocabulary: the words every JS rule is written with, defined once.
 *
 *   walk, calls, calleeName, stringValue, spanOf, textOf        raw compiler nodes, iterative walks
 *   isSecretValue / carriesSecret                              SPEC §3 "secret value", followed through code
 *   isRequestValue                                             values the HTTP client controls
 *   isStripeClientCreation / stripeApiCall / importsStripeSdk  the server SDK and its calls
 *   isLogSink / isResponseSink                                 where a value leaves the process
 *
 * Everything works on the raw TypeScript compiler nodes of a `JsFile` (ts-morph's wrappers are too
 * slow for hot loops). This module never loads TypeScript itself: it uses `file.ts`, the compiler the
 * parser already loaded, so importing it costs nothing on the pre-commit path.
 *
 * Values are followed through the code by one small resolver (`follow`): identifiers to their
 * declarations, assignments and call-site arguments, destructuring, property reads into object
 * literals, `this.x` fields, `||`/`??`/conditionals, and relative or `tsconfig` alias imports into
 * other files on disk (read and parsed on demand, cached). Every walk is iterative or depth-bounded:
 * a 10,000-deep expression does not overflow the stack.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ts as TS } from 'ts-morph';
import type { JsFile } from '../parse/javascript.js';
import type { CheckSettings, Span } from '../rule.js';
import { isSecretKeyLiteral, looksLikeSecretKey } from '../secrets.js';

export type Node = TS.Node;
export type Expr = TS.Expression;
export type Call = TS.CallExpression | TS.NewExpression;

const MAX_DEPTH = 40;

// ───────────────────────────── walking and names ─────────────────────────────

/**
 * Visits `root` and its descendants in source order, iteratively (no recursion, whatever the
 * nesting). Return `false` from `visit` to skip a node's children.
 */
export function walk(file: JsFile, root: Node, visit: (node: Node) => boolean | void): void {
  const { ts } = file;
  const stack: Node[] = [root];
  const children: Node[] = [];
  const collect = (child: Node) => {
    children.push(child);
  };
  while (stack.length) {
    const node = stack.pop()!;
    if (visit(node) === false) continue;
    children.length = 0;
    ts.forEachChild(node, collect);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
}

/** The offsets of a node, without its leading trivia. */
export function spanOf(file: JsFile, node: Node): Span {
  return { start: node.getStart(file.sourceFile), end: node.getEnd() };
}

/** The source text of a node, shortened for messages. */
export function textOf(file: JsFile, node: Node, max = 60): string {
  const text = file.text.slice(node.getStart(file.sourceFile), node.getEnd()).replace(/\s+/g, ' ');
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Strips parentheses, `await`, `as`, `satisfies`, `!` and type assertions. */
export function unwrap(file: JsFile, node: Node): Node {
  const { ts } = file;
  for (;;) {
    if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isNonNullExpression(node) || ts.isAwaitExpression(node) || ts.isTypeAssertionExpression(node) || ts.isSatisfiesExpression(node)) {
      node = node.expression;
    } else return node;
  }
}

/** The name of a property, identifier or string/numeric literal key. */
export function nameOf(file: JsFile, node: Node | undefined): string | undefined {
  const { ts } = file;
  if (!node) return undefined;
  if (ts.isIdentifier(node) || ts.isPrivateIdentifier(node)) return node.text;
  if (ts.isStringLiteralLike(node) || ts.isNumericLiteral(node)) return node.text;
  if (ts.isComputedPropertyName(node)) return stringValue(file, node.expression);
  return undefined;
}

/** The value of a string literal or a template without substitutions. */
export function stringValue(file: JsFile, node: Node | undefined): string | undefined {
  if (!node) return undefined;
  const inner = unwrap(file, node);
  return file.ts.isStringLiteralLike(inner) ? inner.text : undefined;
}

/**
 * The dotted name of a callee or member chain: `stripe.paymentIntents.create`, `console.log`,
 * `res.status().json` (a call inside the chain is written `()`), `this.logger.info`.
 * Undefined when a part has no name (a computed member, a literal).
 */
export function calleeName(file: JsFile, node: Node): string | undefined {
  const { ts } = file;
  const parts: string[] = [];
  let current: Node = node;
  for (let i = 0; i < 64; i++) {
    current = unwrap(file, current);
    if (ts.isIdentifier(current)) {
      parts.push(current.text);
      return joinParts(parts);
    }
    if (current.kind === ts.SyntaxKind.ThisKeyword) {
      parts.push('this');
      return joinParts(parts);
    }
    if (ts.isMetaProperty(current)) {
      parts.push(`${ts.tokenToString(current.keywordToken)}.${current.name.text}`);
      return joinParts(parts);
    }
    if (ts.isPropertyAccessExpression(current)) {
      parts.push(current.name.text);
      current = current.expression;
    } else if (ts.isElementAccessExpression(current)) {
      const key = stringValue(file, current.argumentExpression);
      if (key === undefined) return undefined;
      parts.push(key);
      current = current.expression;
    } else if (ts.isCallExpression(current)) {
      if (!parts.length) return undefined;
      parts[parts.length - 1] = `()${parts[parts.length - 1]}`; // marks the call on the next segment
      current = current.expression;
    } else return undefined;
  }
  return undefined;
}

function joinParts(parts: string[]): string {
  return parts.reverse().join('.').replace(/\.\(\)/g, '().');
}

const dotted = calleeName;

export interface JsIndex {
  /** Every node of the file in source order (one walk; later passes iterate this array instead of re-walking). */
  nodes: Node[];
  calls: TS.CallExpression[];
  news: TS.NewExpression[];
  /** `a = b`, `a ||= b`, `ctx.body = x`. */
  assignments: TS.BinaryExpression[];
  imports: { node: TS.ImportDeclaration | TS.CallExpression; module: string }[];
  /** Name → declarations, per scope node. */
  scopes: Map<Node, Map<string, Binding[]>>;
  /** `this.name = value` and class fields, by name. */
  fields: Map<string, Expr[]>;
  directives: string[];
}

export interface Binding {
  name: string;
  /** The identifier that declares it. */
  declaration: TS.Identifier;
  /** The initializer and every later assignment. */
  values: Expr[];
  /** For a destructured name: the property path from the initializer (`const { a: { b } } = x` → ['a', 'b']). */
  path: string[];
  kind: 'variable' | 'parameter' | 'import' | 'function' | 'class';
  /** Import: module specifier and imported name ('default', '*' or the name). */
  from?: { module: string; name: string };
  /** Parameter: its function and position. */
  parameter?: { fn: TS.SignatureDeclaration; index: number; node: TS.ParameterDeclaration };
}

const indexes = new WeakMap<TS.SourceFile, JsIndex>();

function isScope(ts: typeof TS, node: Node): boolean {
  return ts.isSourceFile(node) || ts.isBlock(node) || ts.isModuleBlock(node) || ts.isCaseBlock(node) || ts.isFunctionLike(node) || ts.isForStatement(node) || ts.isForOfStatement(node) || ts.isForInStatement(node) || ts.isCatchClause(node) || ts.isClassLike(node);
}

function scopeOf(ts: typeof TS, node: Node): Node {
  let current = node.parent;
  while (current && !isScope(ts, current)) current = current.parent;
  return current ?? node.getSourceFile();
}

/** The file's index, built in one iterative walk and shared by every rule. */
export function indexOf(file: JsFile): JsIndex {
  const cached = indexes.get(file.sourceFile);
  if (cached) return cached;
  const { ts } = file;
  const index: JsIndex = { nodes: [], calls: [], news: [], assignments: [], imports: [], scopes: new Map(), fields: new Map(), directives: [] };
  const declare = (scope: Node, binding: Binding) => {
    let names = index.scopes.get(scope);
    if (!names) index.scopes.set(scope, (names = new Map()));
    const list = names.get(binding.name) ?? [];
    list.push(binding);
    names.set(binding.name, list);
  };
  const declarePattern = (scope: Node, name: TS.BindingName, init: Expr | undefined, prefix: string[], base: Omit<Binding, 'name' | 'declaration' | 'values' | 'path'>) => {
    // Destructuring patterns are shallow in practice; a work list keeps deep ones off the stack.
    const work: [TS.BindingName, string[], Expr | undefined][] = [[name, prefix, undefined]];
    while (work.length) {
      const [target, at, fallback] = work.pop()!;
      if (ts.isIdentifier(target)) {
        const values = init ? [init] : [];
        declare(scope, { ...base, name: target.text, declaration: target, values, path: at });
        if (fallback) declare(scope, { ...base, name: target.text, declaration: target, values: [fallback], path: [] });
        continue;
      }
      target.elements.forEach((element, i) => {
        if (ts.isOmittedExpression(element)) return;
        if (element.dotDotDotToken) {
          work.push([element.name, at, undefined]);
          return;
        }
        const key = ts.isObjectBindingPattern(target) ? (nameOf(file, element.propertyName ?? element.name) ?? '*') : String(i);
        work.push([element.name, [...at, key], element.initializer]);
      });
    }
  };
  const first = file.sourceFile.statements;
  for (const statement of first) {
    if (ts.isExpressionStatement(statement) && ts.isStringLiteral(statement.expression)) index.directives.push(statement.expression.text);
    else break;
  }
  walk(file, file.sourceFile, (node) => {
    index.nodes.push(node);
    if (ts.isCallExpression(node)) {
      index.calls.push(node);
      if (ts.isIdentifier(node.expression) && node.expression.text === 'require' && node.arguments.length === 1) {
        const module = stringValue(file, node.arguments[0]);
        if (module !== undefined) index.imports.push({ node, module });
      } else if (node.expression.kind === ts.SyntaxKind.ImportKeyword) {
        const module = stringValue(file, node.arguments[0]);
        if (module !== undefined) index.imports.push({ node, module });
      }
    } else if (ts.isNewExpression(node)) index.news.push(node);
    else if (ts.isBinaryExpression(node) && node.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && node.operatorToken.kind <= ts.SyntaxKind.LastAssignment) {
      index.assignments.push(node);
    } else if (ts.isVariableDeclaration(node)) {
      const scope = node.parent.flags & ts.NodeFlags.BlockScoped ? scopeOf(ts, node.parent) : functionScopeOf(ts, node);
      // `for (const item of items)`: each item is an element of the iterated value.
      const loop = node.parent.parent;
      if (!node.initializer && loop && ts.isForOfStatement(loop)) declarePattern(loop, node.name, loop.expression, ['*'], { kind: 'variable' });
      else declarePattern(scope, node.name, node.initializer, [], { kind: 'variable' });
    } else if (ts.isParameter(node) && ts.isFunctionLike(node.parent)) {
      const fn = node.parent;
      declarePattern(fn, node.name, node.initializer, [], { kind: 'parameter', parameter: { fn, index: fn.parameters.indexOf(node), node } });
    } else if ((ts.isFunctionDeclaration(node) || ts.isClassDeclaration(node)) && node.name) {
      declare(scopeOf(ts, node), { name: node.name.text, declaration: node.name, values: [], path: [], kind: ts.isClassDeclaration(node) ? 'class' : 'function' });
    } else if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const module = node.moduleSpecifier.text;
      index.imports.push({ node, module });
      const clause = node.importClause;
      if (clause?.name) declare(file.sourceFile, { name: clause.name.text, declaration: clause.name, values: [], path: [], kind: 'import', from: { module, name: 'default' } });
      const bindings = clause?.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings)) declare(file.sourceFile, { name: bindings.name.text, declaration: bindings.name, values: [], path: [], kind: 'import', from: { module, name: '*' } });
      if (bindings && ts.isNamedImports(bindings)) {
        for (const element of bindings.elements) {
          declare(file.sourceFile, { name: element.name.text, declaration: element.name, values: [], path: [], kind: 'import', from: { module, name: (element.propertyName ?? element.name).text } });
        }
      }
      return false;
    } else if (ts.isPropertyDeclaration(node) && node.initializer) {
      const name = nameOf(file, node.name);
      if (name) pushField(index, name, node.initializer);
    } else if (ts.isParameter(node) && node.modifiers?.some((m) => m.kind === ts.SyntaxKind.PrivateKeyword || m.kind === ts.SyntaxKind.PublicKeyword || m.kind === ts.SyntaxKind.ReadonlyKeyword || m.kind === ts.SyntaxKind.ProtectedKeyword)) {
      // handled above for the binding; constructor parameter properties are `this.x` too (no value known)
    }
    return undefined;
  });
  for (const assignment of index.assignments) {
    const left = unwrap(file, assignment.left);
    if (ts.isIdentifier(left)) for (const binding of bindingsOf(file, left, index)) binding.values.push(assignment.right);
    else if (ts.isPropertyAccessExpression(left) && left.expression.kind === ts.SyntaxKind.ThisKeyword) pushField(index, left.name.text, assignment.right);
  }
  indexes.set(file.sourceFile, index);
  return index;
}

function pushField(index: JsIndex, name: string, value: Expr): void {
  const list = index.fields.get(name) ?? [];
  list.push(value);
  index.fields.set(name, list);
}

function functionScopeOf(ts: typeof TS, node: Node): Node {
  let current = node.parent;
  while (current && !ts.isFunctionLike(current) && !ts.isSourceFile(current) && !ts.isModuleBlock(current)) current = current.parent;
  // `var` lives in the function; its body block is where lookups from inside start, so use the body.
  if (current && ts.isFunctionLike(current)) return (current as TS.FunctionLikeDeclaration).body ?? current;
  return current ?? node.getSourceFile();
}

/** The declarations an identifier refers to (lexical lookup by name, innermost scope first). */
export function bindingsOf(file: JsFile, identifier: TS.Identifier, index = indexOf(file)): Binding[] {
  const { ts } = file;
  let current: Node | undefined = identifier.parent;
  while (current) {
    if (isScope(ts, current)) {
      const found = index.scopes.get(current)?.get(identifier.text);
      if (found?.length) return found.filter((b) => b.declaration !== identifier || b.values.length || b.kind === 'parameter');
    }
    current = current.parent;
  }
  return [];
}

/** Every node of the file in source order, from the shared index: iterate this instead of walking again. */
export function nodesOf(file: JsFile): readonly Node[] {
  return indexOf(file).nodes;
}

/** Every call expression of the file. */
export function calls(file: JsFile): readonly TS.CallExpression[] {
  return indexOf(file).calls;
}

/** The properties of an object literal by name (the last one wins, as at run time). */
export function propertyOf(file: JsFile, object: Node | undefined, name: string): TS.ObjectLiteralElementLike | undefined {
  const { ts } = file;
  if (!object) return undefined;
  const literal = unwrap(file, object);
  if (!ts.isObjectLiteralExpression(literal)) return undefined;
  let found: TS.ObjectLiteralElementLike | undefined;
  for (const property of literal.properties) if (nameOf(file, property.name) === name) found = property;
  return found;
}

/** The value expression of an object literal property (`a: x` → x, shorthand `a` → the identifier a). */
export function propertyValue(file: JsFile, property: TS.ObjectLiteralElementLike | undefined): Expr | undefined {
  const { ts } = file;
  if (!property) return undefined;
  if (ts.isPropertyAssignment(property)) return property.initializer;
  if (ts.isShorthandPropertyAssignment(property)) return property.name;
  return undefined;
}

/** The object literal an expression denotes, following variables in this file. */
export function objectLiteralOf(file: JsFile, node: Node | undefined): TS.ObjectLiteralExpression | undefined {
  const { ts } = file;
  let current = node && unwrap(file, node);
  for (let i = 0; current && i < 8; i++) {
    if (ts.isObjectLiteralExpression(current)) return current;
    if (!ts.isIdentifier(current)) return undefined;
    const binding = bindingsOf(file, current).find((b) => b.kind === 'variable' && b.path.length === 0 && b.values.length === 1);
    current = binding && unwrap(file, binding.values[0]!);
  }
  return undefined;
}

/**
 * The properties an object value ends up with: those of its literal, of objects spread into it, and
 * of the objects merged by `Object.assign(…)`, each with `at`, where it shows in the value given
 * (the property itself, or the spread that brings it).
 */
export function mergedProperties(file: JsFile, value: Node | undefined, depth = 0): { property: TS.ObjectLiteralElementLike; at: Node }[] {
  const { ts } = file;
  if (!value || depth > 4) return [];
  let inner = unwrap(file, value);
  if (ts.isIdentifier(inner)) {
    const binding = bindingsOf(file, inner).find((b) => b.kind === 'variable' && b.path.length === 0 && b.values.length === 1);
    if (binding) inner = unwrap(file, binding.values[0]!);
  }
  if (ts.isCallExpression(inner) && calleeName(file, inner.expression) === 'Object.assign') {
    return inner.arguments.flatMap((a) => mergedProperties(file, a, depth + 1)).map((p) => ({ property: p.property, at: value }));
  }
  const literal = objectLiteralOf(file, inner);
  if (!literal) return [];
  const found: { property: TS.ObjectLiteralElementLike; at: Node }[] = [];
  for (const property of literal.properties) {
    if (ts.isSpreadAssignment(property)) {
      for (const spread of mergedProperties(file, property.expression, depth + 1)) found.push({ property: spread.property, at: property });
    } else found.push({ property, at: property });
  }
  return found;
}

// ───────────────────────────── names that say "secret" ─────────────────────────────

const PUBLIC_PREFIX = /^(NEXT_PUBLIC_|VITE_|REACT_APP_|EXPO_PUBLIC_|GATSBY_|NUXT_PUBLIC_|NUXT_ENV_|PUBLIC_|VUE_APP_)/;

/** `stripeSecretKey`, `stripe.secret-key`, `STRIPE_SECRET_KEY` → `STRIPE_SECRET_KEY`. */
export function normalizeName(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .toUpperCase();
}

/** The public prefix a bundler exposes to browsers (`NEXT_PUBLIC_`, `VITE_`, …), if the name has one. */
export function publicPrefixOf(name: string): string | undefined {
  return PUBLIC_PREFIX.exec(name)?.[1];
}

const NOT_SECRET_NAME = /EPHEMERAL|SECRETS?_(MANAGER|CLIENT|SERVICE|STORE|PROVIDER|NAMES?)|PUBLISHABLE|(^|_)PUBLIC($|_)|(^|_)PK($|_)|CLIENT_SECRET|SECRET_(NAME|ID|ARN|PATH|FILE|URL|REGION|VERSION|HEADER|LENGTH|PREFIX|MANAGER)$|(KEY|TOKEN)_(NAME|ID|ARN|PATH|FILE|URL|TYPE|HEADER|LENGTH|PREFIX|EXPIRY|EXPIRES(_AT)?|TTL)$|(^|_)(IS|HAS|USE)_/;
/** Under a public prefix, the words that still say "secret". */
export const PUBLIC_SECRET_NAME = /SECRET|(^|_)SK($|_)|RESTRICTED|PRIVATE_KEY|WHSEC|SIGNING/;
const SECRET_NAME = /SECRET|STRIPE_KEY|STRIPE_SK|(^|_)SK($|_)|RESTRICTED_KEY|(^|_)RK($|_)|API_KEY|APIKEY|ACCESS_KEY|PRIVATE_KEY|WHSEC|SIGNING_KEY/;

/**
 * True when a variable, property or environment name says it holds a secret (SPEC §3): `secretKey`,
 * `STRIPE_SECRET_KEY`, `webhookSecret`, `apiKey`, `access_key`… Publishable keys and PaymentIntent
 * `client_secret` (meant for the browser) are not. Environment and config names also count `TOKEN`.
 */
export function isSecretName(name: string, options: { environment?: boolean; settings?: CheckSettings } = {}): boolean {
  if (options.settings?.secretNames.includes(name)) return true;
  let normalized = normalizeName(name);
  const prefix = publicPrefixOf(normalized);
  if (prefix) {
    // A public name is meant for browsers (`NEXT_PUBLIC_STRIPE_KEY` is the publishable key): only an
    // explicit "secret" word makes it one.
    normalized = normalized.slice(prefix.length);
    return !NOT_SECRET_NAME.test(normalized) && PUBLIC_SECRET_NAME.test(normalized);
  }
  if (NOT_SECRET_NAME.test(normalized)) return false;
  if (SECRET_NAME.test(normalized)) return true;
  return options.environment === true && /TOKEN/.test(normalized);
}

/** True when the name is clearly not a secret: publishable keys, `client_secret`. */
function isPublicName(name: string): boolean {
  return /PUBLISHABLE|(^|_)PK($|_)|CLIENT_SECRET|(^|_)PUBLIC_KEY|EPHEMERAL/.test(normalizeName(name));
}

// ───────────────────────────── following values ─────────────────────────────

/** A value: `node` then the property reads of `path` (`const { a } = x` reads x then a). */
interface Ref {
  file: JsFile;
  node: Node;
  path: string[];
}

type Verdict = 'yes' | 'no' | undefined;

interface Follow {
  /** Decides a value, or returns undefined to keep following it. */
  classify(ref: Ref): Verdict;
  /** Extra origins a classifier knows (pass-through calls…). */
  through?(ref: Ref): Ref[] | undefined;
}

const ARRAY_CALLBACK = new Set(['map', 'flatMap', 'forEach', 'filter', 'find', 'findLast', 'some', 'every', 'reduce', 'reduceRight']);

/**
 * Follows a value to where it comes from, breadth-first, at most MAX_DEPTH steps deep and a bounded
 * number of origins. Returns 'yes' if any origin classifies as yes, 'no' when every origin that
 * decided said no, undefined when the trail went cold.
 */
function follow(start: Ref, rule: Follow): { verdict: Verdict; names: string[] } {
  const queue: [Ref, number][] = [[start, 0]];
  const seen = new Set<string>();
  const names: string[] = [];
  let sawNo = false;
  let steps = 0;
  while (queue.length && steps++ < 400) {
    const [ref, depth] = queue.shift()!;
    const key = `${ref.file.path}:${ref.node.pos}:${ref.node.end}:${ref.path.join('.')}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const verdict = rule.classify(ref);
    if (verdict === 'yes') return { verdict, names };
    if (verdict === 'no') {
      sawNo = true;
      continue;
    }
    if (depth >= MAX_DEPTH) continue;
    const next = rule.through?.(ref) ?? origins(ref, names);
    for (const origin of next) queue.push([origin, depth + 1]);
  }
  return { verdict: sawNo ? 'no' : undefined, names };
}

/** One step back: where the value of `ref` comes from. */
function origins(ref: Ref, names: string[]): Ref[] {
  const { file, path: at } = ref;
  const { ts } = file;
  const node = unwrap(file, ref.node);
  const to = (n: Node, p: string[] = at): Ref => ({ file, node: n, path: p });
  if (ts.isIdentifier(node)) {
    names.push(at.length ? at[at.length - 1]! : node.text);
    const found: Ref[] = [];
    for (const binding of bindingsOf(file, node)) {
      for (const value of binding.values) found.push(to(value, [...binding.path, ...at]));
      if (binding.kind === 'parameter' && binding.parameter) found.push(...argumentsFor(file, binding, at));
      if (binding.kind === 'import' && binding.from) {
        // `import * as config from './config'`: `config.x` is the module's export `x`.
        const namespace = binding.from.name === '*';
        const exported = namespace ? (at.length ? importedValue(file, binding.from.module, at[0]!) : undefined) : importedValue(file, binding.from.module, binding.from.name);
        if (exported) found.push({ ...exported, path: [...exported.path, ...(namespace ? at.slice(1) : at)] });
      }
    }
    return found;
  }
  if (ts.isPropertyAccessExpression(node)) {
    if (node.expression.kind === ts.SyntaxKind.ThisKeyword) {
      names.push(at.length ? at[at.length - 1]! : node.name.text);
      return (indexOf(file).fields.get(node.name.text) ?? []).map((v) => to(v));
    }
    return [to(node.expression, [node.name.text, ...at])];
  }
  if (ts.isElementAccessExpression(node)) {
    const key = stringValue(file, node.argumentExpression) ?? (ts.isNumericLiteral(node.argumentExpression) ? node.argumentExpression.text : '*');
    return [to(node.expression, [key, ...at])];
  }
  if (ts.isObjectLiteralExpression(node) && at.length) {
    const found: Ref[] = [];
    for (const property of node.properties) {
      if (ts.isSpreadAssignment(property)) found.push(to(property.expression));
      else if (nameOf(file, property.name) === at[0] || at[0] === '*') {
        const value = propertyValue(file, property);
        if (value) found.push(to(value, at.slice(1)));
      }
    }
    return found;
  }
  if (ts.isArrayLiteralExpression(node) && at.length) {
    return node.elements.map((e) => to(ts.isSpreadElement(e) ? e.expression : e, ts.isSpreadElement(e) ? at : at.slice(1)));
  }
  if (ts.isConditionalExpression(node)) return [to(node.whenTrue), to(node.whenFalse)];
  if (ts.isBinaryExpression(node)) {
    const op = node.operatorToken.kind;
    if (op === ts.SyntaxKind.BarBarToken || op === ts.SyntaxKind.QuestionQuestionToken) return [to(node.left), to(node.right)];
    if (op === ts.SyntaxKind.CommaToken || op === ts.SyntaxKind.AmpersandAmpersandToken) return [to(node.right)];
    if (op >= ts.SyntaxKind.FirstAssignment && op <= ts.SyntaxKind.LastAssignment) return [to(node.right)];
  }
  if (ts.isCallExpression(node)) {
    // `require('./config')` and `await import('./config')` are the other module's exports.
    const module = requiredModule(file, node);
    if (module !== undefined && at.length) {
      const exported = importedValue(file, module, at[0]!) ?? importedValue(file, module, 'default');
      return exported ? [{ ...exported, path: [...exported.path, ...(importedValue(file, module, at[0]!) ? at.slice(1) : at)] }] : [];
    }
  }
  return [];
}

function requiredModule(file: JsFile, call: TS.CallExpression): string | undefined {
  const { ts } = file;
  if ((ts.isIdentifier(call.expression) && call.expression.text === 'require') || call.expression.kind === ts.SyntaxKind.ImportKeyword) {
    return stringValue(file, call.arguments[0]);
  }
  return undefined;
}

/** The arguments that call sites in this file pass to a parameter (and array callbacks' elements). */
function argumentsFor(file: JsFile, binding: Binding, at: string[]): Ref[] {
  const { ts } = file;
  const { fn, index } = binding.parameter!;
  const found: Ref[] = [];
  // An array callback: `items.map((item) => …)` — the item is an element of the receiver.
  const parent = fn.parent;
  if (parent && ts.isCallExpression(parent) && ts.isPropertyAccessExpression(parent.expression) && ARRAY_CALLBACK.has(parent.expression.name.text)) {
    const isReduce = parent.expression.name.text.startsWith('reduce');
    if (index === (isReduce ? 1 : 0)) found.push({ file, node: parent.expression.expression, path: ['*', ...binding.path, ...at] });
    return found;
  }
  let name: string | undefined;
  let method = false;
  if ((ts.isFunctionDeclaration(fn) || ts.isFunctionExpression(fn)) && fn.name) name = fn.name.text;
  else if ((ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) && ts.isVariableDeclaration(fn.parent) && ts.isIdentifier(fn.parent.name)) name = fn.parent.name.text;
  else if (ts.isMethodDeclaration(fn) && ts.isIdentifier(fn.name)) {
    name = fn.name.text;
    method = true;
  }
  if (!name) return found;
  // Exported functions and methods are often called from another module (a NestJS controller calls
  // its service, an Express route calls a billing helper): follow the callers among nearby files.
  if (isExported(file, fn)) {
    for (const caller of callersInOtherFiles(file, name)) {
      const argument = caller.call.arguments[index];
      if (argument && !caller.file.ts.isSpreadElement(argument)) found.push({ file: caller.file, node: argument, path: [...binding.path, ...at] });
    }
  }
  let count = 0;
  for (const call of indexOf(file).calls) {
    const callee = unwrap(file, call.expression);
    const matches = method
      ? ts.isPropertyAccessExpression(callee) && callee.name.text === name && callee.expression.kind === ts.SyntaxKind.ThisKeyword
      : ts.isIdentifier(callee) && callee.text === name;
    if (!matches) continue;
    const argument = call.arguments[index];
    if (argument && !ts.isSpreadElement(argument)) found.push({ file, node: argument, path: [...binding.path, ...at] });
    if (++count >= 20) break;
  }
  return found;
}

/** True when a function or method can be called from another module (exported, or a method of an exported/default class or object). */
function isExported(file: JsFile, fn: TS.SignatureDeclaration): boolean {
  const { ts } = file;
  let current: Node | undefined = fn;
  for (let i = 0; current && i < 6; i++) {
    if (ts.isSourceFile(current.parent)) {
      const modifiers = ts.canHaveModifiers(current) ? (ts.getModifiers(current) ?? []) : [];
      if (modifiers.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) return true;
      break;
    }
    current = current.parent;
  }
  // CommonJS and late exports: the file exports something and mentions the name there.
  return /module\.exports|exports\.|export\s*(default|\{)/.test(file.text);
}

const listings = new Map<string, string[]>();

function listDir(dir: string): string[] {
  let names = listings.get(dir);
  if (!names) {
    try {
      names = readdirSync(dir, { withFileTypes: true })
        .filter((e) => (e.isFile() && /\.(ts|tsx|js|jsx|mjs|cjs|mts|cts)$/.test(e.name) && !/\.d\.ts$/.test(e.name)) || (e.isDirectory() && !/^(node_modules|\.|dist|build|coverage)/.test(e.name)))
        .map((e) => (e.isDirectory() ? `${e.name}/` : e.name));
    } catch {
      names = [];
    }
    if (listings.size > 2000) listings.clear();
    listings.set(dir, names);
  }
  return names;
}

/**
 * Calls of `name` in the modules near `file` (its folder, its parent and the parent's sub-folders —
 * where controllers, routes and services sit) that import `file`. Bounded: at most 40 files read.
 */
const callerCache = new Map<string, { file: JsFile; call: TS.CallExpression }[]>();
const textCache = new Map<string, string | null>();

/** A neighbour's text, read once per process (null when unreadable or too big). */
function neighbourText(candidate: string): string | null {
  let text = textCache.get(candidate);
  if (text === undefined) {
    try {
      text = statSync(candidate).size > 128 * 1024 ? null : readFileSync(candidate, 'utf8');
    } catch {
      text = null;
    }
    if (textCache.size > 200) textCache.clear();
    textCache.set(candidate, text);
  }
  return text;
}

function callersInOtherFiles(file: JsFile, name: string): { file: JsFile; call: TS.CallExpression }[] {
  if (!file.absolutePath) return [];
  const key = `${file.absolutePath}\0${name}`;
  let cached = callerCache.get(key);
  if (!cached) {
    cached = findCallersInOtherFiles(file, name);
    if (callerCache.size > 100) callerCache.clear(); // entries hold parsed neighbours: keep few
    callerCache.set(key, cached);
  }
  return cached;
}

/**
 * The modules near `file` (its folder, its parent and the parent's sub-folders — where controllers,
 * routes, servers and services sit) that import it and whose text contains every string of
 * `mentions`. Bounded: at most 40 files read.
 */
export function neighboursImporting(file: JsFile, mentions: readonly string[]): JsFile[] {
  if (!file.absolutePath) return [];
  const self = file.absolutePath;
  const dir = path.dirname(self);
  const parent = path.dirname(dir);
  const dirs = [dir, parent, ...listDir(parent).filter((n) => n.endsWith('/')).map((n) => path.join(parent, n))].filter((d, i, all) => all.indexOf(d) === i).slice(0, 24);
  const stem = path.basename(self).replace(/\.[^.]+$/, '');
  const found: JsFile[] = [];
  let read = 0;
  for (const d of dirs) {
    for (const entry of listDir(d)) {
      if (entry.endsWith('/') || read >= 40) continue;
      const candidate = path.join(d, entry);
      if (candidate === self) continue;
      read++;
      const text = neighbourText(candidate);
      // Cheap text checks before parsing: it must mention this module and the names asked for.
      if (text === null || !text.includes(stem) || !mentions.every((m) => text.includes(m))) continue;
      const other = loadModule(file, candidate);
      if (other && indexOf(other).imports.some((i) => resolveModule(other, i.module) === self)) found.push(other);
    }
  }
  return found;
}

function findCallersInOtherFiles(file: JsFile, name: string): { file: JsFile; call: TS.CallExpression }[] {
  const { ts } = file;
  const found: { file: JsFile; call: TS.CallExpression }[] = [];
  for (const other of neighboursImporting(file, [`${name}(`])) {
    for (const call of indexOf(other).calls) {
      const callee = unwrap(other, call.expression);
      const called = ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : undefined;
      if (called === name) found.push({ file: other, call });
      if (found.length >= 20) return found;
    }
  }
  return found;
}

// ───────────────────────────── other modules ─────────────────────────────

const moduleCache = new Map<string, JsFile | null>();
// Bounded: parsed neighbours are kept for the files that follow (often the same imports), not forever.
const MODULE_CACHE_LIMIT = 48;
const EXTENSIONS = ['.ts', '.tsx', '.js', '.jsx', '.mjs', '.cjs', '.mts', '.cts'];

function fileAt(candidate: string): string | undefined {
  try {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  } catch {
    /* unreadable: not found */
  }
  return undefined;
}

function resolveFile(base: string): string | undefined {
  const stripped = base.replace(/\.(js|jsx|mjs|cjs)$/, '');
  for (const ext of EXTENSIONS) {
    const found = fileAt(stripped + ext) ?? fileAt(path.join(base, `index${ext}`));
    if (found) return found;
  }
  return fileAt(base);
}

const aliasCache = new Map<string, { root: string; paths: [string, string[]][]; baseUrl: string } | null>();

/** `tsconfig.json`/`jsconfig.json` `paths` of the nearest project above `dir` (JSON with comments allowed). */
function aliasesFor(dir: string): { root: string; paths: [string, string[]][]; baseUrl: string } | null {
  if (aliasCache.has(dir)) return aliasCache.get(dir)!;
  let result: { root: string; paths: [string, string[]][]; baseUrl: string } | null = null;
  for (const name of ['tsconfig.json', 'jsconfig.json']) {
    const config = fileAt(path.join(dir, name));
    if (!config) continue;
    try {
      const text = readFileSync(config, 'utf8').replace(/\/\*[\s\S]*?\*\/|(^|[^:"])\/\/.*$/gm, '$1').replace(/,(\s*[}\]])/g, '$1');
      const options = (JSON.parse(text) as { compilerOptions?: { paths?: Record<string, string[]>; baseUrl?: string } }).compilerOptions ?? {};
      const paths = Object.entries(options.paths ?? {});
      // `baseUrl: "src"` alone makes `lib/stripe` resolve from src/.
      if (options.baseUrl) paths.push(['*', ['*']]);
      result = { root: dir, paths, baseUrl: path.resolve(dir, options.baseUrl ?? '.') };
    } catch {
      result = { root: dir, paths: [], baseUrl: dir };
    }
    break;
  }
  if (!result && !fileAt(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    result = parent !== dir ? aliasesFor(parent) : null;
  }
  aliasCache.set(dir, result);
  return result;
}

/** The file a module specifier names, for relative paths and `tsconfig` aliases (`@/lib/stripe`). */
const resolved = new Map<string, string | undefined>();

export function resolveModule(file: JsFile, specifier: string): string | undefined {
  if (!file.absolutePath) return undefined;
  const dir = path.dirname(file.absolutePath);
  const key = `${dir}\0${specifier}`;
  if (resolved.has(key)) return resolved.get(key);
  if (resolved.size > 5000) resolved.clear();
  const found = resolveUncached(dir, specifier);
  resolved.set(key, found);
  return found;
}

function resolveUncached(dir: string, specifier: string): string | undefined {
  if (specifier.startsWith('.')) return resolveFile(path.resolve(dir, specifier));
  const project = aliasesFor(dir);
  if (!project) return undefined;
  for (const [pattern, targets] of project.paths) {
    const star = pattern.indexOf('*');
    const prefix = star === -1 ? pattern : pattern.slice(0, star);
    if (star === -1 ? specifier !== pattern : !specifier.startsWith(prefix)) continue;
    const rest = star === -1 ? '' : specifier.slice(prefix.length);
    for (const target of targets) {
      const found = resolveFile(path.resolve(project.baseUrl, target.replace('*', rest)));
      if (found) return found;
    }
  }
  // Common conventions without a config: `@/x` and `~/x` from the project root or its src/.
  const conventional = /^[@~]\/(.*)$/.exec(specifier);
  if (conventional) return resolveFile(path.join(project.root, 'src', conventional[1]!)) ?? resolveFile(path.join(project.root, conventional[1]!));
  return undefined;
}

/** Parses another module of the project (cached; at most 128 KiB; a failure means "unknown"). */
function loadModule(file: JsFile, absolutePath: string): JsFile | undefined {
  const cached = moduleCache.get(absolutePath);
  if (cached !== undefined) return cached ?? undefined;
  let loaded: JsFile | null = null;
  try {
    if (statSync(absolutePath).size <= 128 * 1024) {
      const text = readFileSync(absolutePath, 'utf8');
      const sourceFile = file.ts.createSourceFile(absolutePath, text, file.ts.ScriptTarget.Latest, true, /\.tsx?$/.test(absolutePath) ? file.ts.ScriptKind.TSX : file.ts.ScriptKind.JSX);
      loaded = { path: absolutePath, absolutePath, text, ts: file.ts, sourceFile };
    }
  } catch {
    loaded = null;
  }
  if (moduleCache.size >= MODULE_CACHE_LIMIT) moduleCache.delete(moduleCache.keys().next().value!);
  moduleCache.set(absolutePath, loaded);
  return loaded ?? undefined;
}

/** A module of the project imported by `file`, parsed, or undefined (package, unresolvable). */
export function importedFile(file: JsFile, specifier: string): JsFile | undefined {
  const target = resolveModule(file, specifier);
  return target ? loadModule(file, target) : undefined;
}

/**
 * The expression another module exports under `name` ('default' for the default export), following
 * `export const`, `export { a as b }`, `export default`, `module.exports = …`, `exports.x = …` and
 * re-exports (`export * from`, `export { x } from`).
 */
function importedValue(file: JsFile, specifier: string, name: string, hops = 0): Ref | undefined {
  if (hops > 4) return undefined;
  const target = importedFile(file, specifier);
  if (!target) return undefined;
  const { ts } = target;
  const local = (localName: string): Ref | undefined => {
    for (const binding of indexOf(target).scopes.get(target.sourceFile)?.get(localName) ?? []) {
      if (binding.values[0]) return { file: target, node: binding.values[0], path: binding.path };
      if (binding.kind === 'import' && binding.from) return importedValue(target, binding.from.module, binding.from.name, hops + 1);
    }
    return undefined;
  };
  for (const statement of target.sourceFile.statements) {
    if (ts.isVariableStatement(statement) && statement.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) {
      for (const declaration of statement.declarationList.declarations) {
        if (ts.isIdentifier(declaration.name) && declaration.name.text === name && declaration.initializer) return { file: target, node: declaration.initializer, path: [] };
        if (!ts.isIdentifier(declaration.name) && declaration.initializer) {
          const found = local(name);
          if (found) return found;
        }
      }
    } else if (ts.isExportAssignment(statement) && name === 'default') {
      return { file: target, node: statement.expression, path: [] };
    } else if (ts.isExportDeclaration(statement)) {
      const from = statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier) ? statement.moduleSpecifier.text : undefined;
      if (!statement.exportClause && from) {
        const found = importedValue(target, from, name, hops + 1);
        if (found) return found;
      } else if (statement.exportClause && ts.isNamedExports(statement.exportClause)) {
        for (const element of statement.exportClause.elements) {
          if (element.name.text !== name) continue;
          const original = (element.propertyName ?? element.name).text;
          return from ? importedValue(target, from, original, hops + 1) : local(original);
        }
      }
    } else if (ts.isExpressionStatement(statement) && ts.isBinaryExpression(statement.expression) && statement.expression.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
      const left = dotted(target, statement.expression.left);
      if (left === 'module.exports') return { file: target, node: statement.expression.right, path: name === 'default' ? [] : [name] };
      if (left === `exports.${name}` || left === `module.exports.${name}`) return { file: target, node: statement.expression.right, path: [] };
    }
  }
  return undefined;
}

// ───────────────────────────── secret values ─────────────────────────────

/** How a value came to be secret, for messages. */
export interface SecretOrigin {
  /** `env` (environment/config read), `literal` (a key written in the code), `name` (its name says so). */
  kind: 'env' | 'literal' | 'name';
  /** The environment variable or variable name, or the redactable literal. */
  name: string;
  /** For `literal`: the string literal node (possibly in another module). */
  node?: Node;
}

/**
 * True when a secret is a real key literal written inside `container` itself: that line is
 * `hardcoded-secret-key`'s finding (one mistake, one finding). A real key defined elsewhere and
 * then logged or sent is a second mistake, reported by the sink's rule.
 */
export function isInlineKeyLiteral(file: JsFile, origin: SecretOrigin, container: Node): boolean {
  if (origin.kind !== 'literal' || !isSecretKeyLiteral(origin.name)) return false;
  const node = origin.node;
  return !node || (node.getSourceFile() === file.sourceFile && node.pos >= container.pos && node.end <= container.end);
}

/** The environment variable a reference reads: `process.env.X`, `process.env['X']`, `import.meta.env.X`, `env.X`, `Deno.env.get('X')`, `config.get('X')`. */
export function environmentName(file: JsFile, node: Node, path: readonly string[] = []): { name: string; rest: string[] } | undefined {
  const { ts } = file;
  const inner = unwrap(file, node);
  // Member chains: collect the full path behind a root.
  const parts: string[] = [];
  let current: Node = inner;
  for (let i = 0; i < 32; i++) {
    current = unwrap(file, current);
    if (ts.isPropertyAccessExpression(current)) {
      parts.unshift(current.name.text);
      current = current.expression;
    } else if (ts.isElementAccessExpression(current)) {
      parts.unshift(stringValue(file, current.argumentExpression) ?? '*');
      current = current.expression;
    } else break;
  }
  const all = [...parts, ...path];
  const root = ts.isIdentifier(current) ? current.text : ts.isMetaProperty(current) ? 'import.meta' : current.kind === ts.SyntaxKind.ThisKeyword ? 'this' : undefined;
  const envAt = all.indexOf('env');
  if (root !== undefined && (root === 'env' || root === 'ENV' || envAt !== -1)) {
    const start = root === 'env' || root === 'ENV' ? 0 : envAt + 1;
    const name = all[start];
    if (name && name !== '*' && name !== 'get') return { name, rest: all.slice(start + 1) };
  }
  if (ts.isCallExpression(current) && all.length === 0) return configRead(file, current);
  return undefined;
}

/** `config.get('stripe.secretKey')`, `configService.get<string>('STRIPE_SECRET_KEY')`, `Deno.env.get('X')`, `getEnv('X')`. */
function configRead(file: JsFile, call: TS.CallExpression): { name: string; rest: string[] } | undefined {
  const { ts } = file;
  const callee = unwrap(file, call.expression);
  const name = stringValue(file, call.arguments[0]);
  if (name === undefined) return undefined;
  const method = ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : '';
  const receiver = ts.isPropertyAccessExpression(callee) ? (dotted(file, callee.expression) ?? '') : '';
  if (/^(get|getOrThrow|getString|require|getSecret|getSecretValue|getEnv|env|getenv|requireEnv|mustGetEnv)$/.test(method) && (method !== 'get' || /config|env|settings|secret|nconf|convict/i.test(receiver))) {
    return { name, rest: [] };
  }
  return undefined;
}

function secretFollow(settings?: CheckSettings): Follow {
  return {
    classify(ref) {
      const { file } = ref;
      const { ts } = file;
      const node = unwrap(file, ref.node);
      if (ts.isStringLiteralLike(node)) {
        if (ref.path.length) return 'no';
        return looksLikeSecretKey(node.text) && !/^\s*pk_/.test(node.text) ? 'yes' : 'no';
      }
      if (ts.isNumericLiteral(node) || node.kind === ts.SyntaxKind.TrueKeyword || node.kind === ts.SyntaxKind.FalseKeyword || node.kind === ts.SyntaxKind.NullKeyword) return 'no';
      // Objects returned by the Stripe API (`ephemeralKey.secret`, `intent.client_secret`) are made for clients.
      if (ts.isCallExpression(node) && stripeApiCall(file, node)) return 'no';
      const env = environmentName(file, node, ref.path);
      if (env) return env.rest.length === 0 && isSecretName(env.name, { environment: true, settings }) ? 'yes' : 'no';
      const last = ref.path[ref.path.length - 1];
      if (last && isPublicName(last)) return 'no';
      if (ts.isIdentifier(node) && !ref.path.length && isPublicName(node.text)) return 'no';
      // Reads of a string's own properties (`key.length`) and redacting calls are not the secret.
      if (last === 'length') return 'no';
      return undefined;
    },
    through(ref) {
      const { file } = ref;
      const { ts } = file;
      const node = unwrap(file, ref.node);
      if (ts.isCallExpression(node) && !ref.path.length) {
        const passed = passThrough(file, node, STRING_PASS_THROUGH);
        if (passed) return [{ file, node: passed, path: [] }];
        const env = environmentName(file, node);
        if (env) return [];
        return [];
      }
      if (ts.isTemplateExpression(node) || (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken)) return [];
      return undefined;
    },
  };
}

const STRING_PASS_THROUGH = new Set(['String', 'encodeURIComponent', 'encodeURI', 'btoa', 'Buffer.from', 'toString', 'trim', 'trimEnd', 'trimStart', 'toUpperCase', 'toLowerCase', 'valueOf', 'replace', 'replaceAll', 'normalize', 'concat']);

/** For `String(x)`, `encodeURIComponent(x)`, `x.trim()`, `Buffer.from(x).toString('base64')`: the x the result carries. */
function passThrough(file: JsFile, call: TS.CallExpression, allowed: ReadonlySet<string>): Expr | undefined {
  const { ts } = file;
  const callee = unwrap(file, call.expression);
  if (ts.isIdentifier(callee) && allowed.has(callee.text)) return call.arguments[0];
  if (ts.isPropertyAccessExpression(callee)) {
    const name = dotted(file, callee);
    if (name && allowed.has(name)) return call.arguments[0];
    if (allowed.has(callee.name.text) && !(name && /^(Object|Array|Math|JSON|Number|Promise|Reflect)\./.test(name))) return callee.expression;
  }
  return undefined;
}

/**
 * True when the expression evaluates to a secret value as SPEC §3 defines it: a key literal, an
 * environment/config read with a secret-ish name, or anything assigned from one (followed through
 * variables, parameters, destructuring, fields and imports); failing any evidence either way, a name
 * that says it holds one. Publishable keys and PaymentIntent `client_secret`s are not secrets.
 */
export function isSecretValue(file: JsFile, node: Node, settings?: CheckSettings): boolean {
  return secretOrigin(file, node, settings) !== undefined;
}

/** Like `isSecretValue`, with how the value came to be secret. */
export function secretOrigin(file: JsFile, node: Node, settings?: CheckSettings): SecretOrigin | undefined {
  const rule = secretFollow(settings);
  let origin: SecretOrigin | undefined;
  const wrapped: Follow = {
    classify(ref) {
      const verdict = rule.classify(ref);
      if (verdict === 'yes') {
        const inner = unwrap(ref.file, ref.node);
        const env = environmentName(ref.file, inner, ref.path);
        origin = env ? { kind: 'env', name: env.name } : { kind: 'literal', name: ref.file.ts.isStringLiteralLike(inner) ? inner.text : textOf(ref.file, inner), node: inner };
      }
      return verdict;
    },
    through: rule.through,
  };
  const { verdict, names } = follow({ file, node, path: [] }, wrapped);
  if (verdict === 'yes') return origin;
  if (verdict === 'no') return undefined;
  const { ts } = file;
  const inner = unwrap(file, node);
  const own = ts.isIdentifier(inner) ? inner.text : ts.isPropertyAccessExpression(inner) ? inner.name.text : ts.isElementAccessExpression(inner) ? stringValue(file, inner.argumentExpression) : undefined;
  const candidates = own ? [own, ...names] : names;
  const named = candidates.find((n) => isSecretName(n, { settings }));
  return named ? { kind: 'name', name: named } : undefined;
}

/**
 * The secret a value carries somewhere inside it: the value itself, a `${}` of a template, an
 * operand of `+`, an object property or spread, an array element, `JSON.stringify(x)`… Reads that
 * do not reveal the secret (`key.length`, `key.slice(0, 7)`, `!!key`, `key ? 'set' : 'missing'`,
 * comparisons, `mask(key)`) do not carry it. Returns the innermost expression holding the secret.
 */
export function carriesSecret(file: JsFile, node: Node, settings?: CheckSettings): { node: Node; origin: SecretOrigin } | undefined {
  return carries(file, node, (n, nodeFile, anchor) => {
    const origin = secretOrigin(nodeFile, n, settings);
    return origin && { node: nodeFile === file ? n : anchor, origin };
  });
}

/**
 * Generic containment search over the parts of a value that end up in its text or JSON: template
 * spans, `+` operands, object properties and spreads, array elements, `JSON.stringify`/`inspect`
 * arguments, conditional branches, and variables (or imports from other modules) holding such
 * composites. `test` receives each leaf with the file it belongs to, and `anchor`, the node of the
 * original file it was reached from (report there: a node of another file has no span in this one).
 */
export function carries<T>(file: JsFile, root: Node, test: (node: Node, nodeFile: JsFile, anchor: Node) => T | undefined): T | undefined {
  const { ts } = file;
  const work: [Node, number, JsFile, Node][] = [[root, 0, file, root]];
  const seen = new Set<Node>();
  const composite = (n: Node) => ts.isTemplateExpression(n) || ts.isObjectLiteralExpression(n) || ts.isArrayLiteralExpression(n) || ts.isBinaryExpression(n) || ts.isCallExpression(n);
  while (work.length) {
    const [raw, depth, f, anchorOf] = work.pop()!;
    const node = unwrap(f, raw);
    if (seen.has(node) || depth > 12) continue;
    seen.add(node);
    const anchor = f === file ? node : anchorOf;
    const push = (n: Node) => work.push([n, depth + 1, f, f === file ? n : anchor]);
    if (ts.isTemplateExpression(node)) {
      for (let i = node.templateSpans.length - 1; i >= 0; i--) push(node.templateSpans[i]!.expression);
      continue;
    }
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
      push(node.right);
      push(node.left);
      continue;
    }
    if (ts.isObjectLiteralExpression(node)) {
      for (let i = node.properties.length - 1; i >= 0; i--) {
        const property = node.properties[i]!;
        if (ts.isSpreadAssignment(property)) push(property.expression);
        else {
          const value = propertyValue(f, property);
          if (value) push(value);
        }
      }
      continue;
    }
    if (ts.isArrayLiteralExpression(node)) {
      for (let i = node.elements.length - 1; i >= 0; i--) {
        const e = node.elements[i]!;
        push(ts.isSpreadElement(e) ? e.expression : e);
      }
      continue;
    }
    if (ts.isConditionalExpression(node)) {
      push(node.whenFalse);
      push(node.whenTrue);
      continue;
    }
    if (ts.isBinaryExpression(node) && (node.operatorToken.kind === ts.SyntaxKind.BarBarToken || node.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken)) {
      push(node.right);
      push(node.left);
      continue;
    }
    if (ts.isCallExpression(node)) {
      const name = calleeName(f, node.expression);
      if (name === 'JSON.stringify' || name === 'util.inspect' || name === 'inspect' || name === 'Object.assign' || name === 'structuredClone') {
        for (let i = node.arguments.length - 1; i >= 0; i--) push(node.arguments[i]!);
        continue;
      }
      const passed = passThrough(f, node, STRING_PASS_THROUGH);
      if (passed) {
        push(passed);
        continue;
      }
    }
    // A variable holding a composite (a message built earlier, an options object, a config module) carries what it holds.
    if (ts.isIdentifier(node)) {
      const direct = test(node, f, anchor);
      if (direct !== undefined) return direct;
      for (const binding of bindingsOf(f, node)) {
        if (binding.kind === 'variable' && !binding.path.length) {
          for (const value of binding.values) if (composite(unwrap(f, value))) push(value);
        } else if (binding.kind === 'import' && binding.from && binding.from.name !== '*') {
          const exported = importedValue(f, binding.from.module, binding.from.name);
          if (exported && !exported.path.length && composite(unwrap(exported.file, exported.node))) work.push([exported.node, depth + 1, exported.file, anchor]);
        }
      }
      continue;
    }
    if (ts.isPrefixUnaryExpression(node) || ts.isTypeOfExpression(node) || ts.isVoidExpression(node)) continue;
    if (ts.isBinaryExpression(node)) continue; // comparisons, arithmetic
    const found = test(node, f, anchor);
    if (found !== undefined) return found;
    // `config.stripe` where `config` is an object literal here or in another module: what it holds.
    if (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) {
      const held = compositeOf(f, node);
      if (held) work.push([held.node, depth + 1, held.file, anchor]);
    }
  }
  return undefined;
}

// ───────────────────────────── request values ─────────────────────────────

const REQUEST_NAMES = /^(req|request|_req|_request|incomingRequest)$/;
const REQUEST_TYPES = /(^|\.)(Request|NextRequest|NextApiRequest|FastifyRequest|IncomingMessage|HonoRequest)$/;
const REQUEST_PARTS = new Set(['body', 'query', 'params', 'payload', 'searchParams', 'rawBody', 'cookies', 'headers', 'form', 'fields']);
// `input`/`all`/`only`/`body`: AdonisJS and Laravel-style request helpers.
const REQUEST_METHODS = new Set(['json', 'formData', 'text', 'query', 'queries', 'param', 'parseBody', 'valid', 'header', 'get', 'getAll', 'input', 'all', 'only', 'body']);
/** h3 (Nuxt, Nitro) readers of the request: `await readBody(event)`, `getQuery(event)`. */
const H3_READERS = /^(readBody|readValidatedBody|readFormData|readMultipartFormData|getQuery|getValidatedQuery|getRouterParams|getRouterParam)$/;
// The last word-run contains one of these. Written so that only run starts are tried (linear; the
// obvious `(quantit|…)\w*$` is quadratic on a long run followed by a non-word character).
const QUANTITY = /(?<!\w)(?=\w*$)\w*?(quantit|qty|count|seats|units|months|days|nights|hours|people|guests|tickets|numberOf|number_of|licenses)/i;
const NEST_DECORATORS = /^(Body|Query|Param|Params|Req|Request|Headers)$/;
/** Helpers that convert an amount without looking anything up: `formatAmountForStripe(amount)`, `toCents(x)`. */
// Linear forms (test/redos.test.ts): the lookahead checks the rest is one word once, instead of
// `\w*(Amount|…)\w*$` backtracking over it; `\w*(ToCents|…)$` needed no leading `\w*`.
const AMOUNT_CONVERSION = /^(format|to|convert|normalize|parse)(?=\w*$)\w*?(Amount|Cents|Price|Stripe|Minor|Money|Currency|Number|Int|Float|Decimal)|(ToCents|ToStripe|ForStripe|InCents|ToMinor|ToUnitAmount)$/;
const NUMBER_PASS_THROUGH = new Set(['Number', 'parseInt', 'parseFloat', 'Number.parseInt', 'Number.parseFloat', 'Math.round', 'Math.floor', 'Math.ceil', 'Math.trunc', 'Math.abs', 'Math.max', 'Math.min', 'String', 'BigInt', 'JSON.parse', 'Object.fromEntries', 'toString', 'trim', 'valueOf', 'toFixed', 'parse', 'parseAsync', 'safeParse', 'validate', 'validateSync', 'cast', 'plainToInstance', 'plainToClass', 'Decimal', 'Big', 'dinero']);

/** True when a parameter (or identifier) is an HTTP request object: `req`, `request`, `@Req()`, typed `Request`/`NextRequest`… */
function isRequestObject(file: JsFile, ref: Ref): boolean {
  const { ts } = file;
  const node = unwrap(file, ref.node);
  if (!ts.isIdentifier(node)) {
    // Koa `ctx.request`, Hono `c.req`.
    if (ts.isPropertyAccessExpression(node) && (node.name.text === 'request' || node.name.text === 'req') && ts.isIdentifier(node.expression) && /^(ctx|c|context|event)$/.test(node.expression.text)) return true;
    return false;
  }
  for (const binding of bindingsOf(file, node)) {
    if (binding.kind !== 'parameter' || !binding.parameter) continue;
    const parameter = binding.parameter.node;
    const type = parameter.type && ts.isTypeReferenceNode(parameter.type) ? parameter.type.typeName.getText(file.sourceFile) : undefined;
    if (type && REQUEST_TYPES.test(type)) return true;
    if (decoratorsOf(file, parameter).some((d) => d === 'Req' || d === 'Request')) return true;
  }
  return REQUEST_NAMES.test(node.text);
}

/**
 * `snap.data()` in a Firestore trigger (`functions.firestore.document(…).onCreate((snap) => …)`,
 * v2 `onDocumentCreated(path, (event) => event.data.data())`): in Firebase apps the browser writes
 * those documents (Firebase's own Stripe sample takes the amount from one), so the client chose it.
 */
function isClientWrittenDocument(file: JsFile, call: TS.CallExpression): boolean {
  const { ts } = file;
  const callee = unwrap(file, call.expression);
  if (!ts.isPropertyAccessExpression(callee) || callee.name.text !== 'data' || call.arguments.length) return false;
  let holder = unwrap(file, callee.expression);
  if (ts.isPropertyAccessExpression(holder) && holder.name.text === 'data') holder = unwrap(file, holder.expression); // v2: event.data.data()
  if (!ts.isIdentifier(holder)) return false;
  const parameter = bindingsOf(file, holder).find((b) => b.kind === 'parameter' && b.parameter?.index === 0)?.parameter;
  const trigger = parameter?.fn.parent;
  if (!trigger || !ts.isCallExpression(trigger)) return false;
  const name = calleeName(file, trigger.expression) ?? '';
  return /(^|\.)firestore\.document\(\)\.on(Create|Write|Update)$|(^|\.)onDocument(Created|Written|Updated)$/.test(name);
}

/** The `data` of a Firebase callable function (`functions.https.onCall((data, context) => …)`, v2 `request.data`): what the app sent. */
function isCallableData(file: JsFile, identifier: TS.Identifier): boolean {
  const { ts } = file;
  const parameter = bindingsOf(file, identifier).find((b) => b.kind === 'parameter' && b.parameter?.index === 0 && b.path.length === 0)?.parameter;
  const call = parameter?.fn.parent;
  return !!call && ts.isCallExpression(call) && /(^|\.)onCall$/.test(calleeName(file, call.expression) ?? '');
}

function decoratorsOf(file: JsFile, node: Node): string[] {
  const { ts } = file;
  const decorators = ts.canHaveDecorators(node) ? (ts.getDecorators(node) ?? []) : [];
  return decorators.map((d) => (ts.isCallExpression(d.expression) ? (dotted(file, d.expression.expression) ?? '') : (dotted(file, d.expression) ?? '')));
}

function requestFollow(): Follow {
  return {
    classify(ref) {
      const { file } = ref;
      const { ts } = file;
      const node = unwrap(file, ref.node);
      if (ts.isStringLiteralLike(node) || ts.isNumericLiteral(node)) return 'no';
      if (ref.path.length && REQUEST_PARTS.has(ref.path[0]!) && isRequestObject(file, { file, node, path: [] })) return 'yes';
      // Koa `ctx.query`, `ctx.params`; Hono `c.req.query()` is below.
      if (ts.isIdentifier(node) && node.text === 'event' && ref.path[0] === 'body') return 'yes'; // AWS Lambda
      if (ts.isIdentifier(node) && /^(ctx|context)$/.test(node.text) && ref.path.length && (ref.path[0] === 'query' || ref.path[0] === 'params' || (ref.path[0] === 'request' && REQUEST_PARTS.has(ref.path[1] ?? '')))) return 'yes';
      if (ts.isIdentifier(node) && /^(searchParams|query|formData|body)$/.test(node.text) && bindingsOf(file, node).length === 0) return 'yes';
      if (ts.isIdentifier(node)) {
        for (const binding of bindingsOf(file, node)) {
          if (binding.kind === 'parameter' && binding.parameter && decoratorsOf(file, binding.parameter.node).some((d) => NEST_DECORATORS.test(d) && d !== 'Req' && d !== 'Request')) return 'yes';
          // Next.js pages receive `searchParams`/`params` from the URL.
          if (binding.kind === 'parameter' && binding.path[0] === 'searchParams') return 'yes';
          if (binding.kind === 'parameter' && binding.parameter && isClientInputParameter(file, binding)) return 'yes';
          // `async ({ body, query }, res) => …`: a handler destructuring its request parameter.
          if (binding.kind === 'parameter' && binding.parameter?.index === 0 && /^(body|query|params)$/.test(binding.path[0] ?? '') && binding.parameter.fn.parameters.length >= 2) return 'yes';
        }
      }
      if (ts.isCallExpression(node) && isClientWrittenDocument(file, node)) return 'yes';
      if (ts.isCallExpression(node) && H3_READERS.test(calleeName(file, node.expression) ?? '')) return 'yes';
      if (ts.isIdentifier(node) && ref.path.length && isCallableData(file, node)) return 'yes';
      if (ts.isCallExpression(node)) {
        const callee = unwrap(file, node.expression);
        if (ts.isPropertyAccessExpression(callee) && REQUEST_METHODS.has(callee.name.text)) {
          const receiver: Ref = { file, node: callee.expression, path: [] };
          if (isRequestObject(file, receiver) && callee.name.text !== 'get' && callee.name.text !== 'header') return 'yes';
          if ((callee.name.text === 'get' || callee.name.text === 'getAll') && isRequestValue(file, callee.expression)) return 'yes';
        }
      }
      if (ts.isPropertyAccessExpression(node) && node.name.text === 'searchParams') return 'yes';
      return undefined;
    },
    through(ref) {
      const { file } = ref;
      const { ts } = file;
      const node = unwrap(file, ref.node);
      if (ts.isCallExpression(node)) {
        const passed = passThrough(file, node, NUMBER_PASS_THROUGH);
        if (passed) return [{ file, node: passed, path: ref.path }];
        const helper = calleeName(file, node.expression)?.split('.').pop() ?? '';
        if (AMOUNT_CONVERSION.test(helper) && node.arguments[0]) return [{ file, node: node.arguments[0], path: [] }];
        // `req.body.items.reduce(…)`, `.map(…)`, `.find(…)`: elements of a client-sent array.
        const callee = unwrap(file, node.expression);
        if (ts.isPropertyAccessExpression(callee) && ARRAY_CALLBACK.has(callee.name.text)) {
          // `items.reduce((sum, i) => sum + i.price * i.quantity, 0)` sums client prices; a callback that
          // looks prices up (`PRICES[i.id]`) does not, so a mapping/summing callback must read a price field.
          const method = callee.name.text;
          const callback = node.arguments[0] && unwrap(file, node.arguments[0]);
          if (/^(map|flatMap|reduce|reduceRight)$/.test(method) && !(callback && readsPriceField(file, callback))) return [];
          return [{ file, node: callee.expression, path: ref.path.length ? ['*', ...ref.path] : [] }];
        }
        if (ts.isIdentifier(callee) || ts.isPropertyAccessExpression(callee)) {
          const name = dotted(file, callee) ?? '';
          if (/^(Object\.assign)$/.test(name)) return node.arguments.map((a) => ({ file, node: a, path: ref.path }));
        }
        return [];
      }
      if (ts.isBinaryExpression(node)) {
        const op = node.operatorToken.kind;
        if (op === ts.SyntaxKind.PlusToken || op === ts.SyntaxKind.MinusToken) return [{ file, node: node.left, path: [] }, { file, node: node.right, path: [] }];
        if (op === ts.SyntaxKind.AsteriskToken || op === ts.SyntaxKind.SlashToken) {
          // `product.price * body.quantity`: the client may choose how many, not the price.
          return [node.left, node.right].filter((operand) => !QUANTITY.test(calleeName(file, operand) ?? '')).map((operand) => ({ file, node: operand, path: [] }));
        }
      }
      if (ts.isPrefixUnaryExpression(node) && (node.operator === ts.SyntaxKind.PlusToken || node.operator === ts.SyntaxKind.MinusToken)) return [{ file, node: node.operand, path: [] }];
      if (ts.isTemplateExpression(node)) return [];
      return undefined;
    },
  };
}

/**
 * True when the client of an HTTP request controls the value: Express/Fastify/Koa/Hono `req.body`,
 * `req.query`, `req.params`, `ctx.request.body`, Next.js `await req.json()`/`await request.formData()`,
 * `searchParams`, NestJS `@Body()`/`@Query()`/`@Param()` parameters — followed through variables,
 * destructuring, call-site arguments, numeric conversions (`Number(x) * 100`) and array callbacks.
 */
export function isRequestValue(file: JsFile, node: Node): boolean {
  return follow({ file, node, path: [] }, requestFollow()).verdict === 'yes';
}

// ───────────────────────────── Stripe ─────────────────────────────

/** True when the module is the server SDK (`stripe`), not Stripe.js (`@stripe/stripe-js`). */
export function isStripeSdkModule(module: string): boolean {
  // `stripe`, its entry files, Deno's `npm:stripe@14` and CDN builds (`https://esm.sh/stripe@14?target=deno`).
  return /^(stripe|npm:stripe(@[^/]*)?)(\/(lib|cjs|esm)\/[\w./-]*)?$/.test(module) || /^https?:\/\/(esm\.sh|cdn\.skypack\.dev|esm\.run|jspm\.dev|cdn\.jsdelivr\.net\/npm|unpkg\.com)\/stripe(@[^/?]*)?([?/].*)?$/.test(module);
}

/** The imports of the server SDK in this file (`import Stripe from 'stripe'`, `require('stripe')`), excluding type-only ones. */
export function importsStripeSdk(file: JsFile): Node[] {
  const { ts } = file;
  return indexOf(file)
    .imports.filter((i) => isStripeSdkModule(i.module))
    .filter((i) => !(ts.isImportDeclaration(i.node) && (i.node.importClause?.isTypeOnly || (!i.node.importClause?.name && i.node.importClause?.namedBindings && ts.isNamedImports(i.node.importClause.namedBindings) && i.node.importClause.namedBindings.elements.every((e) => e.isTypeOnly)))))
    .map((i) => i.node);
}

/** True when an identifier is bound to the server SDK's constructor (`import Stripe from 'stripe'`, `const Stripe = require('stripe')`). */
function isSdkConstructor(file: JsFile, node: Node, depth = 0): 'sdk' | 'global' | undefined {
  const { ts } = file;
  const inner = unwrap(file, node);
  if (ts.isCallExpression(inner) && requiredModule(file, inner) && isStripeSdkModule(requiredModule(file, inner)!)) return 'sdk';
  if (ts.isPropertyAccessExpression(inner) && (inner.name.text === 'default' || inner.name.text === 'Stripe')) return isSdkConstructor(file, inner.expression);
  if (!ts.isIdentifier(inner)) return undefined;
  const bindings = bindingsOf(file, inner);
  for (const binding of bindings) {
    if (binding.kind === 'import' && binding.from && isStripeSdkModule(binding.from.module)) return 'sdk';
    for (const value of binding.values) {
      const v = unwrap(file, value);
      if (ts.isCallExpression(v) && requiredModule(file, v) && isStripeSdkModule(requiredModule(file, v)!)) return 'sdk';
      if (ts.isPropertyAccessExpression(v) && ts.isCallExpression(unwrap(file, v.expression)) && isSdkConstructor(file, v.expression) === 'sdk') return 'sdk';
      if (ts.isIdentifier(v) && v.text !== inner.text && depth < 4 && isSdkConstructor(file, v, depth + 1) === 'sdk') return 'sdk';
    }
  }
  return bindings.length === 0 && inner.text === 'Stripe' ? 'global' : undefined;
}

export interface StripeClientCreation {
  node: Call;
  /** The key argument, when given. */
  key: Expr | undefined;
  /** The options argument (`{ apiVersion }`), when given. */
  options: Expr | undefined;
  /** `sdk`: the server SDK; `global`: a `Stripe(...)` whose origin is unknown (Stripe.js in a page, or the SDK). */
  via: 'sdk' | 'global';
}

/**
 * A creation of a server-side Stripe client: `new Stripe(key, opts)`, `Stripe(key)` and
 * `require('stripe')(key)` with `Stripe` bound to the `stripe` package (or an unbound global
 * `new Stripe(…)`). Stripe.js (`loadStripe`, a browser `Stripe('pk_…')`) is not a server client.
 */
export function isStripeClientCreation(file: JsFile, node: Node): StripeClientCreation | undefined {
  const { ts } = file;
  if (!ts.isNewExpression(node) && !ts.isCallExpression(node)) return undefined;
  const via = isSdkConstructor(file, node.expression);
  if (!via) return undefined;
  if (via === 'global' && ts.isCallExpression(node)) return undefined; // Stripe.js's `Stripe('pk_…')`
  const args = node.arguments ?? ts.factory.createNodeArray();
  const key = args[0];
  const publishable = stringValue(file, key)?.startsWith('pk_');
  if (publishable) return undefined;
  return { node, key, options: args[1], via };
}

/** Every server-side Stripe client creation of the file. */
export function stripeClientCreations(file: JsFile): StripeClientCreation[] {
  const found: StripeClientCreation[] = [];
  for (const node of [...indexOf(file).news, ...indexOf(file).calls]) {
    const creation = isStripeClientCreation(file, node);
    if (creation) found.push(creation);
  }
  return found.sort((a, b) => a.node.pos - b.node.pos);
}

const STRIPE_RESOURCES = new Set([
  'accounts', 'accountLinks', 'applicationFees', 'balance', 'balanceTransactions', 'billingPortal', 'charges', 'checkout', 'coupons',
  'customers', 'disputes', 'ephemeralKeys', 'invoiceItems', 'invoices', 'paymentIntents', 'paymentLinks', 'paymentMethods', 'payouts',
  'prices', 'products', 'promotionCodes', 'refunds', 'setupIntents', 'sources', 'subscriptionItems', 'subscriptionSchedules',
  'subscriptions', 'tokens', 'transfers', 'terminal', 'issuing', 'treasury', 'topups', 'quotes', 'taxRates', 'files', 'events',
]);

export interface StripeApiCall {
  call: TS.CallExpression;
  /** `paymentIntents.create`, `checkout.sessions.create`. */
  method: string;
  /** The receiver: the client expression. */
  client: Expr;
}

/**
 * A call of the Stripe API on a client: `stripe.paymentIntents.create(…)`,
 * `this.stripe.checkout.sessions.create(…)`, `getStripe().customers.update(…)`. The resource names
 * are Stripe's own (`paymentIntents`, `checkout.sessions`…), specific enough to accept any receiver.
 */
export function stripeApiCall(file: JsFile, call: TS.CallExpression): StripeApiCall | undefined {
  const { ts } = file;
  const parts: string[] = [];
  let current: Node = unwrap(file, call.expression);
  while (ts.isPropertyAccessExpression(current) && parts.length < 6) {
    parts.unshift(current.name.text);
    current = unwrap(file, current.expression);
    if (parts.length >= 2 && STRIPE_RESOURCES.has(parts[0]!)) {
      // `stripe.checkout.sessions.create`: the receiver must not itself be a resource access.
      if (ts.isPropertyAccessExpression(current) && STRIPE_RESOURCES.has(current.name.text)) continue;
      return { call, method: parts.join('.'), client: current as Expr };
    }
  }
  return undefined;
}

/** Stripe API calls of the file whose method matches. */
export function stripeApiCalls(file: JsFile, methods?: RegExp): StripeApiCall[] {
  const found: StripeApiCall[] = [];
  for (const call of indexOf(file).calls) {
    const api = stripeApiCall(file, call);
    if (api && (!methods || methods.test(api.method))) found.push(api);
  }
  return found;
}

// ───────────────────────────── sinks ─────────────────────────────

const LOG_METHODS = /^(log|info|warn|warning|error|debug|trace|fatal|verbose|silly|http|notice|critical|crit|alert|emerg|dir|table|print|write)$/;
const LOGGER_OBJECT = /(^|\.)(console|logger|log|logging|winston|pino|bunyan|signale|consola|tracer|_?logger\w*|\w*Logger|\w*Log)$/;
const ANALYTICS = /^(analytics|segment|mixpanel|amplitude|posthog|heap|gtag|ga|rudderanalytics|rudderstack|Sentry|sentry|datadogRum|newrelic|bugsnag|Bugsnag|rollbar|Rollbar|LogRocket|statsig|track|trackEvent|captureMessage|captureException)(\.|$)/;

/** True when the call writes to a log, a tracker or an error reporter: `console.*`, loggers, `debug()`, analytics. */
export function isLogSink(file: JsFile, call: Call): boolean {
  const { ts } = file;
  if (ts.isNewExpression(call)) return isExceptionSink(file, call);
  const name = dotted(file, call.expression);
  if (!name) return false;
  const dot = name.lastIndexOf('.');
  if (dot === -1) return /^(debug|log|logger|print|trace|track|trackEvent|captureMessage|captureException|logError|logInfo|logWarning)$/.test(name);
  const object = name.slice(0, dot);
  const method = name.slice(dot + 1);
  if (ANALYTICS.test(name)) return /^(track|identify|capture|captureMessage|captureException|capture_message|event|logEvent|addBreadcrumb|setContext|setExtra|setTag|setUser|notify|log|info|error|warn|critical)$/.test(method);
  if (/(^|\.)(process\.)?(stdout|stderr)$/.test(object)) return method === 'write';
  const logger = LOGGER_OBJECT.test(object) || createdByLoggerFactory(file, call);
  // `log.child({ apiKey })`: the bindings go into every line the child logger writes.
  if (method === 'child') return logger;
  return LOG_METHODS.test(method) && method !== 'write' && logger;
}

const LOGGER_FACTORY = /^(pino|winston\.createLogger|createLogger|bunyan\.createLogger|log4js\.getLogger|getLogger|consola\.create|signale\.Signale)$/;

/** The call's receiver is a variable holding `pino()`, `winston.createLogger(…)`…, whatever its name. */
function createdByLoggerFactory(file: JsFile, call: Call): boolean {
  const { ts } = file;
  const callee = unwrap(file, call.expression);
  const receiver = ts.isPropertyAccessExpression(callee) ? unwrap(file, callee.expression) : undefined;
  if (!receiver || !ts.isIdentifier(receiver)) return false;
  const binding = bindingsOf(file, receiver).find((b) => b.kind === 'variable' && b.values.length === 1);
  const value = binding && unwrap(file, binding.values[0]!);
  return !!value && (ts.isCallExpression(value) || ts.isNewExpression(value)) && LOGGER_FACTORY.test(calleeName(file, value.expression) ?? '');
}

/**
 * A pino/winston logger created in this file with `redact` paths (`pino({ redact: ['stripeKey', …] })`):
 * it censors the fields it is told to in the objects it logs (not what is already in a message string).
 */
export function isRedactingLogger(file: JsFile, call: Node): boolean {
  const { ts } = file;
  if (!ts.isCallExpression(call)) return false;
  let receiver: Node = unwrap(file, call.expression);
  if (!ts.isPropertyAccessExpression(receiver)) return false;
  receiver = unwrap(file, receiver.expression);
  if (!ts.isIdentifier(receiver)) return false;
  const binding = bindingsOf(file, receiver).find((b) => b.kind === 'variable' && b.values.length === 1);
  const created = binding && unwrap(file, binding.values[0]!);
  return !!created && ts.isCallExpression(created) && /^(pino|winston\.createLogger|createLogger)$/.test(calleeName(file, created.expression) ?? '') && created.arguments.some((a) => !!propertyOf(file, objectLiteralOf(file, a), 'redact'));
}

/** `new Error(msg)`, `new HttpException(msg)`: the message goes to logs, error trackers and often the client. */
export function isExceptionSink(file: JsFile, node: Node): boolean {
  const { ts } = file;
  if (!ts.isNewExpression(node) && !ts.isCallExpression(node)) return false;
  const name = dotted(file, node.expression);
  return !!name && /(Error|Exception)$/.test(name) && !/^(Stripe|stripe)\./.test(name);
}

/**
 * The argument of an HTTP response sink, if the node is one: Express `res.json/send/end/write`
 * (after `res.status(…)`), Fastify `reply.send`, Hono `c.json`, Next.js `NextResponse.json`,
 * `Response.json`, `new Response(…)`, `new NextResponse(…)`. Koa's `ctx.body = x` is an assignment:
 * see `isResponseAssignment`.
 */
export function responseSinkArgument(file: JsFile, node: Node): Expr | undefined {
  const { ts } = file;
  if (ts.isNewExpression(node)) {
    const name = dotted(file, node.expression);
    return name === 'Response' || name === 'NextResponse' ? node.arguments?.[0] : undefined;
  }
  if (!ts.isCallExpression(node)) return undefined;
  const name = dotted(file, node.expression);
  if (!name) return undefined;
  if (/^(NextResponse|Response|Response\.json|HttpResponse)\.json$/.test(name) || name === 'json' || name === 'Response.json') return node.arguments[0];
  if (/^(res|response|reply|resp|ctx|h)(\.(status|code|header|set|type|setHeader|headers|contentType)\(\))*\.(json|send|end|write|jsonp|sendData)$/.test(name)) return node.arguments[0];
  if (/^(c|ctx|context)\.(json|text|html|body)$/.test(name)) return node.arguments[0];
  // `res.render('view', locals)`: the locals are rendered into the page.
  if (/^(res|response|reply|ctx)(\.(status|code)\(\))*\.(render|view)$/.test(name)) return node.arguments[1];
  return undefined;
}

/** True when the call sends its argument in an HTTP response. */
export function isResponseSink(file: JsFile, node: Node): boolean {
  return responseSinkArgument(file, node) !== undefined;
}

/** Koa/Hono `ctx.body = value`, `res.body = value`, Azure Functions `context.res = { body }`: the assigned value is the response. */
export function isResponseAssignment(file: JsFile, node: TS.BinaryExpression): boolean {
  const name = dotted(file, node.left);
  return node.operatorToken.kind === file.ts.SyntaxKind.EqualsToken && !!name && /^(ctx|context|res|response)\.body$|^context\.res$/.test(name);
}

/** The values a log, exception or response sink receives, each with what kind of sink it is. */
export function sinkArguments(file: JsFile): { sink: Node; kind: 'log' | 'exception' | 'response'; value: Expr }[] {
  const { ts } = file;
  const index = indexOf(file);
  const found: { sink: Node; kind: 'log' | 'exception' | 'response'; value: Expr }[] = [];
  for (const call of index.calls) {
    const response = responseSinkArgument(file, call);
    if (response) found.push({ sink: call, kind: 'response', value: response });
    else if (isLogSink(file, call)) for (const argument of call.arguments) found.push({ sink: call, kind: 'log', value: argument });
  }
  for (const node of index.news) {
    const response = responseSinkArgument(file, node);
    if (response) found.push({ sink: node, kind: 'response', value: response });
    else if (isExceptionSink(file, node)) for (const argument of node.arguments ?? []) found.push({ sink: node, kind: 'exception', value: argument });
  }
  for (const assignment of index.assignments) {
    if (isResponseAssignment(file, assignment)) found.push({ sink: assignment, kind: 'response', value: assignment.right });
  }
  for (const node of index.nodes) {
    const returned = returnedFromHandler(file, node);
    if (!returned) continue;
    // AWS Lambda / Netlify / Vercel functions answer with `return { statusCode, body }`.
    if (ts.isObjectLiteralExpression(returned) && propertyOf(file, returned, 'statusCode')) {
      const body = propertyValue(file, propertyOf(file, returned, 'body'));
      if (body) found.push({ sink: node, kind: 'response', value: body });
    } else if (!ts.isCallExpression(returned) && returnsResponse(file, node)) {
      found.push({ sink: node, kind: 'response', value: returned });
    }
  }
  return found.sort((a, b) => a.value.pos - b.value.pos);
}

// ───────────────────────────── client code ─────────────────────────────

/**
 * True when the file runs in browsers or apps: a `'use client'` module, React Native/Expo code, a
 * Vue/Svelte component, a file under `public/`, or a frontend entry that mounts React (`react-dom`).
 */
export function isClientCode(file: JsFile): boolean {
  const index = indexOf(file);
  if (index.directives.includes('use client')) return true;
  if (/\.(vue|svelte)$/i.test(file.path)) return true;
  if (/(^|\/)(public|static|www)\//.test(file.path) && !/(^|\/)(server|api)\//.test(file.path)) return true;
  // A component with state or effects runs in the browser, unless the page also has server-only data
  // functions (Next.js pages router strips their imports from the client bundle).
  if (/(^|\/)(frontend|client|webapp)\/src\//.test(file.path) || /(^|\/)frontend\//.test(file.path)) return true;
  if (usesClientHooks(file) && !/\b(getServerSideProps|getStaticProps|getStaticPaths|getInitialProps)\b/.test(file.text) && !index.directives.includes('use server')) return true;
  // `@stripe/stripe-js` alone says little: shared modules often export `getStripe()` next to the server client.
  return index.imports.some((i) => /^(react-native|expo(-[\w-]+)?|react-dom(\/client)?|@stripe\/stripe-react-native)$/.test(i.module));
}

/**
 * The string literal a Stripe key argument is, directly (`'sk_test_…'`), through a `const` of this
 * file, or as a key-shaped fallback (`process.env.KEY || 'sk_test_…'`). Publishable keys and empty
 * strings are not key literals. `at` is the node to report.
 */
export function keyLiteralOf(file: JsFile, key: Node): { value: string; at: Node } | undefined {
  const { ts } = file;
  const inner = unwrap(file, key);
  const usable = (value: string | undefined) => value !== undefined && value.trim() !== '' && !/^\s*pk_/.test(value);
  const direct = stringValue(file, inner);
  if (direct !== undefined) return usable(direct) ? { value: direct, at: inner } : undefined;
  if (ts.isBinaryExpression(inner) && (inner.operatorToken.kind === ts.SyntaxKind.BarBarToken || inner.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken)) {
    const fallback = stringValue(file, inner.right);
    return fallback !== undefined && looksLikeSecretKey(fallback) ? { value: fallback, at: unwrap(file, inner.right) } : undefined;
  }
  if (ts.isIdentifier(inner)) {
    const bindings = bindingsOf(file, inner);
    if (bindings.length !== 1 || bindings[0]!.kind !== 'variable' || bindings[0]!.values.length !== 1 || bindings[0]!.path.length) return undefined;
    const value = stringValue(file, bindings[0]!.values[0]);
    return value !== undefined && usable(value) ? { value, at: inner } : undefined;
  }
  return undefined;
}

/** Key arguments of the SDK's key setters: `stripe.setApiKey(key)` (older stripe-node). */
export function stripeKeySetters(file: JsFile): Expr[] {
  const { ts } = file;
  const found: Expr[] = [];
  for (const call of indexOf(file).calls) {
    const callee = unwrap(file, call.expression);
    if (ts.isPropertyAccessExpression(callee) && callee.name.text === 'setApiKey' && /stripe/i.test(calleeName(file, callee.expression) ?? '') && call.arguments[0]) found.push(call.arguments[0]);
  }
  return found;
}

/** True when the file pins an API version with the older setter, `stripe.setApiVersion('…')`. */
export function setsApiVersion(file: JsFile): boolean {
  const { ts } = file;
  return indexOf(file).calls.some((call) => {
    const callee = unwrap(file, call.expression);
    return ts.isPropertyAccessExpression(callee) && callee.name.text === 'setApiVersion' && call.arguments.length > 0;
  });
}

/**
 * Reads of environment variables by name: `process.env.X`, `process.env['X']`, `import.meta.env.X`
 * and destructuring `const { X } = process.env`. `at` is the node naming the variable.
 */
export function environmentReads(file: JsFile): { name: string; at: Node }[] {
  const { ts } = file;
  const found: { name: string; at: Node }[] = [];
  const isEnvObject = (node: Node) => {
    const name = calleeName(file, node);
    return name === 'process.env' || name === 'import.meta.env' || name === 'Deno.env';
  };
  for (const node of indexOf(file).nodes) {
    if (ts.isPropertyAccessExpression(node) && isEnvObject(node.expression)) found.push({ name: node.name.text, at: node });
    else if (ts.isElementAccessExpression(node) && isEnvObject(node.expression)) {
      const name = stringValue(file, node.argumentExpression);
      if (name !== undefined) found.push({ name, at: node });
    } else if (ts.isVariableDeclaration(node) && ts.isObjectBindingPattern(node.name) && node.initializer && isEnvObject(unwrap(file, node.initializer))) {
      for (const element of node.name.elements) {
        const name = nameOf(file, element.propertyName ?? element.name);
        if (name !== undefined) found.push({ name, at: element });
      }
    }
  }
  return found;
}

/** Stripe.js initialisations in browser code: `loadStripe(key)`, `Stripe(key)` (global or from `@stripe/stripe-js`). Returns their key arguments. */
export function stripeJsKeys(file: JsFile): Expr[] {
  const { ts } = file;
  const found: Expr[] = [];
  for (const call of indexOf(file).calls) {
    const callee = unwrap(file, call.expression);
    if (!ts.isIdentifier(callee) || !call.arguments[0]) continue;
    const bindings = bindingsOf(file, callee);
    const fromStripeJs = bindings.some((b) => b.kind === 'import' && b.from && /^@stripe\/(stripe-js|react-stripe-js)/.test(b.from.module));
    if ((callee.text === 'loadStripe' && (fromStripeJs || bindings.length === 0)) || (callee.text === 'Stripe' && (fromStripeJs || bindings.length === 0))) found.push(call.arguments[0]);
  }
  return found;
}

// ───────────────────────────── URLs ─────────────────────────────

const URL_CALL = /^(fetch|\$fetch|ofetch|got|ky|request|superagent|needle|axios|(\w+\.)*(get|post|put|patch|delete|head|request|fetch))$/;

/** True when a template or concatenation whose static text before a value is `prefix` builds a URL around it. */
function isUrlPosition(prefix: string, firstPart: string | undefined, urlCall: boolean): boolean {
  if (/\s/.test(prefix.replace(/\0/g, ''))) return false; // "Bearer …", a sentence
  if (/[?&][^\s=&?#]+=$/.test(prefix)) return true; // …?api_key=<value>
  if (/^[a-z][\w+.-]*:\/\//i.test(prefix.replace(/^\0+/, '')) || prefix.includes('://')) return true;
  if (prefix.startsWith('/') && prefix.length > 1) return urlCall || /\/(api|v\d+)\//.test(prefix) || prefix.split('/').length > 2;
  if (prefix.startsWith('\0') && prefix.includes('/') && firstPart && /url|uri|host|endpoint|origin|base|api|domain/i.test(firstPart)) return true;
  return urlCall && /[/?&=]$/.test(prefix);
}

/** `fetch(url)`, `axios.get(url)`, `new URL(url)`: the node is the URL argument of an HTTP call. */
function isUrlArgument(file: JsFile, node: Node): boolean {
  const { ts } = file;
  let current = node;
  while (current.parent && (ts.isParenthesizedExpression(current.parent) || ts.isAsExpression(current.parent))) current = current.parent;
  const parent = current.parent;
  if (!parent) return false;
  if ((ts.isCallExpression(parent) || ts.isNewExpression(parent)) && parent.arguments?.[0] === current) {
    const name = calleeName(file, parent.expression) ?? '';
    return URL_CALL.test(name) || name === 'URL' || /open$|redirect$/.test(name);
  }
  if (ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)) return /url|uri|endpoint|href|link/i.test(parent.name.text);
  if (ts.isPropertyAssignment(parent)) return /^(url|uri|href|baseURL|endpoint)$/i.test(nameOf(file, parent.name) ?? '');
  return false;
}

export interface SecretInUrl {
  /** The URL expression (template, concatenation, `searchParams.set(…)` call, request `params` value). */
  at: Node;
  /** The secret inside it. */
  secret: Node;
  origin: SecretOrigin;
}

/**
 * Secret values placed in a URL's query string or path: `` `…?access_key=${key}` ``, `'…?key=' + key`,
 * `url.searchParams.set('api_key', key)`, `new URLSearchParams({ key })` used as a query string, and
 * the `params`/`searchParams`/`qs` option of axios/got/request.
 */
export function secretsInUrls(file: JsFile, settings?: CheckSettings): SecretInUrl[] {
  const { ts } = file;
  const found: SecretInUrl[] = [];
  const secretIn = (node: Node) => carriesSecret(file, node, settings);
  const keep = (at: Node, hit: { node: Node; origin: SecretOrigin } | undefined) => {
    if (!hit || isInlineKeyLiteral(file, hit.origin, at)) return;
    found.push({ at, secret: hit.node, origin: hit.origin });
  };
  const checkParts = (whole: Node, parts: { text?: string; expr?: Node }[]) => {
    let prefix = '';
    const firstExpr = parts.find((p) => p.expr)?.expr;
    const firstName = parts[0]?.expr ? calleeName(file, parts[0].expr) : undefined;
    const urlCall = isUrlArgument(file, whole);
    for (const part of parts) {
      if (part.text !== undefined) {
        prefix += part.text;
        continue;
      }
      const hit = secretIn(part.expr!);
      if (hit && isUrlPosition(prefix, firstName, urlCall)) {
        keep(whole, hit);
        return;
      }
      prefix += '\0';
    }
    void firstExpr;
  };
  for (const node of indexOf(file).nodes) {
    if (ts.isTemplateExpression(node) && !ts.isTaggedTemplateExpression(node.parent)) {
      const parts: { text?: string; expr?: Node }[] = [{ text: node.head.text }];
      for (const span of node.templateSpans) parts.push({ expr: span.expression }, { text: span.literal.text });
      checkParts(node, parts);
    } else if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken && !(ts.isBinaryExpression(node.parent) && node.parent.operatorToken.kind === ts.SyntaxKind.PlusToken)) {
      const parts: { text?: string; expr?: Node }[] = [];
      const stack: Node[] = [node];
      while (stack.length) {
        const current = unwrap(file, stack.pop()!);
        if (ts.isBinaryExpression(current) && current.operatorToken.kind === ts.SyntaxKind.PlusToken) stack.push(current.right, current.left);
        else if (ts.isStringLiteralLike(current)) parts.push({ text: current.text });
        else if (ts.isTemplateExpression(current)) {
          // `` `https://${host}/v1?apikey=` + key ``: the template's text counts as the URL's prefix.
          parts.push({ text: current.head.text });
          for (const span of current.templateSpans) parts.push({ expr: span.expression }, { text: span.literal.text });
        } else parts.push({ expr: current });
      }
      if (parts.some((p) => p.text !== undefined)) checkParts(node, parts);
    } else if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && /^(set|append)$/.test(node.expression.name.text) && node.arguments.length >= 2) {
      const receiver = calleeName(file, node.expression.expression) ?? '';
      if (/(^|\.)searchParams$/.test(receiver) || (ts.isIdentifier(unwrap(file, node.expression.expression)) && isQueryStringObject(file, node.expression.expression))) keep(node, secretIn(node.arguments[1]!));
    } else if (ts.isNewExpression(node) && calleeName(file, node.expression) === 'URLSearchParams' && node.arguments?.[0] && !isRequestBody(file, node)) {
      const declaration = ts.isVariableDeclaration(node.parent) ? node.parent : undefined;
      if (!declaration || !ts.isIdentifier(declaration.name) || !usedAsBody(file, declaration.name.text)) keep(node.arguments[0], secretIn(node.arguments[0]));
    } else if (ts.isPropertyAssignment(node) && /^(params|searchParams|qs|query)$/.test(nameOf(file, node.name) ?? '') && ts.isObjectLiteralExpression(unwrap(file, node.initializer))) {
      const call = node.parent.parent;
      if (call && (ts.isCallExpression(call) || ts.isNewExpression(call)) && URL_CALL.test(calleeName(file, call.expression) ?? '') && !/\.(get|set)$/.test(calleeName(file, call.expression) ?? '') || (call && ts.isCallExpression(call) && /^(axios|got|ky|fetch)|\.(get|delete|head)$/.test(calleeName(file, call.expression) ?? ''))) {
        keep(node.initializer, secretIn(node.initializer));
      }
    }
  }
  return found;
}

function isRequestBody(file: JsFile, node: Node): boolean {
  const { ts } = file;
  const parent = node.parent;
  return !!parent && ts.isPropertyAssignment(parent) && /^(body|data|form)$/.test(nameOf(file, parent.name) ?? '');
}

function usedAsBody(file: JsFile, name: string): boolean {
  const { ts } = file;
  let used = false;
  for (const node of indexOf(file).nodes) {
    if (used) break;
    if (ts.isPropertyAssignment(node) && /^(body|data|form)$/.test(nameOf(file, node.name) ?? '') && calleeName(file, node.initializer)?.split('.')[0] === name) used = true;
    else if (ts.isShorthandPropertyAssignment(node) && node.name.text === name && /^(body|data)$/.test(name)) used = true;
    else if ((ts.isCallExpression(node)) && /\.(post|put|patch)$/.test(calleeName(file, node.expression) ?? '') && node.arguments.slice(1).some((a) => calleeName(file, a)?.split('.')[0] === name)) used = true;
  }
  return used;
}

/** `const params = new URLSearchParams()` used in a URL (not as a request body). */
function isQueryStringObject(file: JsFile, identifier: Node): boolean {
  const { ts } = file;
  if (!ts.isIdentifier(identifier)) return false;
  const binding = bindingsOf(file, identifier).find((b) => b.kind === 'variable');
  const value = binding?.values[0] && unwrap(file, binding.values[0]);
  if (!value || !(ts.isNewExpression(value) && calleeName(file, value.expression) === 'URLSearchParams')) return false;
  return !usedAsBody(file, identifier.text) && !isRequestBody(file, value);
}

// ───────────────────────────── the whole environment ─────────────────────────────

/** True when the expression is the whole process environment: `process.env`, `Deno.env.toObject()`, or a variable/copy of it. */
export function isWholeEnvironment(file: JsFile, node: Node, depth = 0): boolean {
  const { ts } = file;
  const inner = unwrap(file, node);
  const name = calleeName(file, inner);
  if (name === 'process.env') return true;
  if (ts.isCallExpression(inner)) {
    const callee = calleeName(file, inner.expression);
    if (callee === 'Deno.env.toObject') return true;
    if (/^Object\.(entries|values|assign|fromEntries)$/.test(callee ?? '') || callee === 'structuredClone' || callee === 'JSON.stringify') return inner.arguments.some((a) => isWholeEnvironment(file, a, depth + 1));
    // `Object.entries(process.env).map(([k, v]) => \`${k}=${v}\`).join('\n')` keeps every value; a
    // `.filter(…)` keeps chosen ones (`k.startsWith('PUBLIC_')`), which is not the whole environment.
    const method = ts.isPropertyAccessExpression(inner.expression) ? inner.expression.name.text : '';
    if (/^(map|join|flat|flatMap|sort|concat|slice|reverse|toString)$/.test(method) && depth < 6) return isWholeEnvironment(file, (inner.expression as TS.PropertyAccessExpression).expression, depth + 1);
    return false;
  }
  if (ts.isObjectLiteralExpression(inner)) return inner.properties.some((p) => ts.isSpreadAssignment(p) && isWholeEnvironment(file, p.expression, depth + 1));
  if (ts.isIdentifier(inner) && depth < 6) {
    return bindingsOf(file, inner).some((b) => b.kind === 'variable' && b.path.length === 0 && b.values.some((v) => isWholeEnvironment(file, v, depth + 1)));
  }
  return false;
}

/** The part of a sink's value that is the whole environment (`res.json({ env: process.env })` → `process.env`). */
export function carriesWholeEnvironment(file: JsFile, node: Node): Node | undefined {
  return carries(file, node, (n, nodeFile, anchor) => (isWholeEnvironment(nodeFile, n) ? (nodeFile === file ? n : anchor) : undefined)) ?? (isWholeEnvironment(file, node) ? node : undefined);
}

/** Where to report a value reaching a sink: the argument, or the inner part when the argument spans lines. */
export function sinkSpan(file: JsFile, argument: Node, inner: Node): Span {
  const { sourceFile } = file;
  const start = argument.getStart(sourceFile);
  const multiline = sourceFile.getLineAndCharacterOfPosition(start).line !== sourceFile.getLineAndCharacterOfPosition(argument.getEnd()).line;
  const within = inner.getSourceFile() === sourceFile && inner.pos >= argument.pos && inner.end <= argument.end;
  return spanOf(file, multiline && within ? inner : argument);
}

// ───────────────────────────── Stripe call parameters ─────────────────────────────

/**
 * The properties named `name` inside the parameters of a Stripe API call, at any depth
 * (`metadata`, `payment_intent_data.metadata`, `line_items[].price_data`), following variables
 * that hold object or array literals. Yields the property and the object literal that holds it.
 */
export function stripeParams(file: JsFile, api: StripeApiCall, name: string | RegExp): { property: TS.ObjectLiteralElementLike; holder: TS.ObjectLiteralExpression; path: string[] }[] {
  const { ts } = file;
  const found: { property: TS.ObjectLiteralElementLike; holder: TS.ObjectLiteralExpression; path: string[] }[] = [];
  const matches = (key: string | undefined) => key !== undefined && (typeof name === 'string' ? key === name : name.test(key));
  const work: [Node, string[], number][] = api.call.arguments.map((a) => [a, [], 0]);
  const seen = new Set<Node>();
  while (work.length) {
    const [raw, at, depth] = work.shift()!;
    const node = literalOf(file, raw);
    if (!node || seen.has(node) || depth > 8) continue;
    seen.add(node);
    if (ts.isArrayLiteralExpression(node)) {
      for (const element of node.elements) work.push([ts.isSpreadElement(element) ? element.expression : element, [...at, '*'], depth + 1]);
      continue;
    }
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && /^(map|flatMap)$/.test(node.expression.name.text)) {
      // `items.map((item) => ({ price_data: … }))`: the object the callback returns.
      const callback = node.arguments[0] && unwrap(file, node.arguments[0]);
      if (callback && (ts.isArrowFunction(callback) || ts.isFunctionExpression(callback))) for (const returned of returnedValues(file, callback)) work.push([returned, [...at, '*'], depth + 1]);
      continue;
    }
    if (!ts.isObjectLiteralExpression(node)) continue;
    for (const property of node.properties) {
      const key = nameOf(file, property.name);
      if (matches(key)) found.push({ property, holder: node, path: [...at, key!] });
      const value = ts.isSpreadAssignment(property) ? property.expression : propertyValue(file, property);
      if (value) work.push([value, key ? [...at, key] : at, depth + 1]);
    }
  }
  return found;
}

/** An object/array literal or array `.map` call an expression denotes, following `const` variables of this file. */
export function literalOf(file: JsFile, node: Node): Node | undefined {
  const { ts } = file;
  let current: Node | undefined = unwrap(file, node);
  for (let i = 0; current && i < 8; i++) {
    if (ts.isObjectLiteralExpression(current) || ts.isArrayLiteralExpression(current) || ts.isCallExpression(current)) return current;
    if (!ts.isIdentifier(current)) return undefined;
    const binding: Binding | undefined = bindingsOf(file, current).find((b) => b.kind === 'variable' && b.path.length === 0 && b.values.length >= 1);
    current = binding && unwrap(file, binding.values[0]!);
  }
  return undefined;
}

/** The values a function returns (an arrow's expression body, or its `return` statements). */
export function returnedValues(file: JsFile, fn: TS.SignatureDeclaration): Expr[] {
  const { ts } = file;
  const body = (fn as TS.FunctionLikeDeclaration).body;
  if (!body) return [];
  if (!ts.isBlock(body)) return [body as Expr];
  const found: Expr[] = [];
  walk(file, body, (node) => {
    if (node !== body && ts.isFunctionLike(node)) return false;
    if (ts.isReturnStatement(node) && node.expression) found.push(node.expression);
    return undefined;
  });
  return found;
}

const SENSITIVE_WORDS = new Set(['password', 'passwd', 'pwd', 'secret', 'secrets', 'token', 'ssn', 'cvc', 'cvv', 'cvv2', 'pin', 'passcode']);
const SENSITIVE_PAIRS = /(^|_)(access_key|api_key|apikey|private_key|card_number|cardnumber|credit_card|creditcard|card_num|personal_info|social_security|security_code|account_number|routing_number)(_|$)/;

/**
 * True when a metadata key names sensitive data (SPEC §3): `password`, `secret`, `token`, `api_key`,
 * `private_key`, `card_number`, `cvc`, `ssn`, `personal_info`… in any case or separator. Ordinary keys
 * (`user_id`, `application_username`, `tier`, `token_count`?) are matched word by word, not as substrings.
 */
export function isSensitiveKeyName(key: string): boolean {
  const snake = normalizeName(key).toLowerCase();
  const words = snake.split('_');
  // Counters and references (`token_count`, `tokens_used`, `api_key_id`) are not the sensitive value itself.
  if (/(^|_)(count|type|id|ids|expires|expiry|ttl|length|name|amount|quantity|qty|limit|credits|balance|total|num|number|used|usage|plan|package|pack|protected|required|enabled|set|version)$/.test(snake) && !/(password|secret|ssn|cvc|cvv)$/.test(snake) && !/(card_number|account_number|routing_number)$/.test(snake)) return false;
  if (words.some((w) => SENSITIVE_WORDS.has(w))) return true;
  return SENSITIVE_PAIRS.test(snake) || /^(apikey|accesskey|privatekey|cardnumber|creditcardnumber|personalinfo|ssn|cvc|cvv|password|passwd)$/.test(snake.replace(/_/g, ''));
}

/** True when a callback reads a price-like field of its own parameters (`i.price`, `item.amount`). */
function readsPriceField(file: JsFile, callback: Node): boolean {
  const { ts } = file;
  if (!ts.isArrowFunction(callback) && !ts.isFunctionExpression(callback)) return false;
  const params = new Set(callback.parameters.flatMap((p) => (ts.isIdentifier(p.name) ? [p.name.text] : [])));
  const destructured = callback.parameters.some((p) => !ts.isIdentifier(p.name) && /price|amount|cost|total/i.test(p.name.getText(file.sourceFile)));
  let reads = destructured;
  walk(file, callback.body, (node) => {
    if (reads) return false;
    if (ts.isPropertyAccessExpression(node) && /price|amount|cost|total/i.test(node.name.text) && ts.isIdentifier(node.expression) && params.has(node.expression.text)) reads = true;
    return undefined;
  });
  return reads;
}

/**
 * Parameters that carry client input by framework convention: a server action's `FormData`, tRPC's
 * `{ input }` in `.mutation(…)`/`.query(…)`, a Lambda/Netlify `event.body` (handled by name).
 */
function isClientInputParameter(file: JsFile, binding: Binding): boolean {
  const { ts } = file;
  const { node, fn } = binding.parameter!;
  const type = node.type && ts.isTypeReferenceNode(node.type) ? node.type.typeName.getText(file.sourceFile) : undefined;
  if (type === 'FormData' || type === 'URLSearchParams') return true;
  // Next.js server actions: the browser calls them with whatever arguments it likes.
  if (isServerAction(file, fn)) return true;
  if (binding.path[0] === 'input' || (binding.path.length === 0 && binding.name === 'input')) {
    const call = fn.parent;
    return !!call && ts.isCallExpression(call) && /\.(mutation|query|action)$/.test(calleeName(file, call.expression) ?? '');
  }
  // GraphQL resolvers, `Mutation: { pay(parent, args) { … } }`: the client writes `args`.
  return binding.parameter!.index === 1 && isGraphQlResolver(file, fn);
}

function isGraphQlResolver(file: JsFile, fn: TS.SignatureDeclaration): boolean {
  const { ts } = file;
  const member = ts.isMethodDeclaration(fn) ? fn : fn.parent && ts.isPropertyAssignment(fn.parent) ? fn.parent : undefined;
  const map = member?.parent;
  const owner = map && ts.isObjectLiteralExpression(map) ? map.parent : undefined;
  return !!owner && ts.isPropertyAssignment(owner) && /^(Mutation|Query|Subscription)$/.test(nameOf(file, owner.name) ?? '');
}

/** A React component using state or effects runs in the browser (hooks do not run in server components). */
function usesClientHooks(file: JsFile): boolean {
  const { ts } = file;
  for (const statement of file.sourceFile.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier) || statement.moduleSpecifier.text !== 'react') continue;
    const bindings = statement.importClause?.namedBindings;
    if (bindings && ts.isNamedImports(bindings) && bindings.elements.some((e) => /^use(State|Effect|Reducer|LayoutEffect|Ref)$/.test(e.name.text))) return true;
  }
  return false;
}

/**
 * Imports of project modules that themselves import the server SDK (`import { stripe } from
 * '@/lib/stripe'` in a client component pulls the SDK into the bundle). Type-only imports are left out.
 */
export function importsOfServerSdkModules(file: JsFile): Node[] {
  const { ts } = file;
  const found: Node[] = [];
  for (const { node, module } of indexOf(file).imports) {
    if (!ts.isImportDeclaration(node) || isStripeSdkModule(module)) continue;
    const clause = node.importClause;
    if (!clause || clause.isTypeOnly) continue;
    const named = clause.namedBindings && ts.isNamedImports(clause.namedBindings) ? clause.namedBindings.elements : undefined;
    if (!clause.name && named && named.every((e) => e.isTypeOnly)) continue;
    const target = importedFile(file, module);
    // A module that is client code itself is reported where it imports the SDK (one mistake, one
    // finding); a `'use server'` module (server actions) never reaches the browser.
    if (target && importsStripeSdk(target).length > 0 && !isClientCode(target) && !indexOf(target).directives.includes('use server')) found.push(node);
  }
  return found;
}

// `$env/static/public`: what SvelteKit inlines into the browser bundle.
const APP_ENV_MODULES = /^(@env|react-native-config|react-native-dotenv|@app\/env|\$env\/(static|dynamic)\/public)$/;

/**
 * Secret-named values read from the environment modules of apps, which build tools inline into the
 * app bundle: `import { STRIPE_SECRET_KEY } from '@env'`, `Config.STRIPE_SECRET_KEY` (react-native-config).
 */
export function appEnvironmentSecrets(file: JsFile, settings?: CheckSettings): { name: string; at: Node }[] {
  const { ts } = file;
  const found: { name: string; at: Node }[] = [];
  const configNames = new Set<string>();
  for (const { node, module } of indexOf(file).imports) {
    if (!ts.isImportDeclaration(node) || !APP_ENV_MODULES.test(module)) continue;
    const clause = node.importClause;
    if (clause?.name) configNames.add(clause.name.text);
    const bindings = clause?.namedBindings;
    if (bindings && ts.isNamedImports(bindings)) {
      for (const element of bindings.elements) {
        const name = (element.propertyName ?? element.name).text;
        if (isSecretName(name, { environment: true, settings })) found.push({ name, at: element });
      }
    }
  }
  if (configNames.size) {
    for (const node of indexOf(file).nodes) {
      if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression) && configNames.has(node.expression.text) && isSecretName(node.name.text, { environment: true, settings })) {
        found.push({ name: node.name.text, at: node });
      }
    }
  }
  return found;
}

/** True when a value is a constant written in this file (a literal, or a `const`/object property holding one): test data, not user input. */
export function isConstantValue(file: JsFile, node: Node): boolean {
  const { ts } = file;
  return follow({ file, node, path: [] }, {
    classify(ref) {
      const inner = unwrap(ref.file, ref.node);
      if ((ts.isStringLiteralLike(inner) || ts.isNumericLiteral(inner)) && !ref.path.length) return 'yes';
      if (ts.isIdentifier(inner) && bindingsOf(ref.file, inner).some((b) => b.kind === 'parameter')) return 'no';
      return undefined;
    },
  }).verdict === 'yes';
}

/** Test code (`*.test.ts`, `*.spec.js`, `__tests__/`, `test/`): it handles fixtures, not customers' data. */
export function isTestFile(file: JsFile): boolean {
  return /(^|\/)(__tests__|__mocks__|tests?|spec|e2e|cypress)\/|[._-](test|spec|e2e)\.[cm]?[jt]sx?$/.test(file.path);
}

/**
 * Secrets a bundler configuration inlines into browser code: Next.js `next.config.js` `env: { KEY: … }`
 * and Vite/webpack `define: { 'process.env.KEY': … }` / `new webpack.DefinePlugin({ … })`.
 */
export function bundledSecrets(file: JsFile, settings?: CheckSettings): { name: string; at: Node }[] {
  const { ts } = file;
  const found: { name: string; at: Node }[] = [];
  const isNextConfig = /(^|\/)next\.config\.[cm]?[jt]s$/.test(file.path);
  const isBundlerConfig = /(^|\/)(vite|webpack|vue|nuxt|rollup|astro|svelte)\.config\.[cm]?[jt]s$/.test(file.path) || /(^|\/)webpack\.[\w.]*\.[cm]?js$/.test(file.path);
  for (const node of indexOf(file).nodes) {
    if (!ts.isPropertyAssignment(node) || !ts.isObjectLiteralExpression(node.initializer)) continue;
    const key = nameOf(file, node.name);
    const definePlugin = ts.isNewExpression(node.parent.parent) && /DefinePlugin$/.test(calleeName(file, node.parent.parent.expression) ?? '');
    if (!((isNextConfig && key === 'env') || (isBundlerConfig && key === 'define'))) continue;
    for (const property of node.initializer.properties) {
      const name = nameOf(file, property.name)?.replace(/^(process\.env\.|import\.meta\.env\.)/, '');
      if (name && isSecretName(name, { environment: true, settings })) found.push({ name, at: property });
    }
    void definePlugin;
  }
  return found;
}

/**
 * Card fields sent to Stripe's REST API by hand, form-encoded: `'card[number]': value` properties and
 * `` `card[number]=${n}&card[cvc]=${c}` `` strings whose value is not a constant. Returns the values.
 */
export function formEncodedCardFields(file: JsFile): Node[] {
  const { ts } = file;
  const found: Node[] = [];
  const field = /^card\[(number|cvc)\]$/;
  for (const node of indexOf(file).nodes) {
    if (ts.isPropertyAssignment(node) && field.test(nameOf(file, node.name) ?? '') && !isConstantValue(file, node.initializer)) {
      found.push(node.initializer);
    } else if (ts.isTemplateExpression(node)) {
      let text = node.head.text;
      for (const span of node.templateSpans) {
        if (/card\[(number|cvc)\]=$/.test(text) && !isConstantValue(file, span.expression)) {
          found.push(span.expression);
          break;
        }
        text = span.literal.text;
      }
    } else if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && /^(append|set)$/.test(node.expression.name.text) && field.test(stringValue(file, node.arguments[0]) ?? '') && node.arguments[1] && !isConstantValue(file, node.arguments[1])) {
      found.push(node.arguments[1]);
    }
  }
  return found;
}

export type ClientExposure =
  | { kind: 'stripeJs'; at: Node; value: string }
  | { kind: 'publicVariable'; at: Node; name: string; prefix: string }
  | { kind: 'bundled' | 'appVariable'; at: Node; name: string }
  | { kind: 'serverSdk' | 'serverSdkModule'; at: Node };

/**
 * Every way this file exposes a secret to browsers or apps, one entry per mistake: Stripe.js given
 * a secret, secret-named variables under a public prefix, bundler `env`/`define` entries, app
 * environment modules, and the server SDK imported (directly or through a project module) by
 * client code. A real key literal is left to `hardcoded-secret-key`.
 */
export function clientExposures(file: JsFile, settings?: CheckSettings): ClientExposure[] {
  const found: ClientExposure[] = [];
  const claimed: Span[] = [];
  const claim = (at: Node) => {
    const span = spanOf(file, at);
    if (claimed.some((c) => span.start >= c.start && span.end <= c.end)) return false;
    claimed.push(span);
    return true;
  };
  for (const key of stripeJsKeys(file)) {
    const secret = carriesSecret(file, key, settings);
    if (!secret || isInlineKeyLiteral(file, secret.origin, key)) continue;
    if (claim(key)) found.push({ kind: 'stripeJs', at: key, value: textOf(file, key) });
  }
  for (const read of environmentReads(file)) {
    const prefix = publicPrefixOf(read.name);
    if (prefix && isSecretName(read.name, { environment: true, settings }) && claim(read.at)) found.push({ kind: 'publicVariable', at: read.at, name: read.name, prefix });
  }
  // The server SDK authenticates with a secret key only: whatever its name, a public variable given
  // to `new Stripe(…)` holds one (`new Stripe(process.env.NEXT_PUBLIC_STRIPE_KEY)`).
  for (const creation of stripeClientCreations(file)) {
    if (creation.via !== 'sdk' || !creation.key) continue;
    const env = environmentName(file, creation.key);
    const prefix = env && env.rest.length === 0 ? publicPrefixOf(env.name) : undefined;
    if (env && prefix && !isPublicName(env.name.slice(prefix.length)) && claim(creation.key)) found.push({ kind: 'publicVariable', at: creation.key, name: env.name, prefix });
  }
  for (const entry of bundledSecrets(file, settings)) if (claim(entry.at)) found.push({ kind: 'bundled', at: entry.at, name: entry.name });
  for (const read of appEnvironmentSecrets(file, settings)) if (claim(read.at)) found.push({ kind: 'appVariable', at: read.at, name: read.name });
  if (isClientCode(file)) {
    for (const node of importsStripeSdk(file)) found.push({ kind: 'serverSdk', at: node });
    for (const node of importsOfServerSdkModules(file)) found.push({ kind: 'serverSdkModule', at: node });
  }
  return found;
}

/** The value a `return` statement (or an arrow function's expression body) gives back, unwrapped. */
function returnedFromHandler(file: JsFile, node: Node): Expr | undefined {
  const { ts } = file;
  if (ts.isReturnStatement(node) && node.expression) return unwrap(file, node.expression) as Expr;
  if (ts.isArrowFunction(node) && !ts.isBlock(node.body)) return unwrap(file, node.body) as Expr;
  return undefined;
}

const ROUTE_REGISTRATION = /^(fastify|app|server|instance|api|router|routes|f)\.(get|post|put|patch|delete|all|head|options)$/;
const NEST_ROUTE = /^(Get|Post|Put|Patch|Delete|All|Head|Options)$/;

/**
 * True when what the function containing `node` returns is sent as the HTTP response: a Fastify
 * route handler (`fastify.get('/x', async () => ({ … }))`), a NestJS controller method
 * (`@Get() config() { return { … } }`), or a Lambda handler (`return { statusCode, body }`).
 */
function returnsResponse(file: JsFile, node: Node): boolean {
  const { ts } = file;
  let fn: Node | undefined = ts.isArrowFunction(node) ? node : node.parent;
  while (fn && !ts.isFunctionLike(fn)) fn = fn.parent;
  if (!fn) return false;
  if (ts.isMethodDeclaration(fn)) return decoratorsOf(file, fn).some((d) => NEST_ROUTE.test(d));
  const call = fn.parent;
  if (!call || !ts.isCallExpression(call) || !call.arguments.includes(fn as Expr)) return false;
  const name = calleeName(file, call.expression) ?? '';
  // Express ignores return values; Fastify (and Hono through `c.json`) send them. Require a Fastify-looking file.
  return ROUTE_REGISTRATION.test(name) && /fastify/i.test(file.text);
}

/** The object or array literal a member read denotes (`config.stripe` → `{ secretKey: … }`), followed through variables and imports. */
function compositeOf(file: JsFile, node: Node): { file: JsFile; node: Node } | undefined {
  const { ts } = file;
  let found: { file: JsFile; node: Node } | undefined;
  follow({ file, node, path: [] }, {
    classify(ref) {
      const inner = unwrap(ref.file, ref.node);
      if (!ref.path.length && (ts.isObjectLiteralExpression(inner) || ts.isArrayLiteralExpression(inner))) {
        found = { file: ref.file, node: inner };
        return 'yes';
      }
      return undefined;
    },
  });
  return found;
}

/** A Next.js server action: an exported function of a `'use server'` module, or a function whose body starts with `'use server'`. */
function isServerAction(file: JsFile, fn: TS.SignatureDeclaration): boolean {
  const { ts } = file;
  const body = (fn as TS.FunctionLikeDeclaration).body;
  if (body && ts.isBlock(body)) {
    const first = body.statements[0];
    if (first && ts.isExpressionStatement(first) && ts.isStringLiteral(first.expression) && first.expression.text === 'use server') return true;
  }
  if (!indexOf(file).directives.includes('use server')) return false;
  const declaration = ts.isFunctionDeclaration(fn) ? fn : ts.isVariableDeclaration(fn.parent) ? fn.parent.parent.parent : undefined;
  const modifiers = declaration && ts.canHaveModifiers(declaration) ? (ts.getModifiers(declaration) ?? []) : [];
  return modifiers.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
}
