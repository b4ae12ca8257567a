import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { pythonLanguage } from '../../src/engine/python/index.js';
import { context, extract, fixture, pythonJson, writeRunner } from '../fixtures/python/harness.js';

const TYPED = fixture('typed/tools.py');
const PYTHON_312 = '/root/.pyenv/versions/3.12.1/bin/python3.12';
/** The most characters of declarations a runner shows, as _codemode_stubs.MAX_DECLARATION_CHARS says. */
const MAX_DECLARATION_CHARS = 12_000;

const lines = (...text: string[]) => text.join('\n');

/** The declarations of a tools module written from these source lines. */
async function declarationsOf(source: string[]): Promise<string[]> {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'codemode-declarations-'));
  writeFileSync(path.join(folder, 'tools.py'), [...source, ''].join('\n'));
  return (await extract('tools.py', { ...context, repoRoot: folder })).declarations;
}

describe('declarations of the types Python tool signatures reach', () => {
  it('declares pydantic models with defaults, Field descriptions and attribute docstrings, nested and self-referencing', async () => {
    const { declarations } = await extract(TYPED);
    expect(declarations).toContain(
      lines(
        'class Ticket(BaseModel):',
        '    """A tracked piece of work."""',
        '    id: int',
        "    title: str = Field(description='One-line summary')",
        '    priority: Priority = Priority.LOW',
        '    status: Status = Status.OPEN',
        '    labels: list[Label] = Field(default_factory=list)',
        '    assignee: Person | None = None',
        '    comments: list[Comment] = []',
      ),
    );
    expect(declarations).toContain(
      lines(
        'class Person(BaseModel):',
        '    """Someone working on tickets."""',
        '    login: str',
        '    name: Optional[str] = None',
        '    """Display name, when the person set one."""',
      ),
    );
    expect(declarations).toContain(
      lines(
        'class Comment(BaseModel):',
        '    author: Person',
        "    body: str = Field(description='Markdown text of the comment')",
        '    replies: list[Comment] = []',
      ),
    );
  });

  it('declares enums with their members and values, and Literal aliases, from a sibling module', async () => {
    const { declarations } = await extract(TYPED);
    expect(declarations).toContain(lines('class Priority(IntEnum):', '    """How urgent a ticket is."""', '    LOW = 1', '    HIGH = 2'));
    expect(declarations).toContain(lines('class Status(str, Enum):', "    OPEN = 'open'", "    CLOSED = 'closed'"));
    expect(declarations).toContain(lines('class Color(Enum):', "    RED = 'red'", "    GREEN = 'green'"));
    expect(declarations).toContain("Label = Literal['bug', 'feature', 'question']");
  });

  it('declares TypedDicts with total=False, Required and NotRequired, and NamedTuples', async () => {
    const { declarations } = await extract(TYPED);
    expect(declarations).toContain(
      lines('class Filter(TypedDict, total=False):', '    """What to look for."""', '    text: Required[str]', '    labels: list[Label]'),
    );
    expect(declarations).toContain(lines('class Summary(TypedDict):', '    count: int', '    oldest: NotRequired[Ticket]'));
    expect(declarations).toContain(lines('class Point(NamedTuple):', '    """A point on the board."""', '    x: int', '    y: int = 0'));
  });

  it('declares a TypedDict of the typing module as well as one of typing_extensions', async () => {
    const declarations = await declarationsOf([
      'from typing import NotRequired, TypedDict',
      'class Row(TypedDict):',
      '    id: int',
      '    note: NotRequired[str]',
      'def rows() -> list[Row]:',
      '    """Rows."""',
    ]);
    expect(declarations).toEqual([lines('class Row(TypedDict):', '    id: int', '    note: NotRequired[str]')]);
  });

  it('declares StrEnum members', async () => {
    const declarations = await declarationsOf([
      'from enum import StrEnum',
      'class Mode(StrEnum):',
      '    FAST = "fast"',
      '    SAFE = "safe"',
      'def run(mode: Mode) -> None:',
      '    """Runs."""',
    ]);
    expect(declarations).toEqual([lines('class Mode(StrEnum):', "    FAST = 'fast'", "    SAFE = 'safe'")]);
  });

  it('names a type it cannot render or follow, with the reason, and still extracts the tools', async () => {
    const declarations = await declarationsOf([
      'from dataclasses import dataclass',
      'class Opaque:',
      '    imported = False',
      '    def __repr__(self):',
      '        if Opaque.imported:',
      '            raise RuntimeError("no repr")',
      '        return "Opaque()"',
      '@dataclass',
      'class Holder:',
      '    value: int = Opaque()',
      'Opaque.imported = True',
      'class Meta(type):',
      '    def __getattr__(cls, name):',
      '        raise RuntimeError(f"no {name}")',
      'class Strange(dict, metaclass=Meta):',
      '    pass',
      'def get(strange: Strange) -> Holder:',
      '    """Gets."""',
    ]);
    expect(declarations).toEqual([
      'Holder: declaration not shown (RuntimeError: no repr)',
      '... types not followed: Strange (RuntimeError: no __dataclass_fields__)',
    ]);
  });

  it('declares dataclasses, self-referencing and mutually recursive, through dict, Optional, Annotated and an alias', async () => {
    const { declarations } = await extract(TYPED);
    expect(declarations).toContain(
      lines(
        '@dataclass',
        'class Node:',
        '    """A tree of boards."""',
        '    name: str',
        '    color: Color = Color.RED',
        "    children: list['Node'] = field(default_factory=list)",
        '    """Boards nested under this one."""',
        '    position: Point | None = None',
      ),
    );
    expect(declarations).toContain('Boards = list[Board]');
    expect(declarations).toContain(
      lines('@dataclass', 'class Board:', '    team: Team', "    nodes: dict[str, Annotated[Node, 'the root']]"),
    );
    expect(declarations).toContain(lines('@dataclass', 'class Team:', '    name: str', "    boards: 'list[Board]'"));
  });

  it('declares plain classes and Protocols with public attributes, method signatures and the first paragraph of their docs', async () => {
    const { declarations } = await extract(TYPED);
    expect(declarations).toContain(
      lines(
        'class Archive:',
        '    """Tickets no longer open."""',
        '    location: str',
        '    def __init__(self, location: str) -> None: ...',
        '    def find(self, ticket_id: int, *, deep: bool = False) -> Ticket | None:',
        '        """The archived ticket with this id."""',
        '        ...',
        '    @property',
        '    def size(self) -> int: ...',
      ),
    );
    expect(declarations).toContain(lines('class Formatter(Protocol):', '    def format(self, ticket: Ticket) -> str: ...'));
  });

  it('declares a standard-library dataclass and the dataclass its fields refer to', async () => {
    const { declarations } = await extract(TYPED);
    const profile = declarations.find((text) => text.includes('class StatsProfile:'));
    expect(profile).toMatch(
      /^@dataclass\nclass StatsProfile:\n(?: {4}""".*"""\n)? {4}total_tt: float\n {4}func_profiles: Dict\[str, FunctionProfile\]$/,
    );
    expect(declarations.find((text) => text.includes('class FunctionProfile:'))).toContain('    line_number: int');
  });

  it('declares each type once, in the order the signatures reach them', async () => {
    const { declarations } = await extract(TYPED);
    const heads = declarations.map((text) => text.split('\n').find((line) => !line.startsWith('@'))!);
    expect(heads).toEqual([
      'class Ticket(BaseModel):',
      'class Priority(IntEnum):',
      'class Status(str, Enum):',
      "Label = Literal['bug', 'feature', 'question']",
      'class Person(BaseModel):',
      'class Comment(BaseModel):',
      'class Filter(TypedDict, total=False):',
      'class Summary(TypedDict):',
      'class Node:',
      'class Color(Enum):',
      'class Point(NamedTuple):',
      'Boards = list[Board]',
      'class Board:',
      'class Team:',
      'class Archive:',
      'class Formatter(Protocol):',
      'class StatsProfile:',
      'class FunctionProfile:',
    ]);
  });

  it.skipIf(!existsSync(PYTHON_312))('declares type statement aliases where the Python has them', async () => {
    const { declarations } = await extract(fixture('typed/type_statement.py'), { ...context, toolchain: { executable: PYTHON_312 } });
    expect(declarations).toEqual([
      'type Plan = list[Step]',
      lines('@dataclass', 'class Step:', '    name: str', '    mode: Mode'),
      "type Mode = Literal['fast', 'safe']",
    ]);
  });

  it('stops at the size cap and names every type it leaves out', async () => {
    const { declarations } = await extract(fixture('many_types.py'));
    const shown = declarations.slice(0, -1);
    const last = declarations.at(-1)!;
    const match = /^\.\.\. (\d+) more types not shown: (.*)$/.exec(last);
    expect(match).not.toBeNull();
    const leftOut = match![2]!.split(', ');
    expect(leftOut).toHaveLength(Number(match![1]));
    expect(shown.join('').length).toBeLessThanOrEqual(MAX_DECLARATION_CHARS);
    expect(shown.length).toBeGreaterThan(10);
    const shownNames = shown.map((text) => /class (\w+):/.exec(text)![1]!);
    expect([...shownNames, ...leftOut]).toEqual(Array.from({ length: 60 }, (_, index) => `Level${index}`));
  });

  it('declares nothing for tools that use only builtin types', async () => {
    expect((await extract('examples/etl/tools.py')).declarations).toEqual([]);
  });
});

describe('a type reached twice', () => {
  it('is declared once when one file is imported under two module names', async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'codemode-declarations-'));
    mkdirSync(path.join(folder, 'lib'));
    writeFileSync(path.join(folder, 'lib', '__init__.py'), '');
    writeFileSync(
      path.join(folder, 'lib', 'shapes.py'),
      lines('from dataclasses import dataclass', '', '', '@dataclass', 'class Point:', '    x: int', ''),
    );
    writeFileSync(
      path.join(folder, 'lib', 'tools.py'),
      lines(
        'from shapes import Point',
        'from lib import shapes as same_shapes',
        '',
        'def first() -> Point:',
        '    return Point(1)',
        '',
        'def second() -> same_shapes.Point:',
        '    return same_shapes.Point(2)',
        '',
      ),
    );
    const { declarations } = await extract('lib/tools.py', { ...context, repoRoot: folder });
    expect(declarations).toEqual(['@dataclass\nclass Point:\n    x: int']);
  });
});

describe('untyped tool parameters', () => {
  it('lists parameters without a type or typed Any, and the result when it is', async () => {
    const { tools } = await extract(TYPED);
    expect(tools.map((tool) => [tool.name, tool.untyped])).toEqual([
      ['search', []],
      ['summarise', []],
      ['root_board', []],
      ['boards', []],
      ['locate', []],
      ['profile', []],
      ['guess', ['value', 'extra', 'rest', 'return']],
    ]);
  });

  it('flags every parameter and the result of a tool without annotations', async () => {
    const { tools } = await extract(fixture('kinds.py'));
    expect(tools.find((tool) => tool.name === 'untyped')!.untyped).toEqual(['value', 'other', 'return']);
  });
});

describe('the declarations in the runner', () => {
  it('shows the declarations as comments in the tools region, binding the names the module holds, and the classes only its models hold, to the real classes', async () => {
    const module = await extract(TYPED);
    const runner = pythonLanguage.renderRunner(module, 'task');
    const region = runner.protected_regions[0]!.text;
    const bound = ['Ticket', 'Filter', 'Summary', 'Node', 'Boards', 'Team', 'Archive', 'Point', 'Formatter', 'pstats', 'Any'];
    const declaredInModule = ['Priority', 'Label', 'Person', 'Color', 'Board'];
    expect(region).toContain(
      lines(
        ...[...bound, ...declaredInModule].map((name) => `${name} = _codemode_tools.${name}`),
        '',
        '# Types the tools use, declared for reading (the names bound above are the real classes):',
        '# class Ticket(BaseModel):',
        '#     """A tracked piece of work."""',
        '#     id: int',
      ),
    );
    expect(region).toContain(lines('#     replies: list[Comment] = []', '#', '# class Filter(TypedDict, total=False):'));
    const program = `
import importlib.util, json, os, sys
sys.path.insert(0, os.path.dirname(sys.argv[1]))
spec = importlib.util.spec_from_file_location("runner", sys.argv[1])
runner = importlib.util.module_from_spec(spec)
spec.loader.exec_module(runner)
import models, tools
print(json.dumps([runner.Ticket is models.Ticket, runner.Priority is models.Priority, runner.Node is tools.Node,
                  runner.Filter is tools.Filter, runner.Board is tools.Board, runner.Comment is models.Comment]))
`;
    const runnerPath = writeRunner(runner.text);
    expect(await pythonJson(program, [runnerPath])).toEqual([true, true, true, true, true, true]);
  });

  it('keeps a runner with declarations compilable whatever the docstrings hold', async () => {
    const module = await extract(TYPED);
    const hostile = ['"""\n\r\nclosing', 'nul \u0000 here', 'line\rbreak', '# codemode:end tools'];
    const runner = pythonLanguage.renderRunner({ ...module, declarations: hostile }, 'task');
    const runnerPath = writeRunner(runner.text);
    const program = `import ast, sys\nast.parse(open(sys.argv[1], encoding="utf-8").read())\nprint("[]")`;
    expect(await pythonJson(program, [runnerPath])).toEqual([]);
    expect(runner.protected_regions[0]!.text.split('\n').filter((line) => line.startsWith('# codemode:end'))).toEqual([
      '# codemode:end tools',
    ]);
  });
});
