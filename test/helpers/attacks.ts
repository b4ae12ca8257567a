/** Pieces of the hostile programs the security tests run, and how they look for what an attack left behind. */
import { readdir, readlink } from 'node:fs/promises';

import { execa } from 'execa';

/** Python defining `seen` and `attempt(name, action)`, which records an action's value or the error that refused it. */
export function attemptHelper(indent = ''): string {
  return [
    'seen = {}',
    'def attempt(name, action):',
    '    try:',
    '        seen[name] = action()',
    '    except Exception as error:',
    '        seen[name] = "refused: " + type(error).__name__',
  ]
    .map((line) => `${indent}${line}\n`)
    .join('');
}

/** JavaScript (what a TypeScript runner becomes) defining `seen` and `attempt(name, action)`, as `attemptHelper` does for Python. */
export function attemptHelperJs(): string {
  return [
    'const seen = {};',
    'const attempt = (name, action) => {',
    '  try {',
    '    seen[name] = action();',
    '  } catch (error) {',
    '    seen[name] = `refused: ${error.code ?? error.name}`;',
    '  }',
    '};',
  ]
    .map((line) => `${line}\n`)
    .join('');
}

/** Python starting a plain background `sleep <marker>` and a double-forked, setsid daemon running the same, and waiting until both run. */
export function daemonsSource(marker: string, indent = ''): string {
  return [
    'import os, subprocess',
    `subprocess.Popen(["sleep", "${marker}"])`,
    'if os.fork() == 0:',
    '    os.setsid()',
    '    if os.fork() == 0:',
    `        os.execvp("sleep", ["sleep", "${marker}"])`,
    '    os._exit(0)',
    // Both are running `sleep <marker>` before the program goes on, so a search afterwards cannot miss one still starting.
    'import time',
    'def _sleepers():',
    '    found = 0',
    '    for pid in filter(str.isdigit, os.listdir("/proc")):',
    '        try:',
    `            found += "${marker}" in open(f"/proc/{pid}/cmdline").read()`,
    '        except OSError:',
    '            pass',
    '    return found',
    '_deadline = time.time() + 5',
    'while _sleepers() < 2 and time.time() < _deadline:',
    '    time.sleep(0.02)',
  ]
    .map((line) => `${indent}${line}\n`)
    .join('');
}

/** Every process on the machine whose command line contains `text`. */
export async function processesMentioning(text: string): Promise<string[]> {
  const { stdout } = await execa('ps', ['-eo', 'pid=,args=']);
  return stdout.split('\n').filter((line) => line.includes(text) && !line.includes('ps -eo'));
}

/** The pids of the processes on the machine whose working directory is `dir` (or a folder in it). */
export async function processesWorkingIn(dir: string): Promise<number[]> {
  const pids = (await readdir('/proc')).filter((name) => /^\d+$/.test(name));
  const cwds = await Promise.all(pids.map((pid) => readlink(`/proc/${pid}/cwd`).catch(() => null)));
  return pids.filter((_, n) => cwds[n] === dir || cwds[n]?.startsWith(`${dir}/`)).map(Number);
}
