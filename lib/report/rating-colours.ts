import type { Rating } from "@/lib/scoring/config";

/** One palette for the HTML report, the print stylesheet's charts and the PDF. */
export const ratingColours: Record<Rating, string> = {
  Low: "#2e7d32",
  Moderate: "#c99a00",
  Significant: "#d9631e",
  High: "#b3261e",
};

/** Lighter fills for heat-map cells, where a count is printed on top. */
export const ratingFills: Record<Rating, string> = {
  Low: "#cfe8d0",
  Moderate: "#f6e6a6",
  Significant: "#f7c3a3",
  High: "#f0a29c",
};

export const unratedColour = "#c5cad3";
