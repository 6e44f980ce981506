import type { ReactNode } from "react";
import { SiteHeader } from "@/components/layout/site-header";
import { SiteFooter } from "@/app/_components/site-footer";
import { requireCustomerContext } from "@/lib/auth/server-context";
import { getShopLook, getShopName } from "@/lib/server/merchant/get-shop";

export default async function AccountLayout({ children }: { children: ReactNode }) {
  const { ctx } = await requireCustomerContext("/account");
  return (
    <>
      <SiteHeader shopName={await getShopName(ctx)} look={await getShopLook(ctx)} />
      <main id="main" className="mx-auto flex max-w-3xl flex-col gap-6 px-4 py-6 print:max-w-none print:p-0">
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
