import type { TRenderedReceipt } from "@/lib/domain/receipt-fields";

/**
 * One receipt or credit note as printed. Every value carries its field key (`data-field`), the
 * names README "Receipts" uses for each market's required content.
 */
export function ReceiptView({
  doc,
  heading = "h2",
  logo = null,
}: {
  doc: TRenderedReceipt;
  heading?: "h1" | "h2";
  /** The seller's logo (its path and the shop's name), printed above the title. */
  logo?: { path: string; alt: string } | null;
}) {
  const headingId = `receipt-${doc.id}`;
  const Heading = heading;
  return (
    <article
      className="flex flex-col gap-4 break-inside-avoid rounded-xl border border-neutral-200 bg-white p-6 print:border-0 print:p-0"
      aria-labelledby={headingId}
      data-kind={doc.kind}
    >
      {logo ? (
        // eslint-disable-next-line @next/next/no-img-element -- our own small route, versioned by hash
        <img src={logo.path} alt={logo.alt} className="h-12 max-w-48 self-start object-contain" />
      ) : null}
      <Heading id={headingId} className="text-2xl font-semibold">
        {doc.title}
      </Heading>
      {doc.sections
        .filter((section) => section.fields.length > 0)
        .map((section, index) => (
          <dl
            key={index}
            className="grid grid-cols-1 gap-x-6 gap-y-1 border-t border-neutral-200 pt-3 sm:grid-cols-[12rem_1fr]"
          >
            {section.fields.map((field) => (
              <div key={field.key} className="contents">
                <dt className="text-sm font-medium text-neutral-700">{field.label}</dt>
                <dd className="mb-2 break-words sm:mb-0" data-field={field.key}>
                  {field.value}
                </dd>
              </div>
            ))}
          </dl>
        ))}
      <p className="flex items-baseline justify-between gap-4 border-t border-neutral-200 pt-3 text-xl font-semibold">
        <span>{doc.total.label}</span>
        <span data-field={doc.total.key}>{doc.total.value}</span>
      </p>
    </article>
  );
}
