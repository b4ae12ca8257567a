import type * as TS from 'typescript';
import type { Diagnostic, LocatedRegion } from '../language.js';
import type { TypeScriptModule } from './data.js';
import { type TypeScript } from './compiler.js';
/**
 * Type-checks the runner against the real types of the tools (the user's tsconfig.json applies), and
 * rejects top-level code outside the generated regions that shadows or bypasses them or uses the runtime. The regions
 * are where verification located them by position (marker-looking comments elsewhere are ordinary comments).
 * Problems inside the user's own modules are not reported: the runner cannot fix them.
 */
export declare function checkTypeScriptRunner(runnerPath: string, module: TypeScriptModule, regions: LocatedRegion[]): Promise<Diagnostic[]>;
/** The runner lives outside the repository: its package imports resolve as if written in the tools module. */
export declare function runnerCompilerHost(ts: TypeScript, options: TS.CompilerOptions, runnerPath: string, toolsPath: string): TS.CompilerHost;
export declare function isPackageSpecifier(specifier: string): boolean;
