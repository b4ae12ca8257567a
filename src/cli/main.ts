import { codemode, CodeModeError, errorMessage, type ProgressEvent, type RunFiles } from '../lib.js';
import { parseCommandLine, USAGE } from './args.js';
import { renderResult } from './render.js';

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

/** Runs the CLI and returns its exit code: 0 success, 1 failure, 2 bad usage. */
export async function runCli(argv: string[], io: CliIo = processIo): Promise<number> {
  try {
    const command = parseCommandLine(argv);
    if (!command) {
      io.stdout(USAGE);
      return 0;
    }
    const progressOut = command.json ? io.stderr : io.stdout;
    const result = await codemode({
      tools: command.tools,
      task: command.task,
      config: command.config,
      dryRun: command.dryRun,
      onProgress: (event: ProgressEvent) => progressOut(`• ${event.message}`),
    });
    if (command.json) io.stdout(JSON.stringify(result, null, 2));
    else if (command.dryRun) io.stdout(`Dry run: wrote ${writtenBeforeClaude(result.files).join(', ')}`);
    else io.stdout(`\n${renderResult(result)}`);
    return result.success ? 0 : 1;
  } catch (error) {
    const usage = error instanceof CodeModeError && error.kind === 'usage';
    io.stderr(`codemode: ${errorMessage(error)}`);
    if (usage) io.stderr("Run 'codemode --help' for usage.");
    return usage ? 2 : 1;
  }
}
