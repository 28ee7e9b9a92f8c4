import { worstRating, type Rating } from "./config";

export type RedFlag = {
  /** Which assessment raised it, e.g. "Before" or "Partner due diligence: Lao Learning Association". */
  part: string;
  criterionId: string | null;
  text: string;
};

export type RatedPart = { label: string; rating: Rating | null; redFlags: RedFlag[] };

export type ProjectRating = {
  /** The worst of the phase and partner ratings; null while nothing is rated. */
  rating: Rating | null;
  redFlags: RedFlag[];
  /** Which part set the overall rating (the first at the worst level). */
  drivenBy: string | null;
};

/**
 * A missing mandatory assessment is treated like its critical items answered "unknown":
 * a red flag that lifts the project to High.
 */
export function rateProject(parts: ReadonlyArray<RatedPart>, missingMandatory: ReadonlyArray<RedFlag>): ProjectRating {
  const all: RatedPart[] = [...parts];
  if (missingMandatory.length > 0) {
    all.push({ label: "Mandatory partner due diligence", rating: "High", redFlags: [...missingMandatory] });
  }
  const rating = worstRating(all.map((p) => p.rating));
  return {
    rating,
    redFlags: all.flatMap((p) => p.redFlags),
    drivenBy: rating === null ? null : (all.find((p) => p.rating === rating)?.label ?? null),
  };
}
