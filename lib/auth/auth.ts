import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { nextCookies } from "better-auth/next-js";
import { organization } from "better-auth/plugins";
import { getDb, type Db } from "@/db/client";
import { account, invitation, member, organizations, rateLimit, session, user, verification } from "@/db/schema";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/forms/auth-schema";
import { authHooks } from "./auth-hooks";
import { oneDoor } from "./one-door";
import { organizationHooks } from "./organization-hooks";
import { CLIENT_ADDRESS_HEADER } from "@/lib/http/client-address";
import { accessControl, pluginRoles } from "./roles";

function createAuth(db: Db) {
  return betterAuth({
    database: drizzleAdapter(db, {
      provider: "pg",
      schema: { user, session, account, verification, organization: organizations, member, invitation, rateLimit },
    }),
    secret: process.env.BETTER_AUTH_SECRET ?? (process.env.NODE_ENV === "production" ? undefined : "dev-only-secret-change-me-0123456789"),
    baseURL: process.env.BETTER_AUTH_URL,
    trustedOrigins: (process.env.TRUSTED_ORIGINS ?? "http://localhost:3000,http://127.0.0.1:3000")
      .split(",")
      .map((o) => o.trim())
      .filter(Boolean),
    // The sign-up form checks the same lengths (lib/forms/auth-schema.ts); the hooks refuse the
    // passwords easy to guess on every endpoint that sets one, and pause an account's sign-in after
    // repeated failures from any address (lib/auth/auth-hooks.ts).
    emailAndPassword: { enabled: true, minPasswordLength: PASSWORD_MIN, maxPasswordLength: PASSWORD_MAX, autoSignIn: true },
    hooks: authHooks,
    session: { expiresIn: 60 * 60 * 24 * 7 },
    // The language chosen in the header travels with the session's user; only the app's own
    // action writes it (input: false keeps sign-up from setting it).
    user: { additionalFields: { locale: { type: "string", required: false, input: false } } },
    // Repeated sign-ins from one address are slowed down. The count lives in the database, so every
    // instance on it counts the same attempts. The address is the one lib/http/client-address.ts
    // resolved (the socket's, or a trusted proxy's forwarded one), never a header the client wrote.
    // Off only where the test server says so.
    advanced: { ipAddress: { ipAddressHeaders: [CLIENT_ADDRESS_HEADER] } },
    rateLimit: {
      enabled: process.env.AUTH_RATE_LIMIT !== "off",
      storage: "database",
      window: 60,
      max: 100,
      customRules: { "/sign-in/email": { window: 60, max: 5 }, "/sign-up/email": { window: 60, max: 5 } },
    },
    plugins: [
      organization({
        ac: accessControl,
        roles: pluginRoles,
        creatorRole: "admin",
        invitationExpiresIn: 60 * 60 * 24 * 7,
        cancelPendingInvitationsOnReInvite: true,
        organizationHooks,
      }),
      oneDoor,
      nextCookies(),
    ],
  });
}

export type Auth = ReturnType<typeof createAuth>;

type AuthGlobal = { __riskAuth?: Promise<Auth> };
const store = globalThis as unknown as AuthGlobal;

/**
 * Built once the database is open (the database itself opens lazily). A failed open is not kept:
 * cached, it answered every request with a 500 until the next restart, even once the database was
 * back (the folder's lock released, PostgreSQL up again).
 */
export function getAuth(): Promise<Auth> {
  if (!store.__riskAuth) {
    const building = getDb().then(createAuth);
    store.__riskAuth = building;
    building.catch(() => {
      if (store.__riskAuth === building) store.__riskAuth = undefined;
    });
  }
  return store.__riskAuth;
}

/** Tests swap databases: they drop the cached instance with it. */
export function resetAuth() {
  store.__riskAuth = undefined;
}
