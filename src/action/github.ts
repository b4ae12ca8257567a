import * as core from '@actions/core';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';

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
