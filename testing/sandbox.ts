import { errorMessage } from '../src/engine/errors.js';
import { probeSandbox } from '../src/engine/sandbox.js';
import { ensurePackages, SANDBOX_REQUIREMENTS } from '../src/system-packages.js';

/**
 * Makes the bubblewrap sandbox ready on this machine: installs bubblewrap and python3-seccomp where they are missing and the user is
 * root or has passwordless sudo with apt-get, printing what it installs. Returns why no sandbox can start here,
 * with what fixes it, or null when one starts.
 */
export async function sandboxProblem(log: (line: string) => void): Promise<string | null> {
  if (process.platform !== 'linux') return `the sandbox needs Linux (bubblewrap); this is ${process.platform}`;
  const missing = await ensurePackages(SANDBOX_REQUIREMENTS, { env: process.env, log });
  if (missing.includes('bubblewrap')) return 'bubblewrap (bwrap) is not installed (install it: sudo apt-get install bubblewrap)';
  if (missing.length > 0) return `${missing.join(', ')} is not installed (install it: sudo apt-get install ${missing.join(' ')})`;
  try {
    await probeSandbox();
    return null;
  } catch (error) {
    return errorMessage(error);
  }
}
