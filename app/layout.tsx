import type { Metadata, Viewport } from "next";
import { getTranslator } from "@/lib/i18n/server";
import { Providers } from "./providers";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Abo", template: "%s · Abo" },
  description: "Subscriptions with Vipps and MobilePay",
  icons: { icon: "/favicon.svg" },
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const t = await getTranslator();
  return (
    <html lang={t.locale}>
      <body className="min-h-dvh bg-neutral-50 font-sans text-neutral-900 antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:p-2"
        >
          {t.m.nav.skipToContent}
        </a>
        <Providers errorTexts={t.m.errorPage}>{children}</Providers>
      </body>
    </html>
  );
}
