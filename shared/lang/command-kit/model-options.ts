import { exclusive, flag, option } from './syntax';

/** Options every regression shares. */
export const BASE = [
  flag('robust', 'Robuste standardfeil (HC1).', 'Robust standard errors (HC1).'),
  option(
    'cluster',
    'variable',
    'Standardfeil gruppert på denne variabelen.',
    'Standard errors clustered on this variable.',
  ),
  option(
    'level',
    'number',
    'Konfidensnivå i prosent (standard 95).',
    'Confidence level in percent (default 95).',
  ),
  flag('noconstant', 'Uten konstantledd.', 'Without an intercept.'),
] as const;

const control = option(
  'control',
  'variables',
  'Kontrollvariabler som ikke vises i resultatet.',
  'Control variables left out of the output.',
);
const margins = option(
  'margins',
  'text',
  'Marginale effekter ved gitte verdier.',
  'Margins at given values.',
);
const mfx = option('mfx', 'text', 'Marginale effekter.', 'Marginal effects.');
const mfxAt = option(
  'mfx_at',
  'text',
  'Marginale effekter ved gitte verdier.',
  'Marginal effects at given values.',
);

/** regress */
export const REGRESS = [
  ...BASE,
  flag('standardize', 'Standardiserte koeffisienter.', 'Standardised coefficients.'),
  flag('vif', 'Variansinflasjonsfaktorer.', 'Variance inflation factors.'),
  flag('het_bp', 'Breusch-Pagan-test for heteroskedastisitet.', 'Breusch-Pagan test for heteroskedasticity.'),
  flag('ov', 'Ramsey-test for utelatte variabler.', 'Ramsey test for omitted variables.'),
  control,
  margins,
] as const;

/** logit */
export const LOGIT = [
  ...BASE,
  flag('or', 'Viser oddsrater.', 'Shows odds ratios.'),
  mfx,
  mfxAt,
  margins,
  control,
] as const;

/** probit */
export const PROBIT = [...BASE, mfx, mfxAt, margins, control] as const;

/** mlogit */
export const MLOGIT = [
  ...BASE,
  mfx,
  mfxAt,
  control,
  option('base', 'number', 'Kategorien som er referanse.', 'The reference category.'),
  flag('rrr', 'Viser relative risikorater.', 'Shows relative risk ratios.'),
] as const;

/** poisson and negative-binomial */
export const COUNT = [
  ...BASE,
  flag('irr', 'Viser insidensrater.', 'Shows incidence rate ratios.'),
  option(
    'exposure',
    'variable',
    'Eksponeringsvariabel (tid under risiko).',
    'Exposure variable (time at risk).',
  ),
  control,
] as const;

/** ivregress */
export const IVREGRESS = [
  ...BASE,
  flag('firststage', 'Viser første trinn.', 'Shows the first stage.'),
  flag(
    'endog',
    'Tester om de endogene variablene er endogene.',
    'Tests whether the endogenous variables are endogenous.',
  ),
  flag('overid', 'Test av overidentifiserende restriksjoner.', 'Test of overidentifying restrictions.'),
  ...exclusive(
    'estimator',
    flag('tsls', 'Totrinns minste kvadraters metode (standard).', 'Two-stage least squares (default).'),
    flag('liml', 'Limited-information maximum likelihood.', 'Limited-information maximum likelihood.'),
    flag('gmm', 'Generalised method of moments.', 'Generalised method of moments.'),
  ),
] as const;

/** regress-panel and hausman */
export const PANEL = [
  ...BASE,
  ...exclusive(
    'effects',
    flag('fe', 'Faste effekter (standard).', 'Fixed effects (default).'),
    flag('re', 'Tilfeldige effekter.', 'Random effects.'),
    flag('be', 'Mellom-effekter.', 'Between effects.'),
    flag('pooled', 'Samlet OLS over alle tidspunkt.', 'Pooled OLS over all times.'),
  ),
] as const;

/** regress-mml */
export const MML = [
  control,
  flag('noconstant', 'Uten konstantledd.', 'Without an intercept.'),
  option(
    'level',
    'number',
    'Konfidensnivå i prosent (standard 95).',
    'Confidence level in percent (default 95).',
  ),
  flag('ml', 'Maksimum likelihood i stedet for REML.', 'Maximum likelihood instead of REML.'),
] as const;

/** oaxaca */
export const OAXACA = [
  flag('pool', 'Samlet (pooled) todelt dekomponering.', 'Pooled two-fold decomposition.'),
  flag('threefold', 'Tredelt dekomponering.', 'Three-fold decomposition.'),
  flag('robust', 'Robuste standardfeil.', 'Robust standard errors.'),
  flag('noconstant', 'Uten konstantledd.', 'Without an intercept.'),
] as const;

/** rdd */
export const RDD = [
  option(
    'cutoff',
    'number',
    'Terskelen i løpevariabelen (standard 0).',
    'The threshold of the running variable (default 0).',
  ),
  option(
    'polynomial',
    'integer',
    'Graden til polynomet (standard 1).',
    'The degree of the polynomial (default 1).',
  ),
  option('fuzzy', 'variable', 'Behandlingsdummy for uskarp RDD.', 'Treatment dummy for fuzzy RDD.'),
  option('derivate', 'integer', 'Hvilken derivert som estimeres.', 'Which derivative is estimated.'),
  option('bandwidth', 'number', 'Båndbredde rundt terskelen.', 'Bandwidth around the threshold.'),
  option(
    'cluster',
    'variable',
    'Standardfeil gruppert på denne variabelen.',
    'Standard errors clustered on this variable.',
  ),
  option('level', 'number', 'Konfidensnivå i prosent.', 'Confidence level in percent.'),
] as const;

/** cox and weibull */
export const SURVIVAL = [
  flag('hazard', 'Viser hasardrater.', 'Shows hazard ratios.'),
  option('level', 'number', 'Konfidensnivå i prosent.', 'Confidence level in percent.'),
  flag('robust', 'Robuste standardfeil.', 'Robust standard errors.'),
] as const;

const out = (name: string, nb: string, en: string) => option(name, 'new-variable', nb, en);

/** `predicted(name)` of the *-predict commands (the default output). */
export const PREDICTED = out(
  'predicted',
  'Ny variabel med predikerte verdier.',
  'New variable with predicted values.',
);
/** `residuals(name)` of the *-predict commands. */
export const RESIDUALS = out('residuals', 'Ny variabel med residualer.', 'New variable with residuals.');
/** `cooksd(name)` of the *-predict commands. */
export const COOKSD = out('cooksd', "Ny variabel med Cook's distance.", "New variable with Cook's distance.");
/** `probabilities(name)` of the *-predict commands. */
export const PROBABILITIES = out(
  'probabilities',
  'Ny variabel med sannsynligheter.',
  'New variable with probabilities.',
);
/** `effects(name)` of the *-predict commands. */
export const EFFECTS = out('effects', 'Ny variabel med enhetseffekter.', 'New variable with unit effects.');
