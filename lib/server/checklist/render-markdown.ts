import type { TChecklistDoc, TDocBlock } from "./checklist-document";

const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");

/** The filled checklist as Markdown, ready to paste into the email to Vipps MobilePay. */
export function renderChecklistMarkdown(doc: TChecklistDoc): string {
  const out: string[] = [`# ${doc.title}`, "", ...doc.meta.map((m) => `- ${m}`), ""];
  for (const item of doc.items) {
    out.push(`## ${item.title}: ${item.statusText}`, "", `_${item.requirement}_`, "");
    for (const block of item.blocks) out.push(...renderBlock(block), "");
  }
  return out.join("\n");
}

function renderBlock(block: TDocBlock): string[] {
  if (block.kind === "p") return [block.text];
  if (block.kind === "list") return block.items.map((i) => `- ${i}`);
  return [
    `| ${block.head.map(cell).join(" | ")} |`,
    `|${block.head.map(() => " --- ").join("|")}|`,
    ...block.rows.map((r) => `| ${r.map(cell).join(" | ")} |`),
  ];
}
