import type { Metadata } from "next";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { PRODUCT_NAAM } from "@/lib/config";
import { sourceSans } from "./fonts";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: PRODUCT_NAAM, template: `%s | ${PRODUCT_NAAM}` },
  description: "De datavolwassenheidsscan voor gemeenten: van aanmelding tot eindrapport.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="nl" className={sourceSans.variable}>
      <body className="flex min-h-screen flex-col">
        <a href="#inhoud" className="sr-only z-50 bg-white px-4 py-2 font-semibold focus:not-sr-only focus:absolute focus:left-2 focus:top-2">
          Naar de inhoud
        </a>
        <SiteHeader />
        <main id="inhoud" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 outline-none sm:px-6">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
