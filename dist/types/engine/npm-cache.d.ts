export interface CachedPackage {
    /** How messages name it, e.g. `Claude Code`. */
    label: string;
    /** npm package name. */
    name: string;
    version: string;
    /** The config option that names an existing copy instead of an install. */
    pathOption: string;
    /** The folder the install goes to, inside the cache. */
    folder: string;
    /** The file to run in an install prefix, or null when the install holds none. */
    locate: (prefix: string) => Promise<string | null>;
    /** Throws when the freshly installed file is not the version asked for. */
    confirm: (file: string) => Promise<void>;
    env: NodeJS.ProcessEnv;
    timeoutMs?: number;
    retries?: number;
    signal?: AbortSignal;
}
/** What was found or installed. */
export interface InstalledTool {
    path: string;
    version: string;
    /** True when this call downloaded it. */
    installed: boolean;
    duration_ms: number;
}
export declare function isExecutable(file: string): Promise<boolean>;
/** npm's first `npm error` line that states the cause (e.g. `notarget No matching version found for ...`). */
export declare function npmErrorLine(stderr: string): string;
/** Installs the package into its cache folder and returns the file to run there. */
export declare function installIntoCache(cached: CachedPackage): Promise<string>;
