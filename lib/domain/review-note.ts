import type { Rating } from "@/lib/scoring/config";

export const reviewNoteKinds = ["return", "comment", "third_party"] as const;
export type ReviewNoteKind = (typeof reviewNoteKinds)[number];

/** What a reviewer wrote on a version: the shape db/ returns and the review components show. */
export type ReviewNote = {
  id: string;
  organizationId: string;
  assessmentId: string;
  /** Null when the note is on the whole assessment, not on one item. */
  criterionId: string | null;
  kind: ReviewNoteKind;
  rating: Rating | null;
  body: string;
  authorId: string;
  authorName: string;
  authorRole: string;
  createdAt: Date;
};
