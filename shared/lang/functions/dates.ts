import { type FunctionSpec, fn } from './spec';

const D = ['number'] as const;

/** Date functions; a date is the number of days since 1970-01-01. */
export const dateFunctions: FunctionSpec[] = [
  fn(
    'date',
    'dates',
    'date(year, month, day)',
    ['number', 'number', 'number'],
    'number',
    'Datoen som antall dager siden 1970-01-01.',
    'The date as days since 1970-01-01.',
  ),
  fn('year', 'dates', 'year(d)', D, 'number', 'Årstallet i en dato.', 'The year of a date.'),
  fn('month', 'dates', 'month(d)', D, 'number', 'Måneden (1-12) i en dato.', 'The month (1-12) of a date.'),
  fn('day', 'dates', 'day(d)', D, 'number', 'Dagen i måneden (1-31).', 'The day of the month (1-31).'),
  fn('quarter', 'dates', 'quarter(d)', D, 'number', 'Kvartalet (1-4).', 'The quarter (1-4).'),
  fn('halfyear', 'dates', 'halfyear(d)', D, 'number', 'Halvåret (1-2).', 'The half-year (1-2).'),
  fn('week', 'dates', 'week(d)', D, 'number', 'Ukenummeret (1-53).', 'The week number (1-53).'),
  fn('dow', 'dates', 'dow(d)', D, 'number', 'Ukedagen (1 = mandag).', 'The day of the week (1 = Monday).'),
  fn('doy', 'dates', 'doy(d)', D, 'number', 'Dagen i året (1-366).', 'The day of the year (1-366).'),
  fn(
    'isoformatdate',
    'dates',
    'isoformatdate(d)',
    D,
    'string',
    'Datoen som tekst ÅÅÅÅ-MM-DD.',
    'The date as text YYYY-MM-DD.',
  ),
];
