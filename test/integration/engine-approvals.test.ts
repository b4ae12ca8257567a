import { copyFile, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import { beforeEach, describe, expect, it } from 'vitest';

import type { ResumeRequest } from '../../src/engine/approvals.js';
import { codemode } from '../../src/engine/codemode.js';
import { replaceMain } from '../../testing/fakes/anthropic.js';
import { REPO_ROOT } from '../helpers/engine.js';

const PROGRAM = '.codemode/prune.py';
const PRUNE = `def main(params: str = "") -> object:
    stale = [branch["name"] for branch in list_branches() if branch["last_commit"] < "2024-01-01"]
    return [delete_branch(name) for name in stale]
`;

let repo: string;

/** A repository with the branch tools and, saved beside them, a program that prunes the stale branches. */
beforeEach(async () => {
  repo = await mkdtemp(path.join(os.tmpdir(), 'codemode-approvals-'));
  await copyFile(path.join(REPO_ROOT, 'examples/branches/tools.py'), path.join(repo, 'tools.py'));
  const generated = await codemode({ tools: 'tools.py', task: 'Prune', dryRun: true, config: { repo_root: repo } });
  await mkdir(path.join(repo, '.codemode'));
  await writeFile(path.join(repo, PROGRAM), replaceMain(PRUNE)(generated.code));
});

function run(resume?: ResumeRequest) {
  return codemode({ tools: 'tools.py', program: PROGRAM, resume, config: { repo_root: repo } });
}

const toolCalls = async () => (JSON.parse(await readFile(path.join(repo, '.branches.json'), 'utf8')) as { calls: string[] }).calls;

describe('a run that resumes from its call journal', () => {
  it('never replays a call that has no outcome in the journal, nor makes it again', async () => {
    const paused = await run();
    expect(paused.pending_call).toMatchObject({ call: 2, tool: 'delete_branch' });
    const journal = path.join(repo, 'journal.jsonl');
    const lines = (await readFile(paused.files.journal!, 'utf8')).split('\n');
    // Call 1 began, and the run ended before its outcome was written.
    await writeFile(journal, lines.filter((line) => !line.startsWith('{"call":1,"value"')).join('\n'));

    const resumed = await run({ journal, call: 2 });
    expect(resumed.success).toBe(false);
    expect(resumed.error).toBe(
      'The tool host stopped the program: call 1, list_branches(), has no outcome in the journal (it was in flight when that run ended): it is neither replayed nor made again',
    );
    expect(await toolCalls()).toEqual(['list_branches']);
  });

  it('fails before any call when the tools module declares CODEMODE_APPROVE as anything but a list of names', async () => {
    const tools = path.join(repo, 'tools.py');
    await writeFile(
      tools,
      (await readFile(tools, 'utf8')).replace('CODEMODE_APPROVE = ["delete_branch"]', 'CODEMODE_APPROVE = "delete_branch"'),
    );
    const result = await run();
    expect(result.success).toBe(false);
    expect(result.error).toBe('main() raised TypeError: CODEMODE_APPROVE must be a list of tool names');
    expect(result.trace).toEqual([]);
  });
});
