import type { DisclosureConfig } from './config';
import type { RuleId } from './decision';
import { formatNumber, formatPercent, type Language } from './format';
import { perturbationTableFor } from './ptable';
import { winsorMinimumUnits } from './winsor';

type Text = (c: DisclosureConfig, lang: Language) => string;
interface RuleText {
  id: RuleId;
  title: Record<Language, string>;
  body: Record<Language, Text>;
}

const n = formatNumber;
const pct = formatPercent;

// The page text per rule. Every number comes from the config, so the page cannot drift from the rules.
const rules: RuleText[] = [
  {
    id: 'T1',
    title: { nb: 'Minste populasjon', en: 'Minimum population' },
    body: {
      nb: (c, l) =>
        `Etter \`create-dataset\` med import, \`keep if\`, \`drop if\` og \`sample\` må datasettet ha minst ${n(c.population.minUnits, l)} enheter. Ellers avvises kommandoen, og datasettet er uendret.`,
      en: (c, l) =>
        `After \`create-dataset\` with imports, \`keep if\`, \`drop if\` and \`sample\`, a dataset must keep at least ${n(c.population.minUnits, l)} units. Otherwise the command is refused and the dataset is unchanged.`,
    },
  },
  {
    id: 'DIFF',
    title: { nb: 'Vern mot differensiering', en: 'Differencing guard' },
    body: {
      nb: (c, l) =>
        `En ny populasjon må være lik hver tidligere populasjon i arbeidsområdet, eller skille seg fra den med minst ${n(c.differencing.minUnits, l)} enheter i hver retning (enheter som er kommet til, og enheter som er falt bort). Ellers kunne man trekke to resultater fra hverandre og lese av noen få personer.`,
      en: (c, l) =>
        `A new population must equal each earlier population in the workspace, or differ from it by at least ${n(c.differencing.minUnits, l)} units in each direction (units added and units removed). Otherwise subtracting two results could reveal a few people.`,
    },
  },
  {
    id: 'T2',
    title: { nb: 'Winsorisering', en: 'Winsorising' },
    body: {
      nb: (c, l) =>
        `Før statistikk, volumtabeller og grafer settes tallverdier under ${pct(c.winsor.lowerQuantile, l)}- og over ${pct(c.winsor.upperQuantile, l)}-persentilen (regnet over hele datasettet) lik persentilen, så ytterverdier aldri vises. Variabelen må ha minst ${n(winsorMinimumUnits(c), l)} gyldige verdier, slik at persentilene ikke selv blir ytterverdier.`,
      en: (c, l) =>
        `Before statistics, volume tables and graphs, numeric values below the ${pct(c.winsor.lowerQuantile, l)} and above the ${pct(c.winsor.upperQuantile, l)} percentile (over the whole dataset) are set to that percentile, so extremes never show. The variable needs at least ${n(winsorMinimumUnits(c), l)} valid values, so that the percentiles are not extremes themselves.`,
    },
  },
  {
    id: 'T5',
    title: { nb: 'Tabeller med mange små celler', en: 'Tables with many small cells' },
    body: {
      nb: (c, l) =>
        `En celle med færre enn ${n(c.table.lowCellBelow, l)} enheter er liten. En tabell der mer enn ${pct(c.table.maxLowCellShare, l)} av cellene (som ikke er tomme) er små, avvises.`,
      en: (c, l) =>
        `A cell with fewer than ${n(c.table.lowCellBelow, l)} units is small. A table where more than ${pct(c.table.maxLowCellShare, l)} of the non-empty cells are small is refused.`,
    },
  },
  {
    id: 'T6',
    title: { nb: 'Endringer som skiller ut enheter', en: 'Changes that single out units' },
    body: {
      nb: (c, l) =>
        `\`generate\`, \`replace\` og \`recode\` må endre ingen, alle eller minst ${n(c.change.minUnits, l)} enheter, og enhetene som ikke endres, må også være ingen eller minst ${n(c.change.minUnits, l)}.`,
      en: (c, l) =>
        `\`generate\`, \`replace\` and \`recode\` must change none, all, or at least ${n(c.change.minUnits, l)} units, and the units left unchanged must also be none or at least ${n(c.change.minUnits, l)}.`,
    },
  },
  {
    id: 'T7',
    title: { nb: 'Minste antall bak statistikk', en: 'Minimum units behind statistics' },
    body: {
      nb: (c, l) =>
        `Gjennomsnitt, spredning, persentiler, korrelasjoner og summer eller gjennomsnitt i volumtabeller (også per gruppe) krever minst ${n(c.summary.minUnits, l)} enheter; ellers vises de som undertrykt.`,
      en: (c, l) =>
        `Means, spreads, percentiles, correlations, and sums or means in volume tables (also per group) need at least ${n(c.summary.minUnits, l)} units; otherwise they are shown as suppressed.`,
    },
  },
  {
    id: 'T8',
    title: { nb: 'Avrunding av persentiler', en: 'Rounding of percentiles' },
    body: {
      nb: (c, l) =>
        `Medianer og andre persentiler vises med ${n(c.rounding.significantDigits, l)} gjeldende sifre.`,
      en: (c, l) =>
        `Medians and other percentiles are shown with ${n(c.rounding.significantDigits, l)} significant digits.`,
    },
  },
  {
    id: 'PCT',
    title: { nb: 'Persentiler er aldri min eller maks', en: 'Percentiles are never a min or max' },
    body: {
      nb: () =>
        'En persentil vises bare når den ikke bygger på gruppens minste eller største verdi. Minimum og maksimum vises derfor aldri direkte; grensene fra winsoriseringen vises i stedet. Boksplott har beregnede værhår som stopper ved disse grensene, og ingen uteliggere.',
      en: () =>
        "A percentile is shown only when it does not draw on the group's smallest or largest value. Minimum and maximum are therefore never shown as such; the winsorising bounds are shown instead. Box plots have computed whiskers that stop at those bounds, and no outliers.",
    },
  },
  {
    id: 'P1',
    title: { nb: 'Pseudonymiserte identifikatorer', en: 'Pseudonymised identifiers' },
    body: {
      nb: () =>
        'Pseudonymiserte id-er (mors id, arbeidsgivers id) kan bare brukes som nøkler i `merge` og `collapse ..., by()`.',
      en: () =>
        "Pseudonymised ids (mother's id, employer id) may only be used as keys in `merge` and `collapse ..., by()`.",
    },
  },
  {
    id: 'L1',
    title: { nb: 'Ingen lister', en: 'No listings' },
    body: {
      nb: () =>
        'Ingen kommando viser enkeltrader eller enkeltverdier. Grafer viser bare grupperte eller aggregerte data.',
      en: () => 'No command shows single rows or single values. Graphs show binned or aggregated data only.',
    },
  },
  {
    id: 'CK',
    title: { nb: 'Støy i antall (cell key-metoden)', en: 'Noise in counts (the cell key method)' },
    body: {
      nb: (c, l) =>
        `Hver enhet har en hemmelig tilfeldig nøkkel. Et antall får støy som bestemmes av summen av nøklene til enhetene i cellen, slått opp i tabellen nedenfor: høyst ±${n(c.cellKey.maxDeviation, l)}, gjennomsnitt 0, varians ${n(c.cellKey.variance, l)}, aldri negative tall. Samme enheter gir derfor alltid samme tall, i alle tabeller og økter, så det hjelper ikke å spørre mange ganger og ta gjennomsnittet. Antall på 1 til ${n(c.cellKey.blockAtOrBelow, l)} vises som undertrykt, og støyen gir aldri slike tall. Tomme celler vises som 0. Totaler får sin egen støy, så tabeller summerer seg ikke nødvendigvis. Prosenter regnes av de publiserte tallene.`,
      en: (c, l) =>
        `Every unit has a secret random key. A count gets noise chosen by the sum of its units' keys, looked up in the table below: at most ±${n(c.cellKey.maxDeviation, l)}, mean 0, variance ${n(c.cellKey.variance, l)}, never a negative count. The same units therefore always give the same number, in every table and session, so asking many times and averaging does not help. Counts of 1 to ${n(c.cellKey.blockAtOrBelow, l)} are shown as suppressed, and the noise never produces them. Empty cells show as 0. Totals get their own noise, so tables need not add up. Percentages are computed from the published counts.`,
    },
  },
  {
    id: 'MAG',
    title: { nb: 'Støy i summer og gjennomsnitt', en: 'Noise in sums and means' },
    body: {
      nb: (c, l) =>
        `En sum får støy på samme måte som et antall, målt i enheter av ${n(c.magnitude.noiseScale, l)} × det største enkeltbidraget i cellen, og med sin egen nøkkel for hver variabel. En sum av en 0/1-variabel er dermed like godt vernet som antallet den teller. En sum der det største bidraget er mer enn 1/${n(c.cellKey.blockAtOrBelow + 1, l)} av summen av alle bidrag (i absoluttverdi), undertrykkes, akkurat som et antall på ${n(c.cellKey.blockAtOrBelow, l)} eller mindre. Et gjennomsnitt i en volumtabell er den publiserte summen delt på det publiserte antallet.`,
      en: (c, l) =>
        `A sum gets noise in the same way as a count, measured in units of ${n(c.magnitude.noiseScale, l)} × the largest single contribution in the cell, with its own key for each variable. A sum of a 0/1 variable is thus as well protected as the count it counts. A sum whose largest contribution is more than 1/${n(c.cellKey.blockAtOrBelow + 1, l)} of all contributions (in absolute value) is suppressed, just like a count of ${n(c.cellKey.blockAtOrBelow, l)} or less. A mean in a volume table is the published sum divided by the published count.`,
    },
  },
  {
    id: 'NK',
    title: { nb: 'Dominans', en: 'Dominance' },
    body: {
      nb: (c, l) =>
        `En sum undertrykkes når de ${n(c.magnitude.dominance.topUnits, l)} største bidragene utgjør mer enn ${pct(c.magnitude.dominance.maxShare, l)} av summen av alle bidrag (i absoluttverdi).`,
      en: (c, l) =>
        `A sum is suppressed when its ${n(c.magnitude.dominance.topUnits, l)} largest contributions make up more than ${pct(c.magnitude.dominance.maxShare, l)} of all contributions (in absolute value).`,
    },
  },
  {
    id: 'MODEL',
    title: { nb: 'Regresjonsmodeller', en: 'Regression models' },
    body: {
      nb: (c, l) =>
        `En modell krever minst ${n(c.model.minUnits, l)} enheter og ${n(c.model.minResidualDf, l)} residuale frihetsgrader, og hver dummy eller hvert faktornivå må ha minst ${n(c.model.minUnitsPerLevel, l)} enheter med og ${n(c.model.minUnitsPerLevel, l)} uten verdien. Estimatene er eksakte; residualer, leverage og Cooks avstand vises bare som vernede histogrammer.`,
      en: (c, l) =>
        `A model needs at least ${n(c.model.minUnits, l)} units and ${n(c.model.minResidualDf, l)} residual degrees of freedom, and every dummy or factor level needs at least ${n(c.model.minUnitsPerLevel, l)} units in it and ${n(c.model.minUnitsPerLevel, l)} outside it. Estimates are exact; residuals, leverage and Cook's distance are shown only as protected histograms.`,
    },
  },
  {
    id: 'BUDGET',
    title: { nb: 'Kvote for resultater', en: 'Output budget' },
    body: {
      nb: (c, l) =>
        `Et arbeidsområde kan hente ut ${n(c.budget.maxQueries, l)} resultater. Etter ${n(c.budget.warnAt, l)} får du en advarsel; deretter avvises nye resultater. Et resultat som er identisk med et tidligere, teller ikke.`,
      en: (c, l) =>
        `A workspace may release ${n(c.budget.maxQueries, l)} outputs. After ${n(c.budget.warnAt, l)} you get a warning; beyond the limit new outputs are refused. An output identical to an earlier one does not count.`,
    },
  },
];

const headings = {
  nb: {
    title: 'Regler for vern av resultater',
    intro:
      'Alle resultater fra Registerlab passerer disse reglene automatisk før du ser dem. Tallene nedenfor er tersklene som gjelder nå. Reglene bygger på microdata.no (T1–T8, P1, L1); resten er vern som Registerlab legger til.',
    summary: 'Oversikt',
    rule: 'Regel',
    name: 'Hva',
    ptable: 'Støytabellen',
    ptableIntro:
      'Sannsynlighet (i prosent) for hvert avvik fra det sanne antallet. Den siste raden gjelder alle større antall. Tabellen er offentlig; vernet ligger i de hemmelige nøklene.',
    trueCount: 'Sant antall',
  },
  en: {
    title: 'Rules that protect outputs',
    intro:
      'Every output from Registerlab passes these rules automatically before you see it. The numbers below are the thresholds in force now. The rules build on microdata.no (T1–T8, P1, L1); the rest is protection that Registerlab adds.',
    summary: 'Overview',
    rule: 'Rule',
    name: 'What',
    ptable: 'The noise table',
    ptableIntro:
      'Probability (in per cent) of each deviation from the true count. The last row applies to every larger count. The table is public; the protection lies in the secret keys.',
    trueCount: 'True count',
  },
} as const;

/** The public page of the disclosure rules, in Markdown, generated from the configuration in force. */
export function renderRulesPage(config: DisclosureConfig, lang: Language): string {
  const h = headings[lang];
  const lines = [
    `# ${h.title}`,
    '',
    h.intro,
    '',
    `## ${h.summary}`,
    '',
    `| ${h.rule} | ${h.name} |`,
    '| --- | --- |',
  ];
  for (const rule of rules) lines.push(`| ${rule.id} | ${rule.title[lang]} |`);
  for (const rule of rules)
    lines.push('', `## ${rule.id}: ${rule.title[lang]}`, '', rule.body[lang](config, lang));
  lines.push('', `## ${h.ptable}`, '', h.ptableIntro, '', ...ptableMarkdown(config, lang, h.trueCount));
  return `${lines.join('\n')}\n`;
}

function ptableMarkdown(config: DisclosureConfig, lang: Language, trueCount: string): string[] {
  const table = perturbationTableFor(config);
  const D = config.cellKey.maxDeviation;
  const deviations = Array.from({ length: 2 * D + 1 }, (_, i) => i - D);
  const header = `| ${trueCount} | ${deviations.map((d) => (d > 0 ? `+${d}` : String(d))).join(' | ')} |`;
  const rule = `| --- |${' ---: |'.repeat(deviations.length)}`;
  const body = table.rows.map((row, i) => {
    const label = i === table.rows.length - 1 ? `≥ ${row.count}` : String(row.count);
    const cells = deviations.map((d) => {
      const at = row.deviations.indexOf(d);
      return at < 0 ? '' : formatNumber(Math.round((row.probabilities[at] ?? 0) * 10000) / 100, lang);
    });
    return `| ${label} | ${cells.join(' | ')} |`;
  });
  return [header, rule, ...body];
}
