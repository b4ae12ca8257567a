import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { z } from 'zod';

import type { Diagnostic, LanguageContext, LocatedRegion } from '../language.js';
import type { PythonModule } from './data.js';
import { runPythonForJson } from './interpreter.js';
import { CheckerCommentSchema, pyrightDiagnostics } from './pyright.js';
import { PyrightServer } from './pyright-server.js';
import { pythonProgramPath } from './runtime-source.js';

const CheckReportSchema = z.object({
  diagnostics: z.array(z.object({ line: z.number().nullable(), message: z.string() })),
  checker_comments: z.array(CheckerCommentSchema),
});

/**
 * Compiles the runner and checks that all code outside the protected regions leaves tools and internals alone. The
 * regions are the lines verification located by position; check.py confirms it sees their text on those lines.
 * A runner that passes is then type-checked with pyright when the context has it; only errors on lines outside the
 * regions count, and pyright directives in the model's comments (`# pyright: ignore`, `# pyright: basic`) do not apply.
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
  const runner = path.resolve(context.repoRoot, runnerPath);
  const warm = context.typeChecker && context.warmChecker instanceof PyrightServer ? context.warmChecker : undefined;
  // The warm checker starts on the text as it is while check.py runs; checker comments, which are rare, need another check.
  const text = warm && (await readFile(runner, 'utf8'));
  const early = warm && text !== undefined ? warm.diagnostics(text, regions, []) : undefined;
  early?.catch(() => undefined);
  const found = await runPythonForJson(
    context,
    pythonProgramPath('check.py'),
    [runner],
    `checking ${path.basename(runnerPath)}`,
    CheckReportSchema,
    { input: JSON.stringify(config) },
  );
  if (found.diagnostics.length > 0 || !context.typeChecker) return found.diagnostics;
  if (warm && text !== undefined) {
    const checked = found.checker_comments.length === 0 ? early : warm.diagnostics(text, regions, found.checker_comments);
    // A warm checker that failed leaves the check to a cold one.
    const diagnostics = await checked?.catch(() => undefined);
    if (diagnostics) return diagnostics;
  }
  return pyrightDiagnostics(runner, module, context, regions, context.typeChecker, found.checker_comments);
}
