import type { CodeList } from '../datastore/manifest';
import type { LabelSet } from './commands/effect';
import type { DatastoreSource } from './datastore-source';

const USER_PREFIX = 'user:';

/**
 * The `codeList` a column carries once `assign-labels` gave it a user label set. Keeping the reference in
 * `ColumnInfo.codeList` means rename, clone-variables and merge carry labels along without knowing about them.
 */
export function userLabelRef(setName: string): string {
  return `${USER_PREFIX}${setName}`;
}

/** The language labels are shown in. */
export type LabelLanguage = 'nb' | 'en';

/**
 * The workspace's labels: user label sets from `define-labels`, and the datastore's code lists, loaded once
 * when a variable that uses one enters the workspace (so `labelsOf` can stay synchronous).
 */
export class LabelStore {
  private readonly sets = new Map<string, LabelSet>();
  private readonly codeLists = new Map<string, ReadonlyMap<string, string> | null>();

  constructor(
    private readonly source: DatastoreSource,
    private readonly language: LabelLanguage = 'nb',
  ) {}

  /** Loads the datastore code list `name` if it is not loaded yet; user references need nothing. */
  async load(codeList: string | null): Promise<void> {
    if (codeList === null || codeList.startsWith(USER_PREFIX) || this.codeLists.has(codeList)) return;
    const list: CodeList | null = this.source.codeList ? await this.source.codeList(codeList) : null;
    this.codeLists.set(
      codeList,
      list ? new Map(list.codes.map((c) => [c.code, c.label[this.language]] as const)) : null,
    );
  }

  /** Code → label for a column's `codeList` (a datastore code list or a user set), or null. */
  labelsFor(codeList: string | null): ReadonlyMap<string, string> | null {
    if (codeList === null) return null;
    if (codeList.startsWith(USER_PREFIX)) {
      const set = this.sets.get(codeList.slice(USER_PREFIX.length));
      return set ? new Map(set.entries.map((e) => [String(e.value), e.label] as const)) : null;
    }
    return this.codeLists.get(codeList) ?? null;
  }

  /** A user label set, or undefined. */
  set(name: string): LabelSet | undefined {
    return this.sets.get(name);
  }

  /** Every user label set, in definition order. */
  allSets(): readonly LabelSet[] {
    return [...this.sets.values()];
  }

  /** Defines (or redefines) a user label set. */
  define(set: LabelSet): void {
    this.sets.delete(set.name);
    this.sets.set(set.name, set);
  }

  /** Removes user label sets; variables that used them lose their labels. */
  drop(names: readonly string[]): void {
    for (const name of names) this.sets.delete(name);
  }

  /** Forgets every user label set (`clear`); loaded code lists stay cached. */
  clear(): void {
    this.sets.clear();
  }
}
