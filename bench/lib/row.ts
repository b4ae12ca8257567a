import type { Summary } from './measure.js';

/** One line of the results table: a figure, its baseline from the same run, and its goal. */
export interface Row {
  id: string;
  what: string;
  unit: 'ms' | 's' | 'µs' | '×' | 'MB' | 'kB' | 'count';
  /** Median, min and max of the figure, or null when it was not measured in this mode. */
  figure: Summary | null;
  /** The baseline as measured in the same run, in words (e.g. "node -e 0: 41 ms"). */
  baseline: string;
  goal: string;
  /** null when the goal could not be judged (not measured, or no goal). */
  met: boolean | null;
  /** What the figure is made of, or why it is missing. */
  note: string;
}

/** Details a suite records beside its rows, kept in results.json. */
export type Details = Record<string, unknown>;

export interface SuiteResult {
  rows: Row[];
  details: Details;
}

export interface SuiteOptions {
  quick: boolean;
  /** Runs per timed figure. */
  runs: number;
  log(message: string): void;
}
