// One HTTP error type; the app maps it (and SitrepError) to a JSON response in one place.
// `code` is stable, for clients to branch on; the message is for people and may change.
export type HttpErrorCode =
  | "bad-json"
  | "bad-request"
  | "bad-filter"
  | "unauthorized"
  | "not-found"
  | "unknown-host"
  | "body-too-large"
  | "unsupported-media-type"
  | "no-usable-text"
  | "unsupported-language"
  | "fetch-failed"
  | "not-a-page"
  | "no-published-date"
  | "timeout"
  | "rate-limited"
  | "write-failed"
  | "stopping"
  | "busy"
  | "internal";

export class HttpError extends Error {
  constructor(
    readonly status: 400 | 401 | 404 | 413 | 415 | 421 | 422 | 429 | 500 | 503,
    readonly code: HttpErrorCode,
    message: string,
  ) {
    super(message);
  }
}
