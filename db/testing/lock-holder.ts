// Holds a data folder's lock until killed: the other process of db/folder-lock.test.ts.
// Run with tsx: node --import tsx db/testing/lock-holder.ts <folder>
import { acquireFolderLock } from "../folder-lock";

async function main(folder: string | undefined) {
  if (!folder) throw new Error("Usage: lock-holder.ts <folder>");
  await acquireFolderLock(folder);
  console.log(`locked ${process.pid}`);
  setInterval(() => {}, 60_000);
}

main(process.argv[2]).catch((error) => {
  console.error(error);
  process.exit(1);
});
