import { createRequire as __codemodeCreateRequire } from 'node:module';
import { dirname as __codemodeDirnameOf } from 'node:path';
import { fileURLToPath as __codemodeFileURLToPath } from 'node:url';
const require = __codemodeCreateRequire(import.meta.url);
const __codemodeFilename = __codemodeFileURLToPath(import.meta.url);
const __codemodeDirname = __codemodeDirnameOf(__codemodeFilename);
import {
  ProgramRefusal,
  httpStatus
} from "./chunk-BNZRH5ZJ.js";
import {
  require_path
} from "./chunk-NRPXVH6K.js";
import {
  __toESM
} from "./chunk-NTVFTWIQ.js";

// src/action/pull-requests.ts
var import_node_path = __toESM(require_path(), 1);
var SAVED_PROGRAMS_FOLDER = ".codemode";
function savedProgramPath(name, runnerFile) {
  return `${SAVED_PROGRAMS_FOLDER}/${name}${import_node_path.default.extname(runnerFile)}`;
}
function workflowSnippet(name, tools, programPath) {
  return [
    `name: Code Mode (${name})`,
    "on:",
    "  schedule:",
    "    - cron: '0 7 * * 1-5'",
    "permissions:",
    "  contents: read",
    "jobs:",
    "  codemode:",
    "    runs-on: ubuntu-latest",
    "    steps:",
    "      - uses: actions/checkout@v5",
    "        with:",
    "          persist-credentials: false",
    "      - uses: codemode-action/codemode-action@v1",
    "        with:",
    `          tools: ${tools}`,
    `          program: ${programPath}`
  ].join("\n");
}
function pullRequestBody(request, programPath) {
  const workflow = `.github/workflows/codemode-${request.name}.yml`;
  return [
    `Adds \`${programPath}\`: exactly the program of [this report](${request.reportUrl}), saved by @${request.approver}. It runs with no model request until the tools in \`${request.tools}\` change, and then fails with the signature diff.`,
    `To run it on a schedule, add this workflow as \`${workflow}\` (the workflow's token cannot write workflow files, so it is not part of this pull request):`,
    ["```yaml", workflowSnippet(request.name, request.tools, programPath), "```"].join("\n")
  ].join("\n\n");
}
async function needing(permission, request) {
  try {
    return await request();
  } catch (error) {
    if (httpStatus(error) === 403) throw new ProgramRefusal(`Cannot save the program: the workflow's token needs ${permission} permission`);
    throw error;
  }
}
async function openProgramPullRequest(octokit, repo, request) {
  const { data: repository } = await octokit.rest.repos.get({ ...repo });
  const base = repository.default_branch;
  const { data: head } = await octokit.rest.git.getRef({ ...repo, ref: `heads/${base}` });
  const existing = await octokit.rest.repos.getContent({ ...repo, path: request.path, ref: base }).then(
    ({ data }) => "sha" in data ? data.sha : void 0,
    (error) => {
      if (httpStatus(error) === 404) return void 0;
      throw error;
    }
  );
  await needing(
    "contents: write",
    () => octokit.rest.git.createRef({ ...repo, ref: `refs/heads/${request.branch}`, sha: head.object.sha })
  );
  await needing(
    "contents: write",
    () => octokit.rest.repos.createOrUpdateFileContents({
      ...repo,
      path: request.path,
      branch: request.branch,
      message: request.title,
      content: Buffer.from(request.code).toString("base64"),
      ...existing ? { sha: existing } : {}
    })
  );
  const { data: pull } = await needing(
    "pull-requests: write",
    () => octokit.rest.pulls.create({ ...repo, base, head: request.branch, title: request.title, body: request.body })
  );
  return { number: pull.number, html_url: pull.html_url };
}
function openSavePullRequest(octokit, repo, request) {
  const programPath = savedProgramPath(request.name, request.runnerFile);
  return openProgramPullRequest(octokit, repo, {
    branch: `codemode/save-${request.name}`,
    path: programPath,
    code: request.code,
    title: `Save the Code Mode program ${programPath}`,
    body: pullRequestBody(request, programPath)
  });
}
function openPortPullRequest(octokit, repo, port) {
  const run = port.runUrl ? `[this run](${port.runUrl})` : "a run";
  return openProgramPullRequest(octokit, repo, {
    branch: `codemode/port-${import_node_path.default.basename(port.program, import_node_path.default.extname(port.program))}`,
    path: port.program,
    code: port.code,
    title: `Port the Code Mode program ${port.program} to the current tools`,
    body: [
      `The tools in \`${port.tools}\` changed since \`${port.program}\` was saved, so ${run} did not run it. This is its main() ported to the current tools by Claude Code, starting from the saved program: verified (generated wrappers, compiles, type-checks), not run. Review it before merging.`,
      ["```diff", port.diff, "```"].join("\n")
    ].join("\n\n")
  });
}

export {
  savedProgramPath,
  openSavePullRequest,
  openPortPullRequest
};
