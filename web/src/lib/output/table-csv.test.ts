import { describe, expect, it } from 'vitest';
import type { PublishedTable } from '../../../../shared/engine/outputs/table';
import { formatCell } from './format-cell';
import { tableToCsv } from './table-csv';

const table: PublishedTable = {
  title: 'kjonn × fylke',
  rowDimensions: ['kjonn'],
  columns: [
    { key: 'oslo', label: 'Oslo, by' },
    { key: 'total', label: 'Total' },
  ],
  rows: [
    {
      header: ['Mann'],
      cells: [
        { value: 1234, format: 'count', rule: 'CK' },
        { value: null, format: 'count', rule: 'T5', code: 'too-many-low-cells' },
      ],
    },
    {
      header: [null],
      cells: [
        { value: 12.5, format: 'percent', rule: 'CK' },
        { value: 7, format: 'count', rule: 'CK' },
      ],
    },
  ],
  notes: [],
};

describe('table export and cell formatting', () => {
  it('writes CSV with quoted headings, empty suppressed cells and the list of withheld columns', () => {
    expect(tableToCsv(table)).toBe(
      'kjonn,"Oslo, by",Total,suppressed\r\nMann,1234,,total\r\nTotal,12.5,7,\r\n',
    );
  });

  it('formats counts, percents and dates per language and marks suppressed cells', () => {
    expect(formatCell({ value: 1234567, format: 'count', rule: 'CK' }, 'en')).toBe('1,234,567');
    expect(formatCell({ value: 1234567, format: 'count', rule: 'CK' }, 'nb')).toBe('1\u00a0234\u00a0567');
    expect(formatCell({ value: 12.345, format: 'percent', rule: 'CK' }, 'en')).toBe('12.3 %');
    expect(formatCell({ value: 12.345, format: 'percent', rule: 'CK' }, 'nb')).toBe('12,3 %');
    expect(formatCell({ value: 0, format: 'date', rule: 'EXACT' }, 'en')).toBe('1970-01-01');
    expect(formatCell({ value: null, format: 'count', rule: 'T7', code: 'too-few-units' }, 'en')).toBe('⊘');
  });
});
