import type { ReactNode } from "react";
import { SiteHeader } from "@/components/layout/site-header";
import { SiteFooter } from "@/app/_components/site-footer";
import { requireCustomer } from "@/lib/auth/guards";
import { getShopLook, getShopName } from "@/lib/server/merchant/get-shop";

export default async function AccountLayout({ children }: { children: ReactNode }) {
  await requireCustomer("/account");
  return (
    <>
      <SiteHeader shopName={await getShopName()} look={await getShopLook()} />
      <main id="main" className="mx-auto flex max-w-3xl flex-col gap-6 px-4 py-6 print:max-w-none print:p-0">
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
