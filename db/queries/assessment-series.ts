import { eq, type SQL } from "drizzle-orm";
import { assessments } from "../schema";

// The versions of one assessment (a project's stage, or a partner's due diligence) form a series:
// they share `series_id`, and exactly one of them, the newest, is current (a partial unique index
// keeps it so). Every query that asks for "the latest" or "the history" uses these conditions,
// so the rule lives here once.

/** The newest version of each assessment: what pages, reports, the portfolio and the queue show. */
export const currentVersion = (): SQL => eq(assessments.isCurrent, true);

/** Every version of one assessment, the current one included (order by version for a history). */
export const versionsOfSeries = (seriesId: string): SQL => eq(assessments.seriesId, seriesId);

