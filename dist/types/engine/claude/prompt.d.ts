import type { Language } from '../types.js';
/** Longest error details passed back to the model; tracebacks keep their head and their end. */
export declare const MAX_DETAILS_CHARS = 6000;
export declare function systemPrompt(): string;
export declare function taskPrompt(options: {
    runnerPath: string;
    language: Language;
    task: string;
}): string;
export declare function repairPrompt(options: {
    runnerPath: string;
    attempt: number;
    error: string;
    details?: string | null;
}): string;
/** Keeps the first and last parts of a long text, saying how much was left out between them. */
export declare function truncateMiddle(text: string, limit: number): string;
