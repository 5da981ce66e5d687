import type { FixtureSpec } from './fixture-datastore';

const persons = Array.from({ length: 12 }, (_, i) => i + 1);

/**
 * A hand-made datastore small enough to compute every expected value by hand:
 * - KJOENN (FIXED): persons 1–12, '1' for odd ids, '2' for even.
 * - BOSTED (STATUS, snapshots 2020-01-01 and 2021-01-01): 2020: persons 1–5 '0301', 6–10 '1103';
 *   2021: as 2020 but person 1 moved to '1103' and person 11 arrived in '0301'.
 * - INNTEKT (ACCUMULATED, calendar years): 2020: person i has 1000·i (persons 1–10); 2021: 1100·i, except
 *   person 3, who has no 2021 row.
 * - SIVSTAND (EVENT): person 1 '1' 2000-01-01..2019-12-31 then '2' from 2020-01-01 (ongoing); person 2 '1'
 *   2005-05-05..2020-06-30 then '3' 2020-07-01..2020-12-31; person 3 '2' from 2021-02-01 (ongoing).
 */
export const fixtureSpec: FixtureSpec = {
  variables: [
    {
      name: 'KJOENN',
      temporality: 'FIXED',
      valueType: 'string',
      rows: persons.map((id) => [id, id % 2 === 1 ? '1' : '2', null, null]),
    },
    {
      name: 'BOSTED',
      temporality: 'STATUS',
      valueType: 'string',
      rows: [
        ...persons.slice(0, 10).map((id): [number, string, string, string] => {
          const v = id <= 5 ? '0301' : '1103';
          return [id, v, '2020-01-01', '2020-01-01'];
        }),
        ...persons.slice(0, 11).map((id): [number, string, string, string] => {
          const v = id === 1 ? '1103' : id <= 5 || id === 11 ? '0301' : '1103';
          return [id, v, '2021-01-01', '2021-01-01'];
        }),
      ],
    },
    {
      name: 'INNTEKT',
      temporality: 'ACCUMULATED',
      valueType: 'integer',
      rows: [
        ...persons
          .slice(0, 10)
          .map((id): [number, number, string, string] => [id, 1000 * id, '2020-01-01', '2020-12-31']),
        ...persons
          .slice(0, 10)
          .filter((id) => id !== 3)
          .map((id): [number, number, string, string] => [id, 1100 * id, '2021-01-01', '2021-12-31']),
      ],
    },
    {
      name: 'SIVSTAND',
      temporality: 'EVENT',
      valueType: 'string',
      rows: [
        [1, '1', '2000-01-01', '2019-12-31'],
        [1, '2', '2020-01-01', null],
        [2, '1', '2005-05-05', '2020-06-30'],
        [2, '3', '2020-07-01', '2020-12-31'],
        [3, '2', '2021-02-01', null],
      ],
    },
  ],
  keys: { person: persons },
};
