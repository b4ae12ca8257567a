import { createRequire as __codemodeCreateRequire } from 'node:module';
import { dirname as __codemodeDirnameOf } from 'node:path';
import { fileURLToPath as __codemodeFileURLToPath } from 'node:url';
const require = __codemodeCreateRequire(import.meta.url);
const __codemodeFilename = __codemodeFileURLToPath(import.meta.url);
const __codemodeDirname = __codemodeDirnameOf(__codemodeFilename);
import {
  external_exports,
  pythonDescription
} from "./chunk-6BKRNGNI.js";
import {
  typescriptDescription
} from "./chunk-V6M6USSN.js";
import {
  usageError
} from "./chunk-R2EEI6SO.js";
import {
  require_path,
  require_promises
} from "./chunk-NRPXVH6K.js";
import {
  __toESM
} from "./chunk-NTVFTWIQ.js";

// src/engine/registry.ts
var import_node_path = __toESM(require_path(), 1);
var REGISTERED_LANGUAGES = [
  { description: pythonDescription, load: async () => (await import("./python-JB2K6QIJ.js")).pythonLanguage },
  { description: typescriptDescription, load: async () => (await import("./typescript-T3YV2AXB.js")).typescriptLanguage }
];
var extensions = REGISTERED_LANGUAGES.flatMap((entry) => entry.description.extensions);
var SUPPORTED_EXTENSIONS = `${extensions.slice(0, -1).join(", ")} or ${extensions.at(-1) ?? ""}`;
async function languageFor(toolsPath) {
  const extension = import_node_path.default.extname(toolsPath);
  const entry = REGISTERED_LANGUAGES.find((candidate) => candidate.description.extensions.includes(extension.toLowerCase()));
  if (!entry) throw usageError(`Unsupported tools module extension '${extension || "(none)"}': expected ${SUPPORTED_EXTENSIONS}`);
  return entry.load();
}
function registered(language) {
  const entry = REGISTERED_LANGUAGES.find((candidate) => candidate.description.language === language);
  if (!entry)
    throw usageError(`Unknown language '${language}': expected ${REGISTERED_LANGUAGES.map((e) => e.description.language).join(" or ")}`);
  return entry;
}
var DEFAULT_RUNNER_LANGUAGE = "typescript";
async function languageNamed(language = DEFAULT_RUNNER_LANGUAGE) {
  return registered(language).load();
}
function languageDescription(language) {
  return registered(language).description;
}

// src/engine/mcp/config.ts
var import_promises = __toESM(require_promises(), 1);
var import_node_path2 = __toESM(require_path(), 1);
var StdioServerSchema = external_exports.strictObject({
  type: external_exports.literal("stdio").optional(),
  command: external_exports.string().min(1, { error: "command is empty" }),
  args: external_exports.array(external_exports.string()).default([]),
  env: external_exports.record(external_exports.string(), external_exports.string()).default({}),
  /** Seconds to wait for the server to start and list its tools. */
  timeout: external_exports.number().positive().optional()
});
var secretReference = (key) => external_exports.string().regex(/^\$\{[A-Za-z_][A-Za-z0-9_]*\}$/, { error: `${key} must be a \${VAR} reference to a secret, not its value` });
var SIGNING_ALGORITHMS = ["RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512"];
var OAuthSchema = external_exports.strictObject({
  clientId: external_exports.string().min(1, { error: "clientId is empty" }),
  clientSecret: secretReference("clientSecret").optional(),
  privateKey: secretReference("privateKey").optional(),
  signingAlgorithm: external_exports.enum(SIGNING_ALGORITHMS, { error: `signingAlgorithm must be one of ${SIGNING_ALGORITHMS.join(", ")}` }).optional(),
  scope: external_exports.string().min(1, { error: "scope is empty" }).optional(),
  /** The authorization server the credentials may be sent to; without it, the one the server's metadata names. */
  issuer: external_exports.url({ error: "issuer must be a URL" }).optional()
}).refine((oauth) => oauth.clientSecret === void 0 !== (oauth.privateKey === void 0), {
  error: "give clientSecret or privateKey, not both"
}).refine((oauth) => oauth.privateKey === void 0 === (oauth.signingAlgorithm === void 0), {
  error: "privateKey and signingAlgorithm go together"
});
var RemoteServerSchema = external_exports.strictObject({
  type: external_exports.enum(["http", "sse"]),
  url: external_exports.string().min(1, { error: "url is empty" }),
  headers: external_exports.record(external_exports.string(), external_exports.string()).default({}),
  oauth: OAuthSchema.optional(),
  timeout: external_exports.number().positive().optional()
});
var ServerSchema = external_exports.unknown().transform((value, context) => {
  const fields = typeof value === "object" && value !== null ? value : {};
  const schema = "command" in fields ? StdioServerSchema : "type" in fields ? RemoteServerSchema : null;
  if (!schema) {
    context.addIssue({ code: "custom", message: 'expected {"command", "args", "env"} or {"type": "http" | "sse", "url", "headers"}' });
    return external_exports.NEVER;
  }
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) context.addIssue({ code: "custom", message: issue.message, path: issue.path });
  return external_exports.NEVER;
});
var McpConfigSchema = external_exports.strictObject({
  mcpServers: external_exports.record(external_exports.string().min(1), ServerSchema, { error: "expected an object of servers by name" })
});
var DEFAULT_SERVER_TIMEOUT_S = 30;
async function loadMcpConfig(source, repoRoot) {
  const trimmed = source.trim();
  if (!trimmed) throw usageError("mcp_config is empty: give the path of a .mcp.json file or its JSON");
  const inline = trimmed.startsWith("{");
  const where = inline ? "mcp_config" : `MCP config ${trimmed}`;
  const text = inline ? trimmed : await readConfigFile(trimmed, repoRoot);
  let json;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw usageError(`${where} is not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = McpConfigSchema.safeParse(json);
  if (!parsed.success) {
    const [issue] = parsed.error.issues;
    const at = issue?.path.length ? ` at ${issue.path.join(".")}` : "";
    throw usageError(`${where} is invalid${at}: ${issue?.message ?? parsed.error.message}`);
  }
  const servers = Object.entries(parsed.data.mcpServers).map(([name, config]) => ({ name, config }));
  if (servers.length === 0) throw usageError(`${where} names no server in mcpServers`);
  return servers;
}
async function readConfigFile(file, repoRoot) {
  try {
    return await (0, import_promises.readFile)(import_node_path2.default.resolve(repoRoot, file), "utf8");
  } catch {
    throw usageError(`MCP config not found: ${file}`);
  }
}
var REFERENCE = /\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g;
function referencedVariables(entry) {
  return [...new Set(referenceTexts(entry.config).flatMap(variablesIn))];
}
function variablesIn(text) {
  return [...text.matchAll(REFERENCE)].map((match) => match[1] ?? "");
}
function referenceTexts(config) {
  if ("command" in config) return [...config.args, ...Object.values(config.env)];
  return [config.url, ...Object.values(config.headers), ...Object.values(config.oauth ?? {})];
}
function resolveServer(entry, env) {
  const resolve = (text) => text.replace(REFERENCE, (_match, name) => {
    const value = env[name];
    if (value === void 0) throw usageError(`MCP server ${entry.name}: variable ${name} is not set`);
    return value;
  });
  const values = (record) => Object.fromEntries(Object.entries(record).map(([key, value]) => [key, resolve(value)]));
  const { config } = entry;
  if ("command" in config) return { ...config, args: config.args.map(resolve), env: values(config.env) };
  const oauth = config.oauth && values(config.oauth);
  return { ...config, url: resolve(config.url), headers: values(config.headers), ...oauth ? { oauth } : {} };
}
function oauthVariablePatterns(entries) {
  const names = entries.flatMap(({ config }) => "command" in config ? [] : Object.values(config.oauth ?? {}).flatMap(variablesIn));
  return [...new Set(names)].map((name) => new RegExp(`^${name}$`));
}
async function mcpConfigVariables(source, repoRoot) {
  return [...new Set((await loadMcpConfig(source, repoRoot)).flatMap(referencedVariables))];
}

export {
  SUPPORTED_EXTENSIONS,
  languageFor,
  languageNamed,
  languageDescription,
  DEFAULT_SERVER_TIMEOUT_S,
  loadMcpConfig,
  resolveServer,
  oauthVariablePatterns,
  mcpConfigVariables
};
