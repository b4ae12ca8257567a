// Ruff over the Python runtime (src/engine/python/runtime/*.py; the .pyi stub is not, as the WebAssembly build reads
// every file as a module): lints each file and checks that it is formatted;
// with --format it writes the formatting instead of checking it. Ruff runs as WebAssembly, from npm.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { type Diagnostic, PositionEncoding, Workspace } from '@astral-sh/ruff-wasm-nodejs';

const RUNTIME = 'src/engine/python/runtime';

const SETTINGS = {
  'line-length': 140,
  'target-version': 'py39',
  lint: {
    // pycodestyle, pyflakes, import order, bugbear, pyupgrade, simplify, Ruff's own, and bandit's eval rule.
    select: ['E', 'W', 'F', 'I', 'B', 'UP', 'SIM', 'RUF', 'S307'],
    // Imports after sys.path is set carry a noqa each, which one line per name would lose.
    isort: { 'combine-as-imports': true },
    ignore: [
      // try/except/pass costs neither an import of contextlib at start nor a context manager on hot paths.
      'SIM105',
      // A loop that returns early reads plainer than the all(not …) it would become.
      'SIM110',
    ],
  },
};

const write = process.argv.includes('--format');
const workspace = new Workspace(SETTINGS, PositionEncoding.Utf16);
const files = (await readdir(RUNTIME))
  .filter((name) => name.endsWith('.py'))
  .sort()
  .map((name) => path.join(RUNTIME, name));
let problems = 0;
for (const file of files) {
  const text = await readFile(file, 'utf8');
  const formatted = workspace.format(text);
  if (formatted !== text) {
    if (write) await writeFile(file, formatted);
    else {
      problems += 1;
      console.log(`${file}: not formatted (npm run format)`);
    }
  }
  const diagnostics = workspace.check(formatted) as Diagnostic[];
  for (const diagnostic of diagnostics) {
    problems += 1;
    const { row, column } = diagnostic.start_location;
    console.log(`${file}:${row}:${column}: ${diagnostic.code ?? 'syntax-error'} ${diagnostic.message}`);
  }
}
if (problems > 0) process.exitCode = 1;
