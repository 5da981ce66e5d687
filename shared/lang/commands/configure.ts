import { sessionCommand } from '../command-kit/session-command';

/** `configure setting ...` */
export const configureCommand = sessionCommand('configure', 'configure setting [setting ...]', {
  nb: 'Slår på spesielle innstillinger for skriptet.',
  en: 'Turns on special settings for the script.',
});
