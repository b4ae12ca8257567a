/** The lines that fence what Claude must leave alone, written in each runner language's comment syntax. */
export type RegionName = 'tools' | 'harness';
export type RegionMarkers = Record<RegionName, {
    begin: string;
    end: string;
}>;
/** Present in the generated `main` body; an implemented `main` no longer has it. */
export declare const TODO_MARKER = "codemode:todo";
export declare function regionMarkers(commentPrefix: string): RegionMarkers;
