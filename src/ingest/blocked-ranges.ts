// Address ranges a fetch must never reach unless the user allows private addresses: everything in the IANA
// IPv4 and IPv6 Special-Purpose Address Registries (RFC 6890) that is not globally reachable, plus multicast.
// Source: https://www.iana.org/assignments/iana-ipv4-special-registry and iana-ipv6-special-registry.
// Kept as data so a range is added in one line, each with the name a skipped document reports.

export type AddressCategory =
  | "unspecified"
  | "loopback"
  | "private"
  | "cgnat"
  | "link-local"
  | "unique-local"
  | "site-local"
  | "multicast"
  | "documentation"
  | "reserved";

export type BlockedRange = { network: string; prefix: number; category: AddressCategory };

export const BLOCKED_IPV4: readonly BlockedRange[] = [
  { network: "0.0.0.0", prefix: 8, category: "unspecified" }, // RFC 1122 "this network"; 0.0.0.0 reaches localhost on Linux
  { network: "10.0.0.0", prefix: 8, category: "private" }, // RFC 1918
  { network: "100.64.0.0", prefix: 10, category: "cgnat" }, // RFC 6598 shared address space
  { network: "127.0.0.0", prefix: 8, category: "loopback" }, // RFC 1122
  { network: "169.254.0.0", prefix: 16, category: "link-local" }, // RFC 3927; cloud metadata lives at 169.254.169.254
  { network: "172.16.0.0", prefix: 12, category: "private" }, // RFC 1918
  { network: "192.0.0.0", prefix: 24, category: "reserved" }, // RFC 6890 IETF protocol assignments
  { network: "192.0.2.0", prefix: 24, category: "documentation" }, // RFC 5737 TEST-NET-1
  { network: "192.88.99.0", prefix: 24, category: "reserved" }, // RFC 7526 deprecated 6to4 relay anycast
  { network: "192.168.0.0", prefix: 16, category: "private" }, // RFC 1918
  { network: "198.18.0.0", prefix: 15, category: "reserved" }, // RFC 2544 benchmarking
  { network: "198.51.100.0", prefix: 24, category: "documentation" }, // RFC 5737 TEST-NET-2
  { network: "203.0.113.0", prefix: 24, category: "documentation" }, // RFC 5737 TEST-NET-3
  { network: "224.0.0.0", prefix: 4, category: "multicast" }, // RFC 5771
  { network: "240.0.0.0", prefix: 4, category: "reserved" }, // RFC 1112 future use, incl. 255.255.255.255 broadcast
];

export const BLOCKED_IPV6: readonly BlockedRange[] = [
  { network: "::", prefix: 128, category: "unspecified" }, // RFC 4291
  { network: "::1", prefix: 128, category: "loopback" }, // RFC 4291
  { network: "100::", prefix: 64, category: "reserved" }, // RFC 6666 discard-only
  { network: "2001::", prefix: 32, category: "reserved" }, // RFC 4380 Teredo: hides an IPv4 address we cannot check
  { network: "2001:db8::", prefix: 32, category: "documentation" }, // RFC 3849
  { network: "fc00::", prefix: 7, category: "unique-local" }, // RFC 4193
  { network: "fe80::", prefix: 10, category: "link-local" }, // RFC 4291
  { network: "fec0::", prefix: 10, category: "site-local" }, // RFC 3879 deprecated, still routed inside some networks
  { network: "ff00::", prefix: 8, category: "multicast" }, // RFC 4291
];
