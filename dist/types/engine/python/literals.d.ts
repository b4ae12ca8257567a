/** Python source text for arbitrary strings: every input yields a literal that compiles to exactly that string. */
/**
 * A one-line Python string literal. JSON string syntax is a subset of Python's: the same escapes mean the
 * same characters, and JSON.stringify escapes every control character and lone surrogate.
 */
export declare function pythonStringLiteral(text: string): string;
/** The body of a `"""` docstring that reads as the text itself and evaluates to it. */
export declare function docstringBody(text: string): string;
/** A docstring whose continuation lines are indented to sit inside a block at `indent`. */
export declare function pythonDocstring(text: string, indent: string): string;
