import { createHash } from 'node:crypto';
import { mkdtemp, truncate, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { journalHeader, MAX_RESUME_JOURNAL_BYTES, readResume } from '../../src/engine/approvals.js';

const PROGRAM = 'def main():\n    return delete_branch("old")\n';
const hash = (text: string) => createHash('sha256').update(text).digest('hex');
const CALLS = [
  { call: 1, tool: 'list_branches', args: [], kwargs: {} },
  { call: 1, value: ['old'] },
  { call: 2, tool: 'delete_branch', args: [], kwargs: { name: 'old' } },
  { call: 2, pending: true },
];

/** A journal file: the header for `program` (or the given first line), then the lines. */
async function journal(lines: unknown[], header = journalHeader(hash(PROGRAM), ['drop_*'])): Promise<string> {
  const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'codemode-journal-')), 'call-journal.jsonl');
  await writeFile(file, `${header}${lines.map((line) => JSON.stringify(line)).join('\n')}\n`);
  return file;
}

describe('the journal a paused run resumes from', () => {
  it('gives the calls to replay, the pending call, and the tools approved for every call, with all adding its tool', async () => {
    const file = await journal(CALLS);
    const resume = await readResume({ journal: file, call: 2 }, PROGRAM);
    expect(resume.call).toBe(2);
    expect(resume.approvedTools).toEqual(['drop_*']);
    expect(
      resume.text
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as unknown),
    ).toEqual(CALLS);
    expect((await readResume({ journal: file, call: 2, all: true }, PROGRAM)).approvedTools).toEqual(['drop_*', 'delete_branch']);
  });

  it.each([
    ['is missing', () => Promise.resolve('/nonexistent/call-journal.jsonl'), 'The journal /nonexistent/call-journal.jsonl cannot be read'],
    ['has no header', async () => journal(CALLS, '{"call":1}\n'), 'The journal FILE is not a call journal of Code Mode'],
    [
      'belongs to another program',
      async () => journal(CALLS, journalHeader(hash('other'), [])),
      `The journal FILE belongs to another program (SHA-256 ${hash('other').slice(0, 12)}), not to this one (${hash(PROGRAM).slice(0, 12)})`,
    ],
    ['has a line that is not a call', async () => journal([...CALLS, { op: 'call' }]), 'The journal FILE has a line that is not a call'],
    [
      'is incomplete',
      async () => journal([...CALLS.slice(0, 2), { incomplete: true }]),
      'The journal FILE is incomplete (it passed its size limit): the run cannot be resumed',
    ],
    ['has no pending call', async () => journal(CALLS.slice(0, 2)), 'The journal FILE has no pending call: its run did not pause'],
  ])('is refused in one line when it %s', async (_, make, message) => {
    const file = await make();
    await expect(readResume({ journal: file, call: 2 }, PROGRAM)).rejects.toThrow(message.replace('FILE', file));
  });

  it('is refused when the call approved is not its pending call', async () => {
    const file = await journal(CALLS);
    await expect(readResume({ journal: file, call: 1 }, PROGRAM)).rejects.toThrow(`Call 1 is not the pending call of ${file}: call 2 is`);
  });

  it('is refused past its size limit before it is read', async () => {
    const file = await journal(CALLS);
    await truncate(file, MAX_RESUME_JOURNAL_BYTES + 1);
    await expect(readResume({ journal: file, call: 2 }, PROGRAM)).rejects.toThrow(
      /^The journal .* is \d+ bytes, over the limit of 269484032 bytes$/,
    );
  });
});
