import type { Metadata } from "next";
import { ChecklistDocumentView } from "./_components/checklist-document-view";
import { SelectField } from "@/components/ui/form-controls";
import { Button, ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { requireStaffContext } from "@/lib/auth/server-context";
import { getTranslator } from "@/lib/i18n/server";
import { buildChecklistDocument } from "@/lib/server/checklist/checklist-document";
import { getChecklistEvidence } from "@/lib/server/checklist/get-checklist-evidence";
import { listChecklistUnits } from "@/lib/server/checklist/list-checklist-units";
import { RunVerificationForm } from "./_components/run-verification-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).m.support.checklist.title };
}

export default async function ChecklistPage({
  searchParams,
}: {
  searchParams: Promise<{ salesUnit?: string }>;
}) {
  const { user, ctx } = await requireStaffContext("/support/checklist");
  const units = await listChecklistUnits(ctx);
  const wanted = (await searchParams).salesUnit;
  const unit = units.find((u) => u.id === wanted) ?? units.find((u) => u.environment === "TEST") ?? units[0];
  const t = await getTranslator();
  const m = t.m.support.checklist;
  if (!unit) {
    return (
      <main id="main">
        <h1 className="text-2xl font-semibold">{m.title}</h1>
        <p className="mt-4">{m.noSalesUnit}</p>
      </main>
    );
  }
  const doc = buildChecklistDocument(ctx, await getChecklistEvidence(ctx, unit.id));
  return (
    <main id="main" className="flex flex-col gap-6">
      <h1 className="text-2xl font-semibold">{m.title}</h1>
      <form method="get" className="flex flex-wrap items-end gap-3" aria-label={m.chooseUnit}>
        <SelectField
          label={m.salesUnit}
          name="salesUnit"
          defaultValue={unit.id}
          options={units.map((u) => ({
            value: u.id,
            label: `${u.name} (MSN ${u.msn}, ${u.environment.toLowerCase()})`,
          }))}
        />
        <Button type="submit" variant="secondary">
          {m.show}
        </Button>
      </form>
      <Card aria-labelledby="verification-heading" className="flex flex-col gap-3">
        <h2 id="verification-heading" className="text-lg font-semibold">
          {m.verificationTitle}
        </h2>
        <p className="text-sm text-neutral-700">{m.verificationIntro}</p>
        <RunVerificationForm
          locale={t.locale}
          salesUnitId={unit.id}
          isAdmin={user.role === "ADMIN"}
          isTest={unit.environment === "TEST"}
        />
        <div className="flex flex-wrap gap-2">
          <ButtonLink
            href={`/api/support/checklist/${unit.id}?format=md`}
            variant="secondary"
            prefetch={false}
          >
            {m.downloadMarkdown}
          </ButtonLink>
          <ButtonLink
            href={`/api/support/checklist/${unit.id}?format=pdf`}
            variant="secondary"
            prefetch={false}
          >
            {m.downloadPdf}
          </ButtonLink>
        </div>
      </Card>
      <ChecklistDocumentView doc={doc} />
    </main>
  );
}
