import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { RatingBadge } from "@/components/report/rating-badge";
import { formatDateTime, formatDay } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Standing } from "@/lib/report/standing";

/** What every line of the start page says about one assessment. */
export type AssessmentLine = {
  id: string;
  projectId: string;
  projectName: string;
  /** "Before: participation evaluation", "Partner due diligence: …" in the reader's language. */
  title: string;
  version: number;
  standing: Standing;
};

const nowrap = { whiteSpace: "nowrap" } as const;

function ProjectCell({ line }: { line: AssessmentLine }) {
  return (
    <th scope="row">
      <Link href={`/projects/${line.projectId}`}>{line.projectName}</Link>
    </th>
  );
}

/** My drafts: where each stands, when it was last saved, and a link to go on. */
export function DraftLines({ rows }: { rows: Array<AssessmentLine & { updatedAt: Date }> }) {
  const t = useTranslations("needsMe");
  const locale = useLocale() as Locale;
  return (
    <div className="table-wrap">
      <table data-testid="my-drafts" className="stack-table">
        <thead>
          <tr>
            <th scope="col">{t("columns.project")}</th>
            <th scope="col">{t("columns.assessment")}</th>
            <th scope="col">{t("columns.rating")}</th>
            <th scope="col">{t("columns.lastSaved")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((line) => (
            <tr key={line.id}>
              <ProjectCell line={line} />
              <td data-label={t("columns.assessment")}>
                <Link href={`/assessments/${line.id}`}>{line.title}</Link> <span className="muted small" style={nowrap}>{t("versionShort", { version: line.version })}</span>
              </td>
              <td data-label={t("columns.rating")}>
                <RatingBadge rating={line.standing.rating} standing={line.standing} />
              </td>
              <td className="small" data-label={t("columns.lastSaved")}>{formatDateTime(line.updatedAt, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Returned to me: who returned which version, their comment, and the new draft to continue. */
export function ReturnedLines({
  rows,
}: {
  rows: Array<AssessmentLine & { returnedVersion: number; reviewedBy: string | null; reviewedAt: Date | null; comment: string | null; itemComments: number }>;
}) {
  const t = useTranslations("needsMe");
  const locale = useLocale() as Locale;
  return (
    <ul className="needs-me-list" data-testid="returned-to-me">
      {rows.map((line) => (
        <li key={line.id} className="card">
          <div>
            <Link href={`/projects/${line.projectId}`}>{line.projectName}</Link> · <Link href={`/assessments/${line.id}`}>{line.title}</Link>{" "}
            <span className="muted small" style={nowrap}>{t("versionShort", { version: line.version })}</span>
          </div>
          <div className="small muted">
            {t.rich("returnedBy", {
              version: line.returnedVersion,
              name: line.reviewedBy ?? "—",
              date: formatDay(line.reviewedAt, locale),
              day: (chunks) => <span style={nowrap}>{chunks}</span>,
            })}
            {line.itemComments > 0 && <> · {t("itemComments", { count: line.itemComments })}</>}
          </div>
          {line.comment && <blockquote className="small">{line.comment}</blockquote>}
          <Link className="button secondary" href={`/assessments/${line.id}`}>
            {t("continue")}
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** The review queue: each row says what it is, where it stands, who sent it and how long it has waited. */
export function QueueLines({ rows }: { rows: Array<AssessmentLine & { submittedBy: string | null; daysWaiting: number }> }) {
  const t = useTranslations("needsMe");
  return (
    <div className="table-wrap">
      <table data-testid="review-queue" className="stack-table">
        <thead>
          <tr>
            <th scope="col">{t("columns.project")}</th>
            <th scope="col">{t("columns.assessment")}</th>
            <th scope="col">{t("columns.rating")}</th>
            <th scope="col">{t("columns.submittedBy")}</th>
            <th scope="col">{t("columns.waiting")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((line) => (
            <tr key={line.id} data-testid="queue-row">
              <ProjectCell line={line} />
              <td data-label={t("columns.assessment")}>
                <Link href={`/assessments/${line.id}/report`}>{line.title}</Link> <span className="muted small" style={nowrap}>{t("versionShort", { version: line.version })}</span>
              </td>
              <td data-label={t("columns.rating")}>
                <RatingBadge rating={line.standing.rating} standing={line.standing} />
              </td>
              <td data-label={t("columns.submittedBy")}>{line.submittedBy ?? "—"}</td>
              <td style={nowrap} data-testid="days-waiting" data-label={t("columns.waiting")}>
                {t("waitingDays", { days: line.daysWaiting })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
