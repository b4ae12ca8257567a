import { describe, expect, it } from 'vitest';

import { commentMarkers, readCommentMarkers, REPORT_MARKER, withProgramState } from '../../src/action/markers.js';

const RECORD = { sha256: 'a'.repeat(64), run: 100, artifact: 7, file: 'agentRunner.py', state: 'generated' } as const;
const RECORD_LINE = `<!-- codemode-action:program sha256=${RECORD.sha256} run=100 artifact=7 file=agentRunner.py state=generated -->`;

describe('comment markers', () => {
  it('reads back what it writes, with or without a trigger and a program', () => {
    expect(readCommentMarkers(`${commentMarkers('comment-1', RECORD)}\nbody`)).toEqual({ triggerKey: 'comment-1', program: RECORD });
    expect(readCommentMarkers(`${commentMarkers(null, RECORD)}\nbody`)).toEqual({ triggerKey: null, program: RECORD });
    expect(readCommentMarkers(`${commentMarkers('run-9')}\nbody`)).toEqual({ triggerKey: 'run-9', program: null });
  });

  it('reads back the pending call of a paused run, and rewrites only the state of a record', () => {
    const paused = { ...RECORD, state: 'paused', call: 3 } as const;
    const body = `${commentMarkers('comment-1', paused)}\nbody`;
    expect(readCommentMarkers(body)).toEqual({ triggerKey: 'comment-1', program: paused });
    expect(withProgramState(body, 'rejected')).toBe(`${commentMarkers('comment-1', { ...paused, state: 'rejected' })}\nbody`);
    expect(withProgramState(`${REPORT_MARKER}\nbody`, 'rejected')).toBeNull();
  });

  it('reads a program record only at the head of a body that starts with the report marker', () => {
    expect(readCommentMarkers(`${RECORD_LINE}\n${REPORT_MARKER}`)).toBeNull();
    expect(readCommentMarkers(` ${REPORT_MARKER}\n${RECORD_LINE}`)).toBeNull();
    expect(readCommentMarkers(`${REPORT_MARKER}\nQuoted:\n${RECORD_LINE}`)).toEqual({ triggerKey: null, program: null });
    expect(readCommentMarkers(`${REPORT_MARKER}\n> ${RECORD_LINE}`)).toEqual({ triggerKey: null, program: null });
  });
});
