// One HTTP error type; the app maps it (and SitrepError) to a JSON response in one place.
export class HttpError extends Error {
  constructor(
    readonly status: 400 | 401 | 404 | 413 | 415 | 422 | 500 | 503,
    message: string,
  ) {
    super(message);
  }
}
