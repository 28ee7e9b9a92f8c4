import { randomUUID } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import type { Role } from "@/lib/auth/roles";
import type { Locale } from "@/lib/i18n/locales";
import type { DbOrTx } from "./client";
import { account, member, organizations, projectEvaluators, user } from "./schema";

/** Demo sign-ins, listed in the README. Demo only: never use these passwords elsewhere. */
export const DEMO_PASSWORD = "demo-password-2026";
export const demoUsers: Array<{ email: string; name: string; role: Role; locale?: Locale }> = [
  { email: "admin@demo.org", name: "Amira Admin", role: "admin" },
  { email: "manager@demo.org", name: "Malik Manager", role: "manager" },
  { email: "staff@demo.org", name: "Sofia Staff", role: "staff" },
  { email: "evaluator@demo.org", name: "Eva Evaluator", role: "evaluator" },
  // The other demo users have made no choice and follow the browser; she chose Chinese.
  { email: "lina@demo.org", name: "李娜", role: "staff", locale: "zh-CN" },
];

/** A second organisation, so switching organisations and their separation can be tried. */
export const OTHER_DEMO_ORGANIZATION = { id: "demo-org-2", name: "Harbour Relief (demo)", slug: "harbour-relief" };
export const otherDemoUser = { email: "harbour@demo.org", name: "Hana Harbour", role: "admin" as Role };

/** Creates a user with an email-and-password account, hashed by Better Auth's own hasher. */
export async function createUserWithPassword(tx: DbOrTx, input: { email: string; name: string; password: string; locale?: Locale }) {
  const id = randomUUID();
  const now = new Date();
  await tx.insert(user).values({ id, email: input.email, name: input.name, locale: input.locale ?? null, emailVerified: true, createdAt: now, updatedAt: now });
  await tx.insert(account).values({
    id: randomUUID(),
    accountId: id,
    providerId: "credential",
    userId: id,
    password: await hashPassword(input.password),
    createdAt: now,
    updatedAt: now,
  });
  return id;
}

export async function addMember(tx: DbOrTx, organizationId: string, userId: string, role: Role) {
  await tx.insert(member).values({ id: randomUUID(), organizationId, userId, role, createdAt: new Date() });
}

export async function seedDemoUsers(tx: DbOrTx, organizationId: string, evaluatorProjectId: string | null) {
  const ids = new Map<string, string>();
  for (const u of demoUsers) {
    const id = await createUserWithPassword(tx, { ...u, password: DEMO_PASSWORD });
    ids.set(u.email, id);
    await addMember(tx, organizationId, id, u.role);
  }
  if (evaluatorProjectId) {
    await tx.insert(projectEvaluators).values({ organizationId, projectId: evaluatorProjectId, userId: ids.get("evaluator@demo.org")! });
  }
  await tx.insert(organizations).values(OTHER_DEMO_ORGANIZATION);
  const harbourId = await createUserWithPassword(tx, { ...otherDemoUser, password: DEMO_PASSWORD });
  await addMember(tx, OTHER_DEMO_ORGANIZATION.id, harbourId, "admin");
  // The manager also works for the second organisation, as staff: the organisation switcher shows both.
  await addMember(tx, OTHER_DEMO_ORGANIZATION.id, ids.get("manager@demo.org")!, "staff");
}
