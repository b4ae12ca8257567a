import type * as TS from 'typescript';
import type { TypeScript } from './compiler.js';
/** A type the checker printed, as the runner writes it (or as printed when the runner cannot name it). */
export type PrintedType = (printed: string, location: TS.Node) => string;
/**
 * A JSDoc `@typedef` or `@callback` as the TypeScript declaration it stands for: an interface for an object
 * with `@property` tags (their text as member docs), a type alias otherwise, `@template` tags as type parameters.
 * Types are the checker's, so JSDoc-only syntax (`?string`, `function(...)`, `Object.<K, V>`) reads as TypeScript.
 */
export declare function jsdocDeclaration(ts: TypeScript, checker: TS.TypeChecker, tag: TS.JSDocTypedefTag | TS.JSDocCallbackTag, symbol: TS.Symbol, printedType: PrintedType): string;
