import type { Author } from './event.js';
import { type GitHubClient, httpStatus, type Repo } from './github.js';
import { type Permission, PERMISSIONS } from './inputs.js';

export type Level = Permission | 'none';

const LEVELS: readonly Level[] = ['none', ...PERMISSIONS];

export type Authorization = { allowed: true } | { allowed: false; reason: string };

export interface AuthorizationPolicy {
  permission: Permission;
  allowed_bots: readonly string[];
  trigger_phrase: string;
}

const isLevel = (value: unknown): value is Level => LEVELS.includes(value as Level);

/**
 * The collaborator's level: `role_name` when it is a built-in role, else the base `permission`
 * (custom roles report their own name in `role_name`, and their base role in `permission`).
 */
export function levelOf(response: { permission?: string; role_name?: string }): Level {
  if (isLevel(response.role_name)) return response.role_name;
  return isLevel(response.permission) ? response.permission : 'none';
}

export function meets(level: Level, required: Permission): boolean {
  return LEVELS.indexOf(level) >= LEVELS.indexOf(required);
}

const botName = (login: string) => login.toLowerCase().replace(/\[bot\]$/, '');

export function isAllowedBot(login: string, allowedBots: readonly string[]): boolean {
  return allowedBots.some((entry) => entry === '*' || botName(entry) === botName(login));
}

export async function collaboratorLevel(octokit: GitHubClient, repo: Repo, login: string): Promise<Level> {
  try {
    const { data } = await octokit.rest.repos.getCollaboratorPermissionLevel({ ...repo, username: login });
    return levelOf(data);
  } catch (error) {
    if (httpStatus(error) === 404) return 'none';
    throw error;
  }
}

/** Whether the author of a triggering comment may run the action: bots by name, people by repository permission. */
export async function authorize(octokit: GitHubClient, repo: Repo, author: Author, policy: AuthorizationPolicy): Promise<Authorization> {
  const mention = `@${author.login}`;
  if (author.type === 'Bot') {
    if (isAllowedBot(author.login, policy.allowed_bots)) return { allowed: true };
    return {
      allowed: false,
      reason: `${mention} is a bot that is not listed in allowed_bots, so it may not run ${policy.trigger_phrase}.`,
    };
  }
  const level = await collaboratorLevel(octokit, repo, author.login);
  if (meets(level, policy.permission)) return { allowed: true };
  return {
    allowed: false,
    reason: `${mention} needs ${policy.permission} permission on ${repo.owner}/${repo.repo} to run ${policy.trigger_phrase} (has ${level}).`,
  };
}
