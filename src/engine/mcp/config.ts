/**
 * MCP servers as a tool source: the configuration, in the `.mcp.json` format Claude Code reads
 * (`{"mcpServers": {"name": {command, args, env} | {type: "http", url, headers, oauth}}}`), given as a file path or
 * as the JSON itself, and the `${VAR}` references in it, resolved from the caller's environment.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { z } from 'zod';

import { usageError } from '../errors.js';

const StdioServerSchema = z.strictObject({
  type: z.literal('stdio').optional(),
  command: z.string().min(1, { error: 'command is empty' }),
  args: z.array(z.string()).default([]),
  env: z.record(z.string(), z.string()).default({}),
  /** Seconds to wait for the server to start and list its tools. */
  timeout: z.number().positive().optional(),
});

/** A secret is named, never written: `${VAR}`, so that it is redacted like every variable the configuration names. */
const secretReference = (key: string) =>
  z.string().regex(/^\$\{[A-Za-z_][A-Za-z0-9_]*\}$/, { error: `${key} must be a \${VAR} reference to a secret, not its value` });

/** The JWT signing algorithms `private_key_jwt` takes a PEM private key for. */
export const SIGNING_ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512'] as const;

/**
 * OAuth client credentials for a remote server: a client secret (`client_secret_basic` or `client_secret_post`,
 * as the authorization server's metadata says) or a private key that signs a JWT (`private_key_jwt`).
 */
const OAuthSchema = z
  .strictObject({
    clientId: z.string().min(1, { error: 'clientId is empty' }),
    clientSecret: secretReference('clientSecret').optional(),
    privateKey: secretReference('privateKey').optional(),
    signingAlgorithm: z.enum(SIGNING_ALGORITHMS, { error: `signingAlgorithm must be one of ${SIGNING_ALGORITHMS.join(', ')}` }).optional(),
    scope: z.string().min(1, { error: 'scope is empty' }).optional(),
    /** The authorization server the credentials may be sent to; without it, the one the server's metadata names. */
    issuer: z.url({ error: 'issuer must be a URL' }).optional(),
  })
  .refine((oauth) => (oauth.clientSecret === undefined) !== (oauth.privateKey === undefined), {
    error: 'give clientSecret or privateKey, not both',
  })
  .refine((oauth) => (oauth.privateKey === undefined) === (oauth.signingAlgorithm === undefined), {
    error: 'privateKey and signingAlgorithm go together',
  });

const RemoteServerSchema = z.strictObject({
  type: z.enum(['http', 'sse']),
  url: z.string().min(1, { error: 'url is empty' }),
  headers: z.record(z.string(), z.string()).default({}),
  oauth: OAuthSchema.optional(),
  timeout: z.number().positive().optional(),
});

/** A server's entry, checked against the one schema its `command` or `type` picks, so that an error says what is wrong in it. */
const ServerSchema = z.unknown().transform((value, context): StdioServer | RemoteServer => {
  const fields = typeof value === 'object' && value !== null ? value : {};
  const schema = 'command' in fields ? StdioServerSchema : 'type' in fields ? RemoteServerSchema : null;
  if (!schema) {
    context.addIssue({ code: 'custom', message: 'expected {"command", "args", "env"} or {"type": "http" | "sse", "url", "headers"}' });
    return z.NEVER;
  }
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) context.addIssue({ code: 'custom', message: issue.message, path: issue.path });
  return z.NEVER;
});

const McpConfigSchema = z.strictObject({
  mcpServers: z.record(z.string().min(1), ServerSchema, { error: 'expected an object of servers by name' }),
});

export type StdioServer = z.infer<typeof StdioServerSchema>;
export type RemoteServer = z.infer<typeof RemoteServerSchema>;
export type OAuthCredentials = z.infer<typeof OAuthSchema>;
export type McpServerConfig = StdioServer | RemoteServer;

/** One configured server, named, with every `${VAR}` still unresolved. */
export interface McpServerEntry {
  name: string;
  config: McpServerConfig;
}

/** Seconds a server gets to start and list its tools unless its entry says otherwise. */
export const DEFAULT_SERVER_TIMEOUT_S = 30;

/**
 * The servers of an MCP configuration: `source` is JSON when it starts with `{`, else the path of a JSON file
 * relative to the repository root.
 */
export async function loadMcpConfig(source: string, repoRoot: string): Promise<McpServerEntry[]> {
  const trimmed = source.trim();
  if (!trimmed) throw usageError('mcp_config is empty: give the path of a .mcp.json file or its JSON');
  const inline = trimmed.startsWith('{');
  const where = inline ? 'mcp_config' : `MCP config ${trimmed}`;
  const text = inline ? trimmed : await readConfigFile(trimmed, repoRoot);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw usageError(`${where} is not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = McpConfigSchema.safeParse(json);
  if (!parsed.success) {
    const [issue] = parsed.error.issues;
    const at = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
    throw usageError(`${where} is invalid${at}: ${issue?.message ?? parsed.error.message}`);
  }
  const servers = Object.entries(parsed.data.mcpServers).map(([name, config]) => ({ name, config }));
  if (servers.length === 0) throw usageError(`${where} names no server in mcpServers`);
  return servers;
}

async function readConfigFile(file: string, repoRoot: string): Promise<string> {
  try {
    return await readFile(path.resolve(repoRoot, file), 'utf8');
  } catch {
    throw usageError(`MCP config not found: ${file}`);
  }
}

const REFERENCE = /\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

/**
 * The names of the variables a server's entry refers to with `${VAR}`, in `args`, `env`, `url`, `headers` and
 * `oauth`.
 * @internal exported for its tests
 */
export function referencedVariables(entry: McpServerEntry): string[] {
  return [...new Set(referenceTexts(entry.config).flatMap(variablesIn))];
}

function variablesIn(text: string): string[] {
  return [...text.matchAll(REFERENCE)].map((match) => match[1] ?? '');
}

function referenceTexts(config: McpServerConfig): string[] {
  if ('command' in config) return [...config.args, ...Object.values(config.env)];
  return [config.url, ...Object.values(config.headers), ...Object.values(config.oauth ?? {})];
}

/** The entry with every `${VAR}` replaced by the variable's value; a variable that is not set fails, naming the server. */
export function resolveServer(entry: McpServerEntry, env: NodeJS.ProcessEnv): McpServerConfig {
  const resolve = (text: string): string =>
    text.replace(REFERENCE, (_match, name: string) => {
      const value = env[name];
      if (value === undefined) throw usageError(`MCP server ${entry.name}: variable ${name} is not set`);
      return value;
    });
  const values = (record: Record<string, string>) =>
    Object.fromEntries(Object.entries(record).map(([key, value]) => [key, resolve(value)]));
  const { config } = entry;
  if ('command' in config) return { ...config, args: config.args.map(resolve), env: values(config.env) };
  const oauth = config.oauth && (values(config.oauth) as OAuthCredentials);
  return { ...config, url: resolve(config.url), headers: values(config.headers), ...(oauth ? { oauth } : {}) };
}

/**
 * The variables of the servers' OAuth credentials, as patterns of exact names: the engine alone uses them, so
 * neither the tools nor the program get them.
 */
export function oauthVariablePatterns(entries: readonly McpServerEntry[]): RegExp[] {
  const names = entries.flatMap(({ config }) => ('command' in config ? [] : Object.values(config.oauth ?? {}).flatMap(variablesIn)));
  return [...new Set(names)].map((name) => new RegExp(`^${name}$`));
}

/** The names of the variables an MCP configuration refers to, whose values no report may show. */
export async function mcpConfigVariables(source: string, repoRoot: string): Promise<string[]> {
  return [...new Set((await loadMcpConfig(source, repoRoot)).flatMap(referencedVariables))];
}
