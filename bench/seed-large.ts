/**
 * `npm run bench:seed`: the large organisation (bench/large-organisation.ts) in a PostgreSQL database
 * of its own, `risk_bench_large` on the test server (POSTGRES_TEST_URL), made afresh. Not the demo.
 */
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { openDatabase } from "@/db/client";
import { refreshStoredScores } from "@/db/queries/stored-scores";
import { serverUrl } from "@/db/testing/temporary-database";
import { seedLargeOrganisation } from "./large-organisation";

export const LARGE_DATABASE = "risk_bench_large";

async function main() {
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`drop database if exists ${LARGE_DATABASE} with (force)`);
  await admin.unsafe(`create database ${LARGE_DATABASE}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${LARGE_DATABASE}`;
  const opened = await openDatabase({ url: url.toString() });
  const started = Date.now();
  console.log(`Seeding the large organisation into ${url.host}/${LARGE_DATABASE}`);
  const counts = await seedLargeOrganisation(opened.db, (line) => console.log(line));
  console.log(`  done in ${((Date.now() - started) / 1000).toFixed(0)} s:`, counts);
  // What the app's start would do: the settled versions get their stored scores.
  const scoring = Date.now();
  const scored = await refreshStoredScores(opened.db);
  console.log(`  stored the scores of ${scored} settled versions in ${((Date.now() - scoring) / 1000).toFixed(0)} s`);
  // Statistics and no dead rows (the refresh just rewrote thousands), as autovacuum would leave on a database that grew over years: without them
  // the planner takes the freshly loaded tables for nearly empty and loops where it should hash.
  await opened.db.execute(sql`vacuum analyze`);
  console.log(`  DATABASE_URL=${url.toString()}  (the demo users sign in, as in the demo)`);
  await opened.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
