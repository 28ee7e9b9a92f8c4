import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { appMigrationsFolder } from "../client";

/**
 * A copy of the app's migrations up to and including `tag`, so a test can build the schema as it
 * was, write rows as that schema had them, then apply the rest and see the later migrations cope.
 */
export function migrationsUpTo(tag: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "migrations-"));
  const journal = JSON.parse(fs.readFileSync(path.join(appMigrationsFolder(), "meta/_journal.json"), "utf8"));
  const end = journal.entries.findIndex((e: { tag: string }) => e.tag === tag);
  if (end < 0) throw new Error(`No migration ${tag}`);
  const upTo = journal.entries.slice(0, end + 1);
  fs.mkdirSync(path.join(dir, "meta"));
  fs.writeFileSync(path.join(dir, "meta/_journal.json"), JSON.stringify({ ...journal, entries: upTo }));
  for (const e of upTo) fs.copyFileSync(path.join(appMigrationsFolder(), `${e.tag}.sql`), path.join(dir, `${e.tag}.sql`));
  return dir;
}
