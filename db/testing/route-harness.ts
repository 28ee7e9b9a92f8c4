import fs from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..", "..");

export type RouteGet = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
export type DiscoveredRoute = { route: string; params: string[]; GET: RouteGet };

/**
 * Every route handler under app/ (Better Auth's own endpoint aside), read from the folder, so a
 * new download route is covered by the access tests without anyone remembering to add it.
 */
export async function discoverRoutes(): Promise<DiscoveredRoute[]> {
  const appDir = path.join(root, "app");
  const files = fs
    .readdirSync(appDir, { recursive: true, encoding: "utf8" })
    .filter((f) => path.basename(f) === "route.ts" && !f.split(path.sep).includes("api"))
    .sort();
  const found: DiscoveredRoute[] = [];
  for (const file of files) {
    const route = `/${path.dirname(file).split(path.sep).join("/")}`;
    const mod = (await import(path.join(appDir, file))) as { GET?: RouteGet };
    if (!mod.GET) throw new Error(`${route} has no GET handler; the access tests only know GET`);
    found.push({ route, params: [...route.matchAll(/\[(\w+)\]/g)].map((m) => m[1]!), GET: mod.GET });
  }
  return found;
}

/** Calls the handler as Next.js would, with the params filled in and an optional query string. */
export function callRoute(found: DiscoveredRoute, params: Record<string, string>, query = ""): Promise<Response> {
  const url = `http://localhost${found.route.replace(/\[(\w+)\]/g, (_, name: string) => params[name] ?? "missing")}${query}`;
  return found.GET(new Request(url), { params: Promise.resolve(params) });
}
