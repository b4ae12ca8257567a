/**
 * What the program may use in the sandbox, enforced by the kernel: processes (`RLIMIT_NPROC`, which the
 * launcher sets and the kernel counts per user namespace, so per sandbox), the size of /tmp and /dev/shm (tmpfs
 * `--size`) and each process's memory (`RLIMIT_DATA`).
 */
import type { SandboxLimit, SandboxLimits } from '../types.js';
import { bubblewrapSupports } from './bubblewrap.js';

export interface ProgramLimits {
  /** Processes and threads at once. */
  processes: number;
  /** Bytes of /tmp, and as many of /dev/shm. */
  tmpBytes: number;
  /** Bytes of data (heap and private mappings) of each process. */
  memoryBytes: number;
}

/** The limits as the configuration states them (`max_processes`, `tmp_size`, `max_memory`, already parsed). */
export interface LimitSettings {
  max_processes: number;
  tmp_size: number;
  max_memory: number;
}

export function programLimits(config: LimitSettings): ProgramLimits {
  return { processes: config.max_processes, tmpBytes: config.tmp_size, memoryBytes: config.max_memory };
}

const UNITS: Record<string, number> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4 };

/** Bytes from a number of bytes or a size such as `512M`, `2G`, `1.5GiB` (powers of 1024), or null when it is neither. */
export function parseByteSize(value: number | string): number | null {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value > 0 ? value : null;
  const match = /^\s*(?<amount>\d+(?:\.\d+)?)\s*(?<unit>[kmgt]?)(?:i?b)?\s*$/i.exec(value);
  const unit = UNITS[match?.groups?.unit?.toLowerCase() ?? ''];
  if (!match?.groups?.amount || unit === undefined) return null;
  const bytes = Math.floor(Number(match.groups.amount) * unit);
  return Number.isSafeInteger(bytes) && bytes > 0 ? bytes : null;
}

/** bubblewrap's tmpfs options that give the mount after them at most `bytes`; none where bubblewrap has no `--size`. */
export function tmpfsSize(bytes: number): string[] {
  return bubblewrapSupports('--size') ? ['--size', String(bytes)] : [];
}

/** Each limit with whether the kernel enforces it here and how, or why not. */
export function limitsInForce(limits: ProgramLimits, uid = process.getuid?.()): SandboxLimits {
  return {
    processes:
      uid === 0
        ? notEnforced(limits.processes, 'the sandbox runs as root, whom RLIMIT_NPROC does not bind, and uses no cgroup v2 pids controller')
        : enforced(limits.processes, 'RLIMIT_NPROC, counted per sandbox'),
    tmp_size: bubblewrapSupports('--size')
      ? enforced(limits.tmpBytes, 'tmpfs size of /tmp and of /dev/shm')
      : notEnforced(limits.tmpBytes, 'this bubblewrap has no --size'),
    memory: enforced(limits.memoryBytes, 'RLIMIT_DATA, per process'),
  };
}

const enforced = (limit: number, how: string): SandboxLimit => ({ limit, enforced: true, how });
const notEnforced = (limit: number, why: string): SandboxLimit => ({ limit, enforced: false, how: why });
