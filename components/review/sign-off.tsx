import { useLocale, useTranslations } from "next-intl";
import type { AssessmentReport } from "@/lib/report/assessment-report";
import { formatDay } from "@/lib/i18n/format";

/** Who submitted and who reviewed this version, on which checklist version. */
export function SignOff({ report }: { report: AssessmentReport }) {
  const t = useTranslations("review.signOff");
  const tReview = useTranslations("review");
  const locale = useLocale();
  const whoAndWhen = (who: string | null, when: Date | null) => tReview("whoAndWhen", { who: who ?? "—", when: formatDay(when, locale) });
  return (
    <section className="report-section card" aria-labelledby="sign-off">
      <h2 id="sign-off" style={{ marginTop: 0 }}>
        {t("title")}
      </h2>
      <table>
        <tbody>
          <tr>
            <th scope="row">{t("status")}</th>
            <td data-testid="status">{t("statusWithVersion", { status: report.status, version: report.version })}</td>
          </tr>
          <tr>
            <th scope="row">{t("submittedBy")}</th>
            <td>{whoAndWhen(report.submittedBy, report.submittedAt)}</td>
          </tr>
          <tr>
            <th scope="row">{report.status === "returned" ? t("returnedBy") : t("approvedBy")}</th>
            <td>{whoAndWhen(report.reviewedBy, report.reviewedAt)}</td>
          </tr>
          <tr>
            <th scope="row">{t("checklist")}</th>
            <td>{t("checklistVersion", { title: report.checklistTitle, version: report.checklistVersion })}</td>
          </tr>
        </tbody>
      </table>
    </section>
  );
}
