// Every table of the app; drizzle-kit reads this file to generate migrations.
export * from "./tables/auth";
export * from "./tables/core";
export * from "./tables/review";
export * from "./tables/sign-in-limits";
export * from "./tables/files";
