import { describe, expect, it } from "vitest";
import { isOfflinePage } from "./offline-pages";

const assessment = "/assessments/0b9f4a52-3c1e-4d8a-9f5e-2a7b6c1d0e3f";
const project = "/projects/7d2c9e41-5b3a-4f6e-8a1d-0c9b8e7f6a5d";

describe("pages kept for offline use", () => {
  it.each([
    "/",
    "/projects",
    project,
    `${project}/report`,
    assessment,
    `${assessment}/check`,
    `${assessment}/report`,
    `${assessment}/sections/country-context`,
  ])("keeps %s", (path) => expect(isOfflinePage(path)).toBe(true));

  it.each([
    // Downloads: a file, not a page, and often large.
    `${assessment}/pdf`,
    `${assessment}/export`,
    `${project}/pdf`,
    `${project}/export`,
    "/projects/export",
    // Forms that only work online, and pages that are not about one's own work.
    "/projects/new",
    "/projects/import",
    `${project}/edit`,
    "/sign-in",
    "/sign-up",
    "/invitations/0b9f4a52-3c1e-4d8a-9f5e-2a7b6c1d0e3f",
    "/api/auth/get-session",
    "/settings/members",
    `${assessment}/sections/country-context/extra`,
  ])("never keeps %s", (path) => expect(isOfflinePage(path)).toBe(false));
});
