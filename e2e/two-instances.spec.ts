import { expect, test } from "@playwright/test";
import { reachable, serverUrl, startTwoInstances, type Instances } from "./instances/two-instances";
import { DEMO_PASSWORD } from "./support";

// Two app instances on one PostgreSQL database behind a round-robin balancer behave as one.
// No browser: each request is sent to the instance the test names, or through the balancer.
test.describe.configure({ mode: "serial" });
test.use({ storageState: { cookies: [], origins: [] } });

let instances: Instances | undefined;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  test.skip(!(await reachable(serverUrl)), `no PostgreSQL server at ${new URL(serverUrl).host}`);
  instances = await startTwoInstances([3241, 3242, 3240]);
});
test.afterAll(async () => instances?.stop());

const on = () => instances!;
const signIn = (base: string, email: string, password: string) =>
  fetch(`${base}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: on().balancer },
    body: JSON.stringify({ email, password }),
    redirect: "manual",
  });
const cookieOf = (response: Response) =>
  response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
let cookie = "";

test("a session made on one instance is valid on the other", async () => {
  // The first requests reach both instances at once on a new database: they take turns to migrate it.
  const [a, b] = on().direct;
  const [first, second] = await Promise.all([signIn(a, "staff@demo.org", DEMO_PASSWORD), signIn(b, "staff@demo.org", DEMO_PASSWORD)]);
  expect([first.status, second.status]).toEqual([200, 200]);
  cookie = cookieOf(first);
  for (const base of on().direct) {
    const page = await fetch(`${base}/projects`, { headers: { cookie }, redirect: "manual" });
    expect(page.status, base).toBe(200);
    expect(await page.text()).toContain("Clean water for rural health posts");
  }
});

test("the sign-in limit counts the attempts made on both", async () => {
  // Five sign-ins a minute from one address; two were made above. Through the balancer, each
  // instance sees only some of the next ones: alone, neither would refuse any.
  const statuses: number[] = [];
  for (let i = 0; i < 4; i++) statuses.push((await signIn(on().balancer, `nobody-${i}@example.org`, "wrong-password-123")).status);
  expect(statuses).toEqual([401, 401, 401, 429]);
});

test("a change saved on one instance is a conflict for a stale copy sent to the other", async () => {
  const [a, b] = on().direct;
  const list = await (await fetch(`${a}/projects?q=${encodeURIComponent("Clean water")}`, { headers: { cookie } })).text();
  const projectPath = list.match(/href="(\/projects\/[0-9a-f-]{36})"/)![1]!;
  const project = await (await fetch(`${b}${projectPath}`, { headers: { cookie } })).text();
  const assessmentId = project.match(/\/assessments\/([0-9a-f-]{36})/)![1]!;
  type Result = { key: string; status: "saved" | "conflict"; revision: number; current?: { notes?: string } };
  const save = async (base: string, revision: number, notes: string) => {
    const response = await fetch(`${base}/assessments/${assessmentId}/sections/country-context/changes`, {
      method: "POST",
      headers: { cookie, origin: base, "content-type": "application/json" },
      body: JSON.stringify({ changes: [{ key: "B.CTX.1", base: revision, value: { criterionId: "B.CTX.1", value: "partly_met", notes, evidence: "" } }] }),
    });
    expect(response.status).toBe(200);
    return ((await response.json()) as { results: Result[] }).results[0]!;
  };
  // The item's revision as it stands (a conflict answers with it), then a save on A based on it.
  const probe = await save(a, 0, "probe");
  const base = probe.revision;
  const onA = await save(a, base, "Written on instance A");
  expect(onA.status).toBe("saved");
  // B is sent a copy based on the revision before A's save: refused, with A's answer beside it.
  const onB = await save(b, base, "A stale copy sent to B");
  expect(onB).toMatchObject({ status: "conflict", revision: onA.revision, current: { notes: "Written on instance A" } });
});

test("a PDF downloads from either instance", async () => {
  const list = await (await fetch(`${on().balancer}/projects?q=${encodeURIComponent("Clean water")}`, { headers: { cookie } })).text();
  const projectPath = list.match(/href="(\/projects\/[0-9a-f-]{36})"/)![1]!;
  for (const base of on().direct) {
    const response = await fetch(`${base}${projectPath}/pdf`, { headers: { cookie } });
    expect(response.status, base).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(Buffer.from(await response.arrayBuffer()).subarray(0, 5).toString()).toBe("%PDF-");
  }
});
