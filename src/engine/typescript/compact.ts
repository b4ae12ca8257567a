import type * as TS from 'typescript';
import type { TypeScript } from './compiler.js';

/**
 * A declaration on one line: printed by the compiler (so every member ends with its separator), then
 * joined with single spaces, comments kept as one-line block comments and a leading `export` dropped.
 * A class shows only its public shape. The runner shows types this way, where each byte is read by the model.
 */
export function compactDeclaration(ts: TypeScript, declaration: TS.Node): string {
  const shape = ts.isClassDeclaration(declaration) ? classShape(ts, declaration) : declaration;
  const printed = ts.createPrinter({ removeComments: false }).printNode(ts.EmitHint.Unspecified, shape, declaration.getSourceFile());
  return joinTokens(ts, printed);
}

/** The class without private members, method bodies, and initializers where a type is written. */
function classShape(ts: TypeScript, declaration: TS.ClassDeclaration): TS.ClassDeclaration {
  const { factory } = ts;
  const members = declaration.members.flatMap((member): TS.ClassElement[] => {
    const isPrivate =
      (member.name !== undefined && ts.isPrivateIdentifier(member.name)) ||
      (ts.canHaveModifiers(member) && (ts.getModifiers(member) ?? []).some((modifier) => modifier.kind === ts.SyntaxKind.PrivateKeyword));
    if (isPrivate || ts.isClassStaticBlockDeclaration(member)) return [];
    if (ts.isMethodDeclaration(member)) {
      return [
        factory.updateMethodDeclaration(
          member,
          member.modifiers,
          member.asteriskToken,
          member.name,
          member.questionToken,
          member.typeParameters,
          member.parameters,
          member.type,
          undefined,
        ),
      ];
    }
    if (ts.isConstructorDeclaration(member))
      return [factory.updateConstructorDeclaration(member, member.modifiers, member.parameters, undefined)];
    if (ts.isGetAccessorDeclaration(member)) {
      return [factory.updateGetAccessorDeclaration(member, member.modifiers, member.name, member.parameters, member.type, undefined)];
    }
    if (ts.isSetAccessorDeclaration(member))
      return [factory.updateSetAccessorDeclaration(member, member.modifiers, member.name, member.parameters, undefined)];
    if (ts.isPropertyDeclaration(member)) {
      const initializer = member.type ? undefined : member.initializer;
      return [
        factory.updatePropertyDeclaration(
          member,
          member.modifiers,
          member.name,
          member.questionToken ?? member.exclamationToken,
          member.type,
          initializer,
        ),
      ];
    }
    return [member];
  });
  return factory.updateClassDeclaration(
    declaration,
    declaration.modifiers,
    declaration.name,
    declaration.typeParameters,
    declaration.heritageClauses,
    members,
  );
}

function joinTokens(ts: TypeScript, text: string): string {
  const { SyntaxKind } = ts;
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, false, ts.LanguageVariant.Standard, text);
  const parts: string[] = [];
  let spaced = false;
  let beforeCode = true;
  let braceDepth = 0;
  /** Brace depth at each open template substitution, innermost last. */
  const templates: number[] = [];
  for (let kind = scanner.scan(); kind !== SyntaxKind.EndOfFileToken; kind = scanner.scan()) {
    if (kind === SyntaxKind.WhitespaceTrivia || kind === SyntaxKind.NewLineTrivia) {
      spaced = parts.length > 0;
      continue;
    }
    if (kind === SyntaxKind.CloseBraceToken && templates.at(-1) === braceDepth) {
      kind = scanner.reScanTemplateToken(false);
      if (kind === SyntaxKind.TemplateTail) templates.pop();
    } else if (kind === SyntaxKind.CloseBraceToken) braceDepth--;
    else if (kind === SyntaxKind.OpenBraceToken) braceDepth++;
    else if (kind === SyntaxKind.TemplateHead) templates.push(braceDepth);
    const isComment = kind === SyntaxKind.SingleLineCommentTrivia || kind === SyntaxKind.MultiLineCommentTrivia;
    if (beforeCode && kind === SyntaxKind.ExportKeyword) continue;
    if (!isComment) beforeCode = false;
    if (spaced) parts.push(' ');
    spaced = false;
    parts.push(isComment ? oneLineComment(scanner.getTokenText()) : scanner.getTokenText());
  }
  return parts.join('');
}

/** `// text` and multi-line `/** ... *\/` comments as `/* text *\/` and `/** text *\/`. */
function oneLineComment(comment: string): string {
  if (comment.startsWith('//')) return `/* ${comment.slice(2).trim().replace(/\*\//g, '* /')} */`;
  const opening = comment.startsWith('/**') ? '/**' : '/*';
  const body = comment
    .slice(opening.length, -2)
    .split(/\r\n|[\r\n\u2028\u2029]/)
    .map((line) => line.replace(/^\s*\*?\s?/, '').trim())
    .filter((line) => line.length > 0)
    .join(' ');
  return body ? `${opening} ${body} */` : `${opening} */`;
}
