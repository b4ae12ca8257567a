import type { CheckMode, CodeModeConfig } from './config.js';
import type { McpApiServer } from './mcp/api.js';
import type { NameStyle } from './mcp/names.js';
import type { InstalledTool } from './npm-cache.js';
import type { Language, RunnerSource, ToolModule } from './types.js';
import type { ToolsLocation } from './workspace.js';

/** A compile or type-check problem in the generated runner. */
export interface Diagnostic {
  line: number | null;
  message: string;
  /** The checker names this error a cause that others may follow from (a name or export it cannot find). */
  root_cause?: boolean;
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

/** The programs a language runs with, as the run's configuration names them. */
export interface Toolchain {
  /** The interpreter or runtime that runs the tools, the tool host and the program, as configured. */
  executable: string;
  /** The type checker's entry point to use instead of installing one, when the configuration names one. */
  typeCheckerPath?: string;
}

/** What a language needs to know of the run besides the tools module. */
export interface LanguageContext {
  repoRoot: string;
  /** The language's own toolchain. */
  toolchain: Toolchain;
  /** The environment the tools and the program get: the caller's, less credentials. */
  env: Readonly<Record<string, string>>;
  signal?: AbortSignal;
  /** The type checker the check runs, when the language has one and checking is on. */
  typeChecker?: TypeChecker;
  /** The language's checker kept warm for the run, when it started one; the check asks it before a cold one. */
  warmChecker?: WarmChecker;
  /** The check started for this verification before the program was written, when the language starts one. */
  earlyCheck?: EarlyCheck;
}

/**
 * A language's check of a runner whose process started before the program was written, so that verification does
 * not wait for that start; the language's check completes it, at most once.
 */
export interface EarlyCheck {
  /** Ends it, unless a check completed it, and waits until its process has gone. */
  discard(): Promise<void>;
}

/** What a warm checker launched before the extraction's end knows of the runner: its file name and the tools module. */
export interface WarmCheckerLayout {
  runnerName: string;
  /** The tools module's absolute path (the language's module of no tools when the run has only MCP servers). */
  modulePath: string;
}

/**
 * A language's type checker kept running through a run, loaded with the runner's API and the tools' types while
 * Claude Code writes, so that the program's check re-checks only the runner's own lines. The language's check knows
 * its own kind; the engine only starts and closes it.
 */
export interface WarmChecker {
  close(): Promise<void>;
}

export interface ExecutionCommand {
  file: string;
  args: string[];
  /** Variables the process needs on top of the environment it is started with. */
  env: Record<string, string>;
}

/** What prompts, reports and the registry say of a language, known without loading its support. */
export interface LanguageDescription {
  readonly language: Language;
  /** How prompts and messages name it. */
  readonly displayName: string;
  /** The info string of a Markdown code fence around a runner of the language. */
  readonly fence: string;
  /** Lower-case extensions of the tools modules it takes. */
  readonly extensions: readonly string[];
}

/** A language's type checker: its name in messages, and how it is found or installed for a run. */
export interface TypeCheckerSupport {
  readonly name: string;
  install(source: TypeCheckerSource): Promise<InstalledTool>;
  /**
   * Starts the checker's warm process while the tools are extracted, before the runner exists;
   * `startWarmChecker` opens it on the runner. For checkers whose own start takes long.
   */
  launch?(checker: TypeChecker, layout: WarmCheckerLayout, context: LanguageContext): Promise<WarmChecker>;
}

/** How a language writes the tools of MCP servers into its runner. */
export interface McpRendering {
  /** How server and tool names become identifiers of the language. */
  readonly names: NameStyle;
  render(api: readonly McpApiServer[]): Promise<string>;
}

/**
 * What the engine needs from one tools language; `Data` is what the language learns of a tools module
 * beyond the common tool specs. The engine itself knows no language by name.
 */
export interface LanguageSupport<Data = unknown> extends LanguageDescription {
  readonly runnerFileName: string;
  /** The language's toolchain as the run's configuration names it. */
  toolchain(config: CodeModeConfig): Toolchain;
  extract(location: ToolsLocation, context: LanguageContext): Promise<ToolModule<Data>>;
  /** The tools module of a run whose tools all come from MCP servers: it defines none. */
  noToolsModule(): ToolModule<Data>;
  renderRunner(module: ToolModule<Data>, task: string): RunnerSource;
  /**
   * Matches each tool's wrapper in a rendered tools region (flags g and m), documentation included, the first group
   * being the tool's name: how the tools a saved program's wrappers differ in are named.
   */
  readonly wrapperPattern: RegExp;
  /** The tools region as the model reads it: signatures, documentation and types, without the runtime plumbing. */
  readonly readableApi: (toolsRegion: string) => string;
  /**
   * Compile / type-check the runner, and check all of it outside the protected `regions` (located by verification)
   * for code that bypasses or shadows the tools; an empty list means it passed.
   */
  check(runnerPath: string, module: ToolModule<Data>, context: LanguageContext, regions: LocatedRegion[]): Promise<Diagnostic[]>;
  /** Starts the check of the runner at `runnerPath` while Claude Code writes it, when its process is slow to start. */
  startCheck?(runnerPath: string, context: LanguageContext): EarlyCheck;
  /**
   * Starts the type checker warm on the generated runner (`runner`, which the checks read at `runnerPath`) when the
   * attempts start; the context's `typeChecker` is installed, when the language has one to install, and `launched` is
   * what its `launch` started, if it did.
   */
  startWarmChecker?(
    runner: RunnerSource,
    runnerPath: string,
    module: ToolModule<Data>,
    context: LanguageContext,
    launched?: WarmChecker | null,
  ): Promise<WarmChecker>;
  /** The type checker `check` runs, when the language has one; the engine installs it alongside Claude Code. */
  readonly typeChecker?: TypeCheckerSupport;
  /** Loads how the language renders MCP tools, only for runs with MCP servers. */
  loadMcp(): Promise<McpRendering>;
  /**
   * The context of every stage after the extraction, resolved once a run (e.g. an interpreter shim in the toolchain
   * replaced by the binary it starts, as the extraction reported it); without it the context stays as configured.
   */
  resolveContext?(context: LanguageContext): Promise<LanguageContext>;
  /** Work needed once before the program runs (e.g. transpiling), when the language has any. */
  prepare?(runnerPath: string, module: ToolModule<Data>, context: LanguageContext): Promise<void>;
  /**
   * The tool host (docs/tool-host.md): it loads the tools, reads the launch spec on its standard input and starts the
   * program. The engine runs it with the tools' environment (`context.env`) plus `env`.
   */
  hostCommand(runnerPath: string, module: ToolModule<Data>, context: LanguageContext): ExecutionCommand;
  /**
   * Whether the host can start before the program is verified, while Claude Code writes: its command needs nothing
   * of the runner's build (`prepare`), and it loads the tools before it reads the launch spec.
   */
  readonly hostStartsEarly: boolean;
  /**
   * Whether the host starts the program as soon as it starts, before the program is verified: the host reads the
   * program's argv and environment on a line of their own, and the program does all that needs none of its text,
   * then waits for the text, which the launch spec carries (`program_text`) once the program is verified.
   */
  readonly programStartsEarly: boolean;
  /**
   * The program, as the host starts it: the real interpreter (no shim) and the prepared runner, or what starts it
   * when the program starts early. `env` is all the interpreter needs; the engine adds PATH, HOME, LANG and the
   * channel's descriptor and nothing else.
   */
  programCommand(runnerPath: string, module: ToolModule<Data>, context: LanguageContext): Promise<ExecutionCommand>;
  /**
   * Folders and files the program must be able to read although they lie where the sandbox hides (e.g. an
   * interpreter under $HOME, or the engine's files that start the program).
   */
  programReadPaths(context: LanguageContext): Promise<string[]>;
}
