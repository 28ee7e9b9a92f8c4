import type { ChecklistKind, ParticipationModeId } from "@/lib/checklists/definition-schema";
import type { AnswerValue } from "@/lib/scoring/config";
import type { RiskStatus } from "@/lib/scoring/score-risks";

/** A realistic sample for the demo organisation, so the first screen is never empty. */
export type SeedAssessment = {
  kind: ChecklistKind;
  partner?: string;
  status: "draft" | "submitted" | "approved";
  /** Answers not listed take `rest` (or stay unanswered when rest is null). */
  answers?: Record<string, AnswerValue>;
  rest?: AnswerValue | null;
  notes?: Record<string, string>;
  /** A risk marked not applicable has no rating (l, i) and says why in its notes. */
  risks?: Record<string, { l?: number; i?: number; status?: RiskStatus; notes?: string; mitigation?: string; owner?: string; due?: string }>;
  /** The organisation's own risks (D.OWN.1, 2, … in order), rated under `risks` like the framework's. */
  ownRisks?: Array<{ sectionId: string; title: string; description: string }>;
  indicators?: Array<{ name: string; unit: string; target: number; actual: number | null }>;
  /** Evidence files by item: a small demo PDF under each name. */
  files?: Record<string, string>;
};

export type SeedProject = {
  name: string;
  summary: string;
  hostCountry: string;
  sector: string;
  participationMode: ParticipationModeId;
  budget: string;
  currency: string;
  startDate: string;
  endDate: string;
  partners: Array<{ name: string; country: string }>;
  assessments: SeedAssessment[];
};

export const demoProjects: SeedProject[] = [
  {
    name: "Village schools reading programme",
    summary: "Reading corners, teacher coaching and mother-tongue books for 40 primary schools in Luang Prabang province.",
    hostCountry: "LA",
    sector: "Education",
    participationMode: "territorial",
    budget: "240000",
    currency: "USD",
    startDate: "2026-03-01",
    endDate: "2028-02-29",
    partners: [{ name: "Lao Community Learning Association", country: "LA" }],
    assessments: [
      {
        kind: "before",
        status: "approved",
        rest: "met",
        answers: { "B.FUND.2": "partly_met", "B.FUND.3": "partly_met", "B.COMM.1": "not_met", "B.STAKE.1": "partly_met", "B.STRAT.2": "unknown" },
        notes: {
          "B.COMM.1": "No agreed line yet on who speaks to the press about the province's school closures.",
          "B.STRAT.2": "Still waiting for the education office's list of other literacy projects.",
        },
      },
      {
        kind: "partner",
        partner: "Lao Community Learning Association",
        status: "approved",
        rest: "met",
        answers: { "P.FIN.2": "partly_met", "P.GOV.1": "partly_met", "P.RISK.2": "unknown", "P.CAP.3": "partly_met" },
      },
      {
        kind: "during",
        status: "draft",
        risks: {
          "D.PART.1": { l: 2, i: 4, mitigation: "Quarterly coaching visits by our education adviser.", owner: "Programme manager", due: "2026-10-31" },
          "D.FUND.2": { l: 4, i: 4, mitigation: "Transfer two quarters at once and keep a local buffer account.", owner: "Finance officer", due: "2026-11-30" },
          "D.DELIV.1": { l: 3, i: 3, status: "mitigating", mitigation: "Re-plan book printing with a second printer.", owner: "Project officer", due: "2027-01-31" },
          "D.STAFF.2": { l: 3, i: 2 },
          "D.SEC.1": { l: 1, i: 5, mitigation: "Travel only by day; check in by phone.", owner: "Country lead" },
          "D.EXT.1": { l: 2, i: 3, status: "closed" },
          "D.STAFF.4": { status: "not_applicable", notes: "The programme has no volunteers: all coaching is done by paid staff." },
          "D.OWN.1": { l: 3, i: 4, mitigation: "Deliver the next book order before the rains and store it at the district office.", owner: "Logistics officer", due: "2027-05-31" },
        },
        ownRisks: [
          {
            sectionId: "delivery",
            title: "Rainy-season road closures cut off the upland schools",
            description: "From June to September the road to eleven upland schools is often closed for days, so book deliveries and coaching visits slip.",
          },
        ],
        indicators: [
          { name: "Schools with a working reading corner", unit: "schools", target: 40, actual: 26 },
          { name: "Teachers coached", unit: "teachers", target: 120, actual: 95 },
        ],
      },
    ],
  },
  {
    name: "Flood recovery livelihoods",
    summary: "Cash-for-work and seed kits with a local agribusiness after the 2026 monsoon floods in Sylhet.",
    hostCountry: "BD",
    sector: "Disaster relief",
    participationMode: "enterprise",
    budget: "180000",
    currency: "EUR",
    startDate: "2025-09-01",
    endDate: "2026-08-31",
    partners: [{ name: "Delta Green Agro Ltd", country: "BD" }],
    assessments: [
      {
        kind: "before",
        status: "submitted",
        rest: "partly_met",
        answers: { "B.CTX.2": "unknown", "B.LAW.1": "met", "B.FUND.1": "met", "B.MODE.ENT.1": "not_met" },
        notes: { "B.CTX.2": "The embassy advisory was not checked before the team travelled." },
        files: { "B.LAW.1": "legal-review-memo.pdf" },
      },
      {
        kind: "after",
        status: "approved",
        rest: "met",
        answers: { "A.STK.2": "partly_met", "A.EVAL.3": "not_met", "A.LEARN.1": "partly_met" },
        indicators: [
          { name: "Households receiving seed kits", unit: "households", target: 1500, actual: 1620 },
          { name: "Days of paid work created", unit: "days", target: 20000, actual: 14800 },
        ],
      },
    ],
  },
  {
    name: "Clean water for rural health posts",
    summary: "Water filters and hygiene training for 25 health posts, run with an established international NGO.",
    hostCountry: "NP",
    sector: "Health",
    participationMode: "borrowing",
    budget: "95000",
    currency: "EUR",
    startDate: "2027-01-15",
    endDate: "2027-12-15",
    partners: [],
    assessments: [
      {
        kind: "before",
        status: "draft",
        rest: null,
        answers: { "B.CTX.1": "met", "B.CTX.2": "met", "B.CTX.3": "not_applicable", "B.NEED.1": "met", "B.STRAT.1": "partly_met" },
        notes: { "B.CTX.3": "No armed conflict in the districts; disaster risk is covered under safety." },
      },
    ],
  },
];

/** The second demo organisation's one project. */
export const harbourProject: SeedProject = {
  name: "Cyclone shelters in Sittwe",
  summary: "Community shelters and early-warning drills with fishing villages.",
  hostCountry: "MM",
  sector: "Disaster relief",
  participationMode: "borrowing",
  budget: "310000",
  currency: "USD",
  startDate: "2026-06-01",
  endDate: "2027-05-31",
  partners: [],
  assessments: [{ kind: "before", status: "draft", rest: "met", answers: { "B.CTX.3": "not_met" } }],
};
