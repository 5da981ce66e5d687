import { type AsyncDuckDB, DuckDBDataProtocol } from '@duckdb/duckdb-wasm';
import type { SqlDatabase } from '../../shared/sql/database';
import { attachSql, type PracticeFile } from './practice-files';

/**
 * How duckdb-wasm reaches the practice files: `url` registers each file's URL and lets DuckDB read only the
 * blocks it needs by HTTP range requests; `buffer` downloads each whole file once (gzip on the wire) and
 * registers the bytes. Files under a tagged base never change, so both keep what they attached for the
 * whole session.
 */
export type PracticeFileStrategy = 'url' | 'buffer';

/** The practice files of one datastore tag, attached to one duckdb-wasm database. */
export class BrowserPracticeFiles {
  private readonly attached = new Map<string, Promise<void>>();

  constructor(
    private readonly duckdb: AsyncDuckDB,
    private readonly db: SqlDatabase,
    /** Absolute URL of the tagged base, without a trailing slash. */
    private readonly baseUrl: string,
    private readonly strategy: PracticeFileStrategy,
  ) {}

  /** Attaches the files a plan reads (see `planFiles`), downloading them first with the `buffer` strategy. */
  async attach(files: readonly PracticeFile[]): Promise<void> {
    await Promise.all(files.map((file) => this.attachOne(file)));
  }

  private attachOne(file: PracticeFile): Promise<void> {
    let done = this.attached.get(file.alias);
    if (!done) {
      const url = `${this.baseUrl}/${file.path}`;
      done = this.register(url).then(() => this.db.exec(attachSql(file, url)));
      done.catch(() => this.attached.delete(file.alias));
      this.attached.set(file.alias, done);
    }
    return done;
  }

  private async register(url: string): Promise<void> {
    if (this.strategy === 'url') {
      await this.duckdb.registerFileURL(url, url, DuckDBDataProtocol.HTTP, false);
      return;
    }
    const response = await fetch(url);
    if (!response.ok) throw new Error(`GET ${url} answered ${response.status}`);
    await this.duckdb.registerFileBuffer(url, new Uint8Array(await response.arrayBuffer()));
  }
}
