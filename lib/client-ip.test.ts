import { describe, expect, it } from "vitest";
import { clientAddress, trustedProxyHops } from "./client-ip";

describe("clientAddress (issue 14.3: a client must not choose its own address)", () => {
  it("uses the TCP peer when no proxy is trusted, whatever X-Forwarded-For says", () => {
    expect(clientAddress("203.0.113.9", "1.2.3.4", 0)).toBe("203.0.113.9");
    expect(clientAddress("203.0.113.9", null, 0)).toBe("203.0.113.9");
  });

  it("takes the entry the nearest trusted proxy wrote, never the left-most", () => {
    // client spoofs "6.6.6.6"; the load balancer appends the real client 198.51.100.7.
    expect(clientAddress("10.0.0.2", "6.6.6.6, 198.51.100.7", 1)).toBe("198.51.100.7");
    // two proxies: CDN appends the client, the balancer appends the CDN.
    expect(clientAddress("10.0.0.2", "6.6.6.6, 198.51.100.7, 192.0.2.50", 2)).toBe("198.51.100.7");
  });

  it("falls back to the peer when the chain is shorter than the trusted proxies", () => {
    expect(clientAddress("10.0.0.2", "", 1)).toBe("10.0.0.2");
    expect(clientAddress("10.0.0.2", "198.51.100.7", 2)).toBe("10.0.0.2");
  });

  it("reads TRUSTED_PROXY_HOPS as a small whole number, else trusts no proxy", () => {
    expect(trustedProxyHops({})).toBe(0);
    expect(trustedProxyHops({ TRUSTED_PROXY_HOPS: "1" })).toBe(1);
    for (const bad of ["-1", "1.5", "x", "99"]) expect(trustedProxyHops({ TRUSTED_PROXY_HOPS: bad })).toBe(0);
  });
});
