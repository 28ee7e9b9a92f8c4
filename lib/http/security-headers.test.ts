import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, newNonce, servedOverHttps, staticSecurityHeaders } from "./security-headers";

/** The policy as directive name → its sources. */
function parse(policy: string): Map<string, string[]> {
  return new Map(policy.split(";").map((d) => d.trim().split(/\s+/)).map(([name, ...sources]) => [name!, sources]));
}

const production = { nonce: "abc123==", development: false, https: true };

describe("contentSecurityPolicy", () => {
  it("lets scripts run only with this request's nonce, and what they load (strict-dynamic)", () => {
    const scripts = parse(contentSecurityPolicy(production)).get("script-src");
    expect(scripts).toEqual(["'self'", "'nonce-abc123=='", "'strict-dynamic'"]);
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).not.toContain("'unsafe-eval'");
  });

  it("allows eval only under next dev", () => {
    expect(parse(contentSecurityPolicy({ ...production, development: true })).get("script-src")).toContain("'unsafe-eval'");
  });

  it("forbids framing, plugins, other base URLs and posting forms elsewhere", () => {
    const policy = parse(contentSecurityPolicy(production));
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'self'"]);
    expect(policy.get("form-action")).toEqual(["'self'"]);
  });

  it("allows style attributes but style elements only from this origin or with the nonce", () => {
    const policy = parse(contentSecurityPolicy(production));
    expect(policy.get("style-src")).toEqual(["'self'", "'nonce-abc123=='"]);
    expect(policy.get("style-src-attr")).toEqual(["'unsafe-inline'"]);
  });

  it("keeps connections, workers, fonts and images on this origin (images also data: and blob:)", () => {
    const policy = parse(contentSecurityPolicy(production));
    expect(policy.get("default-src")).toEqual(["'self'"]);
    expect(policy.get("connect-src")).toEqual(["'self'"]);
    expect(policy.get("worker-src")).toEqual(["'self'"]);
    expect(policy.get("font-src")).toEqual(["'self'"]);
    expect(policy.get("img-src")).toEqual(["'self'", "data:", "blob:"]);
  });

  it("upgrades http addresses only when the app itself is on https (it would break a plain http server)", () => {
    expect(parse(contentSecurityPolicy(production)).has("upgrade-insecure-requests")).toBe(true);
    expect(parse(contentSecurityPolicy({ ...production, https: false })).has("upgrade-insecure-requests")).toBe(false);
  });
});

describe("newNonce", () => {
  it("is new each time and safe inside a CSP source", () => {
    const nonces = new Set(Array.from({ length: 50 }, newNonce));
    expect(nonces.size).toBe(50);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});

describe("servedOverHttps", () => {
  it("reads the scheme of the app's public URL", () => {
    expect(servedOverHttps("https://risk.example.org")).toBe(true);
    expect(servedOverHttps("HTTPS://risk.example.org")).toBe(true);
    expect(servedOverHttps("http://127.0.0.1:3000")).toBe(false);
    expect(servedOverHttps(undefined)).toBe(false);
  });
});

describe("staticSecurityHeaders", () => {
  it("sends nosniff, the referrer policy, no framing and no camera, microphone or location", () => {
    const headers = new Map(staticSecurityHeaders.map((h) => [h.key, h.value]));
    expect(headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(headers.get("Referrer-Policy")).toBe("strict-origin-when-cross-origin");
    expect(headers.get("X-Frame-Options")).toBe("DENY");
    for (const feature of ["camera", "microphone", "geolocation", "payment", "usb"]) {
      expect(headers.get("Permissions-Policy")).toContain(`${feature}=()`);
    }
  });
});
