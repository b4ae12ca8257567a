export interface Workspace {
    dir: string;
    /** Created by us in the temp dir, so ours to delete. */
    temporary: boolean;
    file(name: string): string;
}
export declare function openWorkspace(requested: string | undefined): Promise<Workspace>;
export declare function removeWorkspace(workspace: Workspace): Promise<void>;
export interface ToolsLocation {
    /** Real path of the file. */
    absolute: string;
    /** Path from the repository root, with forward slashes. */
    relative: string;
}
/** The tools module's real path, checked to be a readable file inside the repository root, and its path from there. */
export declare function locateToolsModule(toolsPath: string, repoRoot: string): Promise<ToolsLocation>;
/** A file's real path, checked to be a readable file inside the repository root, and its path from there; `what` names it in errors. */
export declare function locateRepositoryFile(filePath: string, repoRoot: string, what: string): Promise<ToolsLocation>;
export declare function hashFile(file: string): Promise<string>;
