import type * as TS from 'typescript';
import type { TypeScript } from './compiler.js';
/** The most characters of type declarations shown to the model; the rest are named in a closing line. */
export declare const DECLARATIONS_CAP = 6000;
/**
 * Decides how the runner gets the types that tool signatures mention: `import type` from the module that
 * exports them (so the type-check sees the real types), a copy when they are not exported, and the
 * declaration of every user-declared type involved (JSDoc typedefs as TypeScript), for the model to read.
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
    /**
     * The type written (or printed by the checker) at `location` as the runner writes it, with `import("…").T`
     * written as `T`; arranges imports and copies so it means the same there. Undefined when it cannot.
     */
    runnerText(type: TS.TypeNode, location: TS.Node): string | undefined;
    /** Declarations of every user-declared type that signatures mention, directly or through other types, up to the cap. */
    declarations(): string[];
    /** What the runner must contain before the tool wrappers. */
    prelude(): string[];
    /** Where `type` needs another name in the runner, or undefined when some part of it cannot be written there. */
    private renames;
    /** The name the runner gives the type `import("…").Name`, imported from the user's module that exports it. */
    private importedTypeName;
    /** The user's module a specifier names (the checker prints them without extension), from `from`. */
    private userSourceFile;
    private isNameAvailable;
    private isGlobalNamespace;
    private isGlobal;
    /** A type from a package: the runner imports it the same way the user's module does. */
    private bindPackageImport;
    private bind;
    private claim;
    private addImport;
    private exportedName;
    /** Records a declaration for the model, and the user-declared types it mentions. */
    private collect;
}
/** A type as a node of its own one-statement file, for text the checker printed. */
export declare function parseType(ts: TypeScript, text: string): TS.TypeNode;
