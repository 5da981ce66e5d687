import { type FunctionSpec, fn } from './spec';

const S = ['string'] as const;

/** String functions. */
export const stringFunctions: FunctionSpec[] = [
  fn(
    'substr',
    'strings',
    'substr(s, start, length)',
    ['string', 'number', 'number'],
    'string',
    'Delstreng fra posisjon start (1 er første tegn) med gitt lengde.',
    'Substring from position start (1 is the first character) of the given length.',
  ),
  fn('length', 'strings', 'length(s)', S, 'number', 'Antall tegn.', 'The number of characters.'),
  fn('lower', 'strings', 'lower(s)', S, 'string', 'Små bokstaver.', 'Lower case.'),
  fn('upper', 'strings', 'upper(s)', S, 'string', 'Store bokstaver.', 'Upper case.'),
  fn(
    'trim',
    'strings',
    'trim(s)',
    S,
    'string',
    'Fjerner mellomrom i begge ender.',
    'Removes spaces at both ends.',
  ),
  fn(
    'ltrim',
    'strings',
    'ltrim(s)',
    S,
    'string',
    'Fjerner mellomrom i starten.',
    'Removes spaces at the start.',
  ),
  fn(
    'rtrim',
    'strings',
    'rtrim(s)',
    S,
    'string',
    'Fjerner mellomrom på slutten.',
    'Removes spaces at the end.',
  ),
  fn(
    'startswith',
    'strings',
    'startswith(s, prefix)',
    ['string', 'string'],
    'number',
    '1 når s begynner med prefix, ellers 0.',
    '1 when s starts with prefix, else 0.',
  ),
  fn(
    'endswith',
    'strings',
    'endswith(s, suffix)',
    ['string', 'string'],
    'number',
    '1 når s slutter med suffix, ellers 0.',
    '1 when s ends with suffix, else 0.',
  ),
  fn('string', 'strings', 'string(x)', ['any'], 'string', 'Verdien som tekst.', 'The value as a string.'),
];
