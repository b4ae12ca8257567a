/**
 * pyright kept warm: its language server, started while Claude Code writes, with the generated runner open, so that
 * the tools module, its types and the standard library are analysed before the program arrives; the program's check
 * then re-checks only the runner's text.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import { z } from 'zod';

import { CodeModeError, environmentError } from '../errors.js';
import type { Diagnostic, LanguageContext, LocatedRegion, WarmChecker } from '../language.js';
import type { PythonModule } from './data.js';
import { pythonInstallation } from './interpreter.js';
import { type CheckerComment, preparePyrightFolder, type PyrightDiagnostic, runnerDiagnostics, withoutCheckerComments } from './pyright.js';

/** The largest message the server may send; its diagnostics of one runner are far smaller. */
const MAX_MESSAGE_BYTES = 64 * 1024 * 1024;

const LspDiagnosticSchema = z.object({
  range: z.object({ start: z.object({ line: z.number(), character: z.number() }) }),
  severity: z.number().optional(),
  code: z.union([z.string(), z.number()]).optional(),
  message: z.string(),
});
const PublishSchema = z.object({ version: z.number().optional(), diagnostics: z.array(LspDiagnosticSchema) });
const MessageSchema = z.object({
  id: z.union([z.number(), z.string()]).optional(),
  method: z.string().optional(),
  params: z.unknown().optional(),
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

function frame(message: object): string {
  const body = JSON.stringify({ jsonrpc: '2.0', ...message });
  return `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
}

/** pyright's language server over stdio, with one document open: the runner's copy. */
export class PyrightServer implements WarmChecker {
  private version = 1;
  private nextId = 1;
  private failure: Error | null = null;
  private readonly waiting = new Map<number, (diagnostics: PyrightDiagnostic[]) => void>();
  private readonly failed: ((error: Error) => void)[] = [];

  private constructor(
    private readonly child: ChildProcess,
    private readonly folder: string,
    private readonly runnerCopy: string,
    private readonly interpreter: string,
  ) {}

  /**
   * Starts the server in a private folder laid out as the cold check lays it out, and opens the generated runner
   * (`runnerText`), which makes it analyse everything the runner imports.
   */
  static async start(runnerName: string, runnerText: string, module: PythonModule, context: LanguageContext): Promise<PyrightServer> {
    const checker = context.typeChecker;
    if (!checker) throw new CodeModeError('pyright is not installed for this run');
    const folder = await mkdtemp(path.join(os.tmpdir(), 'codemode-pyright-warm-'));
    try {
      const runnerCopy = await preparePyrightFolder(folder, runnerName, runnerText, module, checker, context.repoRoot);
      const { interpreter } = await pythonInstallation(context);
      const script = path.join(path.dirname(checker.path), 'langserver.index.js');
      const child = spawn(process.execPath, [script, '--stdio'], { cwd: folder, env: context.env, stdio: ['pipe', 'pipe', 'ignore'] });
      const server = new PyrightServer(child, folder, runnerCopy, interpreter);
      server.listen();
      server.initialize(runnerText);
      return server;
    } catch (error) {
      await rm(folder, { recursive: true, force: true });
      throw error;
    }
  }

  /** pyright's errors on the model's lines of `text`, the runner as verification read it. */
  async diagnostics(text: string, regions: LocatedRegion[], checkerComments: CheckerComment[]): Promise<Diagnostic[]> {
    const found = await this.check(withoutCheckerComments(text, checkerComments));
    return runnerDiagnostics(found, this.runnerCopy, regions);
  }

  async close(): Promise<void> {
    this.child.kill();
    await rm(this.folder, { recursive: true, force: true });
  }

  private check(text: string): Promise<PyrightDiagnostic[]> {
    if (this.failure) return Promise.reject(this.failure);
    this.version += 1;
    const version = this.version;
    const result = new Promise<PyrightDiagnostic[]>((resolve, reject) => {
      this.waiting.set(version, resolve);
      this.failed.push(reject);
    });
    this.notify('textDocument/didChange', { textDocument: { uri: this.uri(), version }, contentChanges: [{ text }] });
    return result;
  }

  private uri(): string {
    return pathToFileURL(this.runnerCopy).href;
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

  private initialize(runnerText: string): void {
    const folderUri = pathToFileURL(this.folder).href;
    this.request('initialize', {
      processId: process.pid,
      rootUri: folderUri,
      workspaceFolders: [{ uri: folderUri, name: 'runner' }],
      capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: { versionSupport: true } } },
    });
    this.notify('initialized', {});
    this.notify('textDocument/didOpen', { textDocument: { uri: this.uri(), languageId: 'python', version: 1, text: runnerText } });
  }

  private receive(raw: unknown): void {
    const message = MessageSchema.parse(raw);
    if (message.method === 'textDocument/publishDiagnostics') {
      const published = PublishSchema.parse(message.params);
      // The one document open is the runner's copy; a version names the text the diagnostics are of.
      const { version } = published;
      const resolve = version === undefined ? undefined : this.waiting.get(version);
      if (version === undefined || !resolve) return;
      this.waiting.delete(version);
      resolve(published.diagnostics.map((diagnostic) => this.asPyrightDiagnostic(diagnostic)));
    } else if (message.method !== undefined && message.id !== undefined) {
      this.answer(message.id, message.method === 'workspace/configuration' ? this.configuration(message.params) : null);
    }
  }

  /** The interpreter, for the `python` section; the other settings come from pyrightconfig.json. */
  private configuration(params: unknown): object[] {
    const { items } = ConfigurationSchema.parse(params);
    return items.map((item) => (item.section === 'python' ? { pythonPath: this.interpreter } : {}));
  }

  private asPyrightDiagnostic(diagnostic: z.infer<typeof LspDiagnosticSchema>): PyrightDiagnostic {
    return {
      file: this.runnerCopy,
      severity: diagnostic.severity === 1 ? 'error' : 'other',
      message: diagnostic.message,
      rule: diagnostic.code === undefined ? undefined : String(diagnostic.code),
      range: diagnostic.range,
    };
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const reject of this.failed.splice(0)) reject(this.failure);
    this.waiting.clear();
  }

  private request(method: string, params: object): void {
    this.send({ id: this.nextId++, method, params });
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
