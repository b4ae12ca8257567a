/**
 * Where a self-hosted GitHub Actions runner keeps its own files (`.credentials`, `.runner`, the worker's
 * binaries): its root folder, which lies outside $HOME when the runner is installed in, say, /opt/actions-runner.
 */
import { readFileSync, readlinkSync } from 'node:fs';
import path from 'node:path';

/** The process that runs a job's steps; its binary sits in `<runner root>/bin/`. */
const WORKER_NAME = 'Runner.Worker';

/** How far up the process tree the worker is looked for. */
const MAX_ANCESTORS = 32;

/** The runner's root folders: `RUNNER_ROOT` when set, and the root of the `Runner.Worker` process this one descends from. */
export function runnerFolders(env: NodeJS.ProcessEnv, pid = process.pid): string[] {
  const worker = workerBinary(pid);
  const folders = [env.RUNNER_ROOT, worker ? path.dirname(path.dirname(worker)) : undefined];
  return [...new Set(folders.filter((folder): folder is string => Boolean(folder)))];
}

/** The binary of the nearest `Runner.Worker` among `pid` and its ancestors, or null. */
function workerBinary(pid: number): string | null {
  for (let current = pid, step = 0; current > 1 && step < MAX_ANCESTORS; step++) {
    const stat = readProc(current, 'stat');
    if (!stat) return null;
    // `pid (comm) state ppid ...`: the name may hold spaces and parentheses, so it ends at the last ')'.
    const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    if (name === WORKER_NAME) return executable(current);
    current = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  }
  return null;
}

function executable(pid: number): string | null {
  try {
    return readlinkSync(`/proc/${pid}/exe`);
  } catch {
    return null;
  }
}

function readProc(pid: number, file: string): string | null {
  try {
    return readFileSync(`/proc/${pid}/${file}`, 'utf8');
  } catch {
    return null;
  }
}
