import { describe, expect, it } from "vitest";
import { resolveClientAddress, trustedProxies } from "./client-address";

describe("resolveClientAddress", () => {
  const none = trustedProxies("");
  const lb = trustedProxies("10.0.0.0/8, 127.0.0.1");

  it("believes the socket when no proxy is trusted: a forged X-Forwarded-For changes nothing", () => {
    expect(resolveClientAddress("203.0.113.7", "1.2.3.4", none)).toBe("203.0.113.7");
    expect(resolveClientAddress("::ffff:203.0.113.7", undefined, none)).toBe("203.0.113.7");
  });

  it("reads the chain from the right through trusted proxies only", () => {
    // The client wrote "1.2.3.4" itself; the load balancer appended the address it saw.
    expect(resolveClientAddress("10.0.0.5", "1.2.3.4, 198.51.100.9", lb)).toBe("198.51.100.9");
    expect(resolveClientAddress("10.0.0.5", "198.51.100.9, 10.0.0.4", lb)).toBe("198.51.100.9");
    expect(resolveClientAddress("127.0.0.1", ["198.51.100.9"], lb)).toBe("198.51.100.9");
  });

  it("stops at the last trustworthy hop when the chain is missing or malformed", () => {
    expect(resolveClientAddress("10.0.0.5", undefined, lb)).toBe("10.0.0.5");
    expect(resolveClientAddress("10.0.0.5", "not-an-ip, 10.0.0.4", lb)).toBe("10.0.0.4");
  });

  it("refuses a TRUSTED_PROXIES entry that is not an address", () => {
    expect(() => trustedProxies("10.0.0.0/8, proxy.example")).toThrow(/TRUSTED_PROXIES/);
  });
});
