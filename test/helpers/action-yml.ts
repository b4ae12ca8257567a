import { readFileSync } from 'node:fs';

import { parse } from 'yaml';
import { z } from 'zod';

import { REPO_ROOT } from './claude.js';

const ActionYmlSchema = z.object({
  inputs: z.record(z.string(), z.object({ description: z.string(), required: z.boolean().optional(), default: z.string().optional() })),
  outputs: z.record(z.string(), z.object({ description: z.string() })),
  runs: z.object({ using: z.string(), main: z.string() }),
});
export type ActionYml = z.infer<typeof ActionYmlSchema>;

/** action.yml, parsed as YAML and checked to have the shape the tests rely on. */
export function readActionYml(): ActionYml {
  return ActionYmlSchema.parse(parse(readFileSync(`${REPO_ROOT}/action.yml`, 'utf8')));
}
