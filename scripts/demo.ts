// The weather example end to end: `npm run demo`.
// With ANTHROPIC_API_KEY or CLAUDE_CODE_OAUTH_TOKEN set it uses the real model; without one it runs the same
// pipeline (real Claude Code binary, verification, python3) against the scripted model the tests use.
// Without bubblewrap it installs it where the user may (root, or passwordless sudo with apt-get); where no sandbox can
// start it runs with sandbox: off and says so first.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { execa } from 'execa';

import { repositoryClaudePath } from '../test/helpers/claude.js';
import { editRunnerScript, replaceMain, startFakeAnthropic } from '../testing/fakes/anthropic.js';
import { PYTHON_MAINS } from '../testing/mains/python.js';
import { sandboxProblem } from '../testing/sandbox.js';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const task = 'Compare weather between San Francisco and New York';
const live = Boolean(process.env.ANTHROPIC_API_KEY || process.env.CLAUDE_CODE_OAUTH_TOKEN);
const claude = repositoryClaudePath(root);

const noSandbox = await sandboxProblem((line) => console.log(line));
if (noSandbox !== null)
  console.log(`SANDBOX OFF: the program runs unsandboxed, with your files, network and processes in reach. Why: ${noSandbox}`);
const fake = live ? null : await startFakeAnthropic(editRunnerScript([replaceMain(PYTHON_MAINS.weather)]));
console.log(
  live
    ? 'Using the real model (credentials found in the environment).'
    : 'No ANTHROPIC_API_KEY or CLAUDE_CODE_OAUTH_TOKEN set: using the SCRIPTED model the tests use (a local fake of the\n' +
        'Anthropic API that writes a prepared main()). Claude Code, the verification and python3 are real.\n',
);
const env = fake ? { ...process.env, ANTHROPIC_BASE_URL: fake.url, ANTHROPIC_API_KEY: 'scripted-model' } : process.env;
try {
  const run = await execa(
    process.execPath,
    [
      path.join(root, 'dist', 'cli.js'),
      'run',
      '--tools',
      'examples/weather/tools.py',
      '--task',
      task,
      '--claude-code-path',
      claude,
      '--verbose',
      ...(noSandbox === null ? [] : ['--sandbox', 'off']),
    ],
    { cwd: root, env, stdio: 'inherit', reject: false },
  );
  process.exitCode = run.exitCode ?? 1;
} finally {
  await fake?.close();
}
