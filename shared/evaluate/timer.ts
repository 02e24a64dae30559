/** Wall-clock milliseconds per phase, added up when a phase runs more than once. */
export class PhaseTimer {
  readonly timings: Record<string, number> = {};
  private readonly started: number;

  constructor(private readonly clock: () => number = () => performance.now()) {
    this.started = clock();
  }

  time = <T>(phase: string, work: () => T): T => {
    const start = this.clock();
    try {
      return work();
    } finally {
      this.add(phase, this.clock() - start);
    }
  };

  timeAsync = async <T>(phase: string, work: () => Promise<T>): Promise<T> => {
    const start = this.clock();
    try {
      return await work();
    } finally {
      this.add(phase, this.clock() - start);
    }
  };

  finish(): Record<string, number> {
    this.timings.totalMs = round(this.clock() - this.started);
    return this.timings;
  }

  private add(phase: string, ms: number): void {
    this.timings[phase] = round((this.timings[phase] ?? 0) + ms);
  }
}

function round(ms: number): number {
  return Math.max(0, Math.round(ms * 1000) / 1000);
}
