"use client";

import { useTranslations } from "next-intl";
import { useOnlineStatus } from "./use-online-status";

/** A quiet line under the header while the connection is gone; the live region announces it. */
export function OfflineBanner() {
  const t = useTranslations("offline");
  const online = useOnlineStatus();
  return <div role="status">{!online && <p className="offline-banner">{t("banner")}</p>}</div>;
}
