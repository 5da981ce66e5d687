/** The time source of the server, injected so tests can move time (lockouts, sessions, agreements). */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
}

/** The real clock. */
export const systemClock: Clock = { now: () => Date.now() };

/** A clock tests set by hand. */
export class ManualClock implements Clock {
  constructor(private current: number) {}
  now(): number {
    return this.current;
  }
  /** Moves the clock forward by `ms`. */
  advance(ms: number): void {
    this.current += ms;
  }
}

/** The calendar date (YYYY-MM-DD) of an instant in a time zone. */
export function calendarDate(ms: number, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(ms));
}

/** ISO 8601 text of a millisecond timestamp. */
export function iso(ms: number): string {
  return new Date(ms).toISOString();
}

/** ISO text of a nullable timestamp. */
export function isoOrNull(ms: number | null | undefined): string | null {
  return ms == null ? null : iso(ms);
}
