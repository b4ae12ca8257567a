import type { Language } from '../types.js';

const LANGUAGE_NAMES: Record<Language, string> = { python: 'Python', typescript: 'TypeScript' };

/** Longest error details passed back to the model; tracebacks keep their head and their end. */
export const MAX_DETAILS_CHARS = 6000;

export function systemPrompt(): string {
  return [
    'You implement main() in one existing runner file and change nothing else.',
    'Read the runner first, then edit it with Edit or Write.',
    'Call only the functions defined in the runner, and never define functions with their names.',
    'Never change the lines between codemode:begin and codemode:end markers, nor the markers.',
    'main() returns the task\'s result as JSON-serialisable data.',
    'No network, file or process access except through the runner\'s functions.',
    'When done, reply with one short sentence.',
  ].join('\n');
}

export function taskPrompt(options: { runnerPath: string; language: Language; task: string }): string {
  return [
    `Implement main() in ${options.runnerPath} (${LANGUAGE_NAMES[options.language]}) so that it does this task:`,
    '',
    '<task>',
    options.task.trim(),
    '</task>',
  ].join('\n');
}

export function repairPrompt(options: { runnerPath: string; attempt: number; error: string; details?: string | null }): string {
  const details = options.details?.trim() ? ['', '<details>', truncateMiddle(options.details.trim(), MAX_DETAILS_CHARS), '</details>'] : [];
  return [
    `Attempt ${options.attempt}: the previous version of main() failed: ${options.error}`,
    ...details,
    '',
    `Fix main() in ${options.runnerPath} so that the task succeeds. The same rules apply.`,
  ].join('\n');
}

/** Keeps the first and last parts of a long text, saying how much was left out between them. */
export function truncateMiddle(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const head = Math.floor(limit / 3);
  const tail = limit - head;
  return `${text.slice(0, head)}\n… ${text.length - limit} characters omitted …\n${text.slice(text.length - tail)}`;
}
