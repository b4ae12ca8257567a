/**
 * The MCP tools as Python: per server a class whose static methods are the wrappers, with a `TypedDict` for each
 * object schema (in functional form, so any property name works) and annotations from the JSON Schemas. A `$ref`
 * outside the schema is not followed: it types as `Any`. Descriptions are third parties' text: docstrings only.
 */
import type { McpRendering } from '../language.js';
import type { McpApiServer, McpApiTool } from '../mcp/api.js';
import { identifier, type NameStyle } from '../mcp/names.js';
import { pythonDocstring, pythonStringLiteral } from './literals.js';

/** Python identifiers: snake case, never a keyword, a builtin the program needs or a name the runner defines. */
const PYTHON_NAMES: NameStyle = {
  case: 'snake',
  reserved: new Set(
    (
      'False None True and as assert async await break class continue def del elif else except finally for from global if import in is ' +
      'lambda nonlocal not or pass raise return try while with yield match case type ' +
      'print len list dict set str int float bool bytes tuple object type range open id input map filter sorted min max sum any all ' +
      'isinstance getattr setattr hasattr Exception asyncio json main params'
    ).split(' '),
  ),
};

/** Words of a class name: camel case, where no reserved word matters (each gets a prefix). */
const CLASS_WORDS: NameStyle = { case: 'camel', reserved: new Set() };

const INDENT = '    ';
/** Binds the MCP wrappers' helpers; `_codemode_call` comes with the runtime's import. */
const PRELUDE = 'from typing import Any, Literal, NotRequired, TypedDict';

type Schema = Record<string, unknown>;

function renderPythonMcp(api: readonly McpApiServer[]): string {
  return [PRELUDE, ...api.map(renderServer)].join('\n\n\n');
}

export const pythonMcp: McpRendering = { names: PYTHON_NAMES, render: (api) => Promise.resolve(renderPythonMcp(api)) };

function renderServer(server: McpApiServer): string {
  const body = server.tools.flatMap((tool) => renderTool(server, tool));
  return [
    `class ${server.identifier}:`,
    `${INDENT}${pythonDocstring(`MCP server ${JSON.stringify(server.name)}: its tools are the static methods of this class.`, INDENT)}`,
    ...body,
  ].join('\n');
}

function renderTool(server: McpApiServer, tool: McpApiTool): string[] {
  const prefix = pascal(tool.identifier);
  const declarations: string[] = [];
  const input = new SchemaTypes(tool.inputSchema, `${prefix}Input`, declarations).root();
  const output = tool.outputSchema
    ? new SchemaTypes(tool.outputSchema, `${prefix}Output`, declarations).root()
    : 'str | list[dict[str, Any]]';
  const optional = !Array.isArray(tool.inputSchema.required) || tool.inputSchema.required.length === 0;
  const qualify = (type: string) => type.replace(new RegExp(`\\b(${prefix}(?:Input|Output)\\w*)`, 'g'), `${server.identifier}.$1`);
  const doc = tool.description || `The ${tool.name} tool.`;
  return [
    ...declarations.map((declaration) => `${INDENT}${declaration}`),
    '',
    `${INDENT}@staticmethod`,
    `${INDENT}def ${tool.identifier}(args: ${qualify(input)}${optional ? ' | None = None' : ''}) -> ${qualify(output)}:`,
    `${INDENT}${INDENT}${pythonDocstring(doc, INDENT + INDENT)}`,
    `${INDENT}${INDENT}return _codemode_call(${pythonStringLiteral(tool.call)}, (args,), {})`,
  ];
}

/** The Python types of one schema; each object with properties becomes a TypedDict declared (dependencies first) in `declarations`. */
class SchemaTypes {
  private readonly named = new Map<string, string>();

  constructor(
    private readonly schema: Schema,
    private readonly name: string,
    private readonly declarations: string[],
  ) {}

  root(): string {
    return this.type(this.schema, this.name);
  }

  private type(schema: unknown, name: string): string {
    if (schema === true || schema === undefined) return 'Any';
    if (schema === null || typeof schema !== 'object') return 'Any';
    const node = schema as Schema;
    if (typeof node.$ref === 'string') return this.reference(node.$ref);
    if (Array.isArray(node.enum)) return literal(node.enum);
    if ('const' in node) return literal([node.const]);
    const union = (node.anyOf ?? node.oneOf) as unknown[] | undefined;
    if (Array.isArray(union)) return unionOf(union.map((item, index) => this.type(item, `${name}${index + 1}`)));
    if (Array.isArray(node.type)) return unionOf((node.type as unknown[]).map((type) => this.type({ ...node, type }, name)));
    switch (node.type) {
      case 'string':
        return 'str';
      case 'integer':
        return 'int';
      case 'number':
        return 'float';
      case 'boolean':
        return 'bool';
      case 'null':
        return 'None';
      case 'array':
        return `list[${this.type(node.items, `${name}Item`)}]`;
      default:
        return this.object(node, name);
    }
  }

  private object(node: Schema, name: string): string {
    const properties = node.properties as Record<string, unknown> | undefined;
    if (!properties || Object.keys(properties).length === 0) {
      return typeof node.additionalProperties === 'object'
        ? `dict[str, ${this.type(node.additionalProperties, `${name}Value`)}]`
        : 'dict[str, Any]';
    }
    const required = new Set(Array.isArray(node.required) ? (node.required as string[]) : []);
    const fields = Object.entries(properties).map(([property, value]) => {
      const type = this.type(value, `${name}${pascal(property)}`);
      return `${pythonStringLiteral(property)}: ${required.has(property) ? type : `NotRequired[${type}]`}`;
    });
    this.declarations.push(`${name} = TypedDict(${pythonStringLiteral(name)}, {${fields.join(', ')}})`);
    return name;
  }

  /** A `#/$defs/X` (or `#/definitions/X`) reference becomes one TypedDict, declared once; a cycle is a forward reference. */
  private reference(ref: string): string {
    const match = /^#\/(\$defs|definitions)\/([^/]+)$/.exec(ref);
    const definitions = match ? (this.schema[match[1] ?? ''] as Record<string, unknown> | undefined) : undefined;
    const target = match && definitions ? definitions[match[2] ?? ''] : undefined;
    if (!match || target === undefined) return 'Any';
    const key = match[2] ?? '';
    const typeName = `${this.name}${pascal(key)}`;
    const existing = this.named.get(key);
    if (existing !== undefined) return existing === '' ? pythonStringLiteral(typeName) : existing;
    this.named.set(key, '');
    const type = this.type(target, typeName);
    this.named.set(key, type);
    return type;
  }
}

/** `get_sum2` → `GetSum2`, `line-item` → `LineItem`. */
function pascal(name: string): string {
  return identifier(name, CLASS_WORDS).replace(/^_?./, (first) => first.replace('_', '').toUpperCase());
}

function literal(values: unknown[]): string {
  const items = values.map((value) =>
    value === null
      ? 'None'
      : typeof value === 'boolean'
        ? value
          ? 'True'
          : 'False'
        : typeof value === 'string'
          ? pythonStringLiteral(value)
          : typeof value === 'number'
            ? String(value)
            : null,
  );
  if (items.some((item) => item === null)) return 'Any';
  return `Literal[${items.join(', ')}]`;
}

function unionOf(types: string[]): string {
  const unique = [...new Set(types)];
  return unique.includes('Any') ? 'Any' : unique.join(' | ');
}
