import { createStore, del, get, set, type UseStore } from "idb-keyval";

/** A change kept on this device until the server has it: the part's value and the revision it was based on. */
export type UnsentChange = { base: number; value: unknown };
export type UnsentChanges = Record<string, UnsentChange>;

// One IndexedDB database for unsent answers, apart from anything else a library might keep.
let store: UseStore | null = null;
const db = () => (store ??= createStore("risk-assessment-unsent", "changes"));
const keyOf = (assessmentId: string, sectionId: string) => `${assessmentId}/${sectionId}`;

// IndexedDB may be missing (private windows of some browsers): then the form still saves online,
// it just cannot keep changes across a reload. Failures here must never block typing.
const quietly = async <T>(work: () => Promise<T>, fallback: T): Promise<T> => {
  try {
    return await work();
  } catch {
    return fallback;
  }
};

export const readUnsent = (assessmentId: string, sectionId: string) =>
  quietly(async () => ((await get<UnsentChanges>(keyOf(assessmentId, sectionId), db())) ?? {}), {} as UnsentChanges);

/** Keeps the section's unsent changes on this device (none: forgets them); false when the browser cannot. */
export const writeUnsent = (assessmentId: string, sectionId: string, changes: UnsentChanges) =>
  quietly(async () => {
    if (Object.keys(changes).length) await set(keyOf(assessmentId, sectionId), changes, db());
    else await del(keyOf(assessmentId, sectionId), db());
    return true;
  }, false);
