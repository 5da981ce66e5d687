/** Fields of one log line; values must be JSON-serialisable. Never put passwords, tokens or outputs here. */
export type LogFields = Record<string, unknown>;

/** Structured JSON logger: one line per event. */
export interface Logger {
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
}

/** Writes one JSON object per line to a sink (stdout by default). */
export function createJsonLogger(write: (line: string) => void = (l) => process.stdout.write(l)): Logger {
  const emit =
    (level: string) =>
    (event: string, fields: LogFields = {}) => {
      write(`${JSON.stringify({ time: new Date().toISOString(), level, event, ...fields })}\n`);
    };
  return { info: emit('info'), warn: emit('warn'), error: emit('error') };
}

/** A logger that keeps its lines in memory, for tests. */
export function createMemoryLogger(): Logger & { lines: LogFields[] } {
  const lines: LogFields[] = [];
  const logger = createJsonLogger((line) => lines.push(JSON.parse(line) as LogFields));
  return Object.assign(logger, { lines });
}
