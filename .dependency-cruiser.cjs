// The layers of the app, checked by `npm run check:layers` (part of `npm test`).
// Read downward: app → components → lib (forms, report, scoring, domain …); app → db → lib.
// See CONTRIBUTING.md for what each folder owns.
const pure = "^lib/(domain|checklists|scoring|report|portfolio|forms|exports|projects|pdf)/";

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "components-not-db",
      comment: "Components render what pages and actions give them; they never read the database.",
      severity: "error",
      from: { path: "^components/" },
      to: { path: "^db/" },
    },
    {
      name: "db-not-ui",
      comment: "Queries sit below pages and components: db/ never imports app/ or components/.",
      severity: "error",
      from: { path: "^db/" },
      to: { path: "^(app|components)/" },
    },
    {
      name: "lib-not-ui",
      comment: "Nothing in lib/ imports components/ or app/.",
      severity: "error",
      from: { path: "^lib/" },
      to: { path: "^(app|components)/" },
    },
    {
      name: "pure-lib-not-db",
      comment: "Scoring, report outline, domain shapes, checklists, forms, exports and PDF documents are plain calculation: no database, no session.",
      severity: "error",
      from: { path: pure, pathNot: "\\.test\\.tsx?$" },
      to: { path: ["^db/", "^lib/session", "^lib/auth/(auth|guard)", "node_modules/(drizzle-orm|postgres|@electric-sql|better-auth)/"] },
    },
    {
      name: "scoring-and-report-not-ui",
      comment: "Scoring and the report outline are computed without any UI library; the HTML and the PDF render them.",
      severity: "error",
      from: { path: "^lib/(scoring|report|domain)/" },
      to: { path: ["node_modules/(react|react-dom|next|@react-pdf)/", "^lib/pdf/"] },
    },
    {
      name: "no-circular",
      comment: "Folders that import each other have no clear home for either.",
      severity: "error",
      from: { path: "^(app|components|db|lib)/" },
      // Type-only imports and lazy imports (the database opening its seed) are no load-time cycle.
      to: { circular: true, viaOnly: { dependencyTypesNot: ["type-only", "dynamic-import"] } },
    },
    {
      name: "db-not-session",
      comment: "Queries take the session's scope as a SessionContext (lib/domain); resolving it from the request is above them.",
      severity: "error",
      // The shared test harness drives actions as the browser would, so it may know the action client.
      from: { path: "^db/", pathNot: "^db/testing/" },
      to: { path: ["^lib/session\\.ts$", "^lib/actions/"] },
    },
    {
      name: "zod-through-one-module",
      comment: "Schemas import zod from lib/validation/zod.ts, which sets it up for the browser's Content-Security-Policy before any schema exists.",
      severity: "error",
      from: { path: "^(app|components|db|lib)/", pathNot: "^lib/validation/zod\\.ts$" },
      to: { path: "node_modules/zod/", dependencyTypesNot: ["type-only"] },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^(\\.next|\\.pdf-worker)/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { exportsFields: ["exports"], conditionNames: ["import", "require", "node", "default", "types"], extensions: [".ts", ".tsx", ".js", ".mjs", ".cjs", ".json"] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
