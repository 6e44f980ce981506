import type { Metadata } from "next";
import { SettingsView } from "./_components/settings-view";
import { brandsAt } from "@/components/brand/brand";
import { requireAdminContext } from "@/lib/auth/server-context";
import { now } from "@/lib/clock";
import { getTranslator } from "@/lib/i18n/server";
import { getSettings } from "@/lib/server/admin/get-settings";
import { getShopLook } from "@/lib/server/merchant/get-shop";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).m.admin.settings.title };
}
export const dynamic = "force-dynamic";

export default async function SettingsPage() {
  const { user, ctx } = await requireAdminContext("/admin/settings");
  const [settings, clock, look, t] = await Promise.all([
    getSettings(ctx),
    now(),
    getShopLook(ctx),
    getTranslator(),
  ]);
  return (
    <main id="main">
      {settings ? (
        <SettingsView
          settings={settings}
          currentUserId={user.id}
          brands={brandsAt(clock)}
          look={look}
          m={t.m.admin}
        />
      ) : (
        t.m.admin.noShop
      )}
    </main>
  );
}
