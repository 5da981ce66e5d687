import { sessionCommand } from '../command-kit/session-command';

/** `help-function [function]` */
export const helpFunctionCommand = sessionCommand('help-function', 'help-function [function]', {
  nb: 'Viser hjelp for en funksjon, eller alle funksjonene.',
  en: 'Shows help for a function, or lists all functions.',
});
