import type { InstalledTool } from './npm-cache.js';
import type { RunnerSource, ToolModule } from './types.js';
import type { ToolsLocation } from './workspace.js';
/** A compile or type-check problem in the generated runner. */
export interface Diagnostic {
    line: number | null;
    message: string;
}
/**
 * A protected region as verification found it in the edited runner, by position: its exact text, its offset in the
 * text as read (UTF-16 code units) and its first and last line (1-based, counting \r\n, \r and \n as Python does).
 * The checks skip exactly these lines; any marker-looking comment elsewhere is ordinary code.
 */
export interface LocatedRegion {
    name: string;
    text: string;
    start: number;
    first_line: number;
    last_line: number;
}
export declare const CHECK_MODES: readonly ["strict", "basic", "off"];
export type CheckMode = (typeof CHECK_MODES)[number];
/** The type checker a language's check runs, installed for the run. */
export interface TypeChecker {
    mode: Exclude<CheckMode, 'off'>;
    /** The installed checker's entry point. */
    path: string;
}
/** Where a language's type checker comes from: an explicit install, or the cache it is installed into on demand. */
export interface TypeCheckerSource {
    path?: string;
    /** The tool cache: the folder that holds Claude Code's cache, where each tool has a folder of its own. */
    cacheDir: string;
    env: NodeJS.ProcessEnv;
    signal?: AbortSignal;
}
/** What a language needs to know of the run besides the tools module. */
export interface LanguageContext {
    repoRoot: string;
    python: string;
    /** Node.js executable for TypeScript/JavaScript runners. */
    node: string;
    /** The environment the tools and the program get: the caller's, less credentials. */
    env: Readonly<Record<string, string>>;
    signal?: AbortSignal;
    /** The type checker the check runs, when the language has one and checking is on. */
    typeChecker?: TypeChecker;
}
export interface ExecutionCommand {
    file: string;
    args: string[];
    /** Variables the process needs on top of the environment it is started with. */
    env: Record<string, string>;
}
/**
 * What the engine needs from one tools language; `Data` is what the language learns of a tools module
 * beyond the common tool specs. The engine itself knows nothing of Python or TypeScript.
 */
export interface LanguageSupport<Data = unknown> {
    readonly language: ToolModule['language'];
    readonly runnerFileName: string;
    extract(location: ToolsLocation, context: LanguageContext): Promise<ToolModule<Data>>;
    /** The tools module of a run whose tools all come from MCP servers: it defines none. */
    noToolsModule(): ToolModule<Data>;
    renderRunner(module: ToolModule<Data>, task: string): RunnerSource;
    /**
     * Matches each tool's wrapper in a rendered tools region (flags g and m), documentation included, the first group
     * being the tool's name: how the tools a saved program's wrappers differ in are named.
     */
    readonly wrapperPattern: RegExp;
    /**
     * Compile / type-check the runner, and check all of it outside the protected `regions` (located by verification)
     * for code that bypasses or shadows the tools; an empty list means it passed.
     */
    check(runnerPath: string, module: ToolModule<Data>, context: LanguageContext, regions: LocatedRegion[]): Promise<Diagnostic[]>;
    /** Finds or installs the type checker `check` runs, when the language has one; the engine starts this with Claude Code. */
    installTypeChecker?(source: TypeCheckerSource): Promise<InstalledTool>;
    /**
     * The context of every stage after the extraction, resolved once a run (e.g. an interpreter shim replaced by
     * the binary it starts, as the extraction reported it); without it the context stays as configured.
     */
    resolveContext?(context: LanguageContext): Promise<LanguageContext>;
    /** Work needed once before the program runs (e.g. transpiling), when the language has any. */
    prepare?(runnerPath: string, module: ToolModule<Data>, context: LanguageContext): Promise<void>;
    /**
     * The tool host (docs/tool-host.md): it loads the tools and starts the program. The engine appends the launch
     * spec's path to `args` and runs it with the tools' environment (`context.env`) plus `env`.
     */
    hostCommand(runnerPath: string, module: ToolModule<Data>, context: LanguageContext): ExecutionCommand;
    /**
     * The program, as the host starts it: the real interpreter (no shim) and the prepared runner. `env` is all the
     * interpreter needs; the engine adds PATH, HOME, LANG and the channel's descriptor and nothing else.
     */
    programCommand(runnerPath: string, module: ToolModule<Data>, context: LanguageContext): Promise<ExecutionCommand>;
    /** Folders the program must be able to read although they lie where the sandbox hides (e.g. an interpreter under $HOME). */
    programReadPaths(context: LanguageContext): Promise<string[]>;
}
