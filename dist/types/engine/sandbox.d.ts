/** `required`: the program runs under bubblewrap or not at all; `off`: it runs with the job's reach. */
export type SandboxMode = 'required' | 'off';
export declare const SANDBOX_MODES: readonly ["required", "off"];
/** The descriptor the program's channel to the tool host has (docs/tool-host.md). */
export declare const CHANNEL_FD = 3;
/** Where the program runs and what it must and must not see. */
export interface SandboxLayout {
    repoRoot: string;
    /** Folders hidden behind an empty tmpfs, such as $HOME and RUNNER_TEMP. */
    hidden: string[];
    /** Paths made readable again inside hidden folders, such as an interpreter under $HOME; the repository is always. */
    readable: string[];
    /** The run's workspace: hidden, wherever it is, but for `workspaceFiles`. */
    workspace: string;
    /** The runner's own files and folders in the workspace, readable. */
    workspaceFiles: string[];
}
/** The program's whole environment in the sandbox: made from nothing, never from the job's. */
export declare function sandboxEnvironment(interpreterEnv: Record<string, string>): Record<string, string>;
/** The argv that starts `command` under bubblewrap with `env` as its whole environment. */
export declare function sandboxedArgv(command: {
    file: string;
    args: string[];
}, env: Record<string, string>, layout: SandboxLayout): string[];
/**
 * Starts a throwaway sandbox the way programs will be started, so that a machine where none can start fails
 * before any model request, with the cause and the fix in one line.
 */
export declare function probeSandbox(signal?: AbortSignal): Promise<void>;
