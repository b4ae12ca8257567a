import { z } from 'zod';
declare const ResultLineSchema: z.ZodObject<{
    type: z.ZodLiteral<"result">;
    subtype: z.ZodString;
    is_error: z.ZodBoolean;
    num_turns: z.ZodNumber;
    total_cost_usd: z.ZodNumber;
    session_id: z.ZodString;
    result: z.ZodDefault<z.ZodNullable<z.ZodString>>;
    errors: z.ZodDefault<z.ZodArray<z.ZodString>>;
    api_error_status: z.ZodDefault<z.ZodNullable<z.ZodNumber>>;
    model_usage_since_last_result: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodObject<{
        costUSD: z.ZodNumber;
    }, z.core.$strip>>>;
}, z.core.$strip>;
type ResultLine = z.infer<typeof ResultLineSchema>;
export type ClaudeResult = Omit<ResultLine, 'type' | 'model_usage_since_last_result'> & {
    run_cost_usd: number;
};
export type ClaudeEvent = {
    type: 'init';
    session_id: string;
    model: string | null;
    tools: string[];
} | {
    type: 'api_retry';
    attempt: number;
    max_retries: number;
    status: number | null;
} | {
    type: 'text';
    text: string;
} | {
    type: 'tool_use';
    id: string;
    name: string;
    input: Record<string, unknown>;
} | {
    type: 'tool_result';
    tool_use_id: string;
    is_error: boolean;
    text: string;
} | ({
    type: 'result';
} & ClaudeResult);
/** The events one output line carries; none for blank, malformed or unrecognised lines. */
export declare function parseStreamLine(line: string): ClaudeEvent[];
/** The one-line reason a result counts as failed, or null when it succeeded. */
export declare function resultError(result: ClaudeResult): string | null;
/** A short progress line for a person watching the run, or null for events not worth showing. */
export declare function describeEvent(event: ClaudeEvent): string | null;
export {};
