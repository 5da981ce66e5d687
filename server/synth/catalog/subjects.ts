/** One subject area of the variable catalogue, named in Norwegian (bokmål) and English. */
export interface Subject {
  nb: string;
  en: string;
}

/** The fixed list of subject areas that every variable in `texts.json` is filed under, in display order. */
export const SUBJECTS: readonly Subject[] = [
  { nb: 'Befolkning', en: 'Population' },
  { nb: 'Innvandring og integrering', en: 'Immigration and integration' },
  { nb: 'Inntekt og formue', en: 'Income and wealth' },
  { nb: 'Skatt', en: 'Tax' },
  { nb: 'Arbeid og lønn', en: 'Work and wages' },
  { nb: 'Utdanning', en: 'Education' },
  { nb: 'Trygd og stønader', en: 'Social security and benefits' },
  { nb: 'Pensjon', en: 'Pensions' },
  { nb: 'Barnevern', en: 'Child welfare' },
  { nb: 'Bolig', en: 'Housing' },
  { nb: 'Helse', en: 'Health' },
  { nb: 'Kriminalitet', en: 'Crime' },
  { nb: 'Transport og kjøretøy', en: 'Transport and vehicles' },
  { nb: 'Kommunale finanser (KOSTRA)', en: 'Municipal finances (KOSTRA)' },
  { nb: 'Energi', en: 'Energy' },
  { nb: 'Valg', en: 'Elections' },
];
