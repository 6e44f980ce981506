import type { Metadata, Viewport } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Abo", template: "%s · Abo" },
  description: "Subscriptions with Vipps and MobilePay",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-dvh bg-neutral-50 font-sans text-neutral-900 antialiased">{children}</body>
    </html>
  );
}
