/**
 * Columns every workspace table carries besides the user's variables. `@` cannot start a name in the
 * script language, so these never collide with a variable and never reach an output by accident.
 */
export const HIDDEN = {
  /** The unit's pseudonymised id (BIGINT). */
  unit: '@unit',
  /** The unit's record key as an integer, floor(key · 2^32) (BIGINT), joined once when the population is made. */
  key: '@key',
  /** Panel datasets: the measurement date of the row (DATE). */
  date: '@date',
  /** Event datasets: a row number that keeps spells of one unit apart (BIGINT). */
  spell: '@spell',
} as const;
