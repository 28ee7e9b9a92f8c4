import before1 from "./data/before.v1.json";
import partner1 from "./data/partner.v1.json";
import during1 from "./data/during.v1.json";
import after1 from "./data/after.v1.json";
// Version 2: the same criteria, written in English and Chinese.
import before2 from "./data/before.v2.json";
import partner2 from "./data/partner.v2.json";
import during2 from "./data/during.v2.json";
import after2 from "./data/after.v2.json";
import sourcesJson from "./data/sources.json";
import {
  checklistDefinitionSchema,
  sourceDocumentSchema,
  type ChecklistDefinition,
  type ChecklistKind,
  type SourceDocument,
} from "./definition-schema";

/**
 * Every published checklist version stays here for good: a submitted assessment is read
 * against the version it was answered on. Publish a change as a new file and a new entry.
 */
const files: Record<ChecklistKind, unknown[]> = {
  before: [before1, before2],
  partner: [partner1, partner2],
  during: [during1, during2],
  after: [after1, after2],
};

const registry = new Map<string, ChecklistDefinition>();
for (const [kind, versions] of Object.entries(files)) {
  for (const raw of versions) {
    const parsed = checklistDefinitionSchema.parse(raw);
    if (parsed.id !== kind) throw new Error(`Checklist file for ${kind} declares id ${parsed.id}`);
    registry.set(`${parsed.id}@${parsed.version}`, parsed);
  }
}

export const sourceDocuments: readonly SourceDocument[] = sourceDocumentSchema.array().parse(sourcesJson);

export function getChecklist(kind: ChecklistKind, version: number): ChecklistDefinition {
  const checklist = registry.get(`${kind}@${version}`);
  if (!checklist) throw new Error(`Checklist ${kind} version ${version} is not published`);
  return checklist;
}

export function latestChecklist(kind: ChecklistKind): ChecklistDefinition {
  const versions = [...registry.values()].filter((c) => c.id === kind).map((c) => c.version);
  return getChecklist(kind, Math.max(...versions));
}

export function allChecklists(): ChecklistDefinition[] {
  return [...registry.values()];
}

