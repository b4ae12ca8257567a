import type { McpRunnerTools } from '../types.js';
import type { McpServerConnection, McpToolInfo } from './client.js';
import { type NameStyle } from './names.js';
/** A discovered tool (its `name` is the one on its server) as the runner names it. */
export interface McpApiTool extends McpToolInfo {
    /** The wrapper's name in the runner. */
    identifier: string;
    /** The name the program's calls carry over the channel and the trace shows: `<server>.<tool>` as identifiers. */
    call: string;
}
export interface McpApiServer {
    name: string;
    identifier: string;
    tools: McpApiTool[];
}
/** The servers and their tools as the runner names them; server identifiers avoid `taken` (the tools module's names). */
export declare function mcpApi(servers: readonly McpServerConnection[], style: NameStyle, taken: ReadonlySet<string>): McpApiServer[];
/** What the runner and the tool host need: the rendered API, the names it defines, and where each call goes. */
export declare function runnerTools(api: readonly McpApiServer[], source: string): McpRunnerTools;
