import type { Language, ToolSpec } from '../types.js';
/** Longest failure report passed back to the model; tracebacks keep their head and their end. */
export declare const MAX_DETAILS_CHARS = 6000;
/** The tag of the delimiters around data from a program run; each prompt adds its own nonce. */
export declare const RUN_DATA_TAG = "run-data";
export declare function systemPrompt(): string;
export declare function taskPrompt(options: {
    runnerPath: string;
    language: Language;
    task: string;
}): string;
/** The prompt to port a saved program whose tools changed: the runner holds it with today's regions around it. */
export declare function portPrompt(options: {
    runnerPath: string;
    language: Language;
    program: string;
    diff: string;
}): string;
/**
 * One line per tool with something the model had to work around: its note, and the parameters (and result) whose
 * type is missing or Any, which the model had to guess. Empty when every tool is fully typed and has no note.
 */
export declare function toolNotes(tools: ToolSpec[]): string[];
export interface RepairPromptOptions {
    runnerPath: string;
    attempt: number;
    /** One line on the failure; for a failed run it holds the program's exception text, so it is untrusted. */
    error: string;
    /** Traceback, tool errors, program output or diagnostics: untrusted. */
    details?: string | null;
    /** Draws the delimiters' nonce (tests pin it); 128 random bits by default. */
    drawNonce?: () => string;
}
/**
 * The prompt for another attempt. Everything the failed run produced (the error line, tracebacks, tool errors,
 * output) is quoted between delimiters carrying a fresh random nonce that the quoted text does not contain, so it
 * cannot close them; our own words around them say it is data, and its length is capped.
 */
export declare function repairPrompt(options: RepairPromptOptions): string;
/** Delimiters whose nonce the text does not contain; a nonce it happens to contain is drawn again. */
export declare function runDataDelimiters(text: string, drawNonce?: () => string): {
    open: string;
    close: string;
};
/** Keeps the first and last parts of a long text, saying how much was left out between them. */
export declare function truncateMiddle(text: string, limit: number): string;
