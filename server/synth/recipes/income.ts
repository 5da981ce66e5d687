import { growthSql } from '../build/person-year';
import { pyPeriods } from './frames';
import type { Recipe } from './types';

/** The income statistics population: residents at the end of the year aged 16 or more. */
const POPULATION =
  '(death IS NULL OR death > make_date(y, 12, 31)) AND (emig IS NULL OR emig > make_date(y, 12, 31)) AND age >= 16';

/** A yearly amount for the whole income population (zeros included). */
const everyone =
  (value: string): Recipe =>
  (env) =>
    pyPeriods(env, value, POPULATION);
/** Household income after tax, from the household table `hush` (sorted like `py`). */
const household =
  (value: string): Recipe =>
  (env) =>
    pyPeriods(env, value, POPULATION, 'hush');
/** A yearly amount for those who received something (a register of recipients). */
const recipients =
  (value: string): Recipe =>
  (env) =>
    pyPeriods(env, value, `${POPULATION} AND (${value}) > 0`);
/** A share of another amount, for a share of the people who have it (details of a total). */
const part =
  (value: string, share: number, who: number): Recipe =>
  (env) =>
    pyPeriods(
      env,
      `round((${value}) * ${share} * (0.5 + ${env.rng.u(`${env.fact.name}.p`, 'pid', 'y')}))`,
      `${POPULATION} AND (${value}) > 0 AND ${env.rng.u(`${env.fact.name}.w`, 'pid')} < ${who}`,
    );

const TAXABLE_TRANSFERS = '(pension + ufore + aap + dagpenger + sykepenger + foreldrepenger)';
const TRANSFERS = `(${TAXABLE_TRANSFERS} + skattefri)`;
const MINSTEFRADRAG = `least(round(0.46 * (wage + pension + ufore)), round(104450 * ${growthSql('y')} / ${growthSql('2021')}))`;
const WEALTH_TAX = `round(0.0085 * greatest(0, formue - 1500000 * ${growthSql('y')}))`;

/** Yearly incomes, transfers, wealth and taxes (INNTEKT_, SKATT_) built from the person-year incomes. */
export const incomeRecipes: Record<string, Recipe> = {
  INNTEKT_WLONN: everyone('wage'),
  INNTEKT_LONN: everyone('wage'),
  INNTEKT_WYRKINNT: everyone('wage + nar'),
  INNTEKT_YRKINNT: everyone('wage + nar'),
  INNTEKT_WNARINNT: recipients('nar'),
  INNTEKT_NARINNT: recipients('nar'),
  INNTEKT_WKAPINNT: everyone('kap'),
  INNTEKT_RENTINNT: part('kap', 0.6, 0.9),
  INNTEKT_AKSJEUTBYTTE: part('kap', 0.5, 0.25),
  INNTEKT_ANDREKAPINNT: part('kap', 0.2, 0.3),
  INNTEKT_WSAMINNT: everyone('samlet'),
  INNTEKT_UTSKATT: everyone('skatt'),
  INNTEKT_WSKATOVF: everyone('skatt'),
  INNTEKT_WIES: everyone('wies'),
  INNTEKT_WOVERFOR: everyone(TRANSFERS),
  INNTEKT_OVERFOR: everyone(TRANSFERS),
  INNTEKT_WSKPLOVF: everyone(TAXABLE_TRANSFERS),
  INNTEKT_SKPLOVF: everyone(TAXABLE_TRANSFERS),
  INNTEKT_WSKFROVF: everyone('skattefri'),
  INNTEKT_PGIVINNT: everyone('wage + nar + sykepenger + foreldrepenger + dagpenger + aap'),
  INNTEKT_BRUTTOFORM: everyone('formue'),
  INNTEKT_BER_BRFORM: everyone('ber_brform'),
  INNTEKT_GJELD: everyone('gjeld'),
  INNTEKT_FORMUESKATT: recipients(WEALTH_TAX),
  INNTEKT_BRUTTO_FINANSKAPITAL: everyone('round(formue * 0.45)'),
  INNTEKT_BANKINNSK: everyone('round(formue * 0.3)'),
  INNTEKT_REAL: everyone('round(formue * 0.55)'),
  INNTEKT_BER_REALKAP: everyone('ber_brform - round(formue * 0.45)'),
  INNTEKT_ALDERSP_FOLKETR: recipients('pension'),
  INNTEKT_FTRYG: recipients('pension + ufore'),
  INNTEKT_KODE218: recipients('ufore'),
  INNTEKT_SUM_ARBAVKL: recipients('aap'),
  INNTEKT_ARBLED: recipients('dagpenger'),
  INNTEKT_SYKEPENGER: recipients('sykepenger'),
  INNTEKT_FORELDREPENGER: recipients('foreldrepenger'),
  INNTEKT_BARNETRYGD: recipients('barnetrygd'),
  INNTEKT_KONTANTSTOTTE: recipients('kontantstotte'),
  INNTEKT_SOSIAL: recipients('sosial'),
  INNTEKT_BOSTOTTE: recipients('bostotte'),
  INNTEKT_STUDIESTIPEND: recipients('stipend'),
  INNTEKT_GRUNN_HJELP: recipients('grunnhjelp'),
  INNTEKT_HUSH_IES: household('hush_ies'),
  INNTEKT_HUSH_IES_EU: household('hush_ies_eu'),
  INNTEKT_HUSH_IES_OECD: household('hush_ies_oecd'),
  SKATT_BRUTTOINNTEKT: everyone('samlet'),
  SKATT_ALMINNELIG_INNTEKT: everyone(`greatest(0, samlet - ${MINSTEFRADRAG} - round(gjeld * 0.03))`),
  SKATT_FASTSATT_SKATT: everyone('skatt'),
  SKATT_BRUTTOFORMUE: everyone('formue'),
  SKATT_NETTOFORMUE: everyone('greatest(0, formue - gjeld)'),
  SKATT_GJELD: everyone('gjeld'),
  SKATT_BANKINNSKUDD: everyone('round(formue * 0.3)'),
  SKATT_BRUTTO_FINANSKAPITAL: everyone('round(formue * 0.45)'),
  SKATT_REALKAPITAL: everyone('round(formue * 0.55)'),
  SKATT_MINSTEFRADRAG: recipients(MINSTEFRADRAG),
  SKATT_FORMUESKATT: recipients(WEALTH_TAX),
  SKATT_RENTEUTGIFTER: recipients('round(gjeld * 0.03)'),
  SKATT_RENTEINNTEKTER: part('kap', 0.6, 0.9),
  SKATT_UTBYTTE: part('kap', 0.5, 0.25),
  SKATT_PI_LONN: recipients('wage + sykepenger + foreldrepenger + dagpenger + aap'),
  SKATT_PI_PENSJONER: recipients('pension'),
  SKATT_PI_UFORE: recipients('ufore'),
  SKATT_BA_DAGPENGER: recipients('dagpenger'),
  SKATT_BA_AAP: recipients('aap'),
  SKATT_BA_ALDERSPENSJ_FOLKETR: recipients('pension'),
  SKATT_TRINNSKATT: recipients(`round(0.04 * greatest(0, samlet - 300000 * ${growthSql('y')}))`),
  SKATT_TOPPSKATT: recipients(`round(0.09 * greatest(0, samlet - 550000 * ${growthSql('y')}))`),
};
