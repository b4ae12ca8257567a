import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { describe, expect } from 'vitest';

import { editRunnerScript, replaceMain } from '../../testing/fakes/anthropic.js';
import { PERMISSIONS } from '../../testing/fakes/github.js';
import { implementMain } from '../../testing/mains/typescript.js';
import { issueComment } from './events.js';
import { artifactFiles, REPO_ROOT, type Stage, test } from './runner.js';

const TOOLS = 'examples/branches/tools.py';
const TASK = 'Delete the branches with no commit since 2024';
const COMMENTER = 'Codertocat';
const RECORD = /<!-- codemode-action:program sha256=([0-9a-f]{64}) run=(\d+) artifact=\d+ file=(\w+\.\w+) state=(\w+)(?: call=(\d+))? -->/;

/** Deletes every stale branch: one call of list_branches, then one of delete_branch (which needs approval) each. */
const PRUNE = `def main(params: str = "") -> object:
    stale = [branch["name"] for branch in list_branches() if branch["last_commit"] < "2024-01-01"]
    deleted = [delete_branch(name) for name in stale]
    return {"deleted": deleted, "left": [branch["name"] for branch in list_branches()]}
`;

/** Deletes the branch target.txt names: a program whose second call depends on a file, not on the journal. */
const TARGETED = `def main(params: str = "") -> object:
    import pathlib
    names = [branch["name"] for branch in list_branches()]
    target = pathlib.Path("target.txt").read_text().strip()
    return delete_branch(target) if target in names else None
`;

/** The calls the branch tools made, from the state file they keep in the checkout. */
async function toolCalls(stage: Stage): Promise<string[]> {
  const state = JSON.parse(await readFile(path.join(stage.workspace, '.branches.json'), 'utf8')) as { calls: string[] };
  return state.calls;
}

function comment(stage: Stage, body: string, id: number, runId: string, model?: string) {
  return stage.run({
    event: 'issue_comment',
    payload: issueComment(body, { id }),
    inputs: { tools: TOOLS },
    runId,
    ...(model ? { model: editRunnerScript([replaceMain(model)]) } : {}),
  });
}

/** The report of the program, and what its hidden record says. */
function report(stage: Stage) {
  const found = stage.github.comments.find((entry) => RECORD.test(entry.body))!;
  const [, sha256, run, , state, call] = RECORD.exec(found.body)!;
  return { id: found.id, body: found.body, hash: sha256!.slice(0, 12), run, state, call };
}

describe('calls that need approval, on the built action', () => {
  test('a marked call pauses the run; approve goes on with no model request and no call made twice; all approves the rest', async ({
    stage,
  }) => {
    stage.github.setPermission(COMMENTER, PERMISSIONS.write);
    const first = await comment(stage, `/codemode ${TASK}`, 1, '100', PRUNE);
    expect(first.messages('error')).toEqual([]);
    expect(first.exitCode).toBe(0);
    expect(first.outputs.success).toBe('false');
    const paused = report(stage);
    expect(paused).toMatchObject({ run: '100', state: 'paused', call: '2' });
    expect(paused.body).toContain('### ⏸️ Code Mode paused before call 2: it needs approval');
    expect(paused.body).toContain('**Pending call 2**: `delete_branch`, not made, with the arguments the program passed:');
    expect(paused.body).toContain('"name": "feature/login"');
    expect(paused.body).toMatch(
      /#### Code the model wrote\n\nLines \d+–\d+ of <code>agentRunner\.py<\/code>:\n\n```python\ndef main\(params: str = ""\) -> object:\n {4}stale = /,
    );
    expect(paused.body).toContain(
      `reply \`/codemode approve ${paused.hash}\` to make this call and go on, \`/codemode approve ${paused.hash} all\` to approve every call of \`delete_branch\` in this run, or \`/codemode reject ${paused.hash}\` to end the run here.`,
    );
    const journal = (await artifactFiles(first.artifacts[0]!))['call-journal.jsonl']!;
    expect(
      journal
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as unknown)
        .at(-1),
    ).toEqual({ call: 2, pending: true });
    expect(await toolCalls(stage)).toEqual(['list_branches']);

    const second = await comment(stage, `/codemode approve ${paused.hash}`, 2, '200');
    expect(second.messages('error')).toEqual([]);
    expect(second.modelRequests).toBe(0);
    const again = report(stage);
    expect(again).toMatchObject({ id: paused.id, hash: paused.hash, run: '200', state: 'paused', call: '3' });
    expect(again.body).toContain('"name": "fix/typo"');
    expect(again.body).toContain('| 1 ↩ | list_branches |');
    expect(await toolCalls(stage)).toEqual(['list_branches', 'delete_branch feature/login']);

    const third = await comment(stage, `/codemode approve ${paused.hash} all`, 3, '300');
    expect(third.messages('error')).toEqual([]);
    expect(third.modelRequests).toBe(0);
    expect(JSON.parse(third.outputs.result!)).toEqual({
      deleted: ['deleted feature/login', 'deleted fix/typo', 'deleted spike/cache'],
      left: ['release/1.0', 'main'],
    });
    const done = report(stage);
    expect(done).toMatchObject({ id: paused.id, run: '300', state: 'approved' });
    expect(done.body).toContain('### ✅ Code Mode ran the approved program, with no model request');
    expect(done.body).toContain('| 2 ↩ | delete_branch |');
    expect(await toolCalls(stage)).toEqual([
      'list_branches',
      'delete_branch feature/login',
      'delete_branch fix/typo',
      'delete_branch spike/cache',
      'list_branches',
    ]);
  });

  test('reject ends the paused run without the call, and no approval can go on with it', async ({ stage }) => {
    stage.github.setPermission(COMMENTER, PERMISSIONS.write);
    await comment(stage, `/codemode ${TASK}`, 1, '100', PRUNE);
    const paused = report(stage);

    const rejected = await comment(stage, `/codemode reject ${paused.hash}`, 2, '200');
    expect(rejected.exitCode).toBe(0);
    expect(rejected.modelRequests).toBe(0);
    expect(rejected.artifacts).toEqual([]);
    expect(report(stage)).toMatchObject({ id: paused.id, state: 'rejected', call: '2' });
    expect(stage.github.comments.at(-1)!.body).toMatch(
      new RegExp(`\\n🛑 @${COMMENTER} rejected call 2 of the program \`${paused.hash}\` \\(.+\\): it was not made, and the run ended\\.$`),
    );

    const late = await comment(stage, `/codemode approve ${paused.hash}`, 3, '300');
    expect(late.messages('error')).toEqual([
      `No program with SHA-256 ${paused.hash} to approve in #1: reply /codemode approve <hash> with the hash its report shows`,
    ]);
    expect(await toolCalls(stage)).toEqual(['list_branches']);
  });

  test('a program whose calls diverge from the journal stops at that call and makes no further call', async ({ stage }) => {
    stage.github.setPermission(COMMENTER, PERMISSIONS.write);
    await writeFile(path.join(stage.workspace, 'target.txt'), 'feature/login');
    await comment(stage, `/codemode ${TASK}`, 1, '100', TARGETED);
    const paused = report(stage);
    expect(paused.call).toBe('2');

    await writeFile(path.join(stage.workspace, 'target.txt'), 'fix/typo');
    const step = await comment(stage, `/codemode approve ${paused.hash}`, 2, '200');
    expect(step.modelRequests).toBe(0);
    expect(step.outputs.success).toBe('false');
    expect(step.outputs.error).toBe(
      'The tool host stopped the program: replay diverged at call 2: the program called delete_branch() where the journal has other arguments',
    );
    expect(await toolCalls(stage)).toEqual(['list_branches']);
  });

  test('an MCP tool annotated destructiveHint pauses the run unless approve_destructive_mcp is false', async ({ stage }) => {
    stage.github.setPermission(COMMENTER, PERMISSIONS.write);
    const server = { command: process.execPath, args: [path.join(REPO_ROOT, 'test', 'fixtures', 'mcp', 'stock-server.mjs')] };
    const body = [
      "  const before = await stock.count({ kind: 'bolt' });",
      "  const again = await stock.recount({ kind: 'bolt' });",
      "  const discarded = await stock.discard({ kind: 'bolt' });",
      '  return { before, again, discarded };',
    ].join('\n');
    const run = (id: number, extra: Record<string, string>) =>
      stage.run({
        event: 'issue_comment',
        payload: issueComment('/codemode Discard the bolts', { id }),
        inputs: { tools: '', mcp_config: JSON.stringify({ mcpServers: { stock: server } }), ...extra },
        model: editRunnerScript([(runner) => implementMain(runner, body)]),
      });

    const paused = await run(1, {});
    expect(paused.messages('error')).toEqual([]);
    expect(paused.outputs.success).toBe('false');
    expect(stage.github.comments.at(-1)!.body).toContain('### ⏸️ Code Mode paused before call 3: it needs approval');
    expect(stage.github.comments.at(-1)!.body).toContain('**Pending call 3**: `stock.discard`');

    const allowed = await run(2, { approve_destructive_mcp: 'false' });
    expect(allowed.outputs.success).toBe('true');
    expect(JSON.parse(allowed.outputs.result!)).toMatchObject({ discarded: 'discarded bolt' });
  });
});
