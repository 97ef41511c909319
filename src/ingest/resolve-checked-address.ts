// Host name -> the one address a fetch will connect to, after checking every address the name resolves to.
// Resolving once and connecting to the checked address leaves no gap for DNS rebinding (a second lookup that
// answers 127.0.0.1 after the first answered a public address).
import { lookup as dnsLookup } from "node:dns/promises";
import { isIP } from "node:net";
import { classifyAddress } from "./classify-address.js";

export type ResolvedAddress = { address: string; family: 4 | 6 };

export type LookupAll = (hostname: string) => Promise<ResolvedAddress[]>;

export type AddressPolicy = {
  /** Let private, loopback, link-local... addresses through (`--allow-private`: an intranet or a local test server). */
  allowPrivate?: boolean;
  /** Single addresses allowed although private, e.g. a test server on 127.0.0.1, while every other one stays refused. */
  allowedAddresses?: readonly string[];
  /** The resolver; tests inject one to play a DNS answer without a network. */
  lookup?: LookupAll;
};

export type AddressOutcome = { resolved: ResolvedAddress } | { blocked: string } | { failed: string };

export async function resolveCheckedAddress(hostname: string, policy: AddressPolicy): Promise<AddressOutcome> {
  const host = hostname.replace(/^\[|\]$/g, "");
  let addresses: ResolvedAddress[];
  const version = isIP(host);
  if (version) addresses = [{ address: host, family: version as 4 | 6 }];
  else {
    try {
      addresses = await (policy.lookup ?? lookupAll)(host);
    } catch (error) {
      return { failed: `cannot resolve ${host}: ${(error as Error).message}` };
    }
  }
  if (addresses.length === 0) return { failed: `${host} resolves to no address` };
  // Any refused address refuses the name: a name that answers both public and private addresses is a rebinding setup.
  for (const { address } of addresses) {
    const category = classifyAddress(address);
    if (category === "invalid") return { failed: `${host} resolves to "${address}", not an IP address` };
    if (category && !isAllowed(address, policy)) {
      return { blocked: `${host} resolves to ${address}, a ${category} address (use --allow-private to fetch it)` };
    }
  }
  return { resolved: addresses[0] };
}

function isAllowed(address: string, policy: AddressPolicy): boolean {
  return policy.allowPrivate === true || (policy.allowedAddresses ?? []).includes(address);
}

async function lookupAll(hostname: string): Promise<ResolvedAddress[]> {
  const answers = await dnsLookup(hostname, { all: true, verbatim: true });
  return answers.map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));
}
