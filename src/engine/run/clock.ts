import type { Phase, PhaseTimings } from '../types.js';

/** What the clock times: the phases, and the wait for the type checker, which is not a phase a run fails in. */
export type TimedPhase = Phase | 'type_checker';

/** Measures phases; a phase may run several times (one per attempt) and its times add up. */
export class PhaseClock {
  private readonly started = performance.now();
  readonly timings: Omit<PhaseTimings, 'total_ms'> = {
    extract_ms: 0,
    install_ms: 0,
    claude_ms: 0,
    type_checker_ms: 0,
    verify_ms: 0,
    execute_ms: 0,
  };

  async time<T>(phase: TimedPhase, work: Promise<T>): Promise<T> {
    const start = performance.now();
    try {
      return await work;
    } finally {
      this.timings[`${phase}_ms`] += performance.now() - start;
    }
  }

  elapsedMs(): number {
    return performance.now() - this.started;
  }

  snapshot(): PhaseTimings {
    return { ...this.timings, total_ms: this.elapsedMs() };
  }
}
