import Link from "next/link";
import type { ReactNode } from "react";
import type { TCurrentUser } from "@/lib/auth/current-user";
import { SignOutButton } from "./sign-out-button";

const SUPPORT_LINKS = [
  { href: "/support", label: "Search" },
  { href: "/support/work", label: "Work lists" },
  { href: "/support/audit", label: "Audit log" },
  { href: "/support/checklist", label: "Go-live checklist" },
];
const ADMIN_LINKS = [
  { href: "/admin", label: "Dashboard" },
  { href: "/admin/products", label: "Products" },
  { href: "/admin/settings", label: "Settings" },
  { href: "/admin/onboarding", label: "Onboarding" },
  { href: "/admin/system", label: "System" },
];

/** The frame of the support console and the merchant admin. */
export function StaffShell({ user, children }: { user: TCurrentUser; children: ReactNode }) {
  const links = user.role === "ADMIN" ? [...SUPPORT_LINKS, ...ADMIN_LINKS] : SUPPORT_LINKS;
  return (
    <div className="min-h-dvh">
      <header className="border-b border-neutral-200 bg-white">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-2 px-4 py-2">
          <Link href="/support" className="font-semibold">
            Abo · staff
          </Link>
          <nav aria-label="Staff" className="flex flex-wrap items-center gap-1 text-sm">
            {links.map((link) => (
              <Link key={link.href} href={link.href} className="rounded-md px-3 py-2 hover:bg-neutral-100">
                {link.label}
              </Link>
            ))}
          </nav>
          <div className="flex items-center gap-2 text-sm">
            <span className="text-neutral-700">
              {user.email} · {user.role.toLowerCase()}
            </span>
            <SignOutButton label="Sign out" />
          </div>
        </div>
      </header>
      <div className="mx-auto max-w-7xl px-4 py-6">{children}</div>
    </div>
  );
}
