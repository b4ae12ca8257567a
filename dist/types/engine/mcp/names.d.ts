/**
 * Names of MCP servers and tools as identifiers of the runner's language: valid, never a keyword or a global the
 * program needs, and unique (a later duplicate gets a number).
 */
export type NameStyle = 'typescript' | 'python';
/** `create-issue` → `createIssue` (TypeScript) or `create_issue` (Python); a leading digit gets `_`, a reserved word a trailing `_`. */
export declare function identifier(name: string, style: NameStyle): string;
/** Identifiers for `names` in order, none equal to one in `taken` or to another. */
export declare function uniqueIdentifiers(names: readonly string[], style: NameStyle, taken?: ReadonlySet<string>): string[];
