import type { Metadata } from "next";
import { SystemView } from "./_components/system-view";
import { requireAdmin } from "@/lib/auth/guards";
import { getTranslator } from "@/lib/i18n/server";
import { adminActor } from "@/lib/server/admin/admin-actor";
import { getSystemStatus } from "@/lib/server/system/get-system-status";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).m.admin.system.title };
}
export const dynamic = "force-dynamic";

export default async function SystemPage() {
  const user = await requireAdmin("/admin/system");
  const status = await getSystemStatus({ actor: adminActor(user) });
  const t = await getTranslator();
  return (
    <main id="main">
      <SystemView status={status} m={t.m.admin.system} />
    </main>
  );
}
