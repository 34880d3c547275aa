import { randomBytes } from 'node:crypto';

/**
 * Time and randomness for the guest. Real mode uses the host clock and a CSPRNG. Deterministic
 * mode derives time from the fuel the guest has used (so a busy-wait still advances the clock and
 * the same program always sees the same times) and randomness from a seeded generator.
 */

export interface ClockSource {
  /** Milliseconds since an arbitrary start, wrapped to 32 bits by the caller. */
  ticksMs(): number;
  /** Milliseconds since the Unix epoch. */
  timeMs(): number;
  /** A virtual clock advances itself and returns true; a real clock returns false (the host waits). */
  skip(ms: number): boolean;
}

export interface RandomSource {
  nextU32(): number;
}

export class RealClock implements ClockSource {
  private readonly start = performance.now();
  ticksMs(): number {
    return Math.floor(performance.now() - this.start);
  }
  timeMs(): number {
    return Date.now();
  }
  skip(): boolean {
    return false;
  }
}

/** Fuel units that count as one millisecond of guest time in deterministic mode. */
export const DETERMINISTIC_FUEL_PER_MS = 100_000;

export class FuelClock implements ClockSource {
  /** Milliseconds skipped by sleeps; part of the session's saved state. */
  slept = 0;
  constructor(
    private readonly epochMs: number,
    private readonly fuelUsed: () => number,
  ) {}
  ticksMs(): number {
    return Math.floor(this.fuelUsed() / DETERMINISTIC_FUEL_PER_MS + this.slept);
  }
  skip(ms: number): boolean {
    this.slept += ms;
    return true;
  }
  timeMs(): number {
    return this.epochMs + this.ticksMs();
  }
}

export class CryptoRandom implements RandomSource {
  private pool = new Uint32Array(0);
  private index = 0;
  nextU32(): number {
    if (this.index >= this.pool.length) {
      const bytes = randomBytes(256);
      this.pool = new Uint32Array(bytes.buffer, bytes.byteOffset, 64);
      this.index = 0;
    }
    return this.pool[this.index++]!;
  }
}

/** splitmix32-style generator: tiny, fast, and good enough for reproducible test data. */
export class SeededRandom implements RandomSource {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  nextU32(): number {
    this.state = (this.state + 0x9e3779b9) >>> 0;
    let z = this.state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  }
  get seedState(): number {
    return this.state;
  }
}

/**
 * `mps.time_ms` / `ticks_ms` / `sleep_ms` / `random_u32` (native/port/hal.c). `sleep` waits (or,
 * in deterministic mode, advances the virtual clock) and never past the run's deadline.
 */
export function createClockImports(clock: () => ClockSource, random: () => RandomSource, sleep: (ms: number) => void) {
  return {
    time_ms: (): number => clock().timeMs(),
    ticks_ms: (): number => clock().ticksMs(),
    sleep_ms: (ms: number): void => {
      if (ms > 0 && Number.isFinite(ms)) sleep(ms);
    },
    random_u32: (): number => random().nextU32() | 0,
  };
}
