import Link from "next/link";
import { ScrollBox } from "@/components/ui/scroll-box";
import { drilldownHref, GLOSSARY_ENTRIES, isDrilldownFigure } from "@/lib/domain/metrics/figures";
import { GLOSSARY_SQL } from "@/lib/domain/metrics/glossary-sql";
import type { TTranslator } from "@/lib/i18n/translator";

/** Each dashboard figure's exact formula, in words and as SQL; every figure's label links here. */
export function GlossaryView({ t }: { t: TTranslator }) {
  const m = t.m.dashboard.glossary;
  const names = t.m.dashboard.figures;
  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <nav aria-label={m.backToDashboard} className="text-sm">
        <Link href="/admin" className="underline">
          {m.backToDashboard}
        </Link>
      </nav>
      <h1 className="text-2xl font-semibold">{m.title}</h1>
      <p>{m.intro}</p>
      <nav aria-label={m.title}>
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {GLOSSARY_ENTRIES.map((entry) => (
            <li key={entry}>
              <a href={`#${entry}`} className="inline-block py-2 underline">
                {names[entry]}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {GLOSSARY_ENTRIES.map((entry) => (
        <section
          key={entry}
          id={entry}
          aria-labelledby={`${entry}-title`}
          className="flex scroll-mt-4 flex-col gap-2 rounded-xl border border-neutral-200 bg-white p-4"
        >
          <h2 id={`${entry}-title`} className="text-lg font-semibold">
            {names[entry]}
          </h2>
          <h3 className="text-sm font-medium text-neutral-700">{m.inWords}</h3>
          <p>{m.entries[entry]}</p>
          <h3 className="text-sm font-medium text-neutral-700">{m.asSql}</h3>
          <ScrollBox label={`${names[entry]}: ${m.asSql}`} className="rounded-lg bg-neutral-100">
            <pre className="p-3 text-xs leading-relaxed">
              <code>{GLOSSARY_SQL[entry]}</code>
            </pre>
          </ScrollBox>
          {isDrilldownFigure(entry) ? (
            <p className="text-sm">
              <Link href={drilldownHref(entry, { range: "30d" })} className="underline">
                {m.seeRows}
              </Link>
            </p>
          ) : null}
        </section>
      ))}
    </div>
  );
}
