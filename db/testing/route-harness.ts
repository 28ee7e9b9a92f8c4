import fs from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..", "..");

export type RouteGet = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
export type DiscoveredRoute = { route: string; params: string[]; GET?: RouteGet; POST?: RouteGet };

/**
 * Every route handler under app/ (Better Auth's own endpoint aside), read from the folder, so a
 * new route is covered by the access tests without anyone remembering to add it: the downloads
 * (GET) by app/route-handlers.test.ts, the others (POST) by their own tests, which list them.
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
    const mod = (await import(path.join(appDir, file))) as { GET?: RouteGet; POST?: RouteGet };
    if (!mod.GET && !mod.POST) throw new Error(`${route} has no GET or POST handler; the access tests know only those`);
    found.push({ route, params: [...route.matchAll(/\[(\w+)\]/g)].map((m) => m[1]!), GET: mod.GET, POST: mod.POST });
  }
  return found;
}

/** Calls the handler as Next.js would, with the params filled in and an optional query string. */
export function callRoute(found: DiscoveredRoute, params: Record<string, string>, query = ""): Promise<Response> {
  const url = `http://localhost${found.route.replace(/\[(\w+)\]/g, (_, name: string) => params[name] ?? "missing")}${query}`;
  if (!found.GET) throw new Error(`${found.route} has no GET handler`);
  return found.GET(new Request(url), { params: Promise.resolve(params) });
}
