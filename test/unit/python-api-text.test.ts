import { describe, expect, it } from 'vitest';

import { pythonReadableApi } from '../../src/engine/python/api-text.js';
import { renderPythonRunner } from '../../src/engine/python/render.js';
import type { ToolSpec } from '../../src/engine/types.js';

const fetchTicket: ToolSpec = {
  name: 'fetch_ticket',
  params: [{ name: 'ticket_id', kind: 'positional_or_keyword', annotation: 'int', default: null, doc: null }],
  returns: 'Ticket',
  doc: 'The ticket with this id.\n\nRaises TicketMissing when there is none.',
  async: true,
  note: null,
  untyped: [],
};

function toolsRegion(data: object): string {
  const module = {
    language: 'python' as const,
    path: '/repo/tickets.py',
    relative_path: 'tickets.py',
    tools: [fetchTicket],
    declarations: ['class Ticket(TypedDict):\n    id: int\n    title: str'],
    data: { bindings: [], type_imports: [], exceptions: [], context_tools: [], ...data },
  };
  return renderPythonRunner(module as never, 'Fetch ticket 1').protected_regions[0]!.text;
}

describe('the Python tool API the model reads', () => {
  it('keeps signatures, documentation and declared types, and names what the runner binds on one line', () => {
    const region = toolsRegion({
      bindings: ['Ticket'],
      type_imports: [{ module: 'models', name: 'Owner' }],
      exceptions: [{ name: 'TicketMissing', module: 'tickets', qualname: 'TicketMissing', held: true }],
    });
    expect(region).toContain('_codemode_call_async');
    expect(pythonReadableApi(region)).toBe(
      [
        '# Names bound from the tools module: Owner, TicketMissing, Ticket',
        '',
        '# Types the tools use, declared for reading (the names bound above are the real classes):',
        '# class Ticket(TypedDict):',
        '#     id: int',
        '#     title: str',
        '',
        'async def fetch_ticket(ticket_id: int) -> Ticket:',
        '    """The ticket with this id.',
        '',
        '    Raises TicketMissing when there is none.',
        '    """',
      ].join('\n'),
    );
  });

  it('lists no names when the runner binds none', () => {
    expect(pythonReadableApi(toolsRegion({}))).toMatch(/^# Types the tools use/);
  });
});
