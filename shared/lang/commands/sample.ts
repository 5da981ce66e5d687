import { z } from 'zod';
import { currentDataset } from '../check-context';
import { defineCommand } from '../command-kit/define';
import { arg } from '../command-kit/shared';

/** `sample count|fraction seed`: keeps a random sample of the units, reproducible by its seed. */
export const sampleCommand = defineCommand({
  name: 'sample',
  group: 'variables',
  usage: 'sample count|fraction seed',
  help: {
    nb: 'Trekker et tilfeldig utvalg: et tall under 1 er en andel, et heltall fra 1 og opp er et antall. Samme frø gir samme utvalg.',
    en: 'Draws a random sample: a number below 1 is a fraction, a whole number from 1 up is a count. The same seed gives the same sample.',
  },
  syntax: [
    { kind: 'number', key: 'size', label: 'a count or fraction' },
    { kind: 'number', key: 'seed', label: 'a seed' },
  ],
  condition: false,
  options: [],
  payload: {
    dataset: z.string(),
    count: z.number().int().nullable(),
    fraction: z.number().nullable(),
    seed: z.number().int(),
  },
  check(ctx) {
    const size = arg(ctx.cmd, 'size', 'number');
    const seed = arg(ctx.cmd, 'seed', 'number');
    const ds = currentDataset(ctx);
    if (!size || !seed || !ds) return null;
    const bad = (at: typeof size, nb: string, en: string) => {
      ctx.sink.report('invalid-sample', at.span, { detail_nb: nb, detail_en: en });
      return null;
    };
    if (!Number.isInteger(seed.value) || seed.value < 0)
      return bad(seed, 'frøet må være et heltall fra 0 og opp', 'the seed must be a whole number from 0 up');
    if (size.value > 0 && size.value < 1)
      return { dataset: ds.name, count: null, fraction: size.value, seed: seed.value };
    if (Number.isInteger(size.value) && size.value >= 1)
      return { dataset: ds.name, count: size.value, fraction: null, seed: seed.value };
    return bad(
      size,
      'størrelsen må være en andel mellom 0 og 1 eller et heltall fra 1 og opp',
      'the size must be a fraction between 0 and 1 or a whole number from 1 up',
    );
  },
});
