import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import { execa } from 'execa';

/** Uncompressed size in bytes of each entry of a zip archive, by name (from `zipinfo`). */
export async function unzipEntrySizes(zip: Buffer): Promise<Record<string, number>> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'codemode-bench-zip-'));
  try {
    const file = path.join(dir, 'artifact.zip');
    await writeFile(file, zip);
    const { stdout } = await execa('zipinfo', ['-l', file]);
    const sizes: Record<string, number> = {};
    for (const line of stdout.split('\n')) {
      const match = /^[-drwx]{10}\s+\S+\s+\S+\s+(\d+)\s+\S+\s+\d+\s+\S+\s+\S+\s+\S+\s+(.+)$/.exec(line);
      if (match) sizes[match[2]!] = Number(match[1]);
    }
    return sizes;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
