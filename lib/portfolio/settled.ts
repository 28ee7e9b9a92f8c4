import { isSettled } from "@/lib/report/standing";
import type { ScoredVersion } from "./scored-version";
import type { VersionLineage } from "./version-trend";

export type ProjectAssessments = {
  /** Per series, its latest submitted (or approved, or returned) version: what the portfolio counts. */
  settled: ScoredVersion[];
  /** Series whose newest version is a draft: shown beside the counts, never in them. */
  drafts: ScoredVersion[];
};

/**
 * What the portfolio reads of one project. A draft rates every unanswered item as unknown, so a
 * new draft reads High; counted, it would fill the portfolio with High. The counts, filters and
 * trends use only versions that were submitted; a draft is named beside them.
 */
export function projectAssessments(projectId: string, lineages: ReadonlyArray<VersionLineage>): ProjectAssessments {
  const settled: ScoredVersion[] = [];
  const drafts: ScoredVersion[] = [];
  for (const lineage of lineages) {
    if (lineage.projectId !== projectId) continue;
    const versions = settledVersions(lineage.versions);
    if (versions.length > 0) settled.push(versions[versions.length - 1]!);
    const current = lineage.versions.find((v) => v.isCurrent);
    if (current && !isSettled(current.status)) drafts.push(current);
  }
  return { settled, drafts };
}

/** The versions that were submitted, oldest first: a trend is drawn between these only. */
export function settledVersions(versions: ReadonlyArray<ScoredVersion>): ScoredVersion[] {
  return versions.filter((v) => isSettled(v.status)).sort((a, b) => a.version - b.version);
}
