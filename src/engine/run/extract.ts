import type { LanguageContext } from '../language.js';
import type { McpServers } from '../mcp/client.js';
import type { McpServerEntry } from '../mcp/config.js';
import type { ToolsSource } from '../tools.js';
import type { ToolModule } from '../types.js';
import type { StartContext } from './plan.js';

/** Connects the run's MCP servers, whose tools the program gets beside the tools module's. */
export async function connectMcpServers(
  { clock, progress, env, config }: StartContext,
  servers: McpServerEntry[],
  context: LanguageContext,
): Promise<McpServers> {
  const { McpServers } = await import('../mcp/index.js');
  progress({ kind: 'phase', phase: 'extract', message: `Connecting to ${servers.length} MCP server(s)` });
  return clock.time('extract', McpServers.connect(servers, env, context.env, context.repoRoot, config.mcp_elicitation));
}

/** The extract stage: the tools module's tools (none when there is no module), with the MCP servers' tools added. */
export async function extractTools(
  { clock, progress, options, language }: StartContext,
  source: ToolsSource | null,
  mcp: McpServers | null,
  context: LanguageContext,
): Promise<ToolModule> {
  if (source) progress({ kind: 'phase', phase: 'extract', message: `Extracting tools from ${options.tools ?? ''}` });
  const module = source ? await clock.time('extract', language.extract(source.location, context)) : language.noToolsModule();
  if (!mcp) return module;
  const { withMcpTools } = await import('../mcp/index.js');
  return clock.time('extract', withMcpTools(module, mcp));
}
