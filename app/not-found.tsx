import type { Metadata } from "next";
import { LostPage } from "@/components/errors/lost-page";
import { SiteFooter } from "./_components/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { ButtonLink } from "@/components/ui/button";
import { getCurrentUser, isStaff } from "@/lib/auth/current-user";
import { getTranslator } from "@/lib/i18n/server";
import { publicShop } from "@/app/_components/public-shop";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).m.errorPage.notFoundTitle };
}

// Every unknown address, and every page its viewer may not see (the guards answer 404 rather than
// telling a stranger the page exists): branded, with the way back that fits who is asking.
export default async function NotFound() {
  const [t, { name: shopName, look }, user] = await Promise.all([
    getTranslator(),
    publicShop(),
    getCurrentUser(),
  ]);
  const m = t.m.errorPage;
  return (
    <>
      <SiteHeader shopName={shopName} look={look} />
      <LostPage code="404" title={m.notFoundTitle} body={m.notFoundBody}>
        {isStaff(user) ? (
          <ButtonLink href={user?.role === "ADMIN" ? "/admin" : "/support"}>{m.goSupport}</ButtonLink>
        ) : user ? (
          <ButtonLink href="/account">{m.goAccount}</ButtonLink>
        ) : null}
        <ButtonLink href="/" variant={user ? "secondary" : "primary"}>
          {m.goHome}
        </ButtonLink>
      </LostPage>
      <SiteFooter />
    </>
  );
}
