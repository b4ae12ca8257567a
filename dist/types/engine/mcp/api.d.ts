import type { McpRunnerTools } from '../types.js';
import type { McpServerConnection } from './client.js';
import { type NameStyle } from './names.js';
export interface McpApiTool {
    /** The tool's name on its server. */
    name: string;
    /** The wrapper's name in the runner. */
    identifier: string;
    /** The name the program's calls carry over the channel and the trace shows: `<server>.<tool>` as identifiers. */
    call: string;
    description: string;
    inputSchema: Record<string, unknown>;
    outputSchema: Record<string, unknown> | null;
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
