/**
 * Names of MCP servers and tools as identifiers of the runner's language: valid, never a keyword or a global the
 * program needs, and unique (a later duplicate gets a number).
 */

const TYPESCRIPT_RESERVED = new Set(
  (
    'break case catch class const continue debugger default delete do else enum export extends false finally for function if import in ' +
    'instanceof new null return super switch this throw true try typeof var void while with yield let static implements interface ' +
    'package private protected public await as async any boolean number string symbol type of from get set declare module namespace ' +
    'require never unknown object bigint undefined arguments eval constructor prototype ' +
    'globalThis console process Promise JSON Math Object Array String Number Boolean Error Date Map Set Symbol RegExp NaN Infinity ' +
    'main params McpContent'
  ).split(' '),
);

const PYTHON_RESERVED = new Set(
  (
    'False None True and as assert async await break class continue def del elif else except finally for from global if import in is ' +
    'lambda nonlocal not or pass raise return try while with yield match case type ' +
    'print len list dict set str int float bool bytes tuple object type range open id input map filter sorted min max sum any all ' +
    'isinstance getattr setattr hasattr Exception asyncio json main params'
  ).split(' '),
);

export type NameStyle = 'typescript' | 'python';

function words(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
}

/** `create-issue` → `createIssue` (TypeScript) or `create_issue` (Python); a leading digit gets `_`, a reserved word a trailing `_`. */
export function identifier(name: string, style: NameStyle): string {
  const parts = words(name);
  const joined =
    style === 'typescript'
      ? parts
          .map((part, index) => (index === 0 ? part.charAt(0).toLowerCase() + part.slice(1) : part.charAt(0).toUpperCase() + part.slice(1)))
          .join('')
      : parts.map((part) => part.toLowerCase()).join('_');
  const valid = joined === '' ? 'tool' : /^[0-9]/.test(joined) ? `_${joined}` : joined;
  const reserved = style === 'typescript' ? TYPESCRIPT_RESERVED : PYTHON_RESERVED;
  return reserved.has(valid) ? `${valid}_` : valid;
}

/** Identifiers for `names` in order, none equal to one in `taken` or to another. */
export function uniqueIdentifiers(names: readonly string[], style: NameStyle, taken: ReadonlySet<string> = new Set()): string[] {
  const used = new Set(taken);
  return names.map((name) => {
    const base = identifier(name, style);
    let candidate = base;
    for (let number = 2; used.has(candidate); number += 1) candidate = `${base}${number}`;
    used.add(candidate);
    return candidate;
  });
}
