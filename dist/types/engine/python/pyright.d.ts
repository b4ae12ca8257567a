import { z } from 'zod';
import type { Diagnostic, LanguageContext, LocatedRegion, TypeChecker, TypeCheckerSource } from '../language.js';
import { type InstalledTool } from '../npm-cache.js';
import type { PythonModule } from './data.js';
export declare const PYRIGHT_VERSION = "1.1.414";
/** pyright's script: the explicit one, else the cached pinned version, else a fresh install into the cache. */
export declare function ensurePyright(source: TypeCheckerSource, version?: string): Promise<InstalledTool>;
declare const PyrightOutputSchema: z.ZodObject<{
    generalDiagnostics: z.ZodArray<z.ZodObject<{
        file: z.ZodString;
        severity: z.ZodString;
        message: z.ZodString;
        rule: z.ZodOptional<z.ZodString>;
        range: z.ZodOptional<z.ZodObject<{
            start: z.ZodObject<{
                line: z.ZodNumber;
                character: z.ZodNumber;
            }, z.core.$strip>;
        }, z.core.$strip>>;
    }, z.core.$strip>>;
}, z.core.$strip>;
type PyrightDiagnostic = z.infer<typeof PyrightOutputSchema>['generalDiagnostics'][number];
/**
 * The project pyright checks: the runner alone, its imports resolved as the program and the tool host resolve them
 * (the runtime's stub beside it, the tools module's folder, the repository root). `# type: ignore` does not silence it.
 */
export declare function pyrightConfig(runnerName: string, module: PythonModule, checker: TypeChecker, repoRoot: string): object;
/** pyright's errors on the lines the model wrote, in the shape of the other checks' diagnostics. */
export declare function runnerDiagnostics(found: PyrightDiagnostic[], runnerCopy: string, regions: LocatedRegion[]): Diagnostic[];
/** A comment of the model's that pyright would read as a directive; `line` is 1-based, `comment` runs to its end. */
export declare const CheckerCommentSchema: z.ZodObject<{
    line: z.ZodNumber;
    comment: z.ZodString;
}, z.core.$strip>;
export type CheckerComment = z.infer<typeof CheckerCommentSchema>;
/**
 * The runner's text with the checker comments cut off their lines, which keeps every other line and column, so
 * `# pyright: ignore` or `# pyright: basic` cannot weaken the check and the error it would hide is reported.
 */
export declare function withoutCheckerComments(text: string, comments: CheckerComment[]): string;
/**
 * Type-checks the runner with pyright against the tools module's real types, in the job's Python environment. It
 * checks a copy without the checker comments and with the runtime's stub beside it in a private folder, so no other
 * file of the run's workspace takes part.
 */
export declare function pyrightDiagnostics(runnerPath: string, module: PythonModule, context: LanguageContext, regions: LocatedRegion[], checker: TypeChecker, checkerComments: CheckerComment[]): Promise<Diagnostic[]>;
export {};
