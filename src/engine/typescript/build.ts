import { existsSync } from 'node:fs';
import { mkdir, readFile, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import type * as TS from 'typescript';

import type { ExecutionCommand, LanguageContext } from '../language.js';
import { runProcessTree } from '../process.js';
import { argumentShape } from './argument-shapes.js';
import { isPackageSpecifier, runnerCompilerHost } from './check.js';
import { analysisOptions, loadTypeScript, type TypeScript, userCompilerOptions } from './compiler.js';
import type { TypeScriptModule } from './data.js';
import { TYPESCRIPT_HOST_FILE, TYPESCRIPT_RUNTIME_FILE, typescriptRuntimeFile } from './runtime-source.js';

const BUILD_DIR = '.build';
const BUILT_RUNNER_NAME = 'agentRunner.codemode.mjs';
/** The tool host and its manifest, beside the runner's build. */
const HOST_DIR = '.host';
const BUILT_HOST_NAME = '_codemode_host.mjs';
const MANIFEST_NAME = 'tools.json';
const TYPESCRIPT_SOURCE = /\.(ts|mts|tsx)$/;
const DECLARATION_FILE = /\.d\.[cm]?ts$/;

/**
 * Where the runner runs from: the build mirrors the repository's layout, with the runner in the tools
 * module's directory, so package imports resolve as they do for the tools module.
 */
function builtRunnerPath(runnerPath: string, module: TypeScriptModule): string {
  return path.join(path.dirname(runnerPath), BUILD_DIR, path.dirname(module.relative_path), BUILT_RUNNER_NAME);
}

/** Where the build puts a module: mirrored from the repository, or under `.external` when it lies outside it. */
function builtModulePath(runnerPath: string, module: TypeScriptModule, repoRoot: string, source: string): string {
  if (source === runnerPath) return builtRunnerPath(runnerPath, module);
  const inRepo = path.relative(repoRoot, source);
  const mirrored =
    inRepo.startsWith('..') || path.isAbsolute(inRepo) ? path.join('.external', source.replace(/^([A-Za-z]:)?[\\/]/, '')) : inRepo;
  return path.join(path.dirname(runnerPath), BUILD_DIR, mirrored.replace(TYPESCRIPT_SOURCE, '.mjs'));
}

/** The module the tool host imports: the built one for TypeScript, the module itself for JavaScript. */
function builtToolsPath(runnerPath: string, module: TypeScriptModule, context: LanguageContext): string {
  return TYPESCRIPT_SOURCE.test(module.path) ? builtModulePath(runnerPath, module, context.repoRoot, module.path) : module.path;
}

function hostDir(runnerPath: string): string {
  return path.join(path.dirname(runnerPath), HOST_DIR);
}

/** The tool host: node running the built host with the manifest; the engine writes the launch spec on its standard input. */
export function typescriptHostCommand(runnerPath: string, _module: TypeScriptModule, context: LanguageContext): ExecutionCommand {
  const dir = hostDir(runnerPath);
  return {
    file: context.toolchain.executable,
    args: ['--enable-source-maps', path.join(dir, BUILT_HOST_NAME), path.join(dir, MANIFEST_NAME)],
    env: {},
  };
}

/** The program: the real node with the built runner. */
export function typescriptProgramCommand(
  runnerPath: string,
  module: TypeScriptModule,
  context: LanguageContext,
): Promise<ExecutionCommand> {
  return Promise.resolve({
    file: context.toolchain.executable,
    args: ['--enable-source-maps', builtRunnerPath(runnerPath, module)],
    env: {},
  });
}

const installPrefixes = new Map<string, Promise<string>>();

/**
 * The install prefix of the Node.js the program runs on (`<prefix>/bin/node`), found by asking that node where
 * its executable really is, once per executable: a node under $HOME stays readable when the sandbox hides $HOME.
 */
export async function typescriptProgramReadPaths(context: LanguageContext): Promise<string[]> {
  const node = context.toolchain.executable;
  let prefix = installPrefixes.get(node);
  if (!prefix) {
    prefix = runProcessTree(node, ['-p', 'process.execPath'], { env: context.env, signal: context.signal }).then(async ({ stdout }) =>
      path.dirname(path.dirname(await realpath(stdout.trim()))),
    );
    installPrefixes.set(node, prefix);
    prefix.catch(() => installPrefixes.delete(node));
  }
  return [await prefix];
}

/**
 * Transpiles the runner and every TypeScript module it reaches into plain ES modules beside the runner,
 * so any Node.js version runs it with no loader. JavaScript modules and packages are used where they are.
 */
export async function buildTypeScriptRunner(runnerPath: string, module: TypeScriptModule, context: LanguageContext): Promise<void> {
  const ts = await loadTypeScript();
  const buildRoot = path.join(path.dirname(runnerPath), BUILD_DIR);
  await rm(buildRoot, { recursive: true, force: true });
  const toolsDir = path.dirname(module.path);
  const resolutionOptions = analysisOptions(ts, toolsDir);
  const host = runnerCompilerHost(ts, resolutionOptions, runnerPath, module.path);
  const emitOptions = transpileOptions(ts, userCompilerOptions(ts, toolsDir));
  const outputPath = (source: string): string => builtModulePath(runnerPath, module, context.repoRoot, source);

  // The tools module is built even when the runner does not import it: the host imports it.
  const queued = new Set([runnerPath]);
  const queue = [runnerPath];
  if (TYPESCRIPT_SOURCE.test(module.path)) {
    queued.add(module.path);
    queue.push(module.path);
  }
  const resolveSpecifier = (specifier: string, from: string): string => {
    const containing = from === runnerPath && isPackageSpecifier(specifier) ? module.path : from;
    const resolved = ts.resolveModuleName(specifier, containing, resolutionOptions, host).resolvedModule;
    if (!resolved || resolved.isExternalLibraryImport) {
      return isPackageSpecifier(specifier) ? specifier : pathToFileURL(path.resolve(path.dirname(from), specifier)).href;
    }
    const target = resolved.resolvedFileName;
    if (DECLARATION_FILE.test(target)) return pathToFileURL(path.resolve(path.dirname(from), specifier)).href;
    if (!TYPESCRIPT_SOURCE.test(target)) return pathToFileURL(target).href;
    if (!queued.has(target)) {
      queued.add(target);
      queue.push(target);
    }
    const relative = path
      .relative(path.dirname(outputPath(from)), outputPath(target))
      .split(path.sep)
      .join('/');
    // `.workspace/x.mjs` starts with a dot but is no relative specifier: only `./` and `../` are.
    return relative.startsWith('../') ? relative : `./${relative}`;
  };

  for (let source = queue.shift(); source !== undefined; source = queue.shift()) {
    const output = outputPath(source);
    const text = await readFile(source, 'utf8');
    const result = ts.transpileModule(text, {
      fileName: source,
      compilerOptions: emitOptions,
      transformers: { after: [rewriteModuleReferences(ts, source, resolveSpecifier)] },
    });
    await mkdir(path.dirname(output), { recursive: true });
    await writeFile(output, withInlineSourceMap(result, source, output));
  }
  await linkNodeModules(context.repoRoot, buildRoot, [...queued].map(outputPath));
  await buildHost(ts, runnerPath, module, context);
}

/**
 * The tool host, transpiled from the package's runtime files (not the copies beside the runner), and its manifest:
 * the module to import and each tool's parameters, to bind and check the arguments of calls.
 */
async function buildHost(ts: TypeScript, runnerPath: string, module: TypeScriptModule, context: LanguageContext): Promise<void> {
  const dir = hostDir(runnerPath);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const runtimeSpecifier = `./${TYPESCRIPT_RUNTIME_FILE}`;
  for (const name of [TYPESCRIPT_RUNTIME_FILE, TYPESCRIPT_HOST_FILE]) {
    const output = path.join(dir, name.replace(TYPESCRIPT_SOURCE, '.mjs'));
    const result = ts.transpileModule(typescriptRuntimeFile(name), {
      fileName: name,
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    });
    await writeFile(output, result.outputText.replace(`'${runtimeSpecifier}'`, `'${runtimeSpecifier.replace(TYPESCRIPT_SOURCE, '.mjs')}'`));
  }
  const manifest = {
    module: builtToolsPath(runnerPath, module, context),
    tools: module.tools.map((tool) => ({
      name: tool.name,
      object: module.data.tool_objects.includes(tool.name),
      method: module.data.instance_methods.find((method) => method.tool === tool.name),
      params: tool.params.map((param) => ({
        name: param.name,
        rest: param.kind === 'var_positional',
        required: param.kind !== 'var_positional' && param.default === null,
        type: param.annotation,
        shape: argumentShape(ts, param.annotation),
      })),
    })),
  };
  await writeFile(path.join(dir, MANIFEST_NAME), JSON.stringify(manifest, null, 2));
}

function transpileOptions(ts: TypeScript, user: TS.CompilerOptions): TS.CompilerOptions {
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
function rewriteModuleReferences(
  ts: TypeScript,
  source: string,
  resolveSpecifier: (specifier: string, from: string) => string,
): TS.TransformerFactory<TS.SourceFile> {
  const sourceUrl = pathToFileURL(source).href;
  const importMeta: Record<string, string> = { url: sourceUrl, filename: source, dirname: path.dirname(source) };
  return (context) => {
    const { factory } = context;
    const specifier = (literal: TS.Expression): TS.StringLiteral | undefined =>
      ts.isStringLiteral(literal) ? factory.createStringLiteral(resolveSpecifier(literal.text, source)) : undefined;
    const visit = (node: TS.Node): TS.Node => {
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
            node.attributes,
          );
        }
      }
      if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0]) {
        const moduleSpecifier = specifier(node.arguments[0]);
        if (moduleSpecifier)
          return factory.updateCallExpression(node, node.expression, node.typeArguments, [moduleSpecifier, ...node.arguments.slice(1)]);
      }
      if (
        ts.isPropertyAccessExpression(node) &&
        ts.isMetaProperty(node.expression) &&
        node.expression.keywordToken === ts.SyntaxKind.ImportKeyword
      ) {
        const replacement = importMeta[node.name.text];
        if (replacement !== undefined) return factory.createStringLiteral(replacement);
      }
      return ts.visitEachChild(node, visit, context);
    };
    return (file) => ts.visitEachChild(file, visit, context);
  };
}

/** Stack traces then name the original `.ts` files and lines. */
function withInlineSourceMap(result: TS.TranspileOutput, source: string, output: string): string {
  const code = result.outputText.replace(/\/\/# sourceMappingURL=\S*\s*$/, '');
  if (!result.sourceMapText) return code;
  const map = {
    ...(JSON.parse(result.sourceMapText) as object),
    file: path.basename(output),
    sourceRoot: '',
    sources: [pathToFileURL(source).href],
  };
  return `${code}//# sourceMappingURL=data:application/json;base64,${Buffer.from(JSON.stringify(map)).toString('base64')}\n`;
}

/** Mirrors the repository's node_modules directories into the build, so package imports resolve. */
async function linkNodeModules(repoRoot: string, buildRoot: string, outputs: string[]): Promise<void> {
  const mirroredDirs = new Set<string>();
  for (const output of outputs) {
    const relative = path.relative(buildRoot, path.dirname(output));
    if (relative.startsWith('.external')) continue;
    const parts = relative ? relative.split(path.sep) : [];
    for (let depth = 0; depth <= parts.length; depth++) mirroredDirs.add(parts.slice(0, depth).join(path.sep));
  }
  for (const dir of mirroredDirs) {
    const target = dir === '' ? nearestNodeModules(repoRoot) : path.join(repoRoot, dir, 'node_modules');
    if (target && existsSync(target)) await symlink(target, path.join(buildRoot, dir, 'node_modules'), 'junction');
  }
}

function nearestNodeModules(from: string): string | undefined {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules');
    if (existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) return undefined;
  }
}
