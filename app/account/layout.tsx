import type { ReactNode } from "react";
import { SiteHeader } from "@/components/layout/site-header";
import { requireCustomer } from "@/lib/auth/guards";
import { getShopName } from "@/lib/server/merchant/get-shop";

export default async function AccountLayout({ children }: { children: ReactNode }) {
  await requireCustomer("/account");
  return (
    <>
      <SiteHeader shopName={await getShopName()} />
      <main className="mx-auto max-w-3xl px-4 py-6">{children}</main>
    </>
  );
}
