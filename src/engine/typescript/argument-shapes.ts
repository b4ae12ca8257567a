import type * as TS from 'typescript';

import type { TypeScript } from './compiler.js';

/**
 * What the tool host checks an argument of a function tool against before it calls the tool (docs/tool-host.md):
 * the shape of the parameter's annotation, read from its syntax. A form it does not know (an interface, an alias,
 * a generic) is `any`: the host then accepts whatever the program sends, as before.
 */
export type ArgumentShape =
  | { kind: 'any' | 'string' | 'number' | 'boolean' | 'bigint' | 'null' | 'undefined' | 'object' }
  | { kind: 'literal'; value: string | number | boolean }
  | { kind: 'array' | 'record'; of: ArgumentShape }
  | { kind: 'tuple' | 'union'; of: ArgumentShape[] }
  | { kind: 'fields'; fields: { name: string; optional: boolean; shape: ArgumentShape }[] }
  | { kind: 'instance'; of: string };

const ANY: ArgumentShape = { kind: 'any' };
/** Classes of the runtime whose instances cross the channel as tagged values. */
const BUILTIN_CLASSES = new Set(['Date', 'Uint8Array', 'Map', 'Set', 'RegExp']);

export function argumentShape(ts: TypeScript, annotation: string | null): ArgumentShape {
  if (annotation === null) return ANY;
  const source = ts.createSourceFile('shape.ts', `type Shape = ${annotation};`, ts.ScriptTarget.Latest);
  const [statement, ...rest] = source.statements;
  return statement && rest.length === 0 && ts.isTypeAliasDeclaration(statement) ? shapeOf(ts, statement.type) : ANY;
}

function shapeOf(ts: TypeScript, node: TS.TypeNode): ArgumentShape {
  const keyword = keywordShape(ts, node.kind);
  if (keyword) return keyword;
  if (ts.isParenthesizedTypeNode(node)) return shapeOf(ts, node.type);
  if (ts.isTypeOperatorNode(node) && node.operator === ts.SyntaxKind.ReadonlyKeyword) return shapeOf(ts, node.type);
  if (ts.isLiteralTypeNode(node)) return literalShape(ts, node.literal);
  if (ts.isArrayTypeNode(node)) return { kind: 'array', of: shapeOf(ts, node.elementType) };
  if (ts.isTupleTypeNode(node)) {
    const plain = node.elements.every(
      (element) => !ts.isNamedTupleMember(element) && !ts.isRestTypeNode(element) && !ts.isOptionalTypeNode(element),
    );
    return plain ? { kind: 'tuple', of: node.elements.map((element) => shapeOf(ts, element)) } : { kind: 'array', of: ANY };
  }
  if (ts.isUnionTypeNode(node)) {
    const of = node.types.map((member) => shapeOf(ts, member));
    return of.some((member) => member.kind === 'any') ? ANY : { kind: 'union', of };
  }
  if (ts.isTypeLiteralNode(node)) return typeLiteralShape(ts, node);
  if (ts.isTypeReferenceNode(node) && ts.isIdentifier(node.typeName))
    return referenceShape(ts, node.typeName.text, node.typeArguments ?? []);
  return ANY;
}

/** The shape of a keyword type the host can check, or undefined. */
function keywordShape(ts: TypeScript, kind: TS.SyntaxKind): ArgumentShape | undefined {
  const names: [TS.SyntaxKind, 'string' | 'number' | 'boolean' | 'bigint' | 'undefined' | 'object'][] = [
    [ts.SyntaxKind.StringKeyword, 'string'],
    [ts.SyntaxKind.NumberKeyword, 'number'],
    [ts.SyntaxKind.BooleanKeyword, 'boolean'],
    [ts.SyntaxKind.BigIntKeyword, 'bigint'],
    [ts.SyntaxKind.UndefinedKeyword, 'undefined'],
    [ts.SyntaxKind.ObjectKeyword, 'object'],
  ];
  const found = names.find(([keyword]) => keyword === kind);
  return found && { kind: found[1] };
}

function literalShape(ts: TypeScript, literal: TS.LiteralTypeNode['literal']): ArgumentShape {
  if (literal.kind === ts.SyntaxKind.NullKeyword) return { kind: 'null' };
  if (literal.kind === ts.SyntaxKind.TrueKeyword || literal.kind === ts.SyntaxKind.FalseKeyword) {
    return { kind: 'literal', value: literal.kind === ts.SyntaxKind.TrueKeyword };
  }
  if (ts.isStringLiteral(literal)) return { kind: 'literal', value: literal.text };
  if (ts.isNumericLiteral(literal)) return { kind: 'literal', value: Number(literal.text) };
  return ANY;
}

function typeLiteralShape(ts: TypeScript, node: TS.TypeLiteralNode): ArgumentShape {
  const [only] = node.members;
  if (node.members.length === 1 && only && ts.isIndexSignatureDeclaration(only)) return { kind: 'record', of: shapeOf(ts, only.type) };
  const fields: { name: string; optional: boolean; shape: ArgumentShape }[] = [];
  for (const member of node.members) {
    if (!ts.isPropertySignature(member) || !(ts.isIdentifier(member.name) || ts.isStringLiteral(member.name))) return { kind: 'object' };
    fields.push({
      name: member.name.text,
      optional: member.questionToken !== undefined,
      shape: member.type ? shapeOf(ts, member.type) : ANY,
    });
  }
  return { kind: 'fields', fields };
}

function referenceShape(ts: TypeScript, name: string, typeArguments: readonly TS.TypeNode[]): ArgumentShape {
  const [first, second] = typeArguments;
  if ((name === 'Array' || name === 'ReadonlyArray') && first) return { kind: 'array', of: shapeOf(ts, first) };
  if (name === 'Record' && second) return { kind: 'record', of: shapeOf(ts, second) };
  return BUILTIN_CLASSES.has(name) ? { kind: 'instance', of: name } : ANY;
}
