/**
 * Names of MCP servers and tools as identifiers of the runner's language: valid, never a keyword or a global the
 * program needs, and unique (a later duplicate gets a number).
 */

/** How a language spells identifiers; each language gives its own. */
export interface NameStyle {
  /** `camel`: `create-issue` → `createIssue`; `snake`: `create-issue` → `create_issue`. */
  case: 'camel' | 'snake';
  /** Keywords and globals the program needs, which an identifier may not be: such a name gets a trailing `_`. */
  reserved: ReadonlySet<string>;
}

function words(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
}

function joined(parts: readonly string[], style: NameStyle): string {
  if (style.case === 'snake') return parts.map((part) => part.toLowerCase()).join('_');
  return parts
    .map((part, index) => (index === 0 ? part.charAt(0).toLowerCase() + part.slice(1) : part.charAt(0).toUpperCase() + part.slice(1)))
    .join('');
}

/** `create-issue` in the style's case; a leading digit gets `_`, a reserved word a trailing `_`. */
export function identifier(name: string, style: NameStyle): string {
  const spelled = joined(words(name), style);
  const valid = spelled === '' ? 'tool' : /^[0-9]/.test(spelled) ? `_${spelled}` : spelled;
  return style.reserved.has(valid) ? `${valid}_` : valid;
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
