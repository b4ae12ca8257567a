import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { PassThrough, type Readable } from 'node:stream';

import { z } from 'zod';

import type { Diagnostic, EarlyCheck, LanguageContext, LocatedRegion } from '../language.js';
import type { PythonModule } from './data.js';
import { runPythonForJson } from './interpreter.js';
import { CheckerCommentSchema, pyrightDiagnostics } from './pyright.js';
import { PyrightServer } from './pyright-server.js';
import { pythonProgramPath } from './runtime-source.js';

const CheckReportSchema = z.object({
  diagnostics: z.array(z.object({ line: z.number().nullable(), message: z.string() })),
  checker_comments: z.array(CheckerCommentSchema),
});

type CheckReport = z.infer<typeof CheckReportSchema>;

/** check.py on the runner at `runner` (absolute), given its configuration on standard input. */
function runCheck(context: LanguageContext, runner: string, config: string | Readable): Promise<CheckReport> {
  return runPythonForJson(context, pythonProgramPath('check.py'), [runner], `checking ${path.basename(runner)}`, CheckReportSchema, {
    input: config,
  });
}

/**
 * check.py started before the program is written: it has imported what it needs and reads the runner once it is
 * given the configuration, which only the check knows.
 */
class StartedCheck implements EarlyCheck {
  private readonly config = new PassThrough();
  private readonly report: Promise<CheckReport>;
  private taken = false;

  constructor(
    readonly runner: string,
    context: LanguageContext,
  ) {
    this.report = runCheck(context, runner, this.config);
    this.report.catch(() => undefined);
  }

  /** Its report of `runner` given `config`; null when it checks another runner or a check has taken it. */
  take(runner: string, config: string): Promise<CheckReport> | null {
    if (this.taken || runner !== this.runner) return null;
    this.taken = true;
    this.config.end(config);
    return this.report;
  }

  async discard(): Promise<void> {
    if (!this.taken) {
      this.taken = true;
      // With no configuration, check.py stops without reading the runner.
      this.config.end();
    }
    await this.report.catch(() => undefined);
  }
}

export function startPythonCheck(runnerPath: string, context: LanguageContext): EarlyCheck {
  return new StartedCheck(path.resolve(context.repoRoot, runnerPath), context);
}

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
  const given = JSON.stringify(config);
  const started = context.earlyCheck instanceof StartedCheck ? context.earlyCheck.take(runner, given) : null;
  const found = await (started ?? runCheck(context, runner, given));
  if (found.diagnostics.length > 0 || !context.typeChecker) return found.diagnostics;
  if (warm && text !== undefined) {
    const checked = found.checker_comments.length === 0 ? early : warm.diagnostics(text, regions, found.checker_comments);
    // A warm checker that failed leaves the check to a cold one.
    const diagnostics = await checked?.catch(() => undefined);
    if (diagnostics) return diagnostics;
  }
  return pyrightDiagnostics(runner, module, context, regions, context.typeChecker, found.checker_comments);
}
