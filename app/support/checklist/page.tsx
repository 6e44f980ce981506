import type { Metadata } from "next";
import { ChecklistDocumentView } from "./_components/checklist-document-view";
import { SelectField } from "@/components/ui/form-controls";
import { Button, ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { requireStaffContext } from "@/lib/auth/server-context";
import { buildChecklistDocument } from "@/lib/server/checklist/checklist-document";
import { getChecklistEvidence } from "@/lib/server/checklist/get-checklist-evidence";
import { listChecklistUnits } from "@/lib/server/checklist/list-checklist-units";
import { RunVerificationForm } from "./_components/run-verification-form";

export const metadata: Metadata = { title: "Go-live checklist" };

export default async function ChecklistPage({
  searchParams,
}: {
  searchParams: Promise<{ salesUnit?: string }>;
}) {
  const { user, ctx } = await requireStaffContext("/support/checklist");
  const units = await listChecklistUnits(ctx);
  const wanted = (await searchParams).salesUnit;
  const unit = units.find((u) => u.id === wanted) ?? units.find((u) => u.environment === "TEST") ?? units[0];
  if (!unit) {
    return (
      <main id="main">
        <h1 className="text-2xl font-semibold">Go-live checklist</h1>
        <p className="mt-4">No sales unit is set up yet.</p>
      </main>
    );
  }
  const doc = buildChecklistDocument(await getChecklistEvidence(ctx, unit.id));
  return (
    <main id="main" className="flex flex-col gap-6">
      <h1 className="text-2xl font-semibold">Go-live checklist</h1>
      <form method="get" className="flex flex-wrap items-end gap-3" aria-label="Choose the sales unit">
        <SelectField
          label="Sales unit"
          name="salesUnit"
          defaultValue={unit.id}
          options={units.map((u) => ({
            value: u.id,
            label: `${u.name} (MSN ${u.msn}, ${u.environment.toLowerCase()})`,
          }))}
        />
        <Button type="submit" variant="secondary">
          Show
        </Button>
      </form>
      <Card aria-labelledby="verification-heading" className="flex flex-col gap-3">
        <h2 id="verification-heading" className="text-lg font-semibold">
          Test-environment verification
        </h2>
        <p className="text-sm text-neutral-700">
          Creates two test agreements (force accepted with the test user), stops one, and takes RECURRING
          charges through Vipps&apos;s charge batch to CHARGED and REFUNDED, recording every orderId. Against
          the local emulator the run moves the emulator&apos;s clock to the batch and back; against the real
          test environment it waits for the batch on the due date and finishes within the hour after it by
          itself (or run it again).
        </p>
        <RunVerificationForm
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
            Download Markdown
          </ButtonLink>
          <ButtonLink
            href={`/api/support/checklist/${unit.id}?format=pdf`}
            variant="secondary"
            prefetch={false}
          >
            Download PDF
          </ButtonLink>
        </div>
      </Card>
      <ChecklistDocumentView doc={doc} />
    </main>
  );
}
