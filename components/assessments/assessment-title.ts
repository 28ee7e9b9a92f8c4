import type { AssessmentFacts } from "@/lib/domain/facts";
import type { Translate } from "@/lib/i18n/message-ref";

/**
 * What an assessment is called, in the reader's language: its checklist, or for partner due
 * diligence the partner too. `t` is a root translator (getTranslations() / useTranslations()).
 */
export function assessmentHeading(facts: Pick<AssessmentFacts, "kind" | "partner">, t: Translate): string {
  return facts.kind === "partner" && facts.partner ? t("assessment.partnerTitle", { name: facts.partner.name }) : t(`checklists.${facts.kind}`);
}
