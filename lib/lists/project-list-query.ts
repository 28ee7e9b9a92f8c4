import * as z from "@/lib/validation/zod";
import { participationModeIds } from "@/lib/checklists/definition-schema";
import { firstValues, type RawSearchParams } from "./search-params";

export const projectSorts = ["updated", "name", "country", "start"] as const;
export type ProjectSort = (typeof projectSorts)[number];
/** What a project's current assessments may be in: the list's status filter. */
export const projectStatuses = ["draft", "submitted", "approved", "returned"] as const;
export const PROJECTS_PER_PAGE = 25;

/** A value that is not one of the list's own falls back to the default: a stale or edited link still opens the list. */
const orDefault = <T extends z.ZodType>(schema: T, fallback: z.infer<T>) => schema.catch(fallback);

const projectListSchema = z.object({
  // A long search is cut, not dropped: what was typed still narrows the list.
  q: orDefault(z.string().transform((s) => s.trim().slice(0, 100)), ""),
  sort: orDefault(z.enum(projectSorts), "updated"),
  mode: orDefault(z.enum(participationModeIds).optional(), undefined),
  country: orDefault(z.string().regex(/^[A-Z]{2}$/).optional(), undefined),
  status: orDefault(z.enum(projectStatuses).optional(), undefined),
  page: orDefault(z.coerce.number().int().min(1).max(100_000), 1),
});
export type ProjectListQuery = z.infer<typeof projectListSchema>;

export const projectListDefaults = { q: "", sort: "updated", page: 1 } as const;

/** The projects list's state from its URL (`?q=&sort=&mode=&country=&status=&page=`); never fails. */
export function parseProjectListQuery(raw: RawSearchParams | URLSearchParams): ProjectListQuery {
  const values = firstValues(raw);
  // An empty select ("all modes") sends `mode=`: that is no filter, not a bad value.
  for (const key of Object.keys(values)) if (values[key] === "") delete values[key];
  return projectListSchema.parse(values);
}
