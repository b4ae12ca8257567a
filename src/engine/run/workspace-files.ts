import { access, appendFile, rm, writeFile } from 'node:fs/promises';

import { type ProgramBrief, systemPrompt, taskPrompt, toolNotes } from '../claude/prompt.js';
import type { ProgressListener, RunFiles, RunnerSource, ToolModule } from '../types.js';
import { removeWorkspace, type Workspace } from '../workspace.js';
import type { HostFiles } from './program.js';

/** Names of the files a run writes into its workspace beside the runner. */
export const RUN_FILE_NAMES = {
  result: 'result.json',
  log: 'execution.log',
  transcript: 'transcript.jsonl',
  prompt: 'prompt.md',
  /** The calls of the last execution in order, with their outcomes: what a run that paused resumes from. */
  callJournal: 'call-journal.jsonl',
} as const;

/** The tool host's files: the journal of completed calls across attempts, and its report. */
const HOST_FILE_NAMES = {
  journal: 'host-journal.jsonl',
  replay: 'call-journal-replayed.jsonl',
  report: 'host-report.json',
} as const;

/** Where the host's files and the program's output are in the workspace. */
export function hostFiles(workspace: Workspace): HostFiles {
  return {
    journal: workspace.file(HOST_FILE_NAMES.journal),
    callJournal: workspace.file(RUN_FILE_NAMES.callJournal),
    replay: workspace.file(HOST_FILE_NAMES.replay),
    report: workspace.file(HOST_FILE_NAMES.report),
    log: workspace.file(RUN_FILE_NAMES.log),
  };
}

/** The runner's text, the files beside it and the prompt record. */
export interface RunnerFiles {
  workspace: Workspace;
  runnerPath: string;
  /** The text the run starts from: the generated runner, or the saved program. */
  text: string;
  runner: RunnerSource;
  module: ToolModule;
  task: string;
  /** What the model is asked to write, for the prompt record. */
  brief: ProgramBrief;
}

export async function writeRunnerFiles(files: RunnerFiles, progress: ProgressListener): Promise<void> {
  const { workspace, runner, module } = files;
  await writeFile(files.runnerPath, files.text);
  for (const support of runner.support_files ?? []) await writeFile(workspace.file(support.name), support.text);
  await writeFile(workspace.file(RUN_FILE_NAMES.prompt), promptRecord(files.task, files.brief, module));
  const mcpTools = Object.keys(module.mcp?.routes ?? {}).length;
  const counts = [`${module.tools.length} tool(s)`, ...(mcpTools > 0 ? [`${mcpTools} MCP tool(s)`] : [])];
  progress({ kind: 'info', message: `Wrote ${files.runnerPath} with ${counts.join(' and ')}` });
}

/**
 * A reused workspace must not lend an earlier run's log, transcript or result to this one; cleared before the
 * first session starts writing its transcript.
 */
export async function clearEarlierRun(workspace: Workspace): Promise<void> {
  const names = [...Object.values(RUN_FILE_NAMES), ...Object.values(HOST_FILE_NAMES)];
  await Promise.all(names.map((name) => rm(workspace.file(name), { force: true })));
}

/** The prompts as sent, then the tool notes, so that a reader sees what the model had to guess. */
function promptRecord(task: string, brief: ProgramBrief, module: ToolModule): string {
  const notes = [...toolNotes(module.tools), ...(module.notes ?? []).map((note) => `- ${note}`)];
  const record = `# System prompt\n\n${systemPrompt(brief.api)}\n\n# Task prompt\n\n${taskPrompt({ brief, task })}\n`;
  return notes.length > 0 ? `${record}\n# Tool notes\n\n${notes.join('\n')}\n` : record;
}

export async function recordRepairPrompt(workspace: Workspace, attempt: number, prompt: string): Promise<void> {
  await appendFile(workspace.file(RUN_FILE_NAMES.prompt), `\n# Repair prompt (attempt ${attempt})\n\n${prompt}\n`);
}

/** A temporary workspace never outlives a run that throws. */
export async function removingWorkspaceOnError<T>(workspace: Workspace, preserve: boolean, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (workspace.temporary && !preserve) await removeWorkspace(workspace);
    throw error;
  }
}

/** The run's files by role, each only when it was written (the result file is written right after). */
export async function runFiles(workspace: Workspace, runner: RunnerSource): Promise<RunFiles> {
  const existing = async (name: string) => {
    const file = workspace.file(name);
    return (await access(file).then(
      () => true,
      () => false,
    ))
      ? file
      : undefined;
  };
  const support = await Promise.all((runner.support_files ?? []).map((file) => existing(file.name)));
  return {
    runner: await existing(runner.file_name),
    support: support.filter((file) => file !== undefined),
    result: workspace.file(RUN_FILE_NAMES.result),
    log: await existing(RUN_FILE_NAMES.log),
    transcript: await existing(RUN_FILE_NAMES.transcript),
    prompt: await existing(RUN_FILE_NAMES.prompt),
    journal: await existing(RUN_FILE_NAMES.callJournal),
  };
}
