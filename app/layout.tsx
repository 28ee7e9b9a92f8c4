import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { DEMO_ORGANIZATION_NAME } from "@/db/demo-organization";
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
        <header className="site-header">
          <div className="inner">
            <Link className="brand" href="/projects">
              Project risk assessment
            </Link>
            <nav aria-label="Main">
              <Link href="/projects">Projects</Link>
              <Link href="/projects/new">New project</Link>
            </nav>
            <span className="org">{DEMO_ORGANIZATION_NAME}</span>
          </div>
        </header>
        <main id="main">{children}</main>
      </body>
    </html>
  );
}
