/**
 * The same tools as Anthropic JSON tool definitions (name, description, input_schema), for comparing what a
 * tool-calling agent sends with what Code Mode shows the model. Python schemas come from pydantic (as
 * pydantic-ai builds them), with the result's schema as `output_schema`, so that the definitions carry in `$defs`
 * the types the runner declares; TypeScript schemas from the compiler's view of each parameter's and result's type,
 * with each named type of the module (interface, class, alias, enum) in `$defs` as pydantic places models there.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import { execa } from 'execa';
import ts from 'typescript';

import type { PythonModule } from '../../src/engine/python/data.js';
import type { ToolModule, ToolSpec } from '../../src/engine/types.js';

export interface ToolDefinition {
  name: string;
  description: string;
  input_schema: Record<string, unknown>;
  output_schema?: Record<string, unknown>;
}

const PYTHON_SCHEMAS = path.join(import.meta.dirname, '..', 'tool_schemas.py');
const MAX_DEPTH = 8;

async function pythonDefinitions(module: ToolModule): Promise<ToolDefinition[]> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'codemode-bench-specs-'));
  try {
    const specs = path.join(dir, 'tools.json');
    const { context_tools } = (module as PythonModule).data;
    await writeFile(specs, JSON.stringify(module.tools.map((tool) => ({ ...tool, takes_context: context_tools.includes(tool.name) }))));
    const { stdout } = await execa('python3', [PYTHON_SCHEMAS, module.path, specs], { cwd: path.dirname(module.path) });
    return JSON.parse(stdout) as ToolDefinition[];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function literalValue(type: ts.Type): string | number | boolean | undefined {
  if (type.isStringLiteral() || type.isNumberLiteral()) return type.value;
  if (type.flags & ts.TypeFlags.BooleanLiteral) return (type as unknown as { intrinsicName: string }).intrinsicName === 'true';
  return undefined;
}

function documentation(checker: ts.TypeChecker, symbol: ts.Symbol): string | undefined {
  return ts.displayPartsToString(symbol.getDocumentationComment(checker)) || undefined;
}

/** What one schema is built with: the checker, the program (to tell the module's types from the library's) and its `$defs`. */
interface SchemaContext {
  checker: ts.TypeChecker;
  program: ts.Program;
  defs: Map<string, Record<string, unknown>>;
}

const NAMED_TYPE = ts.SymbolFlags.Interface | ts.SymbolFlags.Class | ts.SymbolFlags.TypeAlias | ts.SymbolFlags.Enum;

/** The name a type goes by in `$defs`: a type the module's files declare by name, not one of the standard library's. */
function definitionName(context: SchemaContext, type: ts.Type): string | undefined {
  const symbol = type.aliasSymbol ?? type.getSymbol();
  const declaration = symbol?.declarations?.[0];
  if (!symbol || !declaration || !(symbol.flags & NAMED_TYPE)) return undefined;
  return context.program.isSourceFileDefaultLibrary(declaration.getSourceFile()) ? undefined : symbol.name;
}

/** The schema of a type; a named one is described once in `$defs` and referenced. */
function typeSchema(context: SchemaContext, type: ts.Type, depth: number): Record<string, unknown> {
  if (depth > MAX_DEPTH || type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return {};
  const name = definitionName(context, type);
  if (name === undefined) return structuralSchema(context, type, depth);
  if (!context.defs.has(name)) {
    // Reserved first, so a recursive type refers to itself.
    context.defs.set(name, {});
    context.defs.set(name, structuralSchema(context, type, 0));
  }
  return { $ref: `#/$defs/${name}` };
}

function structuralSchema(context: SchemaContext, type: ts.Type, depth: number): Record<string, unknown> {
  const { checker } = context;
  if (type.flags & ts.TypeFlags.StringLike && !type.isStringLiteral()) return { type: 'string' };
  if (type.flags & ts.TypeFlags.NumberLike && !type.isNumberLiteral() && !(type.flags & ts.TypeFlags.EnumLiteral))
    return { type: 'number' };
  if (type.flags & ts.TypeFlags.Boolean) return { type: 'boolean' };
  if (type.flags & ts.TypeFlags.Null) return { type: 'null' };
  const literal = literalValue(type);
  if (literal !== undefined) return { const: literal };
  if (type.isUnion()) {
    const members = type.types.filter((member) => !(member.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Void)));
    const literals = members.map(literalValue);
    if (literals.every((value) => value !== undefined)) {
      if (literals.length === 2 && literals.every((value) => typeof value === 'boolean')) return { type: 'boolean' };
      return { enum: literals };
    }
    if (members.length === 1) return typeSchema(context, members[0]!, depth);
    return { anyOf: members.map((member) => typeSchema(context, member, depth + 1)) };
  }
  if (checker.isArrayType(type)) {
    const [item] = checker.getTypeArguments(type as ts.TypeReference);
    return { type: 'array', items: item ? typeSchema(context, item, depth + 1) : {} };
  }
  if (checker.isTupleType(type)) {
    return {
      type: 'array',
      prefixItems: checker.getTypeArguments(type as ts.TypeReference).map((item) => typeSchema(context, item, depth + 1)),
    };
  }
  return objectSchema(context, type, depth);
}

function objectSchema(context: SchemaContext, type: ts.Type, depth: number): Record<string, unknown> {
  const { checker } = context;
  const properties: Record<string, unknown> = {};
  const required: string[] = [];
  for (const property of checker.getPropertiesOfType(type)) {
    const declaration = property.valueDeclaration ?? property.declarations?.[0];
    if (!declaration) continue;
    const schema = typeSchema(context, checker.getTypeOfSymbolAtLocation(property, declaration), depth + 1);
    const description = documentation(checker, property);
    properties[property.name] = description ? { ...schema, description } : schema;
    if (!(property.flags & ts.SymbolFlags.Optional)) required.push(property.name);
  }
  const index = checker.getIndexTypeOfType(type, ts.IndexKind.String);
  return {
    type: 'object',
    ...(Object.keys(properties).length ? { properties } : {}),
    ...(required.length ? { required } : {}),
    ...(index ? { additionalProperties: typeSchema(context, index, depth + 1) } : {}),
  };
}

function typescriptDefinitions(module: ToolModule): ToolDefinition[] {
  const program = ts.createProgram({
    rootNames: [module.path],
    options: { allowJs: true, checkJs: true, strict: true, noEmit: true, target: ts.ScriptTarget.ES2022 },
  });
  const checker = program.getTypeChecker();
  const moduleSymbol = checker.getSymbolAtLocation(program.getSourceFile(module.path)!)!;
  const exports = new Map(checker.getExportsOfModule(moduleSymbol).map((symbol) => [symbol.name, symbol]));
  return module.tools.map((tool) => {
    const symbol = exports.get(tool.name);
    const declaration = symbol?.valueDeclaration ?? symbol?.declarations?.[0];
    if (!symbol || !declaration) throw new Error(`${tool.name} is not an export of ${module.path}`);
    const [signature] = checker.getTypeOfSymbolAtLocation(symbol, declaration).getCallSignatures();
    if (!signature) throw new Error(`${tool.name} in ${module.path} is not a function`);
    const input_schema = withDefs((context) => parametersSchema(context, signature, tool), checker, program);
    const result = checker.getAwaitedType(signature.getReturnType()) ?? signature.getReturnType();
    if (result.flags & (ts.TypeFlags.Void | ts.TypeFlags.Undefined)) return { name: tool.name, description: tool.doc, input_schema };
    const output_schema = withDefs((context) => resultSchema(context, result), checker, program);
    return { name: tool.name, description: tool.doc, input_schema, output_schema };
  });
}

/** A result's schema as pydantic gives it: its own type inline unless it refers to itself. */
function resultSchema(context: SchemaContext, type: ts.Type): Record<string, unknown> {
  const inline = structuralSchema(context, type, 0);
  const name = definitionName(context, type);
  return name !== undefined && context.defs.has(name) ? typeSchema(context, type, 0) : inline;
}

/** A schema with the named types it reaches in its own `$defs`, as pydantic builds one. */
function withDefs(
  build: (context: SchemaContext) => Record<string, unknown>,
  checker: ts.TypeChecker,
  program: ts.Program,
): Record<string, unknown> {
  const context: SchemaContext = { checker, program, defs: new Map() };
  const schema = build(context);
  return context.defs.size ? { ...schema, $defs: Object.fromEntries(context.defs) } : schema;
}

function parametersSchema(context: SchemaContext, signature: ts.Signature, tool: ToolSpec): Record<string, unknown> {
  const { checker } = context;
  const properties: Record<string, unknown> = {};
  const required: string[] = [];
  signature.getParameters().forEach((parameter, index) => {
    const spec = tool.params[index];
    const declaration = parameter.valueDeclaration as ts.ParameterDeclaration | undefined;
    if (!declaration || !spec) return;
    const schema = typeSchema(context, checker.getTypeOfSymbolAtLocation(parameter, declaration), 0);
    properties[parameter.name] = spec.doc ? { ...schema, description: spec.doc } : schema;
    if (spec.default === null && !checker.isOptionalParameter(declaration)) required.push(parameter.name);
  });
  return { type: 'object', properties, ...(required.length ? { required } : {}) };
}

export function toolDefinitions(module: ToolModule): Promise<ToolDefinition[]> {
  return module.language === 'python' ? pythonDefinitions(module) : Promise.resolve(typescriptDefinitions(module));
}
