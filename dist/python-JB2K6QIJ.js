import { createRequire as __codemodeCreateRequire } from 'node:module';
import { dirname as __codemodeDirnameOf } from 'node:path';
import { fileURLToPath as __codemodeFileURLToPath } from 'node:url';
const require = __codemodeCreateRequire(import.meta.url);
const __codemodeFilename = __codemodeFileURLToPath(import.meta.url);
const __codemodeDirname = __codemodeDirnameOf(__codemodeFilename);
import {
  installIntoCache
} from "./chunk-XVH7SVSQ.js";
import {
  ToolSpecSchema
} from "./chunk-VZRTSJCR.js";
import {
  external_exports,
  lastLine,
  parseJsonOrUndefined,
  pythonDescription
} from "./chunk-6BKRNGNI.js";
import {
  docstringBody,
  pythonDocstring,
  pythonStringLiteral
} from "./chunk-BYUMHR2K.js";
import {
  runProcessTree
} from "./chunk-XMAMCYGY.js";
import "./chunk-RRYM23HJ.js";
import {
  require_promises as require_promises2
} from "./chunk-3CPEQSZR.js";
import {
  CodeModeError,
  environmentError,
  errorMessage,
  usageError
} from "./chunk-R2EEI6SO.js";
import {
  TODO_MARKER,
  joinRunner,
  regionMarkers
} from "./chunk-HJSI4K53.js";
import "./chunk-3IS4VBHN.js";
import "./chunk-ND4ONWU4.js";
import "./chunk-74WRA646.js";
import {
  require_child_process,
  require_events,
  require_os
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
  __toESM
} from "./chunk-NTVFTWIQ.js";

// src/engine/python/index.ts
var import_node_path5 = __toESM(require_path(), 1);

// src/engine/python/api-text.ts
var PLUMBING = [
  /^# codemode:(begin|end) /,
  /^from __future__ import /,
  /^from typing import TYPE_CHECKING$/,
  /^from _codemode\w* import /,
  /^if TYPE_CHECKING:$/,
  /^else:$/,
  /^\s+import \S+ as _codemode_tools$/,
  /^\s*_codemode_tools = /,
  /^\s+return (await )?_codemode_call/
];
var BINDING = /^(?:\s*(\w+) = _codemode_tools\b.*|\s+from \S+ import (.+))$/;
function pythonReadableApi(region) {
  const bound = /* @__PURE__ */ new Set();
  const kept = region.split("\n").filter((line) => {
    if (PLUMBING.some((pattern) => pattern.test(line))) return false;
    const binding = BINDING.exec(line);
    if (binding) (binding[1] ?? binding[2] ?? "").split(/,\s*/).forEach((name) => bound.add(name));
    return !binding;
  });
  const names = bound.size > 0 ? [`# Names bound from the tools module: ${[...bound].join(", ")}`] : [];
  return [...names, ...kept].join("\n").replace(/\n{3,}/g, "\n\n").trim();
}

// src/engine/python/check.ts
var import_promises4 = __toESM(require_promises(), 1);
var import_node_path3 = __toESM(require_path(), 1);
var import_node_stream = __toESM(require_stream(), 1);

// src/engine/python/interpreter.ts
var import_promises = __toESM(require_promises2(), 1);

// src/engine/python/runtime-source.ts
var import_node_fs = __toESM(require_fs(), 1);
var import_node_url = __toESM(require_url(), 1);
var PYTHON_RUNTIME_MODULE = "_codemode_runtime";
var PYTHON_RUNTIME_FILE = `${PYTHON_RUNTIME_MODULE}.py`;
var PYTHON_CODEC_FILE = "_codemode_codec.py";
var RUNTIME_FOLDER = new URL("./runtime/", import.meta.url);
var runtimePath = (name) => (0, import_node_url.fileURLToPath)(new URL(name, RUNTIME_FOLDER));
var PYTHON_NO_TOOLS_FILE = runtimePath("_codemode_no_tools.py");
function pythonProgramPath(name) {
  return runtimePath(name);
}
var sources = /* @__PURE__ */ new Map();
function runtimeFile(name) {
  let text = sources.get(name);
  if (text === void 0) {
    text = (0, import_node_fs.readFileSync)(new URL(name, RUNTIME_FOLDER), "utf8");
    sources.set(name, text);
  }
  return text;
}
function pythonRuntimeStub() {
  const name = `${PYTHON_RUNTIME_MODULE}.pyi`;
  return { name, text: runtimeFile(name) };
}
function pythonSupportFiles() {
  return [PYTHON_RUNTIME_FILE, PYTHON_CODEC_FILE].map((name) => ({ name, text: runtimeFile(name) }));
}
function pythonStartFiles() {
  return [pythonProgramPath("_codemode_start.py"), runtimePath(PYTHON_RUNTIME_FILE), runtimePath(PYTHON_CODEC_FILE)];
}

// src/engine/python/interpreter.ts
async function runPythonForJson(context, programPath, args, purpose, schema, { input, firstLine } = {}) {
  const python = context.toolchain.executable;
  const output = firstLine && outputAfterFirstLine(firstLine);
  const ended = await runProcessTree(python, ["-X", "utf8", "-B", programPath, ...args], {
    cwd: context.repoRoot,
    env: context.env,
    signal: context.signal,
    input,
    onOutput: output?.read
  });
  const result = output ? { ...ended, ...await output.collected } : ended;
  if (result.spawnError?.code === "ENOENT" || result.spawnError?.code === "EACCES") {
    throw usageError(`Python interpreter not found: ${python} (set config python)`);
  }
  if (result.aborted) throw new CodeModeError(`Cancelled while ${purpose}`);
  if (result.exitCode !== 0) {
    const lastError = lastLine(result.stderr);
    throw new CodeModeError(`${python} failed while ${purpose}: ${lastError || `exit code ${result.exitCode ?? "unknown"}`}`);
  }
  const parsed = schema.safeParse(parseJsonOrUndefined(result.stdout));
  if (!parsed.success) {
    const shown = result.stdout.trim() ? result.stdout.trim().slice(0, 200) : "(no output)";
    throw new CodeModeError(`Unexpected output from ${python} while ${purpose}: ${shown}`);
  }
  return parsed.data;
}
function outputAfterFirstLine(receive) {
  let read = () => void 0;
  const collected = new Promise((resolve) => {
    read = (stdout, stderr) => {
      let firstLine = Buffer.alloc(0);
      const rest = [];
      const errors = [];
      stdout.on("data", (chunk) => {
        if (firstLine === null) return void rest.push(chunk);
        firstLine = Buffer.concat([firstLine, chunk]);
        const end = firstLine.indexOf("\n");
        if (end < 0) return;
        receive(firstLine.subarray(0, end).toString("utf8"));
        rest.push(firstLine.subarray(end + 1));
        firstLine = null;
      });
      stderr.on("data", (chunk) => errors.push(chunk));
      void Promise.all([stdout, stderr].map((stream) => (0, import_promises.finished)(stream).catch(() => void 0))).then(() => {
        resolve({ stdout: withoutFinalNewline([firstLine ?? Buffer.alloc(0), ...rest]), stderr: withoutFinalNewline(errors) });
      });
    };
  });
  return { read: (stdout, stderr) => read(stdout, stderr), collected };
}
function withoutFinalNewline(chunks) {
  return Buffer.concat(chunks).toString("utf8").replace(/\n$/, "");
}
var InstallationSchema = external_exports.object({
  interpreter: external_exports.string().min(1),
  executable: external_exports.string().min(1),
  folders: external_exports.array(external_exports.string())
});
var installations = /* @__PURE__ */ new Map();
function pythonInstallation(context) {
  const python = context.toolchain.executable;
  let found = installations.get(python);
  if (found === void 0) {
    found = askInstallation(context);
    installations.set(python, found);
    found.catch(() => installations.delete(python));
  }
  return found;
}
function expectInstallation(context) {
  const python = context.toolchain.executable;
  if (installations.has(python)) return { receive: () => void 0, ended: () => void 0 };
  let settle = () => void 0;
  const printed = new Promise((resolve) => {
    settle = resolve;
  });
  const found = printed.then((installation) => installation ?? askInstallation(context));
  installations.set(python, found);
  found.catch(() => installations.delete(python));
  return {
    receive: (line) => {
      const parsed = InstallationSchema.safeParse(parseJsonOrUndefined(line));
      settle(parsed.success ? parsed.data : null);
    },
    ended: () => settle(null)
  };
}
async function resolvedPythonContext(context) {
  const found = pythonInstallation(context);
  const { interpreter } = await found;
  if (!installations.has(interpreter)) installations.set(interpreter, found);
  return { ...context, toolchain: { ...context.toolchain, executable: interpreter } };
}
function askInstallation(context) {
  const { PYTHONPATH: _ignored, ...env } = context.env;
  return runPythonForJson(
    { ...context, env },
    pythonProgramPath("_codemode_installation.py"),
    [],
    "locating its executable",
    InstallationSchema
  );
}

// src/engine/python/pyright.ts
var import_promises2 = __toESM(require_promises(), 1);
var import_node_os = __toESM(require_os(), 1);
var import_node_path = __toESM(require_path(), 1);
var PYRIGHT_VERSION = "1.1.414";
var PYRIGHT_PACKAGE = "pyright";
async function scriptInPrefix(prefix) {
  const script = import_node_path.default.join(prefix, "node_modules", PYRIGHT_PACKAGE, "index.js");
  return (0, import_promises2.access)(script).then(
    () => script,
    () => null
  );
}
async function packageVersion(script) {
  const text = await (0, import_promises2.readFile)(import_node_path.default.join(import_node_path.default.dirname(script), "package.json"), "utf8").catch(() => null);
  const parsed = external_exports.object({ version: external_exports.string() }).safeParse(text === null ? void 0 : parseJsonOrUndefined(text));
  return parsed.success ? parsed.data.version : null;
}
async function explicitScript(file) {
  const script = await (0, import_promises2.realpath)(file).catch(() => null);
  if (script === null) throw usageError(`pyright not found at ${file} (pyright_path)`);
  return { path: script, version: await packageVersion(script) ?? "unknown", installed: false };
}
async function ensurePyright(source, version = PYRIGHT_VERSION) {
  const started = performance.now();
  const finish = (found) => ({
    ...found,
    duration_ms: Math.round(performance.now() - started)
  });
  if (source.path) return finish(await explicitScript(source.path));
  const folder = import_node_path.default.join(source.cacheDir, PYRIGHT_PACKAGE, version);
  const cached = await scriptInPrefix(folder);
  if (cached) return finish({ path: cached, version, installed: false });
  const install = installIntoCache({
    label: "pyright",
    name: PYRIGHT_PACKAGE,
    version,
    pathOption: "pyright_path",
    folder,
    locate: scriptInPrefix,
    confirm: async (script) => {
      const found = await packageVersion(script);
      if (found !== version) throw environmentError(`pyright installed from npm is version ${found ?? "unknown"}, expected ${version}`);
    },
    env: source.env,
    signal: source.signal
  });
  try {
    return finish({ path: await install, version, installed: true });
  } catch (error) {
    if (error instanceof CodeModeError) throw error;
    throw environmentError(`Cannot install pyright ${version}: ${errorMessage(error)}`);
  }
}
var PyrightOutputSchema = external_exports.object({
  generalDiagnostics: external_exports.array(
    external_exports.object({
      file: external_exports.string(),
      severity: external_exports.string(),
      message: external_exports.string(),
      rule: external_exports.string().optional(),
      range: external_exports.object({ start: external_exports.object({ line: external_exports.number(), character: external_exports.number() }) }).optional()
    })
  )
});
function pyrightConfig(runnerName, modulePath, checker, repoRoot, folders = []) {
  const extraPaths = [import_node_path.default.dirname(modulePath), repoRoot];
  return {
    include: folders.length === 0 ? [runnerName] : folders.map((folder) => `${folder}/${runnerName}`),
    typeCheckingMode: checker.mode,
    extraPaths,
    enableTypeIgnoreComments: false,
    ...folders.length === 0 ? {} : { executionEnvironments: folders.map((root) => ({ root, extraPaths })) }
  };
}
function runnerDiagnostics(found, runnerCopy, regions) {
  const displayName = import_node_path.default.basename(runnerCopy);
  const protectedLine = (line) => regions.some((region) => region.first_line <= line && line <= region.last_line);
  return found.flatMap((diagnostic) => {
    if (diagnostic.severity !== "error" || diagnostic.file !== runnerCopy || !diagnostic.range) return [];
    const line = diagnostic.range.start.line + 1;
    if (protectedLine(line)) return [];
    const rule = diagnostic.rule ? ` (${diagnostic.rule})` : "";
    const message = diagnostic.message.replaceAll("\xA0", " ");
    return [{ line, message: `${displayName}:${line}:${diagnostic.range.start.character + 1} - error: ${message}${rule}` }];
  });
}
var CheckerCommentSchema = external_exports.object({ line: external_exports.number(), comment: external_exports.string() });
function withoutCheckerComments(text, comments) {
  const parts = text.split(/(\r\n|\r|\n)/);
  for (const { line, comment } of comments) {
    const index = (line - 1) * 2;
    const body = (parts[index] ?? "").trimEnd();
    const directive = comment.trimEnd();
    if (!body.endsWith(directive)) throw new CodeModeError(`comment ${JSON.stringify(directive)} is not at the end of line ${line}`);
    parts[index] = body.slice(0, body.length - directive.length);
  }
  return parts.join("");
}
async function writeCheckedRunner(folder, runnerName, text) {
  const runnerCopy = import_node_path.default.join(folder, runnerName);
  await (0, import_promises2.writeFile)(runnerCopy, text);
  const stub = pythonRuntimeStub();
  await (0, import_promises2.writeFile)(import_node_path.default.join(folder, stub.name), stub.text);
  return (0, import_promises2.realpath)(runnerCopy);
}
async function preparePyrightFolder(folder, runnerName, text, module, checker, repoRoot) {
  await (0, import_promises2.writeFile)(import_node_path.default.join(folder, "pyrightconfig.json"), JSON.stringify(pyrightConfig(runnerName, module.path, checker, repoRoot)));
  return writeCheckedRunner(folder, runnerName, text);
}
async function pyrightDiagnostics(runnerPath, module, context, regions, checker, checkerComments) {
  const runnerName = import_node_path.default.basename(runnerPath);
  const folder = await (0, import_promises2.mkdtemp)(import_node_path.default.join(import_node_os.default.tmpdir(), "codemode-pyright-"));
  try {
    const text = withoutCheckerComments(await (0, import_promises2.readFile)(runnerPath, "utf8"), checkerComments);
    const runnerCopy = await preparePyrightFolder(folder, runnerName, text, module, checker, context.repoRoot);
    const { interpreter } = await pythonInstallation(context);
    const result = await runProcessTree(
      process.execPath,
      [checker.path, "--outputjson", "--project", folder, "--pythonpath", interpreter],
      {
        cwd: folder,
        env: context.env,
        signal: context.signal
      }
    );
    if (result.aborted) throw new CodeModeError(`Cancelled while checking ${runnerName} with pyright`);
    const parsed = PyrightOutputSchema.safeParse(parseJsonOrUndefined(result.stdout));
    if (result.exitCode !== 0 && result.exitCode !== 1 || !parsed.success) {
      const reason = lastLine(result.stderr) || lastLine(result.stdout) || `exit code ${result.exitCode ?? "unknown"}`;
      throw environmentError(`pyright at ${checker.path} failed while checking ${runnerName}: ${reason}`);
    }
    return runnerDiagnostics(parsed.data.generalDiagnostics, runnerCopy, regions);
  } finally {
    await (0, import_promises2.rm)(folder, { recursive: true, force: true });
  }
}

// src/engine/python/pyright-server.ts
var import_node_child_process = __toESM(require_child_process(), 1);
var import_node_events = __toESM(require_events(), 1);
var import_promises3 = __toESM(require_promises(), 1);
var import_node_os2 = __toESM(require_os(), 1);
var import_node_path2 = __toESM(require_path(), 1);
var import_node_url2 = __toESM(require_url(), 1);
var MAX_MESSAGE_BYTES = 64 * 1024 * 1024;
var DOCUMENTS = 21;
var LspDiagnosticSchema = external_exports.object({
  range: external_exports.object({ start: external_exports.object({ line: external_exports.number(), character: external_exports.number() }) }),
  severity: external_exports.number().optional(),
  code: external_exports.union([external_exports.string(), external_exports.number()]).optional(),
  message: external_exports.string()
});
var PublishSchema = external_exports.object({ uri: external_exports.string() });
var DiagnosticReportSchema = external_exports.object({ kind: external_exports.literal("full"), items: external_exports.array(LspDiagnosticSchema) });
var MessageSchema = external_exports.object({
  id: external_exports.union([external_exports.number(), external_exports.string()]).optional(),
  method: external_exports.string().optional(),
  params: external_exports.unknown().optional(),
  result: external_exports.unknown().optional(),
  error: external_exports.unknown().optional()
});
var ConfigurationSchema = external_exports.object({ items: external_exports.array(external_exports.object({ section: external_exports.string().optional() })) });
var FrameReader = class {
  constructor(onMessage) {
    this.onMessage = onMessage;
  }
  onMessage;
  buffer = Buffer.alloc(0);
  push(chunk) {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (; ; ) {
      const headerEnd = this.buffer.indexOf("\r\n\r\n");
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: *(\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString("ascii"))?.[1]);
      if (!Number.isSafeInteger(length) || length > MAX_MESSAGE_BYTES)
        throw new CodeModeError("pyright sent a message without a valid length");
      if (this.buffer.length < headerEnd + 4 + length) return;
      const body = this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString("utf8");
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      this.onMessage(JSON.parse(body));
    }
  }
};
function asPyrightDiagnostic(diagnostic, file) {
  return {
    file,
    severity: diagnostic.severity === 1 ? "error" : "other",
    message: diagnostic.message,
    rule: diagnostic.code === void 0 ? void 0 : String(diagnostic.code),
    range: diagnostic.range
  };
}
var PRELOAD_FOLDER = "preload";
function preloadText(modulePath) {
  return ["import asyncio", "import typing", "", "import _codemode_runtime", `import ${import_node_path2.default.basename(modulePath, ".py")}`, ""].join("\n");
}
function documentFolder(index) {
  return `runner-${index}`;
}
function frame(message) {
  const body = JSON.stringify({ jsonrpc: "2.0", ...message });
  return `Content-Length: ${Buffer.byteLength(body)}\r
\r
${body}`;
}
function warmUpText(runnerText, module) {
  const tools = [...module.tools.map((tool) => tool.name), ...module.mcp?.names ?? []];
  const uses = tools.flatMap((tool) => {
    const call = `${tool}(*_codemode_any, **_codemode_any)`;
    return [`    ${call}.codemode_warm_up`, `    ${call}["codemode_warm_up"]`, `    (await ${call}).codemode_warm_up`];
  });
  return `${runnerText}

import typing as _codemode_typing


async def _codemode_warm_up(_codemode_any: _codemode_typing.Any) -> None:
${uses.join("\n")}
`;
}
var PyrightServer = class _PyrightServer {
  constructor(child, folder, runnerName, interpreter) {
    this.child = child;
    this.folder = folder;
    this.runnerName = runnerName;
    this.interpreter = interpreter;
    this.stopped = new Promise((resolve) => {
      this.stop = resolve;
    });
  }
  child;
  folder;
  runnerName;
  interpreter;
  nextId = 1;
  opened = 0;
  failure = null;
  /** The checks so far, one after the other: each opens its document once the one before has been checked. */
  checked = Promise.resolve();
  /** Who waits for the first diagnostics pyright publishes of a document, by its path. */
  published = /* @__PURE__ */ new Map();
  /** Settles once the server has failed or stopped: nothing is published after. */
  stopped;
  stop = () => void 0;
  /** The requests sent and not yet answered, by id. */
  pending = /* @__PURE__ */ new Map();
  /** Whether the server has been opened on the generated runner. */
  openOnRunner = false;
  /**
   * Starts the server while the tools are extracted, in a private folder laid out for each document as the cold
   * check lays out its own, and has it load the standard library, the runtime's stub and the tools module, so that
   * what remains once the runner is generated is the runner's own part.
   */
  static async launch(checker, layout, context) {
    const folder = await (0, import_promises3.mkdtemp)(import_node_path2.default.join(import_node_os2.default.tmpdir(), "codemode-pyright-warm-"));
    try {
      const folders = Array.from({ length: DOCUMENTS }, (_, index) => documentFolder(index));
      const config = pyrightConfig(layout.runnerName, layout.modulePath, checker, context.repoRoot, folders);
      await (0, import_promises3.writeFile)(import_node_path2.default.join(folder, "pyrightconfig.json"), JSON.stringify(config));
    } catch (error) {
      await (0, import_promises3.rm)(folder, { recursive: true, force: true });
      throw error;
    }
    const script = import_node_path2.default.join(import_node_path2.default.dirname(checker.path), "langserver.index.js");
    const child = (0, import_node_child_process.spawn)(process.execPath, [script, "--stdio"], { cwd: folder, env: context.env, stdio: ["pipe", "pipe", "ignore"] });
    const interpreter = pythonInstallation(context).then((installation) => installation.interpreter);
    interpreter.catch(() => void 0);
    const server = new _PyrightServer(child, folder, layout.runnerName, interpreter);
    server.listen();
    server.initialize().catch(() => void 0);
    server.check(() => PRELOAD_FOLDER, preloadText(layout.modulePath)).catch(() => void 0);
    return server;
  }
  /** Launches a server and opens it on the generated runner (see `open`). */
  static async start(runnerName, runnerText, module, context) {
    const checker = context.typeChecker;
    if (!checker) throw new CodeModeError("pyright is not installed for this run");
    const server = await _PyrightServer.launch(checker, { runnerName, modulePath: module.path }, context);
    return server.open(runnerText, module);
  }
  /**
   * Opens the generated runner (`runnerText`) with a warm-up, which makes the server analyse everything the runner
   * imports and the types of every tool's result. Once a server.
   */
  open(runnerText, module) {
    if (this.openOnRunner) throw new CodeModeError("pyright's language server is already open on a runner");
    this.openOnRunner = true;
    this.checkNext(warmUpText(runnerText, module)).catch(() => void 0);
    return this;
  }
  /** pyright's errors on the model's lines of `text`, the runner as verification read it. */
  async diagnostics(text, regions, checkerComments) {
    const { runnerCopy, found } = await this.checkNext(withoutCheckerComments(text, checkerComments));
    return runnerDiagnostics(
      found.map((diagnostic) => asPyrightDiagnostic(diagnostic, runnerCopy)),
      runnerCopy,
      regions
    );
  }
  /** Kills the server and removes its folder, once it has gone. */
  async close() {
    const running = this.child.pid !== void 0 && this.child.exitCode === null && this.child.signalCode === null;
    const exited = running ? (0, import_node_events.once)(this.child, "exit") : null;
    this.child.kill("SIGKILL");
    await exited?.catch(() => void 0);
    await (0, import_promises3.rm)(this.folder, { recursive: true, force: true });
  }
  /** Opens `text` as a new document in the next document's folder; pyright's diagnostics of it, and its path. */
  checkNext(text) {
    return this.check(() => {
      if (this.opened === DOCUMENTS) throw new CodeModeError(`pyright's language server has checked ${DOCUMENTS} texts`);
      return documentFolder(this.opened++);
    }, text);
  }
  /** Opens `text` as a new document in the folder named once the checks before have been answered. */
  check(folderName, text) {
    const checked = this.checked.catch(() => void 0).then(() => this.checkAlone(folderName(), text));
    this.checked = checked;
    return checked;
  }
  async checkAlone(folderName, text) {
    if (this.failure) throw this.failure;
    const folder = import_node_path2.default.join(this.folder, folderName);
    await (0, import_promises3.mkdir)(folder);
    const runnerCopy = await writeCheckedRunner(folder, this.runnerName, text);
    const uri = (0, import_node_url2.pathToFileURL)(runnerCopy).href;
    const published = new Promise((resolve) => {
      this.published.set(runnerCopy, resolve);
    });
    this.notify("textDocument/didOpen", { textDocument: { uri, languageId: "python", version: 1, text } });
    await Promise.race([published, this.stopped]);
    const report = DiagnosticReportSchema.parse(await this.request("textDocument/diagnostic", { textDocument: { uri } }));
    return { runnerCopy, found: report.items };
  }
  listen() {
    const reader = new FrameReader((message) => {
      this.receive(message);
    });
    this.child.stdout?.on("data", (chunk) => {
      try {
        reader.push(chunk);
      } catch (error) {
        this.fail(error instanceof Error ? error : new Error(String(error)));
      }
    });
    this.child.on("error", (error) => {
      this.fail(error);
    });
    this.child.on("exit", (code, signal) => {
      this.fail(environmentError(`pyright's language server stopped (${signal ?? `exit code ${code ?? "unknown"}`})`));
    });
    this.child.stdin?.on("error", () => void 0);
  }
  initialize() {
    const folderUri = (0, import_node_url2.pathToFileURL)(this.folder).href;
    const initialized = this.request("initialize", {
      processId: process.pid,
      rootUri: folderUri,
      workspaceFolders: [{ uri: folderUri, name: "runner" }],
      capabilities: { workspace: { configuration: true } }
    });
    this.notify("initialized", {});
    return initialized;
  }
  receive(raw) {
    const message = MessageSchema.parse(raw);
    if (message.method === "textDocument/publishDiagnostics") {
      const file = (0, import_node_url2.fileURLToPath)(PublishSchema.parse(message.params).uri);
      this.published.get(file)?.();
      this.published.delete(file);
    } else if (message.method === void 0 && typeof message.id === "number") {
      const waiting = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.error === void 0) waiting?.resolve(message.result);
      else waiting?.reject(environmentError(`pyright's language server failed: ${JSON.stringify(message.error)}`));
    } else if (message.method === "workspace/configuration" && message.id !== void 0) {
      this.answerConfiguration(message.id, message.params);
    } else if (message.method !== void 0 && message.id !== void 0) {
      this.answer(message.id, null);
    }
  }
  /**
   * The interpreter, for the `python` section, once the extraction has said which; the other settings come from
   * pyrightconfig.json. pyright waits for the answer before it resolves any import.
   */
  answerConfiguration(id, params) {
    const { items } = ConfigurationSchema.parse(params);
    this.interpreter.then(
      (pythonPath) => this.answer(
        id,
        items.map((item) => item.section === "python" ? { pythonPath } : {})
      ),
      (error) => this.fail(error instanceof Error ? error : new Error(String(error)))
    );
  }
  fail(error) {
    this.failure ??= error;
    for (const waiting of this.pending.values()) waiting.reject(this.failure);
    this.pending.clear();
    this.stop();
  }
  request(method, params) {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    const answered = new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
    });
    this.send({ id, method, params });
    return answered;
  }
  notify(method, params) {
    this.send({ method, params });
  }
  answer(id, result) {
    this.send({ id, result });
  }
  send(message) {
    this.child.stdin?.write(frame(message));
  }
};

// src/engine/python/check.ts
var CheckReportSchema = external_exports.object({
  diagnostics: external_exports.array(external_exports.object({ line: external_exports.number().nullable(), message: external_exports.string() })),
  checker_comments: external_exports.array(CheckerCommentSchema)
});
function runCheck(context, runner, config) {
  return runPythonForJson(context, pythonProgramPath("check.py"), [runner], `checking ${import_node_path3.default.basename(runner)}`, CheckReportSchema, {
    input: config
  });
}
var StartedCheck = class {
  constructor(runner, context) {
    this.runner = runner;
    this.report = runCheck(context, runner, this.config);
    this.report.catch(() => void 0);
  }
  runner;
  config = new import_node_stream.PassThrough();
  report;
  taken = false;
  /** Its report of `runner` given `config`; null when it checks another runner or a check has taken it. */
  take(runner, config) {
    if (this.taken || runner !== this.runner) return null;
    this.taken = true;
    this.config.end(config);
    return this.report;
  }
  async discard() {
    if (!this.taken) {
      this.taken = true;
      this.config.end();
    }
    await this.report.catch(() => void 0);
  }
};
function startPythonCheck(runnerPath, context) {
  return new StartedCheck(import_node_path3.default.resolve(context.repoRoot, runnerPath), context);
}
async function checkPythonRunner(runnerPath, module, context, regions) {
  const config = {
    tools: [...module.tools.map((tool) => tool.name), ...module.mcp?.names ?? []],
    module: import_node_path3.default.posix.basename(module.relative_path, ".py"),
    regions: regions.map((region) => ({ name: region.name, text: region.text, first: region.first_line, last: region.last_line }))
  };
  const runner = import_node_path3.default.resolve(context.repoRoot, runnerPath);
  const warm = context.typeChecker && context.warmChecker instanceof PyrightServer ? context.warmChecker : void 0;
  const text = warm && await (0, import_promises4.readFile)(runner, "utf8");
  const early = warm && text !== void 0 ? warm.diagnostics(text, regions, []) : void 0;
  early?.catch(() => void 0);
  const given = JSON.stringify(config);
  const started = context.earlyCheck instanceof StartedCheck ? context.earlyCheck.take(runner, given) : null;
  const found = await (started ?? runCheck(context, runner, given));
  if (found.diagnostics.length > 0 || !context.typeChecker) return found.diagnostics;
  if (warm && text !== void 0) {
    const checked = found.checker_comments.length === 0 ? early : warm.diagnostics(text, regions, found.checker_comments);
    const diagnostics = await checked?.catch(() => void 0);
    if (diagnostics) return diagnostics;
  }
  return pyrightDiagnostics(runner, module, context, regions, context.typeChecker, found.checker_comments);
}

// src/engine/python/extract.ts
var ProblemSchema = external_exports.discriminatedUnion("kind", [
  external_exports.object({ kind: external_exports.literal("syntax"), line: external_exports.number().nullable(), message: external_exports.string() }),
  external_exports.object({ kind: external_exports.literal("import"), type: external_exports.string(), message: external_exports.string() }),
  external_exports.object({ kind: external_exports.literal("no_tools") }),
  external_exports.object({
    kind: external_exports.literal("tool_name"),
    name: external_exports.string(),
    reason: external_exports.enum(["main", "reserved", "identifier", "keyword"])
  })
]);
var IntrospectionSchema = external_exports.discriminatedUnion("ok", [
  external_exports.object({
    ok: external_exports.literal(true),
    tools: external_exports.array(ToolSpecSchema.extend({ takes_context: external_exports.boolean() })),
    has_deps: external_exports.boolean(),
    bindings: external_exports.array(external_exports.string()),
    type_imports: external_exports.array(external_exports.object({ module: external_exports.string(), name: external_exports.string() })),
    exceptions: external_exports.array(external_exports.object({ name: external_exports.string(), module: external_exports.string(), qualname: external_exports.string(), held: external_exports.boolean() })),
    declarations: external_exports.array(external_exports.string()),
    notes: external_exports.array(external_exports.string())
  }),
  external_exports.object({ ok: external_exports.literal(false), problem: ProblemSchema })
]);
function describeProblem(problem, relativePath) {
  switch (problem.kind) {
    case "syntax":
      return `Syntax error in ${relativePath}${problem.line === null ? "" : ` line ${problem.line}`}: ${problem.message}`;
    case "import":
      return `Importing ${relativePath} failed: ${problem.type}${problem.message ? `: ${problem.message}` : ""}`;
    case "no_tools":
      return `No public functions found in ${relativePath}`;
    case "tool_name":
      return {
        main: `Tool 'main' in ${relativePath} conflicts with the generated main(); rename it`,
        reserved: `Tool '${problem.name}' in ${relativePath} uses the reserved prefix _codemode; rename it`,
        identifier: `Tool name '${problem.name}' in ${relativePath} is not a valid Python identifier`,
        keyword: `Tool name '${problem.name}' in ${relativePath} is a Python keyword`
      }[problem.reason];
  }
}
async function extractPythonTools({ absolute, relative }, context) {
  const installation = expectInstallation(context);
  const introspection = await runPythonForJson(
    context,
    pythonProgramPath("introspect.py"),
    [absolute],
    `extracting tools from ${relative}`,
    IntrospectionSchema,
    { firstLine: installation.receive }
  ).finally(installation.ended);
  if (!introspection.ok) throw usageError(describeProblem(introspection.problem, relative));
  return {
    language: "python",
    path: absolute,
    relative_path: relative,
    tools: introspection.tools.map(({ takes_context: _, ...tool }) => tool),
    declarations: introspection.declarations,
    notes: introspection.notes,
    data: {
      has_deps: introspection.has_deps,
      bindings: introspection.bindings,
      type_imports: introspection.type_imports,
      exceptions: introspection.exceptions,
      context_tools: introspection.tools.filter((tool) => tool.takes_context).map((tool) => tool.name)
    }
  };
}

// src/engine/python/render.ts
var import_node_path4 = __toESM(require_path(), 1);
var PYTHON_RUNNER_FILE = "agentRunner.py";
var REGION_MARKERS = regionMarkers("#");
var INDENT = "    ";
var TOOLS_MODULE = "_codemode_tools";
var RUNTIME = {
  default: "_codemode_DEFAULT",
  call: "_codemode_call",
  callAsync: "_codemode_call_async",
  given: "_codemode_given",
  givenKeywords: "_codemode_given_keywords",
  load: "_codemode_load",
  run: "_codemode_run"
};
var PLAIN_LITERAL = /^(?:None|True|False|\(\)|-?(?:\d[\d_]*\.?[\d_]*|\.\d[\d_]*)(?:[eE][+-]?\d+)?[jJ]?|-?0[xXoObB][\da-fA-F_]+|[rRbBuU]{0,2}(?:'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"))$/;
var usesSentinel = (param) => param.default !== null && !PLAIN_LITERAL.test(param.default);
function renderParam(param) {
  const prefix = param.kind === "var_positional" ? "*" : param.kind === "var_keyword" ? "**" : "";
  const annotation = param.annotation === null ? "" : `: ${param.annotation}`;
  if (param.default === null) return `${prefix}${param.name}${annotation}`;
  const value = usesSentinel(param) ? RUNTIME.default : param.default;
  return `${param.name}${annotation}${annotation ? " = " : "="}${value}`;
}
function signatureEntries(params) {
  const entries = [];
  const lastPositionalOnly = params.map((param) => param.kind).lastIndexOf("positional_only");
  const hasVarPositional = params.some((param) => param.kind === "var_positional");
  params.forEach((param, index) => {
    if (param.kind === "keyword_only" && !hasVarPositional && params[index - 1]?.kind !== "keyword_only") {
      entries.push({ text: "*", comment: null });
    }
    entries.push({ text: renderParam(param), comment: usesSentinel(param) ? `default: ${param.default}` : null });
    if (index === lastPositionalOnly) entries.push({ text: "/", comment: null });
  });
  return entries;
}
function renderSignature(tool) {
  const head = `${tool.async ? "async " : ""}def ${tool.name}(`;
  const tail = `)${tool.returns === null ? "" : ` -> ${tool.returns}`}:`;
  const entries = signatureEntries(tool.params);
  if (entries.every((entry) => entry.comment === null)) return head + entries.map((entry) => entry.text).join(", ") + tail;
  const lines = entries.map((entry) => `${INDENT}${entry.text},${entry.comment === null ? "" : `  # ${entry.comment}`}`);
  return [head, ...lines, tail].join("\n");
}
var pythonTuple = (items) => `(${items.join(", ")}${items.length === 1 ? "," : ""})`;
function renderForwarding(tool) {
  const positional = [];
  const keywords = [];
  const hasVarPositional = tool.params.some((param) => param.kind === "var_positional");
  for (const param of tool.params) {
    if (param.kind === "positional_only" || param.kind === "positional_or_keyword" && hasVarPositional) {
      positional.push(param.name);
    } else if (param.kind === "var_positional") {
      positional.push(`*${param.name}`);
    } else if (param.kind === "var_keyword") {
      keywords.push(`**${param.name}`);
    } else {
      keywords.push(`${pythonStringLiteral(param.name)}: ${param.name}`);
    }
  }
  const positionalSentinel = tool.params.some((p) => usesSentinel(p) && (p.kind === "positional_only" || hasVarPositional));
  const keywordSentinel = tool.params.some((p) => usesSentinel(p) && !(p.kind === "positional_only" || hasVarPositional));
  const positionalText = pythonTuple(positional);
  const keywordText = `{${keywords.join(", ")}}`;
  const uses = [...positionalSentinel ? [RUNTIME.given] : [], ...keywordSentinel ? [RUNTIME.givenKeywords] : []];
  return {
    positional: positionalSentinel ? `${RUNTIME.given}(${positionalText})` : positionalText,
    keywords: keywordSentinel ? `${RUNTIME.givenKeywords}(${keywordText})` : keywordText,
    uses
  };
}
var PYTHON_WRAPPER_PATTERN = new RegExp(
  `^(?:async )?def ([^\\s(]+)\\([\\s\\S]*?^${INDENT}return (?:await )?(?:${RUNTIME.call}|${RUNTIME.callAsync})\\(.*$`,
  "gm"
);
function renderWrapper(tool) {
  const { positional, keywords, uses } = renderForwarding(tool);
  const helper = tool.async ? RUNTIME.callAsync : RUNTIME.call;
  const call = `${tool.async ? "await " : ""}${helper}(${pythonStringLiteral(tool.name)}, ${positional}, ${keywords})`;
  const docstring = tool.doc ? [`${INDENT}${pythonDocstring(tool.doc, INDENT)}`] : [];
  return {
    text: [renderSignature(tool), ...docstring, `${INDENT}return ${call}`].join("\n"),
    uses: [helper, ...uses, ...tool.params.some(usesSentinel) ? [RUNTIME.default] : []]
  };
}
function renderRuntimeImport(uses) {
  const names = Object.values(RUNTIME).filter((name) => uses.has(name));
  return `from ${PYTHON_RUNTIME_MODULE} import ${names.join(", ")}`;
}
var PYTHON_KEYWORDS = new Set(
  "False None True and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield".split(
    " "
  )
);
function runnerLoadsTools({ data }) {
  return data.bindings.length + data.type_imports.length + data.exceptions.length > 0;
}
function renderToolsBinding(module) {
  const load = `${TOOLS_MODULE} = ${RUNTIME.load}(${pythonStringLiteral(module.relative_path)}, __name__)`;
  const { type_imports, exceptions } = module.data;
  const importAtRun = [
    ...type_imports.map(
      ({ module: source, name }) => `${name} = ${TOOLS_MODULE}._codemode_import(${pythonStringLiteral(source)}, ${pythonStringLiteral(name)})`
    ),
    ...exceptions.map(
      ({ name, module: source, qualname }) => `${name} = ${TOOLS_MODULE}._codemode_exception(${pythonStringLiteral(source)}, ${pythonStringLiteral(qualname)})`
    )
  ];
  const file = import_node_path4.posix.parse(module.relative_path);
  if (file.ext !== ".py" || !/^[A-Za-z_]\w*$/.test(file.name) || PYTHON_KEYWORDS.has(file.name)) return [load, ...importAtRun];
  const imported = [...type_imports, ...exceptions.filter((entry) => !entry.held)];
  return [
    "if TYPE_CHECKING:",
    `${INDENT}import ${file.name} as ${TOOLS_MODULE}`,
    ...[...new Set(imported.map((entry) => entry.module))].map((source) => {
      const names = imported.filter((entry) => entry.module === source).map((entry) => entry.name);
      return `${INDENT}from ${source} import ${names.join(", ")}`;
    }),
    ...exceptions.filter((entry) => entry.held).map(({ name }) => `${INDENT}${name} = ${TOOLS_MODULE}.${name}`),
    "else:",
    ...[load, ...importAtRun].map((line) => INDENT + line)
  ];
}
function renderDeclarations(declarations) {
  if (declarations.length === 0) return [];
  const lines = declarations.join("\n\n").replace(/\0/g, "\\x00").split(/\r\n|\r|\n/).map((line) => `# ${line}`.trimEnd());
  return ["", "# Types the tools use, declared for reading (the names bound above are the real classes):", ...lines];
}
function renderToolsRegion(module) {
  const wrappers = module.tools.map((tool) => renderWrapper(tool));
  const uses = /* @__PURE__ */ new Set([
    RUNTIME.load,
    RUNTIME.run,
    ...wrappers.flatMap((wrapper) => wrapper.uses),
    ...module.mcp ? [RUNTIME.call] : []
  ]);
  const bindings = module.data.bindings.map((name) => `${name} = ${TOOLS_MODULE}.${name}`);
  return [
    REGION_MARKERS.tools.begin,
    "from __future__ import annotations",
    "from typing import TYPE_CHECKING",
    renderRuntimeImport(uses),
    "",
    ...renderToolsBinding(module),
    ...bindings,
    ...renderDeclarations(module.declarations),
    ...wrappers.flatMap((wrapper) => ["", wrapper.text]),
    ...module.mcp ? ["", "", module.mcp.source] : [],
    REGION_MARKERS.tools.end
  ].join("\n");
}
var HARNESS_REGION = [
  REGION_MARKERS.harness.begin,
  'if __name__ == "__main__":',
  `${INDENT}${RUNTIME.run}(main)`,
  REGION_MARKERS.harness.end
].join("\n");
function renderHeader(task) {
  const taskLines = docstringBody(task).split("\n").map((line) => line ? INDENT + line : line);
  return [
    '"""Code Mode runner: implement main() with the tool functions defined below.',
    "",
    "Task:",
    ...taskLines,
    "",
    "Only main() and new helper functions may be written; the codemode regions are generated and checked.",
    '"""'
  ].join("\n");
}
function renderMain(task, anyAsync) {
  const concurrency = anyAsync ? [`${INDENT}# Async tools run concurrently when awaited together: \`await asyncio.gather(tool_a(...), tool_b(...))\`.`] : [];
  return [
    `${anyAsync ? "async " : ""}def main(params: str = ${pythonStringLiteral(task)}) -> object:`,
    `${INDENT}"""Accomplish the task in params with the tool functions above and return a JSON-serialisable result."""`,
    `${INDENT}# ${TODO_MARKER}: replace this body with the implementation.`,
    ...concurrency,
    `${INDENT}raise NotImplementedError("main() is not implemented yet")`
  ].join("\n");
}
function renderPythonRunner(module, task) {
  const anyAsync = module.tools.some((tool) => tool.async);
  const parts = [
    renderHeader(task),
    { region: "tools", text: renderToolsRegion(module) },
    "",
    "",
    renderMain(task, anyAsync),
    "",
    "",
    { region: "harness", text: HARNESS_REGION },
    ""
  ];
  return {
    file_name: PYTHON_RUNNER_FILE,
    ...joinRunner(parts, "\n"),
    todo_marker: TODO_MARKER,
    support_files: pythonSupportFiles()
  };
}

// src/engine/python/index.ts
var QUIET_PYTHON = { PYTHONDONTWRITEBYTECODE: "1", PYTHONUNBUFFERED: "1" };
var pythonLanguage = {
  ...pythonDescription,
  runnerFileName: PYTHON_RUNNER_FILE,
  toolchain: (config) => ({ executable: config.python, typeCheckerPath: config.pyright_path }),
  extract: extractPythonTools,
  noToolsModule: () => ({
    language: "python",
    path: PYTHON_NO_TOOLS_FILE,
    relative_path: "MCP servers",
    tools: [],
    declarations: [],
    data: { has_deps: false, context_tools: [], bindings: [], type_imports: [], exceptions: [] }
  }),
  resolveContext: resolvedPythonContext,
  renderRunner: renderPythonRunner,
  wrapperPattern: PYTHON_WRAPPER_PATTERN,
  readableApi: pythonReadableApi,
  check: checkPythonRunner,
  startCheck: startPythonCheck,
  typeChecker: {
    name: "pyright",
    install: (source) => ensurePyright(source),
    launch: (checker, layout, context) => PyrightServer.launch(checker, layout, context)
  },
  startWarmChecker: (runner, _runnerPath, module, context, launched) => launched instanceof PyrightServer ? Promise.resolve(launched.open(runner.text, module)) : PyrightServer.start(runner.file_name, runner.text, module, context),
  loadMcp: async () => (await import("./mcp-UPDNJREU.js")).pythonMcp,
  hostStartsEarly: true,
  programStartsEarly: true,
  hostCommand(_runnerPath, module, context) {
    const importPath = [import_node_path5.default.dirname(module.path), context.env.PYTHONPATH].filter(Boolean).join(import_node_path5.default.delimiter);
    return {
      file: context.toolchain.executable,
      args: ["-X", "utf8", "-B", pythonProgramPath("host.py"), module.path],
      env: { ...QUIET_PYTHON, PYTHONPATH: importPath }
    };
  },
  // The runner's start, which gets ready (loading the tools module when the runner would at once) and runs its text.
  async programCommand(runnerPath, module, context) {
    const { executable } = await pythonInstallation(context);
    const tools = runnerLoadsTools(module) ? [module.relative_path] : [];
    return {
      file: executable,
      args: ["-X", "utf8", "-B", pythonProgramPath("_codemode_start.py"), runnerPath, ...tools],
      env: { ...QUIET_PYTHON, PYTHONPATH: [import_node_path5.default.dirname(module.path), import_node_path5.default.dirname(runnerPath)].join(import_node_path5.default.delimiter) }
    };
  },
  async programReadPaths(context) {
    return [...(await pythonInstallation(context)).folders, ...pythonStartFiles()];
  }
};
export {
  pythonLanguage
};
