import "server-only";
import type { TServerContext } from "@/lib/server/context/server-context";
import { buildChecklistDocument } from "./checklist-document";
import { getChecklistEvidence } from "./get-checklist-evidence";
import { renderChecklistMarkdown } from "./render-markdown";
import { renderChecklistPdf } from "./render-pdf";

/** The filled checklist of a sales unit of ctx.merchantId as a file, in ctx.locale: Markdown or PDF. */
export const exportChecklist = async (
  ctx: TServerContext,
  input: { salesUnitId: string; format: "md" | "pdf" },
) => {
  const evidence = await getChecklistEvidence(ctx, input.salesUnitId);
  const doc = buildChecklistDocument(ctx, evidence);
  const name = `vipps-go-live-checklist-${evidence.salesUnit.msn}-${evidence.generatedAt.toISOString().slice(0, 10)}`;
  if (input.format === "pdf") {
    return {
      filename: `${name}.pdf`,
      contentType: "application/pdf",
      body: Buffer.from(await renderChecklistPdf(doc)),
    };
  }
  return {
    filename: `${name}.md`,
    contentType: "text/markdown; charset=utf-8",
    body: Buffer.from(renderChecklistMarkdown(doc), "utf8"),
  };
};
