import path from 'node:path';
import { z } from 'zod';
import type { Diagnostic, LanguageContext, LocatedRegion } from '../language.js';
import type { PythonModule } from './data.js';
import { runPythonForJson } from './interpreter.js';
import { pythonProgramPath } from './runtime-source.js';

const DiagnosticsSchema = z.array(z.object({ line: z.number().nullable(), message: z.string() }));

/**
 * Compiles the runner and checks that all code outside the protected regions leaves tools and internals alone. The
 * regions are the lines verification located by position; check.py confirms it sees their text on those lines.
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
  return runPythonForJson(
    context,
    pythonProgramPath('check.py'),
    [path.resolve(context.repoRoot, runnerPath), JSON.stringify(config)],
    `checking ${path.basename(runnerPath)}`,
    DiagnosticsSchema,
  );
}
