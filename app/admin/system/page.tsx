import type { Metadata } from "next";
import { SystemView } from "./_components/system-view";
import { requireAdminContext } from "@/lib/auth/server-context";
import { adminActor } from "@/lib/server/admin/admin-actor";
import { getSystemStatus } from "@/lib/server/system/get-system-status";

export const metadata: Metadata = { title: "System" };
export const dynamic = "force-dynamic";

export default async function SystemPage() {
  const { ctx } = await requireAdminContext("/admin/system");
  const status = await getSystemStatus({ actor: adminActor(ctx) });
  return (
    <main id="main">
      <SystemView status={status} />
    </main>
  );
}
