import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

import { secretMappedNames } from '../redaction.js';

/**
 * The names the repository's workflows (`.github/workflows/*.yml` under `root`, the checkout) map from
 * `secrets.*`; none when the folder cannot be read.
 */
export async function workflowSecretNames(root: string): Promise<string[]> {
  const folder = path.join(root, '.github', 'workflows');
  const files = (await readdir(folder).catch(() => [])).filter((file) => /\.ya?ml$/.test(file));
  const texts = await Promise.all(files.map((file) => readFile(path.join(folder, file), 'utf8').catch(() => '')));
  return [...new Set(texts.flatMap(secretMappedNames))];
}
