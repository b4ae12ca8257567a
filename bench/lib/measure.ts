/** Timing of whole processes and the statistics every figure is reported with. */
import { spawn } from 'node:child_process';

import { execa, type Options } from 'execa';

export interface Summary {
  median: number;
  min: number;
  max: number;
  runs: number;
}

export function summarize(values: number[]): Summary {
  if (values.length === 0) throw new Error('no values to summarize');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return { median, min: sorted[0]!, max: sorted.at(-1)!, runs: sorted.length };
}

/** Runs `work` `runs` times, one after the other, and returns each run's value. */
export async function repeat<T>(runs: number, work: (run: number) => Promise<T>): Promise<T[]> {
  const values: T[] = [];
  for (let run = 0; run < runs; run += 1) values.push(await work(run));
  return values;
}

/** Wall milliseconds of one process from spawn to exit; fails when it exits non-zero. */
export async function processMs(file: string, args: string[], options: Options = {}): Promise<number> {
  const started = performance.now();
  await execa(file, args, { stdin: 'ignore', ...options });
  return performance.now() - started;
}

/** Milliseconds from spawn to the first complete line on stdout; the process is left to finish. */
export function firstLineMs(file: string, args: string[], env: Record<string, string>, cwd: string): Promise<{ ms: number; line: string }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(file, args, { cwd, env, stdio: ['ignore', 'pipe', 'ignore'] });
    let buffered = '';
    let answered = false;
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      const newline = buffered.indexOf('\n');
      if (newline >= 0 && !answered) {
        answered = true;
        resolve({ ms: performance.now() - started, line: buffered.slice(0, newline) });
      }
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (!answered) reject(new Error(`${file} exited with ${code ?? 'a signal'} before printing a line`));
    });
  });
}
