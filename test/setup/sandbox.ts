import { errorMessage } from '../../src/engine/errors.js';
import { probeSandbox } from '../../src/engine/sandbox.js';
import { ensureCommand } from '../../src/system-packages.js';

/**
 * Makes the bubblewrap sandbox ready on this machine: installs bubblewrap where it is missing and the user is
 * root or has passwordless sudo with apt-get, printing what it installs. Returns why no sandbox can start here,
 * with what fixes it, or null when one starts.
 */
export async function sandboxProblem(log: (line: string) => void): Promise<string | null> {
  if (!(await ensureCommand('bwrap', 'bubblewrap', { env: process.env, log }))) {
    return process.platform === 'linux'
      ? 'bubblewrap (bwrap) is not installed (install it: sudo apt-get install bubblewrap)'
      : `the sandbox needs Linux (bubblewrap); this is ${process.platform}`;
  }
  try {
    await probeSandbox();
    return null;
  } catch (error) {
    return errorMessage(error);
  }
}
