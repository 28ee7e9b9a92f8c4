import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { listReviewNotesForOrg } from "@/db/queries/review";
import { listVersionsForOrg } from "@/db/queries/versions";
import { RatingBadge } from "@/components/report/rating-badge";
import { VersionChanges } from "@/components/review/version-changes";
import { assessmentChecklist } from "@/lib/checklists/assessment-checklist";
import { getChecklist } from "@/lib/checklists/registry";
import { formatDay } from "@/lib/i18n/format";
import { defaultLocale, isLocale } from "@/lib/i18n/locales";
import { formatScore } from "@/lib/report/format";
import { diffVersions } from "@/lib/report/version-diff";
import { isRating } from "@/lib/scoring/config";
import { getSessionContext } from "@/lib/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("versions");
  return { title: t("metaTitle") };
}

export default async function VersionsPage({ params }: { params: Promise<{ assessmentId: string }> }) {
  await connection();
  const { assessmentId } = await params;
  const session = await getSessionContext();
  const found = await listVersionsForOrg(session, assessmentId);
  if (!found) notFound();
  const { project, versions } = found;
  const [notes, t, tChecklists, tStatuses, current] = await Promise.all([
    listReviewNotesForOrg(session, versions.map((v) => v.id)),
    getTranslations("versions"),
    getTranslations("checklists"),
    getTranslations("assessmentStatuses"),
    getLocale(),
  ]);
  const locale = isLocale(current) ? current : defaultLocale;
  const latest = versions.find((v) => v.isCurrent) ?? versions[0]!;
  const title = latest.kind === "partner" && latest.partner ? t("partnerAssessment", { partner: latest.partner.name }) : tChecklists(latest.kind);
  const byOn = (name: string | null, at: Date | null) => (name ? t("byOn", { name, date: formatDay(at, locale) }) : "—");
  return (
    <>
      <nav className="breadcrumbs" aria-label={t("breadcrumbs")}>
        <Link href="/projects">{t("projects")}</Link> › <Link href={`/projects/${project.id}`}>{project.name}</Link> › {t("metaTitle")}
      </nav>
      <h1>{t("title", { assessment: title })}</h1>
      <div className="table-wrap">
        <table className="stack-table">
          <thead>
            <tr>
              <th scope="col">{t("columns.version")}</th>
              <th scope="col">{t("columns.status")}</th>
              <th scope="col">{t("columns.submitted")}</th>
              <th scope="col">{t("columns.reviewed")}</th>
              <th scope="col">{t("columns.score")}</th>
              <th scope="col">{t("columns.checklist")}</th>
            </tr>
          </thead>
          <tbody>
            {[...versions].reverse().map((v) => (
              <tr key={v.id}>
                <th scope="row">
                  <Link href={`/assessments/${v.id}/report`}>{t("version", { version: v.version })}</Link>
                </th>
                <td data-label={t("columns.status")}>{tStatuses(v.status)}</td>
                <td data-label={t("columns.submitted")}>{byOn(v.submittedBy, v.submittedAt)}</td>
                <td data-label={t("columns.reviewed")}>{byOn(v.reviewedBy, v.reviewedAt)}</td>
                <td data-label={t("columns.score")}>
                  {v.scoreSnapshot ? (
                    <>
                      {formatScore(v.scoreSnapshot.score)} {isRating(v.scoreSnapshot.rating) && <RatingBadge rating={v.scoreSnapshot.rating} />}
                    </>
                  ) : (
                    "—"
                  )}
                </td>
                <td data-label={t("columns.checklist")}>{t("checklistVersion", { version: v.checklistVersion })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {versions.slice(1).map((newer, i) => {
        const older = versions[i]!;
        // An own risk removed in the newer version still shows as removed: both versions' own risks are items.
        const ownRisks = [...(newer.ownRisks ?? []), ...(older.ownRisks ?? []).filter((o) => !newer.ownRisks?.some((n) => n.criterionId === o.criterionId))];
        const checklist = assessmentChecklist({ ...newer, ownRisks });
        return (
          <VersionChanges
            key={newer.id}
            title={t("changesTitle", { older: older.version, newer: newer.version })}
            changes={diffVersions(checklist, older, newer)}
            returnNotes={notes.filter((n) => n.assessmentId === older.id && n.kind === "return")}
          />
        );
      }).reverse()}
    </>
  );
}
