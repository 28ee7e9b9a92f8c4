/** Larger files are refused before they are parsed (a project with every version is far smaller). */
export const MAX_IMPORT_BYTES = 900_000;

/**
 * The largest request an import may send, for next.config.ts's server-action body limit. The file's
 * text travels as one JSON string inside the action's body, so every quote, backslash and line
 * break in it is escaped once more and takes two bytes: a file of quotes and line breaks doubles.
 * Nothing grows more: the form sends only text that parses as JSON, which holds no raw control
 * character other than tab, line feed and carriage return (those would take six), and text beyond
 * ASCII is sent as it is. Hence twice the file, plus room for the envelope (action id, field name).
 */
export const MAX_IMPORT_REQUEST_BYTES = 2 * MAX_IMPORT_BYTES + 64_000;
