"use client";

import { SerwistProvider, useSerwist } from "@serwist/turbopack/react";
import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";
import { isOfflinePage } from "@/lib/offline/offline-pages";

/**
 * Registers the service worker (app/sw.ts) in production builds only: in development it would
 * answer from a cache while files change under it.
 */
export function ServiceWorker() {
  return (
    <SerwistProvider
      swUrl="/api/serwist/sw.js"
      disable={process.env.NODE_ENV !== "production"}
      // Serwist would ask for a copy on every history write, and Next rewrites history after
      // every refresh and server action; KeepOfflineCopies asks once per page instead.
      cacheOnNavigation={false}
      // A reload when the connection returns would throw away what is being typed.
      reloadOnOnline={false}
      register={false}
    >
      <RegisterWhenIdle />
      <KeepOfflineCopies />
    </SerwistProvider>
  );
}

/**
 * The worker's first install downloads every build file. Started once the page has loaded and the
 * browser is idle, so that download does not compete with the page's own scripts on a slow link
 * or a slow phone; a page offline a few seconds later than that has its copy all the same.
 */
function RegisterWhenIdle() {
  const { serwist } = useSerwist();
  useEffect(() => {
    if (!serwist) return;
    let idle: number | undefined;
    const register = () => {
      const whenIdle = window.requestIdleCallback ?? ((fn: () => void) => window.setTimeout(fn, 1000));
      idle = whenIdle(() => void serwist.register(), { timeout: 5000 });
    };
    if (document.readyState === "complete") register();
    else window.addEventListener("load", register, { once: true });
    return () => {
      window.removeEventListener("load", register);
      if (idle !== undefined) (window.cancelIdleCallback ?? window.clearTimeout)(idle);
    };
  }, [serwist]);
  return null;
}

/**
 * A page reached by client-side navigation arrives as an RSC payload, which cannot be reloaded
 * offline, so the worker is asked to fetch its HTML. The page left is fetched again as well: its
 * answers may have been saved since it was loaded. The first page needs a copy only when it was
 * loaded before the worker took over this tab (the first visit); otherwise the worker kept it.
 */
function KeepOfflineCopies() {
  const { serwist } = useSerwist();
  const pathname = usePathname();
  const shown = useRef<string | null>(null);
  useEffect(() => {
    const left = shown.current;
    shown.current = pathname;
    if (!serwist || !navigator.onLine || left === pathname) return;
    const arrived = left !== null || !navigator.serviceWorker.controller ? [pathname] : [];
    const urls = [...arrived, ...(left ? [left] : [])].filter(isOfflinePage);
    if (urls.length > 0) void serwist.messageSW({ type: "CACHE_URLS", payload: { urlsToCache: urls } });
  }, [serwist, pathname]);
  return null;
}
