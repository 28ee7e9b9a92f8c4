import type { Rating } from "@/lib/scoring/config";

/**
 * The blocks a report is made of, in the order they are shown. The HTML page and the PDF render
 * these and decide nothing themselves: which blocks appear, their titles, every label and every
 * band are settled here, so the two cannot drift apart. Plain data only: the PDF's copy travels
 * to a worker thread.
 */
export type ReportBlock =
  | SummaryBlock
  | StagesBlock
  | ScoreChartBlock
  | RedFlagsBlock
  | HeatMapBlock
  | TopRisksBlock
  | GapsBlock
  | IndicatorsBlock
  | MethodBlock
  | CriteriaBlock
  | SourcesBlock
  | SignOffBlock
  | ProjectSignOffBlock;

export type BlockKind = ReportBlock["kind"];

/**
 * A rating and its name; `rating` picks the colour, `label` is what is printed. A provisional band
 * (a draft's) carries the word in its label ("High · provisional"), so a renderer that only prints
 * the label is still honest; `provisional` lets it draw the badge apart (outlined, striped).
 */
export type Band = { rating: Rating | null; label: string; provisional?: true };

export type Metric = {
  key: "rating" | "score" | "flags-and-gaps" | "red-flags" | "gaps" | "status";
  label: string;
  /** A band shows as a badge, a figure large, a text at reading size. */
  value: { show: "band"; band: Band } | { show: "figure"; text: string } | { show: "text"; text: string };
  notes: string[];
};

/** The figures a reader looks for first. Its title names the region; no heading is printed. */
export type SummaryBlock = { kind: "summary"; title: string; notice: string | null; metrics: Metric[] };

export type StageRow = {
  key: string;
  label: string;
  /** Its own report, to link to; null while not started. */
  assessmentId: string | null;
  status: string;
  score: string;
  /** null while not started. */
  band: Band | null;
  flagsAndGaps: string;
};
export type StagesBlock = {
  kind: "stages";
  title: string;
  columns: { assessment: string; status: string; score: string; rating: string; flagsAndGaps: string };
  rows: StageRow[];
  /** Shown in the rating column of a stage not started. */
  none: string;
};

export type ScoreBar = { label: string; value: number | null; valueLabel: string; band: Band };
/** Horizontal bars on a fixed scale: section scores of an assessment, or stage scores of a project. */
export type ScoreChartBlock = {
  kind: "section-scores";
  title: string;
  max: number;
  ticks: number[];
  bars: ScoreBar[];
  description: string;
  caption: string;
};

export type RedFlagsBlock = {
  kind: "red-flags";
  title: string;
  empty: string;
  /**
   * `part` names the assessment a flag comes from, where the report spans several; `from` is how
   * it is printed after the flag's text, brackets and spacing as the language writes them.
   */
  flags: Array<{ criterionId: string | null; text: string; part: string | null; from: string | null }>;
};

export type HeatCell = { likelihood: number; impact: number; score: number; band: Band; count: number; label: string; detail: string };
/** The 5×5 likelihood × impact matrix, highest likelihood first; each cell counts the open risks in it. */
export type HeatMapBlock = {
  kind: "heat-map";
  title: string;
  description: string;
  /** `upright`: the vertical likelihood label is written top to bottom, unrotated (Chinese), not turned on its side. */
  axes: { likelihood: string; impact: string; upright: boolean };
  impacts: number[];
  rows: Array<{ likelihood: number; cells: HeatCell[] }>;
  legend: string;
};

export type TopRiskRow = {
  id: string;
  prompt: string;
  priority: string | null;
  /** "added by the organisation" for an own risk. */
  origin: string | null;
  formula: string;
  score: string;
  band: Band;
  status: string;
  mitigation: { text: string; missing: boolean };
  ownerDue: string;
};
export type TopRisksBlock = {
  kind: "top-risks";
  title: string;
  empty: string;
  columns: { risk: string; score: string; mitigation: string; ownerDue: string };
  rows: TopRiskRow[];
};

export type GapsBlock = {
  kind: "gaps";
  title: string;
  empty: string;
  columns: { criterion: string; reason: string };
  gaps: Array<{ criterionId: string; prompt: string; reason: string }>;
};

export type IndicatorsBlock = {
  kind: "indicators";
  title: string;
  empty: string;
  columns: { indicator: string; target: string; actual: string; reached: string };
  rows: Array<{ name: string; target: string; actual: string; reached: string }>;
};

export type MethodBlock = { kind: "method"; title: string; lines: string[] };

/**
 * "Files: a.pdf (820 KB, 2 Dec 2026, Sofia Staff); …" in parts, so the page can make each name a
 * download link while the PDF prints the line as text (filesLineText).
 */
export type FilesLine = { label: string; separator: string; files: Array<{ fileId: string | null; name: string; details: string }> };

export type CriterionRow = {
  id: string;
  prompt: string;
  critical: string | null;
  notes: string | null;
  evidence: string | null;
  /** The item's evidence files: name, size, date and who added each. */
  files: FilesLine | null;
  /** A risk's mitigation, with its owner and due date (the register's rows only). */
  mitigation?: string | null;
  answer: string;
  redFlag: string | null;
  points: string;
  source: string;
};
export type CriteriaBlock = {
  kind: "criteria";
  title: string;
  columns: { criterion: string; answer: string; points: string; source: string };
  sections: Array<{ id: string; heading: string; band: Band; rows: CriterionRow[] }>;
};

export type SourcesBlock = {
  kind: "sources";
  title: string;
  intro: string | null;
  sources: Array<{ doc: string; ref: string; author: string; year: string; title: string; criteria: string }>;
};

/** Who submitted and who reviewed this version, on which checklist version. */
export type SignOffBlock = {
  kind: "sign-off";
  title: string;
  rows: Array<{ key: "status" | "submitted" | "reviewed" | "checklist"; label: string; value: string }>;
  signatures: Signatures;
};

/**
 * Where a printed copy is signed: per person their role, their name printed (null: left blank to
 * write in, as nobody holds that role yet), a line to sign and a line for the date.
 */
export type Signatures = {
  labels: { name: string; signature: string; date: string };
  people: Array<{ key: "submitter" | "reviewer" | "preparer" | "approver"; role: string; name: string | null }>;
};

/** A project's sign-off: one line per stage and partner. */
export type ProjectSignOffBlock = {
  kind: "project-sign-off";
  title: string;
  columns: { assessment: string; status: string; submitted: string; reviewed: string; checklist: string };
  rows: Array<{ key: string; assessment: string; status: string; submitted: string; reviewed: string; checklist: string }>;
  signatures: Signatures;
};

/** What a report is called on its first lines: the HTML page's heading, the PDF's first page after the cover. */
export type OutlineHeading = { title: string; subtitle: string };
