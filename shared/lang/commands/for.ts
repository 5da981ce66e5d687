import { macroSpec } from '../command-kit/macro-spec';

/** `for name in values ... end`: a loop, expanded before checking. */
export const forCommand = macroSpec(
  'for',
  'for name [, name] in values | from : to [, values] [; name in ...]',
  'Gjentar kommandoene fram til end for hver verdi; flere navn gir sammenflettede lister, ; gir nøstede løkker.',
  'Repeats the commands up to end for each value; several names zip lists, ; nests loops.',
);
