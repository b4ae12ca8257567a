import type * as TS from 'typescript';
export type TypeScript = typeof TS;
/** The compiler is large: load it only when a TypeScript or JavaScript tools module is used. */
export declare function loadTypeScript(): Promise<TypeScript>;
/** A compiler host that finds the default lib files where the build put them. */
export declare function compilerHost(ts: TypeScript, options: TS.CompilerOptions, setParentNodes?: boolean): TS.CompilerHost;
/** Compiler options of the tsconfig.json nearest to `fromDir`, without listing the project's files. */
export declare function userCompilerOptions(ts: TypeScript, fromDir: string): TS.CompilerOptions;
/**
 * Options for analysing the tools module and type-checking the runner: the user's settings, with module
 * resolution that accepts the runner's absolute `.ts` import and never anything emitted.
 */
export declare function analysisOptions(ts: TypeScript, toolsDir: string): TS.CompilerOptions;
/** `file:line:col - error TSxxxx: message`, the form compilers print and models know how to act on. */
export declare function formatDiagnostic(ts: TypeScript, diagnostic: TS.Diagnostic, displayName: string): {
    line: number | null;
    message: string;
};
