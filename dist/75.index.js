export const id = 75;
export const ids = [75];
export const modules = {

/***/ 95075:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  TYPESCRIPT_EXTENSIONS: () => (/* reexport */ languages/* TYPESCRIPT_EXTENSIONS */.vX),
  typescriptLanguage: () => (/* binding */ typescriptLanguage)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
;// CONCATENATED MODULE: ./src/engine/typescript/compiler.ts

let loading;
/** The compiler is large: load it only when a TypeScript or JavaScript tools module is used. */
function loadTypeScript() {
    loading ??= __webpack_require__.e(/* import() */ 672).then(__webpack_require__.t.bind(__webpack_require__, 35672, 23)).then((loaded) => (loaded.default ?? loaded));
    return loading;
}
/** Compiler options of the tsconfig.json nearest to `fromDir`, without listing the project's files. */
function userCompilerOptions(ts, fromDir) {
    const configPath = ts.findConfigFile(fromDir, ts.sys.fileExists, 'tsconfig.json');
    if (!configPath)
        return { target: ts.ScriptTarget.ES2022, strict: true };
    const { config, error } = ts.readConfigFile(configPath, ts.sys.readFile);
    if (error)
        return { target: ts.ScriptTarget.ES2022, strict: true };
    const withoutFileListing = { ...ts.sys, readDirectory: () => [] };
    return ts.parseJsonConfigFileContent(config, withoutFileListing, external_node_path_default().dirname(configPath), undefined, configPath).options;
}
/**
 * Options for analysing the tools module and type-checking the runner: the user's settings, with module
 * resolution that accepts the runner's absolute `.ts` import and never anything emitted.
 */
function analysisOptions(ts, toolsDir) {
    const { outDir: _outDir, declaration: _declaration, declarationMap: _declarationMap, composite: _composite, emitDeclarationOnly: _emitDeclarationOnly, incremental: _incremental, tsBuildInfoFile: _tsBuildInfoFile, sourceMap: _sourceMap, ...options } = userCompilerOptions(ts, toolsDir);
    return {
        ...options,
        noEmit: true,
        allowJs: true,
        skipLibCheck: true,
        module: ts.ModuleKind.ESNext,
        moduleResolution: ts.ModuleResolutionKind.Bundler,
        allowImportingTsExtensions: true,
        noUnusedLocals: false,
        noUnusedParameters: false,
    };
}
/** `file:line:col - error TSxxxx: message`, the form compilers print and models know how to act on. */
function formatDiagnostic(ts, diagnostic, displayName) {
    const text = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
    if (!diagnostic.file || diagnostic.start === undefined)
        return { line: null, message: `error TS${diagnostic.code}: ${text}` };
    const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
    return { line: line + 1, message: `${displayName}:${line + 1}:${character + 1} - error TS${diagnostic.code}: ${text}` };
}

;// CONCATENATED MODULE: ./src/engine/typescript/runtime-source.ts
/** The runtime module written beside the runner; the `_codemode` prefix keeps it apart from user modules. */
const TYPESCRIPT_RUNTIME_FILE = '_codemode_runtime.ts';
/** Entry points of the runtime, imported by the runner under these names, which main() may not rebind. */
const RUNTIME_ENTRY_POINTS = { call: '__codemodeCall', run: '__codemodeRun' };
/**
 * The runtime module the runner imports: tracing of tool calls, conversion of results to JSON, and the
 * report written to CODEMODE_RESULT_PATH. It depends on no types package, so it type-checks under any
 * tsconfig.json the runner is checked with.
 */
const RUNTIME_SOURCE = String.raw `// Runtime of the generated agentRunner.ts beside this file: traces tool calls and writes the report.
// Generated with the runner and checked to be unchanged after the edit; main() must not use it.

interface TraceEntry {
  tool: string;
  args: Record<string, unknown>;
  ok: boolean;
  result?: unknown;
  error?: string;
  start_ms: number;
  duration_ms: number;
}

interface Host {
  performance: { now(): number };
  process: { env: Record<string, string | undefined>; exitCode?: number | string | undefined };
  console: { log(...values: unknown[]): void; error(...values: unknown[]): void };
}

const host = globalThis as unknown as Host;
const trace: TraceEntry[] = [];
const PREVIEW_CHARS = 4000;

function describeError(error: unknown): string {
  return error instanceof Error ? error.name + ': ' + error.message : String(error);
}

/** Calls a tool and records the call; a promise is recorded when it settles. */
export function __codemodeCall<R>(tool: string, args: Record<string, unknown>, invoke: () => R): R {
  const entry: TraceEntry = { tool, args, ok: true, start_ms: host.performance.now(), duration_ms: 0 };
  trace.push(entry);
  const settle = (ok: boolean, value: unknown): void => {
    entry.duration_ms = host.performance.now() - entry.start_ms;
    entry.ok = ok;
    if (ok) entry.result = value;
    else entry.error = describeError(value);
  };
  let result: R;
  try {
    result = invoke();
  } catch (error) {
    settle(false, error);
    throw error;
  }
  if (result instanceof Promise) {
    const settled: unknown = result.then(
      (value: unknown) => {
        settle(true, value);
        return value;
      },
      (error: unknown) => {
        settle(false, error);
        throw error;
      },
    );
    return settled as R;
  }
  settle(true, result);
  return result;
}

/** A JSON-ready copy of the value; what JSON cannot hold is converted and named in the notes. */
function toJson(value: unknown, notes: Set<string>): unknown {
  const ancestors: object[] = [];
  const convert = (item: unknown): unknown => {
    if (item === null || item === undefined) return null;
    if (typeof item === 'string' || typeof item === 'boolean') return item;
    if (typeof item === 'number') {
      if (Number.isFinite(item)) return item;
      notes.add('non-finite numbers shown as strings');
      return String(item);
    }
    if (typeof item === 'bigint') return Number.isSafeInteger(Number(item)) ? Number(item) : String(item);
    if (typeof item !== 'object') {
      notes.add(typeof item + ' values shown as strings');
      return String(item);
    }
    if (ancestors.includes(item)) {
      notes.add('circular references shown as "[Circular]"');
      return '[Circular]';
    }
    ancestors.push(item);
    try {
      return convertObject(item);
    } finally {
      ancestors.pop();
    }
  };
  const convertObject = (item: object): unknown => {
    if (item instanceof Date) return Number.isNaN(item.getTime()) ? null : item.toISOString();
    if (item instanceof Map) {
      const entries: Record<string, unknown> = {};
      item.forEach((entry: unknown, key: unknown) => {
        entries[String(key)] = convert(entry);
      });
      return entries;
    }
    if (item instanceof Set) return Array.from(item, convert);
    if (item instanceof Uint8Array) return Array.from(item);
    if (Array.isArray(item)) return item.map(convert);
    if (item instanceof Error) return { name: item.name, message: item.message };
    const withJson = item as { toJSON?: unknown };
    if (typeof withJson.toJSON === 'function') return convert((withJson.toJSON as () => unknown).call(item));
    const prototype: unknown = Object.getPrototypeOf(item);
    if (prototype !== Object.prototype && prototype !== null && !(item.constructor && item.constructor.name)) {
      notes.add('unusual objects shown as strings');
      return String(item);
    }
    const copy: Record<string, unknown> = {};
    for (const [key, entry] of Object.entries(item)) {
      if (entry !== undefined) copy[key] = convert(entry);
    }
    return copy;
  };
  return convert(value);
}

function preview(value: unknown): unknown {
  const converted = toJson(value, new Set<string>());
  const text = JSON.stringify(converted) ?? 'null';
  return text.length > PREVIEW_CHARS ? text.slice(0, PREVIEW_CHARS) + '...' : converted;
}

/** Runs main, turns its result into JSON and writes the report the engine reads. */
export async function __codemodeRun(main: () => unknown): Promise<void> {
  const notes = new Set<string>();
  let report: Record<string, unknown>;
  try {
    const output = toJson(await main(), notes);
    report = { ok: true, output, output_note: notes.size > 0 ? 'output converted for JSON: ' + Array.from(notes).join('; ') : null, error: null };
  } catch (error) {
    const failure = error instanceof Error ? error : new Error(String(error));
    host.console.error(failure.stack ?? String(failure));
    report = { ok: false, error: { type: failure.name, message: failure.message, traceback: failure.stack ?? String(failure) } };
  }
  report['trace'] = trace.map((entry) => ({
    ...entry,
    args: preview(entry.args),
    ...(entry.ok ? { result: preview(entry.result) } : {}),
  }));
  const resultPath = host.process.env['CODEMODE_RESULT_PATH'];
  const fsModule: string = 'node:fs';
  const fs = (await import(fsModule)) as { writeFileSync(path: string, data: string): void };
  if (resultPath) fs.writeFileSync(resultPath, JSON.stringify(report));
  else host.console.log(JSON.stringify(report, null, 2));
  if (report['ok'] !== true) host.process.exitCode = 1;
}
`;

;// CONCATENATED MODULE: ./src/engine/typescript/render.ts

const RUNNER_FILE_NAME = 'agentRunner.ts';
const TODO_MARKER = 'codemode:todo';
const REGION_MARKERS = {
    tools: { begin: '// codemode:begin tools (generated, do not edit)', end: '// codemode:end tools' },
    harness: { begin: '// codemode:begin harness (generated, do not edit)', end: '// codemode:end harness' },
};
/** How the runner imports the runtime beside it. */
const RUNTIME_SPECIFIER = `./${TYPESCRIPT_RUNTIME_FILE}`;
/** The runner: typed wrappers around the tools, an empty `main` for the model to write, and the harness. */
function renderTypeScriptRunner(module, task) {
    const { call, run } = RUNTIME_ENTRY_POINTS;
    const toolsRegion = region('tools', [
        [
            `import * as __codemodeTools from ${stringLiteral(module.path)};`,
            `import { ${call}, ${run} } from ${stringLiteral(RUNTIME_SPECIFIER)};`,
            ...(module.typescript?.prelude ?? []),
        ].join('\n'),
        ...declarationComments(module),
        module.tools.map((tool) => wrapper(tool, module.typescript?.tool_objects.includes(tool.name) ?? false)).join('\n'),
    ]);
    const harnessRegion = region('harness', [`void ${run}(main);`]);
    const text = [
        header(module, task),
        toolsRegion,
        mainFunction(task),
        harnessRegion,
    ].join('\n\n') + '\n';
    return {
        file_name: RUNNER_FILE_NAME,
        text,
        protected_regions: [
            { name: 'tools', text: toolsRegion },
            { name: 'harness', text: harnessRegion },
        ],
        todo_marker: TODO_MARKER,
        support_files: [{ name: TYPESCRIPT_RUNTIME_FILE, text: RUNTIME_SOURCE }],
    };
}
function header(module, task) {
    return [
        `// Generated by codemode for the tools in ${lineSafe(module.relative_path)}.`,
        '// Task:',
        ...splitLines(task).map((line) => `// > ${line}`),
        '//',
        '// Implement main() using the tool functions below. Do not edit the regions marked "generated, do not edit".',
    ].join('\n');
}
function mainFunction(task) {
    return [
        `export async function main(params: string = ${stringLiteral(task)}): Promise<unknown> {`,
        `  // ${TODO_MARKER}: implement the task described by params using the tools above, and return the result.`,
        "  throw new Error('main() is not implemented yet');",
        '}',
    ].join('\n');
}
function region(name, parts) {
    return [REGION_MARKERS[name].begin, parts.join('\n\n'), REGION_MARKERS[name].end].join('\n');
}
/** The shapes of imported types, one line each, for reading; copied declarations already appear as code. */
function declarationComments(module) {
    const copies = new Set(module.typescript?.prelude ?? []);
    const imported = module.declarations.filter((declaration) => !copies.has(declaration));
    if (imported.length === 0)
        return [];
    return [imported.flatMap(splitLines).map((line) => `// ${line}`).join('\n')];
}
function wrapper(tool, isToolObject) {
    const names = tool.params.map((param) => param.name);
    const call = tool.params.map((param) => (param.kind === 'var_positional' ? `...${param.name}` : param.name)).join(', ');
    const invoke = isToolObject
        ? `(__codemodeTools.${tool.name}.execute as unknown as (${tool.params.map(parameter).join(', ')}) => ${tool.returns ?? 'unknown'})(${call})`
        : `__codemodeTools.${tool.name}(${call})`;
    const asyncKeyword = tool.async && (tool.returns === null || tool.returns.startsWith('Promise<')) ? 'async ' : '';
    return [
        ...docComment(tool),
        `export ${asyncKeyword}function ${tool.name}(${tool.params.map(signatureParameter).join(', ')})${tool.returns ? `: ${tool.returns}` : ''} {`,
        `  return ${RUNTIME_ENTRY_POINTS.call}(${stringLiteral(tool.name)}, ${names.length > 0 ? `{ ${names.join(', ')} }` : '{}'}, () => ${invoke});`,
        '}',
    ].join('\n');
}
function parameter(param, index, all) {
    if (param.kind === 'var_positional')
        return `...${param.name}: ${param.annotation ?? 'any[]'}`;
    const type = param.annotation ?? 'any';
    if (param.default === null)
        return `${param.name}: ${type}`;
    const onlyOptionalAfter = all.slice(index + 1).every((later) => later.default !== null || later.kind === 'var_positional');
    return onlyOptionalAfter ? `${param.name}?: ${type}` : `${param.name}: ${type} | undefined`;
}
/** The parameter as the wrapper declares it, with the default the tool applies shown on one line. */
function signatureParameter(param, index, all) {
    const declared = parameter(param, index, all);
    if (param.default === null || param.default === 'undefined')
        return declared;
    return `${declared} /* = ${closeProof(param.default.replace(/\s*(?:\r\n|[\r\n\u2028\u2029])\s*/g, ' '))} */`;
}
/** The tool's documentation as a JSDoc comment that opens on its first line and closes on its last. */
function docComment(tool) {
    const paragraphs = [tool.doc, ...tool.params.map((param) => param.doc && `@param ${param.name} ${param.doc}`), tool.note && `Note: ${tool.note}`];
    const lines = paragraphs.filter((text) => Boolean(text)).flatMap(splitLines).map(closeProof);
    if (lines.length === 0)
        return [];
    return [lines.map((line, index) => `${index === 0 ? '/**' : ' *'} ${line}`.trimEnd()).join('\n') + ' */'];
}
/** Text that cannot end the block comment it is written in. */
function closeProof(text) {
    return text.replace(/\*\//g, '*\\/');
}
function splitLines(text) {
    return text.split(/\r\n|[\r\n\u2028\u2029]/);
}
/** A double-quoted literal that survives any text, including line and paragraph separators. */
function stringLiteral(text) {
    return JSON.stringify(text).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
function lineSafe(text) {
    return text.replace(/[\r\n\u2028\u2029]/g, ' ');
}

;// CONCATENATED MODULE: ./src/engine/typescript/check.ts




/**
 * Type-checks the runner against the real types of the tools (the user's tsconfig.json applies), and
 * rejects top-level code outside the generated regions that shadows or bypasses them or uses the runtime. Problems inside the
 * user's own modules are not reported: the runner cannot fix them.
 */
async function checkTypeScriptRunner(runnerPath, module) {
    const ts = await loadTypeScript();
    const options = analysisOptions(ts, external_node_path_default().dirname(module.path));
    const host = runnerCompilerHost(ts, options, runnerPath, module.path);
    const program = ts.createProgram({ rootNames: [runnerPath], options, host });
    const runner = program.getSourceFile(runnerPath);
    if (!runner)
        return [{ line: null, message: `${external_node_path_default().basename(runnerPath)} could not be read` }];
    const syntactic = program.getSyntacticDiagnostics(runner);
    const compilerDiagnostics = syntactic.length > 0 ? syntactic : program.getSemanticDiagnostics(runner);
    const displayName = external_node_path_default().basename(runnerPath);
    return [
        ...compilerDiagnostics
            .filter((diagnostic) => diagnostic.category === ts.DiagnosticCategory.Error)
            .map((diagnostic) => formatDiagnostic(ts, diagnostic, displayName)),
        ...regionViolations(ts, runner, module, displayName, (specifier) => resolve(ts, host, options, specifier, runnerPath, module.path)),
    ];
}
/** The runner lives outside the repository: its package imports resolve as if written in the tools module. */
function runnerCompilerHost(ts, options, runnerPath, toolsPath) {
    const host = ts.createCompilerHost(options, true);
    const cache = ts.createModuleResolutionCache(host.getCurrentDirectory(), host.getCanonicalFileName, options);
    host.resolveModuleNameLiterals = (literals, containingFile, redirected, compilerOptions) => literals.map((literal) => ts.resolveModuleName(literal.text, containingFile === runnerPath && isPackageSpecifier(literal.text) ? toolsPath : containingFile, compilerOptions, host, cache, redirected));
    return host;
}
function isPackageSpecifier(specifier) {
    return !specifier.startsWith('.') && !external_node_path_default().isAbsolute(specifier) && !specifier.startsWith('file:');
}
function resolve(ts, host, options, specifier, runnerPath, toolsPath) {
    const from = isPackageSpecifier(specifier) ? toolsPath : runnerPath;
    return ts.resolveModuleName(specifier, from, options, host).resolvedModule?.resolvedFileName;
}
function regionViolations(ts, runner, module, displayName, resolveSpecifier) {
    const protectedLines = protectedLineRanges(runner.text);
    const runtimePath = external_node_path_default().join(external_node_path_default().dirname(runner.fileName), TYPESCRIPT_RUNTIME_FILE);
    const toolNames = new Set(module.tools.map((tool) => tool.name));
    const diagnostics = [];
    const report = (node, text) => {
        const { line, character } = runner.getLineAndCharacterOfPosition(node.getStart(runner));
        diagnostics.push({ line: line + 1, message: `${displayName}:${line + 1}:${character + 1} - error: ${text}` });
    };
    for (const statement of runner.statements) {
        const startLine = runner.getLineAndCharacterOfPosition(statement.getStart(runner)).line;
        if (protectedLines.some(([first, last]) => startLine >= first && startLine <= last))
            continue;
        for (const name of declaredNames(ts, statement)) {
            if (toolNames.has(name.text) || /^__codemode/i.test(name.text)) {
                report(name, `'${name.text}' is defined by the generated tools region; use it instead of declaring it again`);
            }
        }
        if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
            const imported = resolveSpecifier(statement.moduleSpecifier.text);
            if (imported === module.path) {
                report(statement, `call the tools through the wrappers in the generated tools region, not by importing ${module.relative_path}`);
            }
            else if (imported !== undefined && external_node_path_default().resolve(imported) === runtimePath) {
                report(statement, `${TYPESCRIPT_RUNTIME_FILE} serves the generated regions only; do not import it`);
            }
        }
    }
    return diagnostics;
}
/** Zero-based [first, last] line of each generated region. */
function protectedLineRanges(text) {
    const lines = text.split('\n').map((line) => line.trimEnd());
    return Object.values(REGION_MARKERS).flatMap(({ begin, end }) => {
        const first = lines.indexOf(begin);
        const last = lines.indexOf(end, first);
        return first >= 0 && last >= 0 ? [[first, last]] : [];
    });
}
function declaredNames(ts, statement) {
    if (ts.isVariableStatement(statement))
        return statement.declarationList.declarations.flatMap((declaration) => bindingNames(ts, declaration.name));
    if (ts.isImportDeclaration(statement)) {
        const clause = statement.importClause;
        const bindings = clause?.namedBindings;
        return [
            ...(clause?.name ? [clause.name] : []),
            ...(bindings && ts.isNamespaceImport(bindings) ? [bindings.name] : []),
            ...(bindings && ts.isNamedImports(bindings) ? bindings.elements.map((element) => element.name) : []),
        ];
    }
    if ((ts.isFunctionDeclaration(statement) ||
        ts.isClassDeclaration(statement) ||
        ts.isInterfaceDeclaration(statement) ||
        ts.isTypeAliasDeclaration(statement) ||
        ts.isEnumDeclaration(statement) ||
        ts.isImportEqualsDeclaration(statement) ||
        ts.isModuleDeclaration(statement)) &&
        statement.name &&
        ts.isIdentifier(statement.name)) {
        return [statement.name];
    }
    return [];
}
function bindingNames(ts, name) {
    if (ts.isIdentifier(name))
        return [name];
    return name.elements.flatMap((element) => (ts.isOmittedExpression(element) ? [] : bindingNames(ts, element.name)));
}

;// CONCATENATED MODULE: ./src/engine/typescript/build.ts






const BUILD_DIR = '.build';
const BUILT_RUNNER_NAME = 'agentRunner.codemode.mjs';
const TYPESCRIPT_SOURCE = /\.(ts|mts|tsx)$/;
const DECLARATION_FILE = /\.d\.[cm]?ts$/;
/**
 * Where the runner runs from: the build mirrors the repository's layout, with the runner in the tools
 * module's directory, so package imports resolve as they do for the tools module.
 */
function builtRunnerPath(runnerPath, module) {
    return external_node_path_default().join(external_node_path_default().dirname(runnerPath), BUILD_DIR, external_node_path_default().dirname(module.relative_path), BUILT_RUNNER_NAME);
}
function typescriptExecutionCommand(runnerPath, module, context) {
    return { file: context.node ?? 'node', args: ['--enable-source-maps', builtRunnerPath(runnerPath, module)], env: {} };
}
/**
 * Transpiles the runner and every TypeScript module it reaches into plain ES modules beside the runner,
 * so any Node.js version runs it with no loader. JavaScript modules and packages are used where they are.
 */
async function buildTypeScriptRunner(runnerPath, module, context) {
    const ts = await loadTypeScript();
    const buildRoot = external_node_path_default().join(external_node_path_default().dirname(runnerPath), BUILD_DIR);
    await (0,promises_.rm)(buildRoot, { recursive: true, force: true });
    const toolsDir = external_node_path_default().dirname(module.path);
    const resolutionOptions = analysisOptions(ts, toolsDir);
    const host = runnerCompilerHost(ts, resolutionOptions, runnerPath, module.path);
    const emitOptions = transpileOptions(ts, userCompilerOptions(ts, toolsDir));
    const outputPath = (source) => {
        if (source === runnerPath)
            return builtRunnerPath(runnerPath, module);
        const inRepo = external_node_path_default().relative(context.repoRoot, source);
        const mirrored = inRepo.startsWith('..') || external_node_path_default().isAbsolute(inRepo) ? external_node_path_default().join('.external', source.replace(/^([A-Za-z]:)?[\\/]/, '')) : inRepo;
        return external_node_path_default().join(buildRoot, mirrored.replace(TYPESCRIPT_SOURCE, '.mjs'));
    };
    const queued = new Set([runnerPath]);
    const queue = [runnerPath];
    const resolveSpecifier = (specifier, from) => {
        const containing = from === runnerPath && isPackageSpecifier(specifier) ? module.path : from;
        const resolved = ts.resolveModuleName(specifier, containing, resolutionOptions, host).resolvedModule;
        if (!resolved || resolved.isExternalLibraryImport) {
            return isPackageSpecifier(specifier) ? specifier : (0,external_node_url_.pathToFileURL)(external_node_path_default().resolve(external_node_path_default().dirname(from), specifier)).href;
        }
        const target = resolved.resolvedFileName;
        if (DECLARATION_FILE.test(target))
            return (0,external_node_url_.pathToFileURL)(external_node_path_default().resolve(external_node_path_default().dirname(from), specifier)).href;
        if (!TYPESCRIPT_SOURCE.test(target))
            return (0,external_node_url_.pathToFileURL)(target).href;
        if (!queued.has(target)) {
            queued.add(target);
            queue.push(target);
        }
        const relative = external_node_path_default().relative(external_node_path_default().dirname(outputPath(from)), outputPath(target)).split((external_node_path_default()).sep).join('/');
        return relative.startsWith('.') ? relative : `./${relative}`;
    };
    for (let source = queue.shift(); source !== undefined; source = queue.shift()) {
        const output = outputPath(source);
        const text = await (0,promises_.readFile)(source, 'utf8');
        const result = ts.transpileModule(text, {
            fileName: source,
            compilerOptions: emitOptions,
            transformers: { after: [rewriteModuleReferences(ts, source, resolveSpecifier)] },
        });
        await (0,promises_.mkdir)(external_node_path_default().dirname(output), { recursive: true });
        await (0,promises_.writeFile)(output, withInlineSourceMap(result, source, output));
    }
    await linkNodeModules(context.repoRoot, buildRoot, [...queued].map(outputPath));
}
function transpileOptions(ts, user) {
    return {
        experimentalDecorators: user.experimentalDecorators,
        emitDecoratorMetadata: user.emitDecoratorMetadata,
        useDefineForClassFields: user.useDefineForClassFields,
        jsx: user.jsx,
        jsxFactory: user.jsxFactory,
        jsxFragmentFactory: user.jsxFragmentFactory,
        jsxImportSource: user.jsxImportSource,
        module: ts.ModuleKind.ESNext,
        target: ts.ScriptTarget.ES2022,
        sourceMap: true,
    };
}
/**
 * Points module specifiers at the built or original files, and makes `import.meta.url` (and friends)
 * name the original source, so modules that read files beside themselves still find them.
 */
function rewriteModuleReferences(ts, source, resolveSpecifier) {
    const sourceUrl = (0,external_node_url_.pathToFileURL)(source).href;
    const importMeta = { url: sourceUrl, filename: source, dirname: external_node_path_default().dirname(source) };
    return (context) => {
        const { factory } = context;
        const specifier = (literal) => ts.isStringLiteral(literal) ? factory.createStringLiteral(resolveSpecifier(literal.text, source)) : undefined;
        const visit = (node) => {
            if (ts.isImportDeclaration(node)) {
                const moduleSpecifier = specifier(node.moduleSpecifier);
                if (moduleSpecifier)
                    return factory.updateImportDeclaration(node, node.modifiers, node.importClause, moduleSpecifier, node.attributes);
            }
            if (ts.isExportDeclaration(node) && node.moduleSpecifier) {
                const moduleSpecifier = specifier(node.moduleSpecifier);
                if (moduleSpecifier) {
                    return factory.updateExportDeclaration(node, node.modifiers, node.isTypeOnly, node.exportClause, moduleSpecifier, node.attributes);
                }
            }
            if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0]) {
                const moduleSpecifier = specifier(node.arguments[0]);
                if (moduleSpecifier)
                    return factory.updateCallExpression(node, node.expression, node.typeArguments, [moduleSpecifier, ...node.arguments.slice(1)]);
            }
            if (ts.isPropertyAccessExpression(node) && ts.isMetaProperty(node.expression) && node.expression.keywordToken === ts.SyntaxKind.ImportKeyword) {
                const replacement = importMeta[node.name.text];
                if (replacement !== undefined)
                    return factory.createStringLiteral(replacement);
            }
            return ts.visitEachChild(node, visit, context);
        };
        return (file) => ts.visitEachChild(file, visit, context);
    };
}
/** Stack traces then name the original `.ts` files and lines. */
function withInlineSourceMap(result, source, output) {
    const code = result.outputText.replace(/\/\/# sourceMappingURL=\S*\s*$/, '');
    if (!result.sourceMapText)
        return code;
    const map = { ...JSON.parse(result.sourceMapText), file: external_node_path_default().basename(output), sourceRoot: '', sources: [(0,external_node_url_.pathToFileURL)(source).href] };
    return `${code}//# sourceMappingURL=data:application/json;base64,${Buffer.from(JSON.stringify(map)).toString('base64')}\n`;
}
/** Mirrors the repository's node_modules directories into the build, so package imports resolve. */
async function linkNodeModules(repoRoot, buildRoot, outputs) {
    const mirroredDirs = new Set();
    for (const output of outputs) {
        const relative = external_node_path_default().relative(buildRoot, external_node_path_default().dirname(output));
        if (relative.startsWith('.external'))
            continue;
        const parts = relative ? relative.split((external_node_path_default()).sep) : [];
        for (let depth = 0; depth <= parts.length; depth++)
            mirroredDirs.add(parts.slice(0, depth).join((external_node_path_default()).sep));
    }
    for (const dir of mirroredDirs) {
        const target = dir === '' ? nearestNodeModules(repoRoot) : external_node_path_default().join(repoRoot, dir, 'node_modules');
        if (target && (0,external_node_fs_.existsSync)(target))
            await (0,promises_.symlink)(target, external_node_path_default().join(buildRoot, dir, 'node_modules'), 'junction');
    }
}
function nearestNodeModules(from) {
    for (let dir = from;; dir = external_node_path_default().dirname(dir)) {
        const candidate = external_node_path_default().join(dir, 'node_modules');
        if ((0,external_node_fs_.existsSync)(candidate))
            return candidate;
        if (external_node_path_default().dirname(dir) === dir)
            return undefined;
    }
}

// EXTERNAL MODULE: ./src/engine/errors.ts
var errors = __webpack_require__(17679);
// EXTERNAL MODULE: ./src/engine/languages.ts
var languages = __webpack_require__(51833);
// EXTERNAL MODULE: ./src/engine/workspace.ts
var workspace = __webpack_require__(80607);
;// CONCATENATED MODULE: ./src/engine/typescript/compact.ts
/**
 * A declaration on one line: printed by the compiler (so every member ends with its separator), then
 * joined with single spaces, comments kept as one-line block comments and a leading `export` dropped.
 * A class shows only its public shape. The runner shows types this way, where each byte is read by the model.
 */
function compactDeclaration(ts, declaration) {
    const shape = ts.isClassDeclaration(declaration) ? classShape(ts, declaration) : declaration;
    const printed = ts.createPrinter({ removeComments: false }).printNode(ts.EmitHint.Unspecified, shape, declaration.getSourceFile());
    return joinTokens(ts, printed);
}
/** The class without private members, method bodies, and initializers where a type is written. */
function classShape(ts, declaration) {
    const { factory } = ts;
    const members = declaration.members.flatMap((member) => {
        const isPrivate = (member.name !== undefined && ts.isPrivateIdentifier(member.name)) ||
            (ts.canHaveModifiers(member) && (ts.getModifiers(member) ?? []).some((modifier) => modifier.kind === ts.SyntaxKind.PrivateKeyword));
        if (isPrivate || ts.isClassStaticBlockDeclaration(member))
            return [];
        if (ts.isMethodDeclaration(member)) {
            return [factory.updateMethodDeclaration(member, member.modifiers, member.asteriskToken, member.name, member.questionToken, member.typeParameters, member.parameters, member.type, undefined)];
        }
        if (ts.isConstructorDeclaration(member))
            return [factory.updateConstructorDeclaration(member, member.modifiers, member.parameters, undefined)];
        if (ts.isGetAccessorDeclaration(member)) {
            return [factory.updateGetAccessorDeclaration(member, member.modifiers, member.name, member.parameters, member.type, undefined)];
        }
        if (ts.isSetAccessorDeclaration(member))
            return [factory.updateSetAccessorDeclaration(member, member.modifiers, member.name, member.parameters, undefined)];
        if (ts.isPropertyDeclaration(member)) {
            const initializer = member.type ? undefined : member.initializer;
            return [factory.updatePropertyDeclaration(member, member.modifiers, member.name, member.questionToken ?? member.exclamationToken, member.type, initializer)];
        }
        return [member];
    });
    return factory.updateClassDeclaration(declaration, declaration.modifiers, declaration.name, declaration.typeParameters, declaration.heritageClauses, members);
}
function joinTokens(ts, text) {
    const { SyntaxKind } = ts;
    const scanner = ts.createScanner(ts.ScriptTarget.Latest, false, ts.LanguageVariant.Standard, text);
    const parts = [];
    let spaced = false;
    let beforeCode = true;
    let braceDepth = 0;
    /** Brace depth at each open template substitution, innermost last. */
    const templates = [];
    for (let kind = scanner.scan(); kind !== SyntaxKind.EndOfFileToken; kind = scanner.scan()) {
        if (kind === SyntaxKind.WhitespaceTrivia || kind === SyntaxKind.NewLineTrivia) {
            spaced = parts.length > 0;
            continue;
        }
        if (kind === SyntaxKind.CloseBraceToken && templates.at(-1) === braceDepth) {
            kind = scanner.reScanTemplateToken(false);
            if (kind === SyntaxKind.TemplateTail)
                templates.pop();
        }
        else if (kind === SyntaxKind.CloseBraceToken)
            braceDepth--;
        else if (kind === SyntaxKind.OpenBraceToken)
            braceDepth++;
        else if (kind === SyntaxKind.TemplateHead)
            templates.push(braceDepth);
        const isComment = kind === SyntaxKind.SingleLineCommentTrivia || kind === SyntaxKind.MultiLineCommentTrivia;
        if (beforeCode && kind === SyntaxKind.ExportKeyword)
            continue;
        if (!isComment)
            beforeCode = false;
        if (spaced)
            parts.push(' ');
        spaced = false;
        parts.push(isComment ? oneLineComment(scanner.getTokenText()) : scanner.getTokenText());
    }
    return parts.join('');
}
/** `// text` and multi-line `/** ... *\/` comments as `/* text *\/` and `/** text *\/`. */
function oneLineComment(comment) {
    if (comment.startsWith('//'))
        return `/* ${comment.slice(2).trim().replace(/\*\//g, '* /')} */`;
    const opening = comment.startsWith('/**') ? '/**' : '/*';
    const body = comment
        .slice(opening.length, -2)
        .split(/\r\n|[\r\n\u2028\u2029]/)
        .map((line) => line.replace(/^\s*\*?\s?/, '').trim())
        .filter((line) => line.length > 0)
        .join(' ');
    return body ? `${opening} ${body} */` : `${opening} */`;
}

;// CONCATENATED MODULE: ./src/engine/typescript/runnerTypes.ts

/**
 * Decides how the runner gets the types that tool signatures mention: `import type` from the module that
 * exports them (so the type-check sees the real types), a copy when they are not exported, and the source
 * text of every user-declared type involved, one line each, for the model to read.
 */
class RunnerTypes {
    ts;
    program;
    checker;
    toolsFile;
    /** Runner-level type name → what it stands for. */
    bindings = new Map();
    /** Module specifier → local name → exported name. */
    imports = new Map();
    copies = [];
    declarationTexts = new Map();
    exportNamesByFile = new Map();
    constructor(ts, program, checker, toolsFile) {
        this.ts = ts;
        this.program = program;
        this.checker = checker;
        this.toolsFile = toolsFile;
    }
    /** Whether the type written at `location` means the same in the runner; arranges imports and copies so it does. */
    isPortable(type, location) {
        const { ts } = this;
        let portable = true;
        const visit = (node) => {
            if (ts.isTypeQueryNode(node) || ts.isImportTypeNode(node) || node.kind === ts.SyntaxKind.ThisType)
                portable = false;
            else if (ts.isTypeReferenceNode(node) && !this.isNameAvailable(node.typeName, location))
                portable = false;
            else if (ts.isExpressionWithTypeArguments(node) && !(ts.isIdentifier(node.expression) && this.isNameAvailable(node.expression, location))) {
                portable = false;
            }
            if (portable)
                ts.forEachChild(node, visit);
        };
        visit(type);
        return portable;
    }
    /** Source text of every user-declared type that signatures mention, directly or through other types. */
    declarations() {
        return [...this.declarationTexts.values()];
    }
    /** What the runner must contain before the tool wrappers. */
    prelude() {
        const importLines = [...this.imports].map(([from, names]) => {
            const list = [...names].map(([local, exported]) => (local === exported ? local : `${exported} as ${local}`));
            return `import type { ${list.join(', ')} } from ${JSON.stringify(from)};`;
        });
        return [...importLines, ...this.copies];
    }
    isNameAvailable(name, location) {
        const { ts } = this;
        if (!ts.isIdentifier(name))
            return this.isGlobalNamespace(leftmost(ts, name), location);
        const local = this.checker.resolveName(name.text, location, ts.SymbolFlags.Type, false);
        if (!local)
            return false;
        if (local.flags & ts.SymbolFlags.TypeParameter)
            return true;
        const target = local.flags & ts.SymbolFlags.Alias ? this.checker.getAliasedSymbol(local) : local;
        const declaration = target.declarations?.[0];
        if (!declaration)
            return false;
        if (this.isGlobal(declaration))
            return !this.bindings.has(name.text);
        if (this.program.isSourceFileFromExternalLibrary(declaration.getSourceFile()))
            return this.bindPackageImport(name.text, local, target);
        if (!isNamedTypeDeclaration(ts, declaration))
            return false;
        this.collect(declaration);
        return this.bind(name.text, target, declaration);
    }
    isGlobalNamespace(name, location) {
        const symbol = this.checker.resolveName(name.text, location, this.ts.SymbolFlags.Namespace, false);
        const declaration = symbol?.declarations?.[0];
        return declaration !== undefined && this.isGlobal(declaration) && !this.bindings.has(name.text);
    }
    isGlobal(declaration) {
        const { ts } = this;
        const file = declaration.getSourceFile();
        if (this.program.isSourceFileDefaultLibrary(file) || !ts.isExternalModule(file))
            return true;
        for (let node = declaration.parent; node; node = node.parent) {
            if (ts.isModuleDeclaration(node) && ts.isIdentifier(node.name) && node.name.text === 'global')
                return true;
        }
        return false;
    }
    /** A type from a package: the runner imports it the same way the user's module does. */
    bindPackageImport(name, local, target) {
        const { ts } = this;
        const specifier = local.declarations?.[0];
        if (!specifier || !ts.isImportSpecifier(specifier))
            return false;
        const from = specifier.parent.parent.parent.moduleSpecifier;
        if (!ts.isStringLiteral(from) || from.text.startsWith('.') || from.text.startsWith('/'))
            return false;
        if (!this.claim(name, target))
            return false;
        this.addImport(from.text, name, (specifier.propertyName ?? specifier.name).text);
        return true;
    }
    bind(name, target, declaration) {
        const { ts } = this;
        if (this.bindings.has(name))
            return this.bindings.get(name) === target;
        this.bindings.set(name, target);
        const exported = this.exportedName(this.toolsFile, target) ?? this.exportedName(declaration.getSourceFile(), target);
        if (exported !== undefined) {
            const from = exported.file === this.toolsFile ? this.toolsFile.fileName : declaration.getSourceFile().fileName;
            this.addImport(from, name, exported.name);
            return true;
        }
        const copyable = (ts.isInterfaceDeclaration(declaration) || ts.isTypeAliasDeclaration(declaration)) && declaration.name.text === name;
        if (copyable && this.isPortable(declaration, declaration)) {
            this.copies.push(compactDeclaration(ts, declaration));
            return true;
        }
        this.bindings.delete(name);
        return false;
    }
    claim(name, target) {
        if (this.bindings.has(name))
            return this.bindings.get(name) === target;
        this.bindings.set(name, target);
        return true;
    }
    addImport(from, local, exported) {
        const names = this.imports.get(from) ?? new Map();
        names.set(local, exported);
        this.imports.set(from, names);
    }
    exportedName(file, target) {
        let names = this.exportNamesByFile.get(file);
        if (!names) {
            names = new Map();
            const moduleSymbol = this.checker.getSymbolAtLocation(file);
            for (const exported of moduleSymbol ? this.checker.getExportsOfModule(moduleSymbol) : []) {
                const resolved = exported.flags & this.ts.SymbolFlags.Alias ? this.checker.getAliasedSymbol(exported) : exported;
                if (exported.name !== 'default' && !names.has(resolved))
                    names.set(resolved, exported.name);
            }
            this.exportNamesByFile.set(file, names);
        }
        const name = names.get(target);
        return name === undefined ? undefined : { file, name };
    }
    /** Records a declaration's source for the model, and the user-declared types it mentions. */
    collect(declaration) {
        const { ts } = this;
        if (this.declarationTexts.has(declaration))
            return;
        this.declarationTexts.set(declaration, compactDeclaration(ts, declaration));
        const visit = (node) => {
            const name = ts.isTypeReferenceNode(node) ? node.typeName : ts.isExpressionWithTypeArguments(node) ? node.expression : undefined;
            if (name && ts.isIdentifier(name)) {
                const local = this.checker.resolveName(name.text, declaration, ts.SymbolFlags.Type, false);
                const target = local && local.flags & ts.SymbolFlags.Alias ? this.checker.getAliasedSymbol(local) : local;
                const referenced = target?.declarations?.[0];
                if (referenced && isNamedTypeDeclaration(ts, referenced) && !this.program.isSourceFileFromExternalLibrary(referenced.getSourceFile()) && !this.isGlobal(referenced)) {
                    this.collect(referenced);
                }
            }
            ts.forEachChild(node, visit);
        };
        ts.forEachChild(declaration, visit);
    }
}
function isNamedTypeDeclaration(ts, node) {
    return ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node) || ts.isEnumDeclaration(node) || ts.isClassDeclaration(node);
}
function leftmost(ts, name) {
    return ts.isIdentifier(name) ? name : leftmost(ts, name.left);
}

;// CONCATENATED MODULE: ./src/engine/typescript/zodType.ts
const PRIMITIVES = {
    string: 'string',
    number: 'number',
    int: 'number',
    boolean: 'boolean',
    bigint: 'bigint',
    date: 'Date',
    null: 'null',
    undefined: 'undefined',
    void: 'void',
    any: 'any',
    unknown: 'unknown',
    never: 'never',
    email: 'string',
    url: 'string',
    uuid: 'string',
};
/** Methods that narrow what a schema accepts without changing its type. */
const REFINEMENTS = new Set([
    'min', 'max', 'length', 'int', 'positive', 'negative', 'nonnegative', 'nonpositive', 'finite', 'safe', 'multipleOf',
    'step', 'gt', 'gte', 'lt', 'lte', 'email', 'url', 'uuid', 'cuid', 'regex', 'startsWith', 'endsWith', 'includes',
    'trim', 'toLowerCase', 'toUpperCase', 'datetime', 'nonempty', 'refine', 'superRefine', 'check', 'strict',
    'passthrough', 'strip', 'catch', 'readonly', 'brand', 'meta',
]);
/**
 * Renders a zod schema expression (`z.object({...})` and friends) as a TypeScript type, reading only the
 * syntax. Anything it does not know becomes `unknown`, recorded in `notes`.
 */
function zodSchemaType(ts, checker, schema, notes) {
    return renderSchema(ts, checker, schema, notes, 0).type;
}
function renderSchema(ts, checker, node, notes, depth) {
    const unknownSchema = () => {
        notes.push(`schema \`${abbreviate(node.getText())}\` is shown as unknown`);
        return { type: 'unknown', optional: false, description: null };
    };
    if (depth > 20)
        return unknownSchema();
    const recurse = (inner) => renderSchema(ts, checker, inner, notes, depth + 1);
    if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isSatisfiesExpression(node))
        return recurse(node.expression);
    if (ts.isIdentifier(node)) {
        const initializer = schemaVariableInitializer(ts, checker, node);
        return initializer ? recurse(initializer) : unknownSchema();
    }
    if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression))
        return unknownSchema();
    const method = node.expression.name.text;
    const receiver = node.expression.expression;
    const [first, second] = node.arguments;
    if (isZodNamespace(ts, receiver)) {
        const factory = renderFactory(ts, method, first, second, notes, recurse);
        return factory ?? unknownSchema();
    }
    const base = recurse(receiver);
    switch (method) {
        case 'optional':
        case 'default':
        case 'prefault':
            return { ...base, optional: true };
        case 'nullable':
            return { ...base, type: `${base.type} | null` };
        case 'nullish':
            return { ...base, type: `${base.type} | null`, optional: true };
        case 'array':
            return { type: `${arrayElement(base.type)}[]`, optional: false, description: null };
        case 'or':
            return first ? { type: `${base.type} | ${recurse(first).type}`, optional: false, description: null } : unknownSchema();
        case 'describe':
            return { ...base, description: first && ts.isStringLiteralLike(first) ? first.text : base.description };
        default:
            return REFINEMENTS.has(method) ? base : unknownSchema();
    }
}
function renderFactory(ts, method, first, second, notes, recurse) {
    const plain = (type) => ({ type, optional: false, description: null });
    const primitive = PRIMITIVES[method];
    if (primitive)
        return plain(primitive);
    switch (method) {
        case 'object':
        case 'strictObject':
        case 'looseObject':
            return first && ts.isObjectLiteralExpression(first) ? plain(objectType(ts, first, notes, recurse)) : null;
        case 'array':
            return first ? plain(`${arrayElement(recurse(first).type)}[]`) : null;
        case 'optional':
            return first ? { ...recurse(first), optional: true } : null;
        case 'nullable':
            return first ? plain(`${recurse(first).type} | null`) : null;
        case 'literal':
            return first && isLiteralExpression(ts, first) ? plain(first.getText()) : null;
        case 'enum':
            return first && ts.isArrayLiteralExpression(first) && first.elements.every((element) => isLiteralExpression(ts, element))
                ? plain(first.elements.map((element) => element.getText()).join(' | '))
                : null;
        case 'union':
            return first && ts.isArrayLiteralExpression(first) ? plain(first.elements.map((element) => recurse(element).type).join(' | ')) : null;
        case 'tuple':
            return first && ts.isArrayLiteralExpression(first) ? plain(`[${first.elements.map((element) => recurse(element).type).join(', ')}]`) : null;
        case 'record':
            if (first && second)
                return plain(`Record<${recurse(first).type}, ${recurse(second).type}>`);
            return first ? plain(`Record<string, ${recurse(first).type}>`) : null;
        default:
            return null;
    }
}
function objectType(ts, shape, notes, recurse) {
    const members = [];
    for (const property of shape.properties) {
        if (!ts.isPropertyAssignment(property) || !(ts.isIdentifier(property.name) || ts.isStringLiteral(property.name))) {
            notes.push(`property \`${abbreviate(property.getText())}\` of a schema is left out`);
            continue;
        }
        const rendered = recurse(property.initializer);
        const doc = rendered.description ? `/** ${rendered.description.replace(/\*\//g, '*\\/')} */ ` : '';
        members.push(`${doc}${property.name.getText()}${rendered.optional ? '?' : ''}: ${rendered.type}`);
    }
    return members.length === 0 ? '{}' : `{ ${members.join('; ')} }`;
}
function isZodNamespace(ts, node) {
    if (ts.isIdentifier(node))
        return true;
    return ts.isPropertyAccessExpression(node) && node.name.text === 'coerce' && ts.isIdentifier(node.expression);
}
function isLiteralExpression(ts, node) {
    return (ts.isStringLiteralLike(node) ||
        ts.isNumericLiteral(node) ||
        node.kind === ts.SyntaxKind.TrueKeyword ||
        node.kind === ts.SyntaxKind.FalseKeyword ||
        node.kind === ts.SyntaxKind.NullKeyword);
}
function schemaVariableInitializer(ts, checker, identifier) {
    let symbol = checker.getSymbolAtLocation(identifier);
    if (symbol && symbol.flags & ts.SymbolFlags.Alias)
        symbol = checker.getAliasedSymbol(symbol);
    const declaration = symbol?.valueDeclaration;
    return declaration && ts.isVariableDeclaration(declaration) ? declaration.initializer : undefined;
}
function arrayElement(type) {
    return /^[\w.$<>[\]]+$/.test(type) ? type : `(${type})`;
}
function abbreviate(text) {
    const oneLine = text.replace(/\s+/g, ' ');
    return oneLine.length > 60 ? `${oneLine.slice(0, 57)}...` : oneLine;
}

;// CONCATENATED MODULE: ./src/engine/typescript/extract.ts







/** Names the runner itself defines. */
const RESERVED_TOOL_NAME = /^(main|__codemode.*)$/;
/** Reads the exported tools of a TypeScript or JavaScript module with the compiler's own view of it. */
async function extractTypeScriptTools(toolsPath, context) {
    const extension = external_node_path_default().extname(toolsPath);
    if (!languages/* TYPESCRIPT_EXTENSIONS */.vX.includes(extension))
        throw (0,languages/* unsupportedExtension */.X5)(extension);
    const { absolute, relative } = await (0,workspace/* locateToolsModule */.wm)(toolsPath, context.repoRoot);
    const ts = await loadTypeScript();
    const program = ts.createProgram({ rootNames: [absolute], options: analysisOptions(ts, external_node_path_default().dirname(absolute)) });
    const sourceFile = program.getSourceFile(absolute);
    if (!sourceFile)
        throw (0,errors/* usageError */.Wp)(`Tools module not found: ${relative}`);
    rejectSyntaxErrors(ts, program, sourceFile, relative);
    const checker = program.getTypeChecker();
    const analysis = {
        ts,
        checker,
        types: new RunnerTypes(ts, program, checker, sourceFile),
        isJavaScript: /\.[cm]?js$/.test(absolute),
    };
    const moduleSymbol = checker.getSymbolAtLocation(sourceFile);
    const exported = moduleSymbol ? checker.getExportsOfModule(moduleSymbol) : [];
    const sources = exported.flatMap((symbol) => toolSource(analysis, symbol) ?? []).sort(byPositionIn(sourceFile));
    if (sources.length === 0) {
        if (exported.some((symbol) => symbol.name === 'default')) {
            throw (0,errors/* usageError */.Wp)(`${relative} exports only a default export; export named functions`);
        }
        throw (0,errors/* usageError */.Wp)(`No exported functions found in ${relative}`);
    }
    const reserved = sources.find((source) => RESERVED_TOOL_NAME.test(source.name));
    if (reserved)
        throw (0,errors/* usageError */.Wp)(`${relative} exports a tool named '${reserved.name}', a name the generated runner reserves; rename it`);
    const tools = sources.map((source) => (source.kind === 'function' ? functionTool(analysis, source) : objectTool(analysis, source)));
    return {
        language: 'typescript',
        path: absolute,
        relative_path: relative,
        tools,
        declarations: analysis.types.declarations(),
        has_deps: false,
        typescript: {
            prelude: analysis.types.prelude(),
            tool_objects: sources.filter((source) => source.kind === 'object').map((source) => source.name),
        },
    };
}
/** Tools declared in the module itself come first, in source order; re-exported ones follow. */
function byPositionIn(file) {
    const position = (source) => {
        const declaration = source.symbol.valueDeclaration;
        return declaration?.getSourceFile() === file ? declaration.pos : Number.MAX_SAFE_INTEGER;
    };
    return (a, b) => position(a) - position(b);
}
function rejectSyntaxErrors(ts, program, sourceFile, relative) {
    const [first] = program.getSyntacticDiagnostics(sourceFile);
    if (!first)
        return;
    const line = sourceFile.getLineAndCharacterOfPosition(first.start ?? 0).line + 1;
    const message = ts.flattenDiagnosticMessageText(first.messageText, ' ');
    throw (0,errors/* usageError */.Wp)(`Syntax error in ${relative} line ${line}: ${message}`);
}
function toolSource({ ts, checker }, exported) {
    if (exported.name === 'default')
        return undefined;
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const declaration = symbol.valueDeclaration;
    if (!declaration)
        return undefined;
    const object = ts.isVariableDeclaration(declaration) && toolObjectLiteral(ts, declaration.initializer);
    if (object)
        return { kind: 'object', name: exported.name, symbol, object };
    const type = checker.getTypeOfSymbolAtLocation(symbol, declaration);
    if (type.getConstructSignatures().length > 0)
        return undefined;
    const signature = type.getCallSignatures()[0]?.getDeclaration();
    return signature && !ts.isJSDocSignature(signature) ? { kind: 'function', name: exported.name, symbol, declaration: signature } : undefined;
}
/** `{ description, parameters | inputSchema, execute }`, bare or passed to a factory such as `tool(...)`. */
function toolObjectLiteral(ts, initializer) {
    if (!initializer)
        return undefined;
    const expression = unwrap(ts, initializer);
    const candidate = ts.isCallExpression(expression) && expression.arguments[0] ? unwrap(ts, expression.arguments[0]) : expression;
    if (!ts.isObjectLiteralExpression(candidate))
        return undefined;
    return property(ts, candidate, 'execute') ? candidate : undefined;
}
function functionTool(analysis, source) {
    const { ts, checker } = analysis;
    const { declaration, name } = source;
    const notes = [];
    const generic = (declaration.typeParameters?.length ?? 0) > 0;
    if (generic)
        notes.push('generic tool: its types are taken from the tools module');
    const signature = checker.getSignatureFromDeclaration(declaration);
    const returnType = signature?.getReturnType();
    const declaredAsync = ts.getCombinedModifierFlags(declaration) & ts.ModifierFlags.Async;
    const awaited = returnType && checker.getAwaitedType(returnType);
    const parameters = declaration.parameters.filter((parameter) => !(ts.isIdentifier(parameter.name) && parameter.name.text === 'this'));
    return {
        name,
        params: parameters.map((parameter, index) => {
            const rest = parameter.dotDotDotToken !== undefined;
            const fallback = rest ? 'any[]' : `Parameters<typeof __codemodeTools.${name}>[${index}]`;
            const paramName = ts.isIdentifier(parameter.name) ? parameter.name.text : `arg${index + 1}`;
            const written = analysis.isJavaScript ? undefined : parameter.type;
            return {
                name: paramName,
                kind: rest ? 'var_positional' : 'positional_or_keyword',
                annotation: generic
                    ? fallback
                    : typeText(analysis, written, () => checker.getTypeAtLocation(parameter), declaration, fallback, `parameter ${paramName}`, notes),
                default: rest ? null : (parameter.initializer?.getText() ?? (checker.isOptionalParameter(parameter) ? 'undefined' : null)),
                doc: parameterDoc(ts, parameter),
            };
        }),
        returns: returnType
            ? generic
                ? `ReturnType<typeof __codemodeTools.${name}>`
                : typeText(analysis, analysis.isJavaScript ? undefined : declaration.type, () => returnType, declaration, `ReturnType<typeof __codemodeTools.${name}>`, 'the result', notes)
            : null,
        doc: documentation(analysis, source.symbol),
        async: declaredAsync !== 0 || (awaited !== undefined && awaited !== returnType),
        takes_context: false,
        note: notes.length > 0 ? notes.join('; ') : null,
    };
}
function objectTool(analysis, source) {
    const { ts, checker } = analysis;
    const { object, name } = source;
    const notes = [];
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
        takes_context: false,
        note: notes.length > 0 ? notes.join('; ') : null,
    };
}
/**
 * The type as written when it means the same in the runner, else the checker's rendering when that does,
 * else `fallback` (a type the runner derives from the tools module itself).
 */
function typeText(analysis, written, inferred, location, fallback, what, notes) {
    const { ts, checker, types } = analysis;
    if (written && types.isPortable(written, location))
        return written.getText();
    const text = written?.getText() ?? checker.typeToString(inferred(), location, ts.TypeFormatFlags.NoTruncation);
    if (!written && types.isPortable(parseType(ts, text), location))
        return text;
    notes.push(`${what} has type \`${text}\`, which the runner takes from the tools module`);
    return fallback;
}
function parseType(ts, text) {
    const file = ts.createSourceFile('inferred.ts', `type Inferred = ${text};`, ts.ScriptTarget.Latest, true);
    const [statement] = file.statements;
    return statement && ts.isTypeAliasDeclaration(statement) ? statement.type : ts.factory.createTypeQueryNode(ts.factory.createIdentifier('unparsable'));
}
function documentation({ ts, checker }, symbol) {
    return ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim();
}
function parameterDoc(ts, parameter) {
    const tag = ts.getJSDocParameterTags(parameter)[0];
    const text = ts.getTextOfJSDocComment(tag?.comment)?.replace(/^\s*-\s*/, '').trim();
    return text ? text : null;
}
function property(ts, object, name) {
    for (const member of object.properties) {
        if (!member.name || !(ts.isIdentifier(member.name) || ts.isStringLiteral(member.name)) || member.name.text !== name)
            continue;
        if (ts.isPropertyAssignment(member))
            return member.initializer;
        if (ts.isMethodDeclaration(member))
            return member;
        if (ts.isShorthandPropertyAssignment(member))
            return member.name;
    }
    return undefined;
}
function unwrap(ts, expression) {
    if (ts.isParenthesizedExpression(expression) || ts.isAsExpression(expression) || ts.isSatisfiesExpression(expression)) {
        return unwrap(ts, expression.expression);
    }
    return expression;
}

;// CONCATENATED MODULE: ./src/engine/typescript/index.ts





/** TypeScript and JavaScript tools modules (`.ts .mts .js .mjs`), run on the user's Node.js. */
const typescriptLanguage = {
    language: 'typescript',
    runnerFileName: RUNNER_FILE_NAME,
    commentPrefix: '//',
    extract: extractTypeScriptTools,
    renderRunner: renderTypeScriptRunner,
    check: (runnerPath, module) => checkTypeScriptRunner(runnerPath, module),
    prepare: buildTypeScriptRunner,
    executionCommand: typescriptExecutionCommand,
};


/***/ })

};
