import { createRequire as __codemodeCreateRequire } from 'node:module';
import { dirname as __codemodeDirnameOf } from 'node:path';
import { fileURLToPath as __codemodeFileURLToPath } from 'node:url';
const require = __codemodeCreateRequire(import.meta.url);
const __codemodeFilename = __codemodeFileURLToPath(import.meta.url);
const __codemodeDirname = __codemodeDirnameOf(__codemodeFilename);
import {
  typescriptDescription
} from "./chunk-V6M6USSN.js";
import {
  runProcessTree
} from "./chunk-XMAMCYGY.js";
import "./chunk-RRYM23HJ.js";
import "./chunk-3CPEQSZR.js";
import {
  usageError
} from "./chunk-R2EEI6SO.js";
import {
  TYPESCRIPT_HOST_FILE,
  TYPESCRIPT_NO_TOOLS_FILE,
  TYPESCRIPT_RUNNER_FILE,
  TYPESCRIPT_RUNTIME_FILE,
  TYPESCRIPT_WRAPPER_PATTERN,
  renderTypeScriptRunner,
  typescriptRuntimeFile
} from "./chunk-HJE6FDAB.js";
import "./chunk-HJSI4K53.js";
import "./chunk-ND4ONWU4.js";
import "./chunk-74WRA646.js";
import "./chunk-H4TOBOUQ.js";
import {
  require_path,
  require_promises
} from "./chunk-NRPXVH6K.js";
import {
  require_url
} from "./chunk-DEYWGYQH.js";
import {
  require_fs
} from "./chunk-N7AWLP4R.js";
import {
  __toESM
} from "./chunk-NTVFTWIQ.js";

// src/engine/typescript/api-text.ts
var PLUMBING_LINE = [
  /^\/\/ codemode:(begin|end) /,
  /^import (type )?\* as __codemodeTools /,
  /^import type \{[^}]*\} from /,
  /^import \{[^}]*__codemode\w*[^}]*\} from /,
  /^\s+return __codemodeCall\(/
];
var HELPER_BLOCK = /^(interface __Codemode|const __codemode|function __codemode)/;
function typescriptReadableApi(region) {
  return region.split(/\n\n+/).filter((block) => !HELPER_BLOCK.test(block)).map(
    (block) => block.split("\n").filter((line) => !PLUMBING_LINE.some((pattern) => pattern.test(line))).join("\n")
  ).join("\n\n").trim();
}

// src/engine/typescript/build.ts
var import_node_fs2 = __toESM(require_fs(), 1);
var import_promises = __toESM(require_promises(), 1);
var import_node_path3 = __toESM(require_path(), 1);
var import_node_url2 = __toESM(require_url(), 1);

// src/engine/typescript/argument-shapes.ts
var ANY = { kind: "any" };
var BUILTIN_CLASSES = /* @__PURE__ */ new Set(["Date", "Uint8Array", "Map", "Set", "RegExp"]);
function argumentShape(ts, annotation) {
  if (annotation === null) return ANY;
  const source = ts.createSourceFile("shape.ts", `type Shape = ${annotation};`, ts.ScriptTarget.Latest);
  const [statement, ...rest] = source.statements;
  return statement && rest.length === 0 && ts.isTypeAliasDeclaration(statement) ? shapeOf(ts, statement.type) : ANY;
}
function shapeOf(ts, node) {
  const keyword = keywordShape(ts, node.kind);
  if (keyword) return keyword;
  if (ts.isParenthesizedTypeNode(node)) return shapeOf(ts, node.type);
  if (ts.isTypeOperatorNode(node) && node.operator === ts.SyntaxKind.ReadonlyKeyword) return shapeOf(ts, node.type);
  if (ts.isLiteralTypeNode(node)) return literalShape(ts, node.literal);
  if (ts.isArrayTypeNode(node)) return { kind: "array", of: shapeOf(ts, node.elementType) };
  if (ts.isTupleTypeNode(node)) {
    const plain = node.elements.every(
      (element) => !ts.isNamedTupleMember(element) && !ts.isRestTypeNode(element) && !ts.isOptionalTypeNode(element)
    );
    return plain ? { kind: "tuple", of: node.elements.map((element) => shapeOf(ts, element)) } : { kind: "array", of: ANY };
  }
  if (ts.isUnionTypeNode(node)) {
    const of = node.types.map((member) => shapeOf(ts, member));
    return of.some((member) => member.kind === "any") ? ANY : { kind: "union", of };
  }
  if (ts.isTypeLiteralNode(node)) return typeLiteralShape(ts, node);
  if (ts.isTypeReferenceNode(node) && ts.isIdentifier(node.typeName))
    return referenceShape(ts, node.typeName.text, node.typeArguments ?? []);
  return ANY;
}
function keywordShape(ts, kind) {
  const names = [
    [ts.SyntaxKind.StringKeyword, "string"],
    [ts.SyntaxKind.NumberKeyword, "number"],
    [ts.SyntaxKind.BooleanKeyword, "boolean"],
    [ts.SyntaxKind.BigIntKeyword, "bigint"],
    [ts.SyntaxKind.UndefinedKeyword, "undefined"],
    [ts.SyntaxKind.ObjectKeyword, "object"]
  ];
  const found = names.find(([keyword]) => keyword === kind);
  return found && { kind: found[1] };
}
function literalShape(ts, literal) {
  if (literal.kind === ts.SyntaxKind.NullKeyword) return { kind: "null" };
  if (literal.kind === ts.SyntaxKind.TrueKeyword || literal.kind === ts.SyntaxKind.FalseKeyword) {
    return { kind: "literal", value: literal.kind === ts.SyntaxKind.TrueKeyword };
  }
  if (ts.isStringLiteral(literal)) return { kind: "literal", value: literal.text };
  if (ts.isNumericLiteral(literal)) return { kind: "literal", value: Number(literal.text) };
  return ANY;
}
function typeLiteralShape(ts, node) {
  const [only] = node.members;
  if (node.members.length === 1 && only && ts.isIndexSignatureDeclaration(only)) return { kind: "record", of: shapeOf(ts, only.type) };
  const fields = [];
  for (const member of node.members) {
    if (!ts.isPropertySignature(member) || !(ts.isIdentifier(member.name) || ts.isStringLiteral(member.name))) return { kind: "object" };
    fields.push({
      name: member.name.text,
      optional: member.questionToken !== void 0,
      shape: member.type ? shapeOf(ts, member.type) : ANY
    });
  }
  return { kind: "fields", fields };
}
function referenceShape(ts, name, typeArguments) {
  const [first, second] = typeArguments;
  if ((name === "Array" || name === "ReadonlyArray") && first) return { kind: "array", of: shapeOf(ts, first) };
  if (name === "Record" && second) return { kind: "record", of: shapeOf(ts, second) };
  return BUILTIN_CLASSES.has(name) ? { kind: "instance", of: name } : ANY;
}

// src/engine/typescript/check.ts
var import_node_path2 = __toESM(require_path(), 1);

// src/engine/typescript/compiler.ts
var import_node_fs = __toESM(require_fs(), 1);
var import_node_path = __toESM(require_path(), 1);
var import_node_url = __toESM(require_url(), 1);
var loading;
function loadTypeScript() {
  loading ??= import("./typescript-2IQVQ5KR.js").then((loaded) => loaded.default);
  return loading;
}
var SHIPPED_LIBS = (0, import_node_url.fileURLToPath)(new URL("./typescript/", import.meta.url));
var shippedLibs;
function shippedLibLocation() {
  shippedLibs ??= (0, import_node_fs.existsSync)(import_node_path.default.join(SHIPPED_LIBS, "lib.es5.d.ts")) ? SHIPPED_LIBS.replace(/\\/g, "/").replace(/\/$/, "") : null;
  return shippedLibs;
}
function compilerHost(ts, options, setParentNodes) {
  const host = ts.createCompilerHost(options, setParentNodes);
  const libs = shippedLibLocation();
  if (libs) {
    host.getDefaultLibLocation = () => libs;
    host.getDefaultLibFileName = (compilerOptions) => `${libs}/${ts.getDefaultLibFileName(compilerOptions)}`;
  }
  return host;
}
function userCompilerOptions(ts, fromDir) {
  const configPath = ts.findConfigFile(fromDir, (file) => ts.sys.fileExists(file), "tsconfig.json");
  if (!configPath) return { target: ts.ScriptTarget.ES2022, strict: true };
  const read = ts.readConfigFile(configPath, (file) => ts.sys.readFile(file));
  const config = read.config;
  if (read.error) return { target: ts.ScriptTarget.ES2022, strict: true };
  const withoutFileListing = { ...ts.sys, readDirectory: () => [] };
  return ts.parseJsonConfigFileContent(config, withoutFileListing, import_node_path.default.dirname(configPath), void 0, configPath).options;
}
function analysisOptions(ts, toolsDir) {
  const {
    outDir: _outDir,
    declaration: _declaration,
    declarationMap: _declarationMap,
    composite: _composite,
    emitDeclarationOnly: _emitDeclarationOnly,
    incremental: _incremental,
    tsBuildInfoFile: _tsBuildInfoFile,
    sourceMap: _sourceMap,
    ...options
  } = userCompilerOptions(ts, toolsDir);
  return {
    ...options,
    noEmit: true,
    allowJs: true,
    skipLibCheck: true,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    allowImportingTsExtensions: true,
    noUnusedLocals: false,
    noUnusedParameters: false
  };
}
function formatDiagnostic(ts, diagnostic, displayName) {
  const text = ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n");
  const cause = ROOT_CAUSE_CODES.has(diagnostic.code) ? { root_cause: true } : {};
  if (!diagnostic.file || diagnostic.start === void 0) return { line: null, message: `error TS${diagnostic.code}: ${text}`, ...cause };
  const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
  return { line: line + 1, message: `${displayName}:${line + 1}:${character + 1} - error TS${diagnostic.code}: ${text}`, ...cause };
}
var ROOT_CAUSE_CODES = /* @__PURE__ */ new Set([2304, 2552, 2307, 2305, 2724]);

// src/engine/typescript/check.ts
async function checkTypeScriptRunner(runnerPath, module, regions, warm) {
  const checker = warm instanceof TypeScriptWarmChecker && warm.runnerPath === runnerPath ? warm : await RunnerChecker.cold(runnerPath, module);
  return checker.check(checker.readRunner(), regions);
}
var RunnerChecker = class _RunnerChecker {
  constructor(ts, options, host, runnerPath, module) {
    this.ts = ts;
    this.options = options;
    this.host = host;
    this.runnerPath = runnerPath;
    this.module = module;
  }
  ts;
  options;
  host;
  runnerPath;
  module;
  program;
  static async cold(runnerPath, module) {
    const ts = await loadTypeScript();
    const options = analysisOptions(ts, import_node_path2.default.dirname(module.path));
    return new _RunnerChecker(ts, options, runnerCompilerHost(ts, options, runnerPath, module.path), runnerPath, module);
  }
  /** The runner's text on disk, as the compiler reads a file, or undefined when it cannot be read. */
  readRunner() {
    return this.host.readFile(this.runnerPath);
  }
  /** The runner's problems when its text is `text` (undefined: it could not be read). */
  check(text, regions) {
    const { ts, options, host, runnerPath, module } = this;
    const getSourceFile = (fileName, languageVersion, onError, shouldCreate) => fileName !== runnerPath ? host.getSourceFile(fileName, languageVersion, onError, shouldCreate) : text === void 0 ? void 0 : ts.createSourceFile(fileName, text, languageVersion, true);
    this.program = ts.createProgram({ rootNames: [runnerPath], options, host: { ...host, getSourceFile }, oldProgram: this.program });
    const runner = this.program.getSourceFile(runnerPath);
    if (!runner) return [{ line: null, message: `${import_node_path2.default.basename(runnerPath)} could not be read` }];
    const syntactic = this.program.getSyntacticDiagnostics(runner);
    const compilerDiagnostics = syntactic.length > 0 ? syntactic : this.program.getSemanticDiagnostics(runner);
    const displayName = import_node_path2.default.basename(runnerPath);
    return [
      ...compilerDiagnostics.filter((diagnostic) => diagnostic.category === ts.DiagnosticCategory.Error).map((diagnostic) => formatDiagnostic(ts, diagnostic, displayName)),
      ...regionViolations(
        ts,
        runner,
        module,
        regions,
        displayName,
        (specifier) => resolve(ts, host, options, specifier, runnerPath, module.path)
      )
    ];
  }
};
var TypeScriptWarmChecker = class _TypeScriptWarmChecker extends RunnerChecker {
  static async start(runnerText, runnerPath, module) {
    const ts = await loadTypeScript();
    const options = analysisOptions(ts, import_node_path2.default.dirname(module.path));
    const checker = new _TypeScriptWarmChecker(
      ts,
      options,
      keepingSourceFiles(runnerCompilerHost(ts, options, runnerPath, module.path), import_node_path2.default.dirname(runnerPath)),
      runnerPath,
      module
    );
    checker.check(runnerText, []);
    return checker;
  }
  close() {
    return Promise.resolve();
  }
};
function keepingSourceFiles(host, runnerFolder) {
  const kept = /* @__PURE__ */ new Map();
  const getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
    const read = () => host.getSourceFile(fileName, languageVersion, onError, shouldCreate);
    if (!import_node_path2.default.relative(runnerFolder, fileName).startsWith("..")) return read();
    const key = `${fileName}\0${JSON.stringify(languageVersion)}`;
    if (!kept.has(key)) kept.set(key, read());
    return kept.get(key);
  };
  return { ...host, getSourceFile };
}
function runnerCompilerHost(ts, options, runnerPath, toolsPath) {
  const host = compilerHost(ts, options, true);
  const cache = ts.createModuleResolutionCache(host.getCurrentDirectory(), (fileName) => host.getCanonicalFileName(fileName), options);
  host.resolveModuleNameLiterals = (literals, containingFile, redirected, compilerOptions) => literals.map(
    (literal) => ts.resolveModuleName(
      literal.text,
      containingFile === runnerPath && isPackageSpecifier(literal.text) ? toolsPath : containingFile,
      compilerOptions,
      host,
      cache,
      redirected
    )
  );
  return host;
}
function isPackageSpecifier(specifier) {
  return !specifier.startsWith(".") && !import_node_path2.default.isAbsolute(specifier) && !specifier.startsWith("file:");
}
function resolve(ts, host, options, specifier, runnerPath, toolsPath) {
  const from = isPackageSpecifier(specifier) ? toolsPath : runnerPath;
  return ts.resolveModuleName(specifier, from, options, host).resolvedModule?.resolvedFileName;
}
function regionViolations(ts, runner, module, regions, displayName, resolveSpecifier) {
  const misplaced = regions.filter((region) => runner.text.slice(region.start, region.start + region.text.length) !== region.text);
  if (misplaced.length > 0) {
    return misplaced.map((region) => ({
      line: null,
      message: `the protected ${region.name} region is not at lines ${region.first_line}-${region.last_line}`
    }));
  }
  const spans = regions.map((region) => ({ name: region.name, start: region.start, end: region.start + region.text.length }));
  const runtimePath = import_node_path2.default.join(import_node_path2.default.dirname(runner.fileName), TYPESCRIPT_RUNTIME_FILE);
  const toolNames = /* @__PURE__ */ new Set([...module.tools.map((tool) => tool.name), ...module.mcp?.names ?? []]);
  const diagnostics = [];
  const report = (node, text) => {
    const { line, character } = runner.getLineAndCharacterOfPosition(node.getStart(runner));
    diagnostics.push({ line: line + 1, message: `${displayName}:${line + 1}:${character + 1} - error: ${text}` });
  };
  for (const span of spans) {
    if (!runner.statements.some((statement) => within(statement.getStart(runner), span))) {
      diagnostics.push({
        line: null,
        message: `${displayName}: the protected ${span.name} region is not code; do not comment it out or quote it`
      });
    }
  }
  for (const statement of runner.statements) {
    const start = statement.getStart(runner);
    const inside = spans.find((span) => within(start, span));
    if (inside) {
      if (statement.end > inside.end) report(statement, `code after the protected ${inside.name} region extends its last statement`);
      continue;
    }
    const wrapped = spans.find((span) => start < span.start && statement.end > span.start);
    if (wrapped) report(statement, `wraps the protected ${wrapped.name} region; write code between the regions, not around them`);
    for (const name of declaredNames(ts, statement)) {
      if (toolNames.has(name.text) || /^__codemode/i.test(name.text)) {
        report(name, `'${name.text}' is defined by the generated tools region; use it instead of declaring it again`);
      }
    }
    if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
      const imported = resolveSpecifier(statement.moduleSpecifier.text);
      if (imported === module.path) {
        report(statement, `call the tools through the wrappers in the generated tools region, not by importing ${module.relative_path}`);
      } else if (imported !== void 0 && import_node_path2.default.resolve(imported) === runtimePath) {
        report(statement, `${TYPESCRIPT_RUNTIME_FILE} serves the generated regions only; do not import it`);
      }
    }
  }
  return diagnostics;
}
function within(position, span) {
  return position >= span.start && position < span.end;
}
function declaredNames(ts, statement) {
  if (ts.isVariableStatement(statement))
    return statement.declarationList.declarations.flatMap((declaration) => bindingNames(ts, declaration.name));
  if (ts.isImportDeclaration(statement)) {
    const clause = statement.importClause;
    const bindings = clause?.namedBindings;
    return [
      ...clause?.name ? [clause.name] : [],
      ...bindings && ts.isNamespaceImport(bindings) ? [bindings.name] : [],
      ...bindings && ts.isNamedImports(bindings) ? bindings.elements.map((element) => element.name) : []
    ];
  }
  if ((ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement) || ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement) || ts.isEnumDeclaration(statement) || ts.isImportEqualsDeclaration(statement) || ts.isModuleDeclaration(statement)) && statement.name && ts.isIdentifier(statement.name)) {
    return [statement.name];
  }
  return [];
}
function bindingNames(ts, name) {
  if (ts.isIdentifier(name)) return [name];
  return name.elements.flatMap((element) => ts.isOmittedExpression(element) ? [] : bindingNames(ts, element.name));
}

// src/engine/typescript/build.ts
var BUILD_DIR = ".build";
var BUILT_RUNNER_NAME = "agentRunner.codemode.mjs";
var HOST_DIR = ".host";
var BUILT_HOST_NAME = "_codemode_host.mjs";
var MANIFEST_NAME = "tools.json";
var TYPESCRIPT_SOURCE = /\.(ts|mts|tsx)$/;
var DECLARATION_FILE = /\.d\.[cm]?ts$/;
function builtRunnerPath(runnerPath, module) {
  return import_node_path3.default.join(import_node_path3.default.dirname(runnerPath), BUILD_DIR, import_node_path3.default.dirname(module.relative_path), BUILT_RUNNER_NAME);
}
function builtModulePath(runnerPath, module, repoRoot, source) {
  if (source === runnerPath) return builtRunnerPath(runnerPath, module);
  const inRepo = import_node_path3.default.relative(repoRoot, source);
  const mirrored = inRepo.startsWith("..") || import_node_path3.default.isAbsolute(inRepo) ? import_node_path3.default.join(".external", source.replace(/^([A-Za-z]:)?[\\/]/, "")) : inRepo;
  return import_node_path3.default.join(import_node_path3.default.dirname(runnerPath), BUILD_DIR, mirrored.replace(TYPESCRIPT_SOURCE, ".mjs"));
}
function builtToolsPath(runnerPath, module, context) {
  return TYPESCRIPT_SOURCE.test(module.path) ? builtModulePath(runnerPath, module, context.repoRoot, module.path) : module.path;
}
function hostDir(runnerPath) {
  return import_node_path3.default.join(import_node_path3.default.dirname(runnerPath), HOST_DIR);
}
function typescriptHostCommand(runnerPath, _module, context) {
  const dir = hostDir(runnerPath);
  return {
    file: context.toolchain.executable,
    args: ["--enable-source-maps", import_node_path3.default.join(dir, BUILT_HOST_NAME), import_node_path3.default.join(dir, MANIFEST_NAME)],
    env: {}
  };
}
function typescriptProgramCommand(runnerPath, module, context) {
  return Promise.resolve({
    file: context.toolchain.executable,
    args: ["--enable-source-maps", builtRunnerPath(runnerPath, module)],
    env: {}
  });
}
var installPrefixes = /* @__PURE__ */ new Map();
async function typescriptProgramReadPaths(context) {
  const node = context.toolchain.executable;
  let prefix = installPrefixes.get(node);
  if (!prefix) {
    prefix = runProcessTree(node, ["-p", "process.execPath"], { env: context.env, signal: context.signal }).then(
      async ({ stdout }) => import_node_path3.default.dirname(import_node_path3.default.dirname(await (0, import_promises.realpath)(stdout.trim())))
    );
    installPrefixes.set(node, prefix);
    prefix.catch(() => installPrefixes.delete(node));
  }
  return [await prefix];
}
async function buildTypeScriptRunner(runnerPath, module, context) {
  const ts = await loadTypeScript();
  const buildRoot = import_node_path3.default.join(import_node_path3.default.dirname(runnerPath), BUILD_DIR);
  await (0, import_promises.rm)(buildRoot, { recursive: true, force: true });
  const toolsDir = import_node_path3.default.dirname(module.path);
  const resolutionOptions = analysisOptions(ts, toolsDir);
  const host = runnerCompilerHost(ts, resolutionOptions, runnerPath, module.path);
  const emitOptions = transpileOptions(ts, userCompilerOptions(ts, toolsDir));
  const outputPath = (source) => builtModulePath(runnerPath, module, context.repoRoot, source);
  const queued = /* @__PURE__ */ new Set([runnerPath]);
  const queue = [runnerPath];
  if (TYPESCRIPT_SOURCE.test(module.path)) {
    queued.add(module.path);
    queue.push(module.path);
  }
  const resolveSpecifier = (specifier, from) => {
    const containing = from === runnerPath && isPackageSpecifier(specifier) ? module.path : from;
    const resolved = ts.resolveModuleName(specifier, containing, resolutionOptions, host).resolvedModule;
    if (!resolved || resolved.isExternalLibraryImport) {
      return isPackageSpecifier(specifier) ? specifier : (0, import_node_url2.pathToFileURL)(import_node_path3.default.resolve(import_node_path3.default.dirname(from), specifier)).href;
    }
    const target = resolved.resolvedFileName;
    if (DECLARATION_FILE.test(target)) return (0, import_node_url2.pathToFileURL)(import_node_path3.default.resolve(import_node_path3.default.dirname(from), specifier)).href;
    if (!TYPESCRIPT_SOURCE.test(target)) return (0, import_node_url2.pathToFileURL)(target).href;
    if (!queued.has(target)) {
      queued.add(target);
      queue.push(target);
    }
    const relative = import_node_path3.default.relative(import_node_path3.default.dirname(outputPath(from)), outputPath(target)).split(import_node_path3.default.sep).join("/");
    return relative.startsWith("../") ? relative : `./${relative}`;
  };
  for (let source = queue.shift(); source !== void 0; source = queue.shift()) {
    const output = outputPath(source);
    const text = await (0, import_promises.readFile)(source, "utf8");
    const result = ts.transpileModule(text, {
      fileName: source,
      compilerOptions: emitOptions,
      transformers: { after: [rewriteModuleReferences(ts, source, resolveSpecifier)] }
    });
    await (0, import_promises.mkdir)(import_node_path3.default.dirname(output), { recursive: true });
    await (0, import_promises.writeFile)(output, withInlineSourceMap(result, source, output));
  }
  await linkNodeModules(context.repoRoot, buildRoot, [...queued].map(outputPath));
  await buildHost(ts, runnerPath, module, context);
}
async function buildHost(ts, runnerPath, module, context) {
  const dir = hostDir(runnerPath);
  await (0, import_promises.rm)(dir, { recursive: true, force: true });
  await (0, import_promises.mkdir)(dir, { recursive: true });
  const runtimeSpecifier = `./${TYPESCRIPT_RUNTIME_FILE}`;
  for (const name of [TYPESCRIPT_RUNTIME_FILE, TYPESCRIPT_HOST_FILE]) {
    const output = import_node_path3.default.join(dir, name.replace(TYPESCRIPT_SOURCE, ".mjs"));
    const result = ts.transpileModule(typescriptRuntimeFile(name), {
      fileName: name,
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 }
    });
    await (0, import_promises.writeFile)(output, result.outputText.replace(`'${runtimeSpecifier}'`, `'${runtimeSpecifier.replace(TYPESCRIPT_SOURCE, ".mjs")}'`));
  }
  const manifest = {
    module: builtToolsPath(runnerPath, module, context),
    tools: module.tools.map((tool) => ({
      name: tool.name,
      object: module.data.tool_objects.includes(tool.name),
      method: module.data.instance_methods.find((method) => method.tool === tool.name),
      params: tool.params.map((param) => ({
        name: param.name,
        rest: param.kind === "var_positional",
        required: param.kind !== "var_positional" && param.default === null,
        type: param.annotation,
        shape: argumentShape(ts, param.annotation)
      }))
    }))
  };
  await (0, import_promises.writeFile)(import_node_path3.default.join(dir, MANIFEST_NAME), JSON.stringify(manifest, null, 2));
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
    sourceMap: true
  };
}
function rewriteModuleReferences(ts, source, resolveSpecifier) {
  const sourceUrl = (0, import_node_url2.pathToFileURL)(source).href;
  const importMeta = { url: sourceUrl, filename: source, dirname: import_node_path3.default.dirname(source) };
  return (context) => {
    const { factory } = context;
    const specifier = (literal) => ts.isStringLiteral(literal) ? factory.createStringLiteral(resolveSpecifier(literal.text, source)) : void 0;
    const visit = (node) => {
      if (ts.isImportDeclaration(node)) {
        const moduleSpecifier = specifier(node.moduleSpecifier);
        if (moduleSpecifier)
          return factory.updateImportDeclaration(node, node.modifiers, node.importClause, moduleSpecifier, node.attributes);
      }
      if (ts.isExportDeclaration(node) && node.moduleSpecifier) {
        const moduleSpecifier = specifier(node.moduleSpecifier);
        if (moduleSpecifier) {
          return factory.updateExportDeclaration(
            node,
            node.modifiers,
            node.isTypeOnly,
            node.exportClause,
            moduleSpecifier,
            node.attributes
          );
        }
      }
      if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0]) {
        const moduleSpecifier = specifier(node.arguments[0]);
        if (moduleSpecifier)
          return factory.updateCallExpression(node, node.expression, node.typeArguments, [moduleSpecifier, ...node.arguments.slice(1)]);
      }
      if (ts.isPropertyAccessExpression(node) && ts.isMetaProperty(node.expression) && node.expression.keywordToken === ts.SyntaxKind.ImportKeyword) {
        const replacement = importMeta[node.name.text];
        if (replacement !== void 0) return factory.createStringLiteral(replacement);
      }
      return ts.visitEachChild(node, visit, context);
    };
    return (file) => ts.visitEachChild(file, visit, context);
  };
}
function withInlineSourceMap(result, source, output) {
  const code = result.outputText.replace(/\/\/# sourceMappingURL=\S*\s*$/, "");
  if (!result.sourceMapText) return code;
  const map = {
    ...JSON.parse(result.sourceMapText),
    file: import_node_path3.default.basename(output),
    sourceRoot: "",
    sources: [(0, import_node_url2.pathToFileURL)(source).href]
  };
  return `${code}//# sourceMappingURL=data:application/json;base64,${Buffer.from(JSON.stringify(map)).toString("base64")}
`;
}
async function linkNodeModules(repoRoot, buildRoot, outputs) {
  const mirroredDirs = /* @__PURE__ */ new Set();
  for (const output of outputs) {
    const relative = import_node_path3.default.relative(buildRoot, import_node_path3.default.dirname(output));
    if (relative.startsWith(".external")) continue;
    const parts = relative ? relative.split(import_node_path3.default.sep) : [];
    for (let depth = 0; depth <= parts.length; depth++) mirroredDirs.add(parts.slice(0, depth).join(import_node_path3.default.sep));
  }
  for (const dir of mirroredDirs) {
    const target = dir === "" ? nearestNodeModules(repoRoot) : import_node_path3.default.join(repoRoot, dir, "node_modules");
    if (target && (0, import_node_fs2.existsSync)(target)) await (0, import_promises.symlink)(target, import_node_path3.default.join(buildRoot, dir, "node_modules"), "junction");
  }
}
function nearestNodeModules(from) {
  for (let dir = from; ; dir = import_node_path3.default.dirname(dir)) {
    const candidate = import_node_path3.default.join(dir, "node_modules");
    if ((0, import_node_fs2.existsSync)(candidate)) return candidate;
    if (import_node_path3.default.dirname(dir) === dir) return void 0;
  }
}

// src/engine/typescript/extract.ts
var import_node_path5 = __toESM(require_path(), 1);

// src/engine/typescript/runner-types.ts
var import_node_path4 = __toESM(require_path(), 1);

// src/engine/typescript/compact.ts
function classShape(ts, declaration) {
  const { factory } = ts;
  const members = declaration.members.flatMap((member) => {
    const isPrivate = member.name !== void 0 && ts.isPrivateIdentifier(member.name) || ts.canHaveModifiers(member) && (ts.getModifiers(member) ?? []).some((modifier) => modifier.kind === ts.SyntaxKind.PrivateKeyword);
    if (isPrivate || ts.isClassStaticBlockDeclaration(member)) return [];
    if (ts.isMethodDeclaration(member)) {
      return [
        factory.updateMethodDeclaration(
          member,
          member.modifiers,
          member.asteriskToken,
          member.name,
          member.questionToken,
          member.typeParameters,
          member.parameters,
          member.type,
          void 0
        )
      ];
    }
    if (ts.isConstructorDeclaration(member))
      return [factory.updateConstructorDeclaration(member, member.modifiers, member.parameters, void 0)];
    if (ts.isGetAccessorDeclaration(member)) {
      return [factory.updateGetAccessorDeclaration(member, member.modifiers, member.name, member.parameters, member.type, void 0)];
    }
    if (ts.isSetAccessorDeclaration(member))
      return [factory.updateSetAccessorDeclaration(member, member.modifiers, member.name, member.parameters, void 0)];
    if (ts.isPropertyDeclaration(member)) {
      const initializer = member.type ? void 0 : member.initializer;
      return [
        factory.updatePropertyDeclaration(
          member,
          member.modifiers,
          member.name,
          member.questionToken ?? member.exclamationToken,
          member.type,
          initializer
        )
      ];
    }
    return [member];
  });
  return factory.updateClassDeclaration(
    declaration,
    declaration.modifiers,
    declaration.name,
    declaration.typeParameters,
    declaration.heritageClauses,
    members
  );
}
var ONE_LINE_WIDTH = 100;
function readableDeclaration(ts, declaration) {
  return readableText(ts, printDeclaration(ts, declaration));
}
function printDeclaration(ts, declaration) {
  const shape = ts.isClassDeclaration(declaration) ? classShape(ts, declaration) : declaration;
  return ts.createPrinter({ removeComments: false }).printNode(ts.EmitHint.Unspecified, shape, declaration.getSourceFile());
}
function readableText(ts, printed) {
  const compact = joinTokens(ts, printed);
  if (compact.length <= ONE_LINE_WIDTH) return compact;
  return tokens(ts, printed).map((token) => token.kind === "space" ? token.text.replace(/ {4}/g, "  ") : token.text).join("").trim();
}
function joinTokens(ts, text) {
  return tokens(ts, text).map((token) => token.kind === "space" ? " " : token.text).join("").trim();
}
function tokens(ts, text) {
  const { SyntaxKind } = ts;
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, false, ts.LanguageVariant.Standard, text);
  const result = [];
  let beforeCode = true;
  let afterExport = false;
  let braceDepth = 0;
  const templates = [];
  for (let kind = scanner.scan(); kind !== SyntaxKind.EndOfFileToken; kind = scanner.scan()) {
    if (kind === SyntaxKind.WhitespaceTrivia || kind === SyntaxKind.NewLineTrivia) {
      const last = result.at(-1);
      if (afterExport) continue;
      if (last?.kind === "space") last.text += scanner.getTokenText();
      else if (last) result.push({ kind: "space", text: scanner.getTokenText() });
      continue;
    }
    if (kind === SyntaxKind.CloseBraceToken && templates.at(-1) === braceDepth) {
      kind = scanner.reScanTemplateToken(false);
      if (kind === SyntaxKind.TemplateTail) templates.pop();
    } else if (kind === SyntaxKind.CloseBraceToken) braceDepth--;
    else if (kind === SyntaxKind.OpenBraceToken) braceDepth++;
    else if (kind === SyntaxKind.TemplateHead) templates.push(braceDepth);
    const isComment = kind === SyntaxKind.SingleLineCommentTrivia || kind === SyntaxKind.MultiLineCommentTrivia;
    afterExport = beforeCode && kind === SyntaxKind.ExportKeyword;
    if (afterExport) continue;
    if (!isComment) beforeCode = false;
    result.push(
      isComment ? { kind: "comment", text: oneLineComment(scanner.getTokenText()) } : { kind: "code", text: scanner.getTokenText() }
    );
  }
  return result;
}
function oneLineComment(comment) {
  if (comment.startsWith("//")) return `/* ${comment.slice(2).trim().replace(/\*\//g, "* /")} */`;
  const opening = comment.startsWith("/**") ? "/**" : "/*";
  const body = comment.slice(opening.length, -2).split(/\r\n|[\r\n\u2028\u2029]/).map((line) => line.replace(/^\s*\*?\s?/, "").trim()).filter((line) => line.length > 0).join(" ");
  return body ? `${opening} ${body} */` : `${opening} */`;
}

// src/engine/typescript/jsdoc-types.ts
function jsdocDeclaration(ts, checker, tag, symbol, printedType) {
  const typeText2 = (type2, flags = ts.TypeFormatFlags.None) => printedType(checker.typeToString(type2, tag, ts.TypeFormatFlags.NoTruncation | flags), tag);
  const siblings = (ts.isJSDoc(tag.parent) ? tag.parent.tags : void 0) ?? [];
  const parameters = siblings.filter(ts.isJSDocTemplateTag).flatMap(
    (template) => template.typeParameters.map((parameter, index) => {
      const constraint = index === 0 && template.constraint ? checker.getTypeFromTypeNode(template.constraint.type) : void 0;
      return constraint ? `${parameter.name.text} extends ${typeText2(constraint)}` : parameter.name.text;
    })
  );
  const name = `${symbol.name}${parameters.length > 0 ? `<${parameters.join(", ")}>` : ""}`;
  const summary = ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim();
  const literal = ts.isJSDocTypedefTag(tag) && tag.typeExpression && ts.isJSDocTypeLiteral(tag.typeExpression) ? tag.typeExpression : void 0;
  if (ts.isJSDocCallbackTag(tag)) {
    const signature = checker.getDeclaredTypeOfSymbol(symbol).getCallSignatures()[0];
    const parameterDocs = tag.typeExpression.parameters.flatMap((parameter) => {
      const text = tagText(ts, parameter);
      return text && ts.isIdentifier(parameter.name) ? [`@param ${parameter.name.text} ${text}`] : [];
    });
    const returnsDoc = tag.typeExpression.type && tagText(ts, tag.typeExpression.type);
    const doc = docComment([summary, ...parameterDocs, returnsDoc ? `@returns ${returnsDoc}` : ""]);
    const type2 = signature ? printedType(
      checker.signatureToString(signature, tag, ts.TypeFormatFlags.NoTruncation | ts.TypeFormatFlags.WriteArrowStyleSignature),
      tag
    ) : "unknown";
    return readableText(ts, `${doc}type ${name} = ${type2};`);
  }
  if (literal && !literal.isArrayType) {
    const members = (literal.jsDocPropertyTags ?? []).map((property2) => {
      const expression = property2.typeExpression;
      const type2 = expression ? checker.getTypeFromTypeNode(ts.isJSDocTypeExpression(expression) ? expression.type : expression) : void 0;
      const key = ts.isIdentifier(property2.name) ? property2.name.text : property2.name.right.text;
      const optional = property2.isBracketed || expression && ts.isJSDocTypeExpression(expression) && ts.isJSDocOptionalType(expression.type);
      return `${docComment([tagText(ts, property2) ?? ""])}${propertyKey(key)}${optional ? "?" : ""}: ${type2 ? typeText2(type2) : "any"};`;
    });
    return readableText(
      ts,
      `${docComment([summary])}interface ${name} {
${members.map((member) => member.replace(/^/gm, "    ")).join("\n")}
}`
    );
  }
  const written = tag.typeExpression && ts.isJSDocTypeExpression(tag.typeExpression) ? tag.typeExpression.type : literal;
  const type = written ? typeText2(checker.getTypeFromTypeNode(written), ts.TypeFormatFlags.InTypeAlias) : "any";
  return readableText(ts, `${docComment([summary])}type ${name} = ${type};`);
}
function tagText(ts, tag) {
  const text = ts.getTextOfJSDocComment(tag.comment)?.replace(/^\s*-\s*/, "").trim();
  return text ? text : void 0;
}
function docComment(paragraphs) {
  const text = paragraphs.filter((paragraph) => paragraph.length > 0).join("\n");
  return text ? `/** ${text.replace(/\*\//g, "*\\/")} */
` : "";
}
function propertyKey(key) {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key);
}

// src/engine/typescript/runner-types.ts
var DECLARATIONS_CAP = 6e3;
var RunnerTypes = class {
  constructor(ts, program, checker, toolsFile) {
    this.ts = ts;
    this.program = program;
    this.checker = checker;
    this.toolsFile = toolsFile;
  }
  ts;
  program;
  checker;
  toolsFile;
  /** Runner-level type name → what it stands for. */
  bindings = /* @__PURE__ */ new Map();
  /** Module specifier → local name → exported name. */
  imports = /* @__PURE__ */ new Map();
  copies = [];
  /** Enums the runner declares as values, so that the program can compare with their members. */
  enumValues = [];
  /** Names of types shown to the model that the runner can neither import nor copy, until a tool's notes take them. */
  unwritable = [];
  declarationTexts = /* @__PURE__ */ new Map();
  exportNamesByFile = /* @__PURE__ */ new Map();
  /**
   * The type written (or printed by the checker) at `location` as the runner writes it, with `import("…").T`
   * written as `T`; arranges imports and copies so it means the same there. Undefined when it cannot.
   */
  runnerText(type, location) {
    const renames = this.renames(type, location);
    if (!renames) return void 0;
    const text = type.getSourceFile().text;
    const start = type.getStart();
    let result = "";
    let at = start;
    for (const rename of renames) {
      result += text.slice(at, rename.start) + rename.name;
      at = rename.end;
    }
    return result + text.slice(at, type.end);
  }
  /** Declarations of every user-declared type that signatures mention, directly or through other types, up to the cap. */
  declarations() {
    const entries = [...new Map([...this.declarationTexts.values()].map((entry) => [entry.text, entry])).values()];
    const copies = new Set(this.copies);
    const shown = [];
    const cut = [];
    let size = 0;
    for (const entry of entries) {
      if (!copies.has(entry.text) && size + entry.text.length > DECLARATIONS_CAP) {
        cut.push(entry.name);
        continue;
      }
      if (!copies.has(entry.text)) size += entry.text.length;
      shown.push(entry.text);
    }
    if (cut.length === 0) return shown;
    return [
      ...shown,
      `${cut.length} more type${cut.length === 1 ? "" : "s"} not shown (over ${DECLARATIONS_CAP} characters): ${cut.join(", ")}.`
    ];
  }
  /** What the runner must contain before the tool wrappers. */
  prelude() {
    const importLines = [...this.imports].map(([from, names]) => {
      const list = [...names].map(([local, exported]) => local === exported ? local : `${exported} as ${local}`);
      return `import type { ${list.join(", ")} } from ${JSON.stringify(from)};`;
    });
    return [...importLines, ...this.enumValues, ...this.copies];
  }
  /** The types shown since the last call that the runner can neither import nor copy, so the program cannot name them. */
  takeUnwritable() {
    const names = [...new Set(this.unwritable)];
    this.unwritable = [];
    return names;
  }
  /** Where `type` needs another name in the runner, or undefined when some part of it cannot be written there. */
  renames(type, location) {
    const { ts } = this;
    const renames = [];
    const unwritable = [];
    const visit = (node) => {
      if (ts.isImportTypeNode(node)) {
        const name = this.importedTypeName(node, location);
        if (name === void 0 || !node.qualifier) unwritable.push(node);
        else renames.push({ start: node.getStart(), end: node.qualifier.end, name });
        node.typeArguments?.forEach(visit);
        return;
      }
      if (ts.isTypeQueryNode(node) || node.kind === ts.SyntaxKind.ThisType) unwritable.push(node);
      else if (ts.isTypeReferenceNode(node) && !this.isNameAvailable(node.typeName, location)) unwritable.push(node);
      else if (ts.isExpressionWithTypeArguments(node) && !(ts.isIdentifier(node.expression) && this.isNameAvailable(node.expression, location))) {
        unwritable.push(node);
      }
      if (unwritable.length === 0) ts.forEachChild(node, visit);
    };
    visit(type);
    return unwritable.length === 0 ? renames : void 0;
  }
  /** The name the runner gives the type `import("…").Name`, imported from the user's module that exports it. */
  importedTypeName(node, location) {
    const { ts } = this;
    if (node.isTypeOf || !node.qualifier || !ts.isIdentifier(node.qualifier)) return void 0;
    const argument = node.argument;
    if (!ts.isLiteralTypeNode(argument) || !ts.isStringLiteral(argument.literal)) return void 0;
    const file = this.userSourceFile(argument.literal.text, location.getSourceFile());
    const moduleSymbol = file && this.checker.getSymbolAtLocation(file);
    const exported = moduleSymbol && this.checker.getExportsOfModule(moduleSymbol).find((symbol) => symbol.name === node.qualifier?.getText());
    if (!exported) return void 0;
    const target = exported.flags & ts.SymbolFlags.Alias ? this.checker.getAliasedSymbol(exported) : exported;
    const declaration = target.declarations?.[0];
    if (!declaration || !isNamedTypeDeclaration(ts, declaration)) return void 0;
    this.collect(declaration, target);
    return this.bind(exported.name, target, declaration) ? exported.name : void 0;
  }
  /** The user's module a specifier names (the checker prints them without extension), from `from`. */
  userSourceFile(specifier, from) {
    const wanted = withoutExtension(import_node_path4.default.resolve(import_node_path4.default.dirname(from.fileName), specifier));
    return this.program.getSourceFiles().find(
      (file) => !this.program.isSourceFileFromExternalLibrary(file) && !this.program.isSourceFileDefaultLibrary(file) && (file.fileName === wanted || withoutExtension(file.fileName) === wanted)
    );
  }
  isNameAvailable(name, location) {
    const { ts } = this;
    if (!ts.isIdentifier(name)) return this.isGlobalNamespace(leftmost(ts, name), location);
    const local = this.checker.resolveName(name.text, location, ts.SymbolFlags.Type, false);
    if (!local) return false;
    if (local.flags & ts.SymbolFlags.TypeParameter) return true;
    const target = local.flags & ts.SymbolFlags.Alias ? this.checker.getAliasedSymbol(local) : local;
    const declaration = target.declarations?.[0];
    if (!declaration) return false;
    if (this.isGlobal(declaration)) return !this.bindings.has(name.text);
    if (this.program.isSourceFileFromExternalLibrary(declaration.getSourceFile())) return this.bindPackageImport(name.text, local, target);
    if (!isNamedTypeDeclaration(ts, declaration)) return false;
    this.collect(declaration, target);
    return this.bind(name.text, target, declaration);
  }
  isGlobalNamespace(name, location) {
    const symbol = this.checker.resolveName(name.text, location, this.ts.SymbolFlags.Namespace, false);
    const declaration = symbol?.declarations?.[0];
    return declaration !== void 0 && this.isGlobal(declaration) && !this.bindings.has(name.text);
  }
  isGlobal(declaration) {
    const { ts } = this;
    const file = declaration.getSourceFile();
    if (this.program.isSourceFileDefaultLibrary(file) || !ts.isExternalModule(file)) return true;
    for (let node = declaration; !ts.isSourceFile(node); ) {
      node = node.parent;
      if (ts.isModuleDeclaration(node) && ts.isIdentifier(node.name) && node.name.text === "global") return true;
    }
    return false;
  }
  /** A type from a package: the runner imports it the same way the user's module does. */
  bindPackageImport(name, local, target) {
    const { ts } = this;
    const specifier = local.declarations?.[0];
    if (!specifier || !ts.isImportSpecifier(specifier)) return false;
    const from = specifier.parent.parent.parent.moduleSpecifier;
    if (!ts.isStringLiteral(from) || from.text.startsWith(".") || from.text.startsWith("/")) return false;
    if (!this.claim(name, target)) return false;
    this.addImport(from.text, name, (specifier.propertyName ?? specifier.name).text);
    return true;
  }
  bind(name, target, declaration) {
    const { ts } = this;
    if (this.bindings.has(name)) return this.bindings.get(name) === target;
    this.bindings.set(name, target);
    const exported = this.exportedName(this.toolsFile, target) ?? this.exportedName(declaration.getSourceFile(), target);
    if (exported !== void 0) {
      const from = exported.file === this.toolsFile ? this.toolsFile.fileName : declaration.getSourceFile().fileName;
      const value = ts.isEnumDeclaration(declaration) ? this.enumValue(name, from, exported.name, declaration) : void 0;
      if (value === void 0) this.addImport(from, name, exported.name);
      else this.enumValues.push(value);
      return true;
    }
    const copyable = (ts.isInterfaceDeclaration(declaration) || ts.isTypeAliasDeclaration(declaration)) && declaration.name.text === name;
    if (copyable && this.renames(declaration, declaration)?.length === 0) {
      this.copies.push(readableDeclaration(ts, declaration));
      return true;
    }
    this.bindings.delete(name);
    return false;
  }
  /**
   * An exported enum as a value of the real enum's type and a type of its name, so that `Outcome.Failed` compares
   * with a tool's result (a type-only import cannot be a value); undefined when a member's value is not a constant.
   */
  enumValue(name, from, exported, declaration) {
    const { ts } = this;
    const entries = [];
    for (const member of declaration.members) {
      const value = this.checker.getConstantValue(member);
      if (value === void 0 || !(ts.isIdentifier(member.name) || ts.isStringLiteral(member.name))) return void 0;
      entries.push(`${JSON.stringify(member.name.text)}: ${JSON.stringify(value)}`);
      if (typeof value === "number") entries.push(`${JSON.stringify(String(value))}: ${JSON.stringify(member.name.text)}`);
    }
    const type = `import(${JSON.stringify(from)}).${exported}`;
    return `const ${name} = { ${entries.join(", ")} } as unknown as typeof ${type};
type ${name} = ${type};`;
  }
  claim(name, target) {
    if (this.bindings.has(name)) return this.bindings.get(name) === target;
    this.bindings.set(name, target);
    return true;
  }
  addImport(from, local, exported) {
    const names = this.imports.get(from) ?? /* @__PURE__ */ new Map();
    names.set(local, exported);
    this.imports.set(from, names);
  }
  exportedName(file, target) {
    let names = this.exportNamesByFile.get(file);
    if (!names) {
      names = /* @__PURE__ */ new Map();
      const moduleSymbol = this.checker.getSymbolAtLocation(file);
      for (const exported of moduleSymbol ? this.checker.getExportsOfModule(moduleSymbol) : []) {
        const resolved = exported.flags & this.ts.SymbolFlags.Alias ? this.checker.getAliasedSymbol(exported) : exported;
        if (exported.name !== "default" && !names.has(resolved)) names.set(resolved, exported.name);
      }
      this.exportNamesByFile.set(file, names);
    }
    const name = names.get(target);
    return name === void 0 ? void 0 : { file, name };
  }
  /** Records a declaration for the model, and the user-declared types it mentions. */
  collect(declaration, symbol) {
    const { ts, checker } = this;
    if (this.declarationTexts.has(declaration)) return;
    const entry = { name: symbol.name, text: "" };
    this.declarationTexts.set(declaration, entry);
    entry.text = ts.isJSDocTypedefTag(declaration) || ts.isJSDocCallbackTag(declaration) ? jsdocDeclaration(
      ts,
      checker,
      declaration,
      symbol,
      (printed, location) => this.runnerText(parseType(ts, printed), location) ?? printed
    ) : readableDeclaration(ts, declaration);
    const visit = (node) => {
      const name = ts.isTypeReferenceNode(node) ? node.typeName : ts.isExpressionWithTypeArguments(node) ? node.expression : ts.isImportTypeNode(node) ? node.qualifier : void 0;
      const local = name && checker.getSymbolAtLocation(ts.isQualifiedName(name) ? name.right : name);
      const target = local && local.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(local) : local;
      const referenced = target?.declarations?.[0];
      if (target && referenced && isNamedTypeDeclaration(ts, referenced) && !this.program.isSourceFileFromExternalLibrary(referenced.getSourceFile()) && !this.isGlobal(referenced)) {
        this.collect(referenced, target);
        if (name && ts.isIdentifier(name) && !this.bind(name.text, target, referenced)) this.unwritable.push(name.text);
      }
      ts.forEachChild(node, visit);
    };
    ts.forEachChild(declaration, visit);
  }
};
function isNamedTypeDeclaration(ts, node) {
  return ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node) || ts.isEnumDeclaration(node) || ts.isClassDeclaration(node) || ts.isJSDocTypedefTag(node) || ts.isJSDocCallbackTag(node);
}
function withoutExtension(file) {
  return file.replace(/\.(d\.)?[cm]?[jt]sx?$/, "");
}
function leftmost(ts, name) {
  return ts.isIdentifier(name) ? name : leftmost(ts, name.left);
}
function parseType(ts, text) {
  const file = ts.createSourceFile("inferred.ts", `type Inferred = ${text};`, ts.ScriptTarget.Latest, true);
  const [statement] = file.statements;
  return statement && ts.isTypeAliasDeclaration(statement) ? statement.type : ts.factory.createTypeQueryNode(ts.factory.createIdentifier("unparsable"));
}

// src/engine/typescript/zod-type.ts
var PRIMITIVES = {
  string: "string",
  number: "number",
  int: "number",
  boolean: "boolean",
  bigint: "bigint",
  date: "Date",
  null: "null",
  undefined: "undefined",
  void: "void",
  any: "any",
  unknown: "unknown",
  never: "never",
  email: "string",
  url: "string",
  uuid: "string"
};
var REFINEMENTS = /* @__PURE__ */ new Set([
  "min",
  "max",
  "length",
  "int",
  "positive",
  "negative",
  "nonnegative",
  "nonpositive",
  "finite",
  "safe",
  "multipleOf",
  "step",
  "gt",
  "gte",
  "lt",
  "lte",
  "email",
  "url",
  "uuid",
  "cuid",
  "regex",
  "startsWith",
  "endsWith",
  "includes",
  "trim",
  "toLowerCase",
  "toUpperCase",
  "datetime",
  "nonempty",
  "refine",
  "superRefine",
  "check",
  "strict",
  "passthrough",
  "strip",
  "catch",
  "readonly",
  "brand",
  "meta"
]);
function zodSchemaType(ts, checker, schema, notes) {
  return renderSchema(ts, checker, schema, notes, 0).type;
}
function renderSchema(ts, checker, node, notes, depth) {
  const unknownSchema = () => {
    notes.push(`schema \`${abbreviate(node.getText())}\` is shown as unknown`);
    return { type: "unknown", optional: false, description: null };
  };
  if (depth > 20) return unknownSchema();
  const recurse = (inner) => renderSchema(ts, checker, inner, notes, depth + 1);
  if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isSatisfiesExpression(node)) return recurse(node.expression);
  if (ts.isIdentifier(node)) {
    const initializer = schemaVariableInitializer(ts, checker, node);
    return initializer ? recurse(initializer) : unknownSchema();
  }
  if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression)) return unknownSchema();
  const method = node.expression.name.text;
  const receiver = node.expression.expression;
  const [first, second] = node.arguments;
  if (isZodNamespace(ts, receiver)) {
    const factory = renderFactory(ts, method, first, second, notes, recurse);
    return factory ?? unknownSchema();
  }
  const base = recurse(receiver);
  switch (method) {
    case "optional":
    case "default":
    case "prefault":
      return { ...base, optional: true };
    case "nullable":
      return { ...base, type: `${base.type} | null` };
    case "nullish":
      return { ...base, type: `${base.type} | null`, optional: true };
    case "array":
      return { type: `${arrayElement(base.type)}[]`, optional: false, description: null };
    case "or":
      return first ? { type: `${base.type} | ${recurse(first).type}`, optional: false, description: null } : unknownSchema();
    case "describe":
      return { ...base, description: first && ts.isStringLiteralLike(first) ? first.text : base.description };
    default:
      return REFINEMENTS.has(method) ? base : unknownSchema();
  }
}
function renderFactory(ts, method, first, second, notes, recurse) {
  const plain = (type) => ({ type, optional: false, description: null });
  const primitive = PRIMITIVES[method];
  if (primitive) return plain(primitive);
  switch (method) {
    case "object":
    case "strictObject":
    case "looseObject":
      return first && ts.isObjectLiteralExpression(first) ? plain(objectType(ts, first, notes, recurse)) : null;
    case "array":
      return first ? plain(`${arrayElement(recurse(first).type)}[]`) : null;
    case "optional":
      return first ? { ...recurse(first), optional: true } : null;
    case "nullable":
      return first ? plain(`${recurse(first).type} | null`) : null;
    case "literal":
      return first && isLiteralExpression(ts, first) ? plain(first.getText()) : null;
    case "enum":
      return first && ts.isArrayLiteralExpression(first) && first.elements.every((element) => isLiteralExpression(ts, element)) ? plain(first.elements.map((element) => element.getText()).join(" | ")) : null;
    case "union":
      return first && ts.isArrayLiteralExpression(first) ? plain(first.elements.map((element) => recurse(element).type).join(" | ")) : null;
    case "tuple":
      return first && ts.isArrayLiteralExpression(first) ? plain(`[${first.elements.map((element) => recurse(element).type).join(", ")}]`) : null;
    case "record":
      if (first && second) return plain(`Record<${recurse(first).type}, ${recurse(second).type}>`);
      return first ? plain(`Record<string, ${recurse(first).type}>`) : null;
    default:
      return null;
  }
}
function objectType(ts, shape, notes, recurse) {
  const members = [];
  for (const property2 of shape.properties) {
    if (!ts.isPropertyAssignment(property2) || !(ts.isIdentifier(property2.name) || ts.isStringLiteral(property2.name))) {
      notes.push(`property \`${abbreviate(property2.getText())}\` of a schema is left out`);
      continue;
    }
    const rendered = recurse(property2.initializer);
    const doc = rendered.description ? `/** ${rendered.description.replace(/\*\//g, "*\\/")} */ ` : "";
    members.push(`${doc}${property2.name.getText()}${rendered.optional ? "?" : ""}: ${rendered.type}`);
  }
  return members.length === 0 ? "{}" : `{ ${members.join("; ")} }`;
}
function isZodNamespace(ts, node) {
  if (ts.isIdentifier(node)) return true;
  return ts.isPropertyAccessExpression(node) && node.name.text === "coerce" && ts.isIdentifier(node.expression);
}
function isLiteralExpression(ts, node) {
  return ts.isStringLiteralLike(node) || ts.isNumericLiteral(node) || node.kind === ts.SyntaxKind.TrueKeyword || node.kind === ts.SyntaxKind.FalseKeyword || node.kind === ts.SyntaxKind.NullKeyword;
}
function schemaVariableInitializer(ts, checker, identifier) {
  let symbol = checker.getSymbolAtLocation(identifier);
  if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  const declaration = symbol?.valueDeclaration;
  return declaration && ts.isVariableDeclaration(declaration) ? declaration.initializer : void 0;
}
function arrayElement(type) {
  return /^[\w.$<>[\]]+$/.test(type) ? type : `(${type})`;
}
function abbreviate(text) {
  const oneLine = text.replace(/\s+/g, " ");
  return oneLine.length > 60 ? `${oneLine.slice(0, 57)}...` : oneLine;
}

// src/engine/typescript/extract.ts
var RESERVED_TOOL_NAME = /^(main|__codemode.*)$/;
async function extractTypeScriptTools({ absolute, relative }) {
  const extension = import_node_path5.default.extname(absolute);
  if (extension !== extension.toLowerCase()) {
    throw usageError(
      `${relative}: Node.js and the TypeScript compiler take only lower-case extensions; rename it to ${import_node_path5.default.basename(relative, extension)}${extension.toLowerCase()}`
    );
  }
  const ts = await loadTypeScript();
  const options = analysisOptions(ts, import_node_path5.default.dirname(absolute));
  const program = ts.createProgram({ rootNames: [absolute], options, host: compilerHost(ts, options) });
  const sourceFile = program.getSourceFile(absolute);
  if (!sourceFile) throw usageError(`Tools module not found: ${relative}`);
  rejectSyntaxErrors(ts, program, sourceFile, relative);
  const checker = program.getTypeChecker();
  const analysis = {
    ts,
    checker,
    types: new RunnerTypes(ts, program, checker, sourceFile),
    isJavaScript: /\.[cm]?js$/i.test(absolute)
  };
  const moduleSymbol = checker.getSymbolAtLocation(sourceFile);
  const exported = moduleSymbol ? checker.getExportsOfModule(moduleSymbol) : [];
  const sources = exported.flatMap((symbol) => toolSources(analysis, symbol)).sort(byPositionIn(sourceFile));
  if (sources.length === 0) {
    if (exported.some((symbol) => symbol.name === "default")) {
      throw usageError(`${relative} exports only a default export; export named functions`);
    }
    throw usageError(`No exported functions found in ${relative}`);
  }
  const reserved = sources.find((source) => RESERVED_TOOL_NAME.test(source.name));
  if (reserved) throw usageError(`${relative} exports a tool named '${reserved.name}', a name the generated runner reserves; rename it`);
  const twice = sources.find((source, index) => sources.findIndex((other) => other.name === source.name) !== index);
  if (twice) throw usageError(`${relative} gives two tools the name '${twice.name}' (an export and an instance's method); rename one`);
  const extracted = sources.map(
    (source) => withUnwritableTypesNote(analysis, source.kind === "function" ? functionTool(analysis, source) : objectTool(analysis, source))
  );
  const errors = errorClasses(analysis, sourceFile, [...exported, ...sources.flatMap((source) => thrownClasses(analysis, source))]);
  return {
    language: "typescript",
    path: absolute,
    relative_path: relative,
    tools: extracted.map(({ type_parameters: _, ...tool }) => tool),
    declarations: analysis.types.declarations(),
    data: {
      type_parameters: Object.fromEntries(extracted.flatMap((tool) => tool.type_parameters ? [[tool.name, tool.type_parameters]] : [])),
      prelude: analysis.types.prelude(),
      tool_objects: sources.filter((source) => source.kind === "object").map((source) => source.name),
      instance_methods: sources.flatMap((source) => source.kind === "function" && source.method ? [source.method] : []),
      error_classes: errors.filter((error) => !sources.some((source) => source.name === `is${error.name}`))
    }
  };
}
function errorClasses(analysis, sourceFile, symbols) {
  const { ts, checker, types } = analysis;
  const globalError = checker.resolveName("Error", void 0, ts.SymbolFlags.Type, false);
  const classes = new Set(
    symbols.map((symbol) => symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol).filter((symbol) => symbol.flags & ts.SymbolFlags.Class)
  );
  return [...classes].flatMap((symbol) => {
    const instance = checker.getDeclaredTypeOfSymbol(symbol);
    if (!globalError || !extendsClass(checker, instance, globalError)) return [];
    const printed = checker.typeToString(instance, sourceFile, ts.TypeFormatFlags.NoTruncation | ts.TypeFormatFlags.UseFullyQualifiedType);
    const type = types.runnerText(parseType(ts, printed), sourceFile);
    return type === void 0 || !/^[\p{L}_$][\p{L}\p{N}_$]*$/u.test(type) ? [] : [{ name: symbol.name, type }];
  });
}
function extendsClass(checker, type, base) {
  const bases = type.isClassOrInterface() ? checker.getBaseTypes(type) : [];
  return bases.some((candidate) => candidate.symbol === base || extendsClass(checker, candidate, base));
}
function thrownClasses({ ts, checker }, source) {
  const tagged = source.kind === "function" ? [source.declaration, source.exported] : [source.exported];
  return tagged.flatMap(
    (node) => ts.getJSDocTags(node).flatMap((tag) => {
      const written = ts.isJSDocThrowsTag(tag) ? tag.typeExpression?.type : void 0;
      const name = written && ts.isTypeReferenceNode(written) ? written.typeName : void 0;
      const symbol = name && checker.getSymbolAtLocation(name);
      return symbol ? [symbol] : [];
    })
  );
}
function byPositionIn(file) {
  const position = ({ exported }) => exported.getSourceFile() === file ? exported.pos : Number.MAX_SAFE_INTEGER;
  return (a, b) => position(a) - position(b);
}
function rejectSyntaxErrors(ts, program, sourceFile, relative) {
  const [first] = program.getSyntacticDiagnostics(sourceFile);
  if (!first) return;
  const line = sourceFile.getLineAndCharacterOfPosition(first.start).line + 1;
  const message = ts.flattenDiagnosticMessageText(first.messageText, " ");
  throw usageError(`Syntax error in ${relative} line ${line}: ${message}`);
}
function toolSources(analysis, exported) {
  const { ts, checker } = analysis;
  if (exported.name === "default") return [];
  const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
  const declaration = symbol.valueDeclaration;
  if (!declaration) return [];
  const name = exported.name;
  const object = ts.isVariableDeclaration(declaration) && toolObjectLiteral(ts, declaration.initializer);
  if (object) return [{ kind: "object", name, symbol, object, exported: declaration }];
  const type = checker.getTypeOfSymbolAtLocation(symbol, declaration);
  if (type.getConstructSignatures().length > 0) return [];
  const signature = type.getCallSignatures()[0];
  const declared = signature?.getDeclaration();
  if (!signature || !declared) return instanceMethods(analysis, name, type, declaration);
  if (!ts.isJSDocSignature(declared)) return [{ kind: "function", name, symbol, declaration: declared, signature, exported: declaration }];
  const implementation = ts.isVariableDeclaration(declaration) && declaration.initializer && unwrap(ts, declaration.initializer);
  const own = implementation && (ts.isArrowFunction(implementation) || ts.isFunctionExpression(implementation)) ? implementation : void 0;
  return [{ kind: "function", name, symbol, declaration: own ?? declared, signature, callback: declared, exported: declaration }];
}
function instanceMethods({ ts, checker }, instance, type, exported) {
  const classDeclaration = type.getSymbol()?.valueDeclaration;
  if (!classDeclaration || !ts.isClassLike(classDeclaration) || isExternal(classDeclaration)) return [];
  return checker.getPropertiesOfType(type).flatMap((property2) => {
    const member = property2.valueDeclaration;
    if (!member || !ts.isClassElement(member) || !member.name || !ts.isIdentifier(member.name)) return [];
    if (ts.getCombinedModifierFlags(member) & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected)) return [];
    const signature = checker.getTypeOfSymbolAtLocation(property2, exported).getCallSignatures()[0];
    const method = signature?.getDeclaration();
    const implemented = method !== void 0 && (ts.isMethodDeclaration(method) && method.body !== void 0 || ts.isArrowFunction(method) || ts.isFunctionExpression(method));
    if (!signature || !method || !implemented) return [];
    return [
      {
        kind: "function",
        name: `${instance}_${property2.name}`,
        symbol: property2,
        declaration: method,
        signature,
        method: { tool: `${instance}_${property2.name}`, instance, method: property2.name },
        exported
      }
    ];
  });
}
function isExternal(declaration) {
  return /[\\/]node_modules[\\/]/.test(declaration.getSourceFile().fileName);
}
function toolObjectLiteral(ts, initializer) {
  if (!initializer) return void 0;
  const expression = unwrap(ts, initializer);
  const candidate = ts.isCallExpression(expression) && expression.arguments[0] ? unwrap(ts, expression.arguments[0]) : expression;
  if (!ts.isObjectLiteralExpression(candidate)) return void 0;
  return property(ts, candidate, "execute") ? candidate : void 0;
}
function functionTool(analysis, source) {
  const generic = (source.signature.getTypeParameters()?.length ?? 0) > 0;
  const typeParameters = generic ? typeParameterList(analysis, source.declaration) : void 0;
  if (!generic || typeParameters !== void 0) {
    const tool2 = typedFunctionTool(analysis, source);
    if (!generic || tool2.note === null) return typeParameters ? { ...tool2, type_parameters: typeParameters } : tool2;
  }
  const typeQuery = `typeof __codemodeTools.${source.method ? `${source.method.instance}.${source.method.method}` : source.name}`;
  const tool = typedFunctionTool(analysis, source, (index) => `Parameters<${typeQuery}>[${index}]`, `ReturnType<${typeQuery}>`);
  return { ...tool, note: "generic tool: its types are taken from the tools module" };
}
function withUnwritableTypesNote({ types }, tool) {
  const names = types.takeUnwritable();
  if (names.length === 0) return tool;
  const shown = `shows ${names.map((name) => `\`${name}\``).join(", ")}, which the runner can neither import nor declare (not exported), so main() cannot name ${names.length === 1 ? "it" : "them"}`;
  return { ...tool, note: [tool.note, shown].filter(Boolean).join("; ") };
}
function typeParameterList({ ts, types }, declaration) {
  const parameters = ts.isJSDocSignature(declaration) ? [] : ts.getEffectiveTypeParameterDeclarations(declaration);
  if (parameters.length === 0) return void 0;
  const texts = [];
  for (const parameter of parameters) {
    const constraint = parameter.constraint && types.runnerText(parameter.constraint, parameter);
    const fallback = parameter.default && types.runnerText(parameter.default, parameter);
    if (parameter.constraint && constraint === void 0 || parameter.default && fallback === void 0) return void 0;
    texts.push(`${parameter.name.text}${constraint ? ` extends ${constraint}` : ""}${fallback ? ` = ${fallback}` : ""}`);
  }
  return `<${texts.join(", ")}>`;
}
function typedFunctionTool(analysis, source, fallback, fallbackReturn) {
  const { ts, checker } = analysis;
  const { declaration, name } = source;
  const typeQuery = `typeof __codemodeTools.${source.method ? `${source.method.instance}.${source.method.method}` : name}`;
  const returnType = source.signature.getReturnType();
  const declaredAsync = ts.getCombinedModifierFlags(declaration) & ts.ModifierFlags.Async;
  const awaited = checker.getAwaitedType(returnType);
  const notes = [];
  const untyped = [];
  const params = parameterSources(analysis, source).map((parameter, index) => {
    const ownFallback = parameter.rest ? "any[]" : `Parameters<${typeQuery}>[${index}]`;
    if (isAny(analysis, parameter.type(), parameter.rest)) untyped.push(parameter.name);
    return {
      name: parameter.name,
      kind: parameter.rest ? "var_positional" : "positional_or_keyword",
      annotation: fallback && !parameter.rest ? fallback(index) : typeText(analysis, parameter.written, parameter.type, declaration, ownFallback, `parameter ${parameter.name}`, notes),
      default: parameter.rest ? null : parameter.default,
      doc: parameter.doc ?? callbackParameterDoc(ts, source.callback, parameter.name)
    };
  });
  return {
    name,
    params,
    returns: fallbackReturn ?? typeText(
      analysis,
      analysis.isJavaScript || ts.isJSDocSignature(declaration) ? void 0 : declaration.type,
      () => returnType,
      declaration,
      `ReturnType<${typeQuery}>`,
      "the result",
      notes
    ),
    doc: documentation(analysis, source.symbol) || typeDocumentation(analysis, source.symbol),
    async: declaredAsync !== 0 || awaited !== void 0 && awaited !== returnType,
    note: notes.length > 0 ? notes.join("; ") : null,
    untyped: [...untyped, ...awaited && isAny(analysis, awaited, false) ? ["return"] : []]
  };
}
function parameterSources(analysis, source) {
  const { ts, checker } = analysis;
  const { declaration, signature } = source;
  if (ts.isJSDocSignature(declaration)) {
    return declaration.parameters.map((tag, index) => {
      const expression = tag.typeExpression?.type;
      const symbol = signature.getParameters()[index];
      const optional = tag.isBracketed || expression !== void 0 && ts.isJSDocOptionalType(expression);
      return {
        name: ts.isIdentifier(tag.name) ? tag.name.text : `arg${index + 1}`,
        rest: expression !== void 0 && ts.isJSDocVariadicType(expression),
        type: () => symbol ? checker.getTypeOfSymbol(symbol) : checker.getAnyType(),
        written: void 0,
        default: optional ? "undefined" : null,
        doc: tagDoc(ts, tag)
      };
    });
  }
  return declaration.parameters.filter((parameter) => !(ts.isIdentifier(parameter.name) && parameter.name.text === "this")).map((parameter, index) => ({
    name: ts.isIdentifier(parameter.name) ? parameter.name.text : `arg${index + 1}`,
    rest: parameter.dotDotDotToken !== void 0,
    type: () => checker.getTypeAtLocation(parameter),
    written: analysis.isJavaScript ? void 0 : parameter.type,
    default: parameter.initializer?.getText() ?? (checker.isOptionalParameter(parameter) ? "undefined" : null),
    doc: parameterDoc(ts, parameter)
  }));
}
function objectTool(analysis, source) {
  const { ts, checker } = analysis;
  const { object, name } = source;
  const notes = [];
  const schema = property(ts, object, "inputSchema") ?? property(ts, object, "parameters");
  const execute = property(ts, object, "execute");
  const description = property(ts, object, "description");
  const returnType = execute && checker.getTypeAtLocation(execute).getCallSignatures()[0]?.getReturnType();
  const awaited = returnType && checker.getAwaitedType(returnType);
  const fallbackReturn = `ReturnType<NonNullable<typeof __codemodeTools.${name}.execute>>`;
  const result = returnType ? typeText(analysis, void 0, () => returnType, object, fallbackReturn, "the result", notes) : "unknown";
  return {
    name,
    params: [
      {
        name: "args",
        kind: "positional_or_keyword",
        annotation: schema && !ts.isMethodDeclaration(schema) ? zodSchemaType(ts, checker, schema, notes) : "unknown",
        default: null,
        doc: null
      }
    ],
    returns: awaited !== void 0 && awaited !== returnType ? result : `Promise<${result}>`,
    doc: description && ts.isStringLiteralLike(description) ? description.text : documentation(analysis, source.symbol),
    async: true,
    note: notes.length > 0 ? notes.join("; ") : null,
    untyped: [...schema ? [] : ["args"], ...awaited && isAny(analysis, awaited, false) ? ["return"] : []]
  };
}
function isAny({ ts, checker }, type, rest) {
  const element = rest && checker.isArrayType(type) ? checker.getTypeArguments(type)[0] : type;
  return element !== void 0 && (element.flags & ts.TypeFlags.Any) !== 0;
}
function typeText(analysis, written, inferred, location, fallback, what, notes) {
  const { ts, checker, types } = analysis;
  const asWritten = written && types.runnerText(written, location);
  if (asWritten !== void 0) return asWritten;
  const text = written?.getText() ?? checker.typeToString(inferred(), location, ts.TypeFormatFlags.NoTruncation);
  const asPrinted = written ? void 0 : types.runnerText(parseType(ts, text), location);
  if (asPrinted !== void 0) return asPrinted;
  notes.push(`${what} has type \`${text}\`, which the runner takes from the tools module`);
  return fallback;
}
function documentation({ ts, checker }, symbol) {
  return ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim();
}
function typeDocumentation(analysis, symbol) {
  const alias = analysis.checker.getTypeOfSymbol(symbol).aliasSymbol;
  return alias ? documentation(analysis, alias) : "";
}
function parameterDoc(ts, parameter) {
  return tagDoc(ts, ts.getJSDocParameterTags(parameter)[0]);
}
function callbackParameterDoc(ts, callback, name) {
  return tagDoc(
    ts,
    callback?.parameters.find((tag) => ts.isIdentifier(tag.name) && tag.name.text === name)
  );
}
function tagDoc(ts, tag) {
  const text = ts.getTextOfJSDocComment(tag?.comment)?.replace(/^\s*-\s*/, "").trim();
  return text ? text : null;
}
function property(ts, object, name) {
  for (const member of object.properties) {
    if (!member.name || !(ts.isIdentifier(member.name) || ts.isStringLiteral(member.name)) || member.name.text !== name) continue;
    if (ts.isPropertyAssignment(member)) return member.initializer;
    if (ts.isMethodDeclaration(member)) return member;
    if (ts.isShorthandPropertyAssignment(member)) return member.name;
  }
  return void 0;
}
function unwrap(ts, expression) {
  if (ts.isParenthesizedExpression(expression) || ts.isAsExpression(expression) || ts.isSatisfiesExpression(expression)) {
    return unwrap(ts, expression.expression);
  }
  return expression;
}

// src/engine/typescript/index.ts
var typescriptLanguage = {
  ...typescriptDescription,
  runnerFileName: TYPESCRIPT_RUNNER_FILE,
  toolchain: (config) => ({ executable: config.node }),
  extract: extractTypeScriptTools,
  noToolsModule: () => ({
    language: "typescript",
    path: TYPESCRIPT_NO_TOOLS_FILE,
    relative_path: "MCP servers",
    tools: [],
    declarations: [],
    data: { prelude: [], type_parameters: {}, tool_objects: [], instance_methods: [], error_classes: [] }
  }),
  renderRunner: renderTypeScriptRunner,
  wrapperPattern: TYPESCRIPT_WRAPPER_PATTERN,
  readableApi: typescriptReadableApi,
  check: (runnerPath, module, context, regions) => checkTypeScriptRunner(runnerPath, module, regions, context.warmChecker),
  startWarmChecker: (runner, runnerPath, module) => TypeScriptWarmChecker.start(runner.text, runnerPath, module),
  prepare: buildTypeScriptRunner,
  hostCommand: typescriptHostCommand,
  // The host imports the tools module as the runner's build made it.
  hostStartsEarly: false,
  programStartsEarly: false,
  programCommand: typescriptProgramCommand,
  programReadPaths: typescriptProgramReadPaths,
  loadMcp: async () => (await import("./mcp-6XASLJM7.js")).typescriptMcp
};
export {
  typescriptLanguage
};
