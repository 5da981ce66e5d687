import { sessionCommand } from '../command-kit/session-command';

/** `load name` (microdata.no's saved scripts; nothing to do here). */
export const loadCommand = sessionCommand(
  'load',
  'load name',
  { nb: 'Laster et lagret skript.', en: 'Loads a saved script.' },
  true,
);
