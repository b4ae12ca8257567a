import type * as TS from 'typescript';
import type { TypeScript } from './compiler.js';
/**
 * Decides how the runner gets the types that tool signatures mention: `import type` from the module that
 * exports them (so the type-check sees the real types), a copy when they are not exported, and the source
 * text of every user-declared type involved, one line each, for the model to read.
 */
export declare class RunnerTypes {
    private readonly ts;
    private readonly program;
    private readonly checker;
    private readonly toolsFile;
    /** Runner-level type name → what it stands for. */
    private readonly bindings;
    /** Module specifier → local name → exported name. */
    private readonly imports;
    private readonly copies;
    private readonly declarationTexts;
    private readonly exportNamesByFile;
    constructor(ts: TypeScript, program: TS.Program, checker: TS.TypeChecker, toolsFile: TS.SourceFile);
    /** Whether the type written at `location` means the same in the runner; arranges imports and copies so it does. */
    isPortable(type: TS.Node, location: TS.Node): boolean;
    /** Source text of every user-declared type that signatures mention, directly or through other types. */
    declarations(): string[];
    /** What the runner must contain before the tool wrappers. */
    prelude(): string[];
    private isNameAvailable;
    private isGlobalNamespace;
    private isGlobal;
    /** A type from a package: the runner imports it the same way the user's module does. */
    private bindPackageImport;
    private bind;
    private claim;
    private addImport;
    private exportedName;
    /** Records a declaration's source for the model, and the user-declared types it mentions. */
    private collect;
}
