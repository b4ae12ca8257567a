#!/usr/bin/env node
import { createRequire as __codemodeCreateRequire } from 'node:module';
import { dirname as __codemodeDirnameOf } from 'node:path';
import { fileURLToPath as __codemodeFileURLToPath } from 'node:url';
const require = __codemodeCreateRequire(import.meta.url);
const __codemodeFilename = __codemodeFileURLToPath(import.meta.url);
const __codemodeDirname = __codemodeDirnameOf(__codemodeFilename);
import {
  codemode
} from "./chunk-4J3D2WFJ.js";
import {
  CHECK_MODES,
  SANDBOX_MODES,
  parseByteSize,
  redact,
  redactDeep,
  secretValues
} from "./chunk-NYN2ZAZD.js";
import {
  mcpConfigVariables
} from "./chunk-OYV2IMFD.js";
import "./chunk-XVH7SVSQ.js";
import {
  LANGUAGES
} from "./chunk-VZRTSJCR.js";
import {
  ELICITATION_POLICIES,
  NOT_SANDBOXED,
  budgetNote,
  formatCost,
  jsonText,
  shorten,
  unenforcedLimits,
  usageLine
} from "./chunk-6BKRNGNI.js";
import "./chunk-V6M6USSN.js";
import "./chunk-XMAMCYGY.js";
import "./chunk-RRYM23HJ.js";
import "./chunk-3CPEQSZR.js";
import {
  CodeModeError,
  errorMessage
} from "./chunk-R2EEI6SO.js";
import "./chunk-3IS4VBHN.js";
import {
  require_util
} from "./chunk-ND4ONWU4.js";
import "./chunk-74WRA646.js";
import "./chunk-H4TOBOUQ.js";
import {
  require_path,
  require_promises
} from "./chunk-NRPXVH6K.js";
import "./chunk-DEYWGYQH.js";
import "./chunk-N7AWLP4R.js";
import {
  __toESM
} from "./chunk-NTVFTWIQ.js";

// src/cli/main.ts
var import_promises = __toESM(require_promises(), 1);
var import_node_path = __toESM(require_path(), 1);

// src/cli/args.ts
var import_node_util = __toESM(require_util(), 1);
var usageError = (message) => new CodeModeError(message, "usage");
var USAGE = `Usage: codemode run --tools <file> | --mcp-config <file|json> --task <text> [options]
       codemode run --tools <file> --program <file> [options]
       codemode run --tools <file> --program <file> --resume <journal> --approve <call> [--approve-all] [options]
       codemode check --tools <file> --program <file>

Commands:
  run                        have Claude Code write the program, verify and run it; with --program, run a saved one
  check                      check a saved program against today's tools without running it (exit 1 with the diff)

Options:
  --tools <file>             tools module (.py, .ts, .mts, .js, .mjs), relative to the repository root
  --mcp-config <file|json>   MCP servers whose tools the program gets (.mcp.json format), alone or with --tools
  --language <name>          runner language with MCP servers alone: typescript (default) or python
  --mcp-elicitation defaults|decline
                             answer MCP servers' elicitations with the form's defaults (default), or decline them all
  --task <text>              what the generated program should do
  --program <file>           saved program (e.g. .codemode/<name>.py), relative to the repository root: no model request
  --approve-tools <names>    tools (names or globs, comma-separated) whose calls need approval: the run stops before each (exit 3)
  --allow-destructive-mcp    MCP tools annotated destructiveHint run without approval
  --resume <journal>         resume the --program that paused, replaying the calls of its journal (call-journal.jsonl)
  --approve <call>           with --resume: the pending call approved (its number, as the paused run shows it)
  --approve-all              with --resume: every later call of the pending call's tool is approved too
  --save <file>              write the program to this file, relative to the repository root, when the run succeeds or pauses
  --json                     print the whole CodeModeResult as JSON (progress goes to stderr)
  --model <name>             Claude model
  --max-attempts <n>         Claude sessions allowed to repair a failing program (default 2)
  --max-turns <n>            Claude turns per attempt (default 12)
  --timeout <s>              seconds for the whole run (default 900)
  --execution-timeout <s>    seconds for the generated program (default 120)
  --max-tool-calls <n>       tool calls the program may make per attempt; past it they fail and the run stops (default 2000)
  --tool-timeout <s>         seconds one tool call may take before it fails with a TimeoutError (default: no limit)
  --max-cost-usd <usd>       US dollars the Claude Code sessions of the run may spend, repairs included (default: no limit)
  --workspace <dir>          where the runner, log and transcript are written
  --keep                     keep the workspace after the run
  --dry-run                  write the runner and the prompt, then stop before Claude
  --repo-root <dir>          repository root (default: the current directory)
  --python <path>            Python interpreter (default python3)
  --claude-code-path <path>  use this Claude Code binary instead of the pinned install
  --sandbox required|off     run the program under bubblewrap (default), or unsandboxed with your files and network in reach
  --max-processes <n>        processes and threads the sandboxed program may run at once (default 512; not enforced as root)
  --tmp-size <size>          size of the sandbox's /tmp and of its /dev/shm, in bytes or as 512M, 2G (default 1G)
  --max-memory <size>        memory each of the program's processes may allocate, in bytes or as 512M, 4G (default 2G)
  --check basic|strict|off   type-check Python programs with pyright before they run (default basic)
  --pyright-path <path>      use this pyright (its index.js) instead of the pinned install
  --redact <names>           more variables (comma-separated) whose values never appear in the output, in any encoding
  --verbose                  also show each step Claude Code takes
  -h, --help                 show this help`;
var OPTIONS = {
  tools: { type: "string" },
  "mcp-config": { type: "string" },
  language: { type: "string" },
  task: { type: "string" },
  program: { type: "string" },
  save: { type: "string" },
  "approve-tools": { type: "string", multiple: true },
  "allow-destructive-mcp": { type: "boolean", default: false },
  resume: { type: "string" },
  approve: { type: "string" },
  "approve-all": { type: "boolean", default: false },
  json: { type: "boolean", default: false },
  model: { type: "string" },
  "max-attempts": { type: "string" },
  "max-turns": { type: "string" },
  timeout: { type: "string" },
  "execution-timeout": { type: "string" },
  "max-tool-calls": { type: "string" },
  "tool-timeout": { type: "string" },
  "max-cost-usd": { type: "string" },
  workspace: { type: "string" },
  keep: { type: "boolean", default: false },
  "dry-run": { type: "boolean", default: false },
  "repo-root": { type: "string" },
  python: { type: "string" },
  "claude-code-path": { type: "string" },
  sandbox: { type: "string" },
  "max-processes": { type: "string" },
  "tmp-size": { type: "string" },
  "max-memory": { type: "string" },
  check: { type: "string" },
  "mcp-elicitation": { type: "string" },
  "pyright-path": { type: "string" },
  redact: { type: "string", multiple: true },
  verbose: { type: "boolean", default: false },
  help: { type: "boolean", short: "h", default: false }
};
function parseCommandLine(argv) {
  let parsed;
  try {
    parsed = (0, import_node_util.parseArgs)({ args: attachNegativeNumbers(argv), options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw usageError(errorMessage(error));
  }
  const { values, positionals } = parsed;
  if (values.help) return null;
  const [command] = positionals;
  if (command !== "run" && command !== "check" || positionals.length > 1) {
    throw usageError(
      positionals.length ? `Unknown command '${positionals.join(" ")}': expected 'run' or 'check'` : "Missing command: expected 'run' or 'check'"
    );
  }
  if (values.tools === void 0 && values["mcp-config"] === void 0)
    throw usageError("Missing --tools <file> or --mcp-config <file|json>");
  if (command === "check" && values.program === void 0)
    throw usageError("Missing --program <file>: check needs the saved program to check");
  if (command === "run" && values.program === void 0 && !values.task?.trim()) {
    throw usageError("Missing --task <text>: say what the program should do");
  }
  if (values.save !== void 0 && (command === "check" || values["dry-run"])) {
    throw usageError(`--save needs a run that executes the program, not ${command === "check" ? "check" : "--dry-run"}`);
  }
  if (values.keep && !values.workspace) throw usageError("--keep needs --workspace <dir>");
  return {
    command,
    tools: values.tools,
    mcp: values["mcp-config"],
    language: oneOf("--language", values.language, LANGUAGES),
    task: values.task,
    program: values.program,
    save: values.save,
    resume: resumeRequest(values),
    json: values.json,
    dryRun: values["dry-run"],
    redact: variableNames(values.redact ?? []),
    config: {
      model: values.model,
      max_attempts: optionalNumber("--max-attempts", values["max-attempts"], "integer"),
      max_turns: optionalNumber("--max-turns", values["max-turns"], "integer"),
      timeout: optionalNumber("--timeout", values.timeout, "seconds"),
      execution_timeout: optionalNumber("--execution-timeout", values["execution-timeout"], "seconds"),
      max_tool_calls: optionalNumber("--max-tool-calls", values["max-tool-calls"], "integer"),
      tool_timeout: optionalNumber("--tool-timeout", values["tool-timeout"], "seconds"),
      max_cost_usd: optionalNumber("--max-cost-usd", values["max-cost-usd"], "usd"),
      workspace_dir: values.workspace,
      preserve_workspace: values.keep || values["dry-run"],
      repo_root: values["repo-root"],
      python: values.python,
      claude_code_path: values["claude-code-path"],
      sandbox: oneOf("--sandbox", values.sandbox, SANDBOX_MODES),
      max_processes: optionalNumber("--max-processes", values["max-processes"], "integer"),
      tmp_size: optionalByteSize("--tmp-size", values["tmp-size"]),
      max_memory: optionalByteSize("--max-memory", values["max-memory"]),
      check: oneOf("--check", values.check, CHECK_MODES),
      mcp_elicitation: oneOf("--mcp-elicitation", values["mcp-elicitation"], ELICITATION_POLICIES),
      pyright_path: values["pyright-path"],
      verbose: values.verbose,
      approve_tools: toolNames(values["approve-tools"] ?? []),
      approve_destructive_mcp: !values["allow-destructive-mcp"]
    }
  };
}
function attachNegativeNumbers(argv) {
  const joined = [];
  for (const arg of argv) {
    const previous = joined.at(-1);
    if (previous?.startsWith("--") && !previous.includes("=") && /^-\d/.test(arg) && Object.hasOwn(OPTIONS, previous.slice(2)) && OPTIONS[previous.slice(2)].type === "string") {
      joined[joined.length - 1] = `${previous}=${arg}`;
    } else {
      joined.push(arg);
    }
  }
  return joined;
}
function resumeRequest(values) {
  if (values.resume === void 0) {
    if (values.approve !== void 0 || values["approve-all"])
      throw usageError("--approve needs --resume <journal>: the paused run to go on with");
    return void 0;
  }
  if (values.program === void 0) throw usageError("--resume needs --program <file>: the program that paused");
  if (values.approve === void 0) throw usageError("--resume needs --approve <call>: the pending call approved");
  const call = optionalNumber("--approve", values.approve, "integer") ?? 0;
  return { journal: values.resume, call, all: values["approve-all"] };
}
function toolNames(lists) {
  const names = lists.flatMap((list) => list.split(",").map((name) => name.trim())).filter(Boolean);
  const invalid = names.find((name) => !/^[\w$.*?]+$/.test(name));
  if (invalid !== void 0) throw usageError(`Invalid --approve-tools '${invalid}': expected tool names or globs separated by commas`);
  return names;
}
function variableNames(lists) {
  const names = lists.flatMap((list) => list.split(",").map((name) => name.trim())).filter(Boolean);
  const invalid = names.find((name) => !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name));
  if (invalid !== void 0) throw usageError(`Invalid --redact '${invalid}': expected variable names separated by commas`);
  return names;
}
function optionalByteSize(flag, text) {
  if (text === void 0) return void 0;
  const bytes = parseByteSize(text);
  if (bytes === null) throw usageError(`Invalid ${flag} '${text}': expected a number of bytes or a size such as 512M or 2G`);
  return bytes;
}
function oneOf(flag, text, modes) {
  if (text === void 0) return void 0;
  const mode = modes.find((candidate) => candidate === text);
  if (!mode) throw usageError(`Invalid ${flag} '${text}': expected ${modes.slice(0, -1).join(", ")} or ${modes.at(-1) ?? ""}`);
  return mode;
}
var NUMBER_KINDS = { integer: "a positive integer", seconds: "a positive number of seconds", usd: "a positive number of US dollars" };
function optionalNumber(flag, text, kind) {
  if (text === void 0) return void 0;
  const value = Number(text);
  const valid = text.trim() !== "" && Number.isFinite(value) && value > 0 && (kind !== "integer" || Number.isInteger(value));
  if (!valid) throw usageError(`Invalid ${flag} '${text}': expected ${NUMBER_KINDS[kind]}`);
  return value;
}

// src/cli/render.ts
function describeCall(entry) {
  const args = shorten(jsonText(entry.args) ?? "", 80);
  const outcome = entry.ok ? shorten(jsonText(entry.result) ?? "ok", 80) : `error: ${entry.error ?? "failed"}`;
  const replayed = entry.replayed ? " (replayed from an earlier attempt)" : "";
  return `  ${entry.tool}(${args}) \u2192 ${outcome}  [${entry.duration_ms.toFixed(1)} ms]${replayed}`;
}
function pendingCall(call, result) {
  const args = shorten(jsonText(call.args) ?? "", 200);
  const program = result.program ?? "<the program, saved with --save>";
  const journal = result.files.journal;
  const how = journal ? `
To approve it: codemode run --tools ${result.tools_module} --program ${program} --resume ${journal} --approve ${call.call}` : "";
  return `Pending call ${call.call}: ${call.tool}(${args}) needs approval.${how}`;
}
function renderResult(result) {
  const lines = [result.success ? "\u2714 Success" : `\u2716 Failed (${result.failed_phase ?? "unknown phase"}): ${result.error ?? "unknown error"}`];
  const budget = budgetNote(result);
  if (budget) lines.push(budget);
  if (!result.sandboxed) lines.push(NOT_SANDBOXED);
  const limits = unenforcedLimits(result);
  if (limits) lines.push(limits);
  if (result.drift) lines.push("", "Signature diff:", result.drift.diff);
  if (result.success) {
    const output = typeof result.output === "string" ? result.output : jsonText(result.output, 2);
    lines.push("", "Output:", output ?? "null");
    if (result.output_note) lines.push(`(note: ${result.output_note})`);
  }
  if (result.pending_call) lines.push("", pendingCall(result.pending_call, result));
  if (result.trace.length) lines.push("", `Tool calls (${result.trace.length}):`, ...result.trace.map(describeCall));
  if (!result.success && result.execution_log.trim()) lines.push("", "Execution log (tail):", result.execution_log.slice(-2e3));
  lines.push(
    "",
    `Attempts: ${result.attempts.length}  Turns: ${result.turns}  Cost: ${formatCost(result.cost_usd)}  Time: ${(result.timings.total_ms / 1e3).toFixed(1)} s`,
    `Usage: ${usageLine(result)}`
  );
  if (result.workspace_dir) lines.push(`Workspace: ${result.workspace_dir}`);
  return lines.join("\n");
}
function renderDriftCheck(result) {
  const program = result.program ?? result.runner_file;
  if (result.success) return `\u2714 ${program} matches the tools in ${result.tools_module} and verifies`;
  const lines = [`\u2716 ${result.error ?? "The check failed"}`];
  if (result.drift) lines.push("", result.drift.diff);
  return lines.join("\n");
}

// src/cli/main.ts
var processIo = {
  stdout: (text) => process.stdout.write(`${text}
`),
  stderr: (text) => process.stderr.write(`${text}
`)
};
function writtenBeforeClaude(files) {
  return [files.runner, ...files.support ?? [], files.prompt].filter((file) => file !== void 0);
}
async function saveProgram(command, result, shown) {
  if (shown.code !== result.code) throw new CodeModeError(`Not saved to ${command.save}: the program holds a secret value`);
  const file = import_node_path.default.resolve(command.config.repo_root ?? process.cwd(), command.save);
  await (0, import_promises.mkdir)(import_node_path.default.dirname(file), { recursive: true });
  await (0, import_promises.writeFile)(file, result.code);
  return file;
}
var PAUSED_EXIT_CODE = 3;
async function runCli(argv, io = processIo, env = process.env) {
  let secrets = secretValues(env);
  try {
    const command = parseCommandLine(argv);
    if (!command) {
      io.stdout(USAGE);
      return 0;
    }
    const mcpVariables = command.mcp === void 0 ? [] : await mcpConfigVariables(command.mcp, command.config.repo_root ?? process.cwd());
    secrets = secretValues(env, [...command.redact, ...mcpVariables]);
    const out = (text) => io.stdout(redact(text, secrets));
    const progressOut = command.json ? (text) => io.stderr(redact(text, secrets)) : out;
    const result = await codemode({
      tools: command.tools,
      mcp: command.mcp,
      language: command.language,
      task: command.task,
      program: command.program,
      resume: command.resume,
      config: command.config,
      env,
      dryRun: command.dryRun,
      execute: command.command === "run",
      onProgress: (event) => {
        if (event.kind !== "calls" || command.config.verbose) progressOut(`\u2022 ${event.message}`);
      }
    });
    const shown = redactDeep(result, secrets);
    if (command.json) out(JSON.stringify(shown, null, 2));
    else if (command.dryRun) out(`Dry run: wrote ${writtenBeforeClaude(shown.files).join(", ")}`);
    else if (command.command === "check") out(renderDriftCheck(shown));
    else out(`
${renderResult(shown)}`);
    if (command.save !== void 0 && (result.success || result.pending_call)) {
      const saved = await saveProgram({ ...command, save: command.save }, result, shown);
      (command.json ? progressOut : out)(`Saved the program to ${saved}`);
    }
    if (result.pending_call) return PAUSED_EXIT_CODE;
    return result.success ? 0 : 1;
  } catch (error) {
    const usage = error instanceof CodeModeError && error.kind === "usage";
    io.stderr(redact(`codemode: ${errorMessage(error)}`, secrets));
    if (usage) io.stderr("Run 'codemode --help' for usage.");
    return usage ? 2 : 1;
  }
}

// src/cli.ts
process.exitCode = await runCli(process.argv.slice(2));
