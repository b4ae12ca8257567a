import type { ProtectedRegion } from './types.js';
/** The lines that fence what Claude must leave alone, written in each runner language's comment syntax. */
export type RegionName = 'tools' | 'harness';
export type RegionMarkers = Record<RegionName, {
    begin: string;
    end: string;
}>;
/** Present in the generated `main` body; an implemented `main` no longer has it. */
export declare const TODO_MARKER = "codemode:todo";
export declare function regionMarkers(commentPrefix: string): RegionMarkers;
/** A piece of a runner: our own or the model's text, or a protected region. */
export type RunnerPart = string | {
    region: RegionName;
    text: string;
};
/** Joins the runner's pieces with `separator`, recording where each protected region starts. */
export declare function joinRunner(parts: RunnerPart[], separator: string): {
    text: string;
    protected_regions: ProtectedRegion[];
};
