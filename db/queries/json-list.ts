import { sql, type SQL } from "drizzle-orm";

/**
 * A JSON array of the rows a correlated subquery finds ('[]' for none), parsed whichever driver
 * answers. A list read this way costs one JSON.parse, not a mapped row per element.
 */
export function jsonList<T>(query: SQL) {
  return sql<T[]>`coalesce((${query}), '[]'::json)`.mapWith((v: unknown) => (typeof v === "string" ? JSON.parse(v) : v) as T[]);
}
