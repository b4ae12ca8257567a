import { afterEach, describe, expect, it } from 'vitest';

import { readInputs } from '../../src/action/inputs.js';
import { parseCommandLine } from '../../src/cli/args.js';
import { renderResult } from '../../src/cli/render.js';
import { parseConfig } from '../../src/engine/config.js';
import { runUsage } from '../../src/engine/run/usage.js';
import { limitsInForce, parseByteSize, programLimits } from '../../src/engine/sandbox/limits.js';
import type { CodeModeResult } from '../../src/engine/types.js';
import { unenforcedLimits } from '../../src/format.js';
import { recordWorkflowCommands } from '../../testing/fakes/github.js';

const GiB = 1024 ** 3;

describe('the sandbox limits', () => {
  afterEach(() => {
    for (const name of Object.keys(process.env)) if (name.startsWith('INPUT_')) delete process.env[name];
  });

  it('reads sizes as bytes or with a unit in powers of 1024, and nothing else', () => {
    expect(parseByteSize(4096)).toBe(4096);
    expect(parseByteSize('4096')).toBe(4096);
    expect(parseByteSize('512M')).toBe(512 * 1024 ** 2);
    expect(parseByteSize('1G')).toBe(GiB);
    expect(parseByteSize('1.5 GiB')).toBe(1.5 * GiB);
    expect(parseByteSize('2gb')).toBe(2 * GiB);
    for (const invalid of ['', 'G', '-1G', '1X', '0', 'lots', 1.5, 0, -1]) expect(parseByteSize(invalid), String(invalid)).toBeNull();
  });

  it('defaults to 512 processes, 1 GiB of /tmp and 2 GiB of memory, which a configuration raises', () => {
    expect(programLimits(parseConfig({}))).toEqual({ processes: 512, tmpBytes: GiB, memoryBytes: 2 * GiB });
    expect(programLimits(parseConfig({ max_processes: 2048, tmp_size: '4G', max_memory: 8 * GiB }))).toEqual({
      processes: 2048,
      tmpBytes: 4 * GiB,
      memoryBytes: 8 * GiB,
    });
  });

  it('refuses a size it cannot read, in one line naming the setting', () => {
    expect(() => parseConfig({ tmp_size: 'big' })).toThrow(
      'Invalid config tmp_size: tmp_size must be a number of bytes or a size such as 512M or 2G',
    );
    expect(() => parseConfig({ max_memory: '2X' })).toThrow('Invalid config max_memory: max_memory must be a number of bytes');
    expect(() => parseConfig({ max_processes: 0 })).toThrow('Invalid config max_processes');
  });

  it('takes the limits from the command line and the action inputs', () => {
    const command = parseCommandLine([
      'run',
      '--tools',
      't.py',
      '--task',
      'x',
      '--max-processes',
      '64',
      '--tmp-size',
      '256M',
      '--max-memory',
      '4G',
    ]);
    expect(command?.config).toMatchObject({ max_processes: 64, tmp_size: 256 * 1024 ** 2, max_memory: 4 * GiB });
    expect(() => parseCommandLine(['run', '--tools', 't.py', '--task', 'x', '--tmp-size', 'huge'])).toThrow(
      "Invalid --tmp-size 'huge': expected a number of bytes or a size such as 512M or 2G",
    );
    for (const [name, value] of Object.entries({
      tools: 't.py',
      anthropic_api_key: 'k',
      max_processes: '64',
      tmp_size: '256M',
      max_memory: '4G',
    }))
      process.env[`INPUT_${name.toUpperCase()}`] = value;
    const recorder = recordWorkflowCommands();
    try {
      expect(readInputs()).toMatchObject({ max_processes: 64, tmp_size: '256M', max_memory: '4G' });
      process.env.INPUT_MAX_MEMORY = 'a lot';
      expect(() => readInputs()).toThrow('max_memory');
    } finally {
      recorder.stop();
    }
  });

  it('says which limits the kernel enforced: not the processes of a root sandbox', () => {
    const limits = programLimits(parseConfig({}));
    const asUser = limitsInForce(limits, 1000);
    expect(asUser.processes).toEqual({ limit: 512, enforced: true, how: 'RLIMIT_NPROC, counted per sandbox' });
    expect(asUser.memory).toEqual({ limit: 2 * GiB, enforced: true, how: 'RLIMIT_DATA, per process' });
    expect(asUser.tmp_size).toMatchObject({ limit: GiB, enforced: true });
    const asRoot = limitsInForce(limits, 0);
    expect(asRoot.processes).toMatchObject({ limit: 512, enforced: false });
    expect(asRoot.processes.how).toMatch(/root.*cgroup v2/);

    const result = { limits: asRoot, sandboxed: true } as CodeModeResult;
    expect(unenforcedLimits(result)).toBe(`⚠ Not enforced here: max_processes (${asRoot.processes.how}).`);
    expect(unenforcedLimits({ ...result, limits: asUser })).toBeNull();
    expect(unenforcedLimits({ ...result, limits: undefined })).toBeNull();
    expect(
      renderResult({
        ...result,
        success: true,
        output: 1,
        trace: [],
        attempts: [],
        cost_usd: 0,
        usage: runUsage([]),
        timings: { total_ms: 0 },
      } as unknown as CodeModeResult),
    ).toContain('⚠ Not enforced here: max_processes');
  });
});
