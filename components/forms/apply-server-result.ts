import type { FieldValues, Path, UseFormSetError } from "react-hook-form";

/** The shape next-safe-action returns (flattened validation errors). */
export type ServerResult<Data> = {
  data?: Data;
  serverError?: string;
  validationErrors?: { formErrors: string[]; fieldErrors: Partial<Record<string, string[]>> };
};

export const NETWORK_ERROR = "We could not reach the server. Check your connection and try again.";

/**
 * Puts the server's verdict on the form: field errors next to their fields, anything else
 * in the form-level message. Returns the data when the action succeeded.
 */
export function applyServerResult<Data, Values extends FieldValues>(
  result: ServerResult<Data> | undefined,
  setError: UseFormSetError<Values>,
  setFormError: (message: string) => void,
): Data | null {
  if (!result) {
    setFormError(NETWORK_ERROR);
    return null;
  }
  if (result.serverError) {
    setFormError(result.serverError);
    return null;
  }
  if (result.validationErrors) {
    const { formErrors, fieldErrors } = result.validationErrors;
    for (const [field, messages] of Object.entries(fieldErrors)) {
      if (messages?.[0]) setError(field as Path<Values>, { type: "server", message: messages[0] });
    }
    if (formErrors[0]) setFormError(formErrors[0]);
    return null;
  }
  return result.data ?? null;
}
