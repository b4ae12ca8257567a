/**
 * The MCP tools as TypeScript: per server, a namespace of each tool's types (from its JSON Schemas, by
 * json-schema-to-typescript with external `$ref`s left unresolved) and an object of typed wrappers that send each
 * call to the tool host. Descriptions and schemas are third parties' text: they appear only in comments and types.
 */
import { compile } from 'json-schema-to-typescript';

import type { McpRendering } from '../language.js';
import type { McpApiServer, McpApiTool } from '../mcp/api.js';
import type { NameStyle } from '../mcp/names.js';
import { docComment, typescriptStringLiteral } from './render.js';
import { RUNTIME_ENTRY_POINTS } from './runtime-source.js';

/** What a tool without an output schema returns: its text, or its content blocks when not all are text. */
const CONTENT_TYPE = 'export type McpContent = string | { type: string; [key: string]: unknown }[];';

/** TypeScript identifiers: camel case, never a keyword, a global the program needs or a name the runner defines. */
const TYPESCRIPT_NAMES: NameStyle = {
  case: 'camel',
  reserved: new Set(
    (
      'break case catch class const continue debugger default delete do else enum export extends false finally for function if import in ' +
      'instanceof new null return super switch this throw true try typeof var void while with yield let static implements interface ' +
      'package private protected public await as async any boolean number string symbol type of from get set declare module namespace ' +
      'require never unknown object bigint undefined arguments eval constructor prototype ' +
      'globalThis console process Promise JSON Math Object Array String Number Boolean Error Date Map Set Symbol RegExp NaN Infinity ' +
      'main params McpContent'
    ).split(' '),
  ),
};

async function renderTypeScriptMcp(api: readonly McpApiServer[]): Promise<string> {
  const servers = await Promise.all(api.map(renderServer));
  return [CONTENT_TYPE, ...servers].join('\n\n');
}

export const typescriptMcp: McpRendering = { names: TYPESCRIPT_NAMES, render: renderTypeScriptMcp };

async function renderServer(server: McpApiServer): Promise<string> {
  const namespaces = await Promise.all(server.tools.map((tool) => toolNamespace(server, tool)));
  const wrappers = server.tools.map((tool) => wrapper(server, tool));
  return [
    `// MCP server ${typescriptStringLiteral(server.name)}: its tools are the methods of \`${server.identifier}\`.`,
    ...namespaces,
    `export const ${server.identifier} = {\n${wrappers.join('\n')}\n};`,
  ].join('\n');
}

async function toolNamespace(server: McpApiServer, tool: McpApiTool): Promise<string> {
  const input = await schemaDeclarations(tool.inputSchema, 'Input');
  const output = tool.outputSchema ? await schemaDeclarations(tool.outputSchema, 'Output') : null;
  const body = output ? [input, `export namespace output {\n${output}\n}`, 'export type Output = output.Output;'] : [input];
  return `export namespace ${server.identifier}.${tool.identifier} {\n${body.join('\n')}\n}`;
}

function wrapper(server: McpApiServer, tool: McpApiTool): string {
  const types = `${server.identifier}.${tool.identifier}`;
  const optional = !Array.isArray(tool.inputSchema.required) || tool.inputSchema.required.length === 0;
  const returns = tool.outputSchema ? `${types}.Output` : 'McpContent';
  const doc = docComment({
    doc: tool.description || `The ${tool.name} tool.`,
    params: [],
    note: tool.name === tool.identifier ? null : `MCP tool ${tool.name}`,
  });
  return [
    ...doc,
    `${tool.identifier}(args${optional ? '?' : ''}: ${types}.Input): Promise<${returns}> {`,
    `  return ${RUNTIME_ENTRY_POINTS.call}(${typescriptStringLiteral(tool.call)}, [args], true);`,
    '},',
  ]
    .map((line) => line.replace(/^/gm, '  '))
    .join('\n');
}

/** The declarations of a schema, its root named `name`; a schema the library cannot compile becomes an open object. */
async function schemaDeclarations(schema: Record<string, unknown>, name: string): Promise<string> {
  const { title: _title, ...untitled } = withoutExternalReferences(schema) as Record<string, unknown>;
  try {
    return await compile(untitled, name, {
      bannerComment: '',
      format: false,
      additionalProperties: false,
      unknownAny: true,
      declareExternallyReferenced: true,
      $refOptions: { resolve: { external: false } },
    });
  } catch {
    return `export type ${name} = Record<string, unknown>;`;
  }
}

/** The schema with each `$ref` outside the document replaced by an empty schema (any value): nothing is fetched. */
function withoutExternalReferences(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(withoutExternalReferences);
  if (schema === null || typeof schema !== 'object') return schema;
  const record = schema as Record<string, unknown>;
  if (typeof record.$ref === 'string' && !record.$ref.startsWith('#')) return {};
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, withoutExternalReferences(value)]));
}
