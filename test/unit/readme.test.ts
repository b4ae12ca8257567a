import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (file: string) => readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
const yml = read('action.yml');
const readme = read('README.md');

function declared(section: 'inputs' | 'outputs'): { name: string; default: string | null }[] {
  const start = yml.indexOf(`\n${section}:\n`);
  const end = yml.indexOf('\n\n', start + 2);
  const block = yml.slice(start, end === -1 ? undefined : end);
  return [...block.matchAll(/^ {2}(\w+):\n((?: {4}.*\n?)+)/gm)].map(([, name, body]) => ({
    name: name!,
    default: /^ {4}default: (.*)$/m.exec(body!)?.[1]?.replace(/^'(.*)'$/, '$1') ?? null,
  }));
}

function readmeTable(heading: string): Map<string, string[]> {
  const section = readme.slice(readme.indexOf(`### ${heading}\n`));
  const table = section.slice(0, section.indexOf('\n\n', section.indexOf('|')));
  const rows = table.split('\n').filter((line) => line.startsWith("| `"));
  return new Map(rows.map((row) => {
    const cells = row.split('|').slice(1, -1).map((cell) => cell.trim());
    return [cells[0]!.replace(/`/g, ''), cells.slice(1)];
  }));
}

describe('README documents action.yml exactly', () => {
  it('lists every input, in order, with its default', () => {
    const inputs = declared('inputs');
    const table = readmeTable('Inputs');
    expect([...table.keys()]).toEqual(inputs.map((input) => input.name));
    for (const input of inputs) {
      const documented = table.get(input.name)![0]!.replace(/`/g, '');
      const expected = input.name === 'tools' ? '(required)' : (input.default ?? '');
      expect(documented, input.name).toBe(expected);
    }
  });

  it('lists every output, in order', () => {
    expect([...readmeTable('Outputs').keys()]).toEqual(declared('outputs').map((output) => output.name));
  });

  it('gives the two commands of a fresh clone', () => {
    expect(readme).toContain('npm ci && npm run demo');
    expect(readme).toContain('npm ci && npm test');
  });
});
