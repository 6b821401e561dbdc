import { clientKey, FailedCheckLimiter } from "../../../src/auth/FailedCheckLimiter";

describe("failed checks per client", () => {
  it("allow a budget of failures, then refuse until it refills", () => {
    let now = 0;
    const limiter = new FailedCheckLimiter(3, 60_000, () => now);
    for (let i = 0; i < 3; i++) {
      expect(limiter.retryAfterSeconds("10.0.0.1")).toBe(0);
      limiter.recordFailure("10.0.0.1");
    }
    expect(limiter.retryAfterSeconds("10.0.0.1")).toBe(20);
    expect(limiter.retryAfterSeconds("10.0.0.2")).toBe(0);
    now = 20_000;
    expect(limiter.retryAfterSeconds("10.0.0.1")).toBe(0);
  });

  it("count an IPv6 host by its /64, and an IPv4-mapped address as IPv4", () => {
    expect(clientKey("2001:db8:1:2:aaaa::1")).toBe(clientKey("2001:0db8:0001:0002:bbbb::9"));
    expect(clientKey("2001:db8:1:2::1")).not.toBe(clientKey("2001:db8:1:3::1"));
    expect(clientKey("::ffff:192.0.2.7")).toBe("192.0.2.7");
    expect(clientKey("::1")).toBe("0:0:0:0::/64");
    expect(clientKey(undefined)).toBe("unknown");
  });
});
