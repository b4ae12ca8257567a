// Bundles the action (dist/index.js), the CLI (dist/cli.js) and the library (dist/lib.js) with ncc as ESM.
// Each entry's lazily loaded chunks are named after it (e.g. 672.cli.js), so the three share dist/.
import { chmod, copyFile, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ncc from '@vercel/ncc';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const dist = path.join(root, 'dist');
const entries = { index: 'src/index.ts', cli: 'src/cli.ts', lib: 'src/lib.ts' };

// Bundled CommonJS packages read __filename and __dirname, which ESM chunks do not define. The TypeScript
// compiler finds its lib.*.d.ts files beside __filename, so its chunk points it at dist/typescript/.
function withCommonJsGlobals(code) {
  if (!/\b__(file|dir)name\b/.test(code)) return code;
  const file = code.includes('getDefaultLibFilePath') ? "new URL('./typescript/typescript.js', import.meta.url)" : 'import.meta.url';
  return [
    "import { fileURLToPath as __codemodeFileURLToPath } from 'node:url';",
    "import { dirname as __codemodeDirname } from 'node:path';",
    `const __filename = __codemodeFileURLToPath(${file});`,
    'const __dirname = __codemodeDirname(__filename);',
    code,
  ].join('\n');
}

async function copyTypeScriptLibs() {
  const source = path.join(root, 'node_modules', 'typescript', 'lib');
  const target = path.join(dist, 'typescript');
  await mkdir(target, { recursive: true });
  for (const file of await readdir(source)) {
    if (/^lib\..*\.d\.ts$/.test(file)) await copyFile(path.join(source, file), path.join(target, file));
  }
}

async function bundle(name, input) {
  const { code, assets } = await ncc(path.join(root, input), {
    esm: true,
    filename: `${name}.js`,
    target: 'es2022',
    quiet: true,
    sourceMapRegister: false,
    transpileOnly: true,
  });
  const banner = name === 'cli' ? '#!/usr/bin/env node\n' : '';
  const out = path.join(dist, `${name}.js`);
  await writeFile(out, banner + withCommonJsGlobals(code.replace(/^#!.*\n/, '')));
  if (banner) await chmod(out, 0o755);
  for (const [file, asset] of Object.entries(assets)) {
    if (file !== 'package.json') await writeFile(path.join(dist, file), withCommonJsGlobals(String(asset.source)));
  }
}

await rm(dist, { recursive: true, force: true });
await mkdir(dist, { recursive: true });
await writeFile(path.join(dist, 'package.json'), '{ "type": "module" }\n');
for (const [name, input] of Object.entries(entries)) await bundle(name, input);
await copyTypeScriptLibs();
