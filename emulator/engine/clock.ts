export type ClockMode = "manual" | "realtime";
export type ClockState = { mode: ClockMode; offsetMs: number; manualNow: number };

/**
 * The emulator's business clock. `realtime` = wall clock + offset; `manual` = moves only when told.
 * While due work runs, the clock is pinned to each job's own time so events carry the right instant.
 */
export class Clock {
  private pinned: number | null = null;

  constructor(
    private state: ClockState,
    private readonly wall: () => number = Date.now,
  ) {}

  static fresh(mode: ClockMode, wall: () => number = Date.now): Clock {
    return new Clock({ mode, offsetMs: 0, manualNow: wall() }, wall);
  }

  now(): number {
    if (this.pinned !== null) return this.pinned;
    return this.state.mode === "manual" ? this.state.manualNow : this.wall() + this.state.offsetMs;
  }

  get mode(): ClockMode {
    return this.state.mode;
  }

  /** Sets the mode and/or the time, keeping time continuous across a mode change. */
  set(change: { mode?: ClockMode; now?: number }): void {
    const now = change.now ?? this.unpinnedNow();
    const mode = change.mode ?? this.state.mode;
    this.state =
      mode === "manual"
        ? { mode, offsetMs: 0, manualNow: now }
        : { mode, offsetMs: now - this.wall(), manualNow: 0 };
  }

  pin(at: number): void {
    this.pinned = at;
  }

  unpin(): void {
    this.pinned = null;
  }

  snapshot(): ClockState {
    return { ...this.state };
  }

  private unpinnedNow(): number {
    return this.state.mode === "manual" ? this.state.manualNow : this.wall() + this.state.offsetMs;
  }
}
