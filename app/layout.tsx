import type { Metadata } from "next";
import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import { BrowserSetup } from "@/components/browser-setup";
import { OfflineBanner } from "@/components/offline/offline-banner";
import { ServiceWorker } from "@/components/offline/service-worker";
import { SiteHeader } from "@/components/site-header";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("app");
  return { title: { default: t("name"), template: `%s · ${t("name")}` }, description: t("description") };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("app")]);
  return (
    <html lang={locale}>
      <body>
        <BrowserSetup />
        {/* Client components read the same language and messages (next-intl passes them down). */}
        <NextIntlClientProvider>
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
