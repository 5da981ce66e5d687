import { asc, eq } from 'drizzle-orm';
import type { Agreement, Institution } from '../../shared/api/admin';
import type { AgreementStatus } from '../../shared/api/auth';
import type { Clock } from '../config/clock';
import { calendarDate, iso } from '../config/clock';
import type { Db } from '../db/open';
import { agreements, institutions } from '../db/schema';

type AgreementRow = typeof agreements.$inferSelect;

/** Institutions and their agreements. */
export class InstitutionStore {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly timeZone: string,
  ) {}

  /** One institution's row, or undefined. */
  get(id: number): { id: number; name: string; createdAt: number } | undefined {
    return this.db.select().from(institutions).where(eq(institutions.id, id)).get();
  }

  /** One institution by name, or undefined. */
  findByName(name: string): { id: number; name: string } | undefined {
    return this.db.select().from(institutions).where(eq(institutions.name, name)).get();
  }

  /** Every institution, or only one. */
  list(onlyId?: number): Institution[] {
    const rows = this.db
      .select()
      .from(institutions)
      .where(onlyId === undefined ? undefined : eq(institutions.id, onlyId))
      .orderBy(asc(institutions.name))
      .all();
    return rows.map((row) => this.toApi(row));
  }

  /** Creates an institution. */
  create(name: string): Institution {
    const row = this.db.insert(institutions).values({ name, createdAt: this.clock.now() }).returning().get();
    return this.toApi(row);
  }

  /** Renames an institution. */
  rename(id: number, name: string): Institution {
    const row = this.db.update(institutions).set({ name }).where(eq(institutions.id, id)).returning().get();
    return this.toApi(row);
  }

  /** The API view of one institution. */
  toApi(row: { id: number; name: string; createdAt: number }): Institution {
    return {
      id: row.id,
      name: row.name,
      createdAt: iso(row.createdAt),
      agreement: this.agreementStatus(row.id),
    };
  }

  /** An institution's agreements, newest validity first. */
  agreements(institutionId: number): Agreement[] {
    return this.agreementRows(institutionId).map(agreementToApi);
  }

  /** One agreement, or undefined. */
  getAgreement(id: number): Agreement | undefined {
    const row = this.db.select().from(agreements).where(eq(agreements.id, id)).get();
    return row ? agreementToApi(row) : undefined;
  }

  /** Adds an agreement. */
  addAgreement(
    institutionId: number,
    fields: { reference: string; validFrom: string; validTo: string },
  ): Agreement {
    const row = this.db
      .insert(agreements)
      .values({ institutionId, ...fields, createdAt: this.clock.now() })
      .returning()
      .get();
    return agreementToApi(row);
  }

  /** Changes an agreement's reference or validity. */
  updateAgreement(
    id: number,
    fields: Partial<Pick<Agreement, 'reference' | 'validFrom' | 'validTo'>>,
  ): Agreement {
    const row = this.db.update(agreements).set(fields).where(eq(agreements.id, id)).returning().get();
    return agreementToApi(row);
  }

  /**
   * Whether an institution has an agreement in force today (in the configured time zone). With several,
   * a valid one wins, then one that starts later, then the one that ended last.
   */
  agreementStatus(institutionId: number | null): AgreementStatus {
    const none: AgreementStatus = { state: 'none', reference: null, validFrom: null, validTo: null };
    if (institutionId === null) return none;
    const today = calendarDate(this.clock.now(), this.timeZone);
    const rows = this.agreementRows(institutionId);
    const pick =
      rows.find((a) => a.validFrom <= today && today <= a.validTo) ??
      rows.filter((a) => a.validFrom > today).at(-1) ??
      rows.find((a) => a.validTo < today);
    if (!pick) return none;
    const state = pick.validFrom > today ? 'not-yet-valid' : pick.validTo < today ? 'expired' : 'valid';
    return { state, reference: pick.reference, validFrom: pick.validFrom, validTo: pick.validTo };
  }

  private agreementRows(institutionId: number): AgreementRow[] {
    return this.db
      .select()
      .from(agreements)
      .where(eq(agreements.institutionId, institutionId))
      .orderBy(asc(agreements.validTo))
      .all()
      .reverse();
  }
}

function agreementToApi(row: AgreementRow): Agreement {
  return { ...row, createdAt: iso(row.createdAt) };
}
