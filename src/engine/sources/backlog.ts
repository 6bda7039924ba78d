/**
 * A backlog of messages or records kept as runs, never one object per message:
 * design.md asks that millions of queued messages not be millions of objects.
 * A run is a stretch of consecutive messages that share everything the engine
 * looks at (receive count, chain depth, poison), with their enqueue times spread
 * evenly between the first and the last.
 */

export interface MessageRun {
  count: number;
  /** Sequence number of the first message; the run holds firstSeq … firstSeq + count − 1. */
  firstSeq: number;
  firstEnqueuedMs: number;
  lastEnqueuedMs: number;
  /** SQS ApproximateReceiveCount: receives so far (§6.1). */
  receiveCount: number;
  /** Lambda invocations already in the chain that produced these messages (§9). */
  chainDepth: number;
  /** Records that always make the function fail (the poison-record presets). */
  poison: boolean;
}

/** When the i-th message of a run (0-based) was enqueued, assuming even spacing. */
export function enqueuedAt(run: MessageRun, i: number): number {
  if (run.count <= 1) return run.firstEnqueuedMs;
  return run.firstEnqueuedMs + ((run.lastEnqueuedMs - run.firstEnqueuedMs) * i) / (run.count - 1);
}

/**
 * A run like `run` with the given count, sequence and times. Written out rather than spread
 * (`{ ...run, count }`): runs are made once per arrival and per batch, and a spread is slow.
 */
export function runLike(run: Pick<MessageRun, 'receiveCount' | 'chainDepth' | 'poison'>, count: number, firstSeq: number, firstEnqueuedMs: number, lastEnqueuedMs: number): MessageRun {
  return { count, firstSeq, firstEnqueuedMs, lastEnqueuedMs, receiveCount: run.receiveCount, chainDepth: run.chainDepth, poison: run.poison };
}

/** Splits a run after its first `k` messages (0 < k < count). */
export function splitRun(run: MessageRun, k: number): [MessageRun, MessageRun] {
  return [
    runLike(run, k, run.firstSeq, run.firstEnqueuedMs, enqueuedAt(run, k - 1)),
    runLike(run, run.count - k, run.firstSeq + k, enqueuedAt(run, k), run.lastEnqueuedMs),
  ];
}

/** Splits a list of runs after its first `k` messages. */
export function splitRuns(runs: readonly MessageRun[], k: number): [MessageRun[], MessageRun[]] {
  const head: MessageRun[] = [];
  const tail: MessageRun[] = [];
  let left = k;
  for (const run of runs) {
    if (left >= run.count) {
      head.push(run);
      left -= run.count;
    } else if (left > 0) {
      const [a, b] = splitRun(run, left);
      head.push(a);
      tail.push(b);
      left = 0;
    } else {
      tail.push(run);
    }
  }
  return [head, tail];
}

export const countOf = (runs: readonly MessageRun[]): number => runs.reduce((n, r) => n + r.count, 0);
export const poisonOf = (runs: readonly MessageRun[]): number => runs.reduce((n, r) => n + (r.poison ? r.count : 0), 0);
export const maxChainDepthOf = (runs: readonly MessageRun[]): number => runs.reduce((d, r) => Math.max(d, r.chainDepth), 0);
export const oldestOf = (runs: readonly MessageRun[]): number => runs.reduce((t, r) => Math.min(t, r.firstEnqueuedMs), Infinity);
export const newestOf = (runs: readonly MessageRun[]): number => runs.reduce((t, r) => Math.max(t, r.lastEnqueuedMs), -Infinity);

function canMerge(a: MessageRun, b: MessageRun): boolean {
  return (
    a.firstSeq + a.count === b.firstSeq &&
    a.receiveCount === b.receiveCount &&
    a.chainDepth === b.chainDepth &&
    a.poison === b.poison &&
    a.lastEnqueuedMs <= b.firstEnqueuedMs
  );
}

/** An ordered backlog: new messages at the back, messages that reappear at the front. */
export class RunQueue {
  private runs: MessageRun[] = [];
  private head = 0;
  private total = 0;

  get size(): number {
    return this.total;
  }

  get runCount(): number {
    return this.runs.length - this.head;
  }

  /** Adds new messages at the back; the queue keeps `run` itself (callers hand over a fresh object). */
  pushBack(run: MessageRun): void {
    if (run.count <= 0) return;
    this.total += run.count;
    const last = this.runs.length > this.head ? this.runs[this.runs.length - 1] : undefined;
    if (last && canMerge(last, run)) {
      last.count += run.count;
      last.lastEnqueuedMs = run.lastEnqueuedMs;
      return;
    }
    this.runs.push(run);
  }

  /** Puts runs back in front, keeping their order (a FIFO group retries the same messages first). */
  pushFront(runs: readonly MessageRun[]): void {
    for (let i = runs.length - 1; i >= 0; i--) {
      const run = runs[i];
      if (run.count <= 0) continue;
      this.total += run.count;
      const copy = runLike(run, run.count, run.firstSeq, run.firstEnqueuedMs, run.lastEnqueuedMs);
      if (this.head > 0) this.runs[--this.head] = copy;
      else this.runs.unshift(copy);
    }
  }

  /** Takes up to `n` messages from the front. */
  take(n: number): MessageRun[] {
    const out: MessageRun[] = [];
    let left = Math.min(n, this.total);
    while (left > 0) {
      const run = this.runs[this.head];
      if (run.count <= left) {
        out.push(run);
        left -= run.count;
        this.total -= run.count;
        this.head++;
      } else {
        const [front, rest] = splitRun(run, left);
        out.push(front);
        this.runs[this.head] = rest;
        this.total -= left;
        left = 0;
      }
    }
    this.compact();
    return out;
  }

  /** Removes messages enqueued before `cutoffMs` from the front (stream retention, §6.3). */
  expireBefore(cutoffMs: number): MessageRun[] {
    const out: MessageRun[] = [];
    while (this.head < this.runs.length && this.runs[this.head].firstEnqueuedMs < cutoffMs) {
      const run = this.runs[this.head];
      if (run.lastEnqueuedMs < cutoffMs || run.count === 1) {
        out.push(run);
        this.total -= run.count;
        this.head++;
        continue;
      }
      // Even spacing: the messages before the cutoff are the first k.
      const k = Math.min(run.count - 1, Math.ceil(((cutoffMs - run.firstEnqueuedMs) / (run.lastEnqueuedMs - run.firstEnqueuedMs)) * (run.count - 1)));
      if (k <= 0) break;
      const [gone, rest] = splitRun(run, k);
      out.push(gone);
      this.runs[this.head] = rest;
      this.total -= k;
      break;
    }
    this.compact();
    return out;
  }

  peek(): MessageRun | undefined {
    return this.runs[this.head];
  }

  /** Enqueue time of the oldest message, or null when empty. */
  oldestEnqueuedMs(): number | null {
    if (this.total === 0) return null;
    let oldest = Infinity;
    for (let i = this.head; i < this.runs.length; i++) oldest = Math.min(oldest, this.runs[i].firstEnqueuedMs);
    return oldest;
  }

  private compact(): void {
    if (this.head > 64 && this.head * 2 > this.runs.length) {
      this.runs = this.runs.slice(this.head);
      this.head = 0;
    }
  }
}
