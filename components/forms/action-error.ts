import { mapToHookFormErrors } from "@next-safe-action/adapter-react-hook-form";
import type { FieldErrors, FieldValues } from "react-hook-form";
import { collectErrors, type ErrorEntry } from "./error-summary";

/** A message key (lib/i18n/messages): callers show it with useMessageText, as every message here. */
export const NETWORK_ERROR = "errors.network";

/** A failed action's result, as useAction's `result` or its onError callback's `error` hold it. */
export type ActionFailure = { serverError?: string; validationErrors?: object };

/**
 * The field errors of an action's result (next-safe-action's "formatted" shape) as form paths and
 * messages, in form order: the adapter maps the shape as it does for useHookFormAction, and the
 * error summary's walk flattens it.
 */
export function fieldErrorsOf(validationErrors: object | undefined): ErrorEntry[] {
  const mapped = mapToHookFormErrors(validationErrors as Parameters<typeof mapToHookFormErrors>[0]);
  return mapped ? collectErrors(mapped as FieldErrors<FieldValues>) : [];
}

/**
 * The one line a button, or a small form without react-hook-form, shows when its action failed.
 * useHookFormAction puts field errors next to their fields; these controls have a single message
 * slot, and next-safe-action leaves choosing its line to us. The server answers every expected
 * failure with a message, so a failure with neither kind of message never reached it.
 *
 * The line is a message reference (a field's validation message, or the keys below) or the
 * server's own words, already in the reader's language: show it through useMessageText().
 */
export function actionErrorMessage(failure: ActionFailure): string {
  if (failure.serverError) return failure.serverError;
  if (failure.validationErrors) return fieldErrorsOf(failure.validationErrors)[0]?.message ?? "errors.checkInput";
  return NETWORK_ERROR;
}
