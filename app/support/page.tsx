import type { Metadata } from "next";
import { SearchResults } from "./_components/search-results";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/form-controls";
import { requireStaffContext } from "@/lib/auth/server-context";
import { ZSearchQuery } from "@/lib/schemas/support";
import { getSupportHome } from "@/lib/server/support/get-support-home";
import { searchSupport } from "@/lib/server/support/search-support";
import { SupportHome } from "./_components/support-home";

export const metadata: Metadata = { title: "Support" };

export default async function SupportHomePage({ searchParams }: { searchParams: Promise<{ q?: string }> }) {
  const { ctx } = await requireStaffContext("/support");
  const q = ZSearchQuery.parse((await searchParams).q);
  const [results, home] = await Promise.all([
    q ? searchSupport(ctx, { query: q }) : null,
    q ? null : getSupportHome(ctx),
  ]);
  return (
    <main id="main" className="flex flex-col gap-6">
      <h1 className="text-2xl font-semibold">Support console</h1>
      <form method="get" role="search" className="flex flex-wrap items-end gap-3">
        <Field
          label="Search customers, agreements and charges"
          name="q"
          type="search"
          defaultValue={q}
          className="min-w-0 flex-1 basis-72"
          hint="Phone (with or without +47), email, name, orderId, agreement id (agr_… or ours), charge id or externalId."
        />
        <Button type="submit">Search</Button>
      </form>
      {results ? <SearchResults query={q} results={results} /> : null}
      {home ? <SupportHome home={home} /> : null}
    </main>
  );
}
