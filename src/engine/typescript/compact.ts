import type * as TS from 'typescript';

import type { TypeScript } from './compiler.js';

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

/** The longest declaration shown on one line; longer ones get a line per member. */
const ONE_LINE_WIDTH = 100;

/**
 * A declaration as the model reads it, printed by the compiler (so every member ends with its separator): on
 * one line when short, else a line per member with two-space indents; every comment on one line, a leading
 * `export` dropped, and a class as its public shape.
 */
export function readableDeclaration(ts: TypeScript, declaration: TS.Node): string {
  return readableText(ts, printDeclaration(ts, declaration));
}

function printDeclaration(ts: TypeScript, declaration: TS.Node): string {
  const shape = ts.isClassDeclaration(declaration) ? classShape(ts, declaration) : declaration;
  return ts.createPrinter({ removeComments: false }).printNode(ts.EmitHint.Unspecified, shape, declaration.getSourceFile());
}

/** Declaration text as the compiler prints it, laid out for reading. */
export function readableText(ts: TypeScript, printed: string): string {
  const compact = joinTokens(ts, printed);
  if (compact.length <= ONE_LINE_WIDTH) return compact;
  return tokens(ts, printed)
    .map((token) => (token.kind === 'space' ? token.text.replace(/ {4}/g, '  ') : token.text))
    .join('')
    .trim();
}

function joinTokens(ts: TypeScript, text: string): string {
  return tokens(ts, text)
    .map((token) => (token.kind === 'space' ? ' ' : token.text))
    .join('')
    .trim();
}

interface Token {
  kind: 'space' | 'code' | 'comment';
  text: string;
}

/** The text's tokens, a run of whitespace as one, comments on one line, a leading `export` dropped. */
function tokens(ts: TypeScript, text: string): Token[] {
  const { SyntaxKind } = ts;
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, false, ts.LanguageVariant.Standard, text);
  const result: Token[] = [];
  let beforeCode = true;
  let afterExport = false;
  let braceDepth = 0;
  /** Brace depth at each open template substitution, innermost last. */
  const templates: number[] = [];
  for (let kind = scanner.scan(); kind !== SyntaxKind.EndOfFileToken; kind = scanner.scan()) {
    if (kind === SyntaxKind.WhitespaceTrivia || kind === SyntaxKind.NewLineTrivia) {
      const last = result.at(-1);
      if (afterExport) continue;
      if (last?.kind === 'space') last.text += scanner.getTokenText();
      else if (last) result.push({ kind: 'space', text: scanner.getTokenText() });
      continue;
    }
    if (kind === SyntaxKind.CloseBraceToken && templates.at(-1) === braceDepth) {
      kind = scanner.reScanTemplateToken(false);
      if (kind === SyntaxKind.TemplateTail) templates.pop();
    } else if (kind === SyntaxKind.CloseBraceToken) braceDepth--;
    else if (kind === SyntaxKind.OpenBraceToken) braceDepth++;
    else if (kind === SyntaxKind.TemplateHead) templates.push(braceDepth);
    const isComment = kind === SyntaxKind.SingleLineCommentTrivia || kind === SyntaxKind.MultiLineCommentTrivia;
    afterExport = beforeCode && kind === SyntaxKind.ExportKeyword;
    if (afterExport) continue;
    if (!isComment) beforeCode = false;
    result.push(
      isComment ? { kind: 'comment', text: oneLineComment(scanner.getTokenText()) } : { kind: 'code', text: scanner.getTokenText() },
    );
  }
  return result;
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
