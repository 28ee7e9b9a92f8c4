/**
 * The sectors a project can be in. Stored as these English words (the database, export files and
 * import files keep them), shown through `sectors.<key>` messages in the reader's language.
 */
export const sectors = [
  "Education",
  "Health",
  "Poverty reduction",
  "Disaster relief",
  "Environment",
  "Water and sanitation",
  "Livelihoods",
  "Human rights",
  "Other",
] as const;

export type Sector = (typeof sectors)[number];

/** Each stored sector's message key under `sectors`. */
export const sectorKey = {
  Education: "education",
  Health: "health",
  "Poverty reduction": "povertyReduction",
  "Disaster relief": "disasterRelief",
  Environment: "environment",
  "Water and sanitation": "waterAndSanitation",
  Livelihoods: "livelihoods",
  "Human rights": "humanRights",
  Other: "other",
} as const satisfies Record<Sector, string>;

export type SectorKey = (typeof sectorKey)[Sector];

export function isSector(value: string): value is Sector {
  return (sectors as readonly string[]).includes(value);
}

/**
 * A stored sector in the reader's language. `t` reads the `sectors` namespace; a sector this
 * version does not know (an older import) is shown as it was stored rather than hidden.
 */
export function sectorLabel(sector: string, t: (key: SectorKey) => string): string {
  return isSector(sector) ? t(sectorKey[sector]) : sector;
}
