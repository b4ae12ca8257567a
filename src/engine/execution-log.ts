/**
 * The program's output (the tool host's and the program's stdout and stderr, interleaved): its head and tail kept in
 * memory for the result, `execution.log` on disk capped the same way, and the total counted so that a program that
 * writes without end can be stopped before it fills the disk.
 */
import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';

/** The largest `execution.log`: its first and last half of this; a line between them says how much was dropped. */
export const LOG_FILE_CAP_BYTES = 64 * 1024 * 1024;
/** The output past which the program is stopped. */
export const OUTPUT_LIMIT_BYTES = 256 * 1024 * 1024;

const MIB = 1024 * 1024;

/** Keeps the last `cap` bytes of a stream (whole chunks, so it may hold a little more until `bytes()` cuts it). */
class TailBuffer {
  private chunks: Buffer[] = [];
  private size = 0;

  constructor(private readonly cap: number) {}

  push(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.size += chunk.length;
    for (let first = this.chunks[0]; first && this.size - first.length >= this.cap; first = this.chunks[0]) {
      this.chunks.shift();
      this.size -= first.length;
    }
  }

  bytes(): Buffer {
    const tail = Buffer.concat(this.chunks);
    return tail.length > this.cap ? tail.subarray(tail.length - this.cap) : tail;
  }
}

/** Keeps the first and last `cap / 2` bytes of a stream, dropping the middle. */
export class HeadTailBuffer {
  private head: Buffer[] = [];
  private headBytes = 0;
  private readonly tail: TailBuffer;
  total = 0;

  constructor(private readonly cap: number) {
    this.tail = new TailBuffer(cap - Math.floor(cap / 2));
  }

  push(chunk: Buffer): void {
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
  text(where = 'the whole output is in execution.log'): string {
    const head = Buffer.concat(this.head).toString('utf8');
    const tail = this.tail.bytes();
    const omitted = this.total - this.headBytes - tail.length;
    if (omitted <= 0) return head + tail.toString('utf8');
    return `${head}\n… ${omitted} bytes omitted (${where}) …\n${tail.toString('utf8')}`;
  }
}

export interface ExecutionLogLimits {
  /** Output kept in memory for the result (head and tail). */
  memoryCapBytes: number;
  fileCapBytes?: number;
  outputLimitBytes?: number;
}

/** The program's output as it arrives: in memory, on disk (both capped), and counted against the output limit. */
export class ExecutionLog {
  private readonly file: WriteStream;
  private readonly memory: HeadTailBuffer;
  private readonly fileHeadBytes: number;
  private readonly fileTail: TailBuffer;
  private readonly fileCapBytes: number;
  readonly outputLimitBytes: number;
  total = 0;

  constructor(path: string, limits: ExecutionLogLimits) {
    this.file = createWriteStream(path);
    this.memory = new HeadTailBuffer(limits.memoryCapBytes);
    this.fileCapBytes = limits.fileCapBytes ?? LOG_FILE_CAP_BYTES;
    this.fileHeadBytes = Math.floor(this.fileCapBytes / 2);
    this.fileTail = new TailBuffer(this.fileCapBytes - this.fileHeadBytes);
    this.outputLimitBytes = limits.outputLimitBytes ?? OUTPUT_LIMIT_BYTES;
  }

  /** Whether the output has passed the limit; what arrives after that is dropped. */
  get overLimit(): boolean {
    return this.total > this.outputLimitBytes;
  }

  async push(chunk: Buffer): Promise<void> {
    if (this.overLimit) return;
    const written = this.total;
    this.total += chunk.length;
    this.memory.push(chunk);
    const headRoom = this.fileHeadBytes - written;
    if (headRoom > 0) {
      const head = chunk.subarray(0, headRoom);
      chunk = chunk.subarray(head.length);
      if (!this.file.write(head)) await once(this.file, 'drain');
    }
    if (chunk.length > 0) this.fileTail.push(chunk);
  }

  /** Writes the file's tail, after a line saying how much was dropped when the output was over the file's cap. */
  async close(): Promise<void> {
    const tail = this.fileTail.bytes();
    const dropped = Math.max(0, this.total - this.fileHeadBytes) - tail.length;
    if (dropped > 0) this.file.write(`\n… ${dropped} bytes dropped here (${this.keeps()}) …\n`);
    this.file.end(tail);
    await once(this.file, 'close');
  }

  /** Head and tail of the output, at most the memory cap. */
  text(): string {
    return this.memory.text(this.total > this.fileCapBytes ? this.keeps() : undefined);
  }

  private keeps(): string {
    return `execution.log keeps the first and last ${this.fileHeadBytes / MIB} MiB of the output`;
  }
}
