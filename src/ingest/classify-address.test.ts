import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { classifyAddress } from "./classify-address.js";

// [address, expected category or null for a public address]
const TABLE: [string, string | null][] = [
  ["127.0.0.1", "loopback"],
  ["127.255.255.254", "loopback"],
  ["10.0.0.5", "private"],
  ["172.16.0.1", "private"],
  ["172.31.255.255", "private"],
  ["192.168.1.1", "private"],
  ["169.254.169.254", "link-local"], // cloud metadata
  ["100.64.0.1", "cgnat"],
  ["100.127.255.255", "cgnat"],
  ["0.0.0.0", "unspecified"],
  ["224.0.0.1", "multicast"],
  ["255.255.255.255", "reserved"],
  ["192.0.2.10", "documentation"],
  ["::", "unspecified"],
  ["::1", "loopback"],
  ["[::1]", "loopback"], // as URL.hostname spells it
  ["fe80::1", "link-local"],
  ["fe80::1%eth0", "link-local"],
  ["fc00::1", "unique-local"],
  ["fd12:3456:789a::1", "unique-local"],
  ["ff02::1", "multicast"],
  ["2001:db8::1", "documentation"],
  ["::ffff:127.0.0.1", "loopback"], // IPv4-mapped, dotted
  ["::ffff:7f00:1", "loopback"], // IPv4-mapped, hex
  ["0:0:0:0:0:ffff:a9fe:a9fe", "link-local"], // mapped 169.254.169.254, uncompressed
  ["::ffff:10.1.2.3", "private"],
  ["::ffff:0:127.0.0.1", "loopback"], // IPv4-translated (SIIT), dotted
  ["::ffff:0:a00:1", "private"], // IPv4-translated 10.0.0.1, hex
  ["::10.1.2.3", "private"], // IPv4-compatible
  ["64:ff9b::c0a8:101", "private"], // NAT64 of 192.168.1.1
  ["2002:7f00:1::", "loopback"], // 6to4 of 127.0.0.1
  // public addresses
  ["8.8.8.8", null],
  ["1.1.1.1", null],
  ["172.32.0.1", null], // just past 172.16/12
  ["100.128.0.1", null], // just past 100.64/10
  ["2606:4700:4700::1111", null],
  ["2a00:1450:4001:82a::200e", null],
  ["::ffff:8.8.8.8", null], // a mapped public address is public
  ["64:ff9b::808:808", null], // NAT64 of 8.8.8.8
];

describe("classify-address", () => {
  for (const [address, expected] of TABLE) {
    it(`${address} is ${expected ?? "public"}`, () => {
      assert.equal(classifyAddress(address), expected);
    });
  }

  it("what is not an IP address is invalid, not public", () => {
    assert.equal(classifyAddress("example.org"), "invalid");
    assert.equal(classifyAddress("999.1.1.1"), "invalid");
    assert.equal(classifyAddress(""), "invalid");
  });
});
