import type * as TS from 'typescript';

import { readableText } from './compact.js';
import type { TypeScript } from './compiler.js';

/** A type the checker printed, as the runner writes it (or as printed when the runner cannot name it). */
export type PrintedType = (printed: string, location: TS.Node) => string;

/**
 * A JSDoc `@typedef` or `@callback` as the TypeScript declaration it stands for: an interface for an object
 * with `@property` tags (their text as member docs), a type alias otherwise, `@template` tags as type parameters.
 * Types are the checker's, so JSDoc-only syntax (`?string`, `function(...)`, `Object.<K, V>`) reads as TypeScript.
 */
export function jsdocDeclaration(
  ts: TypeScript,
  checker: TS.TypeChecker,
  tag: TS.JSDocTypedefTag | TS.JSDocCallbackTag,
  symbol: TS.Symbol,
  printedType: PrintedType,
): string {
  const typeText = (type: TS.Type, flags: TS.TypeFormatFlags = ts.TypeFormatFlags.None): string =>
    printedType(checker.typeToString(type, tag, ts.TypeFormatFlags.NoTruncation | flags), tag);
  const siblings: readonly TS.JSDocTag[] = (ts.isJSDoc(tag.parent) ? tag.parent.tags : undefined) ?? [];
  const parameters = siblings.filter(ts.isJSDocTemplateTag).flatMap((template) =>
    template.typeParameters.map((parameter, index) => {
      const constraint = index === 0 && template.constraint ? checker.getTypeFromTypeNode(template.constraint.type) : undefined;
      return constraint ? `${parameter.name.text} extends ${typeText(constraint)}` : parameter.name.text;
    }),
  );
  const name = `${symbol.name}${parameters.length > 0 ? `<${parameters.join(', ')}>` : ''}`;
  const summary = ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim();
  const literal =
    ts.isJSDocTypedefTag(tag) && tag.typeExpression && ts.isJSDocTypeLiteral(tag.typeExpression) ? tag.typeExpression : undefined;

  if (ts.isJSDocCallbackTag(tag)) {
    const signature = checker.getDeclaredTypeOfSymbol(symbol).getCallSignatures()[0];
    const parameterDocs = tag.typeExpression.parameters.flatMap((parameter) => {
      const text = tagText(ts, parameter);
      return text && ts.isIdentifier(parameter.name) ? [`@param ${parameter.name.text} ${text}`] : [];
    });
    const returnsDoc = tag.typeExpression.type && tagText(ts, tag.typeExpression.type);
    const doc = docComment([summary, ...parameterDocs, returnsDoc ? `@returns ${returnsDoc}` : '']);
    const type = signature
      ? printedType(
          checker.signatureToString(signature, tag, ts.TypeFormatFlags.NoTruncation | ts.TypeFormatFlags.WriteArrowStyleSignature),
          tag,
        )
      : 'unknown';
    return readableText(ts, `${doc}type ${name} = ${type};`);
  }
  if (literal && !literal.isArrayType) {
    const members = (literal.jsDocPropertyTags ?? []).map((property) => {
      const expression = property.typeExpression;
      const type = expression
        ? checker.getTypeFromTypeNode(ts.isJSDocTypeExpression(expression) ? expression.type : expression)
        : undefined;
      const key = ts.isIdentifier(property.name) ? property.name.text : property.name.right.text;
      const optional =
        property.isBracketed || (expression && ts.isJSDocTypeExpression(expression) && ts.isJSDocOptionalType(expression.type));
      return `${docComment([tagText(ts, property) ?? ''])}${propertyKey(key)}${optional ? '?' : ''}: ${type ? typeText(type) : 'any'};`;
    });
    return readableText(
      ts,
      `${docComment([summary])}interface ${name} {\n${members.map((member) => member.replace(/^/gm, '    ')).join('\n')}\n}`,
    );
  }
  const written = tag.typeExpression && ts.isJSDocTypeExpression(tag.typeExpression) ? tag.typeExpression.type : literal;
  const type = written ? typeText(checker.getTypeFromTypeNode(written), ts.TypeFormatFlags.InTypeAlias) : 'any';
  return readableText(ts, `${docComment([summary])}type ${name} = ${type};`);
}

/** The text of a tag without the conventional leading dash, or undefined when it has none. */
function tagText(ts: TypeScript, tag: TS.JSDocTag): string | undefined {
  const text = ts
    .getTextOfJSDocComment(tag.comment)
    ?.replace(/^\s*-\s*/, '')
    .trim();
  return text ? text : undefined;
}

function docComment(paragraphs: string[]): string {
  const text = paragraphs.filter((paragraph) => paragraph.length > 0).join('\n');
  return text ? `/** ${text.replace(/\*\//g, '*\\/')} */\n` : '';
}

function propertyKey(key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key);
}
