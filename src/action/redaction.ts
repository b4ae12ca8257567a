import { Transform } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';

import * as core from '@actions/core';

import { mcpConfigVariables } from '../engine/mcp/config.js';
import { repositoryCredentials } from '../engine/sandbox/repository.js';
import { redactedForms, redactedValues, safeCut, secretValues } from '../redaction.js';
import { type ActionInputs, secretInputs } from './inputs.js';
import { repoRoot } from './runtime.js';
import { workflowSecretNames } from './workflow-secrets.js';

/**
 * The values no report may show, in any form: the credential inputs, the job's variables whose names look
 * secret, that the `redact` input names or that the repository's workflows map from secrets, the credentials
 * inside URLs and connection strings, and those of every Git configuration in the repository (a second checkout's
 * token). The runner masks them in the log too.
 */
export async function jobSecrets(inputs: ActionInputs, env: NodeJS.ProcessEnv): Promise<string[]> {
  const names = [...inputs.redact, ...(await mcpVariables(inputs, env)), ...(await workflowSecretNames(repoRoot(env)))];
  const secrets = [...new Set([...secretInputs(inputs), ...secretValues(env, names), ...repositoryCredentials(repoRoot(env))])];
  for (const secret of secrets) if (secret.length >= 4) core.setSecret(secret);
  return secrets;
}

/** The variables the MCP configuration refers to; a configuration that cannot be read names none here, and the engine says why. */
async function mcpVariables(inputs: ActionInputs, env: NodeJS.ProcessEnv): Promise<string[]> {
  if (!inputs.mcp_config) return [];
  return mcpConfigVariables(inputs.mcp_config, repoRoot(env)).catch(() => []);
}

/**
 * A UTF-8 stream with every form of every secret replaced as `redact` does, holding back only the text a
 * form split across chunks could still start in: the last (longest form − 1) characters.
 */
export function redactingStream(secrets: readonly string[]): Transform {
  const forms = redactedValues(secrets);
  const heldBack = Math.max(0, ...forms.map((form) => form.length - 1));
  const decoder = new StringDecoder('utf8');
  let pending = '';
  const emit = (text: string) => (text ? redactedForms(text, forms) : undefined);
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      const text = pending + decoder.write(chunk);
      const cut = safeCut(text, Math.max(0, text.length - heldBack), forms);
      pending = text.slice(cut);
      done(null, emit(text.slice(0, cut)));
    },
    flush(done) {
      done(null, emit(pending + decoder.end()));
    },
  });
}
