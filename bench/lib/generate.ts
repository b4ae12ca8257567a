/**
 * Generated tools modules of any size, with the variety real ones have: several parameter types, defaults,
 * optional values, literals, lists and mappings, and one- or two-sentence documentation.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

interface ParamShape {
  python: string;
  typescript: string;
  pythonDefault: string | null;
  typescriptDefault: string | null;
}

const SHAPES: ParamShape[] = [
  { python: 'str', typescript: 'string', pythonDefault: null, typescriptDefault: null },
  { python: 'int', typescript: 'number', pythonDefault: '10', typescriptDefault: '10' },
  { python: 'list[str]', typescript: 'string[]', pythonDefault: null, typescriptDefault: null },
  { python: 'bool', typescript: 'boolean', pythonDefault: 'False', typescriptDefault: 'false' },
  { python: 'dict[str, float]', typescript: 'Record<string, number>', pythonDefault: null, typescriptDefault: null },
  { python: 'Optional[str]', typescript: 'string | null', pythonDefault: 'None', typescriptDefault: 'null' },
  { python: "Literal['asc', 'desc']", typescript: "'asc' | 'desc'", pythonDefault: "'asc'", typescriptDefault: "'asc'" },
  { python: 'float', typescript: 'number', pythonDefault: null, typescriptDefault: null },
];

const NOUNS = ['order', 'invoice', 'customer', 'shipment', 'ticket', 'report', 'account', 'product', 'review', 'payment'];
const VERBS = ['fetch', 'list', 'update', 'archive', 'score', 'export', 'merge', 'check', 'count', 'tag'];
const RETURNS = [
  { python: 'dict[str, Any]', typescript: 'Record<string, unknown>' },
  { python: 'list[dict[str, Any]]', typescript: 'Array<Record<string, unknown>>' },
  { python: 'int', typescript: 'number' },
  { python: 'str', typescript: 'string' },
  { python: 'bool', typescript: 'boolean' },
];

interface GeneratedTool {
  name: string;
  doc: string;
  params: { name: string; shape: ParamShape }[];
  returns: (typeof RETURNS)[number];
}

function tool(index: number): GeneratedTool {
  const noun = NOUNS[index % NOUNS.length]!;
  const verb = VERBS[Math.floor(index / NOUNS.length) % VERBS.length]!;
  const count = 1 + (index % 4);
  const params = Array.from({ length: count }, (_, n) => {
    const shape = SHAPES[(index + n * 3) % SHAPES.length]!;
    return {
      name: `${['target', 'limit', 'fields', 'dry_run', 'weights', 'note', 'order', 'threshold'][(index + n * 3) % SHAPES.length] ?? 'param'}_${n}`,
      shape,
    };
  });
  // Parameters without defaults first, as both languages require.
  params.sort((a, b) => Number(a.shape.pythonDefault !== null) - Number(b.shape.pythonDefault !== null));
  const second = index % 2 ? ` Returns the ${noun} data the caller asked for, newest first.` : '';
  return {
    name: `${verb}_${noun}_${index}`,
    doc: `${verb[0]!.toUpperCase()}${verb.slice(1)} the ${noun} records matching the arguments.${second}`,
    params,
    returns: RETURNS[index % RETURNS.length]!,
  };
}

function pythonTool(spec: GeneratedTool): string {
  const params = spec.params.map(
    ({ name, shape }) => `${name}: ${shape.python}${shape.pythonDefault === null ? '' : ` = ${shape.pythonDefault}`}`,
  );
  return [
    `def ${spec.name}(${params.join(', ')}) -> ${spec.returns.python}:`,
    `    """${spec.doc}"""`,
    `    return _answer(${JSON.stringify(spec.name)}, locals())`,
  ].join('\n');
}

function typescriptTool(spec: GeneratedTool): string {
  const params = spec.params.map(
    ({ name, shape }) => `${name}: ${shape.typescript}${shape.typescriptDefault === null ? '' : ` = ${shape.typescriptDefault}`}`,
  );
  return [
    `/** ${spec.doc} */`,
    `export function ${spec.name}(${params.join(', ')}): ${spec.returns.typescript} {`,
    `  return answer(${JSON.stringify(spec.name)}, [${spec.params.map((param) => param.name).join(', ')}]) as ${spec.returns.typescript};`,
    '}',
  ].join('\n');
}

export function pythonToolsModule(count: number): string {
  const header = [
    `"""${count} generated tools."""`,
    'from typing import Any, Literal, Optional',
    '',
    '',
    'def _answer(name: str, arguments: dict) -> Any:',
    '    return {"tool": name, "arguments": arguments}',
  ].join('\n');
  return [header, ...Array.from({ length: count }, (_, index) => pythonTool(tool(index)))].join('\n\n\n') + '\n';
}

export function typescriptToolsModule(count: number): string {
  const header = [
    `/** ${count} generated tools. */`,
    'function answer(name: string, args: unknown[]): unknown {',
    '  return { tool: name, args };',
    '}',
  ].join('\n');
  return [header, ...Array.from({ length: count }, (_, index) => typescriptTool(tool(index)))].join('\n\n') + '\n';
}

/** Writes the generated module for `count` tools into `dir` and returns its path. */
export async function writeToolsModule(dir: string, language: 'python' | 'typescript', count: number): Promise<string> {
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, language === 'python' ? `tools_${count}.py` : `tools_${count}.ts`);
  await writeFile(file, language === 'python' ? pythonToolsModule(count) : typescriptToolsModule(count));
  return file;
}
