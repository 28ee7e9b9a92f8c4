import { describe, expect, it } from "vitest";
import { participationModeById } from "@/lib/checklists/participation-modes";
import { missingMandatoryDueDiligence, type PartnerDueDiligence } from "./mandatory-due-diligence";

const territorial = participationModeById("territorial");
const lao: PartnerDueDiligence = { name: "Lao Learning Association", part: "Partner due diligence: Lao Learning Association", started: false };
const mekong: PartnerDueDiligence = { name: "Mekong Trust", part: "Partner due diligence: Mekong Trust", started: true };

describe("mandatory partner due diligence", () => {
  it("is a red flag, named after the partner, when a territorial project's partner has no due diligence", () => {
    expect(missingMandatoryDueDiligence(territorial, [lao, mekong])).toEqual([
      {
        part: "Partner due diligence: Lao Learning Association",
        criterionId: null,
        text: "Territorial partnership makes partner due diligence mandatory, and it has not been started for Lao Learning Association.",
      },
    ]);
  });

  it("is a red flag when a territorial project records no partner at all", () => {
    expect(missingMandatoryDueDiligence(territorial, [])).toEqual([
      {
        part: "Partners",
        criterionId: null,
        text: "Territorial partnership works through a local partner, but no partner is recorded for this project.",
      },
    ]);
  });

  it("raises nothing once every partner's due diligence exists", () => {
    expect(missingMandatoryDueDiligence(territorial, [mekong, { ...lao, started: true }])).toEqual([]);
  });

  it("is not required in the other modes, with or without partners", () => {
    for (const mode of ["enterprise", "subsidised", "borrowing"] as const) {
      expect(missingMandatoryDueDiligence(participationModeById(mode), [lao]), mode).toEqual([]);
      expect(missingMandatoryDueDiligence(participationModeById(mode), []), mode).toEqual([]);
    }
  });
});
