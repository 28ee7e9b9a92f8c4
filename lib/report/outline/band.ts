import type { Rating } from "@/lib/scoring/config";
import type { Band } from "./blocks";
import { reportLabels } from "./labels";

/** The band a renderer colours by, with the name it prints. */
export function bandOf(rating: Rating | null): Band {
  return { rating, label: rating ? reportLabels.bands[rating] : reportLabels.notRated };
}
