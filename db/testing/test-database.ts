import { afterAll, beforeAll } from "vitest";
import { useDatabase, type Db, type OpenDatabase } from "../client";
import { openTestDatabase } from "./temporary-database";
import { tenantSentinel } from "./tenant-sentinel";

export { openTestDatabase, serverUrl } from "./temporary-database";
import { ensureDemoOrganization } from "../seed";
import { organizations } from "../schema";

export const OTHER_ORGANIZATION_ID = "other-org";

/**
 * Installs a fresh database as the app's database for this file, with the demo organisation
 * (the session's) and a second organisation for isolation checks. Returns a getter for the test's
 * own handle of it; the app (getDb) sees it through the tenant-filter sentinel.
 */
export function setupTestDatabase(options: { withSample?: boolean } = {}): () => Db {
  let opened: OpenDatabase | undefined;
  beforeAll(async () => {
    opened = await openTestDatabase();
    // The app's queries get the connection watched by the tenant-filter sentinel; the test's own
    // handle (returned below: fixtures, snapshots, direct checks) is not watched.
    useDatabase({ ...opened, db: opened.watched(tenantSentinel) });
    await ensureDemoOrganization(opened.db, { withSample: options.withSample ?? false });
    await opened.db.insert(organizations).values({ id: OTHER_ORGANIZATION_ID, name: "Other NGO", slug: "other" });
  });
  afterAll(async () => {
    useDatabase(undefined);
    await opened?.close();
  });
  return () => {
    if (!opened) throw new Error("The test database is not open yet");
    return opened.db;
  };
}
