import { desc, eq } from 'drizzle-orm';
import type { Terms } from '../../shared/api/auth';
import type { Clock } from '../config/clock';
import { iso } from '../config/clock';
import type { Db } from '../db/open';
import { termsAcceptances, termsVersions } from '../db/schema';

/** The versioned end-user terms and who accepted which version. */
export class TermsStore {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  /** The current (highest) version, or undefined before any is published. */
  current(): Terms | undefined {
    const row = this.db.select().from(termsVersions).orderBy(desc(termsVersions.version)).limit(1).get();
    return row ? { ...row, publishedAt: iso(row.publishedAt) } : undefined;
  }

  /** Publishes a new version; everybody must accept it before their next job. */
  publish(textNb: string, textEn: string): Terms {
    const version = (this.current()?.version ?? 0) + 1;
    const row = this.db
      .insert(termsVersions)
      .values({ version, textNb, textEn, publishedAt: this.clock.now() })
      .returning()
      .get();
    return { ...row, publishedAt: iso(row.publishedAt) };
  }

  /** Records that a user accepted a version (idempotent). */
  accept(userId: number, version: number): void {
    this.db
      .insert(termsAcceptances)
      .values({ userId, version, acceptedAt: this.clock.now() })
      .onConflictDoNothing()
      .run();
  }

  /** The highest version a user accepted, or null. */
  acceptedVersion(userId: number): number | null {
    const row = this.db
      .select({ version: termsAcceptances.version })
      .from(termsAcceptances)
      .where(eq(termsAcceptances.userId, userId))
      .orderBy(desc(termsAcceptances.version))
      .limit(1)
      .get();
    return row?.version ?? null;
  }
}
