import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { usageError } from '../errors.js';
import type { ExtractContext } from '../language.js';
import { ToolSpecSchema, type ToolModule } from '../types.js';
import { INTROSPECT_SCRIPT } from './introspect-script.js';
import { runPythonForJson } from './interpreter.js';

const ProblemSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('syntax'), line: z.number().nullable(), message: z.string() }),
  z.object({ kind: z.literal('import'), type: z.string(), message: z.string() }),
  z.object({ kind: z.literal('no_tools') }),
  z.object({
    kind: z.literal('tool_name'),
    name: z.string(),
    reason: z.enum(['main', 'reserved', 'identifier', 'keyword']),
  }),
]);
type Problem = z.infer<typeof ProblemSchema>;

const IntrospectionSchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    tools: z.array(ToolSpecSchema),
    has_deps: z.boolean(),
    declarations: z.array(z.string()),
  }),
  z.object({ ok: z.literal(false), problem: ProblemSchema }),
]);

function describeProblem(problem: Problem, relativePath: string): string {
  switch (problem.kind) {
    case 'syntax':
      return `Syntax error in ${relativePath}${problem.line === null ? '' : ` line ${problem.line}`}: ${problem.message}`;
    case 'import':
      return `Importing ${relativePath} failed: ${problem.type}${problem.message ? `: ${problem.message}` : ''}`;
    case 'no_tools':
      return `No public functions found in ${relativePath}`;
    case 'tool_name':
      return {
        main: `Tool 'main' in ${relativePath} conflicts with the generated main(); rename it`,
        reserved: `Tool '${problem.name}' in ${relativePath} uses the reserved prefix _codemode; rename it`,
        identifier: `Tool name '${problem.name}' in ${relativePath} is not a valid Python identifier`,
        keyword: `Tool name '${problem.name}' in ${relativePath} is a Python keyword`,
      }[problem.reason];
  }
}

async function resolveRepoRoot(repoRoot: string): Promise<string> {
  try {
    return await realpath(repoRoot);
  } catch {
    throw usageError(`Repository root not found: ${repoRoot}`);
  }
}

/** The tools module's real path, checked to be a file inside the repository root, and its path from there. */
async function locateToolsModule(toolsPath: string, repoRoot: string): Promise<{ absolute: string; relative: string }> {
  const root = await resolveRepoRoot(repoRoot);
  const resolved = path.resolve(root, toolsPath);
  const stats = await stat(resolved).catch(() => null);
  if (!stats) throw usageError(`Tools module not found: ${toolsPath}`);
  if (!stats.isFile()) throw usageError(`Tools module is not a file: ${toolsPath}`);
  const absolute = await realpath(resolved);
  const relative = path.relative(root, absolute);
  if (relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) {
    throw usageError(`Tools module ${toolsPath} is outside the repository root ${root}`);
  }
  return { absolute, relative: relative.split(path.sep).join('/') };
}

export async function extractPythonTools(toolsPath: string, context: ExtractContext): Promise<ToolModule> {
  const { absolute, relative } = await locateToolsModule(toolsPath, context.repoRoot);
  const introspection = await runPythonForJson(
    context,
    INTROSPECT_SCRIPT,
    [absolute],
    `extracting tools from ${relative}`,
    IntrospectionSchema,
  );
  if (!introspection.ok) throw usageError(describeProblem(introspection.problem, relative));
  return {
    language: 'python',
    path: absolute,
    relative_path: relative,
    tools: introspection.tools,
    declarations: introspection.declarations,
    has_deps: introspection.has_deps,
  };
}
