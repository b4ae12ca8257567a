/**
 * Tools modules of the shapes real modules take, each run end to end through the built CLI with a program that
 * trusts the runner: it annotates with the types the runner shows and catches a tool's exception by name.
 */
import path from 'node:path';

import { execa } from 'execa';
import { describe, expect, it } from 'vitest';

import type { CodeModeResult } from '../../src/engine/types.js';
import { editRunnerScript, fakeAnthropicEnvironment, replaceMain, startFakeAnthropic } from '../../testing/fakes/anthropic.js';
import { implementMain } from '../../testing/mains/typescript.js';
import { CLAUDE_PATH, PYRIGHT_PATH, REPO_ROOT } from '../helpers/engine.js';

const SHAPES = 'test/fixtures/e2e/shapes';

/** Runs `dist/cli.js run` on a tools module with the scripted model writing `edit`; the result and the prompt record. */
async function runShape(tools: string, task: string, edit: (runner: string) => string): Promise<CodeModeResult> {
  const fake = await startFakeAnthropic(editRunnerScript([edit]));
  try {
    const run = await execa(
      process.execPath,
      [
        path.join(REPO_ROOT, 'dist', 'cli.js'),
        'run',
        '--tools',
        `${SHAPES}/${tools}`,
        '--task',
        task,
        '--json',
        '--claude-code-path',
        CLAUDE_PATH,
        '--pyright-path',
        PYRIGHT_PATH,
        '--check',
        'basic',
        '--max-attempts',
        '1',
      ],
      { cwd: REPO_ROOT, reject: false, env: { ...fakeAnthropicEnvironment(fake.url), CLAUDE_CODE_MAX_RETRIES: '0' } },
    );
    const result = JSON.parse(run.stdout) as CodeModeResult;
    expect(result.error).toBeNull();
    expect(run.exitCode).toBe(0);
    return result;
  } finally {
    await fake.close();
  }
}

const ORDERS_MAIN = `import asyncio


async def main(params: str = "") -> object:
    orders: list[Order] = []
    cursor: str | None = None
    while True:
        page: OrderPage = await list_orders(cursor=cursor)
        orders.extend(page.orders)
        if page.next_cursor is None:
            break
        cursor = page.next_cursor
    cents_by_country: dict[str, int] = {}
    for placed in orders:
        customer: Customer = placed.customer
        address: Address = customer.address
        cents_by_country[address.country] = cents_by_country.get(address.country, 0) + placed.total_cents
    first, last = await asyncio.gather(order(orders[0].id), order(orders[-1].id))
    return {"orders": len(orders), "cents_by_country": cents_by_country, "cities": [first.customer.address.city, last.customer.address.city]}
`;

const PARCELS_MAIN = `def main(params: str = "") -> object:
    delivered: list[str] = []
    lost: dict[str, str] = {}
    for parcel_id in ["P-1", "P-2", "P-3", "P-4"]:
        try:
            found: Parcel = parcel(parcel_id)
        except ParcelLost as error:
            lost[error.parcel_id] = error.last_seen
            continue
        if found.status is ParcelStatus.DELIVERED:
            delivered.append(found.id)
    return {"delivered": delivered, "lost": lost}
`;

const METERS_MAIN = `def main(params: str = "") -> object:
    readings: list[Reading] = [reading(meter_id) for meter_id in meters()]
    measured = [found.kwh for found in readings if not found.estimated]
    return {"read": len(readings), "kwh": round(sum(measured), 1), "estimated": [found.meter_id for found in readings if found.estimated][:3]}
`;

const BUILDS_MAIN = `  const builds: Build[] = [];
  let cursor: string | null = null;
  do {
    const page: Page<Build> = await listBuilds('main', cursor);
    builds.push(...page.items);
    cursor = page.next;
  } while (cursor !== null);
  const states: Record<number, string> = {};
  for (const build of builds) {
    const events: BuildEvent[] = build.events;
    const last = events[events.length - 1];
    switch (last?.kind) {
      case 'finished':
        states[build.id] = last.outcome === Outcome.Failed ? 'failed' : 'passed';
        break;
      case 'started':
        states[build.id] = \`running on \${last.runner}\`;
        break;
      default:
        states[build.id] = 'queued';
    }
  }
  const latest: Build | undefined = newest(builds);
  return { states, newest: latest?.branch ?? null };`;

const LIBRARY_MAIN = `  const books: Book[] = [];
  let page: number | null = 0;
  while (page !== null) {
    const found: Paged<Book> = await searchBooks('sea', page);
    books.push(...found.items);
    page = found.next;
  }
  const authors: Author[] = books.map((book) => book.author);
  const names: string[] = distinct(authors.map((author) => author.name));
  return { titles: books.map((book) => book.title), authors: names };`;

describe('dist/cli.js runs each shape of tools module with a program that trusts the runner', () => {
  it('pydantic models nested three deep, returned by paged async tools that take ctx', async () => {
    const result = await runShape('orders/tools.py', 'Total the orders by country', replaceMain(ORDERS_MAIN));
    expect(result.output).toEqual({ orders: 5, cents_by_country: { FR: 9000, PT: 6000 }, cities: ['Lyon', 'Nice'] });
    expect(result.trace.map((call) => call.tool)).toEqual(['list_orders', 'list_orders', 'list_orders', 'order', 'order']);
  });

  it("types from a sibling module, and the sibling's exception caught by name with its attributes", async () => {
    const result = await runShape('parcels/tools.py', 'Which parcels arrived, which were lost', replaceMain(PARCELS_MAIN));
    expect(result.output).toEqual({ delivered: ['P-1', 'P-4'], lost: { 'P-3': 'Calais' } });
    expect(result.trace.map((call) => [call.tool, call.ok])).toEqual([
      ['parcel', true],
      ['parcel', true],
      ['parcel', false],
      ['parcel', true],
    ]);
  });

  it('TypeScript generics, a discriminated union, an enum compared by value and a generic tool', async () => {
    const result = await runShape('builds/tools.ts', 'The state of every build of main', (runner) => implementMain(runner, BUILDS_MAIN));
    expect(result.output).toEqual({ states: { 1: 'passed', 3: 'failed', 5: 'running on runner-1' }, newest: 'main' });
  });

  it('JavaScript: a @callback-typed tool, a @template tool and typedefs imported from a sibling file', async () => {
    const result = await runShape('library/tools.mjs', 'Books about the sea and their authors', (runner) =>
      implementMain(runner, LIBRARY_MAIN),
    );
    expect(result.output).toEqual({ titles: ['The Sea Road', 'Sea Glass', 'Open Sea'], authors: ['Ann Vale', 'Bo Lind', 'Cy Moor'] });
    expect(result.trace.map((call) => call.tool)).toEqual(['searchBooks', 'searchBooks', 'distinct']);
  });

  it('a Python task of 250 calls', async () => {
    const result = await runShape('meters/tools.py', 'Total the measured readings', replaceMain(METERS_MAIN));
    expect(result.output).toEqual({ read: 249, kwh: 42187.5, estimated: [10, 20, 30] });
    expect(result.trace).toHaveLength(250);
    expect(result.trace.every((call) => call.ok)).toBe(true);
  });
});
