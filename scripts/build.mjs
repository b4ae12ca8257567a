// Builds dist/ from nothing:
// - one esbuild run with code splitting bundles the action (dist/index.js) and the CLI (dist/cli.js) with
//   every package, so the modules they share (the TypeScript compiler above all) are written once, as chunks
//   beside the entries; lazily imported modules stay chunks of their own that cold start does not load; two
//   modules that are never called are stand-ins (prettier, zod's locales), so they are neither read nor parsed;
//   the GitHub toolkit's undici is evaluated at its first request; Node's built-in modules are loaded through
//   require, which reads only the exports the code uses;
// - the library (dist/lib.js, the package's `exports`) is a second esbuild run with its packages left as imports,
//   because its users install them as its dependencies; tsc writes its declarations to a temporary folder, and
//   API Extractor rolls them up into the one file dist/types/lib.d.ts;
// - the TypeScript lib files a runner check can need go to dist/typescript/, the language runtime files to dist/runtime/.
import { execFileSync } from 'node:child_process';
import { chmod, copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire, isBuiltin } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { Extractor, ExtractorConfig, ExtractorLogLevel } from '@microsoft/api-extractor';
import * as esbuild from 'esbuild';
import ts from 'typescript';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const dist = path.join(root, 'dist');
const require = createRequire(import.meta.url);

/** Lazily imported packages that must not be in the static import graph of the action entry. */
const LAZY_PACKAGES = [
  'node_modules/typescript/',
  'node_modules/@actions/artifact/',
  'node_modules/@modelcontextprotocol/sdk/',
  'node_modules/json-schema-to-typescript/',
  // The engine's processes: an event the action ignores, and the checks before a command, start none.
  'node_modules/execa/',
];

// Bundled CommonJS packages use require, __filename and __dirname, which ES modules do not define. Each output file
// defines them; __filename and __dirname under other names, as bundled ES modules may declare their own.
const commonJsGlobals = {
  banner: {
    js: [
      "import { createRequire as __codemodeCreateRequire } from 'node:module';",
      "import { dirname as __codemodeDirnameOf } from 'node:path';",
      "import { fileURLToPath as __codemodeFileURLToPath } from 'node:url';",
      'const require = __codemodeCreateRequire(import.meta.url);',
      'const __codemodeFilename = __codemodeFileURLToPath(import.meta.url);',
      'const __codemodeDirname = __codemodeDirnameOf(__codemodeFilename);',
    ].join('\n'),
  },
  define: { __filename: '__codemodeFilename', __dirname: '__codemodeDirname' },
};

const common = {
  absWorkingDir: root,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outdir: dist,
  // node_modules may be a link to a shared install: name modules by the path the sources see, so the
  // bundle's text does not depend on where the packages really are.
  preserveSymlinks: true,
  logLevel: ExtractorLogLevel.Warning,
  metafile: true,
};

/** Resolves `prettier` to a stand-in (scripts/prettier-unused.mjs says why). */
const withoutPrettier = {
  name: 'without-prettier',
  /** @param {import('esbuild').PluginBuild} build */
  setup(build) {
    build.onResolve({ filter: /^prettier$/ }, () => ({ path: path.join(root, 'scripts', 'prettier-unused.mjs') }));
  },
};

/** Resolves zod's index of locales to a stand-in (scripts/zod-locales-unused.mjs says why). */
const withoutZodLocales = {
  name: 'without-zod-locales',
  /** @param {import('esbuild').PluginBuild} build */
  setup(build) {
    build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, ({ importer }) =>
      importer.includes(`${path.sep}node_modules${path.sep}zod${path.sep}`)
        ? { path: path.join(root, 'scripts', 'zod-locales-unused.mjs') }
        : undefined,
    );
  },
};

const UNDICI_ON_DEMAND = path.join(root, 'scripts', 'undici-on-demand.cjs');

/** Resolves the GitHub toolkit's `undici` to a stand-in that loads it on demand (scripts/undici-on-demand.cjs says why). */
const undiciOnDemand = {
  name: 'undici-on-demand',
  /** @param {import('esbuild').PluginBuild} build */
  setup(build) {
    build.onResolve({ filter: /^undici$/ }, ({ importer }) =>
      importer.includes(`${path.sep}node_modules${path.sep}@actions${path.sep}`) ? { path: UNDICI_ON_DEMAND } : undefined,
    );
  },
};

/**
 * Loads Node's built-in modules through `require` rather than `import`. An ES module import of a built-in makes
 * Node read every export of it at once, getters included: `node:http`'s load Node's own fetch implementation
 * (about 40 ms), `node:crypto`'s the Web Crypto API, `node:process`'s create the standard streams. `require`
 * reads only what the code uses.
 */
const builtinsThroughRequire = {
  name: 'builtins-through-require',
  /** @param {import('esbuild').PluginBuild} build */
  setup(build) {
    build.onResolve({ filter: /^(node:)?[\w/]+$/ }, ({ path: name, kind }) =>
      kind === 'import-statement' && isBuiltin(name) ? { path: name.replace(/^node:/, ''), namespace: 'builtin' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'builtin' }, ({ path: name }) => ({
      contents: `module.exports = require(${JSON.stringify(`node:${name}`)});`,
      loader: 'js',
    }));
  },
};

async function bundleApplication() {
  const { metafile } = await esbuild.build({
    ...common,
    entryPoints: { index: 'src/index.ts', cli: 'src/cli.ts' },
    splitting: true,
    plugins: [withoutPrettier, withoutZodLocales, undiciOnDemand, builtinsThroughRequire],
    // Chunks sit beside the entries, so `new URL('./runtime/', import.meta.url)` names dist/runtime/ from any of them.
    chunkNames: '[name]-[hash]',
    ...commonJsGlobals,
  });
  await chmod(path.join(dist, 'cli.js'), 0o755);
  assertLazy(metafile, 'dist/index.js');
}

/**
 * Fails the build when a lazily imported package is reachable from `entry` through static imports.
 * @param {import('esbuild').Metafile} metafile
 * @param {string} entry
 */
function assertLazy(metafile, entry) {
  /** @type {Set<string>} */
  const loaded = new Set();
  /** @param {string} output */
  const visit = (output) => {
    if (loaded.has(output)) return;
    loaded.add(output);
    for (const imported of metafile.outputs[output].imports)
      if (imported.kind === 'import-statement' && !imported.external) visit(imported.path);
  };
  visit(entry);
  for (const output of loaded) {
    const eager = Object.keys(metafile.outputs[output].inputs).find((input) => LAZY_PACKAGES.some((lazy) => input.includes(lazy)));
    if (eager) throw new Error(`${entry} loads ${eager} at start (through ${output}); import it lazily`);
  }
}

async function bundleLibrary() {
  await esbuild.build({ ...common, entryPoints: { lib: 'src/lib.ts' }, packages: 'external' });
  const declarations = await mkdtemp(path.join(os.tmpdir(), 'codemode-types-'));
  try {
    const tsc = require.resolve('typescript/bin/tsc');
    execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json', '--outDir', declarations], { cwd: root, stdio: 'inherit' });
    rollUpDeclarations(path.join(declarations, 'lib.d.ts'), path.join(dist, 'types', 'lib.d.ts'));
  } finally {
    await rm(declarations, { recursive: true, force: true });
  }
}

/**
 * Rolls the declarations of the library's entry up into one file; only what the entry exports, and what that
 * refers to, is in it.
 * @param {string} entry
 * @param {string} output
 */
function rollUpDeclarations(entry, output) {
  const config = ExtractorConfig.prepare({
    configObject: {
      projectFolder: root,
      mainEntryPointFilePath: entry,
      compiler: { tsconfigFilePath: path.join(root, 'tsconfig.build.json') },
      dtsRollup: { enabled: true, untrimmedFilePath: output },
      apiReport: { enabled: false },
      docModel: { enabled: false },
      tsdocMetadata: { enabled: false },
      messages: {
        // The entry's own package is not a TSDoc project: its comments are prose, not TSDoc.
        tsdocMessageReporting: { default: { logLevel: ExtractorLogLevel.None } },
        // Types the exports refer to but do not name (e.g. the config schema behind CodeModeConfigInput) are declared
        // in the roll-up unexported, as intended.
        extractorMessageReporting: {
          default: { logLevel: ExtractorLogLevel.Warning },
          'ae-missing-release-tag': { logLevel: ExtractorLogLevel.None },
          'ae-forgotten-export': { logLevel: ExtractorLogLevel.None },
        },
        compilerMessageReporting: { default: { logLevel: ExtractorLogLevel.Warning } },
      },
    },
    configObjectFullPath: undefined,
    packageJsonFullPath: path.join(root, 'package.json'),
  });
  const result = Extractor.invoke(config, { localBuild: true });
  if (!result.succeeded) throw new Error(`Rolling up the declarations failed with ${result.errorCount} error(s)`);
}

/**
 * The lib files a runner check can need: the default lib of every target (what a tsconfig.json without `lib`
 * uses; they bring in dom and scripthost), every ECMAScript and decorators lib a tsconfig.json can name, and
 * all they reference. Left out: the webworker libs, which a tools module's runner has no use for.
 */
async function copyTypeScriptLibs() {
  const source = path.dirname(require.resolve('typescript/lib/lib.d.ts'));
  const target = path.join(dist, 'typescript');
  const targets = Object.values(ts.ScriptTarget).filter((value) => typeof value === 'number');
  const pending = [
    ...targets.map((scriptTarget) => ts.getDefaultLibFileName({ target: scriptTarget })),
    ...(await readdir(source)).filter((file) => /^lib\.(es\d|esnext|decorators)[\w.]*\.d\.ts$/.test(file)),
  ];
  /** @type {Set<string>} */
  const needed = new Set();
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (needed.has(file)) continue;
    needed.add(file);
    const text = await readFile(path.join(source, file), 'utf8');
    for (const [, lib] of text.matchAll(/^\/\/\/\s*<reference\s+lib="([^"]+)"\s*\/>/gm)) pending.push(`lib.${lib.toLowerCase()}.d.ts`);
  }
  await mkdir(target, { recursive: true });
  for (const file of [...needed].sort()) await copyFile(path.join(source, file), path.join(target, file));
}

/** Each language's runtime files (src/engine/<language>/runtime/*), flat in dist/runtime/. */
async function copyRuntimeFiles() {
  const engine = path.join(root, 'src', 'engine');
  const target = path.join(dist, 'runtime');
  for (const language of await readdir(engine, { withFileTypes: true })) {
    if (!language.isDirectory()) continue;
    const runtime = path.join(engine, language.name, 'runtime');
    const files = await readdir(runtime, { withFileTypes: true }).catch((/** @type {unknown} */ error) => {
      if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return [];
      throw error;
    });
    for (const file of files) {
      if (!file.isFile() || /\.test\.|^tsconfig.*\.json$/.test(file.name)) continue;
      await mkdir(target, { recursive: true });
      await copyFile(path.join(runtime, file.name), path.join(target, file.name));
    }
  }
}

await rm(dist, { recursive: true, force: true });
await mkdir(dist, { recursive: true });
await writeFile(path.join(dist, 'package.json'), '{ "type": "module" }\n');
await bundleApplication();
await bundleLibrary();
await copyTypeScriptLibs();
await copyRuntimeFiles();
