import type { RunnerSource, ToolSpec } from '../types.js';
import type { ApiSection } from './prompt.js';

/**
 * The largest tools region shown whole in the prompt (about 10,000 tokens). A larger one is shown as an index, and
 * the model reads the lines it needs from the runner: Claude Code's Read returns at most about 25,000 tokens at once.
 */
export const API_IN_PROMPT_MAX_CHARS = 40_000;

/** The longest documentation an index entry shows. */
const MAX_DOC_CHARS = 100;

/** The runner's generated API as the model works from it. */
export interface ApiSource {
  runner: RunnerSource;
  runnerPath: string;
  tools: ToolSpec[];
  /** Matches each tool's wrapper in the tools region, its first group the tool's name (LanguageSupport.wrapperPattern). */
  wrapperPattern: RegExp;
  /** The tools region without its runtime plumbing (LanguageSupport.readableApi). */
  readableApi: (toolsRegion: string) => string;
}

export function apiSection(source: ApiSource, maxChars = API_IN_PROMPT_MAX_CHARS): ApiSection {
  const region = toolsRegion(source.runner);
  if (region.text.length <= maxChars) {
    return {
      text: ['What the runner defines before the file:', '<api>', source.readableApi(region.text), '</api>'].join('\n'),
      reads: false,
    };
  }
  return { text: apiIndex(source, region), reads: true };
}

/** The tools region where it stands in the runner's text (a port's start has a header and body of its own). */
function toolsRegion(runner: RunnerSource): RunnerSource['protected_regions'][number] {
  const region = runner.protected_regions.find((candidate) => candidate.name === 'tools');
  const start = region ? runner.text.indexOf(region.text) : -1;
  if (!region || start < 0) throw new Error(`${runner.file_name} has no tools region`);
  return { ...region, start };
}

/**
 * One line per tool (its signature, the runner's lines that hold its wrapper and documentation, and its
 * documentation's first sentence), after the lines of the region's imports and types: the model writes from the
 * index, and reads the runner's lines where the index is not enough, so it guesses nothing.
 */
function apiIndex(source: ApiSource, region: RunnerSource['protected_regions'][number]): string {
  const lineAt = lineNumbers(source.runner.text);
  const wrappers = new Map(
    [...region.text.matchAll(new RegExp(source.wrapperPattern.source, 'gm'))].map((match) => {
      const start = region.start + match.index;
      return [match[1] ?? '', { first: lineAt(start), last: lineAt(start + match[0].length) }] as const;
    }),
  );
  const regionFirst = lineAt(region.start);
  const regionLast = lineAt(region.start + region.text.length);
  const firstWrapper = Math.min(...[...wrappers.values()].map((lines) => lines.first), regionLast);
  const entries = source.tools.map((tool) => {
    const lines = wrappers.get(tool.name);
    const where = lines ? ` ${lines.first}-${lines.last}` : '';
    return `${signature(tool)}${where}: ${firstSentence(tool.doc)}`;
  });
  return [
    `The tool API is too large to show here: it is lines ${regionFirst}-${regionLast} of ${source.runnerPath}.`,
    `Lines ${regionFirst}-${firstWrapper - 1} hold its imports and the types the tools use. The index below gives each tool's signature (\`?\` marks a parameter with a default), its lines and the first sentence of its documentation.`,
    'Read (with offset and limit) the lines of a tool or type whenever its index line is not enough: its full documentation, its defaults, the fields of a type it names.',
    '',
    '<api-index>',
    ...entries,
    '</api-index>',
  ].join('\n');
}

/** A tool's parameters and result as one line, with the types as the tools module writes them. */
function signature(tool: ToolSpec): string {
  const params = tool.params.map((param) => {
    const optional = param.default !== null ? '?' : '';
    const spread = param.kind === 'var_positional' ? '*' : param.kind === 'var_keyword' ? '**' : '';
    return `${spread}${param.name}${optional}${param.annotation === null ? '' : `: ${oneLine(param.annotation)}`}`;
  });
  return `${tool.name}(${params.join(', ')})${tool.returns === null ? '' : ` -> ${oneLine(tool.returns)}`}`;
}

function oneLine(text: string): string {
  return text.replace(/\s*(?:\r\n|\r|\n)\s*/g, ' ');
}

/** The 1-based line of each offset of `text`. */
function lineNumbers(text: string): (offset: number) => number {
  const starts = [0];
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if ((starts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  };
}

/** The documentation's first sentence, on one line, cut at a length that keeps the index compact. */
function firstSentence(text: string): string {
  const line = text.trim().split(/\r\n|\r|\n/)[0] ?? '';
  const sentence = /^.*?[.!?](?=\s|$)/.exec(line)?.[0] ?? line;
  return sentence.length > MAX_DOC_CHARS ? `${sentence.slice(0, MAX_DOC_CHARS - 1)}…` : sentence;
}
