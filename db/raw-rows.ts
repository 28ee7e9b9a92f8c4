import type { SQL } from "drizzle-orm";
import type { Db } from "./client";

/** The rows of a raw SQL query on either driver (postgres-js returns an array, PGlite `{ rows }`). */
export async function rawRows<T>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown;
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}
