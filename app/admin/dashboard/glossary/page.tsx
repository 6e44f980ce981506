import type { Metadata } from "next";
import { GlossaryView } from "../../_components/dashboard/glossary-view";
import { requireAdmin } from "@/lib/auth/guards";
import { getTranslator } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).m.dashboard.view.glossaryPageTitle };
}

export default async function DashboardGlossaryPage() {
  await requireAdmin("/admin/dashboard/glossary");
  return (
    <main id="main">
      <GlossaryView t={await getTranslator()} />
    </main>
  );
}
