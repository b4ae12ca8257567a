/**
 * A GitHub issue triage toolset over the JSON files in ./data. Labels added with add_label are kept in
 * memory for the life of the process.
 */
import { readFileSync } from 'node:fs';
import { matchingKeywords, normalise } from './text.js';

export type IssueState = 'open' | 'closed';

/** A GitHub issue. */
export interface Issue {
  number: number;
  title: string;
  body: string;
  state: IssueState;
  labels: string[];
  author: string;
  /** ISO 8601 timestamp. */
  created_at: string;
}

/** Which issues to list; every field narrows the result. */
export interface IssueFilter {
  state?: IssueState;
  /** Only issues carrying this label. */
  label?: string;
  /** Case-insensitive text that must occur in the title or body. */
  text?: string;
}

export interface Label {
  name: string;
  description: string;
  keywords: string[];
}

export interface LabelSuggestion {
  issue: number;
  /** The best label, or null when no label's keywords occur in the issue. */
  label: string | null;
  matched_keywords: string[];
}

export interface LabelChange {
  issue: number;
  label: string;
  /** False when the issue already had the label. */
  added: boolean;
  labels: string[];
}

export enum Priority {
  Low = 'low',
  Normal = 'normal',
  High = 'high',
}

function readData<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(`./data/${name}`, import.meta.url), 'utf8')) as T;
}

const issues = readData<Issue[]>('issues.json');
const labels = readData<Label[]>('labels.json');

/**
 * List issues, newest first.
 * @param filter Optional conditions the issues must meet.
 */
export async function list_issues(filter: IssueFilter = {}): Promise<Issue[]> {
  const text = filter.text === undefined ? undefined : normalise(filter.text);
  return issues
    .filter((issue) => filter.state === undefined || issue.state === filter.state)
    .filter((issue) => filter.label === undefined || issue.labels.includes(filter.label))
    .filter((issue) => text === undefined || normalise(`${issue.title} ${issue.body}`).includes(text))
    .sort((a, b) => b.created_at.localeCompare(a.created_at))
    .map((issue) => ({ ...issue, labels: [...issue.labels] }));
}

/** The labels that can be applied to issues. */
export function get_labels(): Label[] {
  return labels.map((label) => ({ ...label, keywords: [...label.keywords] }));
}

/**
 * Suggest the label whose keywords best match an issue's title and body.
 * @param issue The issue to classify.
 */
export const suggest_label = (issue: Issue): LabelSuggestion => {
  const ranked = labels
    .map((label) => ({ label: label.name, matched: matchingKeywords(`${issue.title} ${issue.body}`, label.keywords) }))
    .filter((candidate) => candidate.matched.length > 0)
    .sort((a, b) => b.matched.length - a.matched.length);
  const best = ranked[0];
  return { issue: issue.number, label: best?.label ?? null, matched_keywords: best?.matched ?? [] };
};

/**
 * Add a label to an issue.
 * @param issue_number Number of the issue.
 * @param label Name of an existing label.
 */
export async function add_label(issue_number: number, label: string): Promise<LabelChange> {
  const issue = issues.find((candidate) => candidate.number === issue_number);
  if (!issue) throw new Error(`No issue #${issue_number}`);
  if (!labels.some((known) => known.name === label)) throw new Error(`Unknown label '${label}'`);
  const added = !issue.labels.includes(label);
  if (added) issue.labels.push(label);
  return { issue: issue_number, label, added, labels: [...issue.labels] };
}

/**
 * How urgently an issue needs attention: bugs are high, questions low.
 * @param issue The issue to rate.
 */
export function priority_of(issue: Issue): Priority {
  if (issue.labels.includes('bug')) return Priority.High;
  if (issue.labels.includes('question')) return Priority.Low;
  return Priority.Normal;
}
