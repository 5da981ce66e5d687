/** The start of most attack scripts: every person, with birth year-month and sex (both FIXED variables). */
export const PERSONS = `require no.ssb.fdb:12 as db
create-dataset p
import db/BEFOLKNING_FOEDSELS_AAR_MND as faarmnd
import db/BEFOLKNING_KJOENN as kjonn
`;

/** A dataset of every person with a given name, birth year-month and sex, then `keep if` a condition. */
export function personsWhere(dataset: string, condition: string): string {
  return `create-dataset ${dataset}
import db/BEFOLKNING_FOEDSELS_AAR_MND as faarmnd
import db/BEFOLKNING_KJOENN as kjonn
keep if ${condition}
`;
}

/** Every person with a wage in 2020, with birth year-month and sex. */
export const EARNERS = `require no.ssb.fdb:12 as db
create-dataset w
import db/INNTEKT_WLONN 2020-12-31 as lonn
import db/BEFOLKNING_FOEDSELS_AAR_MND as faarmnd
import db/BEFOLKNING_KJOENN as kjonn
`;
