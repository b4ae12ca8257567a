/**
 * The same tools as Anthropic JSON tool definitions (name, description, input_schema), for comparing what a
 * tool-calling agent sends with what Code Mode shows the model. Python schemas come from pydantic (as
 * pydantic-ai builds them), with the result's schema as `output_schema`, so that the definitions carry in `$defs`
 * the types the runner declares; TypeScript schemas from the compiler's view of each parameter's type.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { execa } from 'execa';
import ts from 'typescript';
import type { ToolModule, ToolSpec } from '../../src/engine/types.js';
import type { PythonModule } from '../../src/engine/python/data.js';

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

function typeSchema(checker: ts.TypeChecker, type: ts.Type, depth: number): Record<string, unknown> {
  if (depth > MAX_DEPTH || type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return {};
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
    if (members.length === 1) return typeSchema(checker, members[0]!, depth);
    return { anyOf: members.map((member) => typeSchema(checker, member, depth + 1)) };
  }
  if (checker.isArrayType(type)) {
    const [item] = checker.getTypeArguments(type as ts.TypeReference);
    return { type: 'array', items: item ? typeSchema(checker, item, depth + 1) : {} };
  }
  if (checker.isTupleType(type)) {
    return {
      type: 'array',
      prefixItems: checker.getTypeArguments(type as ts.TypeReference).map((item) => typeSchema(checker, item, depth + 1)),
    };
  }
  return objectSchema(checker, type, depth);
}

function objectSchema(checker: ts.TypeChecker, type: ts.Type, depth: number): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  const required: string[] = [];
  for (const property of checker.getPropertiesOfType(type)) {
    const declaration = property.valueDeclaration ?? property.declarations?.[0];
    if (!declaration) continue;
    const schema = typeSchema(checker, checker.getTypeOfSymbolAtLocation(property, declaration), depth + 1);
    const description = documentation(checker, property);
    properties[property.name] = description ? { ...schema, description } : schema;
    if (!(property.flags & ts.SymbolFlags.Optional)) required.push(property.name);
  }
  const index = checker.getIndexTypeOfType(type, ts.IndexKind.String);
  return {
    type: 'object',
    ...(Object.keys(properties).length ? { properties } : {}),
    ...(required.length ? { required } : {}),
    ...(index ? { additionalProperties: typeSchema(checker, index, depth + 1) } : {}),
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
    return { name: tool.name, description: tool.doc, input_schema: parametersSchema(checker, signature, tool) };
  });
}

function parametersSchema(checker: ts.TypeChecker, signature: ts.Signature, tool: ToolSpec): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  const required: string[] = [];
  signature.getParameters().forEach((parameter, index) => {
    const spec = tool.params[index];
    const declaration = parameter.valueDeclaration as ts.ParameterDeclaration | undefined;
    if (!declaration || !spec) return;
    const schema = typeSchema(checker, checker.getTypeOfSymbolAtLocation(parameter, declaration), 0);
    properties[parameter.name] = spec.doc ? { ...schema, description: spec.doc } : schema;
    if (spec.default === null && !checker.isOptionalParameter(declaration)) required.push(parameter.name);
  });
  return { type: 'object', properties, ...(required.length ? { required } : {}) };
}

export function toolDefinitions(module: ToolModule): Promise<ToolDefinition[]> {
  return module.language === 'python' ? pythonDefinitions(module) : Promise.resolve(typescriptDefinitions(module));
}
