/** A mistake in how the tool was called (exit code 2, one line on stderr). */
export class UsageError extends Error {}
