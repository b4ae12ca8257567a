/**
 * What the tool host left of a program's run (docs/tool-host.md): its report, or, when it wrote none that can be
 * read (it was killed at the timeout, a tool ended it, the report is broken or over its limit), the calls of its
 * call log, so that the calls made before the end are never lost.
 */
import { readFile, stat } from 'node:fs/promises';

import { z } from 'zod';

import { parseJsonOrUndefined } from '../format.js';
import { callLogPath, type HostReport, HostReportSchema } from './host.js';
import type { TraceEntry } from './types.js';

/** The largest report the engine reads: the program's output (one message, 64 MiB) and the trace (32 MiB), with room. */
export const MAX_REPORT_BYTES = 128 * 1024 * 1024;

export interface HostRecord {
  /** The host's report; rebuilt from the call log (without a result) when the host wrote none that can be read. */
  report: HostReport | null;
  /** Why the host's report cannot be read, or null when it was read or the host wrote none. */
  unreadable: string | null;
  /** The report holds only the calls of the call log. */
  rebuilt: boolean;
}

const CallBeginSchema = z.object({ call: z.number().int().nonnegative(), tool: z.string(), start_ms: z.number(), args: z.string() });
const CallEndSchema = z.object({
  call: z.number().int().nonnegative(),
  ok: z.boolean(),
  duration_ms: z.number(),
  replayed: z.boolean(),
  result: z.string().optional(),
  error: z.string().optional(),
});

const UNFINISHED = 'the call had not finished when the tool host ended';

export async function readHostRecord(reportPath: string): Promise<HostRecord> {
  const read = await readReport(reportPath);
  if ('report' in read) return { report: read.report, unreadable: null, rebuilt: false };
  const trace = await readFile(callLogPath(reportPath), 'utf8').then(traceFromCallLog, () => null);
  const report: HostReport | null = trace && { trace, replayed: 0, result: null, stopped: null };
  return { report, unreadable: read.unreadable, rebuilt: report !== null };
}

async function readReport(reportPath: string): Promise<{ report: HostReport } | { unreadable: string | null }> {
  const size = await stat(reportPath).then(
    (found) => found.size,
    () => null,
  );
  if (size === null) return { unreadable: null };
  if (size > MAX_REPORT_BYTES) return { unreadable: `it is ${size} bytes, over the limit of ${MAX_REPORT_BYTES} bytes` };
  const parsed = HostReportSchema.safeParse(parseJsonOrUndefined(await readFile(reportPath, 'utf8')));
  if (!parsed.success) return { unreadable: 'it is not a report of the tool host' };
  return { report: parsed.data };
}

/** The trace the call log records: a row per call begun, failed with UNFINISHED when its end is not recorded. */
export function traceFromCallLog(text: string): TraceEntry[] {
  const rows = new Map<number, TraceEntry>();
  for (const line of text.split('\n')) {
    const value = parseJsonOrUndefined(line);
    const begin = CallBeginSchema.safeParse(value);
    if (begin.success) {
      const { call, tool, start_ms, args } = begin.data;
      rows.set(call, { tool, args, ok: false, error: UNFINISHED, start_ms, duration_ms: 0, replayed: false });
      continue;
    }
    const end = CallEndSchema.safeParse(value);
    const row = end.success ? rows.get(end.data.call) : undefined;
    if (!end.success || !row) continue;
    const { ok, duration_ms, replayed, result, error } = end.data;
    const { tool, args, start_ms } = row;
    rows.set(end.data.call, { tool, args, ok, start_ms, duration_ms, replayed, ...(ok ? { result } : { error: error ?? null }) });
  }
  return [...rows.values()];
}
