import { readdirSync, readFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import path from 'node:path';

import { execa } from 'execa';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

interface Manifest {
  engines: { node: string };
}

/** The built-in modules a bundled file of the action or the CLI imports as ES modules, its banner's left out. */
function builtinImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const body = text.slice(text.indexOf('const __codemodeDirname'));
  return [...body.matchAll(/^import\s[^;]*?from\s*"([^"]+)"/gm)].map(([, name]) => name!).filter((name) => isBuiltin(name));
}

const manifest = (file: string) => JSON.parse(readFileSync(path.join(ROOT, file), 'utf8')) as Manifest;
const minimumMajor = (range: string) => Number(/\d+/.exec(range)?.[0]);

describe('the package', () => {
  it('asks for a Node.js at least as recent as the Claude Code it runs needs', () => {
    const ours = minimumMajor(manifest('package.json').engines.node);
    const claudeCode = minimumMajor(manifest('node_modules/@anthropic-ai/claude-code/package.json').engines.node);
    expect(ours).toBeGreaterThanOrEqual(claudeCode);
  });

  it('ships the bundles and action.yml, not the sources, tests or benchmarks', async () => {
    const pack = await execa('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT });
    const [{ files }] = JSON.parse(pack.stdout) as [{ files: { path: string }[] }];
    const folders = new Set(files.map((file) => file.path.split('/')[0]));
    expect([...folders].sort()).toEqual(['README.md', 'action.yml', 'dist', 'package.json']);
  });

  it("loads Node's built-in modules in the action's and the CLI's bundles through require, not as ES modules", () => {
    const dist = path.join(ROOT, 'dist');
    const bundled = readdirSync(dist).filter((file) => file.endsWith('.js') && file !== 'lib.js');
    expect(bundled).toContain('index.js');
    const imported = bundled.flatMap((file) => builtinImports(path.join(dist, file)).map((name) => `${file}: ${name}`));
    expect(imported).toEqual([]);
  });
});
