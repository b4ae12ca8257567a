import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';

import { secretMappedNames } from '../redaction.js';

/** The checkout is the pull request's on some triggers: what is read of its workflows is bounded. */
const MAX_WORKFLOW_FILES = 200;
const MAX_WORKFLOW_BYTES = 1024 * 1024;

/**
 * The names the repository's workflows (`.github/workflows/*.yml` under `root`, the checkout) map from
 * `secrets.*`; none when the folder cannot be read. At most the first 200 files are read, each only when it is at
 * most 1 MiB.
 */
export async function workflowSecretNames(root: string): Promise<string[]> {
  const folder = path.join(root, '.github', 'workflows');
  const files = (await readdir(folder).catch(() => []))
    .filter((file) => /\.ya?ml$/.test(file))
    .sort()
    .slice(0, MAX_WORKFLOW_FILES);
  const texts = await Promise.all(files.map((file) => workflowText(path.join(folder, file))));
  return [...new Set(texts.flatMap(secretMappedNames))];
}

async function workflowText(file: string): Promise<string> {
  const size = await stat(file).then(
    (found) => (found.isFile() ? found.size : Infinity),
    () => Infinity,
  );
  return size <= MAX_WORKFLOW_BYTES ? readFile(file, 'utf8').catch(() => '') : '';
}
