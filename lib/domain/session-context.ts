import type { Role } from "@/lib/auth/roles";

/** Who is acting: a member of the active organisation, with their role there. */
export type Actor = {
  organizationId: string;
  organizationName: string;
  userId: string;
  userName: string;
  role: Role;
};

/**
 * What this session may see (its scope), built once per request on the server from the session
 * cookie by `scopeFor` (db/queries/scope.ts, called by lib/session.ts). Every query takes its
 * organisation and, for an outside evaluator, the projects given to them from here, never from
 * the request. An evaluator's scope cannot be written without the given projects: the type asks
 * for them, so a test or a caller cannot forget to load them.
 */
export type SessionContext =
  | (Actor & { role: Exclude<Role, "evaluator">; givenProjectIds?: undefined })
  | (Actor & { role: "evaluator"; /** The projects given to this evaluator, loaded with the scope. */ givenProjectIds: readonly string[] });
