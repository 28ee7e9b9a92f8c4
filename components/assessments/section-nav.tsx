import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { SectionProgress } from "@/lib/forms/section-values";

/** The list of sections with their progress, and the overall progress bar. Titles come in the reader's language. */
export async function SectionNav({
  assessmentId,
  progress,
  currentSectionId,
}: {
  assessmentId: string;
  progress: SectionProgress[];
  currentSectionId: string | null;
}) {
  const t = await getTranslations("section");
  const done = progress.reduce((n, s) => n + s.done, 0);
  const total = progress.reduce((n, s) => n + s.total, 0);
  const percent = total ? Math.round((100 * done) / total) : 0;
  return (
    <nav className="section-nav card" aria-label={t("navLabel")}>
      <div className="small">
        <strong>{t("answeredPercent", { percent })}</strong> {t("answeredCount", { done, total })}
      </div>
      <div className="progress" role="progressbar" aria-valuenow={percent} aria-valuemin={0} aria-valuemax={100} aria-label={t("overallProgress")}>
        <span style={{ width: `${percent}%` }} />
      </div>
      <ol>
        {progress.map((s) => (
          <li key={s.sectionId}>
            <Link
              href={`/assessments/${assessmentId}/sections/${s.sectionId}`}
              aria-current={s.sectionId === currentSectionId ? "page" : undefined}
            >
              <span>{s.title}</span>
              <span className={`count${s.complete ? " done" : ""}`}>
                {s.complete ? "✓ " : ""}
                {s.done}/{s.total}
              </span>
            </Link>
          </li>
        ))}
        <li>
          <Link href={`/assessments/${assessmentId}/check`} aria-current={currentSectionId === null ? "page" : undefined}>
            <span>{t("checkAnswers")}</span>
          </Link>
        </li>
      </ol>
    </nav>
  );
}
