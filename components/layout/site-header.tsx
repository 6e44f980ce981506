import Link from "next/link";
import { getCurrentUser, isStaff } from "@/lib/auth/current-user";
import { getTranslator } from "@/lib/i18n/server";
import type { TShopLook } from "@/lib/domain/shop-look";
import { SignOutButton } from "./sign-out-button";

/** The header of the customer-facing pages. */
export async function SiteHeader({ shopName, look }: { shopName: string; look: TShopLook }) {
  const [user, { m }] = await Promise.all([getCurrentUser(), getTranslator()]);
  return (
    <header
      className="border-t-4 border-b border-b-neutral-200 border-t-blue-700 bg-white print:hidden"
      style={look.color ? { borderTopColor: look.color } : undefined}
      data-brand-colour={look.color ?? undefined}
    >
      <nav aria-label="Main" className="mx-auto flex max-w-5xl items-center justify-between gap-4 px-4 py-2">
        <Link href="/" className="flex min-h-11 items-center gap-3 text-lg font-semibold">
          {look.logoPath ? (
            // eslint-disable-next-line @next/next/no-img-element -- our own small route, versioned by hash
            <img src={look.logoPath} alt="" className="h-9 max-w-32 object-contain" />
          ) : null}
          {shopName}
        </Link>
        <div className="flex items-center gap-2">
          {user?.role === "CUSTOMER" ? (
            <Link className="min-h-11 px-3 py-3 text-sm font-medium" href="/account">
              {m.nav.mySubscriptions}
            </Link>
          ) : null}
          {isStaff(user) ? (
            <Link className="min-h-11 px-3 py-3 text-sm font-medium" href="/support">
              Support console
            </Link>
          ) : null}
          {user ? (
            <SignOutButton label={m.common.signOut} />
          ) : (
            <Link className="min-h-11 px-3 py-3 text-sm font-medium" href="/sign-in">
              {m.common.signIn}
            </Link>
          )}
        </div>
      </nav>
    </header>
  );
}
