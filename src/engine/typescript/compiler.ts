import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import type * as TS from 'typescript';

import type { Diagnostic } from '../language.js';

export type TypeScript = typeof TS;

let loading: Promise<TypeScript> | undefined;

/** The compiler is large: load it only when a TypeScript or JavaScript tools module is used. */
export function loadTypeScript(): Promise<TypeScript> {
  loading ??= import('typescript').then((loaded) => loaded.default);
  return loading;
}

/**
 * The build ships the lib.*.d.ts files a runner check can need in dist/typescript/, beside the bundle's
 * modules; run from source, the compiler's own directory (node_modules/typescript/lib) is used.
 */
const SHIPPED_LIBS = fileURLToPath(new URL('./typescript/', import.meta.url));
let shippedLibs: string | null | undefined;

function shippedLibLocation(): string | null {
  shippedLibs ??= existsSync(path.join(SHIPPED_LIBS, 'lib.es5.d.ts')) ? SHIPPED_LIBS.replace(/\\/g, '/').replace(/\/$/, '') : null;
  return shippedLibs;
}

/** A compiler host that finds the default lib files where the build put them. */
export function compilerHost(ts: TypeScript, options: TS.CompilerOptions, setParentNodes?: boolean): TS.CompilerHost {
  const host = ts.createCompilerHost(options, setParentNodes);
  const libs = shippedLibLocation();
  if (libs) {
    host.getDefaultLibLocation = () => libs;
    host.getDefaultLibFileName = (compilerOptions) => `${libs}/${ts.getDefaultLibFileName(compilerOptions)}`;
  }
  return host;
}

/** Compiler options of the tsconfig.json nearest to `fromDir`, without listing the project's files. */
export function userCompilerOptions(ts: TypeScript, fromDir: string): TS.CompilerOptions {
  const configPath = ts.findConfigFile(fromDir, (file) => ts.sys.fileExists(file), 'tsconfig.json');
  if (!configPath) return { target: ts.ScriptTarget.ES2022, strict: true };
  const read = ts.readConfigFile(configPath, (file) => ts.sys.readFile(file));
  const config: unknown = read.config;
  if (read.error) return { target: ts.ScriptTarget.ES2022, strict: true };
  const withoutFileListing: TS.ParseConfigHost = { ...ts.sys, readDirectory: () => [] };
  return ts.parseJsonConfigFileContent(config, withoutFileListing, path.dirname(configPath), undefined, configPath).options;
}

/**
 * Options for analysing the tools module and type-checking the runner: the user's settings, with module
 * resolution that accepts the runner's absolute `.ts` import and never anything emitted.
 */
export function analysisOptions(ts: TypeScript, toolsDir: string): TS.CompilerOptions {
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
    noUnusedParameters: false,
  };
}

/** `file:line:col - error TSxxxx: message`, the form compilers print and models know how to act on. */
export function formatDiagnostic(ts: TypeScript, diagnostic: TS.Diagnostic, displayName: string): Diagnostic {
  const text = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
  const cause = ROOT_CAUSE_CODES.has(diagnostic.code) ? { root_cause: true } : {};
  if (!diagnostic.file || diagnostic.start === undefined) return { line: null, message: `error TS${diagnostic.code}: ${text}`, ...cause };
  const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
  return { line: line + 1, message: `${displayName}:${line + 1}:${character + 1} - error TS${diagnostic.code}: ${text}`, ...cause };
}

/**
 * Errors other errors follow from: "Cannot find name" (TS2304, TS2552 with a suggestion), "Cannot find module"
 * (TS2307) and "has no exported member" (TS2305, TS2724 with a suggestion).
 */
const ROOT_CAUSE_CODES = new Set([2304, 2552, 2307, 2305, 2724]);
