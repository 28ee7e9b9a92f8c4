// `npm start`: the production server from the standalone build (.next/standalone, made by
// `npm run build`), on the port given (3000 unless PORT or the first argument says otherwise).
//   node scripts/start-standalone.mjs [port] [hostname]
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const root = process.cwd();
const standalone = path.join(root, ".next", "standalone");
if (!fs.existsSync(path.join(standalone, "server.js")) || !fs.existsSync(path.join(standalone, ".next", "static"))) {
  console.error("No standalone build found: run `npm run build` first.");
  process.exit(1);
}

process.env.PORT = process.argv[2] ?? process.env.PORT ?? "3000";
if (process.argv[3]) process.env.HOSTNAME = process.argv[3];
process.env.NODE_ENV = "production";
// The server runs from inside .next/standalone: a relative data folder would land there and go
// with the next build. It stays where the README says (.data/pglite), resolved from here.
if (!process.env.DATABASE_URL) process.env.PGLITE_DIR = path.resolve(root, process.env.PGLITE_DIR ?? ".data/pglite");

createRequire(import.meta.url)(path.join(standalone, "server.js"));
