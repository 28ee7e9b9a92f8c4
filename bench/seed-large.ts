/**
 * `npm run bench:seed`: the large organisation (bench/large-organisation.ts) in a PostgreSQL database
 * of its own, `risk_bench_large` on the test server (POSTGRES_TEST_URL), made afresh. Not the demo.
 */
import postgres from "postgres";
import { openDatabase } from "@/db/client";
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
  console.log(`  DATABASE_URL=${url.toString()}  (the demo users sign in, as in the demo)`);
  await opened.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
