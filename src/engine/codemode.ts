import path from 'node:path';

import { readResume, type Resume } from './approvals.js';
import { type CodeModeConfig, type CodeModeOptions, parseConfig } from './config.js';
import { programEnvironment } from './env.js';
import { usageError } from './errors.js';
import type { LanguageContext, LanguageSupport } from './language.js';
import type { McpServers } from './mcp/client.js';
import { loadMcpConfig, type McpServerEntry, oauthVariablePatterns } from './mcp/config.js';
import { type SavedProgram, savedProgram } from './program.js';
import { languageNamed } from './registry.js';
import { PhaseClock } from './run/clock.js';
import { connectMcpServers, extractTools } from './run/extract.js';
import { generateProgram } from './run/generate.js';
import { planRun, settled, type StartContext, startPlannedWork } from './run/plan.js';
import { programBrief } from './run/program-body.js';
import { finish } from './run/result.js';
import type { Run } from './run/run.js';
import { runSavedProgram } from './run/saved.js';
import { type LaunchedChecker, launchWarmChecker } from './run/warm-check.js';
import { clearEarlierRun, removingWorkspaceOnError, writeRunnerFiles } from './run/workspace-files.js';
import { type ToolsSource, toolsSource } from './tools.js';
import type { CodeModeResult } from './types.js';
import { openWorkspace, type Workspace } from './workspace.js';

/**
 * Turns a tools module and a task into a verified, executed program: extract the tools, render the runner, have
 * Claude Code implement main() in a session, verify, execute, repair through the same session, and report.
 * Bad input throws a CodeModeError, once what the run started for it (Claude Code's first session among it) has
 * ended; failures after the extraction are reported in the result.
 */
export async function codemode(options: CodeModeOptions): Promise<CodeModeResult> {
  const config = parseConfig(options.config);
  const task =
    options.program === undefined ? validateTask(options.task ?? '') : options.task?.trim() || `Run ${programName(options.program)}`;
  const mcpServers = options.mcp === undefined ? null : await loadMcpConfig(options.mcp, config.repo_root);
  if (options.tools === undefined && !mcpServers) throw usageError('No tools given: pass a tools module, MCP servers, or both');
  const source = options.tools === undefined ? null : await toolsSource(options.tools, config.repo_root);
  const language = source?.language ?? (await languageNamed(options.language));
  const env = options.env ?? process.env;
  const clock = new PhaseClock();
  const workspace = await openWorkspace(config.workspace_dir);
  return removingWorkspaceOnError(workspace, config.preserve_workspace, async () => {
    await clearEarlierRun(workspace);
    return codemodeIn(workspace, { options, config, task, language, source, mcpServers, env, clock });
  });
}

/** What `codemode` made of its options before it opened the workspace. */
interface CheckedOptions {
  options: CodeModeOptions;
  config: CodeModeConfig;
  task: string;
  language: LanguageSupport;
  source: ToolsSource | null;
  mcpServers: McpServerEntry[] | null;
  clock: PhaseClock;
  env: NodeJS.ProcessEnv;
}

/** The run in its workspace: the planned work starts at once, Claude Code's first session among it, then the extraction. */
async function codemodeIn(
  workspace: Workspace,
  { options, config, task, language, source, mcpServers, env, clock }: CheckedOptions,
): Promise<CodeModeResult> {
  const ended = new AbortController();
  const signal = options.signal ? AbortSignal.any([options.signal, ended.signal]) : ended.signal;
  const progress = options.onProgress ?? (() => undefined);
  const start: StartContext = { options, config, language, task, workspace, env, signal, clock, progress };
  const plan = planRun(options, config, language);
  const work = startPlannedWork(plan, start);
  let mcp: McpServers | null = null;
  let launchedChecker: Promise<LaunchedChecker | null> | null = null;
  try {
    const context: LanguageContext = {
      repoRoot: path.resolve(config.repo_root),
      toolchain: language.toolchain(config),
      env: programEnvironment(env, [...(options.withheldVariables ?? []), ...oauthVariablePatterns(mcpServers ?? [])]),
      signal,
    };
    mcp = mcpServers && (await connectMcpServers(start, mcpServers, context));
    const extracting = extractTools(start, source, mcp, context);
    const modulePath = source?.location.absolute ?? language.noToolsModule().path;
    launchedChecker = launchWarmChecker(start, work.typeChecker, { runnerName: language.runnerFileName, modulePath }, context);
    const module = await extracting;
    const saved =
      options.program === undefined
        ? null
        : await savedProgram(options.program, config.repo_root, language.runnerFileName, module.relative_path);
    const resume = await resumeOf(options, saved);
    const runner = language.renderRunner(module, task);
    const run: Run = {
      ...start,
      plan,
      context: (await language.resolveContext?.(context)) ?? context,
      module,
      runner,
      runnerPath: workspace.file(runner.file_name),
      saved,
      typeChecker: work.typeChecker,
      launchedChecker,
      mcp,
      resume,
    };
    const brief = programBrief(run, runner);
    await writeRunnerFiles(
      { workspace, runnerPath: run.runnerPath, text: saved?.text ?? runner.text, runner, module, task, brief },
      progress,
    );
    // An explicit checker is only looked at: a bad path is a usage error before any model request.
    if (context.toolchain.typeCheckerPath) await work.typeChecker;
    return await finish(run, saved ? await runSavedProgram(run, saved, work.sandbox) : await generateProgram(run, work));
  } finally {
    ended.abort();
    await Promise.all([settled(work), mcp?.close(), launchedChecker?.then((launched) => launched?.closed)]);
  }
}

/** The paused run's journal, checked against the saved program it resumes; null when the run resumes none. */
async function resumeOf(options: CodeModeOptions, saved: SavedProgram | null): Promise<Resume | null> {
  if (!options.resume) return null;
  if (!saved) throw usageError('Resuming a paused run needs the program that paused');
  return readResume(options.resume, saved.text);
}

function programName(program: string | SavedProgram): string {
  return typeof program === 'string' ? program : program.relative_path;
}

function validateTask(task: string): string {
  if (!task.trim()) throw usageError('The task is empty: say what the program should do');
  return task.trim();
}
