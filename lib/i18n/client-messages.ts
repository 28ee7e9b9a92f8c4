import type { Messages } from "./messages/messages";

/**
 * The message namespaces client components read (useTranslations in the browser, and the
 * namespaces of messages that travel as data: zod issues and action errors). Only these are sent
 * with every page; the rest stay on the server. client-messages.test.ts follows the imports of
 * every client component and fails when one reads a namespace missing here.
 */
export const clientNamespaces = [
  "answers",
  "auth",
  "conflict",
  "errorPages",
  "errors",
  "evidence",
  "exports",
  "forms",
  "importErrors",
  "importPage",
  "invitation",
  "itemComments",
  "language",
  "markRest",
  "members",
  "modes",
  "offline",
  "ownRisks",
  "pdf",
  "projectForm",
  "projects",
  "ratings",
  "review",
  "riskStatuses",
  "roles",
  "saveStatus",
  "section",
  "sectors",
  "submit",
  "validation",
] as const satisfies readonly (keyof Messages)[];

export type ClientMessages = Pick<Messages, (typeof clientNamespaces)[number]>;

/** The part of a language's messages the browser needs. */
export function pickClientMessages(messages: Messages): ClientMessages {
  return Object.fromEntries(clientNamespaces.map((ns) => [ns, messages[ns]])) as ClientMessages;
}
