/**
 * Which functions a call runs, across files: `verifyStripeWebhook(req)` imported from
 * `@/lib/webhooks`, `webhooks.verify(req)` on a namespace import, `this.stripeService.constructEvent(…)`
 * on a NestJS-injected service, `new WebhookGuard()`, CommonJS `require`/`module.exports`.
 *
 * Built on the vocabulary of `./js.ts` (lexical bindings, `importedFile` for relative and tsconfig
 * alias imports, read and parsed on demand with a per-thread cache). Nothing is executed, nothing
 * outside the project is read, and the only state is those read-only caches: safe in worker threads.
 */
import type { ts as TS } from 'ts-morph';
import type { JsFile } from '../parse/javascript.js';
import { bindingsOf, importedFile, indexOf, nameOf, unwrap } from './js.js';

/** A node of some file: the file under analysis or one an import led to. */
export interface Located<N extends TS.Node = TS.Node> {
  file: JsFile;
  node: N;
}

export type FunctionLike = TS.FunctionDeclaration | TS.FunctionExpression | TS.ArrowFunction | TS.MethodDeclaration;

const MAX_HOPS = 8;

export function isFunctionLike(ts: JsFile['ts'], node: TS.Node): node is FunctionLike {
  return ts.isFunctionDeclaration(node) || ts.isFunctionExpression(node) || ts.isArrowFunction(node) || ts.isMethodDeclaration(node);
}

function hasModifier(ts: JsFile['ts'], node: TS.Node, kind: TS.SyntaxKind): boolean {
  return (ts.canHaveModifiers(node) ? ts.getModifiers(node) : undefined)?.some((m) => m.kind === kind) ?? false;
}

/** `require('./x')` / `await import('./x')` → './x'. */
function requiredModule(file: JsFile, node: TS.Node | undefined): string | undefined {
  const { ts } = file;
  const inner = node && unwrap(file, node);
  if (!inner || !ts.isCallExpression(inner)) return undefined;
  const isRequire = (ts.isIdentifier(inner.expression) && inner.expression.text === 'require') || inner.expression.kind === ts.SyntaxKind.ImportKeyword;
  const arg = inner.arguments[0];
  return isRequire && arg && ts.isStringLiteralLike(arg) ? arg.text : undefined;
}

/** A module namespace (`import * as x`, `require('./x')`) is represented by its source file node. */
function namespaceOf(file: JsFile, specifier: string): Located | undefined {
  const target = importedFile(file, specifier);
  return target && { file: target, node: target.sourceFile };
}

function fromBinding(file: JsFile, binding: ReturnType<typeof bindingsOf>[number], hops: number): Located | undefined {
  const { ts } = file;
  if (binding.kind === 'function' || binding.kind === 'class') return { file, node: binding.declaration.parent };
  if (binding.kind === 'import' && binding.from) {
    if (binding.from.name === '*') return namespaceOf(file, binding.from.module);
    const target = importedFile(file, binding.from.module);
    return target && exportOf(target, binding.from.name, hops + 1);
  }
  if (binding.kind !== 'variable') return undefined;
  const value = binding.values[0];
  if (!value) return undefined;
  const specifier = requiredModule(file, value);
  if (specifier !== undefined) {
    // `const x = require('./x')` or `const { a } = require('./x')`.
    if (binding.path.length === 0) return namespaceOf(file, specifier);
    const target = importedFile(file, specifier);
    return target && binding.path.length === 1 ? exportOf(target, binding.path[0]!, hops + 1) : undefined;
  }
  let resolved = resolveExpression(file, value, hops + 1);
  for (const key of binding.path) resolved = resolved && memberOf(resolved, key, hops + 1);
  void ts;
  return resolved;
}

/** What an expression denotes, as far as declarations tell: a function, class, object literal, call, module… */
export function resolveExpression(file: JsFile, expr: TS.Node, hops = 0): Located | undefined {
  if (hops > MAX_HOPS) return undefined;
  const { ts } = file;
  const inner = unwrap(file, expr);
  if (ts.isIdentifier(inner)) {
    const binding = bindingsOf(file, inner)[0];
    return binding && fromBinding(file, binding, hops + 1);
  }
  if (ts.isPropertyAccessExpression(inner)) return resolveMember(file, inner, hops + 1);
  return { file, node: inner };
}

function resolveMember(file: JsFile, expr: TS.PropertyAccessExpression, hops: number): Located | undefined {
  const { ts } = file;
  const receiver = unwrap(file, expr.expression);
  let owner: Located | undefined;
  if (ts.isPropertyAccessExpression(receiver) && receiver.expression.kind === ts.SyntaxKind.ThisKeyword) owner = injected(file, receiver, hops);
  else if (receiver.kind === ts.SyntaxKind.ThisKeyword) {
    const cls = enclosingClass(ts, expr);
    owner = cls && { file, node: cls };
  } else owner = resolveExpression(file, receiver, hops);
  return owner && memberOf(owner, expr.name.text, hops);
}

/** `owner.name`: an export of a module, a property of an object literal, a method of a class or of `new C()`. */
export function memberOf(owner: Located, name: string, hops = 0): Located | undefined {
  if (hops > MAX_HOPS) return undefined;
  const { file, node } = owner;
  const { ts } = file;
  if (ts.isSourceFile(node)) return exportOf(file, name, hops + 1);
  if (ts.isNewExpression(node)) {
    const cls = resolveExpression(file, node.expression, hops + 1);
    return cls && memberOf(cls, name, hops + 1);
  }
  if (ts.isObjectLiteralExpression(node)) {
    for (const property of node.properties) {
      if (nameOf(file, property.name) !== name) continue;
      if (ts.isShorthandPropertyAssignment(property)) return resolveExpression(file, property.name, hops + 1);
      if (ts.isPropertyAssignment(property)) return resolveExpression(file, property.initializer, hops + 1);
      if (ts.isMethodDeclaration(property)) return { file, node: property };
    }
    return undefined;
  }
  if (ts.isClassLike(node)) {
    for (const member of node.members) {
      if (nameOf(file, member.name) !== name) continue;
      if (ts.isMethodDeclaration(member)) return { file, node: member };
      if (ts.isPropertyDeclaration(member) && member.initializer) return resolveExpression(file, member.initializer, hops + 1);
    }
  }
  return undefined;
}

export function enclosingClass(ts: JsFile['ts'], node: TS.Node): TS.ClassLikeDeclaration | undefined {
  for (let n = node.parent; n; n = n.parent) if (ts.isClassLike(n)) return n;
  return undefined;
}

/** `this.service` of a class: what its constructor parameter or field is typed with or created from (NestJS DI). */
function injected(file: JsFile, expr: TS.PropertyAccessExpression, hops: number): Located | undefined {
  const { ts } = file;
  const cls = enclosingClass(ts, expr);
  if (!cls) return undefined;
  const name = expr.name.text;
  for (const member of cls.members) {
    if (ts.isConstructorDeclaration(member)) {
      for (const p of member.parameters) if (ts.isIdentifier(p.name) && p.name.text === name && p.type) return typeTarget(file, p.type, hops);
    }
    if (ts.isPropertyDeclaration(member) && nameOf(file, member.name) === name) {
      if (member.initializer) return resolveExpression(file, member.initializer, hops + 1);
      if (member.type) return typeTarget(file, member.type, hops);
    }
  }
  return undefined;
}

function typeTarget(file: JsFile, type: TS.TypeNode, hops: number): Located | undefined {
  const { ts } = file;
  return ts.isTypeReferenceNode(type) && ts.isIdentifier(type.typeName) ? resolveExpression(file, type.typeName, hops + 1) : undefined;
}

/** A top-level name of a module. */
function topLevel(file: JsFile, name: string, hops: number): Located | undefined {
  const binding = indexOf(file).scopes.get(file.sourceFile)?.get(name)?.[0];
  return binding && fromBinding(file, binding, hops + 1);
}

/**
 * What a module exports under `name` ('default' for `export default` and `module.exports = …`):
 * exported declarations, `export { a as b }`, re-exports, `exports.x = …`.
 */
export function exportOf(file: JsFile, name: string, hops = 0): Located | undefined {
  if (hops > MAX_HOPS) return undefined;
  const { ts } = file;
  for (const statement of file.sourceFile.statements) {
    if (ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)) {
      if (!hasModifier(ts, statement, ts.SyntaxKind.ExportKeyword)) continue;
      const isDefault = hasModifier(ts, statement, ts.SyntaxKind.DefaultKeyword);
      if (isDefault ? name === 'default' : statement.name?.text === name) return { file, node: statement };
    } else if (ts.isVariableStatement(statement) && hasModifier(ts, statement, ts.SyntaxKind.ExportKeyword)) {
      for (const decl of statement.declarationList.declarations) {
        if (ts.isIdentifier(decl.name) && decl.name.text === name) return decl.initializer && resolveExpression(file, decl.initializer, hops + 1);
      }
    } else if (ts.isExportAssignment(statement) && name === 'default') {
      return resolveExpression(file, statement.expression, hops + 1);
    } else if (ts.isExportDeclaration(statement)) {
      const from = statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier) ? statement.moduleSpecifier.text : undefined;
      const clause = statement.exportClause;
      if (clause && ts.isNamedExports(clause)) {
        for (const element of clause.elements) {
          if (element.name.text !== name) continue;
          const original = (element.propertyName ?? element.name).text;
          if (from === undefined) return topLevel(file, original, hops);
          const target = importedFile(file, from);
          return target && exportOf(target, original, hops + 1);
        }
      } else if (!clause && from !== undefined && name !== 'default') {
        const target = importedFile(file, from);
        const found = target && exportOf(target, name, hops + 1);
        if (found) return found;
      }
    } else if (ts.isExpressionStatement(statement) && ts.isBinaryExpression(statement.expression) && statement.expression.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
      const { left, right } = statement.expression;
      const target = commonJsExport(ts, left);
      if (target === 'module.exports') {
        if (name === 'default') return resolveExpression(file, right, hops + 1);
        // `module.exports = { verify }`, `module.exports = new WebhookService()`.
        const value = resolveExpression(file, right, hops + 1);
        const member = value && !ts.isSourceFile(value.node) ? memberOf(value, name, hops + 1) : undefined;
        if (member) return member;
      } else if (target === name) return resolveExpression(file, right, hops + 1);
    }
  }
  return undefined;
}

/** `module.exports = …` → 'module.exports'; `exports.x = …` / `module.exports.x = …` → 'x'. */
export function commonJsExport(ts: JsFile['ts'], left: TS.Expression): string | undefined {
  if (!ts.isPropertyAccessExpression(left)) return undefined;
  const object = left.expression;
  if (ts.isIdentifier(object) && object.text === 'module' && left.name.text === 'exports') return 'module.exports';
  if (ts.isIdentifier(object) && object.text === 'exports') return left.name.text;
  if (ts.isPropertyAccessExpression(object) && ts.isIdentifier(object.expression) && object.expression.text === 'module' && object.name.text === 'exports') {
    return left.name.text;
  }
  return undefined;
}

/**
 * The code a callee runs: functions and methods (a class stands for all its methods, as a NestJS
 * guard or a `new` does); for a wrapper value (`export const verify = withErrors(async (req) => …)`)
 * its function arguments and the wrapper itself. `known` is false when the callee could not be
 * resolved (a package, a parameter, a computed member).
 */
export function calleeCode(file: JsFile, callee: TS.Node): { code: Located[]; known: boolean } {
  const { ts } = file;
  const target = resolveExpression(file, callee);
  if (!target) return { code: [], known: false };
  const node = target.node;
  if (isFunctionLike(ts, node) || ts.isClassLike(node)) return { code: [target], known: true };
  if (ts.isCallExpression(node)) {
    const code: Located[] = node.arguments.filter((a) => isFunctionLike(ts, a)).map((a) => ({ file: target.file, node: a as TS.Node }));
    const wrapper = resolveExpression(target.file, node.expression);
    if (wrapper && isFunctionLike(ts, wrapper.node)) code.push(wrapper);
    return { code, known: code.length > 0 };
  }
  return { code: [], known: false };
}
