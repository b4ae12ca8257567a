import { spawnSync } from 'node:child_process';

let help: string | undefined;

/** Whether the installed bubblewrap has `option` (e.g. `--size`, `--disable-userns`), read once from its help. */
export function bubblewrapSupports(option: string): boolean {
  if (help === undefined) {
    const run = spawnSync('bwrap', ['--help'], { encoding: 'utf8' });
    help = run.error ? '' : run.stdout;
  }
  return new RegExp(`^\\s*${option}\\b`, 'm').test(help);
}
