import type { Actor } from "@/lib/domain/session-context";
import type { AccessRows } from "./access-fixtures";
import type { Refusal } from "./action-harness";
import type { DemoRows, OtherOrgRows } from "./fixtures";

/** The rows the malformed-input table of app/actions.test.ts acts on. */
export type Fx = { demo: DemoRows; other: OtherOrgRows; access: AccessRows };

/** as: the session that calls (the demo admin unless given), for actions only another role may call. */
export type Case = [label: string, args: (fx: Fx) => unknown[], expected: Refusal, as?: Actor];
export const invalid = (message: RegExp): Refusal => ({ via: "validationErrors", message });
export const server = (message: RegExp): Refusal => ({ via: "serverError", message });
export const notFound = (what: string) => server(new RegExp(`^${what} was not found\\. It may have been removed, or the link is wrong\\.$`));
const notObject = /expected object/;
export const long = "x".repeat(10_000);
export const nowhere = "00000000-0000-4000-8000-000000000000";

/** Input that is wrong in shape, for any action taking an object. */
export const shapeCases = (prefix: (fx: Fx) => unknown[] = () => [], as?: Actor): Case[] => [
  ["undefined input", (fx) => [...prefix(fx), undefined], invalid(notObject), as],
  ["null input", (fx) => [...prefix(fx), null], invalid(notObject), as],
  ["a string as input", (fx) => [...prefix(fx), "please do it"], invalid(notObject), as],
];

/** Ids that name no assessment of ours: each action must answer "not found". */
export function missingAssessment(input: (assessmentId: string, fx: Fx) => object, as?: Actor): Case[] {
  return [
    ["a non-uuid assessment id", (fx) => [input("a-1", fx)], notFound("The assessment"), as],
    ["an oversized assessment id", (fx) => [input(long, fx)], notFound("The assessment"), as],
    ["an assessment id that names nothing", (fx) => [input(nowhere, fx)], notFound("The assessment"), as],
    ["another organisation's assessment id", (fx) => [input(fx.access.other.submittedId, fx)], notFound("The assessment"), as],
  ];
}
