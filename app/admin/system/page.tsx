import type { Metadata } from "next";
import { SystemView } from "./_components/system-view";
import { requireAdminContext } from "@/lib/auth/server-context";
import { getTranslator } from "@/lib/i18n/server";
import { adminActor } from "@/lib/server/admin/admin-actor";
import { getSystemStatus } from "@/lib/server/system/get-system-status";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).m.admin.system.title };
}
export const dynamic = "force-dynamic";

export default async function SystemPage() {
  const { ctx } = await requireAdminContext("/admin/system");
  const status = await getSystemStatus({ actor: adminActor(ctx) });
  const t = await getTranslator();
  return (
    <main id="main">
      <SystemView status={status} m={t.m.admin.system} />
    </main>
  );
}
