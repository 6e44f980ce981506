import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { FirstRunForm } from "./_components/first-run-form";
import { Card } from "@/components/ui/card";
import { needsFirstRun } from "@/lib/server/admin/needs-first-run";

export const metadata: Metadata = { title: "Set up Abo" };
export const dynamic = "force-dynamic";

// Open only while the installation has no admin; after that it does not exist.
export default async function SetupPage() {
  if (!(await needsFirstRun())) notFound();
  return (
    <main id="main" className="mx-auto flex max-w-lg flex-col gap-6 px-4 py-10">
      <h1 className="text-2xl font-semibold">Set up your shop</h1>
      <p className="text-neutral-700">
        Create the first admin account. Next, the onboarding wizard connects your Vipps MobilePay sales unit
        and helps you launch your first subscription.
      </p>
      <Card>
        <FirstRunForm />
      </Card>
    </main>
  );
}
