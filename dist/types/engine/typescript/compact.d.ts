import type * as TS from 'typescript';
import type { TypeScript } from './compiler.js';
/**
 * A declaration as the model reads it, printed by the compiler (so every member ends with its separator): on
 * one line when short, else a line per member with two-space indents; every comment on one line, a leading
 * `export` dropped, and a class as its public shape.
 */
export declare function readableDeclaration(ts: TypeScript, declaration: TS.Node): string;
/** Declaration text as the compiler prints it, laid out for reading. */
export declare function readableText(ts: TypeScript, printed: string): string;
