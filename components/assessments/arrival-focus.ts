"use client";

import { useEffect } from "react";

/**
 * After "Save and continue" the next page's heading takes focus, so keyboard and screen-reader
 * users start at the new section instead of at the top of the document. A flag in memory, set
 * just before the client-side navigation: a fresh page load (or a link from elsewhere) keeps the
 * browser's own focus.
 */
let arriving = false;

export function focusHeadingOnArrival() {
  arriving = true;
}

export function useArrivalFocus(headingId: string) {
  useEffect(() => {
    if (!arriving) return;
    arriving = false;
    const heading = document.getElementById(headingId);
    if (!heading) return;
    if (!heading.hasAttribute("tabindex")) heading.setAttribute("tabindex", "-1");
    heading.focus();
  }, [headingId]);
}
