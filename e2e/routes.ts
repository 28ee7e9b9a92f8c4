import fs from "node:fs";
import path from "node:path";

/** Every page route of the app, read from the app/ folder, so a new route is checked without editing this test. */
export function pageRoutes(dir = "app", prefix = ""): string[] {
  const routes: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) routes.push(...pageRoutes(path.join(dir, entry.name), `${prefix}/${entry.name}`));
    else if (entry.name === "page.tsx") routes.push(prefix || "/");
  }
  return routes;
}


/** Every download route (a route.ts with GET) of the app, Better Auth's endpoint aside. */
export function downloadRoutes(dir = "app", prefix = ""): string[] {
  const routes: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory() && !(prefix === "" && entry.name === "api")) {
      routes.push(...downloadRoutes(path.join(dir, entry.name), `${prefix}/${entry.name}`));
    } else if (entry.name === "route.ts" && /export async function GET\b/.test(fs.readFileSync(path.join(dir, entry.name), "utf8"))) {
      routes.push(prefix);
    }
  }
  return routes;
}
