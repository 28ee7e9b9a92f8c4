import type { AssessmentStatus } from "@/lib/domain/facts";
import type { Rating } from "@/lib/scoring/config";
import type { RiskStatus } from "@/lib/scoring/score-risks";

/**
 * @deprecated The report's words now live in the messages files (namespace "report"; the outline
 * reads them through `wordsFor(locale)`). Nothing in the report or the PDF reads this any more;
 * it stays only until `components/review/sign-off.tsx` (through `signOffStatusLabels`) moves off
 * it, then it can go.
 */
export const reportLabels = {
  bands: { Low: "Low", Moderate: "Moderate", Significant: "Significant", High: "High" } satisfies Record<Rating, string>,
  notRated: "Not rated",
  /** The long status words: they say what happens next (the drafts of the HTML and PDF differed; these won). */
  status: {
    draft: "Draft",
    submitted: "Submitted, awaiting review",
    approved: "Approved",
    returned: "Returned with comments",
  } satisfies Record<AssessmentStatus, string>,
  /** The short ones, for tables and cards where a row has little room. */
  shortStatus: { draft: "Draft", submitted: "Submitted", approved: "Approved", returned: "Returned" } satisfies Record<AssessmentStatus, string>,
  statusWithVersion: (status: string, version: number) => `${status} · version ${version}`,
  statusWithShortVersion: (status: string, version: number) => `${status} · v${version}`,
  checklistVersion: (title: string, version: number) => `${title}, version ${version}`,
  version: (version: number) => `version ${version}`,
  riskStatus: { open: "open", mitigating: "being mitigated", closed: "closed" } satisfies Record<RiskStatus, string>,
  none: "—",
  notStarted: "Not started",

  summary: {
    title: "Summary",
    draftNotice: (lastSaved: string) =>
      `This is a draft (last saved ${lastSaved}): the figures change as answers are added. Unanswered items count as unknown.`,
    rating: "Rating",
    overallRating: "Overall rating",
    setBy: (part: string) => `set by ${part}`,
    registerScore: "Highest open risk band",
    checklistScore: "Risk score (0–100)",
    flagsAndGaps: "Red flags · information gaps",
    redFlags: "Red flags",
    gaps: "Information gaps",
    status: "Status",
    progress: (answered: number, total: number) => `answered ${answered} of ${total}`,
  },
  stages: {
    title: "Stages and partners",
    columns: { assessment: "Assessment", status: "Status", score: "Score", rating: "Rating", flagsAndGaps: "Red flags · gaps" },
    registerScore: "highest open risk",
  },
  chart: {
    sectionScores: "Section scores",
    stageScores: "Scores by stage",
    checklistUnit: "risk score (0–100)",
    registerUnit: "highest open risk (likelihood × impact)",
    stageUnit: "risk score (0–100); the risk register is rated by its highest open risk instead",
    description: (unit: string) => `Section scores chart, ${unit}`,
    caption: (unit: string) => `Scale: ${unit}. Longer bars mean more risk.`,
    notRated: "not rated",
  },
  redFlags: { title: "Red flags", empty: "No red flags: no critical item is not met or unknown." },
  heatMap: {
    title: "Heat map of open risks",
    description: "Heat map of open risks: likelihood by impact",
    likelihood: "Likelihood",
    impact: "Impact",
    legend:
      "Each cell counts the open risks rated at that likelihood and impact. Cells are shaded by the band of likelihood × impact: green Low, yellow Moderate, orange Significant, red High.",
    cell: (likelihood: number, impact: number, count: number) => `Likelihood ${likelihood}, impact ${impact}: ${count} open risk(s)`,
    cellDetail: (likelihood: number, impact: number, score: number, band: string, count: number) =>
      `Likelihood ${likelihood} × impact ${impact} = ${score} (${band}): ${count} open risk(s)`,
  },
  topRisks: {
    title: "Top risks and mitigations",
    empty: "No open risk is rated yet.",
    columns: { risk: "Risk", score: "Score", mitigation: "Mitigation", ownerDue: "Owner · due" },
    priority: "Priority",
    priorityUnmitigated: "Priority: no mitigation yet",
    noMitigation: "None",
  },
  gaps: {
    title: "Information gaps",
    empty: "No information gaps.",
    columns: { criterion: "Criterion", reason: "Why it is a gap" },
    unanswered: "Not answered yet",
    unknown: "Answered “unknown”",
    unrated: "Likelihood or impact not rated",
  },
  notAnswered: "Not answered",
  indicators: {
    title: "Indicators",
    empty: "No indicators recorded.",
    columns: { indicator: "Indicator", target: "Target", actual: "Actual", reached: "Reached" },
  },
  method: { assessment: "How this score was computed", project: "How this rating was computed" },
  criteria: {
    title: "All criteria",
    columns: { criterion: "Criterion", answer: "Answer", points: "Weight × points", source: "Source" },
    critical: "Critical",
    notes: (notes: string) => `Notes: ${notes}`,
    evidence: (evidence: string) => `Evidence: ${evidence}`,
    redFlag: "Red flag",
    leftOut: "left out",
  },
  sources: {
    title: "Sources",
    projectIntro: "The papers each criterion in this report is drawn from.",
    criteria: (list: string) => `Criteria: ${list}`,
  },
  signOff: {
    title: "Sign-off",
    status: "Status",
    submittedBy: "Submitted by",
    approvedBy: "Approved by",
    returnedBy: "Returned by",
    checklist: "Checklist",
    columns: { assessment: "Assessment", status: "Status", submitted: "Submitted", reviewed: "Approved / returned", checklist: "Checklist" },
  },
  cover: {
    assessmentKind: "Assessment report",
    projectKind: "Project risk report",
    projectReport: "Project report",
    organisation: "Organisation",
    project: "Project",
    country: "Country",
    sector: "Sector",
    mode: "Participation mode",
    budget: "Budget",
    period: "Period",
    periodValue: (start: string, end: string) => `${start} to ${end}`,
    partners: "Partners",
    noPartners: "None recorded",
    status: "Status",
    checklist: "Checklist",
    ratingSetBy: "Rating set by",
    reportDate: "Report date",
  },
} as const;
