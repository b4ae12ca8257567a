import path from 'node:path';

import type * as TS from 'typescript';

import { usageError } from '../errors.js';
import type { ToolParam, ToolSpec } from '../types.js';
import type { ToolsLocation } from '../workspace.js';
import { analysisOptions, compilerHost, loadTypeScript, type TypeScript } from './compiler.js';
import type { ErrorClass, InstanceMethod, TypeScriptModule } from './data.js';
import { parseType, RunnerTypes } from './runner-types.js';
import { zodSchemaType } from './zod-type.js';

/** Names the runner itself defines. */
const RESERVED_TOOL_NAME = /^(main|__codemode.*)$/;

interface Analysis {
  ts: TypeScript;
  checker: TS.TypeChecker;
  types: RunnerTypes;
  isJavaScript: boolean;
}

type ToolSource =
  | {
      kind: 'function';
      name: string;
      symbol: TS.Symbol;
      /** Where the parameters are declared: the function itself, or the function type or `@callback` it is declared with. */
      declaration: TS.SignatureDeclaration | TS.JSDocSignature;
      /** The checker's call signature of the value, which the types of the tool come from. */
      signature: TS.Signature;
      /** The JSDoc `@callback` the function is typed with, whose `@param` texts document its parameters. */
      callback?: TS.JSDocSignature;
      /** For a public method of an exported class instance: the instance's export and the method's name. */
      method?: InstanceMethod;
      /** The exported declaration, which orders the tools. */
      exported: TS.Declaration;
    }
  | { kind: 'object'; name: string; symbol: TS.Symbol; object: TS.ObjectLiteralExpression; exported: TS.Declaration };

/** Reads the exported tools of a TypeScript or JavaScript module with the compiler's own view of it. */
export async function extractTypeScriptTools({ absolute, relative }: ToolsLocation): Promise<TypeScriptModule> {
  const extension = path.extname(absolute);
  if (extension !== extension.toLowerCase()) {
    throw usageError(
      `${relative}: Node.js and the TypeScript compiler take only lower-case extensions; rename it to ${path.basename(relative, extension)}${extension.toLowerCase()}`,
    );
  }
  const ts = await loadTypeScript();
  const options = analysisOptions(ts, path.dirname(absolute));
  const program = ts.createProgram({ rootNames: [absolute], options, host: compilerHost(ts, options) });
  const sourceFile = program.getSourceFile(absolute);
  if (!sourceFile) throw usageError(`Tools module not found: ${relative}`);
  rejectSyntaxErrors(ts, program, sourceFile, relative);

  const checker = program.getTypeChecker();
  const analysis: Analysis = {
    ts,
    checker,
    types: new RunnerTypes(ts, program, checker, sourceFile),
    isJavaScript: /\.[cm]?js$/i.test(absolute),
  };
  const moduleSymbol = checker.getSymbolAtLocation(sourceFile);
  const exported = moduleSymbol ? checker.getExportsOfModule(moduleSymbol) : [];
  const sources = exported.flatMap((symbol) => toolSources(analysis, symbol)).sort(byPositionIn(sourceFile));
  if (sources.length === 0) {
    if (exported.some((symbol) => symbol.name === 'default')) {
      throw usageError(`${relative} exports only a default export; export named functions`);
    }
    throw usageError(`No exported functions found in ${relative}`);
  }
  const reserved = sources.find((source) => RESERVED_TOOL_NAME.test(source.name));
  if (reserved) throw usageError(`${relative} exports a tool named '${reserved.name}', a name the generated runner reserves; rename it`);
  const twice = sources.find((source, index) => sources.findIndex((other) => other.name === source.name) !== index);
  if (twice) throw usageError(`${relative} gives two tools the name '${twice.name}' (an export and an instance's method); rename one`);

  const extracted = sources.map((source) =>
    withUnwritableTypesNote(analysis, source.kind === 'function' ? functionTool(analysis, source) : objectTool(analysis, source)),
  );
  const errors = errorClasses(analysis, sourceFile, [...exported, ...sources.flatMap((source) => thrownClasses(analysis, source))]);
  return {
    language: 'typescript',
    path: absolute,
    relative_path: relative,
    tools: extracted.map(({ type_parameters: _, ...tool }) => tool),
    declarations: analysis.types.declarations(),
    data: {
      type_parameters: Object.fromEntries(extracted.flatMap((tool) => (tool.type_parameters ? [[tool.name, tool.type_parameters]] : []))),
      prelude: analysis.types.prelude(),
      tool_objects: sources.filter((source) => source.kind === 'object').map((source) => source.name),
      instance_methods: sources.flatMap((source) => (source.kind === 'function' && source.method ? [source.method] : [])),
      error_classes: errors.filter((error) => !sources.some((source) => source.name === `is${error.name}`)),
    },
  };
}

/** The classes among `symbols` that extend Error and that the runner can name, each once. */
function errorClasses(analysis: Analysis, sourceFile: TS.SourceFile, symbols: TS.Symbol[]): ErrorClass[] {
  const { ts, checker, types } = analysis;
  const globalError = checker.resolveName('Error', undefined, ts.SymbolFlags.Type, false);
  const classes = new Set(
    symbols
      .map((symbol) => (symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol))
      .filter((symbol) => symbol.flags & ts.SymbolFlags.Class),
  );
  return [...classes].flatMap((symbol) => {
    const instance = checker.getDeclaredTypeOfSymbol(symbol);
    if (!globalError || !extendsClass(checker, instance, globalError)) return [];
    const printed = checker.typeToString(instance, sourceFile, ts.TypeFormatFlags.NoTruncation | ts.TypeFormatFlags.UseFullyQualifiedType);
    const type = types.runnerText(parseType(ts, printed), sourceFile);
    return type === undefined || !/^[\p{L}_$][\p{L}\p{N}_$]*$/u.test(type) ? [] : [{ name: symbol.name, type }];
  });
}

function extendsClass(checker: TS.TypeChecker, type: TS.Type, base: TS.Symbol): boolean {
  const bases = type.isClassOrInterface() ? checker.getBaseTypes(type) : [];
  return bases.some((candidate) => candidate.symbol === base || extendsClass(checker, candidate, base));
}

/** The classes a tool's JSDoc `@throws {X}` tags name, where the checker resolves them. */
function thrownClasses({ ts, checker }: Analysis, source: ToolSource): TS.Symbol[] {
  const tagged = source.kind === 'function' ? [source.declaration, source.exported] : [source.exported];
  return tagged.flatMap((node) =>
    ts.getJSDocTags(node).flatMap((tag) => {
      const written = ts.isJSDocThrowsTag(tag) ? tag.typeExpression?.type : undefined;
      const name = written && ts.isTypeReferenceNode(written) ? written.typeName : undefined;
      const symbol = name && checker.getSymbolAtLocation(name);
      return symbol ? [symbol] : [];
    }),
  );
}

/** Tools declared in the module itself come first, in source order; re-exported ones follow. */
function byPositionIn(file: TS.SourceFile): (a: ToolSource, b: ToolSource) => number {
  const position = ({ exported }: ToolSource) => (exported.getSourceFile() === file ? exported.pos : Number.MAX_SAFE_INTEGER);
  return (a, b) => position(a) - position(b);
}

function rejectSyntaxErrors(ts: TypeScript, program: TS.Program, sourceFile: TS.SourceFile, relative: string): void {
  const [first] = program.getSyntacticDiagnostics(sourceFile);
  if (!first) return;
  const line = sourceFile.getLineAndCharacterOfPosition(first.start).line + 1;
  const message = ts.flattenDiagnosticMessageText(first.messageText, ' ');
  throw usageError(`Syntax error in ${relative} line ${line}: ${message}`);
}

/** The tools an export provides: a function, a tool object, or the public methods of a class instance. */
function toolSources(analysis: Analysis, exported: TS.Symbol): ToolSource[] {
  const { ts, checker } = analysis;
  if (exported.name === 'default') return [];
  const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
  const declaration = symbol.valueDeclaration;
  if (!declaration) return [];
  const name = exported.name;
  const object = ts.isVariableDeclaration(declaration) && toolObjectLiteral(ts, declaration.initializer);
  if (object) return [{ kind: 'object', name, symbol, object, exported: declaration }];
  const type = checker.getTypeOfSymbolAtLocation(symbol, declaration);
  if (type.getConstructSignatures().length > 0) return [];
  const signature = type.getCallSignatures()[0];
  const declared = signature?.getDeclaration();
  if (!signature || !declared) return instanceMethods(analysis, name, type, declaration);
  if (!ts.isJSDocSignature(declared)) return [{ kind: 'function', name, symbol, declaration: declared, signature, exported: declaration }];
  // A value typed with a JSDoc `@callback`: its parameters are the function's own where it is written here, their types the callback's.
  const implementation = ts.isVariableDeclaration(declaration) && declaration.initializer && unwrap(ts, declaration.initializer);
  const own =
    implementation && (ts.isArrowFunction(implementation) || ts.isFunctionExpression(implementation)) ? implementation : undefined;
  return [{ kind: 'function', name, symbol, declaration: own ?? declared, signature, callback: declared, exported: declaration }];
}

/**
 * The public methods (and function-valued fields) of an instance of a class the user declared, each a tool named
 * `<instance>_<method>`.
 */
function instanceMethods({ ts, checker }: Analysis, instance: string, type: TS.Type, exported: TS.Declaration): ToolSource[] {
  const classDeclaration = type.getSymbol()?.valueDeclaration;
  if (!classDeclaration || !ts.isClassLike(classDeclaration) || isExternal(classDeclaration)) return [];
  return checker.getPropertiesOfType(type).flatMap((property) => {
    const member = property.valueDeclaration;
    if (!member || !ts.isClassElement(member) || !member.name || !ts.isIdentifier(member.name)) return [];
    if (ts.getCombinedModifierFlags(member) & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected)) return [];
    const signature = checker.getTypeOfSymbolAtLocation(property, exported).getCallSignatures()[0];
    const method = signature?.getDeclaration();
    const implemented =
      method !== undefined &&
      ((ts.isMethodDeclaration(method) && method.body !== undefined) || ts.isArrowFunction(method) || ts.isFunctionExpression(method));
    if (!signature || !method || !implemented) return [];
    return [
      {
        kind: 'function' as const,
        name: `${instance}_${property.name}`,
        symbol: property,
        declaration: method,
        signature,
        method: { tool: `${instance}_${property.name}`, instance, method: property.name },
        exported,
      },
    ];
  });
}

function isExternal(declaration: TS.Declaration): boolean {
  return /[\\/]node_modules[\\/]/.test(declaration.getSourceFile().fileName);
}

/** `{ description, parameters | inputSchema, execute }`, bare or passed to a factory such as `tool(...)`. */
function toolObjectLiteral(ts: TypeScript, initializer: TS.Expression | undefined): TS.ObjectLiteralExpression | undefined {
  if (!initializer) return undefined;
  const expression = unwrap(ts, initializer);
  const candidate = ts.isCallExpression(expression) && expression.arguments[0] ? unwrap(ts, expression.arguments[0]) : expression;
  if (!ts.isObjectLiteralExpression(candidate)) return undefined;
  return property(ts, candidate, 'execute') ? candidate : undefined;
}

/** A function tool; a generic one keeps its type parameters where every type of its signature can be written in the runner. */
function functionTool(analysis: Analysis, source: Extract<ToolSource, { kind: 'function' }>): GenericToolSpec {
  const generic = (source.signature.getTypeParameters()?.length ?? 0) > 0;
  const typeParameters = generic ? typeParameterList(analysis, source.declaration) : undefined;
  if (!generic || typeParameters !== undefined) {
    const tool = typedFunctionTool(analysis, source);
    if (!generic || tool.note === null) return typeParameters ? { ...tool, type_parameters: typeParameters } : tool;
  }
  const typeQuery = `typeof __codemodeTools.${source.method ? `${source.method.instance}.${source.method.method}` : source.name}`;
  const tool = typedFunctionTool(analysis, source, (index) => `Parameters<${typeQuery}>[${index}]`, `ReturnType<${typeQuery}>`);
  return { ...tool, note: 'generic tool: its types are taken from the tools module' };
}

/** A tool spec, with the type parameters of a generic tool as its wrapper declares them (`<T extends Base>`). */
type GenericToolSpec = ToolSpec & { type_parameters?: string };

/** The tool with a note naming the types its signature made the runner show that the runner cannot name. */
function withUnwritableTypesNote({ types }: Analysis, tool: GenericToolSpec): GenericToolSpec {
  const names = types.takeUnwritable();
  if (names.length === 0) return tool;
  const shown = `shows ${names.map((name) => `\`${name}\``).join(', ')}, which the runner can neither import nor declare (not exported), so main() cannot name ${names.length === 1 ? 'it' : 'them'}`;
  return { ...tool, note: [tool.note, shown].filter(Boolean).join('; ') };
}

/**
 * The type parameters of a generic function as the runner writes them (`<T extends { id: number }>`), from its
 * declaration or its JSDoc `@template` tags; undefined when there are none it can write there.
 */
function typeParameterList({ ts, types }: Analysis, declaration: TS.SignatureDeclaration | TS.JSDocSignature): string | undefined {
  const parameters = ts.isJSDocSignature(declaration) ? [] : ts.getEffectiveTypeParameterDeclarations(declaration);
  if (parameters.length === 0) return undefined;
  const texts: string[] = [];
  for (const parameter of parameters) {
    const constraint = parameter.constraint && types.runnerText(parameter.constraint, parameter);
    const fallback = parameter.default && types.runnerText(parameter.default, parameter);
    if ((parameter.constraint && constraint === undefined) || (parameter.default && fallback === undefined)) return undefined;
    texts.push(`${parameter.name.text}${constraint ? ` extends ${constraint}` : ''}${fallback ? ` = ${fallback}` : ''}`);
  }
  return `<${texts.join(', ')}>`;
}

/**
 * The tool with each type as the runner writes it, or as the tools module's own (`Parameters<typeof tool>[0]`), with
 * a note, where it cannot be written there; `fallback` and `fallbackReturn`, when given, stand for every type.
 */
function typedFunctionTool(
  analysis: Analysis,
  source: Extract<ToolSource, { kind: 'function' }>,
  fallback?: (index: number) => string,
  fallbackReturn?: string,
): ToolSpec {
  const { ts, checker } = analysis;
  const { declaration, name } = source;
  const typeQuery = `typeof __codemodeTools.${source.method ? `${source.method.instance}.${source.method.method}` : name}`;
  const returnType = source.signature.getReturnType();
  const declaredAsync = ts.getCombinedModifierFlags(declaration) & ts.ModifierFlags.Async;
  const awaited = checker.getAwaitedType(returnType);
  const notes: string[] = [];
  const untyped: string[] = [];
  const params = parameterSources(analysis, source).map((parameter, index) => {
    const ownFallback = parameter.rest ? 'any[]' : `Parameters<${typeQuery}>[${index}]`;
    if (isAny(analysis, parameter.type(), parameter.rest)) untyped.push(parameter.name);
    return {
      name: parameter.name,
      kind: parameter.rest ? 'var_positional' : 'positional_or_keyword',
      annotation:
        fallback && !parameter.rest
          ? fallback(index)
          : typeText(analysis, parameter.written, parameter.type, declaration, ownFallback, `parameter ${parameter.name}`, notes),
      default: parameter.rest ? null : parameter.default,
      doc: parameter.doc ?? callbackParameterDoc(ts, source.callback, parameter.name),
    } satisfies ToolParam;
  });
  return {
    name,
    params,
    returns:
      fallbackReturn ??
      typeText(
        analysis,
        analysis.isJavaScript || ts.isJSDocSignature(declaration) ? undefined : declaration.type,
        () => returnType,
        declaration,
        `ReturnType<${typeQuery}>`,
        'the result',
        notes,
      ),
    doc: documentation(analysis, source.symbol) || typeDocumentation(analysis, source.symbol),
    async: declaredAsync !== 0 || (awaited !== undefined && awaited !== returnType),
    note: notes.length > 0 ? notes.join('; ') : null,
    untyped: [...untyped, ...(awaited && isAny(analysis, awaited, false) ? ['return'] : [])],
  };
}

/** A parameter of a function tool, as its signature or its `@callback` declares it. */
interface ParameterSource {
  name: string;
  rest: boolean;
  type: () => TS.Type;
  /** The type as written in TypeScript source. */
  written: TS.TypeNode | undefined;
  default: string | null;
  doc: string | null;
}

function parameterSources(analysis: Analysis, source: Extract<ToolSource, { kind: 'function' }>): ParameterSource[] {
  const { ts, checker } = analysis;
  const { declaration, signature } = source;
  if (ts.isJSDocSignature(declaration)) {
    return declaration.parameters.map((tag, index) => {
      const expression = tag.typeExpression?.type;
      const symbol = signature.getParameters()[index];
      const optional = tag.isBracketed || (expression !== undefined && ts.isJSDocOptionalType(expression));
      return {
        name: ts.isIdentifier(tag.name) ? tag.name.text : `arg${index + 1}`,
        rest: expression !== undefined && ts.isJSDocVariadicType(expression),
        type: () => (symbol ? checker.getTypeOfSymbol(symbol) : checker.getAnyType()),
        written: undefined,
        default: optional ? 'undefined' : null,
        doc: tagDoc(ts, tag),
      };
    });
  }
  return declaration.parameters
    .filter((parameter) => !(ts.isIdentifier(parameter.name) && parameter.name.text === 'this'))
    .map((parameter, index) => ({
      name: ts.isIdentifier(parameter.name) ? parameter.name.text : `arg${index + 1}`,
      rest: parameter.dotDotDotToken !== undefined,
      type: () => checker.getTypeAtLocation(parameter),
      written: analysis.isJavaScript ? undefined : parameter.type,
      default: parameter.initializer?.getText() ?? (checker.isOptionalParameter(parameter) ? 'undefined' : null),
      doc: parameterDoc(ts, parameter),
    }));
}

function objectTool(analysis: Analysis, source: Extract<ToolSource, { kind: 'object' }>): ToolSpec {
  const { ts, checker } = analysis;
  const { object, name } = source;
  const notes: string[] = [];
  const schema = property(ts, object, 'inputSchema') ?? property(ts, object, 'parameters');
  const execute = property(ts, object, 'execute');
  const description = property(ts, object, 'description');
  const returnType = execute && checker.getTypeAtLocation(execute).getCallSignatures()[0]?.getReturnType();
  const awaited = returnType && checker.getAwaitedType(returnType);
  const fallbackReturn = `ReturnType<NonNullable<typeof __codemodeTools.${name}.execute>>`;
  const result = returnType ? typeText(analysis, undefined, () => returnType, object, fallbackReturn, 'the result', notes) : 'unknown';
  return {
    name,
    params: [
      {
        name: 'args',
        kind: 'positional_or_keyword',
        annotation: schema && !ts.isMethodDeclaration(schema) ? zodSchemaType(ts, checker, schema, notes) : 'unknown',
        default: null,
        doc: null,
      },
    ],
    returns: awaited !== undefined && awaited !== returnType ? result : `Promise<${result}>`,
    doc: description && ts.isStringLiteralLike(description) ? description.text : documentation(analysis, source.symbol),
    async: true,
    note: notes.length > 0 ? notes.join('; ') : null,
    untyped: [...(schema ? [] : ['args']), ...(awaited && isAny(analysis, awaited, false) ? ['return'] : [])],
  };
}

/** Whether a type tells the model nothing: `any`, or `any[]` for a rest parameter. */
function isAny({ ts, checker }: Analysis, type: TS.Type, rest: boolean): boolean {
  const element = rest && checker.isArrayType(type) ? checker.getTypeArguments(type as TS.TypeReference)[0] : type;
  return element !== undefined && (element.flags & ts.TypeFlags.Any) !== 0;
}

/**
 * The type as written when it means the same in the runner, else the checker's rendering when that does,
 * else `fallback` (a type the runner derives from the tools module itself).
 */
function typeText(
  analysis: Analysis,
  written: TS.TypeNode | undefined,
  inferred: () => TS.Type,
  location: TS.Node,
  fallback: string,
  what: string,
  notes: string[],
): string {
  const { ts, checker, types } = analysis;
  const asWritten = written && types.runnerText(written, location);
  if (asWritten !== undefined) return asWritten;
  const text = written?.getText() ?? checker.typeToString(inferred(), location, ts.TypeFormatFlags.NoTruncation);
  const asPrinted = written ? undefined : types.runnerText(parseType(ts, text), location);
  if (asPrinted !== undefined) return asPrinted;
  notes.push(`${what} has type \`${text}\`, which the runner takes from the tools module`);
  return fallback;
}

function documentation({ ts, checker }: Analysis, symbol: TS.Symbol): string {
  return ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim();
}

/** The documentation of the named type a value is declared with (a `@callback`, a function type alias). */
function typeDocumentation(analysis: Analysis, symbol: TS.Symbol): string {
  const alias = analysis.checker.getTypeOfSymbol(symbol).aliasSymbol;
  return alias ? documentation(analysis, alias) : '';
}

function parameterDoc(ts: TypeScript, parameter: TS.ParameterDeclaration): string | null {
  return tagDoc(ts, ts.getJSDocParameterTags(parameter)[0]);
}

function callbackParameterDoc(ts: TypeScript, callback: TS.JSDocSignature | undefined, name: string): string | null {
  return tagDoc(
    ts,
    callback?.parameters.find((tag) => ts.isIdentifier(tag.name) && tag.name.text === name),
  );
}

function tagDoc(ts: TypeScript, tag: TS.JSDocTag | undefined): string | null {
  const text = ts
    .getTextOfJSDocComment(tag?.comment)
    ?.replace(/^\s*-\s*/, '')
    .trim();
  return text ? text : null;
}

function property(ts: TypeScript, object: TS.ObjectLiteralExpression, name: string): TS.Expression | TS.MethodDeclaration | undefined {
  for (const member of object.properties) {
    if (!member.name || !(ts.isIdentifier(member.name) || ts.isStringLiteral(member.name)) || member.name.text !== name) continue;
    if (ts.isPropertyAssignment(member)) return member.initializer;
    if (ts.isMethodDeclaration(member)) return member;
    if (ts.isShorthandPropertyAssignment(member)) return member.name;
  }
  return undefined;
}

function unwrap(ts: TypeScript, expression: TS.Expression): TS.Expression {
  if (ts.isParenthesizedExpression(expression) || ts.isAsExpression(expression) || ts.isSatisfiesExpression(expression)) {
    return unwrap(ts, expression.expression);
  }
  return expression;
}
