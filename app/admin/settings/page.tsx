import type { Metadata } from "next";
import { SettingsView } from "@/components/admin/settings/settings-view";
import { requireAdmin } from "@/lib/auth/guards";
import { getSettings } from "@/lib/server/admin/get-settings";

export const metadata: Metadata = { title: "Settings" };
export const dynamic = "force-dynamic";

export default async function SettingsPage() {
  const user = await requireAdmin("/admin/settings");
  const settings = await getSettings();
  return (
    <main id="main">
      {settings ? (
        <SettingsView settings={settings} currentUserId={user.id} />
      ) : (
        "No shop yet: open /setup first."
      )}
    </main>
  );
}
