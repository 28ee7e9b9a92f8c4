"use client";

import { offlineText } from "./offline-text";
import { useOnlineStatus } from "./use-online-status";

/** A quiet line under the header while the connection is gone; the live region announces it. */
export function OfflineBanner() {
  const online = useOnlineStatus();
  return <div role="status">{!online && <p className="offline-banner">{offlineText.banner}</p>}</div>;
}
