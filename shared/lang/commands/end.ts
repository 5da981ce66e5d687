import { macroSpec } from '../command-kit/macro-spec';

/** `end`: closes a for loop. */
export const endCommand = macroSpec('end', 'end', 'Avslutter en for-løkke.', 'Ends a for loop.');
