import { sessionCommand } from '../command-kit/session-command';

/** `help [command]` */
export const helpCommand = sessionCommand('help', 'help [command]', {
  nb: 'Viser hjelp for en kommando, eller alle kommandoene.',
  en: 'Shows help for a command, or lists all commands.',
});
