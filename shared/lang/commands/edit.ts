import { sessionCommand } from '../command-kit/session-command';

/** `edit` (microdata.no's editor command; nothing to do here). */
export const editCommand = sessionCommand(
  'edit',
  'edit',
  { nb: 'Åpner skriptet i redigeringsvinduet.', en: 'Opens the script in the editor.' },
  true,
);
