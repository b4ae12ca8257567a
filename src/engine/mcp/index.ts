/**
 * MCP servers as a tool source for a run: connected before the runner is written, rendered into it, stopped at the
 * end. The engine imports this module only for runs with MCP servers: the SDK and the schema compiler load then.
 */
import { languageNamed } from '../registry.js';
import type { ToolModule } from '../types.js';
import { mcpApi, runnerTools } from './api.js';
import type { McpServers } from './client.js';

export { McpServers } from './client.js';

/** The module with the servers' tools added, rendered in its language. */
export async function withMcpTools<Data>(module: ToolModule<Data>, servers: McpServers): Promise<ToolModule<Data>> {
  const rendering = await (await languageNamed(module.language)).loadMcp();
  const api = mcpApi(servers.servers, rendering.names, new Set(module.tools.map((tool) => tool.name)));
  return { ...module, mcp: runnerTools(api, await rendering.render(api)) };
}
