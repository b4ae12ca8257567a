import type * as TS from 'typescript';
import type { TypeScript } from './compiler.js';
/**
 * Renders a zod schema expression (`z.object({...})` and friends) as a TypeScript type, reading only the
 * syntax. Anything it does not know becomes `unknown`, recorded in `notes`.
 */
export declare function zodSchemaType(ts: TypeScript, checker: TS.TypeChecker, schema: TS.Expression, notes: string[]): string;
