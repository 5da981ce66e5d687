import type { RealCodeList } from '../catalog/reference-parse';

/** A code list in the shape of the reference files: labels by code and optional shares. */
export interface BuiltinList {
  labels: Record<string, string>;
  distribution?: Record<string, number>;
}

/**
 * Small stand-ins for the four real code lists, used only when the reference folder is missing, so that
 * `registerlab synth` still works on a machine without it. A handful of common codes each.
 */
export const BUILTIN_LISTS: Record<RealCodeList, BuiltinList> = {
  KOMMUNE: {
    labels: {
      '0301': 'Oslo',
      '1103': 'Stavanger',
      '1108': 'Sandnes',
      '1506': 'Molde',
      '1508': 'Ålesund',
      '1804': 'Bodø',
      '3107': 'Fredrikstad',
      '3201': 'Bærum',
      '3203': 'Asker',
      '3301': 'Drammen',
      '3403': 'Hamar',
      '3905': 'Tønsberg',
      '4003': 'Skien',
      '4204': 'Kristiansand',
      '4601': 'Bergen',
      '5001': 'Trondheim',
      '5501': 'Tromsø',
      '5601': 'Alta',
    },
    distribution: {
      '0301': 0.2,
      '4601': 0.08,
      '5001': 0.07,
      '1103': 0.04,
      '3201': 0.04,
      '4204': 0.03,
      '5501': 0.02,
    },
  },
  NUS2000: {
    labels: {
      '099901': 'Ingen utdanning',
      '101101': 'Grunnskoleutdanning på barneskolenivå',
      '201103': 'Grunnskoleutdanning på ungdomsskolenivå',
      '301111': 'Videregående grunnutdanning, allmenne fag',
      '311199': 'Videregående grunnutdanning, humanistiske og estetiske fag',
      '401101': 'Videregående avsluttende utdanning, allmenne fag',
      '455101': 'Videregående avsluttende utdanning, elektrofag',
      '501101': 'Påbygging til videregående utdanning',
      '611101': 'Universitets- og høgskoleutdanning, lavere nivå, humanistiske fag',
      '641101': 'Universitets- og høgskoleutdanning, lavere nivå, økonomiske og administrative fag',
      '661101': 'Universitets- og høgskoleutdanning, lavere nivå, helsefag',
      '731101': 'Universitets- og høgskoleutdanning, høyere nivå, samfunnsfag',
      '755101': 'Universitets- og høgskoleutdanning, høyere nivå, teknologiske fag',
      '763101': 'Universitets- og høgskoleutdanning, høyere nivå, medisin',
      '855101': 'Forskerutdanning, teknologiske fag',
      '999999': 'Uoppgitt',
    },
  },
  STYRK08: {
    labels: {
      '1120': 'Administrerende direktører',
      '1211': 'Finans- og økonomisjefer',
      '2211': 'Allmennleger',
      '2223': 'Sykepleiere',
      '2330': 'Lektorer',
      '2341': 'Grunnskolelærere',
      '2512': 'Programvareutviklere',
      '3112': 'Byggingeniører',
      '3313': 'Regnskapsførere',
      '4110': 'Kontormedarbeidere',
      '5120': 'Kokker',
      '5223': 'Butikkselgere',
      '5321': 'Helsefagarbeidere',
      '7115': 'Tømrere og snekkere',
      '7411': 'Elektrikere',
      '8332': 'Lastebil- og trailersjåfører',
      '9112': 'Renholdere',
    },
  },
  NACE_SN07: {
    labels: {
      '01.110': 'Dyrking av korn',
      '10.200': 'Bearbeiding av fisk',
      '41.200': 'Oppføring av bygninger',
      '43.210': 'Elektrisk installasjonsarbeid',
      '46.900': 'Uspesifisert engroshandel',
      '47.111': 'Butikkhandel med hovedvekt på nærings- og nytelsesmidler',
      '49.410': 'Godstransport på vei',
      '56.101': 'Drift av restauranter og kafeer',
      '62.010': 'Programmeringstjenester',
      '64.190': 'Bankvirksomhet ellers',
      '84.110': 'Generell offentlig administrasjon',
      '85.201': 'Ordinær grunnskoleundervisning',
      '86.101': 'Alminnelige somatiske sykehus',
      '87.101': 'Somatiske sykehjem',
      '88.911': 'Barnehager',
    },
  },
};
