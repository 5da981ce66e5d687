import type { LocalizedText } from '../datastore/manifest';
import type { DisclosureConfig } from './config';
import type { Explanation } from './decision';
import { type Language, formatNumber as num, formatPercent as pct } from './format';
import { minUnitsForQuantiles } from './quantile-position';

/** Public facts a message may name: the rule, a variable or model term. Never a protected number. */
export interface MessageParams {
  rule?: string;
  name?: string;
}

type Text = (c: DisclosureConfig, p: MessageParams, lang: Language) => string;

// One entry per code: [Norwegian, English]. Only thresholds from the config and public names are interpolated,
// so a message reads the same whatever the protected number behind it.
const catalogue = {
  'invalid-input': [
    (_c, p) =>
      `Et internt kontrollsteg fikk ugyldige data, så resultatet holdes tilbake (regel ${p.rule ?? '?'}).`,
    (_c, p) => `An internal check received invalid data, so the output is withheld (rule ${p.rule ?? '?'}).`,
  ],
  'population-too-small': [
    (c, _p, l) =>
      `Kommandoen er avvist: populasjonen ville fått færre enn ${num(c.population.minUnits, l)} enheter (regel T1). Datasettet er uendret.`,
    (c, _p, l) =>
      `Command refused: the population would have fewer than ${num(c.population.minUnits, l)} units (rule T1). The dataset is unchanged.`,
  ],
  'population-too-close': [
    (c, _p, l) =>
      `Kommandoen er avvist: den nye populasjonen skiller seg fra en tidligere populasjon i arbeidsområdet med færre enn ${num(c.differencing.minUnits, l)} enheter (regel DIFF). Så små forskjeller kan avsløre enkeltenheter ved subtraksjon. Datasettet er uendret.`,
    (c, _p, l) =>
      `Command refused: the new population differs from an earlier population in this workspace by fewer than ${num(c.differencing.minUnits, l)} units (rule DIFF). Differences that small could reveal single units by subtraction. The dataset is unchanged.`,
  ],
  'change-singles-out': [
    (c, _p, l) =>
      `Kommandoen er avvist: den må endre ingen, alle eller minst ${num(c.change.minUnits, l)} enheter, og la ingen eller minst ${num(c.change.minUnits, l)} enheter være uendret (regel T6), slik at ingen enkeltenhet skilles ut.`,
    (c, _p, l) =>
      `Command refused: it must change none, all, or at least ${num(c.change.minUnits, l)} units, and leave none or at least ${num(c.change.minUnits, l)} units unchanged (rule T6), so that no single unit is singled out.`,
  ],
  'too-few-values-to-winsorise': [
    (c, _p, l) =>
      `Avvist: variabelen har for få gyldige verdier til at ytterverdiene kan skjules ved winsorisering (regel T2); det trengs minst ${num(winsorMinimum(c), l)}.`,
    (c, _p, l) =>
      `Refused: the variable has too few valid values for its extremes to be hidden by winsorising (rule T2); at least ${num(winsorMinimum(c), l)} are needed.`,
  ],
  'too-many-low-cells': [
    (c, _p, l) =>
      `Tabellen er avvist: mer enn ${pct(c.table.maxLowCellShare, l)} av cellene har færre enn ${num(c.table.lowCellBelow, l)} enheter (regel T5). Slå sammen kategorier eller bruk færre variabler.`,
    (c, _p, l) =>
      `Table refused: more than ${pct(c.table.maxLowCellShare, l)} of its cells have fewer than ${num(c.table.lowCellBelow, l)} units (rule T5). Merge categories or use fewer variables.`,
  ],
  'too-few-units': [
    (c, _p, l) => `Undertrykt: færre enn ${num(c.summary.minUnits, l)} enheter ligger bak tallet (regel T7).`,
    (c, _p, l) =>
      `Suppressed: fewer than ${num(c.summary.minUnits, l)} units lie behind this number (rule T7).`,
  ],
  'percentile-at-extreme': [
    () =>
      'Undertrykt: med så få enheter ville denne persentilen falle på eller ved den minste eller største verdien (regel PCT).',
    () =>
      'Suppressed: with this few units the percentile would fall on or next to the smallest or largest value (rule PCT).',
  ],
  'small-count': [
    (c, _p, l) =>
      `Undertrykt: antall på ${num(c.cellKey.blockAtOrBelow, l)} eller færre enheter vises ikke (regel CK).`,
    (c, _p, l) =>
      `Suppressed: counts of ${num(c.cellKey.blockAtOrBelow, l)} or fewer units are not shown (rule CK).`,
  ],
  'dominated-magnitude': [
    () => 'Undertrykt: summen domineres av én eller noen få enheter (regel MAG).',
    () => 'Suppressed: the total is dominated by one or a few units (rule MAG).',
  ],
  'mean-undefined': [
    () =>
      'Undertrykt: gjennomsnittet kan ikke vises fordi antallet bak det er undertrykt eller null etter støy (regel MAG).',
    () =>
      'Suppressed: the mean cannot be shown because the count behind it is suppressed or zero after noise (rule MAG).',
  ],
  dominance: [
    (c, _p, l) =>
      `Undertrykt: de ${num(c.magnitude.dominance.topUnits, l)} største bidragene utgjør mer enn ${pct(c.magnitude.dominance.maxShare, l)} av summen (regel NK).`,
    (c, _p, l) =>
      `Suppressed: the ${num(c.magnitude.dominance.topUnits, l)} largest contributions make up more than ${pct(c.magnitude.dominance.maxShare, l)} of the total (rule NK).`,
  ],
  'pseudonym-outside-key': [
    (_c, p) =>
      `Avvist: ${p.name ?? 'variabelen'} er en pseudonymisert identifikator og kan bare brukes som nøkkel i merge og i collapse ..., by() (regel P1).`,
    (_c, p) =>
      `Refused: ${p.name ?? 'the variable'} is a pseudonymised identifier and may only be used as a key in merge and in collapse ..., by() (rule P1).`,
  ],
  'row-listing': [
    () =>
      'Avvist: ingen kommando kan vise enkeltrader eller enkeltverdier; grafer viser bare grupperte eller aggregerte data (regel L1).',
    () =>
      'Refused: no command may show single rows or single values; graphs show binned or aggregated data only (rule L1).',
  ],
  'model-too-few-units': [
    (c, _p, l) =>
      `Modellen er avvist: estimeringsutvalget har færre enn ${num(c.model.minUnits, l)} enheter (regel MODEL).`,
    (c, _p, l) =>
      `Model refused: the estimation sample has fewer than ${num(c.model.minUnits, l)} units (rule MODEL).`,
  ],
  'model-too-few-residual-df': [
    (c, _p, l) =>
      `Modellen er avvist: færre enn ${num(c.model.minResidualDf, l)} residuale frihetsgrader (regel MODEL). Bruk færre forklaringsvariabler.`,
    (c, _p, l) =>
      `Model refused: fewer than ${num(c.model.minResidualDf, l)} residual degrees of freedom (rule MODEL). Use fewer explanatory variables.`,
  ],
  'model-small-level': [
    (c, p, l) =>
      `Modellen er avvist: dummyen eller faktornivået ${p.name ?? ''} har færre enn ${num(c.model.minUnitsPerLevel, l)} enheter med eller uten verdien (regel MODEL).`,
    (c, p, l) =>
      `Model refused: the dummy or factor level ${p.name ?? ''} has fewer than ${num(c.model.minUnitsPerLevel, l)} units in it or outside it (rule MODEL).`,
  ],
  'budget-nearly-used': [
    (c, _p, l) =>
      `Merk: arbeidsområdet har brukt mer enn ${num(c.budget.warnAt, l)} av sine ${num(c.budget.maxQueries, l)} resultater (regel BUDGET). Deretter avvises nye resultater.`,
    (c, _p, l) =>
      `Note: this workspace has used more than ${num(c.budget.warnAt, l)} of its ${num(c.budget.maxQueries, l)} outputs (rule BUDGET). After that, new outputs are refused.`,
  ],
  'budget-exhausted': [
    (c, _p, l) =>
      `Avvist: arbeidsområdet har brukt opp sine ${num(c.budget.maxQueries, l)} resultater (regel BUDGET). Kontakt dataeieren hvis du trenger flere.`,
    (c, _p, l) =>
      `Refused: this workspace has used up its ${num(c.budget.maxQueries, l)} outputs (rule BUDGET). Contact the data owner if you need more.`,
  ],
} satisfies Record<string, readonly [Text, Text]>;

/** Every message code; stable, kebab-case, never renamed (the audit log stores them). */
export type MessageCode = keyof typeof catalogue;

/** All message codes, for tests and documentation. */
export const MESSAGE_CODES = Object.keys(catalogue) as MessageCode[];

/** Builds the explanation for `code` from public thresholds and names only. */
export function explain(
  code: MessageCode,
  config: DisclosureConfig,
  params: MessageParams = {},
): Explanation {
  const [nb, en] = catalogue[code];
  const message: LocalizedText = { nb: nb(config, params, 'nb'), en: en(config, params, 'en') };
  return { code, message };
}

function winsorMinimum(c: DisclosureConfig): number {
  return minUnitsForQuantiles([c.winsor.lowerQuantile, c.winsor.upperQuantile]);
}
