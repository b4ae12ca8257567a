import path from 'node:path';
import { z } from 'zod';
import type { Diagnostic, LanguageContext, LocatedRegion } from '../language.js';
import type { PythonModule } from './data.js';
import { runPythonForJson } from './interpreter.js';
import { pyrightDiagnostics } from './pyright.js';
import { pythonProgramPath } from './runtime-source.js';

const DiagnosticsSchema = z.array(z.object({ line: z.number().nullable(), message: z.string() }));

/**
 * Compiles the runner and checks that all code outside the protected regions leaves tools and internals alone. The
 * regions are the lines verification located by position; check.py confirms it sees their text on those lines.
 * A runner that passes is then type-checked with pyright when the context has it; only errors on lines outside the
 * regions count.
 */
export async function checkPythonRunner(
  runnerPath: string,
  module: PythonModule,
  context: LanguageContext,
  regions: LocatedRegion[],
): Promise<Diagnostic[]> {
  const config = {
    tools: [...module.tools.map((tool) => tool.name), ...(module.mcp?.names ?? [])],
    module: path.posix.basename(module.relative_path, '.py'),
    regions: regions.map((region) => ({ name: region.name, text: region.text, first: region.first_line, last: region.last_line })),
  };
  const found = await runPythonForJson(
    context,
    pythonProgramPath('check.py'),
    [path.resolve(context.repoRoot, runnerPath), JSON.stringify(config)],
    `checking ${path.basename(runnerPath)}`,
    DiagnosticsSchema,
  );
  if (found.length > 0 || !context.typeChecker) return found;
  return pyrightDiagnostics(path.resolve(context.repoRoot, runnerPath), module, context, regions, context.typeChecker);
}
