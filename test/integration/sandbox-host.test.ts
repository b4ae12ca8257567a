import { mkdirSync, mkdtempSync, realpathSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { execa } from 'execa';
import { describe, expect, it } from 'vitest';

import { codemode } from '../../src/engine/codemode.js';
import type { CodeModeResult } from '../../src/engine/types.js';
import { replaceMain } from '../../testing/fakes/anthropic.js';
import { REPO_ROOT } from '../helpers/engine.js';

const CANARY = 'canary-7b2e91d0-not-for-the-host';

/** What a process reads through its own descriptors: each target, and the text of those that are files. */
const readDescriptors = (name: string) => `import os
def ${name}() -> dict:
    """Each open descriptor's target, and the text of those that are files."""
    seen = {}
    for fd in os.listdir("/proc/self/fd"):
        link = f"/proc/self/fd/{fd}"
        try:
            seen[fd] = open(link).read() if os.path.isfile(link) else os.readlink(link)
        except OSError as error:
            seen[fd] = type(error).__name__
    return seen
`;

const TOOLS = `import json, subprocess

def child_descriptors() -> str:
    """What a process the tool starts reads through the descriptors it inherits."""
    source = ${JSON.stringify(readDescriptors('read'))} + "import json; print(json.dumps(read()))"
    return subprocess.run(["python3", "-c", source], capture_output=True, text=True, close_fds=False).stdout
`;

const MAIN = `${readDescriptors('program_descriptors')}
def main(params: str = "Read the descriptors") -> object:
    """What the tools' children and the program read through their descriptors."""
    return {"tool": child_descriptors(), "program": program_descriptors()}
`;

/** Opens the hidden file, inheritable, and starts the CLI from this process, as a caller holding the file open would. */
const CALLER =
  'import os, subprocess, sys; os.dup2(os.open(sys.argv[1], os.O_RDONLY), 40); sys.exit(subprocess.run(sys.argv[2:], close_fds=False).returncode)';

describe('the tool host', () => {
  it("starts with only stdio and the channel: a file its caller holds open reaches neither the tools' processes nor the program", async () => {
    const root = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'codemode-host-fds-')));
    const repo = path.join(root, 'repo');
    const home = path.join(root, 'home');
    mkdirSync(path.join(repo, '.codemode'), { recursive: true });
    mkdirSync(home);
    const secret = path.join(home, '.git-credentials');
    writeFileSync(secret, `https://x-access-token:${CANARY}@github.com\n`);
    writeFileSync(path.join(repo, 'tools.py'), TOOLS);
    const generated = await codemode({ tools: 'tools.py', task: 'Read the descriptors', dryRun: true, config: { repo_root: repo } });
    writeFileSync(path.join(repo, '.codemode', 'fds.py'), replaceMain(MAIN)(generated.code));

    const cli = [path.join(REPO_ROOT, 'node_modules', '.bin', 'tsx'), path.join(REPO_ROOT, 'src', 'cli.ts')];
    const run = await execa(
      'python3',
      ['-c', CALLER, secret, ...cli, 'run', '--tools', 'tools.py', '--program', '.codemode/fds.py', '--check', 'off', '--json'],
      { cwd: repo, env: { ...process.env, HOME: home }, reject: false },
    );
    const result = JSON.parse(run.stdout || 'null') as CodeModeResult | null;
    expect(result?.error, run.stderr).toBeNull();
    const output = result?.output as { tool: string; program: Record<string, string> };
    expect(Object.keys(JSON.parse(output.tool) as object).length).toBeGreaterThan(0);
    expect(JSON.stringify(output)).not.toContain(CANARY);
    expect(JSON.stringify(output)).not.toContain('.git-credentials');
    expect(result?.limits?.memory).toEqual({ limit: 2 * 1024 ** 3, enforced: true, how: 'RLIMIT_DATA, per process' });
    expect(result?.limits?.processes.enforced).toBe(process.getuid?.() !== 0);
  });
});
