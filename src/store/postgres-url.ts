// Told apart without loading the pg driver: a postgres:// or postgresql:// URL, else a SQLite file path.
export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

/** A connection string in a message never shows its password. */
export function redactPassword(url: string): string {
  return url.replace(/(\/\/[^:/@]+:)[^@]*@/, "$1***@");
}
