import { createRequire as __codemodeCreateRequire } from 'node:module';
import { dirname as __codemodeDirnameOf } from 'node:path';
import { fileURLToPath as __codemodeFileURLToPath } from 'node:url';
const require = __codemodeCreateRequire(import.meta.url);
const __codemodeFilename = __codemodeFileURLToPath(import.meta.url);
const __codemodeDirname = __codemodeDirnameOf(__codemodeFilename);
import {
  identifier
} from "./chunk-YJRREZO2.js";
import {
  pythonDocstring,
  pythonStringLiteral
} from "./chunk-BYUMHR2K.js";
import "./chunk-NTVFTWIQ.js";

// src/engine/python/mcp.ts
var PYTHON_NAMES = {
  case: "snake",
  reserved: new Set(
    "False None True and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield match case type print len list dict set str int float bool bytes tuple object type range open id input map filter sorted min max sum any all isinstance getattr setattr hasattr Exception asyncio json main params".split(" ")
  )
};
var CLASS_WORDS = { case: "camel", reserved: /* @__PURE__ */ new Set() };
var INDENT = "    ";
var PRELUDE = "from typing import Any, Literal, NotRequired, TypedDict";
function renderPythonMcp(api) {
  return [PRELUDE, ...api.map(renderServer)].join("\n\n\n");
}
var pythonMcp = { names: PYTHON_NAMES, render: (api) => Promise.resolve(renderPythonMcp(api)) };
function renderServer(server) {
  const body = server.tools.flatMap((tool) => renderTool(server, tool));
  return [
    `class ${server.identifier}:`,
    `${INDENT}${pythonDocstring(`MCP server ${JSON.stringify(server.name)}: its tools are the static methods of this class.`, INDENT)}`,
    ...body
  ].join("\n");
}
function renderTool(server, tool) {
  const prefix = pascal(tool.identifier);
  const declarations = [];
  const input = new SchemaTypes(tool.inputSchema, `${prefix}Input`, declarations).root();
  const output = tool.outputSchema ? new SchemaTypes(tool.outputSchema, `${prefix}Output`, declarations).root() : "str | list[dict[str, Any]]";
  const optional = !Array.isArray(tool.inputSchema.required) || tool.inputSchema.required.length === 0;
  const qualify = (type) => type.replace(new RegExp(`\\b(${prefix}(?:Input|Output)\\w*)`, "g"), `${server.identifier}.$1`);
  const doc = tool.description || `The ${tool.name} tool.`;
  return [
    ...declarations.map((declaration) => `${INDENT}${declaration}`),
    "",
    `${INDENT}@staticmethod`,
    `${INDENT}def ${tool.identifier}(args: ${qualify(input)}${optional ? " | None = None" : ""}) -> ${qualify(output)}:`,
    `${INDENT}${INDENT}${pythonDocstring(doc, INDENT + INDENT)}`,
    `${INDENT}${INDENT}return _codemode_call(${pythonStringLiteral(tool.call)}, (args,), {})`
  ];
}
var SchemaTypes = class {
  constructor(schema, name, declarations) {
    this.schema = schema;
    this.name = name;
    this.declarations = declarations;
  }
  schema;
  name;
  declarations;
  named = /* @__PURE__ */ new Map();
  root() {
    return this.type(this.schema, this.name);
  }
  type(schema, name) {
    if (schema === true || schema === void 0) return "Any";
    if (schema === null || typeof schema !== "object") return "Any";
    const node = schema;
    if (typeof node.$ref === "string") return this.reference(node.$ref);
    if (Array.isArray(node.enum)) return literal(node.enum);
    if ("const" in node) return literal([node.const]);
    const union = node.anyOf ?? node.oneOf;
    if (Array.isArray(union)) return unionOf(union.map((item, index) => this.type(item, `${name}${index + 1}`)));
    if (Array.isArray(node.type)) return unionOf(node.type.map((type) => this.type({ ...node, type }, name)));
    switch (node.type) {
      case "string":
        return "str";
      case "integer":
        return "int";
      case "number":
        return "float";
      case "boolean":
        return "bool";
      case "null":
        return "None";
      case "array":
        return `list[${this.type(node.items, `${name}Item`)}]`;
      default:
        return this.object(node, name);
    }
  }
  object(node, name) {
    const properties = node.properties;
    if (!properties || Object.keys(properties).length === 0) {
      return typeof node.additionalProperties === "object" ? `dict[str, ${this.type(node.additionalProperties, `${name}Value`)}]` : "dict[str, Any]";
    }
    const required = new Set(Array.isArray(node.required) ? node.required : []);
    const fields = Object.entries(properties).map(([property, value]) => {
      const type = this.type(value, `${name}${pascal(property)}`);
      return `${pythonStringLiteral(property)}: ${required.has(property) ? type : `NotRequired[${type}]`}`;
    });
    this.declarations.push(`${name} = TypedDict(${pythonStringLiteral(name)}, {${fields.join(", ")}})`);
    return name;
  }
  /** A `#/$defs/X` (or `#/definitions/X`) reference becomes one TypedDict, declared once; a cycle is a forward reference. */
  reference(ref) {
    const match = /^#\/(\$defs|definitions)\/([^/]+)$/.exec(ref);
    const definitions = match ? this.schema[match[1] ?? ""] : void 0;
    const target = match && definitions ? definitions[match[2] ?? ""] : void 0;
    if (!match || target === void 0) return "Any";
    const key = match[2] ?? "";
    const typeName = `${this.name}${pascal(key)}`;
    const existing = this.named.get(key);
    if (existing !== void 0) return existing === "" ? pythonStringLiteral(typeName) : existing;
    this.named.set(key, "");
    const type = this.type(target, typeName);
    this.named.set(key, type);
    return type;
  }
};
function pascal(name) {
  return identifier(name, CLASS_WORDS).replace(/^_?./, (first) => first.replace("_", "").toUpperCase());
}
function literal(values) {
  const items = values.map(
    (value) => value === null ? "None" : typeof value === "boolean" ? value ? "True" : "False" : typeof value === "string" ? pythonStringLiteral(value) : typeof value === "number" ? String(value) : null
  );
  if (items.some((item) => item === null)) return "Any";
  return `Literal[${items.join(", ")}]`;
}
function unionOf(types) {
  const unique = [...new Set(types)];
  return unique.includes("Any") ? "Any" : unique.join(" | ");
}
export {
  pythonMcp
};
