import { perturbCount } from './cell-key';
import type { DisclosureConfig } from './config';
import { allowValue, type Protected, suppress } from './decision';
import { checkDominance } from './dominance';
import { invalidInput, isCount, isKeySum } from './inputs';
import { explain } from './messages';
import { deviationFor, KEY_SPACE, perturbationTableFor, rowFor } from './ptable';
import { deriveKey, numberWords, stringWords } from './statistic-key';
import { checkSummaryUnits } from './summary';

/** A magnitude cell as the engine computes it in SQL (`magnitudeCellSql`) over winsorised contributions. */
export interface MagnitudeCell {
  /** Units with a non-missing value (the contributors). */
  units: number;
  /** Cell key sum over the contributors; null when there are none. */
  keySum: number | null;
  /** Σ x. */
  sum: number;
  /** Σ |x|. */
  absSum: number;
  /** max |x|: the largest single contribution. */
  maxAbs: number;
  /** Σ of the `dominance.topUnits` largest |x|. */
  topAbsSum: number;
}

/**
 * MAG: the published value of a sum. After T7 (enough units) and NK (no dominance), the sum is treated as a
 * count of units each worth the largest contribution M: its equivalent count m = ⌊Σ|x| / M⌋. If m ≤ js the
 * cell is suppressed, exactly as a count of m would be (for a 0/1 variable the sum *is* a count). Otherwise
 *   published = Σx + sign(Σx) · noiseScale · M · (d + e),
 * where d is the deviation the statistic's own key selects in the perturbation-table row of m, and e is a
 * uniform jitter in (-½, ½) from a second derived key (without it, published − true would be a multiple of M).
 * The noise has mean 0 and standard deviation noiseScale · M · √(V + 1/12); a sum of a 0/1 variable is thus as
 * protected as the count it equals. The key mixes the contributors' key sum with the statistic's name (e.g.
 * `sum:INNTEKT`) and its exact |Σx|, Σ|x| and M, so the same number always gets the same noise, while another
 * variable, or the same variable after a replace, gets a fresh draw. Noise follows the sign of Σx, so
 * negating a variable negates its published sum, and a sum of same-signed contributions never changes sign.
 */
export function perturbSum(
  cell: MagnitudeCell,
  statistic: string,
  config: DisclosureConfig,
): Protected<number> {
  if (!isCount(cell.units)) return invalidInput('MAG', config);
  const t7 = checkSummaryUnits(cell.units, config);
  if (t7.outcome !== 'ok') return t7;
  const { keySum, sum, absSum, maxAbs, topAbsSum } = cell;
  if (keySum === null || !isKeySum(keySum) || !consistent(cell)) return invalidInput('MAG', config);
  if (absSum === 0) return allowValue('MAG', 0);
  const nk = checkDominance(absSum, topAbsSum, config);
  if (nk.outcome !== 'ok') return nk;
  const row = rowFor(perturbationTableFor(config), Math.floor(absSum / maxAbs + 1e-9));
  if (!row) return suppress('MAG', explain('dominated-magnitude', config));
  const magnitude = Math.abs(sum);
  const key = deriveKey(keySum, [
    ...stringWords(statistic),
    ...numberWords(magnitude),
    ...numberWords(absSum),
    ...numberWords(maxAbs),
  ]);
  const jitter = (deriveKey(key, [0x6a09e667]) + 0.5) / KEY_SPACE - 0.5;
  const noise = config.magnitude.noiseScale * maxAbs * (deviationFor(row, key) + jitter);
  const published = sum < 0 ? -(magnitude + noise) : magnitude + noise;
  const sameSign = Math.abs(absSum - magnitude) <= 1e-12 * absSum;
  if (sameSign) return allowValue('MAG', sum < 0 ? Math.min(0, published) : Math.max(0, published));
  return allowValue('MAG', published);
}

/**
 * The published mean of a magnitude cell: the perturbed sum over the perturbed count of its contributors,
 * never an exact mean (an exact mean beside perturbed counts gives the true counts back).
 */
export function perturbMean(
  cell: MagnitudeCell,
  statistic: string,
  config: DisclosureConfig,
): Protected<number> {
  const sum = perturbSum(cell, statistic, config);
  if (sum.outcome !== 'ok') return sum;
  const count = perturbCount({ units: cell.units, keySum: cell.keySum }, config);
  if (count.outcome !== 'ok') return count;
  if (count.value === 0) return suppress('MAG', explain('mean-undefined', config));
  return allowValue('MAG', sum.value / count.value);
}

// SQL computes these from the same decimal values, so only rounding-level slack is needed.
function consistent(c: MagnitudeCell): boolean {
  const slack = 1e-9 * Math.abs(c.absSum);
  return (
    [c.sum, c.absSum, c.maxAbs, c.topAbsSum].every(Number.isFinite) &&
    c.maxAbs >= 0 &&
    Math.abs(c.sum) <= c.absSum + slack &&
    c.maxAbs <= c.absSum + slack &&
    c.topAbsSum >= c.maxAbs - slack &&
    c.topAbsSum <= c.absSum + slack
  );
}
