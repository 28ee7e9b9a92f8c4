import { z } from "zod";
import { roles } from "@/lib/auth/roles";
import { isStorableText } from "./storable";

const role = z.enum(roles, { error: "Choose a role" });
// Better Auth's ids are text, not uuids: one the database cannot even compare names nobody.
const id = (what: string) =>
  z.string({ error: `${what} is missing` }).min(1, `${what} is missing`).max(100).refine(isStorableText, `${what} is unknown`);

export const inviteSchema = z.object({
  email: z.email({ error: "Enter an email address, like name@example.org" }).trim().toLowerCase().max(254),
  role,
});
export const memberRoleSchema = z.object({ memberId: id("The member"), role });
export const memberSchema = z.object({ memberId: id("The member") });
export const invitationSchema = z.object({ invitationId: id("The invitation") });
export const evaluatorProjectsSchema = z.object({
  memberId: id("The member"),
  projectIds: z.array(z.string()).max(500, "Too many projects"),
});
