/** Markdown as the action's comments and summary write it: escaping for untrusted text, code spans and fences. */

/** The text on one line: every run of white space one space, trimmed. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A backtick fence longer than any backtick run inside the text. */
export function fence(text: string, info = ''): string {
  const longestRun = Math.max(0, ...[...text.matchAll(/`+/g)].map((match) => match[0].length));
  const ticks = '`'.repeat(Math.max(3, longestRun + 1));
  return `${ticks}${info}\n${text.replace(/\n+$/, '')}\n${ticks}`;
}

export function details(summary: string, body: string): string {
  return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}

export function quote(text: string): string {
  return text
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
}

/*
 * Untrusted text (program output, tool arguments, results and errors, exception messages, log tails) is
 * shown as text: inside code, or as Markdown only when it can neither notify, link, embed nor hide anything.
 * Headings and tables hold only our own words; untrusted text sits in code spans and fenced blocks.
 */

const ZERO_WIDTH_JOINER = '\u200d';

/** `@name` stays text: a zero-width joiner after each @ keeps GitHub from notifying anyone. */
export function neutralizeMentions(text: string): string {
  return text.replace(/@/g, `@${ZERO_WIDTH_JOINER}`);
}

/** One line of text as a code span that nothing inside can close: no mention, link, image or HTML renders. */
export function inlineCode(text: string): string {
  if (text === '') return '';
  const longestRun = Math.max(0, ...[...text.matchAll(/`+/g)].map((match) => match[0].length));
  const ticks = '`'.repeat(longestRun + 1);
  const pad = /^[` ]|[` ]$/.test(text) ? ' ' : '';
  return `${ticks}${pad}${text}${pad}${ticks}`;
}

/** Every `<` as an entity: the text can open no HTML tag or comment. */
export function escapeAngleBrackets(text: string): string {
  return text.replace(/</g, '&lt;');
}

/** Makes our own short text safe inside one Markdown table cell. */
export function tableCell(text: string): string {
  return escapeAngleBrackets(oneLine(text).replace(/\\/g, '\\\\').replace(/\|/g, '\\|'));
}

/** Untrusted text as a code span inside a table cell; a pipe is escaped for the table, which leaves the code span showing it plain. */
export function codeCell(text: string): string {
  return inlineCode(oneLine(text)).replace(/\|/g, '\\|');
}

/** Untrusted text inside our own Markdown (an italic note): every punctuation mark Markdown could act on escaped. */
export function escapeText(text: string): string {
  return neutralizeMentions(
    oneLine(text)
      .replace(/[\\`*_[\]<>!|~&]/g, '\\$&')
      .replace(/:\/\//g, ':\\/\\/'),
  );
}

/** Fenced blocks whose info string makes GitHub render something (diagrams, maps, models) rather than show code. */
const RENDERED_FENCES = /^(mermaid|geojson|topojson|stl|math)\b/i;

/** Whether a fence opened in `text` is left open (it would swallow what follows), or is one GitHub renders. */
function unsafeFences(text: string): boolean {
  let open: { char: string; length: number } | null = null;
  for (const line of text.split('\n')) {
    const match = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(line);
    if (!match) continue;
    const [, run = '', info = ''] = match;
    if (open === null) {
      if (run.startsWith('`') && info.includes('`')) continue;
      if (RENDERED_FENCES.test(info.trim())) return true;
      open = { char: run.charAt(0), length: run.length };
    } else if (run.startsWith(open.char) && run.length >= open.length && info.trim() === '') {
      open = null;
    }
  }
  return open !== null;
}

/**
 * A string output as Markdown, with mentions neutralised, when it holds nothing that could link, embed, run
 * HTML or hide what follows: no `<` (HTML, comments, autolinks), `[` (links, images, references), `&`
 * (entities), URL or `www.` (bare autolinks), and no fence left open; otherwise null, and it is shown as code.
 */
export function safeMarkdown(text: string): string | null {
  if (/[<[&]|:\/\/|www\./i.test(text) || unsafeFences(text)) return null;
  return neutralizeMentions(text);
}
