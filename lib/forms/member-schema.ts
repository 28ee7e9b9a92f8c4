import * as z from "@/lib/validation/zod";
import { roles } from "@/lib/auth/roles";
import type { ThingKey } from "@/lib/errors";
import { msg } from "@/lib/i18n/message-ref";
import { isStorableText } from "./storable";

const role = z.enum(roles, { error: msg("validation.roleRequired") });
// Better Auth's ids are text, not uuids: one the database cannot even compare names nobody.
// `what` is a things.* key, read in the reader's language inside the message.
const id = (what: ThingKey) =>
  z
    .string({ error: msg("validation.idMissing", { what }) })
    .min(1, msg("validation.idMissing", { what }))
    .max(100)
    .refine(isStorableText, msg("validation.idUnknown", { what }));

export const inviteSchema = z.object({
  email: z.email({ error: msg("validation.inviteEmailInvalid") }).trim().toLowerCase().max(254),
  role,
});
export const memberRoleSchema = z.object({ memberId: id("things.member"), role });
export const memberSchema = z.object({ memberId: id("things.member") });
export const invitationSchema = z.object({ invitationId: id("things.invitation") });
export const selfApprovalSchema = z.object({ allowed: z.boolean({ error: msg("validation.selfApprovalChoice") }) });
export const evaluatorProjectsSchema = z.object({
  memberId: id("things.member"),
  projectIds: z.array(z.string()).max(500, msg("validation.tooManyProjects")),
});
