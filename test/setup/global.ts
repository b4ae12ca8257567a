import { ensureNode24 } from '../../testing/node24.js';
import { sandboxProblem } from '../../testing/sandbox.js';

export default async function setup(): Promise<void> {
  // Tests start generated programs under bubblewrap: without it, stop before any test with one line that says why.
  const problem = await sandboxProblem((line) => console.log(line));
  if (problem !== null) {
    console.error(`The tests run programs in the sandbox: ${problem}`);
    process.exit(1);
  }
  await ensureNode24();
}
