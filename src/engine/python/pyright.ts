/**
 * pyright, the type checker of Python runners: installed on demand next to Claude Code (npm-cache.ts) and run
 * over a private copy of the runner, with the job's interpreter and the tools module's folder on the import path.
 */
import { access, mkdtemp, readFile, realpath, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import { z } from 'zod';

import { lastLine, parseJsonOrUndefined } from '../../format.js';
import { CodeModeError, environmentError, errorMessage, usageError } from '../errors.js';
import type { Diagnostic, LanguageContext, LocatedRegion, TypeChecker, TypeCheckerSource } from '../language.js';
import { type InstalledTool, installIntoCache } from '../npm-cache.js';
import { runProcessTree } from '../process.js';
import type { PythonModule } from './data.js';
import { pythonInstallation } from './interpreter.js';
import { pythonRuntimeStub } from './runtime-source.js';

/** @internal exported for its tests */
export const PYRIGHT_VERSION = '1.1.414';
const PYRIGHT_PACKAGE = 'pyright';

/** The command-line script inside an npm prefix, or null. */
async function scriptInPrefix(prefix: string): Promise<string | null> {
  const script = path.join(prefix, 'node_modules', PYRIGHT_PACKAGE, 'index.js');
  return access(script).then(
    () => script,
    () => null,
  );
}

/** The version in the package.json beside a pyright script, or null when there is none. */
async function packageVersion(script: string): Promise<string | null> {
  const text = await readFile(path.join(path.dirname(script), 'package.json'), 'utf8').catch(() => null);
  const parsed = z.object({ version: z.string() }).safeParse(text === null ? undefined : parseJsonOrUndefined(text));
  return parsed.success ? parsed.data.version : null;
}

async function explicitScript(file: string): Promise<Omit<InstalledTool, 'duration_ms'>> {
  const script = await realpath(file).catch(() => null);
  if (script === null) throw usageError(`pyright not found at ${file} (pyright_path)`);
  return { path: script, version: (await packageVersion(script)) ?? 'unknown', installed: false };
}

/** pyright's script: the explicit one, else the cached pinned version, else a fresh install into the cache. */
export async function ensurePyright(source: TypeCheckerSource, version = PYRIGHT_VERSION): Promise<InstalledTool> {
  const started = performance.now();
  const finish = (found: Omit<InstalledTool, 'duration_ms'>): InstalledTool => ({
    ...found,
    duration_ms: Math.round(performance.now() - started),
  });
  if (source.path) return finish(await explicitScript(source.path));
  const folder = path.join(source.cacheDir, PYRIGHT_PACKAGE, version);
  const cached = await scriptInPrefix(folder);
  if (cached) return finish({ path: cached, version, installed: false });
  const install = installIntoCache({
    label: 'pyright',
    name: PYRIGHT_PACKAGE,
    version,
    pathOption: 'pyright_path',
    folder,
    locate: scriptInPrefix,
    confirm: async (script) => {
      const found = await packageVersion(script);
      if (found !== version) throw environmentError(`pyright installed from npm is version ${found ?? 'unknown'}, expected ${version}`);
    },
    env: source.env,
    signal: source.signal,
  });
  try {
    return finish({ path: await install, version, installed: true });
  } catch (error) {
    if (error instanceof CodeModeError) throw error;
    throw environmentError(`Cannot install pyright ${version}: ${errorMessage(error)}`);
  }
}

const PyrightOutputSchema = z.object({
  generalDiagnostics: z.array(
    z.object({
      file: z.string(),
      severity: z.string(),
      message: z.string(),
      rule: z.string().optional(),
      range: z.object({ start: z.object({ line: z.number(), character: z.number() }) }).optional(),
    }),
  ),
});
export type PyrightDiagnostic = z.infer<typeof PyrightOutputSchema>['generalDiagnostics'][number];

/**
 * The project pyright checks: the runners in `folders` (each its own execution root, the project's folder alone
 * when none is given), their imports resolved as the program and the tool host resolve them (the runtime's stub
 * beside the runner, the tools module's folder, the repository root). `# type: ignore` does not silence it.
 */
export function pyrightConfig(
  runnerName: string,
  modulePath: string,
  checker: TypeChecker,
  repoRoot: string,
  folders: string[] = [],
): object {
  const extraPaths = [path.dirname(modulePath), repoRoot];
  return {
    include: folders.length === 0 ? [runnerName] : folders.map((folder) => `${folder}/${runnerName}`),
    typeCheckingMode: checker.mode,
    extraPaths,
    enableTypeIgnoreComments: false,
    ...(folders.length === 0 ? {} : { executionEnvironments: folders.map((root) => ({ root, extraPaths })) }),
  };
}

/** pyright's errors on the lines the model wrote, in the shape of the other checks' diagnostics. */
export function runnerDiagnostics(found: PyrightDiagnostic[], runnerCopy: string, regions: LocatedRegion[]): Diagnostic[] {
  const displayName = path.basename(runnerCopy);
  const protectedLine = (line: number) => regions.some((region) => region.first_line <= line && line <= region.last_line);
  return found.flatMap((diagnostic) => {
    if (diagnostic.severity !== 'error' || diagnostic.file !== runnerCopy || !diagnostic.range) return [];
    const line = diagnostic.range.start.line + 1;
    if (protectedLine(line)) return [];
    const rule = diagnostic.rule ? ` (${diagnostic.rule})` : '';
    // pyright indents the lines of a message with no-break spaces.
    const message = diagnostic.message.replaceAll('\u00a0', ' ');
    return [{ line, message: `${displayName}:${line}:${diagnostic.range.start.character + 1} - error: ${message}${rule}` }];
  });
}

/** A comment of the model's that pyright would read as a directive; `line` is 1-based, `comment` runs to its end. */
export const CheckerCommentSchema = z.object({ line: z.number(), comment: z.string() });
export type CheckerComment = z.infer<typeof CheckerCommentSchema>;

/**
 * The runner's text with the checker comments cut off their lines, which keeps every other line and column, so
 * `# pyright: ignore` or `# pyright: basic` cannot weaken the check and the error it would hide is reported.
 * @internal exported for its tests
 */
export function withoutCheckerComments(text: string, comments: CheckerComment[]): string {
  // Lines and their breaks alternate, split as Python splits them.
  const parts = text.split(/(\r\n|\r|\n)/);
  for (const { line, comment } of comments) {
    const index = (line - 1) * 2;
    const body = (parts[index] ?? '').trimEnd();
    const directive = comment.trimEnd();
    if (!body.endsWith(directive)) throw new CodeModeError(`comment ${JSON.stringify(directive)} is not at the end of line ${line}`);
    parts[index] = body.slice(0, body.length - directive.length);
  }
  return parts.join('');
}

/** Writes the runner's text as `runnerName` in `folder` with the runtime's stub beside it; the copy's real path, as pyright names it. */
export async function writeCheckedRunner(folder: string, runnerName: string, text: string): Promise<string> {
  const runnerCopy = path.join(folder, runnerName);
  await writeFile(runnerCopy, text);
  const stub = pythonRuntimeStub();
  await writeFile(path.join(folder, stub.name), stub.text);
  return realpath(runnerCopy);
}

/** Lays out the project a cold pyright checks in `folder`: the runner's copy, the runtime's stub and the configuration. */
async function preparePyrightFolder(
  folder: string,
  runnerName: string,
  text: string,
  module: PythonModule,
  checker: TypeChecker,
  repoRoot: string,
): Promise<string> {
  await writeFile(path.join(folder, 'pyrightconfig.json'), JSON.stringify(pyrightConfig(runnerName, module.path, checker, repoRoot)));
  return writeCheckedRunner(folder, runnerName, text);
}

/**
 * Type-checks the runner with pyright against the tools module's real types, in the job's Python environment. It
 * checks a copy without the checker comments and with the runtime's stub beside it in a private folder, so no other
 * file of the run's workspace takes part.
 */
export async function pyrightDiagnostics(
  runnerPath: string,
  module: PythonModule,
  context: LanguageContext,
  regions: LocatedRegion[],
  checker: TypeChecker,
  checkerComments: CheckerComment[],
): Promise<Diagnostic[]> {
  const runnerName = path.basename(runnerPath);
  const folder = await mkdtemp(path.join(os.tmpdir(), 'codemode-pyright-'));
  try {
    const text = withoutCheckerComments(await readFile(runnerPath, 'utf8'), checkerComments);
    const runnerCopy = await preparePyrightFolder(folder, runnerName, text, module, checker, context.repoRoot);
    const { interpreter } = await pythonInstallation(context);
    const result = await runProcessTree(
      process.execPath,
      [checker.path, '--outputjson', '--project', folder, '--pythonpath', interpreter],
      {
        cwd: folder,
        env: context.env,
        signal: context.signal,
      },
    );
    if (result.aborted) throw new CodeModeError(`Cancelled while checking ${runnerName} with pyright`);
    const parsed = PyrightOutputSchema.safeParse(parseJsonOrUndefined(result.stdout));
    // pyright exits with 1 when it found errors, above 1 when it could not check.
    if ((result.exitCode !== 0 && result.exitCode !== 1) || !parsed.success) {
      const reason = lastLine(result.stderr) || lastLine(result.stdout) || `exit code ${result.exitCode ?? 'unknown'}`;
      throw environmentError(`pyright at ${checker.path} failed while checking ${runnerName}: ${reason}`);
    }
    return runnerDiagnostics(parsed.data.generalDiagnostics, runnerCopy, regions);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
