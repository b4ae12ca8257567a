import { z } from 'zod';
declare const StdioServerSchema: z.ZodObject<{
    type: z.ZodOptional<z.ZodLiteral<"stdio">>;
    command: z.ZodString;
    args: z.ZodDefault<z.ZodArray<z.ZodString>>;
    env: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodString>>;
    timeout: z.ZodOptional<z.ZodNumber>;
}, z.core.$strict>;
declare const RemoteServerSchema: z.ZodObject<{
    type: z.ZodEnum<{
        http: "http";
        sse: "sse";
    }>;
    url: z.ZodString;
    headers: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodString>>;
    timeout: z.ZodOptional<z.ZodNumber>;
}, z.core.$strict>;
export type StdioServer = z.infer<typeof StdioServerSchema>;
export type RemoteServer = z.infer<typeof RemoteServerSchema>;
export type McpServerConfig = StdioServer | RemoteServer;
/** One configured server, named, with every `${VAR}` still unresolved. */
export interface McpServerEntry {
    name: string;
    config: McpServerConfig;
}
/** Seconds a server gets to start and list its tools unless its entry says otherwise. */
export declare const DEFAULT_SERVER_TIMEOUT_S = 30;
/**
 * The servers of an MCP configuration: `source` is JSON when it starts with `{`, else the path of a JSON file
 * relative to the repository root.
 */
export declare function loadMcpConfig(source: string, repoRoot: string): Promise<McpServerEntry[]>;
/** The names of the variables a server's entry refers to with `${VAR}`, in `args`, `env`, `url` and `headers`. */
export declare function referencedVariables(entry: McpServerEntry): string[];
/** The entry with every `${VAR}` replaced by the variable's value; a variable that is not set fails, naming the server. */
export declare function resolveServer(entry: McpServerEntry, env: NodeJS.ProcessEnv): McpServerConfig;
/** The names of the variables an MCP configuration refers to, whose values no report may show. */
export declare function mcpConfigVariables(source: string, repoRoot: string): Promise<string[]>;
export {};
