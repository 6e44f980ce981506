import Link from "next/link";
import { getCurrentUser, isStaff } from "@/lib/auth/current-user";
import { getTranslator } from "@/lib/i18n/server";
import { SignOutButton } from "./sign-out-button";

/** The header of the customer-facing pages. */
export async function SiteHeader({ shopName }: { shopName: string }) {
  const [user, { m }] = await Promise.all([getCurrentUser(), getTranslator()]);
  return (
    <header className="border-b border-neutral-200 bg-white print:hidden">
      <nav aria-label="Main" className="mx-auto flex max-w-5xl items-center justify-between gap-4 px-4 py-2">
        <Link href="/" className="text-lg font-semibold">
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
