import type { Metadata } from "next";
import { SettingsView } from "./_components/settings-view";
import { brandsAt } from "@/components/brand/brand";
import { requireAdminContext } from "@/lib/auth/server-context";
import { now } from "@/lib/clock";
import { getSettings } from "@/lib/server/admin/get-settings";
import { getShopLook } from "@/lib/server/merchant/get-shop";

export const metadata: Metadata = { title: "Settings" };
export const dynamic = "force-dynamic";

export default async function SettingsPage() {
  const { user, ctx } = await requireAdminContext("/admin/settings");
  const [settings, clock, look] = await Promise.all([getSettings(ctx), now(), getShopLook(ctx)]);
  return (
    <main id="main">
      {settings ? (
        <SettingsView settings={settings} currentUserId={user.id} brands={brandsAt(clock)} look={look} />
      ) : (
        "No shop yet: open /setup first."
      )}
    </main>
  );
}
