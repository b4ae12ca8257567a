import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

import {
  codemode,
  CodeModeError,
  type CodeModeResult,
  errorMessage,
  mcpConfigVariables,
  type ProgressEvent,
  type RunFiles,
} from '../lib.js';
import { redact, redactDeep, secretValues } from '../redaction.js';
import { type CliCommand, parseCommandLine, USAGE } from './args.js';
import { renderDriftCheck, renderResult } from './render.js';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const processIo: CliIo = {
  stdout: (text) => process.stdout.write(`${text}\n`),
  stderr: (text) => process.stderr.write(`${text}\n`),
};

/** The files a dry run leaves: the runner, what it imports and the prompt. */
function writtenBeforeClaude(files: RunFiles): string[] {
  return [files.runner, ...(files.support ?? []), files.prompt].filter((file) => file !== undefined);
}

/** Writes the program that succeeded to the `--save` path, unless redaction changed it: a saved file must run as it ran. */
async function saveProgram(command: CliCommand & { save: string }, result: CodeModeResult, shown: CodeModeResult): Promise<string> {
  if (shown.code !== result.code) throw new CodeModeError(`Not saved to ${command.save}: the program holds a secret value`);
  const file = path.resolve(command.config.repo_root ?? process.cwd(), command.save);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, result.code);
  return file;
}

/** The exit code of a run that stopped before a call that needs approval. */
export const PAUSED_EXIT_CODE = 3;

/** Runs the CLI and returns its exit code: 0 success, 1 failure, 2 bad usage, 3 paused for approval. */
export async function runCli(argv: string[], io: CliIo = processIo, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let secrets = secretValues(env);
  try {
    const command = parseCommandLine(argv);
    if (!command) {
      io.stdout(USAGE);
      return 0;
    }
    const mcpVariables = command.mcp === undefined ? [] : await mcpConfigVariables(command.mcp, command.config.repo_root ?? process.cwd());
    secrets = secretValues(env, [...command.redact, ...mcpVariables]);
    const out = (text: string) => io.stdout(redact(text, secrets));
    const progressOut = command.json ? (text: string) => io.stderr(redact(text, secrets)) : out;
    const result = await codemode({
      tools: command.tools,
      mcp: command.mcp,
      language: command.language,
      task: command.task,
      program: command.program,
      resume: command.resume,
      config: command.config,
      env,
      dryRun: command.dryRun,
      execute: command.command === 'run',
      onProgress: (event: ProgressEvent) => {
        if (event.kind !== 'calls' || command.config.verbose) progressOut(`• ${event.message}`);
      },
    });
    // Redacted before rendering too: a secret cut short or escaped for display would no longer match whole.
    const shown = redactDeep(result, secrets);
    if (command.json) out(JSON.stringify(shown, null, 2));
    else if (command.dryRun) out(`Dry run: wrote ${writtenBeforeClaude(shown.files).join(', ')}`);
    else if (command.command === 'check') out(renderDriftCheck(shown));
    else out(`\n${renderResult(shown)}`);
    // A program that paused is saved too: it is the one a resumed run must be given.
    if (command.save !== undefined && (result.success || result.pending_call)) {
      const saved = await saveProgram({ ...command, save: command.save }, result, shown);
      (command.json ? progressOut : out)(`Saved the program to ${saved}`);
    }
    if (result.pending_call) return PAUSED_EXIT_CODE;
    return result.success ? 0 : 1;
  } catch (error) {
    const usage = error instanceof CodeModeError && error.kind === 'usage';
    io.stderr(redact(`codemode: ${errorMessage(error)}`, secrets));
    if (usage) io.stderr("Run 'codemode --help' for usage.");
    return usage ? 2 : 1;
  }
}
