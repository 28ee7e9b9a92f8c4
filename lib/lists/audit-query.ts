import * as z from "@/lib/validation/zod";
import { auditActions } from "@/lib/domain/audit-actions";
import { firstValues, type RawSearchParams } from "./search-params";

export const AUDIT_PER_PAGE = 50;

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)));

/** Bad values fall back to "no filter": an old or edited link still opens the log. */
const auditQuerySchema = z.object({
  who: z.string().min(1).max(200).optional().catch(undefined),
  action: z.enum(auditActions).optional().catch(undefined),
  project: z.uuid().optional().catch(undefined),
  from: day.optional().catch(undefined),
  to: day.optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(1_000_000).catch(1).default(1),
});
export type AuditQuery = z.infer<typeof auditQuerySchema>;
export type AuditFilters = Omit<AuditQuery, "page">;

export const auditQueryDefaults = { page: 1 } as const;

/** The audit log's filters and page from its URL (`?who=&action=&project=&from=&to=&page=`); never fails. */
export function parseAuditQuery(raw: RawSearchParams | URLSearchParams): AuditQuery {
  const values = firstValues(raw);
  for (const key of Object.keys(values)) if (values[key] === "") delete values[key];
  return auditQuerySchema.parse(values);
}

/** The filters alone, for the CSV of the same rows. */
export function auditFilters({ page: _, ...filters }: AuditQuery): AuditFilters {
  return filters;
}
