/**
 * #6 the tool API as the model sees it, in characters: the runner's signatures and documentation against
 * the same tools as compact JSON tool definitions carrying the same types. Besides the examples, the typed test
 * module whose signatures reach every kind of declared type (models, TypedDicts, enums, dataclasses, aliases).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import { programEnvironment } from '../../src/engine/env.js';
import { extractTools } from '../../src/engine/tools.js';
import { toolApiText } from '../lib/api-text.js';
import { writeToolsModule } from '../lib/generate.js';
import { summarize } from '../lib/measure.js';
import type { Row, SuiteOptions, SuiteResult } from '../lib/row.js';
import { toolDefinitions } from '../lib/tool-definitions.js';

const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..');
const EXAMPLES = [
  'examples/weather/tools.py',
  'examples/etl/tools.py',
  'examples/database/tools.py',
  'examples/triage/tools.ts',
  'examples/js/tools.mjs',
  'test/fixtures/python/typed/tools.py',
];

interface Comparison {
  module: string;
  tools: number;
  api_chars: number;
  json_chars: number;
  ratio: number;
}

async function compare(toolsPath: string, repoRoot: string, label: string): Promise<Comparison> {
  const { language, module } = await extractTools(
    toolsPath,
    {
      repoRoot,
      env: programEnvironment(process.env),
    },
    { node: process.execPath },
  );
  const api = toolApiText(language.renderRunner(module, 'Use the tools'));
  const json = JSON.stringify(await toolDefinitions(module));
  return { module: label, tools: module.tools.length, api_chars: api.length, json_chars: json.length, ratio: api.length / json.length };
}

export async function toolApiSuite(options: SuiteOptions): Promise<SuiteResult> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'codemode-bench-api-'));
  try {
    const comparisons: Comparison[] = [];
    for (const example of EXAMPLES) comparisons.push(await compare(path.join(REPO_ROOT, example), REPO_ROOT, example));
    const generatedSize = options.quick ? 10 : 100;
    for (const language of ['python', 'typescript'] as const) {
      const file = await writeToolsModule(dir, language, generatedSize);
      comparisons.push(await compare(file, dir, `generated ${language}, ${generatedSize} tools`));
    }
    for (const entry of comparisons)
      options.log(`#6 ${entry.module}: ${entry.api_chars} / ${entry.json_chars} chars = ${entry.ratio.toFixed(2)}`);
    const api = comparisons.reduce((total, entry) => total + entry.api_chars, 0);
    const json = comparisons.reduce((total, entry) => total + entry.json_chars, 0);
    const ratios = comparisons.map((entry) => entry.ratio);
    const worst = comparisons.reduce((a, b) => (b.ratio > a.ratio ? b : a));
    const row: Row = {
      id: '6',
      what: 'tool API the model reads / JSON tool definitions (chars)',
      unit: '×',
      figure: { ...summarize(ratios), median: api / json },
      baseline: `JSON tool definitions: ${json.toLocaleString('en')} chars over ${comparisons.length} modules`,
      goal: 'every referenced type shown, ≤ 1.0× (every module)',
      met: ratios.every((ratio) => ratio <= 1),
      note: `figure: all modules together (${api.toLocaleString('en')} chars); range: per module, highest ${worst.module}`,
    };
    return { rows: [row], details: { comparisons } };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
