// Option parsers shared by the commands: each turns bad input into a clear usage error.
import { InvalidArgumentError } from "commander";

export function parsePublished(value: string): string {
  if (
    !/^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(value) ||
    Number.isNaN(new Date(value).getTime())
  ) {
    throw new InvalidArgumentError(`"${value}" is not a date: use YYYY-MM-DD or an ISO 8601 date-time`);
  }
  return value;
}

/** A BCP 47 language tag as --lang takes it ("en", "en-GB", "ar"). */
export function parseLanguage(value: string): string {
  if (!/^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i.test(value))
    throw new InvalidArgumentError(`"${value}" is not a language tag: use a code like en or en-GB`);
  return value;
}

export function parseChoice<T extends string>(choices: readonly T[]) {
  return (value: string): T => {
    if (!choices.includes(value as T)) throw new InvalidArgumentError(`"${value}" is not one of ${choices.join(", ")}`);
    return value as T;
  };
}

export function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new InvalidArgumentError(`"${value}" is not a port number (0-65535)`);
  return port;
}
