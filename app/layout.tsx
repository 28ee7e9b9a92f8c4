import type { Metadata } from "next";
import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import { OfflineBanner } from "@/components/offline/offline-banner";
import { ServiceWorker } from "@/components/offline/service-worker";
import { SiteHeader } from "@/components/site-header";
import { pickClientMessages } from "@/lib/i18n/client-messages";
import type { Messages } from "@/lib/i18n/messages/messages";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("app");
  return { title: { default: t("name"), template: `%s · ${t("name")}` }, description: t("description") };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [locale, t, messages] = await Promise.all([getLocale(), getTranslations("app"), getMessages()]);
  return (
    <html lang={locale}>
      <body>
        {/* Client components read the same language; of the messages, only what they use travels. */}
        <NextIntlClientProvider messages={pickClientMessages(messages as Messages)}>
          <a className="skip-link" href="#main">
            {t("skipToContent")}
          </a>
          <SiteHeader />
          <OfflineBanner />
          <main id="main">{children}</main>
          <ServiceWorker />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
