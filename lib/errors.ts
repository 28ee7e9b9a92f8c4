/** An error whose message is meant for the user: shown as is. Anything else gets a generic message. */
export class UserFacingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UserFacingError";
  }
}

export class NotFoundError extends UserFacingError {
  constructor(what: string) {
    super(`${what} was not found. It may have been removed, or the link is wrong.`);
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
    super("This assessment has been submitted and can no longer be changed.");
    this.name = "AssessmentFrozenError";
  }
}

/** The user is signed in but their role may not do this (HTTP 403 in spirit). */
export class ForbiddenError extends UserFacingError {
  constructor(message = "Your role does not allow this. Ask a manager or an admin of your organisation.") {
    super(message);
    this.name = "ForbiddenError";
  }
}
