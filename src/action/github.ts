import * as core from '@actions/core';
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck';

/** The toolkit's Octokit: REST methods, pagination and the runner's proxy (HTTPS_PROXY, NO_PROXY) settings. */
export type GitHubClient = ReturnType<typeof getOctokit>;

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
 *
 * The plugin's README options (retryAfterBaseValue, fallbackSecondaryRateRetryAfter, connection, id,
 * Bottleneck, enabled) cannot change those gaps, and `enabled: false` would also stop the waiting out of
 * rate limits. Its typed options (ThrottlingOptionsBase) do accept the `write` and `notifications` groups,
 * which take Bottleneck groups: hence the direct bottleneck dependency.
 */
function serialWriteGroups() {
  return {
    write: new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 }),
    notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 }),
  };
}

/**
 * `getOctokit` of @actions/github with retries of server errors and a few waits for rate limits before
 * giving up. Its proxy agent is chosen when @actions/github is first imported, from GITHUB_API_URL and the
 * proxy variables of that moment: the runner sets them before the action starts.
 */
export function createGitHubClient({ token, baseUrl, retryBaseMs = 1000, rateLimitRetries = 2 }: GitHubClientOptions): GitHubClient {
  const retryWhileBudgetLeft =
    (kind: string) => (retryAfter: number, options: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
      const retrying = retryCount < rateLimitRetries;
      core.warning(`GitHub ${kind} hit by ${options.method} ${options.url}; ${retrying ? `retrying after ${retryAfter} s` : 'giving up'}.`);
      return retrying;
    };
  return getOctokit(
    token,
    {
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
    },
    retry,
    throttling,
  );
}

/** HTTP status of an Octokit request error, or null for anything else. */
export function httpStatus(error: unknown): number | null {
  return typeof error === 'object' && error !== null && 'status' in error && typeof error.status === 'number' ? error.status : null;
}
