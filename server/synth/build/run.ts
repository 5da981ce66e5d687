import { buildCareer } from './career';
import type { BuildContext } from './context';
import { buildCourses } from './courses';
import { buildEducation } from './education';
import { buildEpisodes } from './episodes';
import { buildFamilies } from './family';
import { buildIncome } from './income';
import { buildJobs } from './jobs';
import { buildKinship } from './kinship';
import { buildLife } from './life';
import { buildMarital } from './marital';
import { buildPersonWide } from './person-wide';
import { buildLabourYears } from './person-year';
import { buildPopulation } from './population';
import { buildResidence } from './residence';
import { buildUnits } from './units';

/** The build stages in order; each reads the tables of the ones before it. */
export const STAGES: [string, (ctx: BuildContext) => Promise<void>][] = [
  ['population', buildPopulation],
  ['kinship', buildKinship],
  ['life', buildLife],
  ['residence', buildResidence],
  ['marital status', buildMarital],
  ['education', buildEducation],
  ['careers', buildCareer],
  ['jobs', buildJobs],
  ['families', buildFamilies],
  ['labour market', buildLabourYears],
  ['incomes', buildIncome],
  ['employment episodes', buildEpisodes],
  ['courses', buildCourses],
  ['other units', buildUnits],
  ['person table', buildPersonWide],
];

/** Builds every base table of the synthetic population in the context's database. */
export async function runBuild(ctx: BuildContext): Promise<void> {
  for (const [name, stage] of STAGES) {
    const started = performance.now();
    await stage(ctx);
    ctx.log(`built ${name} (${((performance.now() - started) / 1000).toFixed(1)}s)`);
  }
  await ctx.db.run('CHECKPOINT');
}
