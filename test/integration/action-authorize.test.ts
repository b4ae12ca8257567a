import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { authorize, levelOf, meets } from '../../src/action/authorize.js';
import { createGitHubClient, type GitHubClient } from '../../src/action/github.js';
import { type FakeGitHub, PERMISSIONS, rateLimitHeaders, recordWorkflowCommands, startFakeGitHub } from '../../testing/fakes/github.js';

const POLICY = { permission: 'write', allowed_bots: [], trigger_phrase: '/codemode' } as const;
const user = (login: string) => ({ login, type: 'User' });
const bot = (login: string) => ({ login, type: 'Bot' });

describe('authorize against the fake GitHub API', () => {
  let github: FakeGitHub;
  let octokit: GitHubClient;
  let repo: { owner: string; repo: string };

  beforeAll(async () => {
    github = await startFakeGitHub();
    octokit = createGitHubClient({ token: 'ghs_test_token', baseUrl: github.url, retryBaseMs: 1 });
    repo = { owner: github.owner, repo: github.repo };
    github.setPermission('alice', PERMISSIONS.write);
    github.setPermission('mona', PERMISSIONS.maintain);
    github.setPermission('bob', PERMISSIONS.read);
    github.setPermission('tri', PERMISSIONS.triage);
    github.setPermission('custom', { permission: 'write', role_name: 'release-manager' });
  });
  afterAll(async () => {
    await github.close();
  });

  it('allows a collaborator with the required permission or more', async () => {
    expect(await authorize(octokit, repo, user('alice'), POLICY)).toEqual({ allowed: true });
    expect(await authorize(octokit, repo, user('mona'), POLICY)).toEqual({ allowed: true });
    expect(await authorize(octokit, repo, user('custom'), POLICY)).toEqual({ allowed: true });
    const request = github.requests.find((recorded) => recorded.path.endsWith('/collaborators/alice/permission'));
    expect(request?.headers.authorization).toBe('token ghs_test_token');
  });

  it('refuses a collaborator below the required permission, saying what they have', async () => {
    expect(await authorize(octokit, repo, user('bob'), POLICY)).toEqual({
      allowed: false,
      reason: '@bob needs write permission on octo-org/octo-repo to run /codemode (has read).',
    });
    expect(await authorize(octokit, repo, user('tri'), { ...POLICY, permission: 'maintain' })).toEqual({
      allowed: false,
      reason: '@tri needs maintain permission on octo-org/octo-repo to run /codemode (has triage).',
    });
  });

  it('treats 404 from the permission endpoint as no access', async () => {
    expect(await authorize(octokit, repo, user('stranger'), { ...POLICY, permission: 'read' })).toEqual({
      allowed: false,
      reason: '@stranger needs read permission on octo-org/octo-repo to run /codemode (has none).',
    });
  });

  it('refuses bots unless allowed_bots lists them or is *', async () => {
    const before = github.requests.length;
    expect(await authorize(octokit, repo, bot('dependabot[bot]'), POLICY)).toEqual({
      allowed: false,
      reason: '@dependabot[bot] is a bot that is not listed in allowed_bots, so it may not run /codemode.',
    });
    expect(await authorize(octokit, repo, bot('dependabot[bot]'), { ...POLICY, allowed_bots: ['renovate', 'dependabot'] })).toEqual({
      allowed: true,
    });
    expect(await authorize(octokit, repo, bot('Renovate[bot]'), { ...POLICY, allowed_bots: ['renovate[bot]'] })).toEqual({ allowed: true });
    expect(await authorize(octokit, repo, bot('any[bot]'), { ...POLICY, allowed_bots: ['*'] })).toEqual({ allowed: true });
    expect(github.requests.length).toBe(before);
  });

  it('waits out a rate limit and retries a server error', async () => {
    const recorder = recordWorkflowCommands();
    github.failNext('GET', /\/collaborators\/alice\/permission$/, 403, 1, {
      headers: rateLimitHeaders(),
      message: 'API rate limit exceeded',
    });
    github.failNext('GET', /\/collaborators\/alice\/permission$/, 502, 1);
    const before = github.requests.length;
    const authorization = await authorize(octokit, repo, user('alice'), POLICY).finally(() => recorder.stop());
    expect(authorization).toEqual({ allowed: true });
    expect(github.requests.length - before).toBe(3);
    expect(recorder.commands.map((command) => command.command)).toContain('warning');
  });

  it('gives up on a rate limit that does not lift', async () => {
    const recorder = recordWorkflowCommands();
    github.failNext('GET', /\/collaborators\/bob\/permission$/, 403, 5, {
      headers: rateLimitHeaders(),
      message: 'API rate limit exceeded',
    });
    const before = github.requests.length;
    const attempt = authorize(octokit, repo, user('bob'), POLICY).finally(() => recorder.stop());
    await expect(attempt).rejects.toThrow('API rate limit exceeded');
    expect(github.requests.length - before).toBe(3);
    const route = 'GitHub rate limit hit by GET /repos/{owner}/{repo}/collaborators/{username}/permission;';
    expect(
      recorder.commands.filter((command) => command.command === 'warning').map((command) => command.message.replace(/\d+ s/, 'N s')),
    ).toEqual([`${route} retrying after N s.`, `${route} retrying after N s.`, `${route} giving up.`]);
  });
});

describe('permission levels', () => {
  it('reads built-in roles from role_name and custom roles from their base permission', () => {
    expect(levelOf({ permission: 'write', role_name: 'maintain' })).toBe('maintain');
    expect(levelOf({ permission: 'read', role_name: 'triage' })).toBe('triage');
    expect(levelOf({ permission: 'admin', role_name: 'security-lead' })).toBe('admin');
    expect(levelOf({ permission: 'none', role_name: '' })).toBe('none');
    expect(levelOf({})).toBe('none');
  });

  it('orders admin > maintain > write > triage > read > none', () => {
    expect(meets('admin', 'maintain')).toBe(true);
    expect(meets('maintain', 'write')).toBe(true);
    expect(meets('write', 'maintain')).toBe(false);
    expect(meets('triage', 'read')).toBe(true);
    expect(meets('read', 'triage')).toBe(false);
    expect(meets('none', 'read')).toBe(false);
  });
});
