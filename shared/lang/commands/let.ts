import { macroSpec } from '../command-kit/macro-spec';

/** `let name = expression`: a binding, expanded before checking. */
export const letCommand = macroSpec(
  'let',
  'let name = expression',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the help shows the ${name} syntax itself
  'Lager en binding som brukes med $navn eller ${navn} senere i skriptet.',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the help shows the ${name} syntax itself
  'Makes a binding used as $name or ${name} later in the script.',
);
