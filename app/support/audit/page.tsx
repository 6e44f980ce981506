import type { Metadata } from "next";
import { AuditTable } from "./_components/audit-table";
import { Alert } from "@/components/ui/alert";
import { Button, ButtonLink } from "@/components/ui/button";
import { Field } from "@/components/ui/form-controls";
import { requireStaffContext } from "@/lib/auth/server-context";
import { getTranslator } from "@/lib/i18n/server";
import { ZAuditFilter } from "@/lib/schemas/support";
import { listAuditEvents } from "@/lib/server/support/list-audit-events";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).m.support.audit.title };
}

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
  const t = await getTranslator();
  const m = t.m.support.audit;
  const older = next
    ? `?${new URLSearchParams({ ...Object.fromEntries(Object.entries(filter).filter(([, v]) => v)), before: next })}`
    : null;
  return (
    <main id="main" className="flex flex-col gap-6">
      <h1 className="text-2xl font-semibold">{m.title}</h1>
      <p className="text-sm text-neutral-700">{m.intro}</p>
      <form
        method="get"
        aria-label={m.filterLabel}
        className="grid gap-3 sm:grid-cols-3 lg:grid-cols-6 lg:items-end"
      >
        <Field label={m.who} name="actor" defaultValue={filter.actor} />
        <Field label={m.action} name="action" defaultValue={filter.action} hint={m.actionHint} />
        <Field label={m.target} name="target" defaultValue={filter.target} />
        <Field label={m.from} name="from" type="date" defaultValue={filter.from} />
        <Field label={m.to} name="to" type="date" defaultValue={filter.to} />
        <div className="flex gap-2">
          <Button type="submit">{m.filter}</Button>
          <ButtonLink href="/support/audit" variant="ghost">
            {m.clear}
          </ButtonLink>
        </div>
      </form>
      {ignored.length ? (
        <Alert tone="error">{t.format(m.ignored, { fields: ignored.join(", ") })}</Alert>
      ) : null}
      <AuditTable t={t} events={events} />
      {older ? (
        <ButtonLink href={`/support/audit${older}`} variant="secondary" className="self-start">
          {m.older}
        </ButtonLink>
      ) : null}
    </main>
  );
}
