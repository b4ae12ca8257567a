/**
 * pyright kept warm: its language server, started while Claude Code writes, with the generated runner open, so that
 * the tools module, its types and the standard library are analysed before the program arrives; the program's check
 * then checks only the runner's text.
 *
 * pyright discards every type it has evaluated whenever an open document changes, so a check never changes one: each
 * text is opened as a new document, in a folder of its own that the configuration makes an execution root (its
 * imports, the runner itself included, resolve as in the cold check's folder), and the types of the tools module, of
 * the libraries it uses and of the standard library stay evaluated from one check to the next.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { z } from 'zod';

import { CodeModeError, environmentError } from '../errors.js';
import type { Diagnostic, LanguageContext, LocatedRegion, TypeChecker, WarmChecker, WarmCheckerLayout } from '../language.js';
import type { PythonModule } from './data.js';
import { pythonInstallation } from './interpreter.js';
import {
  type CheckerComment,
  pyrightConfig,
  type PyrightDiagnostic,
  runnerDiagnostics,
  withoutCheckerComments,
  writeCheckedRunner,
} from './pyright.js';

/** The largest message the server may send; its diagnostics of one runner are far smaller. */
const MAX_MESSAGE_BYTES = 64 * 1024 * 1024;

/**
 * The documents a server opens: the warm-up, then one for each check, at most two an attempt (the second when the
 * model's comments hold pyright directives) for up to 10 attempts. Past them, checks are left to a cold pyright.
 */
const DOCUMENTS = 21;

const LspDiagnosticSchema = z.object({
  range: z.object({ start: z.object({ line: z.number(), character: z.number() }) }),
  severity: z.number().optional(),
  code: z.union([z.string(), z.number()]).optional(),
  message: z.string(),
});
const PublishSchema = z.object({ uri: z.string() });
const DiagnosticReportSchema = z.object({ kind: z.literal('full'), items: z.array(LspDiagnosticSchema) });
const MessageSchema = z.object({
  id: z.union([z.number(), z.string()]).optional(),
  method: z.string().optional(),
  params: z.unknown().optional(),
  result: z.unknown().optional(),
  error: z.unknown().optional(),
});
const ConfigurationSchema = z.object({ items: z.array(z.object({ section: z.string().optional() })) });

/** Splits the server's output into its Content-Length framed JSON messages. */
class FrameReader {
  private buffer = Buffer.alloc(0);

  constructor(private readonly onMessage: (message: unknown) => void) {}

  push(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: *(\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString('ascii'))?.[1]);
      if (!Number.isSafeInteger(length) || length > MAX_MESSAGE_BYTES)
        throw new CodeModeError('pyright sent a message without a valid length');
      if (this.buffer.length < headerEnd + 4 + length) return;
      const body = this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8');
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      this.onMessage(JSON.parse(body));
    }
  }
}

type LspDiagnostic = z.infer<typeof LspDiagnosticSchema>;

/** A text pyright checked: the path of its copy, and what pyright found in it. */
interface Checked {
  runnerCopy: string;
  found: LspDiagnostic[];
}

function asPyrightDiagnostic(diagnostic: LspDiagnostic, file: string): PyrightDiagnostic {
  return {
    file,
    severity: diagnostic.severity === 1 ? 'error' : 'other',
    message: diagnostic.message,
    rule: diagnostic.code === undefined ? undefined : String(diagnostic.code),
    range: diagnostic.range,
  };
}

/** The folder, inside the server's, of the document that loads what every runner imports (not an execution root). */
const PRELOAD_FOLDER = 'preload';

/**
 * What every runner imports: the standard library's modules it uses, the runtime's stub and the tools module,
 * whose text is known before the runner is.
 */
function preloadText(modulePath: string): string {
  return ['import asyncio', 'import typing', '', 'import _codemode_runtime', `import ${path.basename(modulePath, '.py')}`, ''].join('\n');
}

/** The folder, inside the server's, of the document opened `index`-th. */
function documentFolder(index: number): string {
  return `runner-${index}`;
}

function frame(message: object): string {
  const body = JSON.stringify({ jsonrpc: '2.0', ...message });
  return `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
}

/**
 * The generated runner with a function that calls every tool and reaches into its result, so that pyright evaluates
 * the tools' result types, and what their members need, before the program arrives. Its errors are never reported.
 */
function warmUpText(runnerText: string, module: PythonModule): string {
  const tools = [...module.tools.map((tool) => tool.name), ...(module.mcp?.names ?? [])];
  const uses = tools.flatMap((tool) => {
    const call = `${tool}(*_codemode_any, **_codemode_any)`;
    return [`    ${call}.codemode_warm_up`, `    ${call}["codemode_warm_up"]`, `    (await ${call}).codemode_warm_up`];
  });
  return `${runnerText}\n\nimport typing as _codemode_typing\n\n\nasync def _codemode_warm_up(_codemode_any: _codemode_typing.Any) -> None:\n${uses.join('\n')}\n`;
}

/** pyright's language server over stdio; each text it checks is a document of its own (see above). */
export class PyrightServer implements WarmChecker {
  private nextId = 1;
  private opened = 0;
  private failure: Error | null = null;
  /** The checks so far, one after the other: each opens its document once the one before has been checked. */
  private checked: Promise<unknown> = Promise.resolve();
  /** Who waits for the first diagnostics pyright publishes of a document, by its path. */
  private readonly published = new Map<string, () => void>();
  /** Settles once the server has failed or stopped: nothing is published after. */
  private readonly stopped: Promise<void>;
  private stop: () => void = () => undefined;
  /** The requests sent and not yet answered, by id. */
  private readonly pending = new Map<number, { resolve: (result: unknown) => void; reject: (error: Error) => void }>();

  /** Whether the server has been opened on the generated runner. */
  private openOnRunner = false;

  private constructor(
    private readonly child: ChildProcess,
    private readonly folder: string,
    private readonly runnerName: string,
    /** The interpreter whose environment the checks resolve imports in, once the extraction has said which. */
    private readonly interpreter: Promise<string>,
  ) {
    this.stopped = new Promise((resolve) => {
      this.stop = resolve;
    });
  }

  /**
   * Starts the server while the tools are extracted, in a private folder laid out for each document as the cold
   * check lays out its own, and has it load the standard library, the runtime's stub and the tools module, so that
   * what remains once the runner is generated is the runner's own part.
   */
  static async launch(checker: TypeChecker, layout: WarmCheckerLayout, context: LanguageContext): Promise<PyrightServer> {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'codemode-pyright-warm-'));
    try {
      const folders = Array.from({ length: DOCUMENTS }, (_, index) => documentFolder(index));
      const config = pyrightConfig(layout.runnerName, layout.modulePath, checker, context.repoRoot, folders);
      await writeFile(path.join(folder, 'pyrightconfig.json'), JSON.stringify(config));
    } catch (error) {
      await rm(folder, { recursive: true, force: true });
      throw error;
    }
    const script = path.join(path.dirname(checker.path), 'langserver.index.js');
    const child = spawn(process.execPath, [script, '--stdio'], { cwd: folder, env: context.env, stdio: ['pipe', 'pipe', 'ignore'] });
    const interpreter = pythonInstallation(context).then((installation) => installation.interpreter);
    interpreter.catch(() => undefined);
    const server = new PyrightServer(child, folder, layout.runnerName, interpreter);
    server.listen();
    server.initialize().catch(() => undefined);
    server.check(() => PRELOAD_FOLDER, preloadText(layout.modulePath)).catch(() => undefined);
    return server;
  }

  /** Launches a server and opens it on the generated runner (see `open`). */
  static async start(runnerName: string, runnerText: string, module: PythonModule, context: LanguageContext): Promise<PyrightServer> {
    const checker = context.typeChecker;
    if (!checker) throw new CodeModeError('pyright is not installed for this run');
    const server = await PyrightServer.launch(checker, { runnerName, modulePath: module.path }, context);
    return server.open(runnerText, module);
  }

  /**
   * Opens the generated runner (`runnerText`) with a warm-up, which makes the server analyse everything the runner
   * imports and the types of every tool's result. Once a server.
   */
  open(runnerText: string, module: PythonModule): this {
    if (this.openOnRunner) throw new CodeModeError("pyright's language server is already open on a runner");
    this.openOnRunner = true;
    // Waited for by the first check, which the server answers after it.
    this.checkNext(warmUpText(runnerText, module)).catch(() => undefined);
    return this;
  }

  /** pyright's errors on the model's lines of `text`, the runner as verification read it. */
  async diagnostics(text: string, regions: LocatedRegion[], checkerComments: CheckerComment[]): Promise<Diagnostic[]> {
    const { runnerCopy, found } = await this.checkNext(withoutCheckerComments(text, checkerComments));
    return runnerDiagnostics(
      found.map((diagnostic) => asPyrightDiagnostic(diagnostic, runnerCopy)),
      runnerCopy,
      regions,
    );
  }

  /** Kills the server and removes its folder, once it has gone. */
  async close(): Promise<void> {
    const running = this.child.pid !== undefined && this.child.exitCode === null && this.child.signalCode === null;
    const exited = running ? once(this.child, 'exit') : null;
    this.child.kill('SIGKILL');
    await exited?.catch(() => undefined);
    await rm(this.folder, { recursive: true, force: true });
  }

  /** Opens `text` as a new document in the next document's folder; pyright's diagnostics of it, and its path. */
  private checkNext(text: string): Promise<Checked> {
    return this.check(() => {
      if (this.opened === DOCUMENTS) throw new CodeModeError(`pyright's language server has checked ${DOCUMENTS} texts`);
      return documentFolder(this.opened++);
    }, text);
  }

  /** Opens `text` as a new document in the folder named once the checks before have been answered. */
  private check(folderName: () => string, text: string): Promise<Checked> {
    const checked = this.checked.catch(() => undefined).then(() => this.checkAlone(folderName(), text));
    this.checked = checked;
    return checked;
  }

  private async checkAlone(folderName: string, text: string): Promise<Checked> {
    if (this.failure) throw this.failure;
    const folder = path.join(this.folder, folderName);
    await mkdir(folder);
    // Written to disk as well, for the imports pyright resolves on disk (the runner's own among them).
    const runnerCopy = await writeCheckedRunner(folder, this.runnerName, text);
    const uri = pathToFileURL(runnerCopy).href;
    const published = new Promise<void>((resolve) => {
      this.published.set(runnerCopy, resolve);
    });
    this.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'python', version: 1, text } });
    // pyright checks the document it was sent on its own and publishes what it found, but it publishes a document
    // not checked yet too (with nothing found); the diagnostics are then asked for, which checks it if it was not.
    // Asked for while pyright still checks, they would cancel its check and with it every type evaluated so far.
    await Promise.race([published, this.stopped]);
    const report = DiagnosticReportSchema.parse(await this.request('textDocument/diagnostic', { textDocument: { uri } }));
    return { runnerCopy, found: report.items };
  }

  private listen(): void {
    const reader = new FrameReader((message) => {
      this.receive(message);
    });
    this.child.stdout?.on('data', (chunk: Buffer) => {
      try {
        reader.push(chunk);
      } catch (error) {
        this.fail(error instanceof Error ? error : new Error(String(error)));
      }
    });
    this.child.on('error', (error) => {
      this.fail(error);
    });
    this.child.on('exit', (code, signal) => {
      this.fail(environmentError(`pyright's language server stopped (${signal ?? `exit code ${code ?? 'unknown'}`})`));
    });
    this.child.stdin?.on('error', () => undefined);
  }

  private initialize(): Promise<unknown> {
    const folderUri = pathToFileURL(this.folder).href;
    const initialized = this.request('initialize', {
      processId: process.pid,
      rootUri: folderUri,
      workspaceFolders: [{ uri: folderUri, name: 'runner' }],
      capabilities: { workspace: { configuration: true } },
    });
    this.notify('initialized', {});
    return initialized;
  }

  private receive(raw: unknown): void {
    const message = MessageSchema.parse(raw);
    if (message.method === 'textDocument/publishDiagnostics') {
      const file = fileURLToPath(PublishSchema.parse(message.params).uri);
      this.published.get(file)?.();
      this.published.delete(file);
    } else if (message.method === undefined && typeof message.id === 'number') {
      const waiting = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.error === undefined) waiting?.resolve(message.result);
      else waiting?.reject(environmentError(`pyright's language server failed: ${JSON.stringify(message.error)}`));
    } else if (message.method === 'workspace/configuration' && message.id !== undefined) {
      this.answerConfiguration(message.id, message.params);
    } else if (message.method !== undefined && message.id !== undefined) {
      this.answer(message.id, null);
    }
  }

  /**
   * The interpreter, for the `python` section, once the extraction has said which; the other settings come from
   * pyrightconfig.json. pyright waits for the answer before it resolves any import.
   */
  private answerConfiguration(id: number | string, params: unknown): void {
    const { items } = ConfigurationSchema.parse(params);
    this.interpreter.then(
      (pythonPath) =>
        this.answer(
          id,
          items.map((item) => (item.section === 'python' ? { pythonPath } : {})),
        ),
      (error: unknown) => this.fail(error instanceof Error ? error : new Error(String(error))),
    );
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const waiting of this.pending.values()) waiting.reject(this.failure);
    this.pending.clear();
    // What waits for a publication goes on to its request, which fails.
    this.stop();
  }

  private request(method: string, params: object): Promise<unknown> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    const answered = new Promise<unknown>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
    });
    this.send({ id, method, params });
    return answered;
  }

  private notify(method: string, params: object): void {
    this.send({ method, params });
  }

  private answer(id: number | string, result: unknown): void {
    this.send({ id, result });
  }

  private send(message: object): void {
    this.child.stdin?.write(frame(message));
  }
}
