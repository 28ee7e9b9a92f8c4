import { useLocale, useTranslations } from "next-intl";
import type { ReviewNote } from "@/lib/domain/review-note";
import { formatNumber } from "@/lib/i18n/format";
import { localize } from "@/lib/i18n/localized-text";
import type { VersionChange } from "@/lib/report/version-diff";
import { ReturnNotes } from "./return-notes";

type Note = ReviewNote;

/** One step of the history: why the earlier version was returned, and what was changed since. */
export function VersionChanges({ title, changes, returnNotes }: { title: string; changes: VersionChange[]; returnNotes: Note[] }) {
  const t = useTranslations("versions");
  const tAnswers = useTranslations("answers");
  const tRisk = useTranslations("riskStatuses");
  const locale = useLocale();
  const number = (n: number | null) => (n === null ? "—" : formatNumber(n, locale));
  /** A stored value in the reader's words: answers and statuses by their keys, numbers in their locale. */
  const show = (c: VersionChange, side: "before" | "after"): string => {
    if (c[side] === null) return "—";
    switch (c.field) {
      case "answer":
        return tAnswers(c[side]!);
      case "status":
        return tRisk(c[side]!);
      case "likelihood":
      case "impact":
        return number(c[side]);
      case "indicators":
        return c[side]!
          .map((i) => t("indicatorValue", { name: i.name, actual: number(i.actual), target: number(i.target), unit: i.unit }).trim())
          .join(locale === "zh-CN" ? "；" : "; ");
      default:
        return c[side]!;
    }
  };
  return (
    <section className="card report-section">
      <h2 style={{ marginTop: 0 }}>{title}</h2>
      <ReturnNotes notes={returnNotes} heading={t("returnedWith")} />
      {changes.length === 0 ? (
        <p className="muted">{t("noChanges")}</p>
      ) : (
        <table className="stack-table" data-testid="version-changes">
          <thead>
            <tr>
              <th scope="col">{t("changeColumns.item")}</th>
              <th scope="col">{t("changeColumns.field")}</th>
              <th scope="col">{t("changeColumns.before")}</th>
              <th scope="col">{t("changeColumns.after")}</th>
            </tr>
          </thead>
          <tbody>
            {changes.map((c, i) => (
              <tr key={i}>
                <td className="stack-title">
                  {c.criterionId ? (
                    <>
                      <span className="item-id">{c.criterionId}</span> {c.prompt && localize(c.prompt, locale)}
                    </>
                  ) : (
                    t("indicators")
                  )}
                </td>
                <td data-label={t("changeColumns.field")}>{t(`fields.${c.field}`)}</td>
                <td data-label={t("changeColumns.before")}>{show(c, "before")}</td>
                <td data-label={t("changeColumns.after")}>{show(c, "after")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
