import type { Metadata } from "next";
import { AuditTable } from "./_components/audit-table";
import { Alert } from "@/components/ui/alert";
import { Button, ButtonLink } from "@/components/ui/button";
import { Field } from "@/components/ui/form-controls";
import { requireStaffContext } from "@/lib/auth/server-context";
import { ZAuditFilter } from "@/lib/schemas/support";
import { listAuditEvents } from "@/lib/server/support/list-audit-events";

export const metadata: Metadata = { title: "Audit log" };

export default async function AuditPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { ctx } = await requireStaffContext("/support/audit");
  const raw = await searchParams;
  const filter = ZAuditFilter.parse(raw);
  // A filter that could not be read was left out: say which, rather than fail or hide it.
  const ignored = (["actor", "action", "target", "from", "to"] as const).filter(
    (key) => raw[key] !== undefined && raw[key] !== "" && filter[key] === undefined,
  );
  const { events, next } = await listAuditEvents(ctx, filter);
  const older = next
    ? `?${new URLSearchParams({ ...Object.fromEntries(Object.entries(filter).filter(([, v]) => v)), before: next })}`
    : null;
  return (
    <main id="main" className="flex flex-col gap-6">
      <h1 className="text-2xl font-semibold">Audit log</h1>
      <p className="text-sm text-neutral-700">
        Every change by staff, customers and Abo itself, newest first. The log is append-only: entries cannot
        be changed or removed.
      </p>
      <form
        method="get"
        aria-label="Filter the audit log"
        className="grid gap-3 sm:grid-cols-3 lg:grid-cols-6 lg:items-end"
      >
        <Field label="Who (email)" name="actor" defaultValue={filter.actor} />
        <Field label="Action" name="action" defaultValue={filter.action} hint="e.g. charge.refund" />
        <Field label="Id, orderId or key" name="target" defaultValue={filter.target} />
        <Field label="From" name="from" type="date" defaultValue={filter.from} />
        <Field label="To" name="to" type="date" defaultValue={filter.to} />
        <div className="flex gap-2">
          <Button type="submit">Filter</Button>
          <ButtonLink href="/support/audit" variant="ghost">
            Clear
          </ButtonLink>
        </div>
      </form>
      {ignored.length ? (
        <Alert tone="error">
          Left out of the filter, because it could not be read: {ignored.join(", ")}. Dates are YYYY-MM-DD
          days that exist; text must not contain invisible control characters.
        </Alert>
      ) : null}
      <AuditTable events={events} />
      {older ? (
        <ButtonLink href={`/support/audit${older}`} variant="secondary" className="self-start">
          Older entries
        </ButtonLink>
      ) : null}
    </main>
  );
}
