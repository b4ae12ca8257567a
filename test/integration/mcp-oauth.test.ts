import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { codemode } from '../../src/engine/codemode.js';
import { McpServers } from '../../src/engine/mcp/client.js';
import { loadMcpConfig, referencedVariables } from '../../src/engine/mcp/config.js';
import { editRunnerScript, fakeAnthropicEnvironment, startFakeAnthropic } from '../../testing/fakes/anthropic.js';
import { implementMain } from '../../testing/mains/typescript.js';
import { type OAuthMcpServer, startOAuthMcpServer } from '../../testing/mcp-servers.js';
import { CLAUDE_PATH, REPO_ROOT } from '../helpers/claude.js';

const CLIENT = { id: 'codemode-ci', secret: 'client-secret-0451' };
const ENV = { INVENTORY_CLIENT_ID: CLIENT.id, INVENTORY_CLIENT_SECRET: CLIENT.secret };
const OAUTH = { clientId: '${INVENTORY_CLIENT_ID}', clientSecret: '${INVENTORY_CLIENT_SECRET}' };

function config(url: string, oauth: object = OAUTH): string {
  return JSON.stringify({ mcpServers: { inventory: { type: 'http', url, oauth } } });
}

async function failure(work: Promise<unknown>): Promise<string> {
  return work.then(
    () => 'no error',
    (error: unknown) => (error instanceof Error ? error.message : String(error)),
  );
}

async function connect(source: string, env: NodeJS.ProcessEnv): Promise<McpServers> {
  return McpServers.connect(await loadMcpConfig(source, REPO_ROOT), env, { PATH: process.env.PATH ?? '' }, REPO_ROOT);
}

describe('the oauth entry of a remote server', () => {
  it.each([
    [{ ...OAUTH, password: 'x' }, 'mcp_config is invalid at mcpServers.inventory.oauth: Unrecognized key: "password"'],
    [
      { ...OAUTH, clientSecret: 'client-secret-0451' },
      'mcp_config is invalid at mcpServers.inventory.oauth.clientSecret: clientSecret must be a ${VAR} reference to a secret, not its value',
    ],
    [{ clientId: 'ci' }, 'mcp_config is invalid at mcpServers.inventory.oauth: give clientSecret or privateKey, not both'],
    [
      { ...OAUTH, privateKey: '${KEY}', signingAlgorithm: 'ES256' },
      'mcp_config is invalid at mcpServers.inventory.oauth: give clientSecret or privateKey, not both',
    ],
    [
      { clientId: 'ci', privateKey: '${KEY}' },
      'mcp_config is invalid at mcpServers.inventory.oauth: privateKey and signingAlgorithm go together',
    ],
    [
      { clientId: 'ci', privateKey: '${KEY}', signingAlgorithm: 'none' },
      'mcp_config is invalid at mcpServers.inventory.oauth.signingAlgorithm: signingAlgorithm must be one of RS256, RS384, RS512, PS256, PS384, PS512, ES256, ES384, ES512',
    ],
  ])('refuses %j in one line that names the server', async (oauth, message) => {
    expect(await failure(loadMcpConfig(config('https://mcp.example.com/mcp', oauth), REPO_ROOT))).toBe(message);
  });

  it('is not taken on a stdio server', async () => {
    const source = JSON.stringify({ mcpServers: { local: { command: 'x', oauth: OAUTH } } });
    expect(await failure(loadMcpConfig(source, REPO_ROOT))).toBe('mcp_config is invalid at mcpServers.local: Unrecognized key: "oauth"');
  });

  it('names its variables, which every report redacts', async () => {
    const [entry] = await loadMcpConfig(config('https://mcp.example.com/mcp'), REPO_ROOT);
    expect(referencedVariables(entry!)).toEqual(['INVENTORY_CLIENT_ID', 'INVENTORY_CLIENT_SECRET']);
  });
});

describe('OAuth client credentials against a real authorization server', () => {
  let server: OAuthMcpServer;
  beforeEach(async () => {
    server = await startOAuthMcpServer(CLIENT);
  });
  afterEach(async () => {
    await server.close();
  });

  it('gets a token before the first MCP request and a new one when the server answers 401', async () => {
    const servers = await connect(config(server.url), ENV);
    try {
      expect(server.unauthorized).toBe(0);
      expect(server.tokenRequests.map((form) => form.get('grant_type'))).toEqual(['client_credentials']);
      expect(await servers.call('inventory', 'count_items', { kind: 'bolt' }, 10_000)).toEqual({
        ok: true,
        value: { kind: 'bolt', count: 12 },
      });
      server.expireTokens();
      expect(await servers.call('inventory', 'count_items', { kind: 'nut' }, 10_000)).toEqual({
        ok: true,
        value: { kind: 'nut', count: 7 },
      });
      expect(server.tokenRequests).toHaveLength(2);
    } finally {
      await servers.close();
    }
  });

  it('names the server when a variable of its credentials is not set', async () => {
    expect(await failure(connect(config(server.url), { INVENTORY_CLIENT_ID: CLIENT.id }))).toBe(
      'MCP server inventory: variable INVENTORY_CLIENT_SECRET is not set',
    );
  });

  it('names the server when the token endpoint refuses, before any model request', async () => {
    const fake = await startFakeAnthropic(editRunnerScript([(runner) => implementMain(runner, '  return 1;')]));
    try {
      const run = codemode({
        task: 'Count the bolts',
        mcp: config(server.url),
        config: { repo_root: REPO_ROOT, claude_code_path: CLAUDE_PATH },
        env: { ...process.env, ...fakeAnthropicEnvironment(fake.url), ...ENV, INVENTORY_CLIENT_SECRET: 'wrong-secret' },
      });
      expect(await failure(run)).toBe('MCP server inventory could not get an OAuth token: invalid_client: the client secret is wrong');
      expect(fake.messageRequests()).toEqual([]);
    } finally {
      await fake.close();
    }
  });

  // Unsandboxed, the program gets the job's environment: the credentials' variables are withheld from it.
  it.each(['required', 'off'] as const)(
    'keeps the credentials and the token from the program, the runner and the prompt (sandbox %s)',
    async (sandbox) => {
      // The program looks for them everywhere it can: its whole environment, and the variable by name.
      const body = [
        "  const bolts = await inventory.countItems({ kind: 'bolt' });",
        '  const env = (globalThis as unknown as { process: { env: Record<string, string | undefined> } }).process.env;',
        '  return { bolts: bolts.count, env: JSON.stringify(env), secret: env.INVENTORY_CLIENT_SECRET ?? null };',
      ].join('\n');
      const fake = await startFakeAnthropic(editRunnerScript([(runner) => implementMain(runner, body)]));
      try {
        const workspace = await mkdtemp(path.join(os.tmpdir(), 'codemode-oauth-'));
        const result = await codemode({
          task: 'Count the bolts',
          mcp: config(server.url),
          config: { repo_root: REPO_ROOT, claude_code_path: CLAUDE_PATH, workspace_dir: workspace, preserve_workspace: true, sandbox },
          env: { ...process.env, ...fakeAnthropicEnvironment(fake.url), CLAUDE_CODE_MAX_RETRIES: '0', ...ENV },
        });
        expect(result.error).toBeNull();
        expect(result.output).toMatchObject({ bolts: 12, secret: null });
        const seen = [JSON.stringify(result), await readFile(result.files.prompt!, 'utf8'), result.code].join('\n');
        for (const secret of [CLIENT.secret, 'issued-token-']) expect(seen).not.toContain(secret);
        expect(JSON.stringify(fake.requests)).not.toContain(CLIENT.secret);
      } finally {
        await fake.close();
      }
    },
  );
});
