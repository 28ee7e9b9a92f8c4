import { pagesCacheName } from "@/lib/offline/offline-pages";

/**
 * Empties the pages the service worker kept, so the next person on a shared device never sees the
 * last one's projects and answers offline. The build files stay: they hold no one's data.
 */
export async function forgetOfflinePages() {
  // The Cache API exists only on secure origins (https, localhost).
  if (typeof caches === "undefined") return;
  await caches.delete(pagesCacheName);
}
