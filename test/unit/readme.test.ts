import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { readActionYml } from '../helpers/action-yml.js';

const read = (file: string) => readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
const readme = read('README.md');
const inputsPage = read('docs/inputs.md');
const action = readActionYml();

function inputsPageTable(heading: string): Map<string, string[]> {
  const section = inputsPage.slice(inputsPage.indexOf(`## ${heading}\n`));
  const table = section.slice(0, section.indexOf('\n\n', section.indexOf('|')));
  const rows = table.split('\n').filter((line) => line.startsWith('| `'));
  return new Map(
    rows.map((row) => {
      const cells = row
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim());
      return [cells[0]!.replace(/`/g, ''), cells.slice(1)];
    }),
  );
}

describe('docs/inputs.md documents action.yml exactly', () => {
  it('lists every input, in order, with its default', () => {
    const inputs = Object.entries(action.inputs).map(([name, input]) => ({ name, default: input.default ?? null }));
    const table = inputsPageTable('Inputs');
    expect([...table.keys()]).toEqual(inputs.map((input) => input.name));
    for (const input of inputs) {
      const documented = table.get(input.name)![0]!.replace(/`/g, '');
      const expected = input.default ?? '';
      expect(documented, input.name).toBe(expected);
    }
  });

  it('lists every output, in order', () => {
    expect([...inputsPageTable('Outputs').keys()]).toEqual(Object.keys(action.outputs));
  });
});

describe('README', () => {
  it('gives the two commands of a fresh clone', () => {
    expect(readme).toContain('npm ci && npm run demo');
    expect(readme).toContain('npm ci && npm test');
  });
});
