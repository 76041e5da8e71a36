// At most `concurrency` tasks at once: polite to servers, and to a 2-core machine.

export type Limit = <T>(task: () => Promise<T>) => Promise<T>;

export function createLimit(concurrency: number): Limit {
  let active = 0;
  const waiting: Array<() => void> = [];
  // A finishing task hands its slot straight to the next waiter, so a newcomer cannot slip in between.
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else active--;
  };
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (active < concurrency) active++;
    else await new Promise<void>(resolve => waiting.push(resolve));
    try {
      return await task();
    } finally {
      release();
    }
  };
}

/**
 * A limit per key (host:port): polite to each server however many feeds are in flight. The
 * limits are created on first use.
 */
export function createKeyedLimit(concurrency: number): (key: string) => Limit {
  const limits = new Map<string, Limit>();
  return key => {
    let limit = limits.get(key);
    if (!limit) limits.set(key, (limit = createLimit(concurrency)));
    return limit;
  };
}

/**
 * A budget of bytes: a task reserves its estimated size and waits while the budget is spent.
 * One task is always let through, however large, so a feed larger than the budget still runs.
 * First come, first served: a large reservation is not overtaken by small ones forever.
 */
export class ByteBudget {
  private used = 0;
  private readonly waiting: Array<{bytes: number; go: () => void}> = [];

  constructor(readonly limit: number) {}

  async reserve(bytes: number): Promise<Reservation> {
    if (this.waiting.length > 0 || !this.fits(bytes)) await new Promise<void>(go => this.waiting.push({bytes, go}));
    else this.used += bytes;
    let held = bytes;
    return {
      resize: actual => {
        this.used += actual - held;
        held = actual;
        this.wake();
      },
      release: () => {
        this.used -= held;
        held = 0;
        this.wake();
      },
    };
  }

  get inFlight(): number {
    return this.used;
  }

  private fits(bytes: number): boolean {
    return this.used === 0 || this.used + bytes <= this.limit;
  }

  private wake(): void {
    while (this.waiting.length > 0 && this.fits(this.waiting[0]!.bytes)) {
      const next = this.waiting.shift()!;
      this.used += next.bytes;
      next.go();
    }
  }
}

export type Reservation = {resize(actual: number): void; release(): void};

/**
 * Counts work that has to come first (feeds being parsed and stored) so work that can wait
 * (analysis) steps aside: `idle()` resolves once none is left and none has come for `quietMs`.
 * The quiet time keeps the analysis out of the short gaps of a round's reading (a feed's next
 * step, the next body on its way from a server answering at once), where a slice of extraction,
 * or loading the extractor, would only push the reading back; a feed that keeps the round
 * waiting on the network for longer still leaves the time to the analysis.
 */
export class Priority {
  private active = 0;
  private waiters: Array<() => void> = [];
  private lastLeft = Number.NEGATIVE_INFINITY;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(private quietMs = 0) {}

  enter(): void {
    this.active++;
  }

  leave(): void {
    this.active--;
    if (this.active > 0) return;
    this.lastLeft = performance.now();
    this.release();
  }

  get busy(): boolean {
    return this.active > 0;
  }

  /** No more reading is coming (the round's feeds are all read): no pause to wait for from now on. */
  finish(): void {
    this.quietMs = 0;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.active === 0) this.release();
  }

  /** Resolves at once when nothing has had priority for `quietMs`, else when that is so. */
  idle(): Promise<void> {
    if (this.active === 0 && this.quietFor() <= 0) return Promise.resolve();
    return new Promise(go => {
      this.waiters.push(go);
      if (this.active === 0) this.release();
    });
  }

  /** The time still to wait until it has been quiet long enough. */
  private quietFor(): number {
    return this.quietMs - (performance.now() - this.lastLeft);
  }

  /** Lets the waiters go once it has been quiet for `quietMs` (a timer, so I/O keeps flowing meanwhile). */
  private release(): void {
    if (this.waiters.length === 0 || this.timer) return;
    const wait = this.quietFor();
    if (wait > 0) {
      this.timer = setTimeout(() => {
        this.timer = null;
        if (this.active === 0) this.release();
      }, Math.ceil(wait));
      return;
    }
    const waiters = this.waiters;
    this.waiters = [];
    for (const go of waiters) go();
  }
}
