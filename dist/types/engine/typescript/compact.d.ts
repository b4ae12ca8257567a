import type * as TS from 'typescript';
import type { TypeScript } from './compiler.js';
/**
 * A declaration on one line: printed by the compiler (so every member ends with its separator), then
 * joined with single spaces, comments kept as one-line block comments and a leading `export` dropped.
 * A class shows only its public shape. The runner shows types this way, where each byte is read by the model.
 */
export declare function compactDeclaration(ts: TypeScript, declaration: TS.Node): string;
