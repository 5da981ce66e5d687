import type { Temporality, UnitType, ValueType } from '../../../shared/datastore/manifest';

/** microdata.no's Norwegian unit-type names (enhetstype) mapped to ours. */
export const UNIT_TYPE_BY_ENHETSTYPE: Record<string, UnitType> = {
  Person: 'person',
  Kommune: 'municipality',
  Jobb: 'job',
  Kurs: 'course',
  Kjøretøy: 'vehicle',
  Trafikkulykke: 'traffic-accident',
  'Person i trafikkulykke': 'accident-person',
  Behandlingsopphold: 'hospital-stay',
  Målepunkt: 'metering-point',
};

/** microdata.no's temporality names mapped to ours. */
export const TEMPORALITY_BY_NAME: Record<string, Temporality> = {
  Fast: 'FIXED',
  Tverrsnitt: 'STATUS',
  Akkumulert: 'ACCUMULATED',
  Forløp: 'EVENT',
};

/** Maps `microdata_datatype` to a value type; undefined when the text is missing or unknown. */
export function valueTypeOf(microdataDatatype: string | undefined): ValueType | undefined {
  if (!microdataDatatype) return undefined;
  const text = microdataDatatype.toLowerCase();
  if (text.startsWith('alfanumerisk')) return 'string';
  if (text.includes('heltall')) return 'integer';
  if (text.includes('desimal')) return 'decimal';
  if (text === 'dato' || text === 'instant') return 'date';
  return undefined;
}

/** A validity period; null ends are open. */
export interface Validity {
  from: string | null;
  to: string | null;
}

/**
 * Reads "Gyldighetsperiode: 1993-01-01 – 2023-12-31" (or "2015–2023", "–2023", "∞") out of a
 * description. Returns undefined when the description states no period.
 */
export function parseValidity(description: string): Validity | undefined {
  const at = description.indexOf('Gyldighetsperiode:');
  if (at < 0) return undefined;
  let text = description.slice(at + 'Gyldighetsperiode:'.length).trim();
  const sentenceEnd = text.search(/\.(\s|$)/);
  if (sentenceEnd >= 0) text = text.slice(0, sentenceEnd).trim();
  if (text === '∞') return { from: null, to: null };
  const dates = text.match(/\d{4}-\d{2}-\d{2}/g);
  if (dates?.length === 2) return { from: dates[0]!, to: dates[1]! };
  const single = /^(\d{4})$/.exec(text);
  if (single) return { from: `${single[1]}-01-01`, to: `${single[1]}-12-31` };
  const years = /^(\d{4})?\s*[–-]\s*(\d{4})?$/.exec(text);
  if (!years || (!years[1] && !years[2])) return undefined;
  return { from: years[1] ? `${years[1]}-01-01` : null, to: years[2] ? `${years[2]}-12-31` : null };
}

/** Id-valued variables: the unit type whose (pseudonymised) ids they hold. */
export const PSEUDONYM_OF: Record<string, UnitType> = {
  BEFOLKNING_MOR_FNR: 'person',
  BEFOLKNING_FAR_FNR: 'person',
  BEFOLKNING_FARFAR_FNR: 'person',
  BEFOLKNING_FARMOR_FNR: 'person',
  BEFOLKNING_MORFAR_FNR: 'person',
  BEFOLKNING_MORMOR_FNR: 'person',
  BEFOLKNING_EKT_FNR: 'person',
  BEFOLKNING_SAMB_FNR: 'person',
  BEFOLKNING_SOESKEN_FNR: 'person',
  ARBEIDSFORHOLD_PERSON: 'person',
  NUDB_KURS_FNR: 'person',
  KJORETOY_KJORETOYID_FNR: 'person',
  ELHUB_PERS_MALEPUNKTID_FNR: 'person',
  TRAFULYK_PERS_FNR: 'person',
  // NPR: the patient behind a person row and behind a hospital stay (the stay's link to persons).
  NPRID: 'person',
  AGGRSHOPPID: 'person',
  TRAFULYK_PERS_TRAFULYK: 'traffic-accident',
  REGSYS_FRTK_ID_SSB: 'company',
  REGSYS_VIRK_ID_SSB: 'company',
  REGSYS_ORGBED: 'company',
  REGSYS_ORGFOR: 'company',
  BEFOLKNING_REGSTAT_FAMNR: 'family',
  BEFOLKNING_HUSHNR: 'household',
  INNTEKT_HUSHNR: 'household',
};

/** The real code lists shipped beside the project, by the name the datastore gives them. */
export const REAL_CODE_LISTS = {
  NUS2000: 'NUDB_BU',
  KOMMUNE: 'NUDB_KOMM_16',
  STYRK08: 'REGSYS_ARB_YRKE_STYRK08',
  NACE_SN07: 'REGSYS_VIRK_NACE1_SN07',
} as const;
/** Name of one of the four real code lists. */
export type RealCodeList = keyof typeof REAL_CODE_LISTS;

/** Which real code list (if any) a string variable takes its values from, decided by its name. */
export function realCodeListOf(name: string, valueType: ValueType): RealCodeList | null {
  if (valueType !== 'string' || /_KILDE$|FULLTELLING/.test(name)) return null;
  if (/^NUDB_(BU|KURS_NUS|NUS2000_(MOR|FAR)_16)$/.test(name)) return 'NUS2000';
  if (/YRKE_STYRK08$/.test(name)) return 'STYRK08';
  if (/NACE1_SN07$|^REGSYS_NARING_SN/.test(name)) return 'NACE_SN07';
  if (/KOMMNR|KOMM_NR|ARBKOMM|_KOMM$|KOMMUNE$|SKOLEKOM$|_BOSTED$|NUDB_KOMM_16/.test(name)) return 'KOMMUNE';
  return null;
}

/** How an integer or date value is encoded in the real registers, read from the reference's data_type. */
export function encodingOf(dataType: string | undefined): 'yyyymmdd' | 'yyyymm' | null {
  if (dataType === 'date:yyyymmdd') return 'yyyymmdd';
  if (dataType === 'date:yyyymm') return 'yyyymm';
  return null;
}
