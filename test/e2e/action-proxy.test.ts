import { describe, expect } from 'vitest';

import { editRunnerScript, replaceMain } from '../../testing/fakes/anthropic.js';
import { PERMISSIONS } from '../../testing/fakes/github.js';
import { startFakeProxy } from '../../testing/fakes/proxy.js';
import { E2E_MAINS, WEATHER_OUTPUT, WEATHER_TASK } from '../fixtures/e2e/mains.js';
import { issueComment, REPOSITORY_NAME } from './events.js';
import { test } from './runner.js';

/**
 * The fake GitHub under a name only the proxy resolves (`.test` is reserved, RFC 2606): a request that
 * bypasses the proxy fails to resolve. A loopback address would not do, as the toolkit's proxy settings
 * always bypass localhost and 127.x for any NO_PROXY.
 */
const GITHUB_HOST = 'api.github.test';
const API = `/repos/${REPOSITORY_NAME}`;

describe('the built action on a self-hosted runner behind an HTTP proxy', () => {
  test('reaches GitHub through HTTPS_PROXY / HTTP_PROXY and reports in the thread', async ({ stage }) => {
    const proxy = await startFakeProxy({ hosts: { [GITHUB_HOST]: '127.0.0.1' } });
    try {
      const apiUrl = new URL(stage.github.url);
      apiUrl.hostname = GITHUB_HOST;
      stage.github.setPermission('Codertocat', PERMISSIONS.write);
      const step = await stage.run({
        event: 'issue_comment',
        payload: issueComment(`/codemode ${WEATHER_TASK}`),
        inputs: { tools: 'examples/weather/tools.py' },
        model: editRunnerScript([replaceMain(E2E_MAINS.weather)]),
        env: { GITHUB_API_URL: apiUrl.origin, HTTPS_PROXY: proxy.url, HTTP_PROXY: proxy.url },
      });

      expect(step.messages('error')).toEqual([]);
      expect(step.messages('warning')).toEqual([]);
      expect(step.exitCode).toBe(0);
      expect(proxy.requests.filter((request) => request.target === apiUrl.host).length).toBeGreaterThan(0);
      const comment = stage.github.comments[0]!;
      expect(step.writes()).toEqual([
        `POST ${API}/issues/comments/492700400/reactions`,
        `POST ${API}/issues/1/comments`,
        `PATCH ${API}/issues/comments/${comment.id}`,
      ]);
      expect(comment.body).toContain('### ✅ Code Mode succeeded');
      expect(step.outputs).toMatchObject({ success: 'true', result: JSON.stringify(WEATHER_OUTPUT), comment_url: comment.html_url });
    } finally {
      await proxy.close();
    }
  });
});
