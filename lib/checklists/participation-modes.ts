import type { ParticipationModeId } from "./definition-schema";

export type ParticipationMode = {
  id: ParticipationModeId;
  label: string;
  description: string;
  /** Share of surveyed organisations supporting this mode (source 000 §III.B). */
  surveySupport: number;
  /** Territorial partnership relies on one long-term local partner, so its due diligence is mandatory. */
  partnerDueDiligenceRequired: boolean;
};

export const participationModes: readonly ParticipationMode[] = [
  {
    id: "territorial",
    label: "Territorial partnership",
    description: "Work through a long-term partner based in the host country.",
    surveySupport: 91.3,
    partnerDueDiligenceRequired: true,
  },
  {
    id: "subsidised",
    label: "Private-run, government-subsidised",
    description: "The organisation runs the project with a government subsidy.",
    surveySupport: 89.9,
    partnerDueDiligenceRequired: false,
  },
  {
    id: "enterprise",
    label: "Social organisation–enterprise cooperation",
    description: "The project is run together with a company.",
    surveySupport: 87.1,
    partnerDueDiligenceRequired: false,
  },
  {
    id: "borrowing",
    label: "Through an experienced international organisation",
    description: "“Borrowing a boat to go to sea”: join the work of an established international organisation.",
    surveySupport: 86.3,
    partnerDueDiligenceRequired: false,
  },
];

export function participationModeById(id: ParticipationModeId): ParticipationMode {
  const mode = participationModes.find((m) => m.id === id);
  if (!mode) throw new Error(`Unknown participation mode ${id}`);
  return mode;
}
