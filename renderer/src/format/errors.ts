// Calls reject with an Error whose message is written for the user, so it is shown as it is.
export function errorMessage(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  return typeof error === 'string' && error ? error : 'Something went wrong.';
}
