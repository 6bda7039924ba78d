import type { Admission, FunctionPort, InvokeOutcome, InvokeRequest, Kernel, TimerLinePort } from '../../ports';

/** One synchronous call racing its deadline; pooled, so a call allocates nothing once the pool is warm. */
export class DeadlineCall {
  target: FunctionPort | null = null;
  /** The caller's own bookkeeping: the attempt number and when the first attempt was sent. */
  attempt = 0;
  firstSentMs = 0;
  /** The deadline came first; the function's answer, when it comes, is ignored. */
  expired = false;
  handle = -1;
  line: TimerLinePort<DeadlineCall> | null = null;
  readonly onDone: (o: InvokeOutcome) => void;
  constructor(owner: DeadlineCalls) {
    this.onDone = (o) => owner.answered(this, o);
  }
}

/**
 * Synchronous calls with a deadline (the SDK's read timeout, API Gateway's
 * integration timeout): whichever comes first, the function's answer or the
 * deadline, decides, and the other is ignored. Deadlines of one delay share a
 * TimerLine, so an answered call leaves nothing in the event queue.
 */
export class DeadlineCalls {
  private readonly free: DeadlineCall[] = [];
  private readonly lines = new Map<number, TimerLinePort<DeadlineCall>>();
  private readonly expire = (call: DeadlineCall) => {
    call.expired = true;
    this.handlers.expired(call);
  };

  constructor(
    private readonly kernel: Kernel,
    private readonly handlers: { answered(call: DeadlineCall, outcome: InvokeOutcome): void; expired(call: DeadlineCall): void },
  ) {}

  /** Invokes `target` with a deadline `delayMs` from now; a refused call keeps nothing. */
  invoke(target: FunctionPort, request: InvokeRequest, delayMs: number, attempt: number, firstSentMs: number): Admission {
    const call = this.free.pop() ?? new DeadlineCall(this);
    call.target = target;
    call.attempt = attempt;
    call.firstSentMs = firstSentMs;
    call.expired = false;
    const admission = target.invokeSync(request, call.onDone);
    if (!admission.admitted) {
      this.release(call);
      return admission;
    }
    const line = this.lineFor(delayMs);
    call.line = line;
    call.handle = line.set(call);
    return admission;
  }

  /** The function answered (called through the call's onDone). */
  answered(call: DeadlineCall, outcome: InvokeOutcome): void {
    if (!call.expired) {
      call.line?.cancel(call.handle);
      this.handlers.answered(call, outcome);
    }
    this.release(call);
  }

  private lineFor(delayMs: number): TimerLinePort<DeadlineCall> {
    let line = this.lines.get(delayMs);
    if (!line) {
      line = this.kernel.timerLine(delayMs, this.expire);
      this.lines.set(delayMs, line);
    }
    return line;
  }

  private release(call: DeadlineCall): void {
    call.target = null;
    call.line = null;
    this.free.push(call);
  }
}
