import { sessionCommand } from '../command-kit/session-command';

/** `history` */
export const historyCommand = sessionCommand('history', 'history', {
  nb: 'Viser kommandoene som er kjørt i økten.',
  en: 'Shows the commands run in the session.',
});
