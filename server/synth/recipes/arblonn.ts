import { pickSql } from '../sql/random';
import { monthlyFrame } from './frames';
import type { Recipe, RecipeEnv } from './types';
import { genericValue } from './values';

/** Share of jobs (or employees) kept for a-ordningen variables that no example reads: keeps the monthly data small. */
export const MONTHLY_SAMPLE = 0.1;

const sampled = (env: RecipeEnv, unit: string) =>
  `${env.rng.u(`${env.fact.name}.sample`, unit)} < ${MONTHLY_SAMPLE}`;

/** Monthly job rows from `job` for the months the job is active. */
const jobs =
  (
    value: string | ((env: RecipeEnv) => string),
    where: string | ((env: RecipeEnv) => string) = 'true',
    nullable = true,
  ): Recipe =>
  (env) =>
    monthlyFrame(
      env,
      'job',
      'jid',
      typeof value === 'string' ? value : value(env),
      typeof where === 'string' ? where : where(env),
      'start',
      'stop',
      nullable,
    );

/** Monthly amounts of a job: never null, so no null filter (which would compute them twice). */
const pay = (
  value: string | ((env: RecipeEnv) => string),
  where: string | ((env: RecipeEnv) => string) = 'true',
): Recipe => jobs(value, where, false);

/** Monthly employee rows from `emp_episode` (one main job and one municipality at a time). */
const employees =
  (value: string, where: string | ((env: RecipeEnv) => string) = 'true'): Recipe =>
  (env) =>
    monthlyFrame(
      env,
      'emp_episode',
      'pid',
      value,
      typeof where === 'string' ? where : where(env),
      'start',
      'stop',
    );

/** A code fixed for the job's whole life. */
const perJob = (env: RecipeEnv) =>
  env.domain ? pickSql(env.domain.codes, env.domain.weights, env.rng.u(env.fact.name, 'jid')) : "'1'";

/** Wage growth from 2015: 3 % a year in general plus 1.2 % a year of tenure (the tenure part is in `mbase`). */
const GROWTH = `[${Array.from({ length: 61 }, (_, k) => Math.exp(0.042 * (1990 + k - 2015)).toPrecision(12)).join(',')}][yr - 1989]`;
/** Share of the month (`ps` to `pe`) the job was active. */
const ACTIVE =
  'CASE WHEN start <= ps AND stop >= pe THEN 1.0 ELSE (least(stop, pe) - greatest(start, ps) + 1) / (pe - ps + 1) END';
/** Full-time monthly wage of the job in the month. */
const FULL_TIME = `(fbase * ${GROWTH})`;
/** Monthly pay of the job in the month, for the share of the month it was active. */
const PAY = `(mbase * ${GROWTH} * ${ACTIVE})`;
const reported = (env: RecipeEnv, amount: string) =>
  `round(${amount} * (CASE WHEN ${env.rng.u(`${env.fact.name}.r`, 'jid', 'm')} < 0.9 THEN 1 ELSE 0.9 + 0.2 * ${env.rng.u(`${env.fact.name}.x`, 'jid', 'm')} END), 2)`;

/** Monthly a-ordningen variables: jobs (ARBLONN_ARB_, ARBLONN_LONN_) and employees (ARBLONN_PERS_). */
export const arblonnRecipes: Record<string, Recipe> = {
  ARBLONN_ARB_ARBEIDSTID: jobs('hours'),
  ARBLONN_ARB_STILLINGSPST: jobs('pct'),
  ARBLONN_ARB_H3LDELTID: jobs("CASE WHEN pct >= 100 THEN '1' ELSE '2' END"),
  ARBLONN_ARB_TID_ORDNING: jobs(perJob),
  ARBLONN_ARB_YRKE_STYRK08: jobs('styrk'),
  ARBLONN_ARB_ARBKOMM: jobs('arbkomm', (env) => sampled(env, 'jid')),
  ARBLONN_ARB_HOVEDARBEID: jobs("CASE WHEN kind = 'second' THEN '2' ELSE '1' END", (env) =>
    sampled(env, 'jid'),
  ),
  ARBLONN_ARB_START: jobs('start', (env) => sampled(env, 'jid')),
  ARBLONN_ARB_SLUTT: (env) =>
    jobs('stop', `stop <= DATE '${env.params.to}-12-31' AND ${sampled(env, 'jid')}`)(env),
  ARBLONN_ARB_SLUTTAARSAK: (env) =>
    jobs(perJob, `stop <= DATE '${env.params.to}-12-31' AND ${sampled(env, 'jid')}`)(env),
  ARBLONN_ARB_TIMEANT_FULLTID: jobs('37.5', (env) => sampled(env, 'jid')),
  ARBLONN_ARB_ARBMARK_STATUS: jobs("CASE WHEN pct >= 100 THEN '1' ELSE '2' END", (env) =>
    sampled(env, 'jid'),
  ),
  ARBLONN_ARB_SYSS: jobs("CASE WHEN pct >= 100 THEN '1' ELSE '2' END", (env) => sampled(env, 'jid')),
  ARBLONN_ARB_STILLINGSPST_INNRAPP: jobs('pct', (env) => sampled(env, 'jid')),
  ARBLONN_LONN_FAST: pay('round(' + PAY + ', 2)', 'NOT hourly'),
  ARBLONN_LONN_FAST_INNRAPP: pay((env) => reported(env, PAY), 'NOT hourly'),
  ARBLONN_LONN_TIME: pay('round(' + PAY + ', 2)', 'hourly'),
  ARBLONN_LONN_TIME_INNRAPP: pay((env) => reported(env, PAY), 'hourly'),
  ARBLONN_LONN_TIME_ANTALL: jobs(
    'round(hours * 4.33 * (least(stop, pe) - greatest(start, ps) + 1) / (pe - ps + 1), 1)',
    'hourly',
  ),
  ARBLONN_LONN_EKV_FMLONN: pay(`round(${FULL_TIME}, 2)`),
  ARBLONN_LONN_EKV_IALT: pay(`round(${FULL_TIME} * 1.06, 2)`),
  ARBLONN_LONN_EKV_VEKT: jobs(
    'round(pct / 100 * (least(stop, pe) - greatest(start, ps) + 1) / (pe - ps + 1), 3)',
    (env) => sampled(env, 'jid'),
  ),
  ARBLONN_LONN_KONTANT_IMP: pay(`round(${PAY} * 1.04, 2)`),
  ARBLONN_LONN_KONTANT_INNRAPP: jobs(
    (env) => reported(env, `${PAY} * 1.04`),
    (env) => sampled(env, 'jid'),
  ),
  ARBLONN_LONN_FERIE: jobs(`CASE WHEN month(ps) = 6 THEN round(${FULL_TIME} * pct / 100 * 1.2, 2) END`),
  ARBLONN_PERS_SUM_ARBEIDSTID: employees('hours_total'),
  ARBLONN_PERS_SUM_STILLINGSPST: employees('pct_total', (env) => sampled(env, 'pid')),
  ARBLONN_PERS_KJOENN: employees('sex::VARCHAR'),
  ARBLONN_PERS_ALDER: employees("date_diff('year', birth, d)"),
  ARBLONN_PERS_KOMMNR: employees('kom'),
  ARBLONN_PERS_BOSETT_STATUS: employees("CASE WHEN immig IS NULL THEN '1' ELSE '2' END", (env) =>
    sampled(env, 'pid'),
  ),
  ARBLONN_PERS_DNR: employees("'0'", (env) => sampled(env, 'pid')),
  ARBLONN_PERS_STATSBORGERSKAP: employees(
    "CASE WHEN immig IS NOT NULL AND d - immig < 365 * 7 THEN country ELSE '000' END",
    (env) => sampled(env, 'pid'),
  ),
  ARBLONN_PERS_BOTID_FORST: employees("date_diff('year', coalesce(immig, birth), d)", (env) =>
    sampled(env, 'pid'),
  ),
  ARBLONN_PERS_BOTID_SISTE: employees("date_diff('year', coalesce(immig, birth), d)", (env) =>
    sampled(env, 'pid'),
  ),
};

/** Any other a-ordningen job variable: a sample of job-months with generic values. */
export const arblonnJobFallback: Recipe = (env) =>
  monthlyFrame(
    env,
    'job',
    'jid',
    genericValue(env, 'jid', 'm'),
    `${env.rng.u(`${env.fact.name}.sample`, 'jid')} < ${env.fact.temporality === 'ACCUMULATED' ? 0.03 : MONTHLY_SAMPLE}`,
    'start',
    'stop',
  );

/** Any other a-ordningen employee variable: a sample of employees with generic values. */
export const arblonnPersonFallback: Recipe = (env) =>
  monthlyFrame(
    env,
    'emp_episode',
    'pid',
    genericValue(env, 'pid', 'm'),
    sampled(env, 'pid'),
    'start',
    'stop',
  );

/** Any other job-seeker register variable: monthly rows while registered unemployed, generic values. */
export const jobSeekerFallback: Recipe = (env) =>
  monthlyFrame(env, 'unemp', 'pid', genericValue(env, 'pid', 'm'), 'true', 'start', 'stop');
