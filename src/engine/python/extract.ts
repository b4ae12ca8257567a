import { z } from 'zod';

import { usageError } from '../errors.js';
import type { LanguageContext } from '../language.js';
import { ToolSpecSchema } from '../types.js';
import type { ToolsLocation } from '../workspace.js';
import type { PythonModule } from './data.js';
import { expectInstallation, runPythonForJson } from './interpreter.js';
import { pythonProgramPath } from './runtime-source.js';

const ProblemSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('syntax'), line: z.number().nullable(), message: z.string() }),
  z.object({ kind: z.literal('import'), type: z.string(), message: z.string() }),
  z.object({ kind: z.literal('no_tools') }),
  z.object({
    kind: z.literal('tool_name'),
    name: z.string(),
    reason: z.enum(['main', 'reserved', 'identifier', 'keyword']),
  }),
]);
type Problem = z.infer<typeof ProblemSchema>;

const IntrospectionSchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    tools: z.array(ToolSpecSchema.extend({ takes_context: z.boolean() })),
    has_deps: z.boolean(),
    bindings: z.array(z.string()),
    type_imports: z.array(z.object({ module: z.string(), name: z.string() })),
    exceptions: z.array(z.object({ name: z.string(), module: z.string(), qualname: z.string(), held: z.boolean() })),
    declarations: z.array(z.string()),
    notes: z.array(z.string()),
  }),
  z.object({ ok: z.literal(false), problem: ProblemSchema }),
]);

function describeProblem(problem: Problem, relativePath: string): string {
  switch (problem.kind) {
    case 'syntax':
      return `Syntax error in ${relativePath}${problem.line === null ? '' : ` line ${problem.line}`}: ${problem.message}`;
    case 'import':
      return `Importing ${relativePath} failed: ${problem.type}${problem.message ? `: ${problem.message}` : ''}`;
    case 'no_tools':
      return `No public functions found in ${relativePath}`;
    case 'tool_name':
      return {
        main: `Tool 'main' in ${relativePath} conflicts with the generated main(); rename it`,
        reserved: `Tool '${problem.name}' in ${relativePath} uses the reserved prefix _codemode; rename it`,
        identifier: `Tool name '${problem.name}' in ${relativePath} is not a valid Python identifier`,
        keyword: `Tool name '${problem.name}' in ${relativePath} is a Python keyword`,
      }[problem.reason];
  }
}

export async function extractPythonTools({ absolute, relative }: ToolsLocation, context: LanguageContext): Promise<PythonModule> {
  // Synchronously, before anything waits: from here on, whoever asks for the interpreter waits for this process to say.
  const installation = expectInstallation(context);
  const introspection = await runPythonForJson(
    context,
    pythonProgramPath('introspect.py'),
    [absolute],
    `extracting tools from ${relative}`,
    IntrospectionSchema,
    { firstLine: installation.receive },
  ).finally(installation.ended);
  if (!introspection.ok) throw usageError(describeProblem(introspection.problem, relative));
  return {
    language: 'python',
    path: absolute,
    relative_path: relative,
    tools: introspection.tools.map(({ takes_context: _, ...tool }) => tool),
    declarations: introspection.declarations,
    notes: introspection.notes,
    data: {
      has_deps: introspection.has_deps,
      bindings: introspection.bindings,
      type_imports: introspection.type_imports,
      exceptions: introspection.exceptions,
      context_tools: introspection.tools.filter((tool) => tool.takes_context).map((tool) => tool.name),
    },
  };
}
