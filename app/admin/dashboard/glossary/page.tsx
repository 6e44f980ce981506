import type { Metadata } from "next";
import { GlossaryView } from "../../_components/dashboard/glossary-view";
import { requireAdmin } from "@/lib/auth/guards";
import { getTranslator } from "@/lib/i18n/server";

export const metadata: Metadata = { title: "Dashboard glossary" };

export default async function DashboardGlossaryPage() {
  await requireAdmin("/admin/dashboard/glossary");
  return (
    <main id="main">
      <GlossaryView t={await getTranslator()} />
    </main>
  );
}
