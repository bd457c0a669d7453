// Saves a value shortly after it stops changing, one save at a time, never dropping the latest
// value: if a save fails, the value stays pending and is tried again on the next change or
// flush. Used for reflection drafts and visit notes, so that nothing typed is lost.

export type SaveState = 'saved' | 'pending' | 'saving' | 'error';

export interface AutosaveOptions<T> {
  save: (value: T) => Promise<void>;
  delayMs?: number;
  onState?: (state: SaveState, error?: unknown) => void;
  setTimer?: (f: () => void, ms: number) => unknown;
  clearTimer?: (t: unknown) => void;
}

export class Autosaver<T> {
  private pending: { value: T } | null = null;
  private inFlight: Promise<void> | null = null;
  private timer: unknown = null;
  private readonly delay: number;
  private readonly opts: AutosaveOptions<T>;
  state: SaveState = 'saved';
  lastError: unknown = null;

  constructor(opts: AutosaveOptions<T>) {
    this.opts = opts;
    this.delay = opts.delayMs ?? 700;
  }

  private setState(s: SaveState, error?: unknown) {
    this.state = s;
    this.lastError = error ?? null;
    this.opts.onState?.(s, error);
  }

  /** A new value to save (replaces any value not yet saved). */
  change(value: T): void {
    this.pending = { value };
    this.setState('pending');
    this.schedule();
  }

  private schedule() {
    const clear = this.opts.clearTimer ?? ((t) => clearTimeout(t as ReturnType<typeof setTimeout>));
    const set = this.opts.setTimer ?? ((f, ms) => setTimeout(f, ms));
    if (this.timer !== null) clear(this.timer);
    this.timer = set(() => {
      this.timer = null;
      this.run().catch(() => undefined);
    }, this.delay);
  }

  /** Whether there is something not yet saved. */
  get dirty(): boolean {
    return this.pending !== null || this.inFlight !== null;
  }

  private async run(): Promise<void> {
    if (this.inFlight) {
      // One save at a time: the pending value goes when this one is done.
      await this.inFlight.catch(() => undefined);
    }
    if (!this.pending) return;
    const { value } = this.pending;
    this.pending = null;
    this.setState('saving');
    const attempt = this.opts.save(value);
    this.inFlight = attempt;
    try {
      await attempt;
      this.inFlight = null;
      if (this.pending) {
        this.setState('pending');
        await this.run();
      } else {
        this.setState('saved');
      }
    } catch (e) {
      this.inFlight = null;
      // Keep the newest value: a change made during the failed save wins over the one that failed.
      if (!this.pending) this.pending = { value };
      this.setState('error', e);
      throw e;
    }
  }

  /** Saves now whatever is pending (before leaving a screen or locking). */
  async flush(): Promise<void> {
    const clear = this.opts.clearTimer ?? ((t) => clearTimeout(t as ReturnType<typeof setTimeout>));
    if (this.timer !== null) {
      clear(this.timer);
      this.timer = null;
    }
    if (this.inFlight) await this.inFlight.catch(() => undefined);
    if (this.pending) await this.run();
  }
}
