import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import type { TChecklistDoc } from "@/lib/server/checklist/checklist-document";
import { DataTable } from "@/components/support/data-table";

const TONE = { Met: "green", Missing: "red", "Not yet": "amber" } as const;

/** The filled checklist, item by item, as it will be exported. */
export function ChecklistDocumentView({ doc }: { doc: TChecklistDoc }) {
  return (
    <section aria-labelledby="checklist-heading" className="flex flex-col gap-4">
      <div>
        <h2 id="checklist-heading" className="text-lg font-semibold">
          {doc.title}
        </h2>
        {doc.meta.map((m) => (
          <p key={m} className="text-sm text-neutral-700">
            {m}
          </p>
        ))}
      </div>
      {doc.items.map((item) => (
        <Card key={item.title} aria-label={item.title} className="flex flex-col gap-2">
          <div className="flex flex-wrap items-center gap-2">
            <h3 className="font-semibold">{item.title}</h3>
            <Badge tone={TONE[item.status]}>{item.statusText}</Badge>
          </div>
          <p className="text-sm italic text-neutral-700">{item.requirement}</p>
          {item.blocks.map((block, i) =>
            block.kind === "p" ? (
              <p key={i} className="text-sm">
                {block.text}
              </p>
            ) : block.kind === "list" ? (
              <ul key={i} className="list-disc pl-5 text-sm">
                {block.items.map((x) => (
                  <li key={x}>{x}</li>
                ))}
              </ul>
            ) : (
              <DataTable
                key={i}
                caption={item.title}
                head={block.head}
                rows={block.rows.map((r, n) => ({ key: String(n), cells: r }))}
              />
            ),
          )}
        </Card>
      ))}
    </section>
  );
}
