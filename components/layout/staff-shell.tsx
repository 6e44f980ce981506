import Link from "next/link";
import type { ReactNode } from "react";
import type { TCurrentUser } from "@/lib/auth/current-user";
import { getTranslator } from "@/lib/i18n/server";
import { SignOutButton } from "./sign-out-button";

type TStaffWords = Awaited<ReturnType<typeof getTranslator>>["m"]["staff"];

const SUPPORT_LINKS = [
  { href: "/support", label: "search" },
  { href: "/support/work", label: "work" },
  { href: "/support/audit", label: "audit" },
  { href: "/support/checklist", label: "checklist" },
] as const satisfies { href: string; label: keyof TStaffWords }[];
const ADMIN_LINKS = [
  { href: "/admin", label: "dashboard" },
  { href: "/admin/products", label: "products" },
  { href: "/admin/settings", label: "settings" },
  { href: "/admin/onboarding", label: "onboarding" },
  { href: "/admin/system", label: "system" },
] as const satisfies { href: string; label: keyof TStaffWords }[];

/** The frame of the support console and the merchant admin, in the staff member's language. */
export async function StaffShell({ user, children }: { user: TCurrentUser; children: ReactNode }) {
  const t = await getTranslator();
  const words = t.m.staff;
  const links = user.role === "ADMIN" ? [...SUPPORT_LINKS, ...ADMIN_LINKS] : SUPPORT_LINKS;
  return (
    <div className="min-h-dvh">
      <header className="border-b border-neutral-200 bg-white">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-2 px-4 py-2">
          <Link href="/support" className="font-semibold">
            {words.brand}
          </Link>
          <nav aria-label={words.nav} className="flex flex-wrap items-center gap-1 text-sm">
            {links.map((link) => (
              <Link key={link.href} href={link.href} className="rounded-md px-3 py-2 hover:bg-neutral-100">
                {words[link.label]}
              </Link>
            ))}
          </nav>
          <div className="flex items-center gap-2 text-sm">
            <span className="text-neutral-700">
              {user.email} · {user.role === "ADMIN" ? words.roleAdmin : words.roleSupport}
            </span>
            <SignOutButton label={t.m.common.signOut} />
          </div>
        </div>
      </header>
      <div className="mx-auto max-w-7xl px-4 py-6">{children}</div>
    </div>
  );
}
