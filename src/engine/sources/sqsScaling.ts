/**
 * How many batches an SQS event source mapping runs at once (lambda-model.md
 * §6.1, Part 1). Current: 5 concurrent batches when messages become available,
 * +300 per minute while they remain, at most 1,250. Legacy (before Nov 2023):
 * +60 per minute, at most 1,000. `maximumConcurrency` (2–1,000) caps it. When the
 * queue runs dry the mapping scales back towards 5 (§6.1 "scales back the
 * processing to five concurrent batches"); throttles make it back off.
 */

export interface PollerRules {
  initialBatches: number;
  addedPerMinute: number;
  maxBatches: number;
}

/**
 * §6.1: "starts processing five batches at a time"; +300/min, 1,250 (current)
 * or +60/min, 1,000 (legacy). That ramp is for standard queues: a FIFO queue's
 * invocations are "capped either at the number of message group IDs or the
 * maximum concurrency setting, whichever is lower" (§6.2), with no ramp.
 */
export function pollerRules(scalingModel: 'current' | 'legacy', fifo = false): PollerRules {
  const maxBatches = scalingModel === 'legacy' ? 1000 : 1250;
  if (fifo) return { initialBatches: maxBatches, addedPerMinute: 0, maxBatches };
  return scalingModel === 'legacy'
    ? { initialBatches: 5, addedPerMinute: 60, maxBatches: 1000 }
    : { initialBatches: 5, addedPerMinute: 300, maxBatches: 1250 };
}

export class PollerScaler {
  /** Batches the mapping may have in flight now. */
  private targetBatches: number;

  constructor(
    private readonly rules: PollerRules,
    private maximumConcurrency: number | null,
  ) {
    this.targetBatches = this.floor();
  }

  get target(): number {
    return this.targetBatches;
  }

  setMaximumConcurrency(maximumConcurrency: number | null): void {
    this.maximumConcurrency = maximumConcurrency;
    this.targetBatches = Math.min(this.targetBatches, this.ceiling());
  }

  /**
   * Called once a minute. `backlogRemains`: messages were waiting for a poller
   * at the check; `peakInFlight`: the most batches in flight during the minute.
   */
  onMinute(backlogRemains: boolean, peakInFlight: number): void {
    if (backlogRemains) {
      this.targetBatches = Math.min(this.targetBatches + this.rules.addedPerMinute, this.ceiling());
    } else {
      this.targetBatches = Math.min(this.ceiling(), Math.max(this.floor(), peakInFlight));
    }
  }

  /**
   * §6.1: "If the invocation fails due to throttling, Lambda gradually backs off
   * … by reducing the amount of concurrency allocated", and likewise when the
   * function's code fails. One batch per failure, never below the initial five:
   * a reserved concurrency under the poller count still burns receives, which is
   * the pitfall the docs warn about.
   */
  backOff(): void {
    this.targetBatches = Math.max(this.floor(), this.targetBatches - 1);
  }

  private ceiling(): number {
    return Math.min(this.rules.maxBatches, this.maximumConcurrency ?? Infinity);
  }

  private floor(): number {
    return Math.min(this.rules.initialBatches, this.ceiling());
  }
}
