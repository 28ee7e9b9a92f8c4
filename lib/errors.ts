import { englishText } from "./i18n/translator";
import { msg, type MessageValues } from "./i18n/message-ref";

/**
 * An error meant for the user. It carries a message key (lib/i18n/messages) and its values: the
 * action's error handler answers in the reader's language. `message` is the English text, for
 * logs and tests. Anything that is not a UserFacingError gets the generic message.
 */
export class UserFacingError extends Error {
  /** The message reference (key and values) the reader's side translates. */
  readonly ref: string;
  constructor(key: string, values?: MessageValues) {
    const ref = msg(key, values);
    super(englishText(ref));
    this.ref = ref;
    this.name = "UserFacingError";
  }
}

/** What a "not found" names: keys under `things` in the messages files. */
export type ThingKey = `things.${string}`;

export class NotFoundError extends UserFacingError {
  constructor(what: ThingKey) {
    super("errors.notFound", { what });
    this.name = "NotFoundError";
  }
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Route ids come from the URL: anything that is not a uuid cannot name a row, so it is "not found". */
export function isUuid(value: unknown): value is string {
  return typeof value === "string" && uuidPattern.test(value);
}

/** A submitted assessment is frozen: every write path refuses it with this one message. */
export class AssessmentFrozenError extends UserFacingError {
  constructor() {
    super("errors.frozen");
    this.name = "AssessmentFrozenError";
  }
}

/** The user is signed in but their role may not do this (HTTP 403 in spirit). */
export class ForbiddenError extends UserFacingError {
  constructor(key = "errors.forbidden", values?: MessageValues) {
    super(key, values);
    this.name = "ForbiddenError";
  }
}
