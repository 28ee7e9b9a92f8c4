import type * as z from "@/lib/validation/zod";
import { msg, readRef } from "@/lib/i18n/message-ref";

const listed = (values: readonly unknown[]) => values.map((v) => JSON.stringify(v) ?? String(v)).join(", ");

/**
 * What is wrong with one field of an imported file, as a message reference. The format's own
 * rules already carry references (importErrors.*); zod's built-in checks say it in English only,
 * so they are named here from the issue's code and numbers.
 */
export function issueProblem(issue: z.core.$ZodIssue): string {
  if (readRef(issue.message)) return issue.message;
  switch (issue.code) {
    case "invalid_type":
      return msg("importErrors.zod.invalidType", { expected: issue.expected });
    case "too_big":
      return msg("importErrors.zod.tooBig", { origin: issue.origin, maximum: Number(issue.maximum) });
    case "too_small":
      return msg("importErrors.zod.tooSmall", { origin: issue.origin, minimum: Number(issue.minimum) });
    case "invalid_value":
      return msg("importErrors.zod.invalidValue", { values: listed(issue.values) });
    case "invalid_format":
      return msg("importErrors.zod.invalidFormat", { format: issue.format });
    case "unrecognized_keys":
      return msg("importErrors.zod.unrecognizedKeys", { count: issue.keys.length, keys: listed(issue.keys) });
    case "custom":
      // A rule shared with the forms, in its own words.
      return issue.message;
    default:
      return msg("importErrors.zod.invalid");
  }
}
