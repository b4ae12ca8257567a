import { createRequire as __codemodeCreateRequire } from 'node:module';
import { dirname as __codemodeDirnameOf } from 'node:path';
import { fileURLToPath as __codemodeFileURLToPath } from 'node:url';
const require = __codemodeCreateRequire(import.meta.url);
const __codemodeFilename = __codemodeFileURLToPath(import.meta.url);
const __codemodeDirname = __codemodeDirnameOf(__codemodeFilename);
import {
  defaultTempDir,
  oneLine,
  preloadArtifactClient,
  publishComment,
  renderErrorReport,
  renderReport,
  renderUsageDetail,
  repoRoot,
  uploadResultArtifact
} from "./chunk-BNZRH5ZJ.js";
import {
  codemode
} from "./chunk-4J3D2WFJ.js";
import {
  redact,
  redactDeep
} from "./chunk-NYN2ZAZD.js";
import {
  runProcessTree
} from "./chunk-XMAMCYGY.js";
import {
  errorMessage
} from "./chunk-R2EEI6SO.js";
import {
  info,
  setFailed,
  setOutput,
  summary,
  warning
} from "./chunk-BW5M3YGR.js";
import {
  require_path,
  require_promises
} from "./chunk-NRPXVH6K.js";
import {
  require_fs
} from "./chunk-N7AWLP4R.js";
import {
  __toESM
} from "./chunk-NTVFTWIQ.js";

// src/action/engine.ts
var import_promises3 = __toESM(require_promises(), 1);
var import_node_path2 = __toESM(require_path(), 1);

// src/action/sandbox.ts
var import_promises2 = __toESM(require_promises(), 1);

// src/system-packages.ts
var import_node_fs = __toESM(require_fs(), 1);
var import_promises = __toESM(require_promises(), 1);
var import_node_path = __toESM(require_path(), 1);
function aptGetCommand(rights) {
  if (rights.platform !== "linux" || !rights.aptGet) return null;
  if (rights.root) return { file: "apt-get", args: [] };
  return rights.passwordlessSudo ? { file: "sudo", args: ["-n", "apt-get"] } : null;
}
async function onPath(command, env) {
  for (const folder of (env.PATH ?? "").split(import_node_path.default.delimiter).filter(Boolean)) {
    const found = await (0, import_promises.access)(import_node_path.default.join(folder, command), import_node_fs.constants.X_OK).then(
      () => true,
      () => false
    );
    if (found) return true;
  }
  return false;
}
async function installRights(env, signal) {
  const sudo = await onPath("sudo", env) ? await runProcessTree("sudo", ["-n", "true"], { env, signal }) : null;
  return {
    platform: process.platform,
    root: process.getuid?.() === 0,
    passwordlessSudo: sudo?.exitCode === 0,
    aptGet: await onPath("apt-get", env)
  };
}
async function installDebianPackages(packages, options) {
  const aptGet = aptGetCommand(await installRights(options.env, options.signal));
  if (aptGet === null) return false;
  options.log(`Installing ${packages.join(", ")} (apt-get install ${packages.join(" ")})`);
  const run = (args) => runProcessTree(aptGet.file, [...aptGet.args, ...args], {
    env: { ...options.env, DEBIAN_FRONTEND: "noninteractive" },
    signal: options.signal
  });
  const install = ["install", "-y", "--no-install-recommends", ...packages];
  if ((await run(install)).exitCode === 0) return true;
  if ((await run(["update"])).exitCode !== 0) return false;
  return (await run(install)).exitCode === 0;
}
var SANDBOX_REQUIREMENTS = [
  { debianPackage: "bubblewrap", present: (env) => onPath("bwrap", env) },
  {
    debianPackage: "python3-seccomp",
    present: async (env, signal) => (await runProcessTree("/usr/bin/python3", ["-c", "import seccomp"], { env, signal })).exitCode === 0
  }
];
async function missingOf(requirements, options) {
  const present = await Promise.all(requirements.map((requirement) => requirement.present(options.env, options.signal)));
  return requirements.filter((_, index) => !present[index]);
}
async function ensurePackages(requirements, options) {
  const missing = await missingOf(requirements, options);
  if (missing.length === 0) return [];
  await installDebianPackages(
    missing.map((requirement) => requirement.debianPackage),
    options
  );
  return (await missingOf(missing, options)).map((requirement) => requirement.debianPackage);
}

// src/action/sandbox.ts
var USERNS_RESTRICTION = "/proc/sys/kernel/apparmor_restrict_unprivileged_userns";
async function prepareHostedRunnerSandbox(env, signal) {
  if (process.platform !== "linux" || env.RUNNER_ENVIRONMENT !== "github-hosted") return;
  await ensurePackages(SANDBOX_REQUIREMENTS, { env, log: (line) => info(line), signal });
  const restricted = (await (0, import_promises2.readFile)(USERNS_RESTRICTION, "utf8").catch(() => "0")).trim() === "1";
  if (restricted) {
    info("Allowing unprivileged user namespaces for the sandbox");
    await runProcessTree("sudo", ["-n", "sysctl", "-w", "kernel.apparmor_restrict_unprivileged_userns=0"], { env, signal });
  }
}

// src/action/engine.ts
async function stepWorkspace(env) {
  return env.RUNNER_TEMP ? (0, import_promises3.mkdtemp)(import_node_path2.default.join(env.RUNNER_TEMP, "codemode-")) : void 0;
}
function engineConfig(inputs, env, workspaceDir) {
  const defined = (value) => value ?? void 0;
  return {
    repo_root: repoRoot(env),
    workspace_dir: workspaceDir,
    cache_dir: env.RUNNER_TOOL_CACHE ? import_node_path2.default.join(env.RUNNER_TOOL_CACHE, "codemode", "claude-code") : void 0,
    preserve_workspace: true,
    verbose: true,
    claude_code_version: inputs.claude_code_version,
    claude_code_path: defined(inputs.claude_code_path),
    model: defined(inputs.model),
    max_turns: defined(inputs.max_turns),
    max_attempts: defined(inputs.max_attempts),
    timeout: defined(inputs.timeout),
    execution_timeout: defined(inputs.execution_timeout),
    max_tool_calls: defined(inputs.max_tool_calls),
    tool_timeout: defined(inputs.tool_timeout),
    max_cost_usd: defined(inputs.max_cost_usd),
    sandbox: inputs.sandbox,
    max_processes: defined(inputs.max_processes),
    tmp_size: defined(inputs.tmp_size),
    max_memory: defined(inputs.max_memory),
    check: inputs.check,
    mcp_elicitation: inputs.mcp_elicitation,
    pyright_path: defined(inputs.pyright_path),
    approve_tools: inputs.approve_tools,
    approve_destructive_mcp: inputs.approve_destructive_mcp
  };
}
function engineEnvironment(inputs, env) {
  return {
    ...env,
    ...inputs.anthropic_api_key ? { ANTHROPIC_API_KEY: inputs.anthropic_api_key } : {},
    ...inputs.claude_code_oauth_token ? { CLAUDE_CODE_OAUTH_TOKEN: inputs.claude_code_oauth_token } : {},
    ...inputs.use_bedrock ? { CLAUDE_CODE_USE_BEDROCK: "1" } : {},
    ...inputs.use_vertex ? { CLAUDE_CODE_USE_VERTEX: "1" } : {}
  };
}
var RUNNER_CREDENTIALS = [
  /^INPUT_/,
  /^GITHUB_TOKEN$/,
  /^GH_TOKEN$/,
  /^GH_ENTERPRISE_TOKEN$/,
  /^GITHUB_ENTERPRISE_TOKEN$/,
  /^ACTIONS_RUNTIME_TOKEN$/,
  /^ACTIONS_RUNTIME_URL$/,
  /^ACTIONS_ID_TOKEN_REQUEST_(TOKEN|URL)$/,
  /^ACTIONS_RESULTS_URL$/,
  /^ACTIONS_CACHE_URL$/
];
async function runEngine(inputs, task, env, secrets, { program = inputs.program ?? void 0, resume, onCalls } = {}) {
  const workspaceDir = await stepWorkspace(env);
  return codemode({
    tools: inputs.tools ?? void 0,
    mcp: inputs.mcp_config ?? void 0,
    language: inputs.language ?? void 0,
    task,
    program,
    resume,
    onDrift: inputs.on_drift,
    config: engineConfig(inputs, env, workspaceDir),
    env: engineEnvironment(inputs, env),
    withheldVariables: RUNNER_CREDENTIALS,
    sandboxSetup: (signal) => prepareHostedRunnerSandbox(env, signal),
    execute: inputs.mode === "run",
    onProgress: (event) => {
      if (event.kind === "calls") {
        onCalls?.(event);
        return;
      }
      if (event.kind === "claude") void preloadArtifactClient();
      info(redact(`[codemode] ${event.message}`, secrets));
    }
  }).then(
    (result) => ({ result, error: null }),
    (error) => ({ result: null, error: errorMessage(error) })
  );
}

// src/action/publish.ts
var import_node_path3 = __toESM(require_path(), 1);
function artifactFiles({ files, pending_call }) {
  const journal = pending_call ? files.journal : void 0;
  const paths = [files.runner, ...files.support ?? [], files.result, files.log, files.transcript, files.prompt, journal];
  return Object.fromEntries(paths.filter((file) => file !== void 0).map((file) => [import_node_path3.default.basename(file), file]));
}
function failureMessage(outcome) {
  if (!outcome.result) return `Code Mode could not start: ${oneLine(outcome.error)}`;
  if (outcome.result.success || outcome.result.pending_call) return null;
  const phase = outcome.result.failed_phase ? ` in ${outcome.result.failed_phase}` : "";
  return `Code Mode failed${phase}: ${oneLine(outcome.result.error ?? "unknown error")}`;
}
async function writeSummary(report, env) {
  if (!env.GITHUB_STEP_SUMMARY) return;
  await summary.addRaw(report).write().catch((error) => warning(`Could not write the job summary: ${errorMessage(error)}`));
}
function setOutputs(outcome, comment, artifact, secrets) {
  const { result } = outcome;
  const error = result ? result.error : outcome.error;
  setOutput("success", String(result?.success ?? false));
  setOutput("result", result ? redact(JSON.stringify(result.output ?? null), secrets) : "");
  setOutput("error", error ? redact(error, secrets) : "");
  setOutput("comment_url", comment?.html_url ?? "");
  setOutput("artifact_id", artifact ? String(artifact.id) : "");
  setOutput("artifact_url", artifact?.url ?? "");
  setOutput("code_path", result?.files.runner ?? "");
  setOutput("cost_usd", result ? String(result.cost_usd) : "0");
  setOutput("turns", result ? String(result.turns) : "0");
  setOutput("input_tokens", String(result?.usage.input_tokens ?? 0));
  setOutput("output_tokens", String(result?.usage.output_tokens ?? 0));
  setOutput("tool_calls", String(result?.usage.tool_calls ?? 0));
  setOutput("pull_request_url", "");
}
async function publishOutcome({ inputs, runtime, env, secrets, key, configOrigin }, conversation, comment, task, outcome, program, proposalUrl = null) {
  const artifact = outcome.result ? await uploadResultArtifact({
    name: inputs.artifact_name,
    files: artifactFiles(outcome.result),
    secrets,
    retentionDays: inputs.retention_days,
    tempDir: defaultTempDir(env),
    runUrl: runtime.runUrl
  }) : null;
  const context = {
    task,
    mode: inputs.mode,
    runUrl: runtime.runUrl,
    artifactUrl: artifact?.url ?? null,
    triggerKey: key,
    program: program(artifact),
    proposalUrl,
    configOrigin
  };
  const rendered = outcome.result ? renderReport(redactDeep(outcome.result, secrets), context) : renderErrorReport(redact(outcome.error, secrets), context);
  const body = redact(rendered, secrets);
  const [posted] = await Promise.all([
    conversation?.thread ? publishComment(conversation.octokit, conversation.thread, comment, body) : null,
    writeSummary(outcome.result ? `${body}

${renderUsageDetail(outcome.result)}` : body, env)
  ]);
  setOutputs(outcome, posted ?? comment, artifact, secrets);
  const failure = failureMessage(outcome);
  if (failure) setFailed(redact(proposalUrl ? `${failure}: ${proposalUrl}` : failure, secrets));
}

export {
  runEngine,
  publishOutcome
};
