/** Python source text for arbitrary strings: every input yields a literal that compiles to exactly that string. */

/**
 * A one-line Python string literal. JSON string syntax is a subset of Python's: the same escapes mean the
 * same characters, and JSON.stringify escapes every control character and lone surrogate.
 */
export function pythonStringLiteral(text: string): string {
  return JSON.stringify(text);
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// Control characters other than tab and newline, which stay readable in a docstring.
// eslint-disable-next-line no-control-regex -- matching control characters is what this pattern is for
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B-\u001F\u007F]/g;
// A quote that could help close the docstring: one followed by another quote, or the last character.
const CLOSING_QUOTE = /"(?="|$)/g;

const hexEscape = (character: string, width: number) =>
  `\\${width === 2 ? 'x' : 'u'}${character.charCodeAt(0).toString(16).padStart(width, '0')}`;

/** The body of a `"""` docstring that reads as the text itself and evaluates to it. */
export function docstringBody(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(CLOSING_QUOTE, '\\"')
    .replace(CONTROL_CHARACTER, (character) => (character === '\r' ? '\\r' : hexEscape(character, 2)))
    .replace(LONE_SURROGATE, (character) => hexEscape(character, 4));
}

/** A docstring whose continuation lines are indented to sit inside a block at `indent`. */
export function pythonDocstring(text: string, indent: string): string {
  const [first = '', ...rest] = docstringBody(text).split('\n');
  if (rest.length === 0) return `"""${first}"""`;
  const continuation = rest.map((line) => (line ? indent + line : line));
  return `"""${first}\n${continuation.join('\n')}\n${indent}"""`;
}
