import * as core from '@actions/core';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';
import Bottleneck from 'bottleneck';

const GitHubOctokit = Octokit.plugin(retry, throttling);
export type GitHubClient = InstanceType<typeof GitHubOctokit>;

export interface Repo {
  owner: string;
  repo: string;
}

export interface GitHubClientOptions {
  token: string;
  baseUrl: string;
  /** Unit of every retry delay; GitHub's guidance is a second, tests shorten it. */
  retryBaseMs?: number;
  /** How many times a request that hit a rate limit is tried again. */
  rateLimitRetries?: number;
}

/**
 * One run makes a handful of writes (a reaction, a comment, its update), far from the volume GitHub's
 * write spacing guards against, so writes are serialised without the plugin's default 1 s / 3 s gaps.
 * Rate-limit answers are still waited out and retried by the throttling plugin.
 */
function serialWriteGroups() {
  return {
    write: new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 }),
    notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 }),
  };
}

export function apiBaseUrl(env: NodeJS.ProcessEnv): string {
  return env.GITHUB_API_URL || 'https://api.github.com';
}

/** Octokit that retries server errors and waits out rate limits a few times before giving up. */
export function createGitHubClient({ token, baseUrl, retryBaseMs = 1000, rateLimitRetries = 2 }: GitHubClientOptions): GitHubClient {
  const retryWhileBudgetLeft = (kind: string) => (retryAfter: number, options: { method?: string; url?: string }, _octokit: unknown, retryCount: number) => {
    const retrying = retryCount < rateLimitRetries;
    core.warning(`GitHub ${kind} hit by ${options.method} ${options.url}; ${retrying ? `retrying after ${retryAfter} s` : 'giving up'}.`);
    return retrying;
  };
  return new GitHubOctokit({
    auth: token,
    baseUrl,
    userAgent: 'codemode-action',
    retry: { retryAfterBaseValue: retryBaseMs },
    throttle: {
      ...serialWriteGroups(),
      retryAfterBaseValue: retryBaseMs,
      onRateLimit: retryWhileBudgetLeft('rate limit'),
      onSecondaryRateLimit: retryWhileBudgetLeft('secondary rate limit'),
    },
    log: { debug: core.debug, info: core.debug, warn: core.debug, error: core.debug },
  });
}

/** HTTP status of an Octokit request error, or null for anything else. */
export function httpStatus(error: unknown): number | null {
  return typeof error === 'object' && error !== null && 'status' in error && typeof error.status === 'number' ? error.status : null;
}
