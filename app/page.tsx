import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { listOverdueMitigationsForOrg } from "@/db/queries/dashboard";
import { hasVisibleProjectsForOrg } from "@/db/queries/project-list";
import { HOME_LINES, listMyDraftsForOrg, listReturnedToMeForOrg, listWaitingForMyReviewForOrg, type NeedsMeRow } from "@/db/queries/needs-me";
import { DraftLines, QueueLines, ReturnedLines, type AssessmentLine } from "@/components/home/assessment-lines";
import { MoreLines, NeedsMeGroup } from "@/components/home/needs-me-group";
import { OverdueLines } from "@/components/home/overdue-lines";
import { can } from "@/lib/auth/roles";
import { calendarDaysBetween } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { serverLocale } from "@/lib/i18n/server-locale";
import { buildAssessmentReport } from "@/lib/report/assessment-report";
import { standingOf } from "@/lib/report/standing";
import { getSessionContext } from "@/lib/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("home");
  return { title: t("title") };
}

/** Rated with the same report model as its own page, so the line and the report never disagree. */
function lineOf({ facts, project }: NeedsMeRow, locale: Locale): AssessmentLine {
  const report = buildAssessmentReport(project, facts, locale);
  return { id: facts.id, projectId: project.id, projectName: project.name, title: report.title, version: facts.version, standing: standingOf(report) };
}

/** A new organisation (or an evaluator given nothing yet) sees one next step, not four empty groups. */
async function FirstRun({ organizationName, canCreate }: { organizationName: string; canCreate: boolean }) {
  const t = await getTranslations("home");
  return (
    <>
      <h1>{organizationName}</h1>
      <div className="card" data-testid="first-run">
        <h2>{t("firstRunTitle")}</h2>
        {canCreate ? (
          <>
            <p>{t("firstRunText")}</p>
            <Link className="button" href="/projects/new">
              {t("createProject")}
            </Link>
          </>
        ) : (
          <p>{t("noneShared")}</p>
        )}
      </div>
    </>
  );
}

/**
 * The start page: what needs this person, each group with its count and an empty state. Drafts
 * and returns for those who write, the review queue for those who review, overdue mitigations for
 * everyone (an evaluator's of their projects only). Every project is on /projects.
 */
export default async function HomePage() {
  await connection();
  const session = await getSessionContext();
  const writer = can(session.role, "assessment:write");
  const reviewer = can(session.role, "assessment:review");
  const returnedToMe = writer ? listReturnedToMeForOrg(session) : Promise.resolve([]);
  // A draft made by a return is listed once, under "returned to you", where the reviewer's words are.
  const myDrafts = returnedToMe.then((returned) =>
    writer ? listMyDraftsForOrg(session, HOME_LINES, new Set(returned.map((r) => r.facts.id))) : { rows: [], total: 0 },
  );
  const [anyProject, drafts, returned, waiting, overdue, t, locale] = await Promise.all([
    hasVisibleProjectsForOrg(session),
    myDrafts,
    returnedToMe,
    reviewer ? listWaitingForMyReviewForOrg(session) : Promise.resolve({ rows: [], total: 0, waitingForOthers: 0 }),
    listOverdueMitigationsForOrg(session),
    getTranslations("needsMe"),
    serverLocale(),
  ]);
  const now = new Date();
  if (!anyProject) return <FirstRun organizationName={session.organizationName} canCreate={can(session.role, "project:write")} />;
  return (
    <>
      <h1>{session.organizationName}</h1>
      <p className="muted">
        {t("intro")} <Link href="/projects">{t("allProjects")}</Link>
      </p>
      {writer && (
        <NeedsMeGroup id="drafts" title={t("myDrafts")} hint={t("myDraftsHint")} count={drafts.total} empty={t("noDrafts")}>
          <DraftLines rows={drafts.rows.map((d) => ({ ...lineOf(d, locale), updatedAt: d.facts.updatedAt }))} />
          <MoreLines shown={drafts.rows.length} total={drafts.total} href="/projects?status=draft" text={t("moreDrafts", { shown: drafts.rows.length, total: drafts.total })} link={t("moreDraftsLink")} />
        </NeedsMeGroup>
      )}
      {writer && (
        <NeedsMeGroup id="returned" title={t("returned")} hint={t("returnedHint")} count={returned.length} empty={t("noReturned")}>
          <ReturnedLines rows={returned.map((r) => ({ ...r, ...lineOf(r, locale) }))} />
        </NeedsMeGroup>
      )}
      {reviewer && (
        <NeedsMeGroup id="review" title={t("waiting")} hint={t("waitingHint")} count={waiting.total} empty={t("noWaiting")}>
          <QueueLines
            rows={waiting.rows.map((w) => ({
              ...lineOf(w, locale),
              submittedBy: w.facts.submittedBy,
              daysWaiting: calendarDaysBetween(w.submittedAt, now),
            }))}
          />
          <MoreLines shown={waiting.rows.length} total={waiting.total} href="/projects?status=submitted" text={t("moreWaiting", { shown: waiting.rows.length, total: waiting.total })} link={t("moreWaitingLink")} />
        </NeedsMeGroup>
      )}
      {reviewer && waiting.waitingForOthers > 0 && (
        <p className="muted small" data-testid="waiting-for-others">
          {t("waitingForOthers", { count: waiting.waitingForOthers })}
        </p>
      )}
      <NeedsMeGroup id="overdue" title={t("overdue")} hint={t("overdueHint")} count={overdue.length} empty={t("noOverdueMitigations")}>
        <OverdueLines rows={overdue} />
      </NeedsMeGroup>
    </>
  );
}
