/**
 * The program's calls while it runs, read from the tool host's call log (docs/tool-host.md) as it grows: how many
 * calls began and the last one's tool, for a progress display.
 */
import { open } from 'node:fs/promises';
import { StringDecoder } from 'node:string_decoder';

import { z } from 'zod';

import { parseJsonOrUndefined } from '../format.js';

export interface CallCount {
  calls: number;
  /** The tool of the last call begun. */
  tool: string;
}

/** How often the call log is read while the program runs. */
const POLL_MS = 1000;
/** The most one read takes of the log; the rest waits for the next. */
const MAX_READ_BYTES = 1024 * 1024;

const CallBeginSchema = z.object({ call: z.number(), tool: z.string() });

/** Reads the call log from where the last read stopped; a line cut by a read waits for its end. */
export class CallLogReader {
  private offset = 0;
  /** Keeps a character cut by a read for the next. */
  private readonly decoder = new StringDecoder('utf8');
  private partial = '';
  /** One buffer for every read of this log. */
  private readonly buffer = Buffer.alloc(MAX_READ_BYTES);
  private count: CallCount = { calls: 0, tool: '' };

  constructor(private readonly file: string) {}

  /** The calls so far when more began since the last read, else null. */
  async read(): Promise<CallCount | null> {
    const handle = await open(this.file, 'r').catch(() => null);
    if (!handle) return null;
    try {
      const { bytesRead } = await handle.read(this.buffer, 0, MAX_READ_BYTES, this.offset);
      this.offset += bytesRead;
      return this.take(this.decoder.write(this.buffer.subarray(0, bytesRead)));
    } finally {
      await handle.close();
    }
  }

  private take(text: string): CallCount | null {
    const lines = (this.partial + text).split('\n');
    this.partial = lines.pop() ?? '';
    const before = this.count.calls;
    for (const line of lines) {
      const begun = CallBeginSchema.safeParse(parseJsonOrUndefined(line));
      if (begun.success) this.count = { calls: this.count.calls + 1, tool: begun.data.tool };
    }
    return this.count.calls === before ? null : this.count;
  }
}

/** Tells `listener` the calls so far, at most once an interval and only when more began, until stopped. */
export function watchCallLog(file: string, listener: (count: CallCount) => void, intervalMs = POLL_MS): { stop: () => Promise<void> } {
  const reader = new CallLogReader(file);
  let reading: Promise<void> = Promise.resolve();
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
    },
  };
}
