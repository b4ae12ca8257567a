import { mkdir, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { z } from 'zod';

import { collaboratorLevel, meets } from './authorize.js';
import { type GitHubClient, httpStatus, type Repo } from './github.js';
import { type ActionInputs, InputError } from './inputs.js';
import { inlineCode } from './markdown.js';

const PullRequestSchema = z.object({
  user: z.object({ login: z.string() }),
  head: z.object({ repo: z.object({ full_name: z.string() }).nullable() }),
  base: z.object({ ref: z.string(), sha: z.string(), repo: z.object({ full_name: z.string() }) }),
});

export type PullRequest = z.infer<typeof PullRequestSchema>;

const PullRequestEvent = z.object({ pull_request: PullRequestSchema });
const CommentOnPullRequest = z.object({ issue: z.object({ number: z.number(), pull_request: z.object({}).loose() }) });

const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target', 'pull_request_review_comment'];

/** The pull request the event is on: from the payload, or from the API for a comment in its conversation; null for any other event. */
export async function eventPullRequest(
  octokit: GitHubClient,
  repo: Repo,
  eventName: string,
  payload: unknown,
): Promise<PullRequest | null> {
  if (PULL_REQUEST_EVENTS.includes(eventName)) return PullRequestEvent.parse(payload).pull_request;
  const comment = eventName === 'issue_comment' ? CommentOnPullRequest.safeParse(payload) : null;
  if (!comment?.success) return null;
  const { data } = await octokit.rest.pulls.get({ ...repo, pull_number: comment.data.issue.number });
  return PullRequestSchema.parse(data);
}

/** Why the pull request's own files may not configure the run (a fork, an author without write access), or null when they may. */
export async function untrustedReason(octokit: GitHubClient, repo: Repo, pull: PullRequest): Promise<string | null> {
  const head = pull.head.repo?.full_name ?? null;
  if (head !== pull.base.repo.full_name) return head ? `it comes from the fork ${head}` : 'it comes from a deleted fork';
  const level = await collaboratorLevel(octokit, repo, pull.user.login);
  return meets(level, 'write') ? null : `its author ${pull.user.login} has ${level} permission`;
}

/** A file or folder of the run's configuration, by its path from the repository root with forward slashes. */
interface ConfigPath {
  what: string;
  relative: string;
}

function repositoryPath(input: string, repoRoot: string, what: string): string {
  const relative = path.relative(repoRoot, path.resolve(repoRoot, input));
  if (relative === '' || relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) {
    throw new InputError(`The ${what} ${input} is not inside the repository`);
  }
  return relative.split(path.sep).join('/');
}

/**
 * What the base branch supplies: the tools module's whole folder (the files it imports sit beside it), the MCP
 * configuration file and the saved program. A tools module at the repository root has no folder of its own to take.
 */
function configPaths(inputs: ActionInputs, repoRoot: string): ConfigPath[] {
  const paths: ConfigPath[] = [];
  if (inputs.tools) {
    const folder = path.posix.dirname(repositoryPath(inputs.tools, repoRoot, 'tools module'));
    if (folder === '.') {
      throw new InputError(
        `The tools module ${inputs.tools} is at the repository root: on this pull request its folder is read from the base branch, so move it into a folder of its own, or set trust_pr_config: true`,
      );
    }
    paths.push({ what: 'tools module', relative: folder });
  }
  if (inputs.mcp_config && !inputs.mcp_config.trim().startsWith('{')) {
    paths.push({ what: 'MCP configuration', relative: repositoryPath(inputs.mcp_config, repoRoot, 'MCP configuration') });
  }
  if (inputs.program) paths.push({ what: 'saved program', relative: repositoryPath(inputs.program, repoRoot, 'saved program') });
  return paths;
}

/** Where files come from: the repository at one commit of the base branch. */
interface BaseCommit {
  octokit: GitHubClient;
  repo: Repo;
  branch: string;
  sha: string;
}

const describeCommit = (base: BaseCommit) => `${inlineCode(base.branch)} (${base.sha.slice(0, 7)})`;

async function blob(base: BaseCommit, sha: string): Promise<Buffer> {
  const { data } = await base.octokit.rest.git.getBlob({ ...base.repo, file_sha: sha });
  return Buffer.from(data.content, 'base64');
}

/** A folder of the checkout to write into, made if missing, refused when a link of the checkout leads it out of the repository. */
async function checkoutFolder(repoRoot: string, folder: string): Promise<void> {
  await mkdir(folder, { recursive: true });
  const [root, real] = await Promise.all([realpath(repoRoot), realpath(folder)]);
  if (real !== root && !real.startsWith(`${root}${path.sep}`)) throw new InputError(`${folder} leads out of the repository`);
}

/** Replaces the file or folder at `relative` in the checkout with its content at the base commit. */
async function restore(base: BaseCommit, repoRoot: string, relative: string): Promise<void> {
  const { data } = await base.octokit.rest.repos.getContent({ ...base.repo, path: relative, ref: base.sha });
  const target = path.join(repoRoot, relative);
  await rm(target, { recursive: true, force: true });
  await checkoutFolder(repoRoot, path.dirname(target));
  if (!Array.isArray(data)) {
    await writeFile(target, await blob(base, data.sha));
    return;
  }
  await mkdir(target);
  for (const entry of data) {
    if (entry.type === 'dir') await restore(base, repoRoot, entry.path);
    else if (entry.type === 'file') await writeFile(path.join(repoRoot, entry.path), await blob(base, entry.sha));
    else if (entry.type === 'symlink') await symlink((await blob(base, entry.sha)).toString('utf8'), path.join(repoRoot, entry.path));
  }
}

async function restoreNamed(base: BaseCommit, repoRoot: string, { what, relative }: ConfigPath): Promise<void> {
  try {
    await restore(base, repoRoot, relative);
  } catch (error) {
    if (httpStatus(error) === 404) {
      throw new InputError(`The ${what} ${relative} is not on the base branch ${base.branch} (${base.sha.slice(0, 7)})`);
    }
    throw error;
  }
}

/**
 * On a pull request from a fork or from an author without write access, replaces the tools module's folder, the
 * MCP configuration file and the saved program in the checkout with the base branch's, so that the job's secrets
 * never run the pull request's code; the sentence the report shows, or null when the checkout's files are used.
 */
export async function readConfigFromBase(
  octokit: GitHubClient,
  repo: Repo,
  pull: PullRequest,
  inputs: ActionInputs,
  repoRoot: string,
): Promise<string | null> {
  const reason = await untrustedReason(octokit, repo, pull);
  if (reason === null) return null;
  const paths = configPaths(inputs, repoRoot);
  if (paths.length === 0) return null;
  const base = { octokit, repo, branch: pull.base.ref, sha: pull.base.sha };
  for (const entry of paths) await restoreNamed(base, repoRoot, entry);
  const names = new Intl.ListFormat('en', { type: 'conjunction' }).format(paths.map((entry) => entry.what));
  return `${names.charAt(0).toUpperCase()}${names.slice(1)} read from the base branch ${describeCommit(base)}, not from this pull request: ${reason}.`;
}
