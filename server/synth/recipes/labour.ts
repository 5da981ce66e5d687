import { plusYears } from '../build/context';
import { pickSql } from '../sql/random';
import { monthlyFrame, pySnapshots, spellFrame } from './frames';
import type { Recipe, RecipeEnv } from './types';

const py =
  (value: string, where?: string): Recipe =>
  (env) =>
    pySnapshots(env, value, where);
const employee = (value: string) => py(value, "lab = 'E'");
const flag = (where: string) => py("'1'", where);
/** A code that belongs to the employer, so all its employees share it. */
const byEmployer = (env: RecipeEnv) =>
  env.domain
    ? pySnapshots(
        env,
        pickSql(env.domain.codes, env.domain.weights, env.rng.u(env.fact.name, 'comp_pid')),
        "lab = 'E'",
      )
    : null;

const MARKET_STATUS = "CASE lab WHEN 'E' THEN '1' WHEN 'S' THEN '2' WHEN 'U' THEN '3' ELSE '0' END";
const STATUS8 =
  "CASE WHEN list_contains(['E', 'S'], lab) THEN '1' WHEN lab = 'U' THEN '2' WHEN lab = 'T' THEN '3' WHEN lab = 'R' THEN '4' WHEN lab = 'D' THEN '5' ELSE '7' END";

/** A spell source over `pw`: one spell per person from `start` to `stop` (expressions), where `where` holds. */
const pwSpell = (start: string, stop: string, where: string) =>
  `(SELECT *, ${start} AS start, ${stop} AS stop FROM pw
    WHERE ${where} AND ${start} <= coalesce(${stop}, DATE '9999-12-31') AND ${start} < coalesce(exit, DATE '9999-12-31'))`;
const DISABLED = pwSpell(
  'dis_date',
  `least(${plusYears('birth', '67')}, coalesce(exit, DATE '9999-12-31')) - 1`,
  'dis_date IS NOT NULL',
);
const RETIRED = pwSpell(
  `greatest(retire_date, ${plusYears('birth', '62')})`,
  'exit - 1',
  'retire_date IS NOT NULL',
);
const AAP = pwSpell('dis_date - 730', 'dis_date - 1', 'dis_date IS NOT NULL');
const CHILD_BENEFIT = pwSpell(
  'first_kid',
  `least(${plusYears('last_kid', '18')}, coalesce(exit, DATE '9999-12-31')) - 1`,
  'first_kid IS NOT NULL AND sex = 2',
);
const spell =
  (source: string, value: string, where = 'true'): Recipe =>
  (env) =>
    spellFrame(env, source, 'pid', value, where);

/** Register-based employment (REGSYS, ARBSTATUS), job-seeker spells and benefit spells. */
export const labourRecipes: Record<string, Recipe> = {
  REGSYS_ARB_YRKE_STYRK08: employee('styrk'),
  ARBSTATUS_ARB_YRKE_STYRK08: employee('styrk'),
  REGSYS_YRKE_PUBL: employee('substr(styrk, 1, 1)'),
  REGSYS_ARB_ARBMARK_STATUS: py(MARKET_STATUS, 'age BETWEEN 15 AND 74'),
  REGSYS_YRKSTAT: py(MARKET_STATUS, 'age BETWEEN 15 AND 74'),
  ARBSTATUS_PERS_STATUS8: py(`CASE WHEN age < 15 THEN '8' ELSE ${STATUS8} END`),
  ARBSTATUS_PERS_NEET: py(
    "CASE WHEN list_contains(['U', 'O', 'D'], lab) THEN '1' ELSE '0' END",
    'age BETWEEN 15 AND 29',
  ),
  ARBSTATUS_PERS_UTENFOR: py(
    "CASE WHEN list_contains(['O', 'D'], lab) THEN '1' ELSE '0' END",
    'age BETWEEN 15 AND 74',
  ),
  ARBSTATUS_PERS_ALDER: py('age', 'age BETWEEN 15 AND 74'),
  ARBSTATUS_PERS_KOMM_NR: py('kom_end', 'age BETWEEN 15 AND 74'),
  ARBSTATUS_PERS_SUM_ARBEIDSTID: employee('hours_total'),
  REGSYS_VIRK_NACE1_SN07: employee('nace'),
  REGSYS_NARING_SN2007: employee('nace'),
  REGSYS_NARING_SN2002: employee('nace'),
  REGSYS_NARING_SN94: employee('nace'),
  REGSYS_FRTK_ID_SSB: employee('comp_pid'),
  REGSYS_ORGFOR: employee('comp_pid'),
  REGSYS_VIRK_ID_SSB: employee('virk_pid'),
  REGSYS_ORGBED: employee('virk_pid'),
  REGSYS_ARB_ARBEIDSTID: employee('hours'),
  REGSYS_ARBTIM: employee('hours'),
  ARBSTATUS_ARB_ARBEIDSTID: employee('hours'),
  ARBSTATUS_ARB_ARBTIM: employee('hours'),
  REGSYS_ARB_ARBKOMM: employee('arbkomm'),
  REGSYS_ARBKOMM: employee('arbkomm'),
  ARBSTATUS_ARB_KOMM_NR: employee('arbkomm'),
  REGSYS_SEKTOR: byEmployer,
  REGSYS_SEKTOR_2014: byEmployer,
  REGSYS_FRTK_SEKTOR_2014: byEmployer,
  REGSYS_FRTK_ORG_FORM: byEmployer,
  REGSYS_FORG_FRM: byEmployer,
  ARBSTATUS_AKT_LOHELTID: flag("lab = 'E' AND hours >= 37.5"),
  ARBSTATUS_AKT_LODELTID: flag("lab = 'E' AND hours < 37.5"),
  ARBSTATUS_AKT_LEDIG: flag("lab = 'U'"),
  ARBSTATUS_AKT_VARIGUF: flag("lab = 'D'"),
  ARBSTATUS_AKT_ALDERSP: flag("lab = 'R'"),
  ARBSTATUS_AKT_ORDUTD: flag("lab = 'T'"),
  ARBSTATUS_AKT_SELVST: flag("lab = 'S'"),
  ARBSTATUS_AKT_ARBAP: flag('aap > 0'),
  ARBSTATUS_AKT_DAGP: flag('dagpenger > 0'),
  ARBSTATUS_AKT_SYKEP: flag('sykepenger > 0'),
  ARBSTATUS_AKT_SOSHJ: flag('sosial > 0'),
  ARBSTATUS_AKT_KONTANT: flag('kontantstotte > 0'),
  ARBSOEK2001FDT_HOVED: (env) =>
    spellFrame(
      env,
      'unemp',
      'pid',
      `CASE WHEN ${env.rng.u('arbsoek', 'pid', 'start')} < 0.7 THEN '1' WHEN ${env.rng.u('arbsoek', 'pid', 'start')} < 0.85 THEN '3' ELSE '2' END`,
    ),
  UFOERP2011FDT_MOTTAK: spell(DISABLED, "'1'"),
  UFOERP1992FDT_MOTTAK: spell(DISABLED, "'1'"),
  UFOERP2011FDT_GRAD: (env) =>
    spellFrame(env, DISABLED, 'pid', `CASE WHEN ${env.rng.u('ufg', 'pid')} < 0.75 THEN 100 ELSE 50 END`),
  UFOERP1992FDT_UFG: (env) =>
    spellFrame(env, DISABLED, 'pid', `CASE WHEN ${env.rng.u('ufg', 'pid')} < 0.75 THEN 100 ELSE 50 END`),
  ARBAVKLARPFDT_MOTTAK: spell(AAP, "'1'"),
  ALDPENSJ2011FDT_MOTTAK: spell(RETIRED, "'1'"),
  ALDPENSJ1992FDT_MOTTAK: spell(RETIRED, "'1'"),
  ALDPENSJ2011FDT_GRAD: spell(RETIRED, '100'),
  BARNETRMOTFDT_MOTTAK: spell(CHILD_BENEFIT, "'1'"),
  BARNETRMOTFDT_ANTBARN: spell(CHILD_BENEFIT, 'n_children'),
  SOSHJLPFDT_MOTTAK: (env) =>
    spellFrame(
      env,
      pwSpell(
        `greatest(entry, ${plusYears('birth', `20 + 40 * ${env.rng.u('soshjelp.when', 'pid')}`)})`,
        `${plusYears('birth', `20 + 40 * ${env.rng.u('soshjelp.when', 'pid')}`)} + 60 + floor(${env.rng.exp(200, 'soshjelp.len', 'pid')})::INTEGER`,
        `z < 0 AND ${env.rng.u('soshjelp', 'pid')} < 0.12`,
      ),
      'pid',
      "'1'",
    ),
  ARBEIDSSOKER_KJOENN: (env) => monthlyFrame(env, 'unemp', 'pid', 'sex::VARCHAR', 'true', 'start', 'stop'),
  ARBEIDSSOKER_ALDER: (env) =>
    monthlyFrame(
      env,
      'unemp',
      'pid',
      "round(date_diff('day', birth, d) / 365.25, 1)",
      'true',
      'start',
      'stop',
    ),
  ARBEIDSSOKER_ANT_D_AS: (env) => monthlyFrame(env, 'unemp', 'pid', 'd - start + 1', 'true', 'start', 'stop'),
  ARBEIDSSOKER_ARBEIDSSOKERSTATUS_GROV: (env) =>
    monthlyFrame(env, 'unemp', 'pid', "'1'", 'true', 'start', 'stop'),
  ARBEIDSSOKER_DAGDATO1: (env) =>
    monthlyFrame(env, 'unemp', 'pid', 'year(d) * 10000 + month(d) * 100 + day(d)', 'true', 'start', 'stop'),
};
