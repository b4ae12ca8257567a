import { createRequire as __codemodeCreateRequire } from 'node:module';
import { dirname as __codemodeDirnameOf } from 'node:path';
import { fileURLToPath as __codemodeFileURLToPath } from 'node:url';
const require = __codemodeCreateRequire(import.meta.url);
const __codemodeFilename = __codemodeFileURLToPath(import.meta.url);
const __codemodeDirname = __codemodeDirnameOf(__codemodeFilename);
import {
  RUN_FILE_NAMES,
  bubblewrapSupports,
  clearEarlierRun,
  findRepositorySecrets,
  hashFile,
  hostFiles,
  limitsInForce,
  locateRepositoryFile,
  locateToolsModule,
  openWorkspace,
  parseConfig,
  portPrompt,
  programLimits,
  recordRepairPrompt,
  removeWorkspace,
  removingWorkspaceOnError,
  repairPrompt,
  runFiles,
  sessionTools,
  systemPrompt,
  taskPrompt,
  tmpfsSize,
  writeRunnerFiles
} from "./chunk-NYN2ZAZD.js";
import {
  SUPPORTED_EXTENSIONS,
  languageFor,
  languageNamed,
  loadMcpConfig,
  oauthVariablePatterns
} from "./chunk-OYV2IMFD.js";
import {
  installIntoCache,
  isExecutable
} from "./chunk-XVH7SVSQ.js";
import {
  TraceEntrySchema
} from "./chunk-VZRTSJCR.js";
import {
  external_exports,
  firstLine,
  formatBytes,
  formatCost,
  lastLine,
  parseJsonOrUndefined,
  sameEnds,
  shorten
} from "./chunk-6BKRNGNI.js";
import {
  describeEnding,
  runProcessTree,
  startProcessTree
} from "./chunk-XMAMCYGY.js";
import {
  CodeModeError,
  environmentError,
  errorMessage,
  usageError
} from "./chunk-R2EEI6SO.js";
import {
  require_crypto
} from "./chunk-3IS4VBHN.js";
import {
  require_events,
  require_string_decoder
} from "./chunk-H4TOBOUQ.js";
import {
  require_path,
  require_promises,
  require_stream
} from "./chunk-NRPXVH6K.js";
import {
  require_url
} from "./chunk-DEYWGYQH.js";
import {
  require_fs
} from "./chunk-N7AWLP4R.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-NTVFTWIQ.js";

// builtin:readline
var require_readline = __commonJS({
  "builtin:readline"(exports, module) {
    module.exports = __require("node:readline");
  }
});

// src/engine/codemode.ts
var import_node_path9 = __toESM(require_path(), 1);

// src/engine/approvals.ts
var import_node_crypto = __toESM(require_crypto(), 1);
var import_promises = __toESM(require_promises(), 1);
var MAX_RESUME_JOURNAL_BYTES = 257 * 1024 * 1024;
var PausedCallSchema = external_exports.object({ call: external_exports.number().int().positive(), tool: external_exports.string(), args: external_exports.unknown() });
var HeaderSchema = external_exports.object({ program: external_exports.string().regex(/^[0-9a-f]{64}$/), approved_tools: external_exports.array(external_exports.string()) });
var LineSchema = external_exports.looseObject({ call: external_exports.number().int().positive(), tool: external_exports.string().optional(), pending: external_exports.literal(true).optional() });
function sha256(text) {
  return (0, import_node_crypto.createHash)("sha256").update(text).digest("hex");
}
function journalHeader(programHash, approvedTools) {
  return `${JSON.stringify({ program: programHash, approved_tools: approvedTools })}
`;
}
var NO_APPROVALS = { tools: [], approved_tools: [], approved_call: null, replay: null };
function approvalSpec(config, mcp, tools, resume, replay) {
  return {
    tools: [...config.approve_tools, ...config.approve_destructive_mcp ? destructiveMcpTools(mcp, tools) : []],
    approved_tools: resume?.approvedTools ?? [],
    approved_call: resume?.call ?? null,
    replay: resume ? replay : null
  };
}
function destructiveMcpTools(mcp, tools) {
  return Object.entries(tools?.routes ?? {}).flatMap(([call, route]) => {
    const server = mcp?.servers.find((candidate) => candidate.name === route.server);
    return server?.tools.find((tool) => tool.name === route.tool)?.destructive ? [call] : [];
  });
}
async function readResume(request, program) {
  const where = `The journal ${request.journal}`;
  const size = await (0, import_promises.stat)(request.journal).then(
    (found) => found.size,
    () => {
      throw usageError(`${where} cannot be read`);
    }
  );
  if (size > MAX_RESUME_JOURNAL_BYTES) throw usageError(`${where} is ${size} bytes, over the limit of ${MAX_RESUME_JOURNAL_BYTES} bytes`);
  const text = await (0, import_promises.readFile)(request.journal, "utf8");
  const [first = "", ...rest] = text.split("\n");
  const header = HeaderSchema.safeParse(parseJsonOrUndefined(first));
  if (!header.success) throw usageError(`${where} is not a call journal of Code Mode`);
  if (header.data.program !== sha256(program)) {
    throw usageError(
      `${where} belongs to another program (SHA-256 ${header.data.program.slice(0, 12)}), not to this one (${sha256(program).slice(0, 12)})`
    );
  }
  const lines = rest.filter((line) => line.trim()).map((line) => parseJsonOrUndefined(line));
  if (lines.some(isIncomplete)) throw usageError(`${where} is incomplete (it passed its size limit): the run cannot be resumed`);
  const parsed = external_exports.array(LineSchema).safeParse(lines);
  if (!parsed.success) throw usageError(`${where} has a line that is not a call`);
  const calls = parsed.data;
  const pending = calls.find((line) => line.pending)?.call;
  if (pending === void 0) throw usageError(`${where} has no pending call: its run did not pause`);
  if (request.call !== pending) throw usageError(`Call ${request.call} is not the pending call of ${request.journal}: call ${pending} is`);
  const tool = calls.find((line) => line.call === pending && line.tool !== void 0)?.tool ?? "";
  const approvedTools = [.../* @__PURE__ */ new Set([...header.data.approved_tools, ...request.all ? [tool] : []])];
  return { text: rest.join("\n"), call: pending, approvedTools };
}
function isIncomplete(line) {
  return typeof line === "object" && line !== null && "incomplete" in line;
}

// src/engine/env.ts
var CLAUDE_CREDENTIALS = [
  /^ANTHROPIC_/,
  /^CLAUDE_CODE_/,
  /^AWS_/,
  /^CLOUD_ML_REGION$/,
  /^GOOGLE_/,
  /^GCLOUD_/,
  /^VERTEX_REGION_/,
  /^HTTPS?_PROXY$/i,
  /^NO_PROXY$/i,
  /^NODE_EXTRA_CA_CERTS$/,
  /^DISABLE_AUTOUPDATER$/
];
var BASE_VARIABLES = [/^PATH$/, /^HOME$/, /^TMPDIR$/, /^TEMP$/, /^TMP$/, /^LANG$/, /^LC_/, /^TERM$/, /^USER$/, /^SHELL$/];
var NEVER_FOR_PROGRAM = [...CLAUDE_CREDENTIALS, /^CODEMODE_/];
function pick(env, keep) {
  const picked = {};
  for (const [name, value] of Object.entries(env)) {
    if (value !== void 0 && keep(name)) picked[name] = value;
  }
  return picked;
}
var matches = (patterns) => (name) => patterns.some((pattern) => pattern.test(name));
function claudeEnvironment(env, configDir) {
  return {
    ...pick(env, (name) => matches(BASE_VARIABLES)(name) || matches(CLAUDE_CREDENTIALS)(name)),
    CLAUDE_CONFIG_DIR: configDir,
    CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: "1",
    DISABLE_AUTOUPDATER: "1",
    DISABLE_TELEMETRY: "1",
    DISABLE_ERROR_REPORTING: "1"
  };
}
function programEnvironment(env, withheld = []) {
  const hidden = matches([...NEVER_FOR_PROGRAM, ...withheld]);
  return pick(env, (name) => !hidden(name));
}

// src/engine/program.ts
var import_promises2 = __toESM(require_promises(), 1);
var import_node_path = __toESM(require_path(), 1);
async function savedProgram(program, repoRoot, runnerFileName, toolsPath) {
  const inLanguage = (name, file) => {
    const extension = import_node_path.default.extname(runnerFileName);
    if (import_node_path.default.extname(file) !== extension) {
      throw usageError(`Saved program ${name} is not a ${extension} file: the tools in ${toolsPath} are run by ${extension} programs`);
    }
  };
  if (typeof program !== "string") {
    inLanguage(program.relative_path, program.relative_path);
    return program;
  }
  if (!program.trim()) throw usageError("No saved program given: pass the path of a runner file such as .codemode/<name>.py");
  const location = await locateRepositoryFile(program, repoRoot, "Saved program");
  inLanguage(program, location.absolute);
  return { relative_path: location.relative, text: await (0, import_promises2.readFile)(location.absolute, "utf8") };
}
function checkDrift(generated, saved, toolsPath, wrapperPattern) {
  const tools = [];
  const regions = [];
  const hunks = [];
  for (const region of generated.protected_regions) {
    const before = savedRegion(saved.text, region) ?? "";
    if (before === region.text) continue;
    const savedWrappers = wrappers(before, wrapperPattern);
    const todayWrappers = wrappers(region.text, wrapperPattern);
    const changed = [.../* @__PURE__ */ new Set([...todayWrappers.keys(), ...savedWrappers.keys()])].filter(
      (name) => savedWrappers.get(name) !== todayWrappers.get(name)
    );
    tools.push(...changed);
    hunks.push(...changed.map((name) => hunk(name, savedWrappers.get(name) ?? "", todayWrappers.get(name) ?? "")));
    const [restBefore, restAfter] = [before, region.text].map(withoutWrappers(wrapperPattern));
    if (restBefore !== restAfter) {
      regions.push(region.name);
      hunks.push(hunk(`${region.name} region`, restBefore ?? "", restAfter ?? ""));
    }
  }
  if (hunks.length === 0) return null;
  const diff = [`--- ${saved.relative_path} (saved)`, `+++ ${toolsPath} (generated today)`, ...hunks].join("\n");
  return { tools, regions, diff };
}
function portStart(generated, saved) {
  return generated.protected_regions.reduce((text, region) => {
    const old = savedRegion(text, region);
    return old === null ? text : text.replace(old, () => region.text);
  }, saved.text);
}
function driftMessage(programPath, toolsPath, drift) {
  const reasons = [];
  if (drift.tools.length === 1) reasons.push(`the signature of ${drift.tools.join("")} differs`);
  if (drift.tools.length > 1) reasons.push(`the signatures of ${drift.tools.join(", ")} differ`);
  if (drift.regions.length) reasons.push(`its generated ${drift.regions.join(" and ")} code differs`);
  return `The saved program ${programPath} no longer matches the tools in ${toolsPath}: ${reasons.join("; ")}`;
}
function savedRegion(text, region) {
  const lines = text.split("\n");
  const regionLines = region.text.split("\n");
  const begin = lines.indexOf(regionLines[0] ?? "");
  if (begin < 0) return null;
  const end = lines.indexOf(regionLines.at(-1) ?? "", begin + 1);
  return end < 0 ? null : lines.slice(begin, end + 1).join("\n");
}
function wrappers(regionText, wrapperPattern) {
  return new Map([...regionText.matchAll(wrapperPattern)].map((match) => [match[1] ?? "", match[0]]));
}
function withoutWrappers(wrapperPattern) {
  return (regionText) => regionText.replace(wrapperPattern, "").replace(/\n{2,}/g, "\n");
}
function hunk(title, before, after) {
  const old = before ? before.split("\n") : [];
  const now = after ? after.split("\n") : [];
  const { head, tail } = sameEnds(old, now);
  const removed = old.slice(head, old.length - tail).map((line) => `-${line}`);
  const added = now.slice(head, now.length - tail).map((line) => `+${line}`);
  return [`@@ ${title} @@`, ...removed, ...added].join("\n");
}

// src/engine/run/clock.ts
var PhaseClock = class {
  started = performance.now();
  timings = {
    extract_ms: 0,
    install_ms: 0,
    claude_ms: 0,
    type_checker_ms: 0,
    verify_ms: 0,
    execute_ms: 0
  };
  async time(phase, work) {
    const start = performance.now();
    try {
      return await work;
    } finally {
      this.timings[`${phase}_ms`] += performance.now() - start;
    }
  }
  elapsedMs() {
    return performance.now() - this.started;
  }
  snapshot() {
    return { ...this.timings, total_ms: this.elapsedMs() };
  }
};

// src/engine/run/extract.ts
async function connectMcpServers({ clock, progress, env, config }, servers, context) {
  const { McpServers } = await import("./mcp-WXLEEXKS.js");
  progress({ kind: "phase", phase: "extract", message: `Connecting to ${servers.length} MCP server(s)` });
  return clock.time("extract", McpServers.connect(servers, env, context.env, context.repoRoot, config.mcp_elicitation));
}
async function extractTools({ clock, progress, options, language }, source, mcp, context) {
  if (source) progress({ kind: "phase", phase: "extract", message: `Extracting tools from ${options.tools ?? ""}` });
  const module = source ? await clock.time("extract", language.extract(source.location, context)) : language.noToolsModule();
  if (!mcp) return module;
  const { withMcpTools } = await import("./mcp-WXLEEXKS.js");
  return clock.time("extract", withMcpTools(module, mcp));
}

// src/engine/run/attempts.ts
var import_promises8 = __toESM(require_promises(), 1);

// src/engine/run/budgets.ts
function callBudget(config) {
  return { maxToolCalls: config.max_tool_calls, toolTimeoutMs: config.tool_timeout === void 0 ? null : config.tool_timeout * 1e3 };
}
function callBudgetStop(config, report) {
  const refused = report?.calls_refused ?? 0;
  if (refused === 0) return null;
  return `The program reached max_tool_calls (${config.max_tool_calls}): ${refused} call${refused === 1 ? " was" : "s were"} refused`;
}
var spent = (attempts2) => attempts2.reduce((sum, attempt) => sum + attempt.cost_usd, 0);
function costLeft(config, attempts2) {
  return config.max_cost_usd === void 0 ? void 0 : config.max_cost_usd - spent(attempts2);
}
function costBudgetStop(config, attempts2) {
  const left = costLeft(config, attempts2);
  if (left === void 0 || left > 0) return null;
  return `The run reached max_cost_usd (${formatCost(config.max_cost_usd ?? 0)}): its Claude Code sessions spent ${formatCost(spent(attempts2))}`;
}
function budgetThatStopped(config, outcome) {
  if (outcome.success) return null;
  if (callBudgetStop(config, outcome.execution?.report ?? null)) return "max_tool_calls";
  if (costBudgetStop(config, outcome.attempts)) return "max_cost_usd";
  return null;
}

// src/engine/run/program-body.ts
var import_node_path2 = __toESM(require_path(), 1);

// src/engine/claude/api-section.ts
var API_IN_PROMPT_MAX_CHARS = 4e4;
var MAX_DOC_CHARS = 100;
function apiSection(source, maxChars = API_IN_PROMPT_MAX_CHARS) {
  const region = toolsRegion(source.runner);
  if (region.text.length <= maxChars) {
    return {
      text: ["What the runner defines before the file:", "<api>", source.readableApi(region.text), "</api>"].join("\n"),
      reads: false
    };
  }
  return { text: apiIndex(source, region), reads: true };
}
function toolsRegion(runner) {
  const region = runner.protected_regions.find((candidate) => candidate.name === "tools");
  const start = region ? runner.text.indexOf(region.text) : -1;
  if (!region || start < 0) throw new Error(`${runner.file_name} has no tools region`);
  return { ...region, start };
}
function apiIndex(source, region) {
  const lineAt = lineNumbers(source.runner.text);
  const wrappers2 = new Map(
    [...region.text.matchAll(new RegExp(source.wrapperPattern.source, "gm"))].map((match) => {
      const start = region.start + match.index;
      return [match[1] ?? "", { first: lineAt(start), last: lineAt(start + match[0].length) }];
    })
  );
  const regionFirst = lineAt(region.start);
  const regionLast = lineAt(region.start + region.text.length);
  const firstWrapper = Math.min(...[...wrappers2.values()].map((lines) => lines.first), regionLast);
  const entries = source.tools.map((tool) => {
    const lines = wrappers2.get(tool.name);
    const where = lines ? ` ${lines.first}-${lines.last}` : "";
    return `${signature(tool)}${where}: ${firstSentence(tool.doc)}`;
  });
  return [
    `The tool API is too large to show here: it is lines ${regionFirst}-${regionLast} of ${source.runnerPath}.`,
    `Lines ${regionFirst}-${firstWrapper - 1} hold its imports and the types the tools use. The index below gives each tool's signature (\`?\` marks a parameter with a default), its lines and the first sentence of its documentation.`,
    "Read (with offset and limit) the lines of a tool or type whenever its index line is not enough: its full documentation, its defaults, the fields of a type it names.",
    "",
    "<api-index>",
    ...entries,
    "</api-index>"
  ].join("\n");
}
function signature(tool) {
  const params = tool.params.map((param) => {
    const optional = param.default !== null ? "?" : "";
    const spread = param.kind === "var_positional" ? "*" : param.kind === "var_keyword" ? "**" : "";
    return `${spread}${param.name}${optional}${param.annotation === null ? "" : `: ${oneLine(param.annotation)}`}`;
  });
  return `${tool.name}(${params.join(", ")})${tool.returns === null ? "" : ` -> ${oneLine(tool.returns)}`}`;
}
function oneLine(text) {
  return text.replace(/\s*(?:\r\n|\r|\n)\s*/g, " ");
}
function lineNumbers(text) {
  const starts = [0];
  for (let at = text.indexOf("\n"); at >= 0; at = text.indexOf("\n", at + 1)) starts.push(at + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if ((starts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  };
}
function firstSentence(text) {
  const line = text.trim().split(/\r\n|\r|\n/)[0] ?? "";
  const sentence = /^.*?[.!?](?=\s|$)/.exec(line)?.[0] ?? line;
  return sentence.length > MAX_DOC_CHARS ? `${sentence.slice(0, MAX_DOC_CHARS - 1)}\u2026` : sentence;
}

// src/engine/verify.ts
function verifyRunnerEdit(generated, edited) {
  if (edited === generated.text) {
    return {
      failure: {
        message: `${generated.file_name} was not edited: main() is still the generated TODO`,
        details: "Implement main() in the file with the Write or Edit tool."
      }
    };
  }
  const located = locateProtectedRegions(generated, edited);
  if ("failure" in located) return located;
  if (edited.includes(generated.todo_marker)) {
    return {
      failure: {
        message: `main() in ${generated.file_name} is still the generated TODO (marker '${generated.todo_marker}' present)`,
        details: `Replace the body of main(), including the '${generated.todo_marker}' comment, with the implementation.`
      }
    };
  }
  return located;
}
function locateProtectedRegions(generated, edited) {
  const regions = [];
  let previous = null;
  for (const region of generated.protected_regions) {
    const [start, ...others] = occurrences(edited, region.text);
    if (start === void 0 || others.length > 0) {
      return { failure: regionCountFailure(region, others.length + (start === void 0 ? 0 : 1), edited, generated.file_name) };
    }
    const end = start + region.text.length;
    if (previous && start < previous.end) {
      return {
        failure: {
          message: `The protected ${region.name} region of ${generated.file_name} was moved; it must come after the ${previous.name} region, as generated`,
          details: `Put the regions back in their generated order; only main() and new helpers between them may change.`
        }
      };
    }
    if (!(start === 0 || edited[start - 1] === "\n") || !(end === edited.length || edited[end] === "\n")) {
      return {
        failure: {
          message: `The protected ${region.name} region of ${generated.file_name} does not stand on lines of its own`,
          details: `Keep a line break right before the ${region.name} region's begin marker and right after its end marker.`
        }
      };
    }
    const firstLine2 = lineCount(edited.slice(0, start));
    regions.push({ name: region.name, text: region.text, start, first_line: firstLine2, last_line: firstLine2 + lineCount(region.text) - 1 });
    previous = { name: region.name, end };
  }
  return { regions };
}
function modelLines(generated, code) {
  const edited = locateProtectedRegions(generated, code);
  const original = locateProtectedRegions(generated, generated.text);
  if ("failure" in edited || "failure" in original) return [];
  const before = gaps(generated.text, original.regions);
  return gaps(code, edited.regions).flatMap((gap, index) => {
    const old = before[index]?.lines ?? [];
    const { head, tail } = sameEnds(old, gap.lines);
    let first = Math.min(head, mainStart(old, generated.todo_marker));
    let last = gap.lines.length - tail;
    while (first < last && gap.lines[first]?.trim() === "") first += 1;
    while (last > first && gap.lines[last - 1]?.trim() === "") last -= 1;
    return last > first ? [{ first_line: gap.first_line + first, text: gap.lines.slice(first, last).join("\n") }] : [];
  });
}
function mainStart(lines, todoMarker) {
  const todo = lines.findIndex((line) => line.includes(todoMarker));
  if (todo < 0) return lines.length;
  let start = todo;
  while (start > 0 && /^\s/.test(lines[start] ?? "")) start -= 1;
  return start;
}
function gaps(text, regions) {
  const lines = text.split(/\r\n|\r|\n/);
  const bounds = [0, ...regions.flatMap((region) => [region.first_line - 1, region.last_line]), lines.length];
  const found = [];
  for (let index = 0; index < bounds.length; index += 2) {
    const from = bounds[index] ?? 0;
    found.push({ first_line: from + 1, lines: lines.slice(from, bounds[index + 1]) });
  }
  return found;
}
function occurrences(text, part) {
  const found = [];
  for (let at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) found.push(at);
  return found;
}
function lineCount(text) {
  return text.split(/\r\n|\r|\n/).length;
}
function regionCountFailure(region, occurrences2, edited, fileName) {
  if (occurrences2 > 1) {
    return {
      message: `The protected ${region.name} region of ${fileName} appears ${occurrences2} times; it must appear once, unchanged`,
      details: `Keep exactly one copy of the ${region.name} region between its codemode markers.`
    };
  }
  const difference = firstDifference(region.text, edited);
  return {
    message: `The protected ${region.name} region of ${fileName} was modified${difference ? ` (${difference.summary})` : ""}`,
    details: `Restore the ${region.name} region exactly as generated${difference ? `; ${difference.summary}` : ""}. Only main() and new helpers outside the codemode markers may change.`
  };
}
function firstDifference(regionText, edited) {
  const regionLines = regionText.split("\n");
  const editedLines = edited.split("\n");
  const matching = (begin) => {
    let count = 0;
    while (count < regionLines.length && editedLines[begin + count] === regionLines[count]) count += 1;
    return count;
  };
  const candidates = editedLines.flatMap((line, begin) => line === regionLines[0] ? [{ begin, matched: matching(begin) }] : []);
  const best = candidates.reduce(
    (top, candidate) => top && top.matched >= candidate.matched ? top : candidate,
    null
  );
  if (!best) return { summary: `its first marker line is missing` };
  const expected = regionLines[best.matched];
  if (expected === void 0) return null;
  const found = editedLines[best.begin + best.matched];
  return {
    summary: `line ${best.begin + best.matched + 1}: expected ${quoteLine(expected)}, found ${found === void 0 ? "end of file" : quoteLine(found)}`
  };
}
function quoteLine(line) {
  const trimmed = line.trim();
  return JSON.stringify(trimmed.length > 80 ? `${trimmed.slice(0, 77)}...` : trimmed);
}
var DIAGNOSTICS_SHOWN = 30;
function diagnosticsFailure(fileName, diagnostics) {
  const line = (d) => d.line === null ? d.message : `line ${d.line}: ${d.message}`;
  const first = diagnostics.find((d) => d.root_cause) ?? diagnostics[0];
  const unshown = diagnostics.length - DIAGNOSTICS_SHOWN;
  return {
    message: `${fileName} does not compile: ${first ? line(first) : "no diagnostics"}${diagnostics.length > 1 ? ` (and ${diagnostics.length - 1} more)` : ""}`,
    details: [
      ...diagnostics.slice(0, DIAGNOSTICS_SHOWN).map(line),
      ...unshown > 0 ? [`(${unshown} more diagnostic${unshown === 1 ? "" : "s"} not shown, ${diagnostics.length} in all)`] : []
    ].join("\n")
  };
}
function toolsModuleChangedFailure(relativePath) {
  return {
    message: `The tools module ${relativePath} was modified during the session; nothing was executed`,
    details: `Do not edit ${relativePath}; only edit main() in the runner.`,
    fatal: true
  };
}
function supportFileChangedFailure(name) {
  return {
    message: `${name} was modified or removed; it must stay as generated`,
    details: `Restore ${name}: do not edit it; only edit main() in the runner.`
  };
}

// src/engine/run/program-body.ts
function bodyFileName(runner) {
  return `main${import_node_path2.default.extname(runner.file_name)}`;
}
var GAP = "\n\n\n";
function bodySlot(runner) {
  const located = locateProtectedRegions(runner, runner.text);
  if ("failure" in located || located.regions.length < 2) throw new Error(`${runner.file_name} has no place for a program body`);
  const [first, second] = located.regions;
  return { before: first.start + first.text.length, after: second.start };
}
function runnerBody(runner) {
  const { before, after } = bodySlot(runner);
  return runner.text.slice(before, after).trim();
}
function joinBody(runner, body) {
  const { before, after } = bodySlot(runner);
  return `${runner.text.slice(0, before)}${GAP}${normalized(body)}${GAP}${runner.text.slice(after)}`;
}
function normalized(body) {
  return body.replace(/^(?:[ \t]*(?:\r\n|\r|\n))+/, "").trimEnd();
}
function bodyFirstLine(runner) {
  const { before } = bodySlot(runner);
  return runner.text.slice(0, before).split(/\r\n|\r|\n/).length + GAP.length;
}
function bodyDiagnostics(runner, body, diagnostics) {
  const first = bodyFirstLine(runner);
  const last = first + normalized(body).split(/\r\n|\r|\n/).length - 1;
  const bodyName = bodyFileName(runner);
  return diagnostics.map((diagnostic) => {
    const { line } = diagnostic;
    if (line === null) return diagnostic;
    if (line < first || line > last)
      return { ...diagnostic, line: null, message: `${runner.file_name}, generated line ${line}: ${diagnostic.message}` };
    const bodyLine = line - first + 1;
    const message = diagnostic.message.replace(`${runner.file_name}:${line}:`, `${bodyName}:${bodyLine}:`);
    return { ...diagnostic, line: bodyLine, message };
  });
}
function bodyNotWrittenFailure(runner) {
  const name = bodyFileName(runner);
  return {
    message: `${name} was not written: main() is still the generated TODO`,
    details: `Write ${name} with the Write tool: main() and its helpers.`
  };
}
function mainTemplate(runner) {
  const body = runnerBody(runner);
  return body.includes(runner.todo_marker) ? body.split(/\r\n|\r|\n/)[0] ?? body : body;
}
function programBrief(run, start) {
  const { workspace, module, runnerPath, language } = run;
  return {
    bodyPath: workspace.file(bodyFileName(start)),
    language: module.language,
    template: mainTemplate(start),
    api: apiSection({
      runner: start,
      runnerPath,
      tools: module.tools,
      wrapperPattern: language.wrapperPattern,
      readableApi: language.readableApi
    })
  };
}

// src/engine/run/result.ts
var import_promises3 = __toESM(require_promises(), 1);

// src/engine/run/usage.ts
function sessionUsage(session) {
  return { ...session.usage, model_requests: session.model_requests, model_context_bytes: session.context_bytes };
}
function programUsage(report) {
  if (!report) return { tool_calls: 0, tool_result_bytes: 0 };
  return { tool_calls: report.trace.length + (report.untraced_calls ?? 0), tool_result_bytes: report.result_bytes ?? 0 };
}
var NOTHING_USED = {
  input_tokens: 0,
  output_tokens: 0,
  cache_read_input_tokens: 0,
  cache_creation_input_tokens: 0,
  model_requests: 0,
  model_context_bytes: 0,
  tool_calls: 0,
  tool_result_bytes: 0
};
var COUNTS = Object.keys(NOTHING_USED);
function runUsage(attempts2) {
  return attempts2.reduce((sum, attempt) => {
    const used = { ...NOTHING_USED, ...attempt.model_usage, ...attempt.tool_usage };
    const next = { ...sum };
    for (const count of COUNTS) next[count] += used[count];
    return next;
  }, NOTHING_USED);
}

// src/engine/run/result.ts
function succeeded({ attempts: attempts2, sessionId, execution, code }) {
  return { success: true, error: null, failed_phase: null, attempts: attempts2, session_id: sessionId, execution, code };
}
function failed({ attempts: attempts2, sessionId, execution, code }, phase, error) {
  return { success: false, error, failed_phase: phase, attempts: attempts2, session_id: sessionId, execution, code };
}
function nothingYet(code) {
  return { attempts: [], sessionId: null, execution: null, code };
}
async function finish(run, outcome) {
  const { workspace, config, runner, module } = run;
  const report = outcome.execution?.report ?? null;
  const result = {
    success: outcome.success,
    output: report?.result?.output ?? null,
    output_note: report?.result?.output_note ?? null,
    error: outcome.error,
    failed_phase: outcome.failed_phase,
    execution_log: outcome.execution?.log ?? "",
    code: outcome.code,
    model_lines: modelLines(runner, outcome.code),
    runner_file: runner.file_name,
    language: module.language,
    trace: report?.trace ?? [],
    sandboxed: config.sandbox !== "off",
    ...config.sandbox === "off" ? {} : { limits: limitsInForce(programLimits(config)) },
    attempts: outcome.attempts,
    session_id: outcome.session_id,
    turns: outcome.attempts.reduce((sum, a) => sum + a.turns, 0),
    cost_usd: outcome.attempts.reduce((sum, a) => sum + a.cost_usd, 0),
    usage: runUsage(outcome.attempts),
    stopped_by_budget: budgetThatStopped(config, outcome),
    timings: run.clock.snapshot(),
    task: run.task,
    tools_module: module.relative_path,
    program: run.saved?.relative_path ?? null,
    drift: outcome.drift ?? null,
    pending_call: report?.paused ?? null,
    proposal: outcome.proposal ?? null,
    workspace_dir: workspace.dir,
    files: {}
  };
  if (!config.preserve_workspace && workspace.temporary && !result.pending_call) {
    await removeWorkspace(workspace);
    return { ...result, workspace_dir: null };
  }
  await (0, import_promises3.writeFile)(run.runnerPath, outcome.code);
  result.files = await runFiles(workspace, runner);
  await (0, import_promises3.writeFile)(workspace.file(RUN_FILE_NAMES.result), `${JSON.stringify(result, null, 2)}
`);
  return result;
}

// src/engine/claude/session.ts
var import_node_fs = __toESM(require_fs(), 1);
var import_node_readline = __toESM(require_readline(), 1);
var import_node_stream = __toESM(require_stream(), 1);

// src/engine/claude/stream.ts
var import_node_path3 = __toESM(require_path(), 1);
var InitLineSchema = external_exports.object({
  type: external_exports.literal("system"),
  subtype: external_exports.literal("init"),
  session_id: external_exports.string(),
  model: external_exports.string().nullable().default(null),
  tools: external_exports.array(external_exports.string()).default([])
});
var RetryLineSchema = external_exports.object({
  type: external_exports.literal("system"),
  subtype: external_exports.literal("api_retry"),
  attempt: external_exports.number(),
  max_retries: external_exports.number(),
  error_status: external_exports.number().nullable().default(null)
});
var TextBlockSchema = external_exports.object({ type: external_exports.literal("text"), text: external_exports.string() });
var ToolUseBlockSchema = external_exports.object({
  type: external_exports.literal("tool_use"),
  id: external_exports.string(),
  name: external_exports.string(),
  input: external_exports.record(external_exports.string(), external_exports.unknown())
});
var ToolResultBlockSchema = external_exports.object({
  type: external_exports.literal("tool_result"),
  tool_use_id: external_exports.string(),
  is_error: external_exports.boolean().default(false),
  content: external_exports.union([external_exports.string(), external_exports.array(external_exports.object({ type: external_exports.string(), text: external_exports.string().optional() }))]).default("")
});
var MessageLineSchema = external_exports.object({
  type: external_exports.enum(["assistant", "user"]),
  message: external_exports.object({ id: external_exports.string().optional(), content: external_exports.union([external_exports.string(), external_exports.array(external_exports.unknown())]) })
});
var tokens = external_exports.number().int().nonnegative().catch(0).default(0);
var TokenUsageSchema = external_exports.object({
  input_tokens: tokens,
  output_tokens: tokens,
  cache_read_input_tokens: tokens,
  cache_creation_input_tokens: tokens
});
var NO_TOKENS = { input_tokens: 0, output_tokens: 0, cache_read_input_tokens: 0, cache_creation_input_tokens: 0 };
var ResultLineSchema = external_exports.object({
  type: external_exports.literal("result"),
  subtype: external_exports.string(),
  is_error: external_exports.boolean(),
  num_turns: external_exports.number(),
  total_cost_usd: external_exports.number(),
  session_id: external_exports.string(),
  result: external_exports.string().nullable().default(null),
  /** Set for failures without a model answer, e.g. `Reached maximum number of turns (12)`. */
  errors: external_exports.array(external_exports.string()).default([]),
  api_error_status: external_exports.number().nullable().default(null),
  usage: TokenUsageSchema.catch(NO_TOKENS).default(NO_TOKENS),
  /** Cost and tokens per model of this process only; `total_cost_usd` also counts the runs a resumed session had. */
  model_usage_since_last_result: external_exports.record(
    external_exports.string(),
    external_exports.object({
      costUSD: external_exports.number(),
      inputTokens: tokens,
      outputTokens: tokens,
      cacheReadInputTokens: tokens,
      cacheCreationInputTokens: tokens
    })
  ).optional()
});
function toolResultText(content) {
  return typeof content === "string" ? content : content.map((part) => part.text ?? "").join("\n");
}
function blockEvent(block) {
  const text = TextBlockSchema.safeParse(block);
  if (text.success) return { type: "text", text: text.data.text };
  const toolUse = ToolUseBlockSchema.safeParse(block);
  if (toolUse.success) return toolUse.data;
  const toolResult = ToolResultBlockSchema.safeParse(block);
  if (toolResult.success) {
    const { tool_use_id, is_error, content } = toolResult.data;
    return { type: "tool_result", tool_use_id, is_error, text: toolResultText(content) };
  }
  return null;
}
function messageEvents(line) {
  const { content, id } = line.message;
  const blocks = typeof content === "string" ? [{ type: "text", text: content }] : content;
  const events = blocks.map(blockEvent).filter((event) => event !== null);
  return line.type === "assistant" && id !== void 0 ? [{ type: "model_message", id }, ...events] : events;
}
function parseStreamLine(line) {
  const value = parseJsonOrUndefined(line);
  if (value === void 0) return [];
  const init = InitLineSchema.safeParse(value);
  if (init.success) return [{ ...init.data, type: "init" }];
  const retry = RetryLineSchema.safeParse(value);
  if (retry.success) {
    const { attempt, max_retries, error_status } = retry.data;
    return [{ type: "api_retry", attempt, max_retries, status: error_status }];
  }
  const message = MessageLineSchema.safeParse(value);
  if (message.success) return messageEvents(message.data);
  const result = ResultLineSchema.safeParse(value);
  if (result.success) return [resultEvent(result.data)];
  return [];
}
function resultEvent({ model_usage_since_last_result: perModel, usage, ...line }) {
  if (!perModel) return { ...line, run_cost_usd: line.total_cost_usd, run_usage: usage };
  const models = Object.values(perModel);
  const sum = (count) => models.reduce((total, model) => total + count(model), 0);
  const runUsage2 = {
    input_tokens: sum((model) => model.inputTokens),
    output_tokens: sum((model) => model.outputTokens),
    cache_read_input_tokens: sum((model) => model.cacheReadInputTokens),
    cache_creation_input_tokens: sum((model) => model.cacheCreationInputTokens)
  };
  return { ...line, run_cost_usd: sum((model) => model.costUSD), run_usage: runUsage2 };
}
function resultError(result) {
  if (!result.is_error && result.subtype === "success") return null;
  const reason = result.errors[0] ?? result.result ?? `Claude Code ended with ${result.subtype}`;
  return firstLine(reason) || `Claude Code ended with ${result.subtype}`;
}
function describeToolUse(name, input) {
  const filePath = typeof input.file_path === "string" ? import_node_path3.default.basename(input.file_path) : null;
  if (!filePath) return `claude: ${name}`;
  const content = typeof input.content === "string" ? ` (${formatBytes(Buffer.byteLength(input.content))})` : "";
  return `claude: ${name} ${filePath}${name === "Write" ? content : ""}`;
}
var plural = (count, word) => `${count} ${word}${count === 1 ? "" : "s"}`;
function describeEvent(event) {
  switch (event.type) {
    case "init":
      return `claude: session started${event.model ? ` (${event.model})` : ""}`;
    case "model_message":
      return null;
    case "api_retry":
      return `claude: API error${event.status ? ` ${event.status}` : ""}, retry ${event.attempt}/${event.max_retries}`;
    case "text": {
      const line = firstLine(event.text);
      return line ? `claude: ${shorten(line, 120)}` : null;
    }
    case "tool_use":
      return describeToolUse(event.name, event.input);
    case "tool_result":
      return event.is_error ? `claude: tool error: ${shorten(firstLine(event.text.replace(/<\/?tool_use_error>/g, "")), 120)}` : null;
    case "result": {
      const error = resultError(event);
      const spent2 = `${plural(event.num_turns, "turn")}, ${formatCost(event.run_cost_usd)}`;
      return error ? `claude: failed after ${spent2}: ${shorten(error, 120)}` : `claude: done in ${spent2}`;
    }
  }
}

// src/engine/claude/session.ts
var STOP_AFTER_WRITE = JSON.stringify({
  hooks: {
    PostToolUse: [
      { matcher: "Write", hooks: [{ type: "command", command: `echo '{"continue":false,"stopReason":"The program is written."}'` }] }
    ]
  }
});
var DEFAULT_MAX_RETRIES = "2";
function claudeArguments(options) {
  const tools = options.tools.join(",");
  return [
    // The prompt comes on standard input, as a message: with a large catalog's index it outgrows what one argument
    // may hold, and Claude Code readies the whole session before a message comes, where a plain prompt is only
    // read once its input has ended.
    "-p",
    "--input-format",
    "stream-json",
    "--output-format",
    "stream-json",
    "--verbose",
    "--tools",
    tools,
    "--allowedTools",
    tools,
    "--permission-mode",
    "acceptEdits",
    // No user, project or local settings: hooks, CLAUDE.md and permission rules of the repository stay out.
    "--setting-sources",
    "",
    // Drops every code-running tool and confines the file tools to cwd, the runner's directory.
    "--restricted",
    "--strict-mcp-config",
    "--disable-slash-commands",
    "--no-chrome",
    "--settings",
    STOP_AFTER_WRITE,
    "--max-turns",
    String(options.maxTurns),
    "--system-prompt",
    options.systemPrompt,
    ...options.model ? ["--model", options.model] : [],
    ...options.maxBudgetUsd === void 0 ? [] : ["--max-budget-usd", String(options.maxBudgetUsd)],
    ...options.resumeSessionId ? ["--resume", options.resumeSessionId] : []
  ];
}
var NO_TOOL_SEARCH = { ENABLE_TOOL_SEARCH: "false" };
function sessionEnvironment(env) {
  return { CLAUDE_CODE_MAX_RETRIES: DEFAULT_MAX_RETRIES, ...env, ...NO_TOOL_SEARCH };
}
function foldEvent(state, event) {
  switch (event.type) {
    case "init":
      return { ...state, sessionId: event.session_id };
    case "result":
      return { ...state, sessionId: event.session_id, result: event };
    case "model_message":
      if (event.id === state.lastMessageId) return state;
      return { ...state, modelRequests: state.modelRequests + 1, lastMessageId: event.id };
    case "tool_result":
      return { ...state, toolResultBytes: state.toolResultBytes + Buffer.byteLength(event.text) };
    default:
      return state;
  }
}
function collect(stream) {
  const chunks = [];
  stream.on("data", (chunk) => chunks.push(chunk));
  return new Promise((resolve) => stream.on("close", () => resolve(Buffer.concat(chunks).toString("utf8"))));
}
function outcomeError(outcome, state, stderr, timeoutMs) {
  if (outcome.timedOut) return `Claude Code timed out after ${Math.round(timeoutMs / 1e3)} s`;
  if (outcome.aborted) return "Claude Code was cancelled";
  if (outcome.spawnError) return `Claude Code could not be started: ${outcome.spawnError.message}`;
  if (state.result) return resultError(state.result);
  const detail = lastLine(stderr);
  if (outcome.exitCode !== 0) {
    const how = outcome.exitCode === null ? `was killed by ${outcome.signal ?? "a signal"}` : `exited with code ${outcome.exitCode}`;
    return `Claude Code ${how}${detail ? `: ${detail}` : " without a result"}`;
  }
  return `Claude Code ended without a result${detail ? `: ${detail}` : ""}`;
}
function sameSession(settings, wanted) {
  const [started, needed] = [claudeArguments(settings), claudeArguments(wanted)];
  return settings.cwd === wanted.cwd && started.length === needed.length && started.every((argument, n) => argument === needed[n]);
}
function promptMessage(prompt) {
  return `${JSON.stringify({ type: "user", message: { role: "user", content: prompt } })}
`;
}
function startClaudeSession(settings) {
  const input = new import_node_stream.PassThrough();
  const discarded = new AbortController();
  const signal = settings.signal ? AbortSignal.any([settings.signal, discarded.signal]) : discarded.signal;
  const { limit, ending, awaitTurn } = startSessionProcess({ ...settings, signal }, input);
  return {
    settings,
    async complete(prompt, timeoutMs, onTurnStart) {
      if (onTurnStart) awaitTurn(onTurnStart);
      limit(timeoutMs);
      input.end(promptMessage(prompt));
      return sessionResult(await ending, { ...settings, timeoutMs }, prompt);
    },
    async discard() {
      discarded.abort();
      if (!input.writableEnded) input.end();
      await ending;
    },
    closed: ending.then(() => void 0)
  };
}
function runClaudeSession(options) {
  return startClaudeSession(options).complete(options.prompt, options.timeoutMs, options.onTurnStart);
}
function startSessionProcess(settings, input) {
  const transcript = (0, import_node_fs.createWriteStream)(settings.transcriptPath, { flags: "a" });
  let state = {
    sessionId: settings.resumeSessionId ?? null,
    result: null,
    modelRequests: 0,
    lastMessageId: null,
    toolResultBytes: 0
  };
  let turnStarted = null;
  const handleLine = (line) => {
    transcript.write(`${line}
`);
    for (const event of parseStreamLine(line)) {
      if (event.type === "init") {
        turnStarted?.();
        turnStarted = null;
      }
      state = foldEvent(state, event);
      const progress = describeEvent(event);
      if (progress) settings.onProgress?.(progress);
    }
  };
  const tree = startProcessTree(settings.claudePath, claudeArguments(settings), {
    cwd: settings.cwd,
    env: sessionEnvironment(settings.env),
    input,
    signal: settings.signal
  });
  const stderr = collect(tree.stderr);
  const lines = import_node_readline.default.createInterface({ input: tree.stdout, crlfDelay: Infinity });
  lines.on("line", handleLine);
  const reading = new Promise((resolve) => lines.on("close", resolve));
  const ending = (async () => {
    const outcome = await tree.finished;
    await reading;
    await new Promise((resolve) => transcript.end(resolve));
    return { outcome, state, stderr: await stderr };
  })();
  return {
    limit: (timeoutMs) => tree.limit(timeoutMs),
    ending,
    awaitTurn: (listener) => {
      turnStarted = listener;
    }
  };
}
function sessionResult({ outcome, state, stderr }, settings, prompt) {
  return {
    session_id: state.sessionId,
    turns: state.result?.num_turns ?? 0,
    cost_usd: state.result?.run_cost_usd ?? 0,
    usage: state.result?.run_usage ?? NO_TOKENS,
    model_requests: state.modelRequests,
    context_bytes: Buffer.byteLength(settings.systemPrompt) + Buffer.byteLength(prompt) + state.toolResultBytes,
    error: outcomeError(outcome, state, stderr, settings.timeoutMs),
    duration_ms: Math.round(outcome.durationMs)
  };
}

// src/engine/run/session.ts
function sessionSettings(run, claudePath, needs) {
  const { config, workspace, progress } = run;
  return {
    claudePath,
    cwd: workspace.dir,
    systemPrompt: systemPrompt(needs.api),
    tools: sessionTools(needs.api),
    resumeSessionId: needs.resume ?? void 0,
    model: config.model,
    maxTurns: config.max_turns,
    maxBudgetUsd: costLeft(config, needs.attempts),
    env: claudeEnvironment(run.env, workspace.file(".claude-config")),
    timeoutMs: needs.timeoutMs,
    transcriptPath: workspace.file(RUN_FILE_NAMES.transcript),
    signal: run.signal,
    onProgress: config.verbose ? (message) => progress({ kind: "claude", message }) : void 0
  };
}
function startFirstSession(start, claudePath) {
  const { config } = start;
  const settings = sessionSettings(start, claudePath, {
    api: { reads: false },
    resume: null,
    attempts: [],
    timeoutMs: config.timeout * 1e3
  });
  return startClaudeSession(settings);
}
async function runSession(run, claudePath, prompt, needs, started, onTurnStart) {
  const settings = sessionSettings(run, claudePath, needs);
  if (started && sameSession(started.settings, settings)) {
    return started.complete(prompt, settings.timeoutMs, onTurnStart);
  }
  await started?.discard();
  return runClaudeSession({ ...settings, prompt, onTurnStart });
}

// src/engine/run/step.ts
var import_promises7 = __toESM(require_promises(), 1);

// src/engine/execute.ts
var import_promises6 = __toESM(require_promises(), 1);

// src/engine/call-progress.ts
var import_promises4 = __toESM(require_promises(), 1);
var import_node_string_decoder = __toESM(require_string_decoder(), 1);
var POLL_MS = 1e3;
var MAX_READ_BYTES = 1024 * 1024;
var CallBeginSchema = external_exports.object({ call: external_exports.number(), tool: external_exports.string() });
var CallLogReader = class {
  constructor(file) {
    this.file = file;
  }
  file;
  offset = 0;
  /** Keeps a character cut by a read for the next. */
  decoder = new import_node_string_decoder.StringDecoder("utf8");
  partial = "";
  /** One buffer for every read of this log. */
  buffer = Buffer.alloc(MAX_READ_BYTES);
  count = { calls: 0, tool: "" };
  /** The calls so far when more began since the last read, else null. */
  async read() {
    const handle = await (0, import_promises4.open)(this.file, "r").catch(() => null);
    if (!handle) return null;
    try {
      const { bytesRead } = await handle.read(this.buffer, 0, MAX_READ_BYTES, this.offset);
      this.offset += bytesRead;
      return this.take(this.decoder.write(this.buffer.subarray(0, bytesRead)));
    } finally {
      await handle.close();
    }
  }
  take(text) {
    const lines = (this.partial + text).split("\n");
    this.partial = lines.pop() ?? "";
    const before = this.count.calls;
    for (const line of lines) {
      const begun = CallBeginSchema.safeParse(parseJsonOrUndefined(line));
      if (begun.success) this.count = { calls: this.count.calls + 1, tool: begun.data.tool };
    }
    return this.count.calls === before ? null : this.count;
  }
};
function watchCallLog(file, listener, intervalMs = POLL_MS) {
  const reader = new CallLogReader(file);
  let reading = Promise.resolve();
  const poll = () => {
    reading = reading.then(async () => {
      const count = await reader.read();
      if (count) listener(count);
    });
  };
  const timer = setInterval(poll, intervalMs);
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      await reading;
    }
  };
}

// src/engine/execution-log.ts
var import_node_events = __toESM(require_events(), 1);
var import_node_fs2 = __toESM(require_fs(), 1);
var LOG_FILE_CAP_BYTES = 64 * 1024 * 1024;
var OUTPUT_LIMIT_BYTES = 256 * 1024 * 1024;
var MIB = 1024 * 1024;
var TailBuffer = class {
  constructor(cap) {
    this.cap = cap;
  }
  cap;
  chunks = [];
  size = 0;
  push(chunk) {
    this.chunks.push(chunk);
    this.size += chunk.length;
    for (let first = this.chunks[0]; first && this.size - first.length >= this.cap; first = this.chunks[0]) {
      this.chunks.shift();
      this.size -= first.length;
    }
  }
  bytes() {
    const tail = Buffer.concat(this.chunks);
    return tail.length > this.cap ? tail.subarray(tail.length - this.cap) : tail;
  }
};
var HeadTailBuffer = class {
  constructor(cap) {
    this.cap = cap;
    this.tail = new TailBuffer(cap - Math.floor(cap / 2));
  }
  cap;
  head = [];
  headBytes = 0;
  tail;
  total = 0;
  push(chunk) {
    this.total += chunk.length;
    const headRoom = Math.floor(this.cap / 2) - this.headBytes;
    if (headRoom > 0) {
      const part = chunk.subarray(0, headRoom);
      this.head.push(part);
      this.headBytes += part.length;
      chunk = chunk.subarray(part.length);
    }
    if (chunk.length > 0) this.tail.push(chunk);
  }
  /** The head and the tail, with a line saying how much was omitted between them and where it is. */
  text(where = "the whole output is in execution.log") {
    const head = Buffer.concat(this.head).toString("utf8");
    const tail = this.tail.bytes();
    const omitted = this.total - this.headBytes - tail.length;
    if (omitted <= 0) return head + tail.toString("utf8");
    return `${head}
\u2026 ${omitted} bytes omitted (${where}) \u2026
${tail.toString("utf8")}`;
  }
};
var ExecutionLog = class {
  file;
  memory;
  fileHeadBytes;
  fileTail;
  fileCapBytes;
  outputLimitBytes;
  total = 0;
  constructor(path10, limits) {
    this.file = (0, import_node_fs2.createWriteStream)(path10);
    this.memory = new HeadTailBuffer(limits.memoryCapBytes);
    this.fileCapBytes = limits.fileCapBytes ?? LOG_FILE_CAP_BYTES;
    this.fileHeadBytes = Math.floor(this.fileCapBytes / 2);
    this.fileTail = new TailBuffer(this.fileCapBytes - this.fileHeadBytes);
    this.outputLimitBytes = limits.outputLimitBytes ?? OUTPUT_LIMIT_BYTES;
  }
  /** Whether the output has passed the limit; what arrives after that is dropped. */
  get overLimit() {
    return this.total > this.outputLimitBytes;
  }
  async push(chunk) {
    if (this.overLimit) return;
    const written = this.total;
    this.total += chunk.length;
    this.memory.push(chunk);
    const headRoom = this.fileHeadBytes - written;
    if (headRoom > 0) {
      const head = chunk.subarray(0, headRoom);
      chunk = chunk.subarray(head.length);
      if (!this.file.write(head)) await (0, import_node_events.once)(this.file, "drain");
    }
    if (chunk.length > 0) this.fileTail.push(chunk);
  }
  /** Writes the file's tail, after a line saying how much was dropped when the output was over the file's cap. */
  async close() {
    const tail = this.fileTail.bytes();
    const dropped = Math.max(0, this.total - this.fileHeadBytes) - tail.length;
    if (dropped > 0) this.file.write(`
\u2026 ${dropped} bytes dropped here (${this.keeps()}) \u2026
`);
    this.file.end(tail);
    await (0, import_node_events.once)(this.file, "close");
  }
  /** Head and tail of the output, at most the memory cap. */
  text() {
    return this.memory.text(this.total > this.fileCapBytes ? this.keeps() : void 0);
  }
  keeps() {
    return `execution.log keeps the first and last ${this.fileHeadBytes / MIB} MiB of the output`;
  }
};

// src/engine/host.ts
var import_node_path5 = __toESM(require_path(), 1);

// src/engine/mcp/serve.ts
var import_node_readline2 = __toESM(require_readline(), 1);
var MCP_CHANNEL_FD = 3;
var RequestSchema = external_exports.object({ id: external_exports.number().int(), call: external_exports.string(), args: external_exports.unknown() });
function serveMcpCalls(socket, servers, routes, timeoutMs) {
  socket.on("error", () => void 0);
  const lines = (0, import_node_readline2.createInterface)({ input: socket, crlfDelay: Infinity });
  lines.on("line", (line) => {
    const request = RequestSchema.safeParse(parseJsonOrUndefined(line));
    if (!request.success) return;
    const { id, call, args } = request.data;
    void answer(servers, routes[call], call, args, timeoutMs).then((outcome) => {
      if (!socket.destroyed) socket.write(`${JSON.stringify({ id, ...outcome })}
`);
    });
  });
}
function answer(servers, route, call, args, timeoutMs) {
  if (!route) return Promise.resolve({ ok: false, error: `there is no MCP tool ${call}` });
  return servers.call(route.server, route.tool, args, timeoutMs);
}

// src/engine/sandbox.ts
var import_node_fs3 = __toESM(require_fs(), 1);
var import_node_path4 = __toESM(require_path(), 1);

// src/engine/sandbox/seccomp.ts
var import_node_url = __toESM(require_url(), 1);
var SYSTEM_PYTHON = "/usr/bin/python3";
var SANDBOX_LAUNCHER = (0, import_node_url.fileURLToPath)(new URL("./runtime/_codemode_sandbox.py", import.meta.url));
function filteredCommand(command, channelFd, limits) {
  const limitArgs = limits ? ["--max-processes", String(limits.processes), "--max-memory", String(limits.memoryBytes)] : [];
  return [SYSTEM_PYTHON, "-I", SANDBOX_LAUNCHER, "--keep-fd", String(channelFd), ...limitArgs, command.file, ...command.args];
}
function onlyStdioCommand(command, channelFd) {
  return {
    file: SYSTEM_PYTHON,
    args: ["-I", SANDBOX_LAUNCHER, "--keep-fd", String(channelFd), "--no-filter", command.file, ...command.args]
  };
}
var LAUNCHER_FAILED = 125;
function launcherFailed(exitCode, stderr) {
  return exitCode === LAUNCHER_FAILED || stderr.includes(`execvp ${SYSTEM_PYTHON}`);
}
function disableUserNamespaces() {
  return bubblewrapSupports("--disable-userns") ? ["--unshare-user", "--disable-userns"] : [];
}

// src/engine/sandbox.ts
var CHANNEL_FD = 3;
var SCRATCH = "/tmp";
var SANDBOX_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";
function sandboxEnvironment(interpreterEnv) {
  return {
    PATH: SANDBOX_PATH,
    LANG: "C.UTF-8",
    HOME: "/tmp",
    TMPDIR: "/tmp",
    ...interpreterEnv,
    CODEMODE_CHANNEL_FD: String(CHANNEL_FD)
  };
}
var ISOLATION = ["--unshare-all", "--die-with-parent", "--new-session", "--cap-drop", "ALL"];
function baseFilesystem(tmpBytes) {
  const size = tmpBytes === void 0 ? [] : tmpfsSize(tmpBytes);
  return [
    "--ro-bind",
    "/",
    "/",
    "--dev",
    "/dev",
    "--remount-ro",
    "/dev",
    ...size,
    "--tmpfs",
    "/dev/shm",
    "--proc",
    "/proc",
    ...size,
    "--tmpfs",
    SCRATCH
  ];
}
function sandboxedArgv(command, env, layout, limits) {
  const hidden = hiddenFolders(layout);
  const repository = findRepositorySecrets(layout.repoRoot, [...hidden, layout.workspace]);
  const mounts = [
    ...outerFirst([
      ...hidden.map((folder) => ({ folder, mount: hide([folder]) })),
      ...[.../* @__PURE__ */ new Set([...layout.readable, layout.repoRoot])].map((folder) => ({ folder, mount: readOnly([folder]) }))
    ]),
    ...hide([layout.workspace]),
    ...readOnly(layout.workspaceFiles),
    ...hide(repository.gitFolders),
    ...repository.files.flatMap((file) => ["--ro-bind", "/dev/null", file]),
    ...readOnly([SANDBOX_LAUNCHER]),
    // Last, once everything inside them is mounted: the hiding tmpfs are read-only too.
    ...[...hidden, layout.workspace, ...repository.gitFolders].filter(isDirectory).flatMap((folder) => ["--remount-ro", folder])
  ];
  const environment = ["--clearenv", ...Object.entries(env).flatMap(([name, value]) => ["--setenv", name, value])];
  return [
    "bwrap",
    ...ISOLATION,
    ...disableUserNamespaces(),
    ...baseFilesystem(limits.tmpBytes),
    ...mounts,
    ...environment,
    "--chdir",
    layout.repoRoot,
    "--",
    ...filteredCommand(command, CHANNEL_FD, limits)
  ];
}
function hiddenFolders(layout) {
  return [...new Set(layout.hidden)].filter((folder) => folder !== layout.workspace && !isWithin(SCRATCH, folder) && isDirectory(folder));
}
function isWithin(inner, outer) {
  const relative = import_node_path4.default.relative(import_node_path4.default.resolve(outer), import_node_path4.default.resolve(inner));
  return !relative.startsWith("..") && !import_node_path4.default.isAbsolute(relative);
}
function outerFirst(mounts) {
  const depth = (folder) => import_node_path4.default.resolve(folder).split(import_node_path4.default.sep).length;
  return [...mounts].sort((a, b) => depth(a.folder) - depth(b.folder)).flatMap((entry) => entry.mount);
}
var hide = (folders) => folders.flatMap((folder) => ["--tmpfs", folder]);
var readOnly = (entries) => entries.filter((entry) => (0, import_node_fs3.existsSync)(entry)).flatMap((entry) => ["--ro-bind", entry, entry]);
function isDirectory(file) {
  return (0, import_node_fs3.statSync)(file, { throwIfNoEntry: false })?.isDirectory() ?? false;
}
var OFF_CONSEQUENCE = "or set sandbox: off to run the program unsandboxed, with the job's files, network and processes in reach";
async function probeSandbox(signal) {
  if (process.platform !== "linux") {
    throw environmentError(`The sandbox needs Linux (bubblewrap); this is ${process.platform}: run on a Linux runner, ${OFF_CONSEQUENCE}`);
  }
  const launcher = ["--ro-bind", SANDBOX_LAUNCHER, SANDBOX_LAUNCHER];
  const probe = await runProcessTree(
    "bwrap",
    [...ISOLATION, ...baseFilesystem(), ...launcher, "--clearenv", "--", ...filteredCommand({ file: "/bin/true", args: [] }, CHANNEL_FD)],
    { env: process.env, signal }
  );
  if (probe.exitCode === 0) return;
  if (probe.spawnError?.code === "ENOENT") {
    throw environmentError(`bubblewrap (bwrap) is not installed: install it (apt-get install bubblewrap), ${OFF_CONSEQUENCE}`);
  }
  const reason = lastLine(probe.stderr) || `exit code ${probe.exitCode ?? "unknown"}`;
  if (launcherFailed(probe.exitCode, probe.stderr)) {
    throw environmentError(
      `the sandbox cannot install its seccomp filter (${reason}): install python3 and python3-seccomp (apt-get install python3-seccomp), ${OFF_CONSEQUENCE}`
    );
  }
  throw environmentError(
    `bubblewrap cannot start a sandbox here (${reason}): allow unprivileged user namespaces (sudo sysctl -w kernel.apparmor_restrict_unprivileged_userns=0), ${OFF_CONSEQUENCE}`
  );
}

// src/engine/host.ts
var MAX_MESSAGE_BYTES = 64 * 1024 * 1024;
function callLogPath(reportPath) {
  return reportPath.replace(/(\.json)?$/, "-calls.jsonl");
}
var ProgramResultSchema = external_exports.object({
  ok: external_exports.boolean(),
  output: external_exports.unknown().optional(),
  output_note: external_exports.string().nullable().optional(),
  error: external_exports.object({ type: external_exports.string(), message: external_exports.string(), traceback: external_exports.string() }).nullable().optional()
});
var HostReportSchema = external_exports.object({
  /** The program's tool calls, as the host served them. */
  trace: external_exports.array(TraceEntrySchema),
  /** How many calls were answered from the journal of an earlier attempt. */
  replayed: external_exports.number().int().nonnegative(),
  /** Calls past the trace's limit of rows, counted only. */
  untraced_calls: external_exports.number().int().nonnegative().optional(),
  /** The program's result, or null when it sent none. */
  result: ProgramResultSchema.nullable(),
  /** Why the host stopped the program early (an oversized or malformed message, a flood), or null. */
  stopped: external_exports.string().nullable().optional(),
  /** The call the host did not make because it needs approval; the program was stopped there. */
  paused: PausedCallSchema.optional(),
  /** Calls the host refused because the run's max_tool_calls was spent. */
  calls_refused: external_exports.number().int().nonnegative().optional(),
  /** Bytes of the tools' results sent to the program: what stayed out of the model's context. */
  result_bytes: external_exports.number().int().nonnegative().optional()
});
async function prepareHost(launch) {
  const command = hostCommand(launch, launch.sandbox !== null);
  const spec = await launchSpec(launch);
  if (!launch.language.programStartsEarly) return { command, programStart: null, spec: JSON.stringify(spec) };
  return { command, programStart: programStartLine(spec), spec: JSON.stringify({ ...spec, program_text: launch.programText }) };
}
function programStartLine({ program, program_env }) {
  return `${JSON.stringify({ program, program_env })}
`;
}
async function launchSpec(launch) {
  const { module, context } = launch;
  return {
    ...await (launch.start ?? programStart(launch)),
    cwd: context.repoRoot,
    journal: launch.journalPath,
    call_journal: launch.callJournalPath ?? null,
    approval: launch.approval ?? NO_APPROVALS,
    report: launch.reportPath,
    call_log: callLogPath(launch.reportPath),
    max_message_bytes: launch.maxMessageBytes ?? MAX_MESSAGE_BYTES,
    mcp_fd: module.mcp ? MCP_CHANNEL_FD : null,
    mcp_tools: Object.keys(module.mcp?.routes ?? {}),
    max_tool_calls: launch.budget?.maxToolCalls ?? null,
    tool_timeout_ms: launch.budget?.toolTimeoutMs ?? null
  };
}
function hostCommand({ language, module, runnerPath, context }, sandboxed) {
  const host = language.hostCommand(runnerPath, module, context);
  return sandboxed ? { ...host, ...onlyStdioCommand(host, MCP_CHANNEL_FD) } : host;
}
async function programStart(place) {
  const { sandbox, language, context, runnerPath, supportFiles, module } = place;
  const program = await language.programCommand(runnerPath, module, context);
  if (!sandbox) {
    return {
      program: [program.file, ...program.args],
      program_env: { ...context.env, ...program.env, CODEMODE_CHANNEL_FD: String(CHANNEL_FD) }
    };
  }
  const env = sandboxEnvironment(program.env);
  const layout = {
    ...sandbox,
    readable: await language.programReadPaths(context),
    workspaceFiles: [runnerPath, ...supportFiles, ...workspaceEntries(program.args, sandbox.workspace)]
  };
  return { program: sandboxedArgv(program, env, layout, sandbox.limits), program_env: env };
}
function workspaceEntries(args, workspace) {
  return args.flatMap((arg) => {
    const relative = import_node_path5.default.relative(workspace, arg);
    const [entry] = relative.split(import_node_path5.default.sep);
    if (!import_node_path5.default.isAbsolute(arg) || relative.startsWith("..") || !entry) return [];
    return [import_node_path5.default.join(workspace, entry)];
  });
}

// src/engine/host-record.ts
var import_promises5 = __toESM(require_promises(), 1);
var MAX_REPORT_BYTES = 128 * 1024 * 1024;
var CallBeginSchema2 = external_exports.object({ call: external_exports.number().int().nonnegative(), tool: external_exports.string(), start_ms: external_exports.number(), args: external_exports.string() });
var CallEndSchema = external_exports.object({
  call: external_exports.number().int().nonnegative(),
  ok: external_exports.boolean(),
  duration_ms: external_exports.number(),
  replayed: external_exports.boolean(),
  result: external_exports.string().optional(),
  error: external_exports.string().optional()
});
var UNFINISHED = "the call had not finished when the tool host ended";
async function readHostRecord(reportPath) {
  const read = await readReport(reportPath);
  if ("report" in read) return { report: read.report, unreadable: null, rebuilt: false };
  const trace = await (0, import_promises5.readFile)(callLogPath(reportPath), "utf8").then(traceFromCallLog, () => null);
  const report = trace && { trace, replayed: 0, result: null, stopped: null };
  return { report, unreadable: read.unreadable, rebuilt: report !== null };
}
async function readReport(reportPath) {
  const size = await (0, import_promises5.stat)(reportPath).then(
    (found) => found.size,
    () => null
  );
  if (size === null) return { unreadable: null };
  if (size > MAX_REPORT_BYTES) return { unreadable: `it is ${size} bytes, over the limit of ${MAX_REPORT_BYTES} bytes` };
  const parsed = HostReportSchema.safeParse(parseJsonOrUndefined(await (0, import_promises5.readFile)(reportPath, "utf8")));
  if (!parsed.success) return { unreadable: "it is not a report of the tool host" };
  return { report: parsed.data };
}
function traceFromCallLog(text) {
  const rows = /* @__PURE__ */ new Map();
  for (const line of text.split("\n")) {
    const value = parseJsonOrUndefined(line);
    const begin = CallBeginSchema2.safeParse(value);
    if (begin.success) {
      const { call, tool: tool2, start_ms: start_ms2, args: args2 } = begin.data;
      rows.set(call, { tool: tool2, args: args2, ok: false, error: UNFINISHED, start_ms: start_ms2, duration_ms: 0, replayed: false });
      continue;
    }
    const end = CallEndSchema.safeParse(value);
    const row = end.success ? rows.get(end.data.call) : void 0;
    if (!end.success || !row) continue;
    const { ok, duration_ms, replayed, result, error } = end.data;
    const { tool, args, start_ms } = row;
    rows.set(end.data.call, { tool, args, ok, start_ms, duration_ms, replayed, ...ok ? { result } : { error: error ?? null } });
  }
  return [...rows.values()];
}

// src/engine/execute.ts
async function drainInto(stream, sink) {
  for await (const chunk of stream) await sink(chunk);
}
function startHost(start) {
  const host = startProcessTree(start.command.file, start.command.args, {
    cwd: start.cwd,
    env: { ...start.env, ...start.command.env },
    signal: start.signal,
    channel: start.channel,
    stdin: true
  });
  host.stdout.pause();
  host.stderr.pause();
  if (start.programStart) host.stdin?.write(start.programStart);
  return host;
}
async function discardHost(host) {
  host.stop();
  host.stdout.resume();
  host.stderr.resume();
  await host.finished;
}
async function executeHost(request, started) {
  await Promise.all([request.reportPath, callLogPath(request.reportPath)].map((file) => (0, import_promises6.rm)(file, { force: true })));
  const host = started ?? startHost(request);
  const launched = performance.now();
  const output = new ExecutionLog(request.logPath, { memoryCapBytes: request.logCapBytes, ...request.logLimits });
  const record = async (chunk) => {
    await output.push(chunk);
    if (output.overLimit) host.stop();
  };
  const drains = [drainInto(host.stdout, record), drainInto(host.stderr, record)];
  const watcher = request.onCalls && watchCallLog(callLogPath(request.reportPath), request.onCalls);
  host.limit(request.timeoutMs);
  host.stdin?.end(request.spec);
  const outcome = await host.finished;
  await Promise.allSettled([...drains, watcher?.stop()]);
  await output.close();
  const hostRecord = await readHostRecord(request.reportPath);
  const log = output.text();
  return {
    exit_code: outcome.exitCode,
    duration_ms: performance.now() - launched,
    log,
    report: hostRecord.report,
    ...describeFailure(outcome, hostRecord, request, log, output)
  };
}
function describeFailure(outcome, record, request, log, output) {
  const tail = log.slice(-4e3);
  if (outcome.spawnError) {
    return { error: `Could not start ${request.command.file}: ${outcome.spawnError.message}`, details: "" };
  }
  if (outcome.timedOut) {
    return {
      error: `The generated program timed out after ${Math.round(request.timeoutMs / 1e3)} s and was killed`,
      details: `It did not finish within the execution timeout. Output tail:
${tail}`
    };
  }
  if (output.overLimit) {
    return {
      error: `The generated program was stopped: its output passed the limit of ${output.outputLimitBytes / (1024 * 1024)} MiB`,
      details: `It wrote more than the output limit to stdout and stderr. Output tail:
${tail}`
    };
  }
  if (outcome.aborted) return { error: "The generated program was cancelled", details: tail };
  if (record.unreadable) return { error: `The tool host's report cannot be read: ${record.unreadable}`, details: `Output tail:
${tail}` };
  const report = record.rebuilt ? null : record.report;
  const raised = report?.result?.error;
  if (raised) {
    return {
      error: `main() raised ${raised.type}: ${shorten(firstLine(raised.message), 300)}`,
      details: `${raised.traceback}
Output tail:
${tail}`
    };
  }
  if (report?.result?.ok) return { error: null, details: "" };
  if (report?.stopped) return { error: `The tool host stopped the program: ${report.stopped}`, details: `Output tail:
${tail}` };
  if (report) return { error: "The generated program ended without sending its result", details: `Output tail:
${tail}` };
  const how = outcome.signal ? `was killed by ${outcome.signal}` : `exited with code ${outcome.exitCode ?? "unknown"}`;
  return { error: `The tool host ${how} without writing its report`, details: `Output tail:
${tail}` };
}

// src/engine/sandbox/runner.ts
var import_node_fs4 = __toESM(require_fs(), 1);
var import_node_path6 = __toESM(require_path(), 1);
var WORKER_NAME = "Runner.Worker";
var MAX_ANCESTORS = 32;
function runnerFolders(env, pid = process.pid) {
  const worker = workerBinary(pid);
  const folders = [env.RUNNER_ROOT, worker ? import_node_path6.default.dirname(import_node_path6.default.dirname(worker)) : void 0];
  return [...new Set(folders.filter((folder) => Boolean(folder)))];
}
function workerBinary(pid) {
  for (let current = pid, step = 0; current > 1 && step < MAX_ANCESTORS; step++) {
    const stat3 = readProc(current, "stat");
    if (!stat3) return null;
    const name = stat3.slice(stat3.indexOf("(") + 1, stat3.lastIndexOf(")"));
    if (name === WORKER_NAME) return executable(current);
    current = Number(stat3.slice(stat3.lastIndexOf(")") + 2).split(" ")[1]);
  }
  return null;
}
function executable(pid) {
  try {
    return (0, import_node_fs4.readlinkSync)(`/proc/${pid}/exe`);
  } catch {
    return null;
  }
}
function readProc(pid, file) {
  try {
    return (0, import_node_fs4.readFileSync)(`/proc/${pid}/${file}`, "utf8");
  } catch {
    return null;
  }
}

// src/engine/run/program.ts
async function runProgram(request) {
  const { language, module, runnerPath, context, files } = request;
  await language.prepare?.(runnerPath, module, context);
  const { command, programStart: programStart2, spec } = await prepareHost({
    language,
    module,
    runnerPath,
    context,
    sandbox: request.sandbox,
    supportFiles: request.supportFiles,
    programText: request.programText,
    start: request.start,
    journalPath: files.journal,
    callJournalPath: files.callJournal,
    approval: request.approval,
    reportPath: files.report,
    maxMessageBytes: request.maxMessageBytes,
    budget: request.budget
  });
  const execution = {
    command,
    programStart: programStart2,
    spec,
    cwd: context.repoRoot,
    env: context.env,
    timeoutMs: request.timeoutMs,
    reportPath: files.report,
    logPath: files.log,
    logCapBytes: request.logCapBytes,
    signal: request.signal,
    channel: request.channel,
    onCalls: request.onCalls
  };
  return executeHost(execution, await earlyHostFor(request.host, programStart2));
}
async function earlyHostFor(host, programStart2) {
  if (!host) return void 0;
  const given = await host.programStart;
  if (given === programStart2) return host.process;
  if (given === null && programStart2 !== null) {
    host.process.stdin?.write(programStart2);
    return host.process;
  }
  await discardHost(host.process);
  return void 0;
}

// src/engine/run/step.ts
async function verifyAndExecute(run, request) {
  const { clock, progress } = run;
  const { attempt } = request;
  progress({ kind: "phase", phase: "verify", message: `Verifying the ${run.plan.mode === "saved" ? "saved" : "generated"} program` });
  const typeChecker = run.typeChecker && await clock.time("type_checker", run.typeChecker);
  if (typeChecker && "error" in typeChecker)
    return { final: true, phase: "install", error: typeChecker.error, execution: null, code: null };
  const warmChecker = (request.warmChecker && await clock.time("type_checker", request.warmChecker)) ?? void 0;
  const start = request.executes && !run.language.prepare ? programStart(programPlace(run)) : void 0;
  start?.catch(() => void 0);
  const checkers = { typeChecker: typeChecker?.checker, warmChecker, earlyCheck: request.check ?? void 0 };
  const { code, failure } = await clock.time("verify", verifyRunner(run, request, checkers));
  if (failure) {
    markFailed(attempt, "verify", failure.message);
    progress({ kind: "info", message: `Verification failed: ${failure.message}` });
    return failure.fatal ? { final: true, phase: "verify", error: failure.message, execution: null, code } : { final: false, feedback: failure, execution: null, code };
  }
  if (!request.executes) return { final: true, phase: null, error: null, execution: null, code };
  progress({ kind: "phase", phase: "execute", message: `Running ${request.runner.file_name}` });
  const execution = await clock.time("execute", execute(run, code, request.deadline - clock.elapsedMs(), request.host ?? void 0, start));
  attempt.execute_ms = execution.duration_ms;
  attempt.exit_code = execution.exit_code;
  attempt.tool_usage = programUsage(execution.report);
  if (await hashFile(run.module.path) !== request.toolsHash) {
    const changed = `The tools module ${run.module.relative_path} changed while the program ran`;
    markFailed(attempt, "execute", changed);
    return { final: true, phase: "execute", error: changed, execution, code };
  }
  const overBudget = callBudgetStop(run.config, execution.report);
  if (overBudget) {
    markFailed(attempt, "execute", overBudget);
    return { final: true, phase: "execute", error: overBudget, execution, code };
  }
  if (execution.error === null) return { final: true, phase: null, error: null, execution, code };
  const paused = execution.report?.paused;
  if (paused) {
    const waiting = `Paused before call ${paused.call}, ${paused.tool}(): it needs approval`;
    markFailed(attempt, "execute", waiting);
    progress({ kind: "info", message: waiting });
    return { final: true, phase: "execute", error: waiting, execution, code };
  }
  markFailed(attempt, "execute", execution.error);
  progress({ kind: "info", message: `Execution failed: ${execution.error}` });
  return { final: false, feedback: { message: execution.error, details: execution.details }, execution, code };
}
function markFailed(attempt, phase, error) {
  attempt.failed_phase = phase;
  attempt.error = error;
}
async function verifyRunner(run, request, checkers) {
  const { runner, toolsHash } = request;
  if (await hashFile(run.module.path) !== toolsHash) return { code: null, failure: toolsModuleChangedFailure(run.module.relative_path) };
  if (request.bodyPath !== void 0) return verifyBody(run, runner, request.bodyPath, checkers);
  const code = await (0, import_promises7.readFile)(run.runnerPath, "utf8").catch(() => null);
  if (code === null) {
    const failure = {
      message: `${runner.file_name} was deleted during the session`,
      details: `Recreate ${runner.file_name} as generated and implement main().`
    };
    return { code, failure };
  }
  return withFailure(code, await verifyText(run, runner, code, checkers));
}
async function verifyBody(run, runner, bodyPath, checkers) {
  const body = await (0, import_promises7.readFile)(bodyPath, "utf8").catch(() => null);
  if (body === null) return { code: null, failure: bodyNotWrittenFailure(runner) };
  const code = joinBody(runner, body);
  await (0, import_promises7.writeFile)(run.runnerPath, code);
  return withFailure(code, await verifyText(run, runner, code, checkers, body));
}
function withFailure(code, failure) {
  return failure ? { code, failure } : { code, failure: null };
}
async function verifyText(run, runner, code, checkers, body = null) {
  const verified = verifyRunnerEdit(runner, code);
  if ("failure" in verified) return verified.failure;
  const supportProblem = await verifySupportFiles(run, runner);
  if (supportProblem) return supportProblem;
  const context = { ...run.context, ...checkers };
  const diagnostics = await run.language.check(run.runnerPath, run.module, context, verified.regions).catch((error) => {
    if (error instanceof CodeModeError && error.kind === "environment") return error;
    throw error;
  });
  if (diagnostics instanceof CodeModeError) return { message: diagnostics.message, details: diagnostics.message, fatal: true };
  if (diagnostics.length === 0) return null;
  if (body === null) return diagnosticsFailure(runner.file_name, diagnostics);
  return diagnosticsFailure(bodyFileName(runner), bodyDiagnostics(runner, body, diagnostics));
}
async function verifySupportFiles({ workspace }, runner) {
  for (const support of runner.support_files ?? []) {
    const current = await (0, import_promises7.readFile)(workspace.file(support.name), "utf8").catch(() => null);
    if (current !== support.text) return supportFileChangedFailure(support.name);
  }
  return null;
}
async function withEarlyStart(run, executes, work) {
  const early = {
    host: null,
    check: null,
    started: false,
    ended: false
  };
  const start = () => {
    if (early.started || early.ended) return;
    early.started = true;
    early.host = executes && run.language.hostStartsEarly ? startEarlyHost(run) : null;
    early.check = run.language.startCheck?.(run.runnerPath, run.context) ?? null;
  };
  try {
    return await work(early, start);
  } finally {
    early.ended = true;
    await Promise.all([early.host && discardHost(early.host.process), early.check?.discard()]);
  }
}
function startEarlyHost(run) {
  const process2 = startHost(hostStart(run));
  const early = run.language.programStartsEarly && run.config.sandbox !== "off";
  return { process: process2, programStart: early ? giveProgramStart(run, process2) : Promise.resolve(null) };
}
async function giveProgramStart(run, host) {
  const start = await programStart(programPlace(run)).catch(() => null);
  const line = start && programStartLine(start);
  if (line) host.stdin?.write(line);
  return line;
}
function hostStart(run) {
  const { language, module, runnerPath, context, config } = run;
  return {
    command: hostCommand({ language, module, runnerPath, context }, config.sandbox !== "off"),
    cwd: context.repoRoot,
    env: context.env,
    signal: run.signal,
    channel: mcpChannel(run)
  };
}
function programPlace(run) {
  const { config, workspace, context } = run;
  return {
    language: run.language,
    module: run.module,
    runnerPath: run.runnerPath,
    context,
    sandbox: config.sandbox === "off" ? null : { repoRoot: context.repoRoot, hidden: hiddenFolders2(run.env), workspace: workspace.dir, limits: programLimits(config) },
    supportFiles: (run.runner.support_files ?? []).map((file) => workspace.file(file.name))
  };
}
async function execute(run, code, remainingMs, host, start) {
  const { config, workspace } = run;
  const files = hostFiles(workspace);
  return runProgram({
    ...programPlace(run),
    programText: code,
    start,
    files,
    approval: await startCallJournal(run, files),
    timeoutMs: Math.max(1, Math.min(config.execution_timeout * 1e3, remainingMs)),
    logCapBytes: config.log_cap_bytes,
    budget: callBudget(config),
    signal: run.signal,
    onCalls: ({ calls, tool }) => {
      run.progress({ kind: "calls", calls, tool, message: `${calls} tool call${calls === 1 ? "" : "s"} so far, the last to ${tool}` });
    },
    channel: mcpChannel(run),
    host
  });
}
async function startCallJournal({ config, mcp, module, resume, runnerPath }, files) {
  await (0, import_promises7.writeFile)(files.callJournal, journalHeader(await hashFile(runnerPath), resume?.approvedTools ?? []));
  if (resume) await (0, import_promises7.writeFile)(files.replay, resume.text);
  return approvalSpec(config, mcp, module.mcp, resume, files.replay);
}
function mcpChannel({ mcp, module, config }) {
  if (!mcp || !module.mcp) return void 0;
  const routes = module.mcp.routes;
  return (socket) => {
    serveMcpCalls(socket, mcp, routes, config.execution_timeout * 1e3);
  };
}
function hiddenFolders2(env) {
  return [env.HOME, env.RUNNER_TEMP, ...runnerFolders(env)].filter((folder) => Boolean(folder));
}

// src/engine/run/warm-check.ts
function launchWarmChecker({ language, signal }, installed, layout, context) {
  const launch = language.typeChecker?.launch?.bind(language.typeChecker);
  if (!launch || !installed) return null;
  return installed.then(
    (outcome) => "checker" in outcome && !signal.aborted ? launch(outcome.checker, layout, { ...context, typeChecker: outcome.checker }) : null
  ).then((checker) => checker && { checker, closed: closeOnAbort(checker, signal) }).catch(() => null);
}
function closeOnAbort(checker, signal) {
  return new Promise((resolve) => {
    const close = () => void checker.close().then(resolve, resolve);
    if (signal.aborted) close();
    else signal.addEventListener("abort", close, { once: true });
  });
}
function startWarmChecker(run) {
  const start = run.language.startWarmChecker?.bind(run.language);
  if (!start) return null;
  if (!run.language.typeChecker) return start(run.runner, run.runnerPath, run.module, run.context).catch(() => null);
  if (!run.typeChecker) return null;
  return Promise.all([run.typeChecker, run.launchedChecker]).then(
    ([installed, launched]) => "error" in installed ? null : start(run.runner, run.runnerPath, run.module, { ...run.context, typeChecker: installed.checker }, launched?.checker ?? null)
  ).catch(() => null);
}
async function closeWarmChecker(started) {
  await (await started)?.close();
}

// src/engine/run/attempts.ts
async function attemptUntilDone(run, claude, start, port) {
  const { config, clock } = run;
  const deadline = clock.elapsedMs() + config.timeout * 1e3;
  const toolsHash = await hashFile(run.module.path);
  const warmChecker = port ? null : startWarmChecker(run);
  try {
    return await attempts(run, claude, start, port, { toolsHash, deadline, warmChecker });
  } finally {
    await closeWarmChecker(warmChecker);
  }
}
async function attempts(run, claude, start, port, { toolsHash, deadline, warmChecker }) {
  const { config, clock, progress } = run;
  const soFar = { attempts: [], sessionId: null, execution: null, code: start.text };
  const brief = programBrief(run, start);
  let feedback = null;
  for (let number = 1; number <= config.max_attempts; number += 1) {
    const remainingMs = deadline - clock.elapsedMs();
    if (remainingMs <= 0) return failed(soFar, "claude", `The run exceeded its timeout of ${config.timeout} s`);
    const overBudget = costBudgetStop(config, soFar.attempts);
    if (overBudget) return failed(soFar, "claude", overBudget);
    progress({
      kind: "attempt",
      number,
      message: number === 1 ? "Asking Claude Code to implement main()" : `Repair attempt ${number}${feedback ? `: ${feedback.message}` : ""}`
    });
    const prompt = attemptPrompt(run, brief, number, feedback, port);
    if (feedback) await recordRepairPrompt(run.workspace, number, prompt);
    await (0, import_promises8.rm)(brief.bodyPath, { force: true });
    const executes = run.plan.executes && !port;
    const step = await withEarlyStart(run, executes, async (early, startEarly) => {
      const session = await clock.time(
        "claude",
        runSession(
          run,
          claude.path,
          prompt,
          { api: brief.api, resume: soFar.sessionId, attempts: soFar.attempts, timeoutMs: remainingMs },
          number === 1 ? claude.firstSession : null,
          startEarly
        )
      );
      soFar.sessionId = session.session_id ?? soFar.sessionId;
      const attempt = sessionAttempt(number, session);
      soFar.attempts.push(attempt);
      if (session.error) {
        const error = costBudgetStop(config, soFar.attempts) ?? `Claude Code failed: ${session.error}`;
        return { final: true, phase: "claude", error, execution: null, code: null };
      }
      const { host, check } = early;
      const request = { runner: start, bodyPath: brief.bodyPath, attempt, toolsHash, deadline, executes, warmChecker, host, check };
      return verifyAndExecute(run, request);
    });
    soFar.execution = step.execution ?? soFar.execution;
    soFar.code = step.code ?? soFar.code;
    if (step.final) return step.phase === null ? succeeded(soFar) : failed(soFar, step.phase, step.error ?? "");
    feedback = step.feedback;
  }
  const last = soFar.attempts.at(-1);
  return failed(soFar, last?.failed_phase ?? "execute", last?.error ?? "The run failed");
}
function attemptPrompt(run, brief, number, feedback, port) {
  if (feedback) return repairPrompt({ bodyPath: brief.bodyPath, attempt: number, error: feedback.message, details: feedback.details });
  if (port) return portPrompt({ brief, ...port });
  return taskPrompt({ brief, task: run.task });
}
function sessionAttempt(number, session) {
  return {
    number,
    failed_phase: null,
    error: null,
    turns: session.turns,
    cost_usd: session.cost_usd,
    claude_ms: session.duration_ms,
    execute_ms: null,
    exit_code: null,
    model_usage: sessionUsage(session)
  };
}

// src/engine/run/generate.ts
async function generateProgram(run, { claude, firstSession, sandbox }) {
  if (!claude) return succeeded(nothingYet(run.runner.text));
  const found = await claude;
  if ("error" in found) return failed(nothingYet(run.runner.text), "install", found.error);
  const session = await firstSession ?? null;
  try {
    await sandbox;
    return await attemptUntilDone(run, { path: found.path, firstSession: session }, run.runner, null);
  } finally {
    await session?.discard();
  }
}

// src/engine/run/plan.ts
var import_node_path8 = __toESM(require_path(), 1);

// src/engine/claude/install.ts
var import_promises9 = __toESM(require_promises(), 1);
var import_node_path7 = __toESM(require_path(), 1);
var CLAUDE_CODE_PACKAGE = "@anthropic-ai/claude-code";
var VERSION_TIMEOUT_MS = 3e4;
async function binaryInPrefix(prefix) {
  const scope = import_node_path7.default.join(prefix, "node_modules", "@anthropic-ai");
  const entries = await (0, import_promises9.readdir)(scope).catch(() => []);
  const platformBinaries = entries.filter((name) => name.startsWith("claude-code-")).flatMap((name) => ["claude", "claude.exe"].map((file) => import_node_path7.default.join(scope, name, file)));
  for (const candidate of [...platformBinaries, import_node_path7.default.join(scope, "claude-code", "bin", "claude.exe")]) {
    if (await isExecutable(candidate)) return candidate;
  }
  return null;
}
function parseVersionOutput(output) {
  return /\d+\.\d+\.\d+(?:[-+][\w.]+)?/.exec(output)?.[0] ?? null;
}
async function reportedVersion(binary, env, signal) {
  const result = await runProcessTree(binary, ["--version"], { env, timeoutMs: VERSION_TIMEOUT_MS, signal });
  const version = result.exitCode === 0 ? parseVersionOutput(result.stdout) : null;
  if (!version) {
    const reason = lastLine(result.stderr) || (describeEnding(result) ?? "its output holds no version number");
    throw environmentError(`Claude Code at ${binary} did not report its version: ${reason}`);
  }
  return version;
}
async function explicitBinary(binary, { env, signal, onLocated }) {
  const resolved = import_node_path7.default.resolve(binary);
  if (!await isExecutable(resolved)) throw usageError(`Claude Code not found at ${binary} (claude_code_path)`);
  onLocated?.(resolved);
  return { path: resolved, version: await reportedVersion(resolved, env, signal), installed: false };
}
async function binaryOnPath(version, env, signal) {
  const directories = (env.PATH ?? "").split(import_node_path7.default.delimiter).filter(Boolean);
  for (const directory of directories) {
    const candidate = import_node_path7.default.join(directory, "claude");
    if (!await isExecutable(candidate)) continue;
    const found = await reportedVersion(candidate, env, signal).catch(() => null);
    if (found === version) return candidate;
  }
  return null;
}
function installClaudeCode(options) {
  return installIntoCache({
    label: "Claude Code",
    name: CLAUDE_CODE_PACKAGE,
    version: options.version,
    pathOption: "claude_code_path",
    folder: import_node_path7.default.join(options.cacheDir, options.version),
    locate: binaryInPrefix,
    confirm: async (binary) => {
      const found = await reportedVersion(binary, options.env, options.signal);
      if (found !== options.version) {
        throw environmentError(`Claude Code installed from npm reports version ${found}, expected ${options.version}`);
      }
    },
    env: options.env,
    timeoutMs: options.timeoutMs,
    retries: options.retries,
    signal: options.signal
  });
}
async function ensureClaudeCode(options) {
  const started = performance.now();
  const finish2 = (found) => ({
    ...found,
    duration_ms: Math.round(performance.now() - started)
  });
  if (options.path) return finish2(await explicitBinary(options.path, options));
  const cached = await binaryInPrefix(import_node_path7.default.join(options.cacheDir, options.version));
  if (cached) return finish2({ path: cached, version: options.version, installed: false });
  const onPath = await binaryOnPath(options.version, options.env, options.signal);
  if (onPath) return finish2({ path: onPath, version: options.version, installed: false });
  try {
    return finish2({ path: await installClaudeCode(options), version: options.version, installed: true });
  } catch (error) {
    if (error instanceof CodeModeError) throw error;
    throw environmentError(`Cannot install Claude Code ${options.version}: ${errorMessage(error)}`);
  }
}

// src/engine/run/plan.ts
function planRun(options, config, language) {
  const mode = options.program === void 0 ? "generate" : "saved";
  const executes = options.execute !== false;
  const claude = mode === "generate" && !options.dryRun;
  return {
    mode,
    claude,
    sandbox: config.sandbox !== "off" && !options.dryRun && (mode === "generate" || executes),
    typeChecker: claude && config.check !== "off" && language.typeChecker !== void 0,
    executes
  };
}
function startPlannedWork(plan, start) {
  let onLocated = () => void 0;
  const located = new Promise((resolve) => {
    onLocated = resolve;
  });
  const claude = plan.claude ? findClaudeCode(start, onLocated) : null;
  const binary = claude && Promise.race([located, claude.then((found) => "path" in found ? found.path : null)]);
  const work = {
    claude,
    firstSession: binary?.then((found) => found !== null && !start.signal.aborted ? startFirstSession(start, found) : null) ?? null,
    sandbox: plan.sandbox ? startSandbox(start.options, start.signal) : null,
    typeChecker: plan.typeChecker ? startTypeCheckerInstall(start) : null
  };
  void settled(work);
  return work;
}
async function settled(work) {
  await Promise.all([
    work.claude?.catch(() => void 0),
    work.firstSession?.then(
      (session) => session?.closed,
      () => void 0
    ),
    work.sandbox?.catch(() => void 0),
    work.typeChecker?.catch(() => void 0)
  ]);
}
async function findClaudeCode({ config, env, clock, signal, progress }, onLocated) {
  try {
    const install = ensureClaudeCode({
      path: config.claude_code_path,
      version: config.claude_code_version,
      cacheDir: config.cache_dir,
      env,
      signal,
      onLocated
    });
    const found = await clock.time("install", install);
    if (found.installed) {
      progress({ kind: "info", message: `Installed Claude Code ${found.version} in ${(found.duration_ms / 1e3).toFixed(1)} s` });
    }
    return { path: found.path };
  } catch (error) {
    if (error instanceof CodeModeError && error.kind === "usage") return Promise.reject(error);
    return { error: errorMessage(error) };
  }
}
async function startSandbox(options, signal) {
  await options.sandboxSetup?.(signal);
  await probeSandbox(signal);
}
function startTypeCheckerInstall({ config, language, env, signal, progress }) {
  const checker = language.typeChecker;
  if (config.check === "off" || !checker) return null;
  const mode = config.check;
  const install = checker.install({
    path: language.toolchain(config).typeCheckerPath,
    cacheDir: import_node_path8.default.dirname(import_node_path8.default.resolve(config.cache_dir)),
    env,
    signal
  });
  return install.then(
    (found) => {
      if (found.installed) {
        progress({ kind: "info", message: `Installed ${checker.name} ${found.version} in ${(found.duration_ms / 1e3).toFixed(1)} s` });
      }
      return { checker: { mode, path: found.path } };
    },
    (error) => {
      if (error instanceof CodeModeError && error.kind === "usage") return Promise.reject(error);
      return { error: errorMessage(error) };
    }
  );
}

// src/engine/run/saved.ts
var import_promises10 = __toESM(require_promises(), 1);
async function runSavedProgram(run, saved, sandbox) {
  const { module, clock, config, progress } = run;
  progress({ kind: "phase", phase: "verify", message: `Checking ${saved.relative_path} against the tools in ${module.relative_path}` });
  const drift = checkDrift(run.runner, saved, module.relative_path, run.language.wrapperPattern);
  if (drift) {
    const message = driftMessage(saved.relative_path, module.relative_path, drift);
    if (run.options.onDrift !== "propose") return { ...failed(nothingYet(saved.text), "verify", message), drift };
    return proposePort(run, saved, drift, message);
  }
  const attempt = {
    number: 1,
    failed_phase: null,
    error: null,
    turns: 0,
    cost_usd: 0,
    claude_ms: 0,
    execute_ms: null,
    exit_code: null
  };
  await sandbox;
  const toolsHash = await hashFile(module.path);
  const deadline = clock.elapsedMs() + config.timeout * 1e3;
  const { executes } = run.plan;
  const step = await withEarlyStart(run, executes, (early, startEarly) => {
    startEarly();
    return verifyAndExecute(run, { runner: run.runner, attempt, toolsHash, deadline, executes, host: early.host, check: early.check });
  });
  const soFar = { attempts: [attempt], sessionId: null, execution: step.execution, code: step.code ?? saved.text };
  if (step.final && step.phase === null) return succeeded(soFar);
  return failed(soFar, attempt.failed_phase ?? "verify", attempt.error ?? "The saved program failed");
}
async function proposePort(run, saved, drift, message) {
  const claude = await findClaudeCode(run);
  if ("error" in claude) return { ...failed(nothingYet(saved.text), "install", claude.error), drift };
  const portRunner = { ...run.runner, text: portStart(run.runner, saved) };
  await (0, import_promises10.writeFile)(run.runnerPath, portRunner.text);
  run.progress({ kind: "info", message: `${message}; asking Claude Code to port it` });
  const port = await attemptUntilDone(run, { path: claude.path, firstSession: null }, portRunner, {
    program: saved.relative_path,
    diff: drift.diff
  });
  const error = port.success ? `${message}; proposed a port to today's tools` : `${message}; porting it failed: ${port.error ?? ""}`;
  return { ...port, success: false, failed_phase: "verify", error, drift, ...port.success ? { proposal: port.code } : {} };
}

// src/engine/tools.ts
async function toolsSource(toolsPath, repoRoot) {
  if (!toolsPath.trim()) throw usageError(`No tools module given: pass the path of a ${SUPPORTED_EXTENSIONS} file`);
  const location = await locateToolsModule(toolsPath, repoRoot);
  return { location, language: await languageFor(location.absolute) };
}

// src/engine/codemode.ts
async function codemode(options) {
  const config = parseConfig(options.config);
  const task = options.program === void 0 ? validateTask(options.task ?? "") : options.task?.trim() || `Run ${programName(options.program)}`;
  const mcpServers = options.mcp === void 0 ? null : await loadMcpConfig(options.mcp, config.repo_root);
  if (options.tools === void 0 && !mcpServers) throw usageError("No tools given: pass a tools module, MCP servers, or both");
  const source = options.tools === void 0 ? null : await toolsSource(options.tools, config.repo_root);
  const language = source?.language ?? await languageNamed(options.language);
  const env = options.env ?? process.env;
  const clock = new PhaseClock();
  const workspace = await openWorkspace(config.workspace_dir);
  return removingWorkspaceOnError(workspace, config.preserve_workspace, async () => {
    await clearEarlierRun(workspace);
    return codemodeIn(workspace, { options, config, task, language, source, mcpServers, env, clock });
  });
}
async function codemodeIn(workspace, { options, config, task, language, source, mcpServers, env, clock }) {
  const ended = new AbortController();
  const signal = options.signal ? AbortSignal.any([options.signal, ended.signal]) : ended.signal;
  const progress = options.onProgress ?? (() => void 0);
  const start = { options, config, language, task, workspace, env, signal, clock, progress };
  const plan = planRun(options, config, language);
  const work = startPlannedWork(plan, start);
  let mcp = null;
  let launchedChecker = null;
  try {
    const context = {
      repoRoot: import_node_path9.default.resolve(config.repo_root),
      toolchain: language.toolchain(config),
      env: programEnvironment(env, [...options.withheldVariables ?? [], ...oauthVariablePatterns(mcpServers ?? [])]),
      signal
    };
    mcp = mcpServers && await connectMcpServers(start, mcpServers, context);
    const extracting = extractTools(start, source, mcp, context);
    const modulePath = source?.location.absolute ?? language.noToolsModule().path;
    launchedChecker = launchWarmChecker(start, work.typeChecker, { runnerName: language.runnerFileName, modulePath }, context);
    const module = await extracting;
    const saved = options.program === void 0 ? null : await savedProgram(options.program, config.repo_root, language.runnerFileName, module.relative_path);
    const resume = await resumeOf(options, saved);
    const runner = language.renderRunner(module, task);
    const run = {
      ...start,
      plan,
      context: await language.resolveContext?.(context) ?? context,
      module,
      runner,
      runnerPath: workspace.file(runner.file_name),
      saved,
      typeChecker: work.typeChecker,
      launchedChecker,
      mcp,
      resume
    };
    const brief = programBrief(run, runner);
    await writeRunnerFiles(
      { workspace, runnerPath: run.runnerPath, text: saved?.text ?? runner.text, runner, module, task, brief },
      progress
    );
    if (context.toolchain.typeCheckerPath) await work.typeChecker;
    return await finish(run, saved ? await runSavedProgram(run, saved, work.sandbox) : await generateProgram(run, work));
  } finally {
    ended.abort();
    await Promise.all([settled(work), mcp?.close(), launchedChecker?.then((launched) => launched?.closed)]);
  }
}
async function resumeOf(options, saved) {
  if (!options.resume) return null;
  if (!saved) throw usageError("Resuming a paused run needs the program that paused");
  return readResume(options.resume, saved.text);
}
function programName(program) {
  return typeof program === "string" ? program : program.relative_path;
}
function validateTask(task) {
  if (!task.trim()) throw usageError("The task is empty: say what the program should do");
  return task.trim();
}

export {
  codemode
};
