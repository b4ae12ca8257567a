import { z } from 'zod';

/*
 * The HTML comments the action hides in what it writes: every comment starts with the report marker, so its
 * own comments never trigger it; the trigger marker finds the comment of an earlier try of the same trigger;
 * a report's program record names exactly the program an approval or a save takes.
 */

/** Hidden in every comment this action writes, so its own comments never trigger it. */
export const REPORT_MARKER = '<!-- codemode-action:report -->';

export function triggerMarker(triggerKey: string): string {
  return `<!-- codemode-action:trigger=${triggerKey} -->`;
}

/** Whether a comment's body carries the report marker, anywhere: enough to leave a comment alone. */
export function hasReportMarker(body: string): boolean {
  return body.includes(REPORT_MARKER);
}

/**
 * A report's program: generated and not run, run by the run that wrote it, approved and run, paused before a call
 * that needs approval, or rejected there.
 */
const PROGRAM_STATES = ['generated', 'ran', 'approved', 'paused', 'rejected'] as const;
export type ProgramState = (typeof PROGRAM_STATES)[number];

/** What a report records of its program, hidden in it, so that an approval or a save takes exactly that program. */
const ProgramRecordSchema = z.object({
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  run: z.coerce.number().int().positive(),
  artifact: z.coerce.number().int().positive(),
  file: z.string().regex(/^[\w.-]+$/),
  state: z.enum(PROGRAM_STATES),
  /** The pending call of a paused run, counted from 1. */
  call: z.coerce.number().int().positive().optional(),
});
export type ProgramRecord = z.output<typeof ProgramRecordSchema>;

const TRIGGER_LINE = /^<!-- codemode-action:trigger=([\w-]+) -->$/;
const RECORD_LINE = /^<!-- codemode-action:program ((?:\w+=[\w.-]+ ?)+) -->$/;

function programMarker(record: ProgramRecord): string {
  const call = record.call === undefined ? '' : ` call=${record.call}`;
  const fields = `sha256=${record.sha256} run=${record.run} artifact=${record.artifact} file=${record.file} state=${record.state}${call}`;
  return `<!-- codemode-action:program ${fields} -->`;
}

/**
 * The markers every comment of the action starts with: the report marker, then the trigger's when it has one,
 * then the record of the program a report shows when it shows one.
 */
export function commentMarkers(triggerKey: string | null, program: ProgramRecord | null = null): string {
  const markers = [REPORT_MARKER, triggerKey ? triggerMarker(triggerKey) : null, program ? programMarker(program) : null];
  return markers.filter((marker) => marker !== null).join('\n');
}

function parseProgramRecord(fields: string): ProgramRecord | null {
  const parsed = ProgramRecordSchema.safeParse(
    Object.fromEntries(
      fields
        .trim()
        .split(' ')
        .map((field) => field.split('=')),
    ),
  );
  return parsed.success ? parsed.data : null;
}

/** The body of a comment the action wrote with its program record in `state`, or null when it carries no record. */
export function withProgramState(body: string, state: ProgramState): string | null {
  const markers = readCommentMarkers(body);
  if (!markers?.program) return null;
  const lines = body.split('\n');
  lines[markers.triggerKey === null ? 1 : 2] = programMarker({ ...markers.program, state });
  return lines.join('\n');
}

export interface CommentMarkers {
  triggerKey: string | null;
  program: ProgramRecord | null;
}

/**
 * The markers of a comment the action wrote, read only where `commentMarkers` puts them: the lines a body starts
 * with, the report marker first. Null for any other body; a marker anywhere else (e.g. in quoted text) is text.
 */
export function readCommentMarkers(body: string): CommentMarkers | null {
  const lines = body.split('\n');
  if (lines[0] !== REPORT_MARKER) return null;
  const triggerKey = TRIGGER_LINE.exec(lines[1] ?? '')?.[1] ?? null;
  const fields = RECORD_LINE.exec(lines[triggerKey === null ? 1 : 2] ?? '')?.[1];
  return { triggerKey, program: fields ? parseProgramRecord(fields) : null };
}
