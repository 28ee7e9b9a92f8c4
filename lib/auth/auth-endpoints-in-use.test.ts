import { describe, expect, it } from "vitest";
import { authEndpointPath, isAuthEndpointInUse } from "./auth-endpoints-in-use";

describe("the Better Auth endpoints the app answers", () => {
  it("lets the sign-in form through, and nothing by another method", () => {
    expect(isAuthEndpointInUse("POST", "http://x/api/auth/sign-in/email")).toBe(true);
    expect(isAuthEndpointInUse("post", "http://x/api/auth/sign-in/email/?a=1")).toBe(true);
    expect(isAuthEndpointInUse("GET", "http://x/api/auth/sign-in/email")).toBe(false);
  });

  it("refuses the library's member directory and role changes", () => {
    expect(isAuthEndpointInUse("GET", "http://x/api/auth/organization/list-members")).toBe(false);
    expect(isAuthEndpointInUse("POST", "http://x/api/auth/organization/update-member-role")).toBe(false);
    expect(isAuthEndpointInUse("GET", "http://x/api/auth/reset-password/some-token")).toBe(false);
  });

  it("reads the path inside /api/auth however it is written", () => {
    expect(authEndpointPath("http://x/api/auth/sign-out//")).toBe("/sign-out");
    expect(authEndpointPath("http://x/api/auth")).toBe("/");
  });
});
