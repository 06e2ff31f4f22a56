/** An error whose message is Dutch, meant for the user, and safe to show. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = "UserError";
  }
}

/**
 * A foreign id answers exactly like a missing one, so nobody can probe which scans exist.
 */
export class NotFoundError extends UserError {
  constructor() {
    super("Deze scan bestaat niet of je hebt er geen toegang toe.");
    this.name = "NotFoundError";
  }
}

export class UnauthenticatedError extends UserError {
  constructor() {
    super("Je bent niet (meer) ingelogd. Log opnieuw in.");
    this.name = "UnauthenticatedError";
  }
}
