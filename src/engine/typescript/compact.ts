import type * as TS from 'typescript';
import type { TypeScript } from './compiler.js';

/**
 * A declaration on one line: printed by the compiler (so every member ends with its separator), then
 * joined with single spaces, comments kept as one-line block comments and a leading `export` dropped.
 * The runner shows types this way, where each byte is read by the model.
 */
export function compactDeclaration(ts: TypeScript, declaration: TS.Node): string {
  const printed = ts.createPrinter({ removeComments: false }).printNode(ts.EmitHint.Unspecified, declaration, declaration.getSourceFile());
  return joinTokens(ts, printed);
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
