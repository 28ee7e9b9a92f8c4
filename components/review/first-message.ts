export type Result = { serverError?: string; validationErrors?: { formErrors?: string[]; fieldErrors?: Record<string, string[] | undefined> } };

/** The one message to show for a failed action: the server's, or the first validation message. */
export function firstMessage(result: Result): string {
  if (result.serverError) return result.serverError;
  const v = result.validationErrors;
  const field = v?.fieldErrors ? Object.values(v.fieldErrors).find((m) => m?.length)?.[0] : undefined;
  return v?.formErrors?.[0] ?? field ?? "Please check what you entered.";
}
