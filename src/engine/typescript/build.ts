import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as TS from 'typescript';
import type { ExecutionCommand, LanguageContext } from '../language.js';
import type { TypeScriptModule } from './data.js';
import { analysisOptions, loadTypeScript, userCompilerOptions, type TypeScript } from './compiler.js';
import { isPackageSpecifier, runnerCompilerHost } from './check.js';

const BUILD_DIR = '.build';
const BUILT_RUNNER_NAME = 'agentRunner.codemode.mjs';
const TYPESCRIPT_SOURCE = /\.(ts|mts|tsx)$/;
const DECLARATION_FILE = /\.d\.[cm]?ts$/;

/**
 * Where the runner runs from: the build mirrors the repository's layout, with the runner in the tools
 * module's directory, so package imports resolve as they do for the tools module.
 */
export function builtRunnerPath(runnerPath: string, module: TypeScriptModule): string {
  return path.join(path.dirname(runnerPath), BUILD_DIR, path.dirname(module.relative_path), BUILT_RUNNER_NAME);
}

export function typescriptExecutionCommand(runnerPath: string, module: TypeScriptModule, context: LanguageContext): ExecutionCommand {
  return { file: context.node, args: ['--enable-source-maps', builtRunnerPath(runnerPath, module)], env: {} };
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
  const outputPath = (source: string): string => {
    if (source === runnerPath) return builtRunnerPath(runnerPath, module);
    const inRepo = path.relative(context.repoRoot, source);
    const mirrored = inRepo.startsWith('..') || path.isAbsolute(inRepo) ? path.join('.external', source.replace(/^([A-Za-z]:)?[\\/]/, '')) : inRepo;
    return path.join(buildRoot, mirrored.replace(TYPESCRIPT_SOURCE, '.mjs'));
  };

  const queued = new Set([runnerPath]);
  const queue = [runnerPath];
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
    const relative = path.relative(path.dirname(outputPath(from)), outputPath(target)).split(path.sep).join('/');
    return relative.startsWith('.') ? relative : `./${relative}`;
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
        if (moduleSpecifier) return factory.updateImportDeclaration(node, node.modifiers, node.importClause, moduleSpecifier, node.attributes);
      }
      if (ts.isExportDeclaration(node) && node.moduleSpecifier) {
        const moduleSpecifier = specifier(node.moduleSpecifier);
        if (moduleSpecifier) {
          return factory.updateExportDeclaration(node, node.modifiers, node.isTypeOnly, node.exportClause, moduleSpecifier, node.attributes);
        }
      }
      if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0]) {
        const moduleSpecifier = specifier(node.arguments[0]);
        if (moduleSpecifier) return factory.updateCallExpression(node, node.expression, node.typeArguments, [moduleSpecifier, ...node.arguments.slice(1)]);
      }
      if (ts.isPropertyAccessExpression(node) && ts.isMetaProperty(node.expression) && node.expression.keywordToken === ts.SyntaxKind.ImportKeyword) {
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
  const map = { ...(JSON.parse(result.sourceMapText) as object), file: path.basename(output), sourceRoot: '', sources: [pathToFileURL(source).href] };
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
