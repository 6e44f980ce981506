import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { FirstRunForm } from "./_components/first-run-form";
import { Card } from "@/components/ui/card";
import { getTranslator } from "@/lib/i18n/server";
import { needsFirstRun } from "@/lib/server/admin/needs-first-run";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).m.admin.setup.title };
}
export const dynamic = "force-dynamic";

// Open only while the installation has no admin; after that it does not exist.
export default async function SetupPage() {
  if (!(await needsFirstRun())) notFound();
  const m = (await getTranslator()).m.admin.setup;
  return (
    <main id="main" className="mx-auto flex max-w-lg flex-col gap-6 px-4 py-10">
      <h1 className="text-2xl font-semibold">{m.heading}</h1>
      <p className="text-neutral-700">{m.intro}</p>
      <Card>
        <FirstRunForm m={m} />
      </Card>
    </main>
  );
}
