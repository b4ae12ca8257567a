import type { McpRoute, McpRunnerTools } from '../types.js';
import type { McpServerConnection, McpToolInfo } from './client.js';
import { type NameStyle, uniqueIdentifiers } from './names.js';

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
export function mcpApi(servers: readonly McpServerConnection[], style: NameStyle, taken: ReadonlySet<string>): McpApiServer[] {
  const serverIdentifiers = uniqueIdentifiers(
    servers.map((server) => server.name),
    style,
    taken,
  );
  return servers.map((server, index) => {
    const identifier = serverIdentifiers[index] ?? server.name;
    const toolIdentifiers = uniqueIdentifiers(
      server.tools.map((tool) => tool.name),
      style,
    );
    return {
      name: server.name,
      identifier,
      tools: server.tools.map((tool, toolIndex) => {
        const toolIdentifier = toolIdentifiers[toolIndex] ?? tool.name;
        return {
          name: tool.name,
          identifier: toolIdentifier,
          call: `${identifier}.${toolIdentifier}`,
          description: tool.description,
          inputSchema: tool.inputSchema,
          outputSchema: tool.outputSchema,
        };
      }),
    };
  });
}

/** What the runner and the tool host need: the rendered API, the names it defines, and where each call goes. */
export function runnerTools(api: readonly McpApiServer[], source: string): McpRunnerTools {
  const routes: Record<string, McpRoute> = {};
  for (const server of api) for (const tool of server.tools) routes[tool.call] = { server: server.name, tool: tool.name };
  return { source, names: api.map((server) => server.identifier), routes };
}
