import type { Metadata } from "next";
import type { ReactNode } from "react";
import { OfflineBanner } from "@/components/offline/offline-banner";
import { ServiceWorker } from "@/components/offline/service-worker";
import { SiteHeader } from "@/components/site-header";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Project risk assessment", template: "%s · Project risk assessment" },
  description: "Risk assessment for NGO projects abroad: before, partner due diligence, during and after.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <SiteHeader />
        <OfflineBanner />
        <main id="main">{children}</main>
        <ServiceWorker />
      </body>
    </html>
  );
}
