import { EngineError } from './errors';

/**
 * Turns an unexpected failure (usually a DuckDB error) into an engine error users may see. DuckDB messages
 * can quote data values ("could not convert string 'x'"), so none of their text is passed on: only the kind
 * of failure, recognised from the message, becomes a fixed nb/en text.
 */
export function classifyFailure(error: unknown, abortedFor: 'time-limit' | 'cancelled' | null): EngineError {
  const message = error instanceof Error ? error.message : String(error);
  if (abortedFor === 'time-limit' || /interrupt/i.test(message))
    return new EngineError(
      'time-limit',
      {
        nb: 'Skriptet brukte for lang tid og ble stoppet (tidsgrensen for en jobb).',
        en: 'The script took too long and was stopped (the time limit of a job).',
      },
      { cause: error },
    );
  if (abortedFor === 'cancelled')
    return new EngineError('cancelled', { nb: 'Kjøringen ble avbrutt.', en: 'The run was cancelled.' });
  if (/out of memory|memory limit/i.test(message))
    return new EngineError(
      'memory-limit',
      {
        nb: 'Kommandoen trengte mer minne enn en jobb får bruke.',
        en: 'The command needed more memory than a job may use.',
      },
      { cause: error },
    );
  if (/conversion error|could not convert|overflow/i.test(message))
    return new EngineError(
      'conversion-failed',
      {
        nb: 'En verdi kunne ikke regnes om til riktig type (for eksempel tekst til tall, eller et for stort tall).',
        en: 'A value could not be converted to the right type (for example text to a number, or a number too large).',
      },
      { cause: error },
    );
  return new EngineError(
    'command-failed',
    {
      nb: 'Kommandoen kunne ikke kjøres på dataene. Datasettet er som før kommandoen.',
      en: 'The command could not be run on the data. The dataset is as it was before the command.',
    },
    { cause: error },
  );
}
