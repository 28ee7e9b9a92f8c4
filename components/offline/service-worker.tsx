"use client";

import type { Serwist } from "@serwist/window";
import { usePathname } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { isOfflinePage } from "@/lib/offline/offline-pages";

const SW_URL = "/api/serwist/sw.js";

/**
 * Registers the service worker (app/sw.ts) in production builds only: in development it would
 * answer from a cache while files change under it. The worker's first install downloads every
 * build file, so it starts once the page has loaded and the browser is idle, not competing with
 * the page's own scripts on a slow link or a slow phone; its window library (@serwist/window) is
 * loaded then too, so it is not in the JavaScript every page starts with. Serwist never asks for a
 * copy on history writes here (Next rewrites history after every refresh and server action;
 * KeepOfflineCopies asks once per page) and never reloads when the connection returns (that would
 * throw away what is being typed).
 */
export function ServiceWorker() {
  const [serwist, setSerwist] = useState<Serwist | null>(null);
  useEffect(() => {
    if (process.env.NODE_ENV !== "production" || !("serviceWorker" in navigator)) return;
    let cancelled = false;
    let idle: number | undefined;
    const start = async () => {
      const { Serwist } = await import("@serwist/window");
      if (cancelled) return;
      const sw = new Serwist(SW_URL, { scope: "/", type: "module" });
      void sw.register();
      setSerwist(sw);
    };
    const whenLoaded = () => {
      const whenIdle = window.requestIdleCallback ?? ((fn: () => void) => window.setTimeout(fn, 1000));
      idle = whenIdle(() => void start(), { timeout: 5000 });
    };
    if (document.readyState === "complete") whenLoaded();
    else window.addEventListener("load", whenLoaded, { once: true });
    return () => {
      cancelled = true;
      window.removeEventListener("load", whenLoaded);
      if (idle !== undefined) (window.cancelIdleCallback ?? window.clearTimeout)(idle);
    };
  }, []);
  return <KeepOfflineCopies serwist={serwist} />;
}

/**
 * A page reached by client-side navigation arrives as an RSC payload, which cannot be reloaded
 * offline, so the worker is asked to fetch its HTML. The page left is fetched again as well: its
 * answers may have been saved since it was loaded. The first page needs a copy only when it was
 * loaded before the worker took over this tab (the first visit); otherwise the worker kept it.
 */
function KeepOfflineCopies({ serwist }: { serwist: Serwist | null }) {
  const pathname = usePathname();
  const shown = useRef<string | null>(null);
  useEffect(() => {
    // Until the worker's library has loaded nothing is shown yet, as far as copies go: the page
    // open then is the first page.
    if (!serwist) return;
    const left = shown.current;
    shown.current = pathname;
    if (!navigator.onLine || left === pathname) return;
    const arrived = left !== null || !navigator.serviceWorker.controller ? [pathname] : [];
    const urls = [...arrived, ...(left ? [left] : [])].filter(isOfflinePage);
    if (urls.length > 0) void serwist.messageSW({ type: "CACHE_URLS", payload: { urlsToCache: urls } });
  }, [serwist, pathname]);
  return null;
}
