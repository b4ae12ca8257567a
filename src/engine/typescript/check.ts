import path from 'node:path';

import type * as TS from 'typescript';

import type { Diagnostic, LocatedRegion, WarmChecker } from '../language.js';
import { analysisOptions, compilerHost, formatDiagnostic, loadTypeScript, type TypeScript } from './compiler.js';
import type { TypeScriptModule } from './data.js';
import { TYPESCRIPT_RUNTIME_FILE } from './runtime-source.js';

/**
 * Type-checks the runner against the real types of the tools (the user's tsconfig.json applies), and
 * rejects top-level code outside the generated regions that shadows or bypasses them or uses the runtime. The regions
 * are where verification located them by position (marker-looking comments elsewhere are ordinary comments).
 * Problems inside the user's own modules are not reported: the runner cannot fix them. A warm checker started on this
 * runner (`warm`) checks it with the files it has already loaded; without one, the check loads them all.
 */
export async function checkTypeScriptRunner(
  runnerPath: string,
  module: TypeScriptModule,
  regions: LocatedRegion[],
  warm?: WarmChecker,
): Promise<Diagnostic[]> {
  const checker =
    warm instanceof TypeScriptWarmChecker && warm.runnerPath === runnerPath ? warm : await RunnerChecker.cold(runnerPath, module);
  return checker.check(checker.readRunner(), regions);
}

/** The compiler set up for one runner: its options, and a host that resolves as the runner's imports need. */
class RunnerChecker {
  private program: TS.Program | undefined;

  protected constructor(
    private readonly ts: TypeScript,
    private readonly options: TS.CompilerOptions,
    private readonly host: TS.CompilerHost,
    readonly runnerPath: string,
    private readonly module: TypeScriptModule,
  ) {}

  static async cold(runnerPath: string, module: TypeScriptModule): Promise<RunnerChecker> {
    const ts = await loadTypeScript();
    const options = analysisOptions(ts, path.dirname(module.path));
    return new RunnerChecker(ts, options, runnerCompilerHost(ts, options, runnerPath, module.path), runnerPath, module);
  }

  /** The runner's text on disk, as the compiler reads a file, or undefined when it cannot be read. */
  readRunner(): string | undefined {
    return this.host.readFile(this.runnerPath);
  }

  /** The runner's problems when its text is `text` (undefined: it could not be read). */
  check(text: string | undefined, regions: LocatedRegion[]): Diagnostic[] {
    const { ts, options, host, runnerPath, module } = this;
    const getSourceFile: TS.CompilerHost['getSourceFile'] = (fileName, languageVersion, onError, shouldCreate) =>
      fileName !== runnerPath
        ? host.getSourceFile(fileName, languageVersion, onError, shouldCreate)
        : text === undefined
          ? undefined
          : ts.createSourceFile(fileName, text, languageVersion, true);
    this.program = ts.createProgram({ rootNames: [runnerPath], options, host: { ...host, getSourceFile }, oldProgram: this.program });
    const runner = this.program.getSourceFile(runnerPath);
    if (!runner) return [{ line: null, message: `${path.basename(runnerPath)} could not be read` }];
    const syntactic = this.program.getSyntacticDiagnostics(runner);
    const compilerDiagnostics = syntactic.length > 0 ? syntactic : this.program.getSemanticDiagnostics(runner);
    const displayName = path.basename(runnerPath);
    return [
      ...compilerDiagnostics
        .filter((diagnostic) => diagnostic.category === ts.DiagnosticCategory.Error)
        .map((diagnostic) => formatDiagnostic(ts, diagnostic, displayName)),
      ...regionViolations(ts, runner, module, regions, displayName, (specifier) =>
        resolve(ts, host, options, specifier, runnerPath, module.path),
      ),
    ];
  }
}

/**
 * The compiler kept warm for a TypeScript runner: started on the generated runner while Claude Code writes, it keeps
 * the files outside the runner's folder parsed and bound (the default libraries, the tools module and what it imports),
 * so that the program's check parses only the runner and the files beside it and checks it against them.
 */
export class TypeScriptWarmChecker extends RunnerChecker implements WarmChecker {
  static async start(runnerText: string, runnerPath: string, module: TypeScriptModule): Promise<TypeScriptWarmChecker> {
    const ts = await loadTypeScript();
    const options = analysisOptions(ts, path.dirname(module.path));
    const checker = new TypeScriptWarmChecker(
      ts,
      options,
      keepingSourceFiles(runnerCompilerHost(ts, options, runnerPath, module.path), path.dirname(runnerPath)),
      runnerPath,
      module,
    );
    // Checking the generated runner loads and binds all it imports, and compiles the compiler's own code.
    checker.check(runnerText, []);
    return checker;
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}

/**
 * The host with every source file it reads outside the runner's folder kept, as read the first time: the files a
 * runner imports from the repository and its packages do not change during a run, while the model writes in the
 * runner's folder.
 */
function keepingSourceFiles(host: TS.CompilerHost, runnerFolder: string): TS.CompilerHost {
  const kept = new Map<string, TS.SourceFile | undefined>();
  const getSourceFile: TS.CompilerHost['getSourceFile'] = (fileName, languageVersion, onError, shouldCreate) => {
    const read = () => host.getSourceFile(fileName, languageVersion, onError, shouldCreate);
    if (!path.relative(runnerFolder, fileName).startsWith('..')) return read();
    const key = `${fileName}\0${JSON.stringify(languageVersion)}`;
    if (!kept.has(key)) kept.set(key, read());
    return kept.get(key);
  };
  return { ...host, getSourceFile };
}

/** The runner lives outside the repository: its package imports resolve as if written in the tools module. */
export function runnerCompilerHost(ts: TypeScript, options: TS.CompilerOptions, runnerPath: string, toolsPath: string): TS.CompilerHost {
  const host = compilerHost(ts, options, true);
  const cache = ts.createModuleResolutionCache(host.getCurrentDirectory(), (fileName) => host.getCanonicalFileName(fileName), options);
  host.resolveModuleNameLiterals = (literals, containingFile, redirected, compilerOptions) =>
    literals.map((literal) =>
      ts.resolveModuleName(
        literal.text,
        containingFile === runnerPath && isPackageSpecifier(literal.text) ? toolsPath : containingFile,
        compilerOptions,
        host,
        cache,
        redirected,
      ),
    );
  return host;
}

export function isPackageSpecifier(specifier: string): boolean {
  return !specifier.startsWith('.') && !path.isAbsolute(specifier) && !specifier.startsWith('file:');
}

function resolve(
  ts: TypeScript,
  host: TS.CompilerHost,
  options: TS.CompilerOptions,
  specifier: string,
  runnerPath: string,
  toolsPath: string,
): string | undefined {
  const from = isPackageSpecifier(specifier) ? toolsPath : runnerPath;
  return ts.resolveModuleName(specifier, from, options, host).resolvedModule?.resolvedFileName;
}

function regionViolations(
  ts: TypeScript,
  runner: TS.SourceFile,
  module: TypeScriptModule,
  regions: LocatedRegion[],
  displayName: string,
  resolveSpecifier: (specifier: string) => string | undefined,
): Diagnostic[] {
  const misplaced = regions.filter((region) => runner.text.slice(region.start, region.start + region.text.length) !== region.text);
  if (misplaced.length > 0) {
    return misplaced.map((region) => ({
      line: null,
      message: `the protected ${region.name} region is not at lines ${region.first_line}-${region.last_line}`,
    }));
  }
  const spans = regions.map((region) => ({ name: region.name, start: region.start, end: region.start + region.text.length }));
  const runtimePath = path.join(path.dirname(runner.fileName), TYPESCRIPT_RUNTIME_FILE);
  const toolNames = new Set([...module.tools.map((tool) => tool.name), ...(module.mcp?.names ?? [])]);
  const diagnostics: Diagnostic[] = [];
  const report = (node: TS.Node, text: string) => {
    const { line, character } = runner.getLineAndCharacterOfPosition(node.getStart(runner));
    diagnostics.push({ line: line + 1, message: `${displayName}:${line + 1}:${character + 1} - error: ${text}` });
  };
  for (const span of spans) {
    if (!runner.statements.some((statement) => within(statement.getStart(runner), span))) {
      diagnostics.push({
        line: null,
        message: `${displayName}: the protected ${span.name} region is not code; do not comment it out or quote it`,
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
      } else if (imported !== undefined && path.resolve(imported) === runtimePath) {
        report(statement, `${TYPESCRIPT_RUNTIME_FILE} serves the generated regions only; do not import it`);
      }
    }
  }
  return diagnostics;
}

function within(position: number, span: { start: number; end: number }): boolean {
  return position >= span.start && position < span.end;
}

function declaredNames(ts: TypeScript, statement: TS.Statement): TS.Identifier[] {
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
  if (
    (ts.isFunctionDeclaration(statement) ||
      ts.isClassDeclaration(statement) ||
      ts.isInterfaceDeclaration(statement) ||
      ts.isTypeAliasDeclaration(statement) ||
      ts.isEnumDeclaration(statement) ||
      ts.isImportEqualsDeclaration(statement) ||
      ts.isModuleDeclaration(statement)) &&
    statement.name &&
    ts.isIdentifier(statement.name)
  ) {
    return [statement.name];
  }
  return [];
}

function bindingNames(ts: TypeScript, name: TS.BindingName): TS.Identifier[] {
  if (ts.isIdentifier(name)) return [name];
  return name.elements.flatMap((element) => (ts.isOmittedExpression(element) ? [] : bindingNames(ts, element.name)));
}
