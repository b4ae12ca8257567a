import { cpSync, mkdtempSync, readdirSync, readFileSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { execa } from 'execa';
import { describe, expect, it } from 'vitest';

import type { LanguageContext, TypeChecker } from '../../src/engine/language.js';
import { pythonLanguage } from '../../src/engine/python/index.js';
import { ensurePyright, PYRIGHT_VERSION, pyrightDiagnostics, withoutCheckerComments } from '../../src/engine/python/pyright.js';
import { PyrightServer } from '../../src/engine/python/pyright-server.js';
import { locateProtectedRegions } from '../../src/engine/verify.js';
import {
  checkRunner,
  context,
  extract,
  fixture,
  pythonJson,
  repoRoot,
  runnerWithMain,
  runRunner,
  writeRunner,
} from '../fixtures/python/harness.js';
import { PYRIGHT_PATH, REPO_ROOT } from '../helpers/claude.js';

const basic: TypeChecker = { mode: 'basic', path: PYRIGHT_PATH };
const typed = () => extract(fixture('checked/results.py'));
const withChecker = (checker: TypeChecker): LanguageContext => ({ ...context, typeChecker: checker });

/**
 * A virtual environment of this Python (its packages visible, for pydantic) with the SDK of test/fixtures/python/sdk
 * copied into its site-packages, as an installed package is; its interpreter.
 */
async function environmentWithSdk(): Promise<string> {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'codemode-venv-'));
  await execa('python3', ['-m', 'venv', '--system-site-packages', '--without-pip', folder]);
  const python = path.join(folder, 'bin', 'python');
  const { stdout } = await execa(python, ['-c', 'import sysconfig; print(sysconfig.get_paths()["purelib"])']);
  cpSync(path.join(repoRoot, fixture('sdk/acme_shipping')), path.join(stdout.trim(), 'acme_shipping'), { recursive: true });
  return python;
}

/** The runner with `body` as main()'s body, and the line of main()'s first body line. */
function runnerWithBody(module: Awaited<ReturnType<typeof typed>>, body: string) {
  const text = runnerWithMain(module, `def main(params: str = "task") -> object:\n${body}`);
  const first = text.split('\n').findIndex((line) => line.startsWith('def main(')) + 2;
  return { text, first };
}

describe('type-checking a Python runner with pyright', () => {
  it(
    'finds unknown attributes and keys, wrong arguments, a missing await and access through an Optional',
    { timeout: 120_000 },
    async () => {
      const module = await typed();
      const { text, first } = runnerWithBody(
        module,
        [
          '    report = forecast("Paris")',
          '    home = station("Pier")',
          '    latest = reading("Pier")',
          '    later = forecast_later("Oslo")',
          '    maybe = find_station("Dock")',
          '    return [',
          '        report.humidity,',
          '        home.elevation,',
          '        latest["fahrenheit"],',
          '        forecast(1),',
          '        forecast("Rome", "Milan"),',
          '        later.high,',
          '        maybe.name,',
          '    ]',
        ].join('\n'),
      );
      const at = (offset: number, column: number) => `agentRunner.py:${first + offset}:${column}`;
      expect(await checkRunner(module, text, withChecker(basic))).toEqual([
        {
          line: first + 6,
          message: `${at(6, 16)} - error: Cannot access attribute "humidity" for class "Forecast"\n  Attribute "humidity" is unknown (reportAttributeAccessIssue)`,
        },
        {
          line: first + 7,
          message: `${at(7, 14)} - error: Cannot access attribute "elevation" for class "Station"\n  Attribute "elevation" is unknown (reportAttributeAccessIssue)`,
        },
        {
          line: first + 8,
          message: `${at(8, 9)} - error: Could not access item in TypedDict\n  "fahrenheit" is not a defined key in "Reading" (reportGeneralTypeIssues)`,
        },
        {
          line: first + 9,
          message: `${at(9, 18)} - error: Argument of type "Literal[1]" cannot be assigned to parameter "city" of type "str" in function "forecast"\n  "Literal[1]" is not assignable to "str" (reportArgumentType)`,
        },
        { line: first + 10, message: `${at(10, 26)} - error: Expected 1 positional argument (reportCallIssue)` },
        {
          line: first + 11,
          message: `${at(11, 15)} - error: Cannot access attribute "high" for class "CoroutineType[Any, Any, Forecast]"\n  Attribute "high" is unknown (reportAttributeAccessIssue)`,
        },
        { line: first + 12, message: `${at(12, 15)} - error: "name" is not a known attribute of "None" (reportOptionalMemberAccess)` },
      ]);
    },
  );

  it(
    'passes a correct program over dataclass, pydantic, TypedDict, Enum and Optional results, and untyped tools',
    { timeout: 120_000 },
    async () => {
      const module = await typed();
      const { text } = runnerWithBody(
        module,
        [
          '    report = forecast("Paris")',
          '    home = station("Pier")',
          '    latest = reading("Pier")',
          '    maybe = find_station("Dock")',
          '    stored = record({"any": "thing"})',
          '    return {',
          '        "spread": report.high - report.low,',
          '        "station": home.name.upper(),',
          '        "height": home.elevation_m * 2,',
          '        "celsius": latest["celsius"] + 1,',
          '        "clear": sky("Paris") is Sky.CLEAR,',
          '        "sky": sky("Oslo").value,',
          '        "dock": maybe.name if maybe is not None else None,',
          '        "stored": stored["whatever"].deeply.nested,',
          '    }',
        ].join('\n'),
      );
      expect(await checkRunner(module, text, withChecker(basic))).toEqual([]);
      const asynchronous = runnerWithMain(
        module,
        'async def main(params: str = "task") -> object:\n    report = await forecast_later("Oslo")\n    return report.city',
      );
      expect(await checkRunner(module, asynchronous, withChecker(basic))).toEqual([]);
    },
  );

  it(
    'accepts a program that catches the exceptions a tool raises by name, from the tools module or its sibling',
    { timeout: 120_000 },
    async () => {
      const module = await extract(fixture('shipments/tools.py'));
      const text = runnerWithMain(
        module,
        [
          'def main(params: str = "task") -> object:',
          '    try:',
          '        return shipment("x-1").carrier',
          '    except ShipmentNotFound as error:',
          '        missing: str = error.shipment_id',
          '    try:',
          '        return track("s-1")',
          '    except CarrierDown as error:',
          '        return [missing, error.carrier, error.retry_after + 1]',
          '    except (QuotaExceeded, ShippingError):',
          '        return None',
        ].join('\n'),
      );
      expect(await checkRunner(module, text, withChecker(basic))).toEqual([]);
    },
  );

  it(
    'shows the pydantic response models of an installed package, and a program using their fields passes pyright and runs',
    { timeout: 120_000 },
    async () => {
      const installed = withChecker(basic);
      installed.toolchain = { executable: await environmentWithSdk() };
      const module = await extract(fixture('sdk_tools.py'), installed);
      expect(module.declarations).toEqual([
        'class Quote(BaseModel):\n    """A carrier\'s price for a parcel."""\n    carrier: str\n    price_cents: int\n    parcel: Parcel',
        'class Parcel(BaseModel):\n    weight_kg: float\n    to: Address',
        "class Address(BaseModel):\n    city: str\n    country: str = Field(description='ISO 3166 country code')",
      ]);
      const text = runnerWithMain(
        module,
        [
          'def main(params: str = "task") -> object:',
          '    found = quote("Lyon", 2.5)',
          '    destination: Address = found.parcel.to',
          '    return [found.price_cents / 100, destination.city, destination.country, isinstance(found, Quote)]',
        ].join('\n'),
      );
      expect(await checkRunner(module, text, installed)).toEqual([]);
      const run = await runRunner(writeRunner(text), module, installed);
      const { exitCode, report } = run;
      expect(exitCode).toBe(0);
      expect(report.output, run.log).toEqual([12.5, 'Lyon', 'FR', true]);
    },
  );

  it('sends only errors on the lines outside the protected regions', { timeout: 120_000 }, async () => {
    const module = await typed();
    const { text, first } = runnerWithBody(module, '    return forecast("Paris").humidity');
    const generated = pythonLanguage.renderRunner(module, 'task');
    const located = locateProtectedRegions(generated, text);
    if ('failure' in located) throw new Error(located.failure.message);
    const strict: TypeChecker = { mode: 'strict', path: PYRIGHT_PATH };
    const runnerPath = writeRunner(text);
    const everywhere = await pyrightDiagnostics(runnerPath, module, context, [], strict, []);
    const toolsRegion = located.regions[0]!;
    // Strict rules flag the untyped tool's wrapper, which is generated: those errors are not the program's.
    expect(
      everywhere.some((diagnostic) => diagnostic.line! <= toolsRegion.last_line && diagnostic.message.includes('parameter "note"')),
    ).toBe(true);
    const sent = await pyrightDiagnostics(runnerPath, module, context, located.regions, strict, []);
    expect(new Set(sent.map((diagnostic) => diagnostic.line))).toEqual(new Set([first]));
    expect(sent.some((diagnostic) => diagnostic.message.includes('Cannot access attribute "humidity" for class "Forecast"'))).toBe(true);
  });

  it('rejects under strict rules a correct program that basic rules pass', { timeout: 120_000 }, async () => {
    const module = await typed();
    const { text, first } = runnerWithBody(
      module,
      ['    highs = []', '    for city in ["Paris", "Oslo"]:', '        highs.append(forecast(city).high)', '    return highs'].join('\n'),
    );
    expect(await checkRunner(module, text, withChecker(basic))).toEqual([]);
    const strict = await checkRunner(module, text, withChecker({ mode: 'strict', path: PYRIGHT_PATH }));
    expect(strict.map((diagnostic) => diagnostic.line)).toEqual([first + 2, first + 3]);
    expect(strict[0]!.message).toContain('Type of "append" is partially unknown');
  });

  it('does not run pyright when the context has no type checker (check: off)', async () => {
    const module = await typed();
    const { text } = runnerWithBody(module, '    return forecast("Paris").humidity');
    expect(await checkRunner(module, text)).toEqual([]);
  });

  it('does not let a type: ignore comment silence an error', { timeout: 120_000 }, async () => {
    const module = await typed();
    const { text, first } = runnerWithBody(module, '    return forecast("Paris").humidity  # type: ignore');
    expect((await checkRunner(module, text, withChecker(basic))).map((diagnostic) => diagnostic.line)).toEqual([first]);
  });

  it('does not let pyright: ignore comments silence an error on their line', { timeout: 120_000 }, async () => {
    const module = await typed();
    const { text, first } = runnerWithBody(
      module,
      [
        '    wet = forecast("Paris").humidity  # pyright: ignore',
        '    dry = forecast("Oslo").dew  #pyright:ignore[reportAttributeAccessIssue]',
        '    return [wet, dry]  # noqa # pyright: ignore[reportUnknownVariableType]',
      ].join('\n'),
    );
    const found = await checkRunner(module, text, withChecker(basic));
    expect(found.map((diagnostic) => diagnostic.line)).toEqual([first, first + 1]);
    expect(found[0]!.message).toBe(
      `agentRunner.py:${first}:29 - error: Cannot access attribute "humidity" for class "Forecast"\n  Attribute "humidity" is unknown (reportAttributeAccessIssue)`,
    );
  });

  it('does not let file-level pyright comments weaken the rules', { timeout: 120_000 }, async () => {
    const module = await typed();
    const strict = withChecker({ mode: 'strict', path: PYRIGHT_PATH });
    const loop = ['    highs = []', '    for city in ["Paris", "Oslo"]:', '        highs.append(forecast(city).high)', '    return highs'];
    for (const directive of ['# pyright: basic', '# pyright: strict=false, reportUnknownMemberType=false']) {
      const { text, first } = runnerWithBody(module, loop.join('\n'));
      const withDirective = `${directive}\n${text}`;
      expect((await checkRunner(module, withDirective, strict)).map((diagnostic) => diagnostic.line)).toEqual([first + 3, first + 4]);
    }
    const { text, first } = runnerWithBody(module, '    return forecast("Paris").humidity');
    const unknownAttributesAllowed = `# pyright: reportAttributeAccessIssue=false\n${text}`;
    expect((await checkRunner(module, unknownAttributesAllowed, withChecker(basic))).map((diagnostic) => diagnostic.line)).toEqual([
      first + 1,
    ]);
  });

  it('cuts checker comments off their lines, keeping every line break and column before them', () => {
    const text = 'a = 1\r\nb = a.x  # pyright: ignore  \rc = 2\n# pyright: basic\n';
    const comments = [
      { line: 2, comment: '# pyright: ignore' },
      { line: 4, comment: '# pyright: basic' },
    ];
    expect(withoutCheckerComments(text, comments)).toBe('a = 1\r\nb = a.x  \rc = 2\n\n');
    expect(() => withoutCheckerComments(text, [{ line: 3, comment: '# pyright: ignore' }])).toThrow(
      'comment "# pyright: ignore" is not at the end of line 3',
    );
  });

  it('leaves pyright comments inside strings alone', { timeout: 120_000 }, async () => {
    const module = await typed();
    const { text } = runnerWithBody(module, '    label = "high # pyright: ignore"\n    return f"{label} {forecast(\'Paris\').high}"');
    expect(await checkRunner(module, text, withChecker(basic))).toEqual([]);
  });

  it(
    'binds declared classes the tools module reaches only through a sibling module, so a program compares with them',
    {
      timeout: 120_000,
    },
    async () => {
      const module = await extract(fixture('tickets/tools.py'));
      // Warning is declared too, but binding it would hide the builtin.
      expect(module.declarations.map((text) => text.split('\n').find((line) => line.startsWith('class ')))).toEqual(
        expect.arrayContaining(['class Warning(str, Enum):']),
      );
      expect(module.data.type_imports).toEqual([
        { module: 'models', name: 'Status' },
        { module: 'models', name: 'Comment' },
      ]);
      const body = [
        '    found = ticket(3)',
        '    first: Comment = found.comments[0]',
        '    return [found.status is Status.OPEN, first.author, found.status is Status.OPENED]',
      ];
      const { text, first } = runnerWithBody(module, body.join('\n'));
      expect(text).toContain('if TYPE_CHECKING:\n    import tools as _codemode_tools\n    from models import Status, Comment\n');
      const found = await checkRunner(module, text, withChecker(basic));
      expect(found.map((diagnostic) => diagnostic.line)).toEqual([first + 2]);
      expect(found[0]!.message).toContain('Cannot access attribute "OPENED" for class "type[Status]"');
      const correct = runnerWithBody(module, [...body.slice(0, 2), '    return [found.status is Status.OPEN, first.author]'].join('\n'));
      expect(await checkRunner(module, correct.text, withChecker({ mode: 'strict', path: PYRIGHT_PATH }))).toEqual([]);
    },
  );

  it('names pyright and the reason when it cannot run', async () => {
    const module = await typed();
    const { text } = runnerWithBody(module, '    return forecast("Paris")');
    const broken = path.join(mkdtempSync(path.join(os.tmpdir(), 'codemode-pyright-broken-')), 'index.js');
    writeFileSync(broken, 'console.error("pyright: cannot start"); process.exit(2);\n');
    await expect(checkRunner(module, text, withChecker({ mode: 'basic', path: broken }))).rejects.toMatchObject({
      kind: 'environment',
      message: `pyright at ${broken} failed while checking agentRunner.py: pyright: cannot start`,
    });
  });
});

describe('pyright kept warm', () => {
  const PROGRAMS = [
    ['    report = forecast("Paris")', '    return [report.humidity, station("Pier").elevation, forecast(1)]'],
    ['    report = forecast("Paris")', '    return {"spread": report.high - report.low}'],
    ['    maybe = find_station("Dock")', '    return maybe.name'],
  ];

  /** The typed fixture, its generated runner, and pyright's server started on that runner. */
  async function startedServer() {
    const module = await typed();
    const generated = pythonLanguage.renderRunner(module, 'task');
    const server = await PyrightServer.start(generated.file_name, generated.text, module, withChecker(basic));
    return { module, generated, server };
  }

  it('answers each program that arrives after the generated runner as a cold check of it does', { timeout: 240_000 }, async () => {
    const { module, generated, server } = await startedServer();
    try {
      for (const body of PROGRAMS) {
        const { text } = runnerWithBody(module, body.join('\n'));
        const located = locateProtectedRegions(generated, text);
        if ('failure' in located) throw new Error(located.failure.message);
        const cold = await pyrightDiagnostics(writeRunner(text), module, context, located.regions, basic, []);
        expect(await server.diagnostics(text, located.regions, [])).toEqual(cold);
      }
    } finally {
      await server.close();
    }
  });

  it('resolves the runner importing itself to the program, as the cold check does', { timeout: 240_000 }, async () => {
    const { module, generated, server } = await startedServer();
    try {
      const main =
        'def helper() -> int:\n    return 1\n\n\ndef main(params: str = "task") -> object:\n    import agentRunner\n    return agentRunner.helper() + "x"';
      const text = runnerWithMain(module, main);
      const located = locateProtectedRegions(generated, text);
      if ('failure' in located) throw new Error(located.failure.message);
      const cold = await pyrightDiagnostics(writeRunner(text), module, context, located.regions, basic, []);
      expect(cold.map((diagnostic) => diagnostic.message)).toEqual([
        expect.stringContaining('Operator "+" not supported for types "int" and "Literal[\'x\']"'),
      ]);
      expect(await server.diagnostics(text, located.regions, [])).toEqual(cold);
    } finally {
      await server.close();
    }
  });

  it('does not let pyright comments silence an error in the warm check either', { timeout: 120_000 }, async () => {
    const { module, server } = await startedServer();
    try {
      const { text, first } = runnerWithBody(module, '    return forecast("Paris").humidity  # pyright: ignore');
      const found = await checkRunner(module, text, { ...withChecker(basic), warmChecker: server });
      expect(found.map((diagnostic) => diagnostic.line)).toEqual([first]);
      expect(found[0]?.message).toContain('Cannot access attribute "humidity" for class "Forecast"');
    } finally {
      await server.close();
    }
  });

  it('leaves the check to a cold pyright when the server has stopped', { timeout: 120_000 }, async () => {
    const { module, server } = await startedServer();
    await server.close();
    const { text, first } = runnerWithBody(module, '    return forecast("Paris").humidity');
    const found = await checkRunner(module, text, { ...withChecker(basic), warmChecker: server });
    expect(found.map((diagnostic) => diagnostic.line)).toEqual([first]);
  });
});

describe('the runtime stub the check uses', () => {
  it('declares every entry point the runtime defines for the generated regions', async () => {
    const program = `
import ast, json, sys
def entry_points(path):
    tree = ast.parse(open(path).read())
    names = set()
    for node in tree.body:
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
        names.update(target.id for target in targets if isinstance(target, ast.Name))
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            names.add(node.name)
    return sorted(name for name in names if name.startswith("_codemode_"))
print(json.dumps([entry_points(path) for path in sys.argv[1:]]))
`;
    const runtime = path.join(REPO_ROOT, 'src/engine/python/runtime/_codemode_runtime');
    const [defined, declared] = (await pythonJson(program, [`${runtime}.py`, `${runtime}.pyi`])) as string[][];
    expect(defined!.length).toBeGreaterThan(5);
    expect(declared).toEqual(defined);
  });
});

describe('finding or installing pyright', () => {
  const temporaryDir = () => mkdtempSync(path.join(os.tmpdir(), 'codemode-pyright-cache-'));

  it('pins the version of the repository’s devDependency', () => {
    const manifest = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
    expect(manifest.devDependencies.pyright).toBe(PYRIGHT_VERSION);
  });

  it('uses an explicit script as is and reports its version', async () => {
    const link = path.join(temporaryDir(), 'pyright');
    symlinkSync(PYRIGHT_PATH, link);
    expect(await ensurePyright({ path: link, cacheDir: temporaryDir(), env: process.env })).toMatchObject({
      path: realpathSync(PYRIGHT_PATH),
      version: PYRIGHT_VERSION,
      installed: false,
    });
  });

  it('rejects an explicit script that does not exist', async () => {
    const missing = path.join(temporaryDir(), 'index.js');
    await expect(ensurePyright({ path: missing, cacheDir: temporaryDir(), env: process.env })).rejects.toMatchObject({
      kind: 'usage',
      message: `pyright not found at ${missing} (pyright_path)`,
    });
  });

  it('says so when npm is missing', async () => {
    const cacheDir = temporaryDir();
    const bin = temporaryDir();
    symlinkSync(process.execPath, path.join(bin, 'node'));
    await expect(ensurePyright({ cacheDir, env: { PATH: bin, HOME: os.homedir() } })).rejects.toMatchObject({
      kind: 'environment',
      message: 'Cannot install pyright: npm not found on PATH (set pyright_path to use one already installed)',
    });
    expect(readdirSync(path.join(cacheDir, 'pyright'))).toEqual([]);
  });

  it('reports npm’s cause when the version does not exist', { timeout: 120_000 }, async () => {
    const cacheDir = temporaryDir();
    await expect(ensurePyright({ cacheDir, env: process.env }, '0.0.999')).rejects.toThrow(
      'npm install pyright@0.0.999 failed: notarget No matching version found for pyright@0.0.999.',
    );
    expect(readdirSync(path.join(cacheDir, 'pyright'))).toEqual([]);
  });

  it('installs the pinned version into the cache once, then finds it there', { timeout: 300_000 }, async () => {
    const cacheDir = temporaryDir();
    const first = await ensurePyright({ cacheDir, env: process.env });
    expect(first).toMatchObject({
      path: path.join(cacheDir, 'pyright', PYRIGHT_VERSION, 'node_modules', 'pyright', 'index.js'),
      installed: true,
    });
    expect(readdirSync(path.join(cacheDir, 'pyright'))).toEqual([PYRIGHT_VERSION]);
    expect(await ensurePyright({ cacheDir, env: process.env })).toMatchObject({
      path: first.path,
      version: PYRIGHT_VERSION,
      installed: false,
    });
  });
});
