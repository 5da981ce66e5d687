import { sessionCommand } from '../command-kit/session-command';

/** `save name` (microdata.no's saved scripts; nothing to do here). */
export const saveCommand = sessionCommand(
  'save',
  'save name',
  { nb: 'Lagrer skriptet.', en: 'Saves the script.' },
  true,
);
