import { describe, expect, it } from 'vitest';

import { checkDrift, driftMessage } from '../../src/engine/program.js';
import type { TypeScriptModule } from '../../src/engine/typescript/data.js';
import { typescriptLanguage } from '../../src/engine/typescript/index.js';
import { implementMain, TRIAGE_MAIN_BODY } from '../../testing/mains/typescript.js';
import { extract } from '../fixtures/typescript/runner.js';

const TOOLS = 'examples/triage/tools.ts';
const PROGRAM = '.codemode/triage.ts';
const triage = extract(TOOLS);

/** The triage program as saved from today's tools, checked against the same tools with `change` applied. */
async function driftAfter(change: (module: TypeScriptModule) => TypeScriptModule, savedFrom = (module: TypeScriptModule) => module) {
  const module = await triage;
  const saved = {
    relative_path: PROGRAM,
    text: implementMain(typescriptLanguage.renderRunner(savedFrom(module), 'Triage').text, TRIAGE_MAIN_BODY),
  };
  const today = typescriptLanguage.renderRunner(change(module), 'Another task');
  return checkDrift(today, saved, TOOLS, typescriptLanguage.wrapperPattern);
}

describe('saved TypeScript program drift', () => {
  it('finds none when only the task differs', async () => {
    expect(await driftAfter((module) => module)).toBeNull();
  });

  it('names the tools whose signature or documentation changed and shows their lines', async () => {
    const drift = await driftAfter((module) => ({
      ...module,
      tools: module.tools.map((tool) =>
        tool.name === 'get_labels'
          ? { ...tool, returns: 'Label[] | null' }
          : tool.name === 'suggest_label'
            ? { ...tool, doc: `${tool.doc} Never null.` }
            : tool,
      ),
    }));
    expect(drift?.tools).toEqual(['get_labels', 'suggest_label']);
    expect(drift?.regions).toEqual([]);
    expect(drift?.diff).toContain(
      '@@ get_labels @@\n-export function get_labels(): Label[] {\n+export function get_labels(): Label[] | null {',
    );
    expect(drift?.diff).toMatch(/@@ suggest_label @@\n-\/\*\*.*\n\+\/\*\*.* Never null\./);
    expect(driftMessage(PROGRAM, TOOLS, drift!)).toBe(
      `The saved program ${PROGRAM} no longer matches the tools in ${TOOLS}: the signatures of get_labels, suggest_label differ`,
    );
  });

  it('names a removed tool, and says when the code around the tools changed too', async () => {
    const drift = await driftAfter((module) => ({
      ...module,
      path: module.path.replace('tools.ts', 'moved.ts'),
      tools: module.tools.filter((tool) => tool.name !== 'list_issues'),
    }));
    expect(drift?.tools).toEqual(['list_issues']);
    expect(drift?.regions).toEqual(['tools', 'harness']);
    expect(driftMessage(PROGRAM, TOOLS, drift!)).toBe(
      `The saved program ${PROGRAM} no longer matches the tools in ${TOOLS}: the signature of list_issues differs; its generated tools and harness code differs`,
    );
  });

  it('counts a type guard of an error class as generated code, not as a tool', async () => {
    const withErrors = (errors: TypeScriptModule['data']['error_classes']) => (module: TypeScriptModule) => ({
      ...module,
      data: { ...module.data, error_classes: errors },
    });
    const drift = await driftAfter(withErrors([{ name: 'TicketError', type: 'TicketError' }]), withErrors([]));
    expect(drift?.tools).toEqual([]);
    expect(drift?.regions).toEqual(['tools']);
    expect(drift?.diff).toContain('+export function isTicketError(error: unknown): error is TicketError {');
    expect(driftMessage(PROGRAM, TOOLS, drift!)).toBe(
      `The saved program ${PROGRAM} no longer matches the tools in ${TOOLS}: its generated tools code differs`,
    );
  });
});
