import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { sameEnds } from '../format.js';
import { usageError } from './errors.js';
import type { ProgramDrift, ProtectedRegion, RunnerSource } from './types.js';
import { locateRepositoryFile } from './workspace.js';

/** A runner committed to the repository (by convention `.codemode/<name>.py` or `.ts`), run without asking the model. */
export interface SavedProgram {
  /** Path from the repository root, with forward slashes. */
  relative_path: string;
  text: string;
}

/**
 * The saved program to run: given as text, or read from its path, checked to be a readable file inside the
 * repository; either way in the language of the runner the tools need.
 */
export async function savedProgram(
  program: string | SavedProgram,
  repoRoot: string,
  runnerFileName: string,
  toolsPath: string,
): Promise<SavedProgram> {
  const inLanguage = (name: string, file: string) => {
    const extension = path.extname(runnerFileName);
    if (path.extname(file) !== extension) {
      throw usageError(`Saved program ${name} is not a ${extension} file: the tools in ${toolsPath} are run by ${extension} programs`);
    }
  };
  if (typeof program !== 'string') {
    inLanguage(program.relative_path, program.relative_path);
    return program;
  }
  if (!program.trim()) throw usageError('No saved program given: pass the path of a runner file such as .codemode/<name>.py');
  const location = await locateRepositoryFile(program, repoRoot, 'Saved program');
  inLanguage(program, location.absolute);
  return { relative_path: location.relative, text: await readFile(location.absolute, 'utf8') };
}

/**
 * How the saved program's protected regions differ from the ones generated from today's tools module: null when
 * each region, found between its marker lines, is byte-identical. Where they are out of place or repeated, the
 * verification of the program says so instead.
 */
export function checkDrift(generated: RunnerSource, saved: SavedProgram, toolsPath: string, wrapperPattern: RegExp): ProgramDrift | null {
  const tools: string[] = [];
  const regions: string[] = [];
  const hunks: string[] = [];
  for (const region of generated.protected_regions) {
    const before = savedRegion(saved.text, region) ?? '';
    if (before === region.text) continue;
    const savedWrappers = wrappers(before, wrapperPattern);
    const todayWrappers = wrappers(region.text, wrapperPattern);
    const changed = [...new Set([...todayWrappers.keys(), ...savedWrappers.keys()])].filter(
      (name) => savedWrappers.get(name) !== todayWrappers.get(name),
    );
    tools.push(...changed);
    hunks.push(...changed.map((name) => hunk(name, savedWrappers.get(name) ?? '', todayWrappers.get(name) ?? '')));
    const [restBefore, restAfter] = [before, region.text].map(withoutWrappers(wrapperPattern));
    if (restBefore !== restAfter) {
      regions.push(region.name);
      hunks.push(hunk(`${region.name} region`, restBefore ?? '', restAfter ?? ''));
    }
  }
  if (hunks.length === 0) return null;
  const diff = [`--- ${saved.relative_path} (saved)`, `+++ ${toolsPath} (generated today)`, ...hunks].join('\n');
  return { tools, regions, diff };
}

/** The saved program with today's protected regions in place of its own: where porting it to today's tools starts. */
export function portStart(generated: RunnerSource, saved: SavedProgram): string {
  return generated.protected_regions.reduce((text, region) => {
    const old = savedRegion(text, region);
    return old === null ? text : text.replace(old, () => region.text);
  }, saved.text);
}

/** The one-line error of a drifted program, naming the tools whose signatures differ. */
export function driftMessage(programPath: string, toolsPath: string, drift: ProgramDrift): string {
  const reasons = [];
  if (drift.tools.length === 1) reasons.push(`the signature of ${drift.tools.join('')} differs`);
  if (drift.tools.length > 1) reasons.push(`the signatures of ${drift.tools.join(', ')} differ`);
  if (drift.regions.length) reasons.push(`its generated ${drift.regions.join(' and ')} code differs`);
  return `The saved program ${programPath} no longer matches the tools in ${toolsPath}: ${reasons.join('; ')}`;
}

/** The saved text from the region's begin marker line through the next end marker line, or null when absent. */
function savedRegion(text: string, region: ProtectedRegion): string | null {
  const lines = text.split('\n');
  const regionLines = region.text.split('\n');
  const begin = lines.indexOf(regionLines[0] ?? '');
  if (begin < 0) return null;
  const end = lines.indexOf(regionLines.at(-1) ?? '', begin + 1);
  return end < 0 ? null : lines.slice(begin, end + 1).join('\n');
}

/** Each tool's wrapper text in a tools region, by tool name. */
function wrappers(regionText: string, wrapperPattern: RegExp): Map<string, string> {
  return new Map([...regionText.matchAll(wrapperPattern)].map((match) => [match[1] ?? '', match[0]]));
}

/** A region's text less its wrappers and blank lines: what must match besides the tools, however many there are. */
function withoutWrappers(wrapperPattern: RegExp): (regionText: string) => string {
  return (regionText) => regionText.replace(wrapperPattern, '').replace(/\n{2,}/g, '\n');
}

/** The lines that differ between two texts, their common first and last lines left out, as a unified-diff hunk. */
function hunk(title: string, before: string, after: string): string {
  const old = before ? before.split('\n') : [];
  const now = after ? after.split('\n') : [];
  const { head, tail } = sameEnds(old, now);
  const removed = old.slice(head, old.length - tail).map((line) => `-${line}`);
  const added = now.slice(head, now.length - tail).map((line) => `+${line}`);
  return [`@@ ${title} @@`, ...removed, ...added].join('\n');
}
