/// <reference lib="webworker" />
// The service worker, bundled by Serwist's route (app/api/serwist/[path]/route.ts) at build time.
import { CacheFirst, ExpirationPlugin, NetworkFirst, Serwist, type PrecacheEntry, type SerwistGlobalConfig, type SerwistPlugin } from "serwist";
import { assetsCacheName, isOfflinePage, pagesCacheName } from "@/lib/offline/offline-pages";

declare global {
  interface WorkerGlobalScope extends SerwistGlobalConfig {
    __SW_MANIFEST: (PrecacheEntry | string)[] | undefined;
  }
}
declare const self: ServiceWorkerGlobalScope;

// Only a whole page of our own is worth serving later: not the redirect to sign-in of an ended
// session (a followed redirect would also be refused as the answer to a navigation), not a 404, a
// 403 or an error page. Serwist's default keeps opaque responses too.
const completePagesOnly: SerwistPlugin = {
  cacheWillUpdate: async ({ response }) => (response.status === 200 && response.type === "basic" && !response.redirected ? response : null),
};

const serwist = new Serwist({
  // Every JS and CSS file of this build, so a page opened before the worker took over still finds its scripts offline.
  precacheEntries: self.__SW_MANIFEST,
  skipWaiting: true,
  clientsClaim: true,
  runtimeCaching: [
    {
      // Page loads (and the copies the page asks for after client-side navigation, components/offline) of the
      // pages on the allowlist, from the network whenever it answers, so online users always see fresh data.
      // Nothing else is kept: server actions are POSTs, Next's RSC fetches, /api/auth and downloads
      // fall through to the network untouched.
      matcher: ({ request, url, sameOrigin, event }) =>
        sameOrigin && (request.mode === "navigate" || event?.type === "message") && isOfflinePage(url.pathname),
      method: "GET",
      handler: new NetworkFirst({
        cacheName: pagesCacheName,
        plugins: [completePagesOnly, new ExpirationPlugin({ maxEntries: 100 })],
      }),
    },
    {
      // Build files have content-hashed names and never change: the cache answers first.
      matcher: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith("/_next/static/"),
      method: "GET",
      handler: new CacheFirst({
        cacheName: assetsCacheName,
        plugins: [completePagesOnly, new ExpirationPlugin({ maxEntries: 200 })],
      }),
    },
  ],
});

serwist.addEventListeners();
