import type { ParticipationMode } from "@/lib/checklists/participation-modes";
import type { RedFlag } from "./rate-project";

/** One partner of the project, as the report calls it, and whether its due diligence exists. */
export type PartnerDueDiligence = { name: string; part: string; started: boolean };

/**
 * A mode that works through a local partner (territorial partnership) makes that partner's due
 * diligence mandatory. Each one missing — or no partner at all — is a red flag, which
 * `rateProject` turns into a High rating, as a critical item answered "unknown" would be.
 */
export function missingMandatoryDueDiligence(
  mode: Pick<ParticipationMode, "label" | "partnerDueDiligenceRequired">,
  partners: ReadonlyArray<PartnerDueDiligence>,
): RedFlag[] {
  if (!mode.partnerDueDiligenceRequired) return [];
  if (partners.length === 0) {
    return [
      {
        part: "Partners",
        criterionId: null,
        text: `${mode.label} works through a local partner, but no partner is recorded for this project.`,
      },
    ];
  }
  return partners
    .filter((p) => !p.started)
    .map((p) => ({
      part: p.part,
      criterionId: null,
      text: `${mode.label} makes partner due diligence mandatory, and it has not been started for ${p.name}.`,
    }));
}
