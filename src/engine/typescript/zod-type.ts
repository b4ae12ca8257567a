import type * as TS from 'typescript';

import type { TypeScript } from './compiler.js';

/** A zod schema read from source, as the TypeScript type of the values it accepts. */
interface RenderedSchema {
  type: string;
  optional: boolean;
  description: string | null;
}

const PRIMITIVES: Record<string, string> = {
  string: 'string',
  number: 'number',
  int: 'number',
  boolean: 'boolean',
  bigint: 'bigint',
  date: 'Date',
  null: 'null',
  undefined: 'undefined',
  void: 'void',
  any: 'any',
  unknown: 'unknown',
  never: 'never',
  email: 'string',
  url: 'string',
  uuid: 'string',
};

/** Methods that narrow what a schema accepts without changing its type. */
const REFINEMENTS = new Set([
  'min',
  'max',
  'length',
  'int',
  'positive',
  'negative',
  'nonnegative',
  'nonpositive',
  'finite',
  'safe',
  'multipleOf',
  'step',
  'gt',
  'gte',
  'lt',
  'lte',
  'email',
  'url',
  'uuid',
  'cuid',
  'regex',
  'startsWith',
  'endsWith',
  'includes',
  'trim',
  'toLowerCase',
  'toUpperCase',
  'datetime',
  'nonempty',
  'refine',
  'superRefine',
  'check',
  'strict',
  'passthrough',
  'strip',
  'catch',
  'readonly',
  'brand',
  'meta',
]);

/**
 * Renders a zod schema expression (`z.object({...})` and friends) as a TypeScript type, reading only the
 * syntax. Anything it does not know becomes `unknown`, recorded in `notes`.
 */
export function zodSchemaType(ts: TypeScript, checker: TS.TypeChecker, schema: TS.Expression, notes: string[]): string {
  return renderSchema(ts, checker, schema, notes, 0).type;
}

function renderSchema(ts: TypeScript, checker: TS.TypeChecker, node: TS.Expression, notes: string[], depth: number): RenderedSchema {
  const unknownSchema = (): RenderedSchema => {
    notes.push(`schema \`${abbreviate(node.getText())}\` is shown as unknown`);
    return { type: 'unknown', optional: false, description: null };
  };
  if (depth > 20) return unknownSchema();
  const recurse = (inner: TS.Expression) => renderSchema(ts, checker, inner, notes, depth + 1);
  if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isSatisfiesExpression(node)) return recurse(node.expression);
  if (ts.isIdentifier(node)) {
    const initializer = schemaVariableInitializer(ts, checker, node);
    return initializer ? recurse(initializer) : unknownSchema();
  }
  if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression)) return unknownSchema();
  const method = node.expression.name.text;
  const receiver = node.expression.expression;
  const [first, second] = node.arguments;
  if (isZodNamespace(ts, receiver)) {
    const factory = renderFactory(ts, method, first, second, notes, recurse);
    return factory ?? unknownSchema();
  }
  const base = recurse(receiver);
  switch (method) {
    case 'optional':
    case 'default':
    case 'prefault':
      return { ...base, optional: true };
    case 'nullable':
      return { ...base, type: `${base.type} | null` };
    case 'nullish':
      return { ...base, type: `${base.type} | null`, optional: true };
    case 'array':
      return { type: `${arrayElement(base.type)}[]`, optional: false, description: null };
    case 'or':
      return first ? { type: `${base.type} | ${recurse(first).type}`, optional: false, description: null } : unknownSchema();
    case 'describe':
      return { ...base, description: first && ts.isStringLiteralLike(first) ? first.text : base.description };
    default:
      return REFINEMENTS.has(method) ? base : unknownSchema();
  }
}

function renderFactory(
  ts: TypeScript,
  method: string,
  first: TS.Expression | undefined,
  second: TS.Expression | undefined,
  notes: string[],
  recurse: (inner: TS.Expression) => RenderedSchema,
): RenderedSchema | null {
  const plain = (type: string): RenderedSchema => ({ type, optional: false, description: null });
  const primitive = PRIMITIVES[method];
  if (primitive) return plain(primitive);
  switch (method) {
    case 'object':
    case 'strictObject':
    case 'looseObject':
      return first && ts.isObjectLiteralExpression(first) ? plain(objectType(ts, first, notes, recurse)) : null;
    case 'array':
      return first ? plain(`${arrayElement(recurse(first).type)}[]`) : null;
    case 'optional':
      return first ? { ...recurse(first), optional: true } : null;
    case 'nullable':
      return first ? plain(`${recurse(first).type} | null`) : null;
    case 'literal':
      return first && isLiteralExpression(ts, first) ? plain(first.getText()) : null;
    case 'enum':
      return first && ts.isArrayLiteralExpression(first) && first.elements.every((element) => isLiteralExpression(ts, element))
        ? plain(first.elements.map((element) => element.getText()).join(' | '))
        : null;
    case 'union':
      return first && ts.isArrayLiteralExpression(first) ? plain(first.elements.map((element) => recurse(element).type).join(' | ')) : null;
    case 'tuple':
      return first && ts.isArrayLiteralExpression(first)
        ? plain(`[${first.elements.map((element) => recurse(element).type).join(', ')}]`)
        : null;
    case 'record':
      if (first && second) return plain(`Record<${recurse(first).type}, ${recurse(second).type}>`);
      return first ? plain(`Record<string, ${recurse(first).type}>`) : null;
    default:
      return null;
  }
}

function objectType(
  ts: TypeScript,
  shape: TS.ObjectLiteralExpression,
  notes: string[],
  recurse: (inner: TS.Expression) => RenderedSchema,
): string {
  const members: string[] = [];
  for (const property of shape.properties) {
    if (!ts.isPropertyAssignment(property) || !(ts.isIdentifier(property.name) || ts.isStringLiteral(property.name))) {
      notes.push(`property \`${abbreviate(property.getText())}\` of a schema is left out`);
      continue;
    }
    const rendered = recurse(property.initializer);
    const doc = rendered.description ? `/** ${rendered.description.replace(/\*\//g, '*\\/')} */ ` : '';
    members.push(`${doc}${property.name.getText()}${rendered.optional ? '?' : ''}: ${rendered.type}`);
  }
  return members.length === 0 ? '{}' : `{ ${members.join('; ')} }`;
}

function isZodNamespace(ts: TypeScript, node: TS.Expression): boolean {
  if (ts.isIdentifier(node)) return true;
  return ts.isPropertyAccessExpression(node) && node.name.text === 'coerce' && ts.isIdentifier(node.expression);
}

function isLiteralExpression(ts: TypeScript, node: TS.Expression): boolean {
  return (
    ts.isStringLiteralLike(node) ||
    ts.isNumericLiteral(node) ||
    node.kind === ts.SyntaxKind.TrueKeyword ||
    node.kind === ts.SyntaxKind.FalseKeyword ||
    node.kind === ts.SyntaxKind.NullKeyword
  );
}

function schemaVariableInitializer(ts: TypeScript, checker: TS.TypeChecker, identifier: TS.Identifier): TS.Expression | undefined {
  let symbol = checker.getSymbolAtLocation(identifier);
  if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  const declaration = symbol?.valueDeclaration;
  return declaration && ts.isVariableDeclaration(declaration) ? declaration.initializer : undefined;
}

function arrayElement(type: string): string {
  return /^[\w.$<>[\]]+$/.test(type) ? type : `(${type})`;
}

function abbreviate(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ');
  return oneLine.length > 60 ? `${oneLine.slice(0, 57)}...` : oneLine;
}
