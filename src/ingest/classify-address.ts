// Is an IP address one a fetch may connect to? IPv6 forms that carry an IPv4 address (mapped, compatible,
// NAT64, 6to4) are judged by the IPv4 address inside: "::ffff:127.0.0.1" is loopback however it is spelled.
import { BlockList, isIP } from "node:net";
import { type AddressCategory, BLOCKED_IPV4, BLOCKED_IPV6, type BlockedRange } from "./blocked-ranges.js";

/** The category that makes `address` off limits, "invalid" when it is not an IP address, or null when it is public. */
export function classifyAddress(address: string): AddressCategory | "invalid" | null {
  const ip = address.replace(/^\[|\]$/g, "").replace(/%.*$/, ""); // URL brackets and an IPv6 zone id ("fe80::1%eth0")
  const version = isIP(ip);
  if (version === 4) return findCategory(IPV4_LISTS, ip, "ipv4");
  if (version !== 6) return "invalid";
  const hextets = parseIpv6(ip);
  const embedded = findEmbeddedIpv4(hextets);
  if (embedded) return findCategory(IPV4_LISTS, embedded, "ipv4");
  return findCategory(IPV6_LISTS, ip, "ipv6");
}

type CategoryList = { category: AddressCategory; list: BlockList };

const IPV4_LISTS = buildLists(BLOCKED_IPV4, "ipv4");
const IPV6_LISTS = buildLists(BLOCKED_IPV6, "ipv6");

function buildLists(ranges: readonly BlockedRange[], type: "ipv4" | "ipv6"): CategoryList[] {
  return ranges.map((range) => {
    const list = new BlockList();
    list.addSubnet(range.network, range.prefix, type);
    return { category: range.category, list };
  });
}

function findCategory(lists: CategoryList[], ip: string, type: "ipv4" | "ipv6"): AddressCategory | null {
  return lists.find(({ list }) => list.check(ip, type))?.category ?? null;
}

/** The IPv4 address inside ::ffff:a.b.c.d, ::ffff:0:a.b.c.d, ::a.b.c.d, 64:ff9b::a.b.c.d (and 64:ff9b:1::/48) or 2002:AABB:CCDD::. */
function findEmbeddedIpv4(h: number[]): string | null {
  const lastTwo = (): string => toIpv4(h[6], h[7]);
  const zeroUpTo = (n: number) => h.slice(0, n).every((x) => x === 0);
  if (zeroUpTo(5) && h[5] === 0xffff) return lastTwo(); // IPv4-mapped
  if (zeroUpTo(4) && h[4] === 0xffff && h[5] === 0) return lastTwo(); // IPv4-translated (SIIT, RFC 6052 ::ffff:0:0/96)
  if (zeroUpTo(6) && (h[6] !== 0 || h[7] > 1)) return lastTwo(); // IPv4-compatible (deprecated); :: and ::1 excluded
  if (h[0] === 0x64 && h[1] === 0xff9b && (h.slice(2, 6).every((x) => x === 0) || h[2] === 1)) return lastTwo(); // NAT64
  if (h[0] === 0x2002) return toIpv4(h[1], h[2]); // 6to4
  return null;
}

function toIpv4(high: number, low: number): string {
  return [high >> 8, high & 0xff, low >> 8, low & 0xff].join(".");
}

/** A valid IPv6 literal (checked by isIP) -> its eight 16-bit groups, a trailing dotted quad included. */
function parseIpv6(ip: string): number[] {
  let text = ip.toLowerCase();
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = dotted.slice(1).map(Number);
    text = text.slice(0, dotted.index) + `${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.split("::");
  const groups = (part: string | undefined) => (part ? part.split(":").map((g) => parseInt(g, 16)) : []);
  const front = groups(head);
  const back = groups(tail);
  const zeros = tail === undefined ? [] : new Array(8 - front.length - back.length).fill(0);
  return [...front, ...zeros, ...back];
}
