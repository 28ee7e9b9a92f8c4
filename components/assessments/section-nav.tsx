import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { SectionProgress } from "@/lib/forms/section-values";

type Props = { assessmentId: string; progress: SectionProgress[]; currentSectionId: string | null };

function SectionLinks({ assessmentId, progress, currentSectionId, checkAnswers }: Props & { checkAnswers: string }) {
  return (
    <ol>
      {progress.map((s) => (
        <li key={s.sectionId}>
          <Link href={`/assessments/${assessmentId}/sections/${s.sectionId}`} aria-current={s.sectionId === currentSectionId ? "page" : undefined}>
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
          <span>{checkAnswers}</span>
        </Link>
      </li>
    </ol>
  );
}

/**
 * The list of sections with their progress, and the overall progress bar. On a desktop it stands
 * beside the questions; on a phone it folds into one "Section 2 of 8" line above them, which opens
 * the list, so the first question is on the first screen. Only one of the two is ever displayed.
 */
export async function SectionNav(props: Props) {
  const t = await getTranslations("section");
  const { progress, currentSectionId } = props;
  const done = progress.reduce((n, s) => n + s.done, 0);
  const total = progress.reduce((n, s) => n + s.total, 0);
  const percent = total ? Math.round((100 * done) / total) : 0;
  const index = progress.findIndex((s) => s.sectionId === currentSectionId);
  const where = index >= 0 ? t("picker", { number: index + 1, total: progress.length }) : t("checkAnswers");
  const links = <SectionLinks {...props} checkAnswers={t("checkAnswers")} />;
  return (
    <nav className="section-nav card" aria-label={t("navLabel")}>
      <details className="section-picker" data-testid="section-picker">
        <summary>
          <strong>{where}</strong> <span className="muted small">{t("answeredPercent", { percent })}</span>
        </summary>
        {links}
      </details>
      <div className="section-list">
        <div className="small">
          <strong>{t("answeredPercent", { percent })}</strong> {t("answeredCount", { done, total })}
        </div>
        <div className="progress" role="progressbar" aria-valuenow={percent} aria-valuemin={0} aria-valuemax={100} aria-label={t("overallProgress")}>
          <span style={{ width: `${percent}%` }} />
        </div>
        {links}
      </div>
    </nav>
  );
}
