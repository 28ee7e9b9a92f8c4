import { z } from "zod";
import { storableText } from "./storable";

const email = z.email({ error: "Enter your email address, like name@example.org" }).trim().toLowerCase();

export const signInSchema = z.object({
  email,
  password: z.string().min(1, "Enter your password"),
});

export const signUpSchema = z.object({
  name: storableText(z.string(), "Your name").trim().min(1, "Enter your name").max(100, "The name is too long"),
  email,
  password: z.string().min(10, "Use at least 10 characters").max(128, "Use at most 128 characters"),
});

export const organizationSchema = z.object({
  name: storableText(z.string(), "The name").trim().min(2, "Enter the organisation's name").max(120, "The name is too long"),
});

/** A URL-safe slug from a name, with a short random suffix so two "Red Cross" never collide. */
export function slugFor(name: string) {
  const base = name
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 40);
  return `${base || "organisation"}-${Math.random().toString(36).slice(2, 7)}`;
}

/** Only same-site paths after sign-in: never an open redirect. */
export function safeNextPath(next: string | null | undefined) {
  return next && next.startsWith("/") && !next.startsWith("//") ? next : "/";
}
