// Told apart without loading the pg driver: a postgres:// or postgresql:// URL, else a SQLite file path.
export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

/** A connection string in a message never shows its password (a SQLite path is returned as it is). */
export function redactPassword(location: string): string {
  if (!isPostgresUrl(location)) return location;
  // Parsed, not matched: a regex over user:password@ backtracks quadratically on a long malformed string.
  const url = URL.parse(location);
  if (!url) return "postgres://(unreadable URL)";
  if (url.password) url.password = "***";
  return url.href;
}
