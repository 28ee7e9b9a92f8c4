// The last step of `npm run build`: the standalone server (.next/standalone) holds what the
// server imports; the browser's files (.next/static, public/) are copied in beside it, so the
// folder runs on its own: `node scripts/start-standalone.mjs`, or `node .next/standalone/server.js`.
import fs from "node:fs";
import path from "node:path";

const root = process.cwd();
const standalone = path.join(root, ".next", "standalone");
fs.rmSync(path.join(standalone, ".next", "static"), { recursive: true, force: true });
fs.cpSync(path.join(root, ".next", "static"), path.join(standalone, ".next", "static"), { recursive: true });
if (fs.existsSync(path.join(root, "public"))) fs.cpSync(path.join(root, "public"), path.join(standalone, "public"), { recursive: true });
console.log("Standalone server ready: .next/standalone");
