import { createStore, del, get, set, type UseStore } from "idb-keyval";

/**
 * A part's value kept on this device: unsent (with the revision it was based on), or `saved` (the
 * server has it at revision `base`) and kept so a page reloaded from the offline cache, which may
 * be older than that save, still shows it. Saved entries go once a page shows that revision.
 */
export type UnsentChange = { base: number; value: unknown; saved?: boolean };
export type UnsentChanges = Record<string, UnsentChange>;

// One IndexedDB database for unsent answers, apart from anything else a library might keep.
let store: UseStore | null = null;
const db = () => (store ??= createStore("risk-assessment-unsent", "changes"));
// Kept per person: on a shared device, one person's unsent answers are never sent as another's.
const keyOf = (owner: string, assessmentId: string, sectionId: string) => `${owner}/${assessmentId}/${sectionId}`;

// IndexedDB may be missing (private windows of some browsers): then the form still saves online,
// it just cannot keep changes across a reload. Failures here must never block typing.
const quietly = async <T>(work: () => Promise<T>, fallback: T): Promise<T> => {
  try {
    return await work();
  } catch {
    return fallback;
  }
};

export const readUnsent = (owner: string, assessmentId: string, sectionId: string) =>
  quietly(async () => ((await get<UnsentChanges>(keyOf(owner, assessmentId, sectionId), db())) ?? {}), {} as UnsentChanges);

/** Keeps the section's unsent changes on this device (none: forgets them); false when the browser cannot. */
export const writeUnsent = (owner: string, assessmentId: string, sectionId: string, changes: UnsentChanges) =>
  quietly(async () => {
    if (Object.keys(changes).length) await set(keyOf(owner, assessmentId, sectionId), changes, db());
    else await del(keyOf(owner, assessmentId, sectionId), db());
    return true;
  }, false);
