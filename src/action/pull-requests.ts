import path from 'node:path';

import { type GitHubClient, httpStatus, type Repo } from './github.js';
import { ProgramRefusal } from './reported-program.js';

/** Where saved programs live in the repository, by convention. */
const SAVED_PROGRAMS_FOLDER = '.codemode';

export interface SaveRequest {
  name: string;
  tools: string;
  runnerFile: string;
  code: string;
  /** The report the program comes from. */
  reportUrl: string;
  approver: string;
}

export function savedProgramPath(name: string, runnerFile: string): string {
  return `${SAVED_PROGRAMS_FOLDER}/${name}${path.extname(runnerFile)}`;
}

/** A scheduled workflow that runs the saved program, with the least permissions it needs. */
function workflowSnippet(name: string, tools: string, programPath: string): string {
  return [
    `name: Code Mode (${name})`,
    'on:',
    '  schedule:',
    "    - cron: '0 7 * * 1-5'",
    'permissions:',
    '  contents: read',
    'jobs:',
    '  codemode:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: actions/checkout@v5',
    '        with:',
    '          persist-credentials: false',
    '      - uses: codemode-action/codemode-action@v1',
    '        with:',
    `          tools: ${tools}`,
    `          program: ${programPath}`,
  ].join('\n');
}

function pullRequestBody(request: SaveRequest, programPath: string): string {
  const workflow = `.github/workflows/codemode-${request.name}.yml`;
  return [
    `Adds \`${programPath}\`: exactly the program of [this report](${request.reportUrl}), saved by @${request.approver}. It runs with no model request until the tools in \`${request.tools}\` change, and then fails with the signature diff.`,
    `To run it on a schedule, add this workflow as \`${workflow}\` (the workflow's token cannot write workflow files, so it is not part of this pull request):`,
    ['```yaml', workflowSnippet(request.name, request.tools, programPath), '```'].join('\n'),
  ].join('\n\n');
}

/** A 403 from GitHub means the workflow's token lacks the permission the request needs. */
async function needing<T>(permission: string, request: () => Promise<T>): Promise<T> {
  try {
    return await request();
  } catch (error) {
    if (httpStatus(error) === 403) throw new ProgramRefusal(`Cannot save the program: the workflow's token needs ${permission} permission`);
    throw error;
  }
}

/** What a pull request that adds or changes one program file holds. */
interface ProgramPullRequest {
  branch: string;
  path: string;
  code: string;
  title: string;
  body: string;
}

/** Opens a pull request that commits the program on a branch of its own, from the default branch. */
async function openProgramPullRequest(
  octokit: GitHubClient,
  repo: Repo,
  request: ProgramPullRequest,
): Promise<{ number: number; html_url: string }> {
  const { data: repository } = await octokit.rest.repos.get({ ...repo });
  const base = repository.default_branch;
  const { data: head } = await octokit.rest.git.getRef({ ...repo, ref: `heads/${base}` });
  const existing = await octokit.rest.repos.getContent({ ...repo, path: request.path, ref: base }).then(
    ({ data }) => ('sha' in data ? data.sha : undefined),
    (error: unknown) => {
      if (httpStatus(error) === 404) return undefined;
      throw error;
    },
  );
  await needing('contents: write', () =>
    octokit.rest.git.createRef({ ...repo, ref: `refs/heads/${request.branch}`, sha: head.object.sha }),
  );
  await needing('contents: write', () =>
    octokit.rest.repos.createOrUpdateFileContents({
      ...repo,
      path: request.path,
      branch: request.branch,
      message: request.title,
      content: Buffer.from(request.code).toString('base64'),
      ...(existing ? { sha: existing } : {}),
    }),
  );
  const { data: pull } = await needing('pull-requests: write', () =>
    octokit.rest.pulls.create({ ...repo, base, head: request.branch, title: request.title, body: request.body }),
  );
  return { number: pull.number, html_url: pull.html_url };
}

/** Opens a pull request that adds the program as `.codemode/<name>.<ext>`. */
export function openSavePullRequest(
  octokit: GitHubClient,
  repo: Repo,
  request: SaveRequest,
): Promise<{ number: number; html_url: string }> {
  const programPath = savedProgramPath(request.name, request.runnerFile);
  return openProgramPullRequest(octokit, repo, {
    branch: `codemode/save-${request.name}`,
    path: programPath,
    code: request.code,
    title: `Save the Code Mode program ${programPath}`,
    body: pullRequestBody(request, programPath),
  });
}

/** Opens a pull request that replaces a drifted saved program with its port to today's tools. */
export function openPortPullRequest(
  octokit: GitHubClient,
  repo: Repo,
  port: { program: string; tools: string; code: string; diff: string; runUrl: string | null },
): Promise<{ number: number; html_url: string }> {
  const run = port.runUrl ? `[this run](${port.runUrl})` : 'a run';
  return openProgramPullRequest(octokit, repo, {
    branch: `codemode/port-${path.basename(port.program, path.extname(port.program))}`,
    path: port.program,
    code: port.code,
    title: `Port the Code Mode program ${port.program} to the current tools`,
    body: [
      `The tools in \`${port.tools}\` changed since \`${port.program}\` was saved, so ${run} did not run it. This is its main() ported to the current tools by Claude Code, starting from the saved program: verified (generated wrappers, compiles, type-checks), not run. Review it before merging.`,
      ['```diff', port.diff, '```'].join('\n'),
    ].join('\n\n'),
  });
}
