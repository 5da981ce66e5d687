import type { Span } from './spans';

/** How bad a diagnostic is: errors stop a script from running, warnings and notes do not. */
export type Severity = 'error' | 'warning' | 'info';

/** One finding about a script, as every part of Registerlab passes it around (plain data). */
export interface Diagnostic {
  code: DiagnosticCode;
  severity: Severity;
  message_nb: string;
  message_en: string;
  span: Span;
}

type Params = Record<string, string | number>;

interface Entry<P extends Params> {
  severity: Severity;
  nb: (p: P) => string;
  en: (p: P) => string;
}

function entry<P extends Params = Record<never, never>>(
  severity: Severity,
  nb: (p: P) => string,
  en: (p: P) => string,
): Entry<P> {
  return { severity, nb, en };
}

type Hint = { hint: string };
const hintNb = (h: string) => (h ? ` Mente du ${h}?` : '');
const hintEn = (h: string) => (h ? ` Did you mean ${h}?` : '');

/**
 * Every diagnostic Registerlab can report: a stable kebab-case code (never renamed), its severity,
 * its parameters and its message in Norwegian and English.
 */
export const catalogue = {
  'internal-error': entry<{ detail: string }>(
    'error',
    (p) => `Intern feil i kontrollen av skriptet (${p.detail}). Meld gjerne fra om dette.`,
    (p) => `Internal error while checking the script (${p.detail}). Please report this.`,
  ),
  'diagnostics-truncated': entry<{ count: number }>(
    'info',
    (p) => `${p.count} flere meldinger er utelatt.`,
    (p) => `${p.count} more diagnostics were left out.`,
  ),
  'script-too-large': entry<{ size: number; limit: number }>(
    'error',
    (p) => `Skriptet er for stort (${p.size} tegn; grensen er ${p.limit}).`,
    (p) => `The script is too large (${p.size} characters; the limit is ${p.limit}).`,
  ),
  // Lexical
  'unexpected-character': entry<{ char: string }>(
    'error',
    (p) => `Uventet tegn ${p.char}.`,
    (p) => `Unexpected character ${p.char}.`,
  ),
  'unterminated-string': entry(
    'error',
    () => 'Teksten mangler avsluttende anførselstegn.',
    () => 'The string has no closing quote.',
  ),
  'unterminated-comment': entry(
    'error',
    () => 'Kommentaren /* ... mangler avsluttende */.',
    () => 'The comment /* ... has no closing */.',
  ),
  'invalid-date': entry<{ text: string }>(
    'error',
    (p) => `${p.text} er ikke en gyldig dato.`,
    (p) => `${p.text} is not a valid date.`,
  ),
  'textblock-unterminated': entry(
    'error',
    () => 'textblock mangler en avsluttende endblock.',
    () => 'textblock has no closing endblock.',
  ),
  'endblock-without-textblock': entry(
    'error',
    () => 'endblock uten en textblock foran.',
    () => 'endblock without a textblock before it.',
  ),
  'textblock-start-missing': entry<{ lines: number }>(
    'warning',
    (p) => `endblock uten textblock: de ${p.lines} linjene foran leses som tekst. Skriv textblock først.`,
    (p) =>
      `endblock without textblock: the ${p.lines} lines before it are read as text. Write textblock first.`,
  ),
  // Bindings and loops
  'unknown-binding': entry<{ name: string } & Hint>(
    'error',
    (p) => `Bindingen $${p.name} er ikke definert med let eller for.${hintNb(p.hint)}`,
    (p) => `The binding $${p.name} is not defined by let or for.${hintEn(p.hint)}`,
  ),
  'let-syntax': entry(
    'error',
    () => 'Skriv let navn = uttrykk.',
    () => 'Write let name = expression.',
  ),
  'binding-evaluation': entry<{ detail: string }>(
    'error',
    (p) => `Bindingen kan ikke regnes ut: ${p.detail}.`,
    (p) => `The binding cannot be evaluated: ${p.detail}.`,
  ),
  'binding-function-not-constant': entry<{ name: string }>(
    'error',
    (p) => `${p.name}() regnes ut før skriptet kjører og tar bare konstanter og bindinger, ikke variabler.`,
    (p) =>
      `${p.name}() is evaluated before the script runs and takes only constants and bindings, not variables.`,
  ),
  'concat-operand': entry(
    'error',
    () => '++ trenger en verdi på begge sider.',
    () => '++ needs a value on both sides.',
  ),
  'for-syntax': entry<{ detail: string }>(
    'error',
    (p) => `Ugyldig for-løkke: ${p.detail}. Skriv for i in 1 : 3 eller for x in a b c.`,
    (p) => `Invalid for loop: ${p.detail}. Write for i in 1 : 3 or for x in a b c.`,
  ),
  'for-length-mismatch': entry<{ expected: number; found: number }>(
    'error',
    (p) => `Listene i en sammenflettet for-løkke må være like lange (${p.expected} og ${p.found}).`,
    (p) => `The lists of a zipped for loop must have the same length (${p.expected} and ${p.found}).`,
  ),
  'for-unclosed': entry(
    'error',
    () => 'for-løkken mangler en avsluttende end.',
    () => 'The for loop has no closing end.',
  ),
  'end-without-for': entry(
    'error',
    () => 'end uten en for-løkke foran.',
    () => 'end without a for loop before it.',
  ),
  'expansion-limit': entry<{ limit: number }>(
    'error',
    (p) => `Løkkene gir mer enn ${p.limit} kommandoer; skriptet stanses her.`,
    (p) => `The loops produce more than ${p.limit} commands; expansion stops here.`,
  ),
  // Syntax
  'unknown-command': entry<{ name: string } & Hint>(
    'error',
    (p) => `Ukjent kommando ${p.name}.${hintNb(p.hint)}`,
    (p) => `Unknown command ${p.name}.${hintEn(p.hint)}`,
  ),
  expected: entry<{ what_nb: string; what_en: string; found: string }>(
    'error',
    (p) => `Forventet ${p.what_nb}, fant ${p.found}.`,
    (p) => `Expected ${p.what_en}, found ${p.found}.`,
  ),
  'unexpected-token': entry<{ found: string; command: string }>(
    'error',
    (p) => `Uventet ${p.found} i ${p.command}.`,
    (p) => `Unexpected ${p.found} in ${p.command}.`,
  ),
  'unclosed-paren': entry(
    'error',
    () => 'Parentesen er ikke lukket.',
    () => 'The parenthesis is not closed.',
  ),
  'expression-too-deep': entry<{ limit: number }>(
    'error',
    (p) => `Uttrykket er for dypt nøstet eller for langt (grense: ${p.limit}).`,
    (p) => `The expression is nested too deeply or is too long (limit: ${p.limit}).`,
  ),
  'assignment-in-expression': entry(
    'error',
    () => '= tilordner; bruk == for å sammenligne.',
    () => '= assigns; use == to compare.',
  ),
  'missing-comparison': entry(
    'error',
    () => 'Missing (.) kan ikke sammenlignes; bruk sysmiss(x).',
    () => 'Missing (.) cannot be compared; use sysmiss(x).',
  ),
  'condition-not-allowed': entry<{ command: string }>(
    'error',
    (p) => `${p.command} tar ikke en if-betingelse.`,
    (p) => `${p.command} does not take an if condition.`,
  ),
  'unknown-option': entry<{ option: string; command: string } & Hint>(
    'error',
    (p) => `${p.command} har ingen opsjon ${p.option}.${hintNb(p.hint)}`,
    (p) => `${p.command} has no option ${p.option}.${hintEn(p.hint)}`,
  ),
  'option-arguments': entry<{ option: string; expected_nb: string; expected_en: string }>(
    'error',
    (p) => `Opsjonen ${p.option} tar ${p.expected_nb}.`,
    (p) => `The option ${p.option} takes ${p.expected_en}.`,
  ),
  'duplicate-option': entry<{ option: string }>(
    'warning',
    (p) => `Opsjonen ${p.option} er gitt mer enn én gang; den siste gjelder.`,
    (p) => `The option ${p.option} is given more than once; the last one applies.`,
  ),
  'conflicting-options': entry<{ first: string; second: string }>(
    'error',
    (p) => `Opsjonene ${p.first} og ${p.second} kan ikke brukes sammen.`,
    (p) => `The options ${p.first} and ${p.second} cannot be used together.`,
  ),
  'missing-option': entry<{ option: string; command: string }>(
    'error',
    (p) => `${p.command} trenger opsjonen ${p.option}.`,
    (p) => `${p.command} needs the option ${p.option}.`,
  ),
  'argument-count': entry<{ command: string; expected_nb: string; expected_en: string; found: number }>(
    'error',
    (p) => `${p.command} tar ${p.expected_nb}, fikk ${p.found}.`,
    (p) => `${p.command} takes ${p.expected_en}, got ${p.found}.`,
  ),
  'invalid-name': entry<{ name: string }>(
    'error',
    (p) => `${p.name} kan ikke brukes som navn her.`,
    (p) => `${p.name} cannot be used as a name here.`,
  ),
  'unknown-statistic': entry<{ name: string } & Hint>(
    'error',
    (p) => `Ukjent statistikk ${p.name}.${hintNb(p.hint)}`,
    (p) => `Unknown statistic ${p.name}.${hintEn(p.hint)}`,
  ),
  'label-pairs': entry(
    'error',
    () => 'define-labels trenger par av verdi og label.',
    () => 'define-labels needs pairs of value and label.',
  ),
  'label-values-mixed': entry(
    'error',
    () => 'Verdiene i en labelliste må være enten bare tall eller bare tekst.',
    () => 'The values of a label set must be all numbers or all strings.',
  ),
  // Datastores
  'unknown-datastore': entry<{ name: string; available: string }>(
    'error',
    (p) => `Datalageret ${p.name} finnes ikke her (tilgjengelig: ${p.available}).`,
    (p) => `The datastore ${p.name} is not available here (available: ${p.available}).`,
  ),
  'datastore-version-substituted': entry<{ name: string; requested: string; used: string }>(
    'warning',
    (p) => `${p.name} versjon ${p.requested} finnes ikke her; versjon ${p.used} brukes.`,
    (p) => `${p.name} version ${p.requested} is not available here; version ${p.used} is used.`,
  ),
  'alias-redefined': entry<{ alias: string }>(
    'warning',
    (p) => `Aliaset ${p.alias} er allerede i bruk og pekes nå om.`,
    (p) => `The alias ${p.alias} is already in use and now points elsewhere.`,
  ),
  'missing-require': entry<{ alias: string }>(
    'error',
    (p) => `Aliaset ${p.alias} er ikke koblet til et datalager; skriv require ... as ${p.alias} først.`,
    (p) => `The alias ${p.alias} is not linked to a datastore; write require ... as ${p.alias} first.`,
  ),
  'unknown-register-variable': entry<{ name: string; datastore: string } & Hint>(
    'error',
    (p) => `Registervariabelen ${p.name} finnes ikke i ${p.datastore}.${hintNb(p.hint)}`,
    (p) => `The register variable ${p.name} does not exist in ${p.datastore}.${hintEn(p.hint)}`,
  ),
  'import-date-not-allowed': entry<{ name: string }>(
    'error',
    (p) => `${p.name} er fast (FIXED) og importeres uten dato.`,
    (p) => `${p.name} is fixed (FIXED) and is imported without a date.`,
  ),
  'import-date-required': entry<{ name: string; temporality: string }>(
    'error',
    (p) => `${p.name} er ${p.temporality} og trenger en dato: import ... ÅÅÅÅ-MM-DD.`,
    (p) => `${p.name} is ${p.temporality} and needs a date: import ... YYYY-MM-DD.`,
  ),
  'import-event-not-event': entry<{ name: string; temporality: string }>(
    'error',
    (p) => `import-event tar forløpsvariabler (EVENT); ${p.name} er ${p.temporality}.`,
    (p) => `import-event takes event variables (EVENT); ${p.name} is ${p.temporality}.`,
  ),
  'date-outside-validity': entry<{ name: string; date: string; from: string; to: string }>(
    'error',
    (p) => `${p.name} har data fra ${p.from} til ${p.to}, ikke ${p.date}.`,
    (p) => `${p.name} has data from ${p.from} to ${p.to}, not ${p.date}.`,
  ),
  'date-range-reversed': entry<{ from: string; to: string }>(
    'error',
    (p) => `Startdatoen ${p.from} er etter sluttdatoen ${p.to}.`,
    (p) => `The start date ${p.from} is after the end date ${p.to}.`,
  ),
  'unit-type-mismatch': entry<{ dataset: string; unit: string; name: string; other: string }>(
    'error',
    (p) => `Datasettet ${p.dataset} har enheter av typen ${p.unit}, men ${p.name} gjelder ${p.other}.`,
    (p) => `The dataset ${p.dataset} holds units of type ${p.unit}, but ${p.name} describes ${p.other}.`,
  ),
  'import-target-shape': entry<{ command: string; dataset: string; shape: string }>(
    'error',
    (p) => `${p.command} kan ikke importere til ${p.dataset}, som er et ${p.shape}-datasett med variabler.`,
    (p) => `${p.command} cannot import into ${p.dataset}, a ${p.shape} dataset that already has variables.`,
  ),
  // Datasets
  'no-dataset': entry<{ command: string }>(
    'error',
    (p) => `${p.command} trenger et datasett; lag et med create-dataset eller velg et med use.`,
    (p) => `${p.command} needs a dataset; make one with create-dataset or pick one with use.`,
  ),
  'unknown-dataset': entry<{ name: string } & Hint>(
    'error',
    (p) => `Datasettet ${p.name} finnes ikke.${hintNb(p.hint)}`,
    (p) => `The dataset ${p.name} does not exist.${hintEn(p.hint)}`,
  ),
  'dataset-exists': entry<{ name: string }>(
    'error',
    (p) => `Datasettet ${p.name} finnes allerede.`,
    (p) => `The dataset ${p.name} already exists.`,
  ),
  'same-dataset': entry<{ name: string }>(
    'error',
    (p) => `${p.name} er datasettet som er i bruk; velg et annet datasett.`,
    (p) => `${p.name} is the dataset in use; pick another dataset.`,
  ),
  'not-a-panel': entry<{ command: string; dataset: string }>(
    'error',
    (p) => `${p.command} trenger et paneldatasett; ${p.dataset} er ikke et panel.`,
    (p) => `${p.command} needs a panel dataset; ${p.dataset} is not a panel.`,
  ),
  'already-panel': entry<{ dataset: string }>(
    'error',
    (p) => `${p.dataset} er allerede et paneldatasett.`,
    (p) => `${p.dataset} is already a panel dataset.`,
  ),
  'reshape-prefix-unmatched': entry<{ prefix: string }>(
    'error',
    (p) => `Ingen variabler begynner med ${p.prefix} fulgt av et suffiks.`,
    (p) => `No variable starts with ${p.prefix} followed by a suffix.`,
  ),
  'empty-dataset': entry<{ dataset: string }>(
    'warning',
    (p) => `${p.dataset} har ingen variabler ennå.`,
    (p) => `${p.dataset} has no variables yet.`,
  ),
  'merge-unit-mismatch': entry<{ source: string; target: string }>(
    'error',
    (p) => `${p.source} og ${p.target} har ulike enheter; bruk merge ... on en koblingsvariabel.`,
    (p) => `${p.source} and ${p.target} hold different units; use merge ... on a linking variable.`,
  ),
  'merge-key-mismatch': entry<{ key: string; source: string }>(
    'warning',
    (p) => `Verdiene i ${p.key} ser ikke ut til å være enheter i ${p.source}.`,
    (p) => `The values of ${p.key} do not look like units of ${p.source}.`,
  ),
  // Variables and expressions
  'unknown-variable': entry<{ name: string; dataset: string } & Hint>(
    'error',
    (p) => `Variabelen ${p.name} finnes ikke i ${p.dataset}.${hintNb(p.hint)}`,
    (p) => `The variable ${p.name} does not exist in ${p.dataset}.${hintEn(p.hint)}`,
  ),
  'variable-alias': entry<{ name: string; canonical: string }>(
    'info',
    (p) => `${p.name} betyr ${p.canonical}: reshape-from-panel navngir variablene etter datoens dagnummer.`,
    (p) =>
      `${p.name} means ${p.canonical}: reshape-from-panel names the variables by each date's day number.`,
  ),
  'variable-exists': entry<{ name: string; dataset: string }>(
    'error',
    (p) => `Variabelen ${p.name} finnes allerede i ${p.dataset}.`,
    (p) => `The variable ${p.name} already exists in ${p.dataset}.`,
  ),
  'duplicate-variable': entry<{ name: string }>(
    'warning',
    (p) => `${p.name} står mer enn én gang i listen.`,
    (p) => `${p.name} appears more than once in the list.`,
  ),
  'pseudonym-misuse': entry<{ name: string }>(
    'error',
    (p) =>
      `${p.name} er en pseudonymisert identifikator og kan bare brukes som nøkkel i merge ... on og collapse ..., by().`,
    (p) =>
      `${p.name} is a pseudonymised id and may only be used as a key in merge ... on and collapse ..., by().`,
  ),
  'type-mismatch': entry<{ context_nb: string; context_en: string; expected: string; found: string }>(
    'error',
    (p) => `${p.context_nb} trenger ${typeNb(p.expected)}, men fikk ${typeNb(p.found)}.`,
    (p) => `${p.context_en} needs ${typeEn(p.expected)}, but got ${typeEn(p.found)}.`,
  ),
  'numeric-required': entry<{ name: string; command: string }>(
    'error',
    (p) => `${p.command} trenger numeriske variabler; ${p.name} er tekst (bruk destring).`,
    (p) => `${p.command} needs numeric variables; ${p.name} is a string (use destring).`,
  ),
  'already-numeric': entry<{ name: string }>(
    'warning',
    (p) => `${p.name} er allerede numerisk.`,
    (p) => `${p.name} is already numeric.`,
  ),
  'unknown-function': entry<{ name: string } & Hint>(
    'error',
    (p) => `Ukjent funksjon ${p.name}.${hintNb(p.hint)}`,
    (p) => `Unknown function ${p.name}.${hintEn(p.hint)}`,
  ),
  'function-arity': entry<{ name: string; expected: string; found: number }>(
    'error',
    (p) => `${p.name}() tar ${p.expected} argumenter, fikk ${p.found}.`,
    (p) => `${p.name}() takes ${p.expected} arguments, got ${p.found}.`,
  ),
  'keep-drop-form': entry<{ command: string }>(
    'error',
    (p) => `Skriv ${p.command} variabel-liste eller ${p.command} if betingelse, ikke begge eller ingen.`,
    (p) => `Write ${p.command} var-list or ${p.command} if condition, not both or neither.`,
  ),
  'recode-type-mismatch': entry<{ name: string; expected: string }>(
    'error',
    (p) => `Reglene må bruke ${typeNb(p.expected)} for ${p.name}.`,
    (p) => `The rules must use ${typeEn(p.expected)} for ${p.name}.`,
  ),
  'invalid-sample': entry<{ detail_nb: string; detail_en: string }>(
    'error',
    (p) => `Ugyldig utvalg: ${p.detail_nb}.`,
    (p) => `Invalid sample: ${p.detail_en}.`,
  ),
  'unknown-label-set': entry<{ name: string } & Hint>(
    'error',
    (p) => `Labellisten ${p.name} er ikke definert.${hintNb(p.hint)}`,
    (p) => `The label set ${p.name} is not defined.${hintEn(p.hint)}`,
  ),
  'label-type-mismatch': entry<{ name: string; labels: string }>(
    'warning',
    (p) => `Verdiene i ${p.labels} har en annen type enn ${p.name}; ingen labels vil passe.`,
    (p) => `The values of ${p.labels} have another type than ${p.name}; no label will match.`,
  ),
  'not-supported': entry<{ command: string }>(
    'info',
    (p) => `${p.command} har ingen virkning i Registerlab.`,
    (p) => `${p.command} has no effect in Registerlab.`,
  ),
} as const;

function typeNb(t: string): string {
  return t === 'number' ? 'tall' : t === 'string' ? 'tekst' : t;
}

function typeEn(t: string): string {
  return t === 'number' ? 'a number' : t === 'string' ? 'a string' : t;
}

type Catalogue = typeof catalogue;

/** Every diagnostic code, kebab-case and stable. */
export type DiagnosticCode = keyof Catalogue;

/** The parameters a code's messages need. */
export type DiagnosticParams<C extends DiagnosticCode> = Parameters<Catalogue[C]['en']>[0];

/** Builds a diagnostic from the catalogue: its severity and both messages come from the code. */
export function diagnostic<C extends DiagnosticCode>(
  code: C,
  span: Span,
  ...params: keyof DiagnosticParams<C> extends never ? [] : [DiagnosticParams<C>]
): Diagnostic {
  const def = catalogue[code] as Entry<Params>;
  const p = (params[0] ?? {}) as Params;
  return { code, severity: def.severity, message_nb: def.nb(p), message_en: def.en(p), span };
}

/** True when a list holds at least one error. */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}
