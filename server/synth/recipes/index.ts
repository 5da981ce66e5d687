import type { VariableFact } from '../catalog/facts';
import type { ReferenceLists } from '../codelists/reference-lists';
import { arblonnJobFallback, arblonnPersonFallback, arblonnRecipes, jobSeekerFallback } from './arblonn';
import { pySnapshots } from './frames';
import { genericRecipe } from './generic';
import { incomeRecipes } from './income';
import { labourRecipes } from './labour';
import { gradeRecipe, personFixedRecipes } from './person-fixed';
import { personStatusRecipes } from './person-status';
import type { Domain, Recipe, RecipeEnv } from './types';
import { courseFallback, unitRecipes } from './units';

const SPECIFIC: Record<string, Recipe> = {
  ...personFixedRecipes,
  ...personStatusRecipes,
  ...incomeRecipes,
  ...labourRecipes,
  ...arblonnRecipes,
  ...unitRecipes,
};

/** Activity flags of the register-based employment statistics without a status of their own: a few percent. */
const minorActivity: Recipe = (env) =>
  pySnapshots(env, "'1'", `age BETWEEN 15 AND 74 AND ${env.rng.u(env.fact.name, 'pid', 'y')} < 0.02`);

/** Recipes that apply to a whole register by name, before the generic one. */
function familyRecipe(fact: VariableFact): Recipe | undefined {
  const name = fact.name;
  if (/^ARBLONN_(ARB|LONN|FRTK)_/.test(name)) return arblonnJobFallback;
  if (/^ARBLONN_PERS_/.test(name)) return arblonnPersonFallback;
  if (/^ARBEIDSSOKER_/.test(name)) return jobSeekerFallback;
  if (/^ARBSTATUS_AKT_/.test(name)) return minorActivity;
  if (fact.unitType === 'course') return courseFallback;
  return gradeRecipe(name);
}

/** The recipes to try for a variable, most specific first; the generic one always applies. */
export function recipesFor(fact: VariableFact): Recipe[] {
  // Ids must point at units that exist: random numbers from the generic recipe would not.
  if (fact.pseudonymOf && !SPECIFIC[fact.name]) throw new Error(`id variable ${fact.name} has no recipe`);
  return [SPECIFIC[fact.name], familyRecipe(fact), genericRecipe].filter((r): r is Recipe => r !== undefined);
}

/** The codes a categorical variable draws from: its real code list, or the codes the reference lists. */
export function domainOf(fact: VariableFact, lists: ReferenceLists): Domain | null {
  if (fact.valueType !== 'string') return null;
  if (fact.realCodeList) return lists[fact.realCodeList].draw;
  if (fact.codes?.length) return { codes: fact.codes, weights: fact.weights ?? fact.codes.map(() => 1) };
  return null;
}

/** The SELECT producing a variable's rows (unit_id, value, start, stop), or null when nothing applies. */
export function selectFor(env: RecipeEnv): string | null {
  for (const recipe of recipesFor(env.fact)) {
    const sql = recipe(env);
    if (sql !== null) return sql;
  }
  return null;
}
