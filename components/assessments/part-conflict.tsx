"use client";

import { useLocale, useTranslations } from "next-intl";
import type { ChecklistItem } from "@/lib/checklists/definition-schema";
import { formatTime } from "@/lib/i18n/format";
import { answerValues, type AnswerValue } from "@/lib/scoring/config";
import { riskStatuses, type RiskStatus } from "@/lib/scoring/score-risks";
import type { Conflict } from "./use-section-sync";

const isAnswerValue = (v: unknown): v is AnswerValue => (answerValues as readonly unknown[]).includes(v);
const isRiskStatus = (v: unknown): v is RiskStatus => (riskStatuses as readonly unknown[]).includes(v);

/** What the other person's answer is, in words: an answer, a rated risk, or the indicator count. */
function useDescribe() {
  const t = useTranslations("conflict");
  const tAnswers = useTranslations("answers");
  const tStatus = useTranslations("riskStatuses");
  return (conflict: Conflict): string => {
    const v = (conflict.current ?? {}) as Record<string, unknown>;
    if (Array.isArray(conflict.current)) return t("indicators", { count: conflict.current.length });
    if ("likelihood" in v) {
      const status = isRiskStatus(v.status) ? tStatus(v.status) : String(v.status ?? "");
      return v.likelihood && v.impact ? t("rated", { likelihood: String(v.likelihood), impact: String(v.impact), status }) : t("notRated", { status });
    }
    return isAnswerValue(v.value) ? tAnswers(v.value) : t("noAnswer");
  };
}

/**
 * Beside an item someone else changed since this editor loaded it: who, to what and when, and the
 * choice. Nothing is written over their answer until the editor picks one.
 */
export function PartConflict({ conflict, item, onChoose }: { conflict: Conflict; item: ChecklistItem | null; onChoose: (choice: "mine" | "theirs") => void }) {
  const t = useTranslations("conflict");
  const locale = useLocale();
  const describe = useDescribe();
  return (
    <div className="notice conflict" role="alert" data-testid="conflict" data-key={conflict.key}>
      <p style={{ margin: "0 0 0.5rem" }}>
        {item ? t("itemPrefix", { id: item.id }) : null}
        {t.rich("changed", {
          name: conflict.by ?? t("someone"),
          value: describe(conflict),
          time: conflict.at ? formatTime(conflict.at, locale) : "none",
          b: (chunks) => <strong>{chunks}</strong>,
        })}
      </p>
      <div className="actions-row">
        <button type="button" className="button secondary" onClick={() => onChoose("theirs")}>
          {t("keepTheirs")}
        </button>
        <button type="button" className="button" onClick={() => onChoose("mine")}>
          {t("useMine")}
        </button>
      </div>
    </div>
  );
}
