import path from 'node:path';
import { z } from 'zod';
import type { Diagnostic, LanguageContext } from '../language.js';
import type { PythonModule } from './data.js';
import { runPythonForJson } from './interpreter.js';
import { REGION_MARKERS } from './render.js';
import { pythonProgramPath } from './runtime-source.js';

const DiagnosticsSchema = z.array(z.object({ line: z.number().nullable(), message: z.string() }));

/** Compiles the runner and checks that code outside the protected regions leaves tools and internals alone. */
export async function checkPythonRunner(
  runnerPath: string,
  module: PythonModule,
  context: LanguageContext,
): Promise<Diagnostic[]> {
  const config = {
    tools: module.tools.map((tool) => tool.name),
    module: path.posix.basename(module.relative_path, '.py'),
    regions: Object.entries(REGION_MARKERS).map(([name, markers]) => [name, markers.begin, markers.end]),
  };
  return runPythonForJson(
    context,
    pythonProgramPath('check.py'),
    [path.resolve(context.repoRoot, runnerPath), JSON.stringify(config)],
    `checking ${path.basename(runnerPath)}`,
    DiagnosticsSchema,
  );
}
