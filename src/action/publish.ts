import path from 'node:path';

import * as core from '@actions/core';

import { type CodeModeResult, errorMessage } from '../lib.js';
import { redact, redactDeep } from '../redaction.js';
import { defaultTempDir, type UploadedArtifact, uploadResultArtifact } from './artifact.js';
import { type PostedComment, publishComment } from './comment.js';
import type { Conversation } from './conversation.js';
import type { EngineOutcome } from './engine.js';
import { oneLine } from './markdown.js';
import { type ProgramContext, renderErrorReport, renderReport, renderUsageDetail, type ReportContext } from './report.js';
import type { StepContext } from './runtime.js';

/**
 * The run's files by their names in the artifact; the call journal, which holds every tool result whole, only when
 * the run paused: it is what an approval resumes from.
 */
function artifactFiles({ files, pending_call }: CodeModeResult): Record<string, string> {
  const journal = pending_call ? files.journal : undefined;
  const paths = [files.runner, ...(files.support ?? []), files.result, files.log, files.transcript, files.prompt, journal];
  return Object.fromEntries(paths.filter((file) => file !== undefined).map((file) => [path.basename(file), file]));
}

function failureMessage(outcome: EngineOutcome): string | null {
  if (!outcome.result) return `Code Mode could not start: ${oneLine(outcome.error)}`;
  if (outcome.result.success || outcome.result.pending_call) return null;
  const phase = outcome.result.failed_phase ? ` in ${outcome.result.failed_phase}` : '';
  return `Code Mode failed${phase}: ${oneLine(outcome.result.error ?? 'unknown error')}`;
}

async function writeSummary(report: string, env: NodeJS.ProcessEnv): Promise<void> {
  if (!env.GITHUB_STEP_SUMMARY) return;
  await core.summary
    .addRaw(report)
    .write()
    .catch((error: unknown) => core.warning(`Could not write the job summary: ${errorMessage(error)}`));
}

function setOutputs(outcome: EngineOutcome, comment: PostedComment | null, artifact: UploadedArtifact | null, secrets: string[]): void {
  const { result } = outcome;
  const error = result ? result.error : outcome.error;
  core.setOutput('success', String(result?.success ?? false));
  core.setOutput('result', result ? redact(JSON.stringify(result.output ?? null), secrets) : '');
  core.setOutput('error', error ? redact(error, secrets) : '');
  core.setOutput('comment_url', comment?.html_url ?? '');
  core.setOutput('artifact_id', artifact ? String(artifact.id) : '');
  core.setOutput('artifact_url', artifact?.url ?? '');
  core.setOutput('code_path', result?.files.runner ?? '');
  core.setOutput('cost_usd', result ? String(result.cost_usd) : '0');
  core.setOutput('turns', result ? String(result.turns) : '0');
  core.setOutput('input_tokens', String(result?.usage.input_tokens ?? 0));
  core.setOutput('output_tokens', String(result?.usage.output_tokens ?? 0));
  core.setOutput('tool_calls', String(result?.usage.tool_calls ?? 0));
  core.setOutput('pull_request_url', '');
}

/** Uploads the run's files, then reports in the thread (in `comment` when given), the summary and the outputs, and fails the step when the run failed. */
export async function publishOutcome(
  { inputs, runtime, env, secrets, key, configOrigin }: StepContext,
  conversation: Conversation | null,
  comment: PostedComment | null,
  task: string,
  outcome: EngineOutcome,
  program: (artifact: UploadedArtifact | null) => ProgramContext | null,
  proposalUrl: string | null = null,
): Promise<void> {
  const artifact = outcome.result
    ? await uploadResultArtifact({
        name: inputs.artifact_name,
        files: artifactFiles(outcome.result),
        secrets,
        retentionDays: inputs.retention_days,
        tempDir: defaultTempDir(env),
        runUrl: runtime.runUrl,
      })
    : null;
  const context: ReportContext = {
    task,
    mode: inputs.mode,
    runUrl: runtime.runUrl,
    artifactUrl: artifact?.url ?? null,
    triggerKey: key,
    program: program(artifact),
    proposalUrl,
    configOrigin,
  };
  // Redacted before rendering too: a secret cut short or escaped for display would no longer match whole.
  const rendered = outcome.result
    ? renderReport(redactDeep(outcome.result, secrets), context)
    : renderErrorReport(redact(outcome.error, secrets), context);
  const body = redact(rendered, secrets);
  // The job summary is written while GitHub takes the report.
  const [posted] = await Promise.all([
    conversation?.thread ? publishComment(conversation.octokit, conversation.thread, comment, body) : null,
    writeSummary(outcome.result ? `${body}\n\n${renderUsageDetail(outcome.result)}` : body, env),
  ]);
  setOutputs(outcome, posted ?? comment, artifact, secrets);
  const failure = failureMessage(outcome);
  if (failure) core.setFailed(redact(proposalUrl ? `${failure}: ${proposalUrl}` : failure, secrets));
}
