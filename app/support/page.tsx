import type { Metadata } from "next";
import { SearchResults } from "./_components/search-results";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/form-controls";
import { requireStaffContext } from "@/lib/auth/server-context";
import { getTranslator } from "@/lib/i18n/server";
import { ZSearchQuery } from "@/lib/schemas/support";
import { getSupportHome } from "@/lib/server/support/get-support-home";
import { searchSupport } from "@/lib/server/support/search-support";
import { SupportHome } from "./_components/support-home";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).m.support.home.metaTitle };
}

export default async function SupportHomePage({ searchParams }: { searchParams: Promise<{ q?: string }> }) {
  const { ctx } = await requireStaffContext("/support");
  const q = ZSearchQuery.parse((await searchParams).q);
  const [results, home] = await Promise.all([
    q ? searchSupport(ctx, { query: q }) : null,
    q ? null : getSupportHome(ctx),
  ]);
  const t = await getTranslator();
  const m = t.m.support.home;
  return (
    <main id="main" className="flex flex-col gap-6">
      <h1 className="text-2xl font-semibold">{m.title}</h1>
      <form method="get" role="search" className="flex flex-wrap items-end gap-3">
        <Field
          label={m.searchLabel}
          name="q"
          type="search"
          defaultValue={q}
          className="min-w-0 flex-1 basis-72"
          hint={m.searchHint}
        />
        <Button type="submit">{m.search}</Button>
      </form>
      {results ? <SearchResults t={t} query={q} results={results} /> : null}
      {home ? <SupportHome t={t} home={home} /> : null}
    </main>
  );
}
