/**
 * The client command the MCP conformance suite (`@modelcontextprotocol/conformance`) starts for a scenario: it
 * appends the scenario server's URL to the command line and sets MCP_CONFORMANCE_SCENARIO, and for scenarios with
 * credentials MCP_CONFORMANCE_CONTEXT (JSON). This writes the `.mcp.json` a user would for that URL, with the
 * credentials as `${VAR}` references to variables it sets, and runs the built CLI with the arguments before the
 * URL; the model is the one the environment names (the tests' fake Anthropic API, scripted to call the scenario's
 * tool). Node 24 runs this file as it is, so it imports only Node's own modules.
 *
 *   node testing/conformance-client.ts [codemode run options...] <server URL>
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The name the configuration gives the scenario's server: the program calls its tools as `conformance.<tool>`. */
const CONFORMANCE_SERVER = 'conformance';

interface ScenarioContext {
  client_id?: string;
  client_secret?: string;
  private_key_pem?: string;
  signing_algorithm?: string;
}

/** The `oauth` entry for the scenario's credentials, each a `${VAR}` of `variables`; none without credentials. */
function oauthEntry(context: ScenarioContext, variables: Record<string, string>): Record<string, string> | undefined {
  if (context.client_id === undefined) return undefined;
  variables.CONFORMANCE_CLIENT_ID = context.client_id;
  if (context.private_key_pem !== undefined) {
    variables.CONFORMANCE_PRIVATE_KEY = context.private_key_pem;
    return {
      clientId: '${CONFORMANCE_CLIENT_ID}',
      privateKey: '${CONFORMANCE_PRIVATE_KEY}',
      signingAlgorithm: context.signing_algorithm ?? 'ES256',
    };
  }
  variables.CONFORMANCE_CLIENT_SECRET = context.client_secret ?? '';
  return { clientId: '${CONFORMANCE_CLIENT_ID}', clientSecret: '${CONFORMANCE_CLIENT_SECRET}' };
}

function main(): number {
  const args = process.argv.slice(2);
  const url = args.pop();
  if (!url) {
    process.stderr.write('usage: conformance-client.ts [codemode run options...] <server URL>\n');
    return 2;
  }
  const context = JSON.parse(process.env.MCP_CONFORMANCE_CONTEXT ?? '{}') as ScenarioContext;
  const variables: Record<string, string> = {};
  const oauth = oauthEntry(context, variables);
  const config = { mcpServers: { [CONFORMANCE_SERVER]: { type: 'http', url, ...(oauth ? { oauth } : {}) } } };
  const configPath = path.join(mkdtempSync(path.join(os.tmpdir(), 'conformance-client-')), '.mcp.json');
  writeFileSync(configPath, JSON.stringify(config, null, 2));
  const cli = path.join(path.dirname(import.meta.dirname), 'dist', 'cli.js');
  const task = `Call the tool of the ${CONFORMANCE_SERVER} server (scenario ${process.env.MCP_CONFORMANCE_SCENARIO ?? 'unknown'})`;
  const run = spawnSync(process.execPath, [cli, 'run', '--mcp-config', configPath, '--task', task, '--json', ...args], {
    stdio: 'inherit',
    env: { ...process.env, ...variables },
  });
  return run.status ?? 1;
}

process.exitCode = main();
