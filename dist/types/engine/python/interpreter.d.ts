import type { z } from 'zod';
import type { LanguageContext } from '../language.js';
/**
 * Runs one of our Python programs (`python -c`) in the repository root with the program environment and
 * parses the JSON it prints. `purpose` completes messages such as "… failed while <purpose>".
 */
export declare function runPythonForJson<Schema extends z.ZodType>(context: LanguageContext, program: string, args: string[], purpose: string, schema: Schema): Promise<z.output<Schema>>;
