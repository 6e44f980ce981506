import "server-only";
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from "pdf-lib";
import type { TChecklistDoc, TDocBlock } from "./checklist-document";

const PAGE = { width: 595.28, height: 841.89, margin: 48 };
const WIDTH = PAGE.width - 2 * PAGE.margin;

/**
 * The filled checklist as a PDF with real text (standard fonts, so it can be searched, copied and
 * read back). Table cells wrap between words; ids are never split across lines.
 */
export async function renderChecklistPdf(doc: TChecklistDoc): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(doc.title);
  pdf.setProducer("Abo");
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const supported = new Set(regular.getCharacterSet());
  const clean = (text: string) =>
    [
      ...text
        .replace(/[“”]/g, '"')
        .replace(/[‘’]/g, "'")
        .replace(/→/g, "->")
        .replace(/≥/g, ">=")
        .replace(/≤/g, "<="),
    ]
      .map((c) => (supported.has(c.codePointAt(0)!) ? c : "?"))
      .join("");

  let page: PDFPage = pdf.addPage([PAGE.width, PAGE.height]);
  let y = PAGE.height - PAGE.margin;
  const room = (height: number) => {
    if (y - height >= PAGE.margin) return;
    page = pdf.addPage([PAGE.width, PAGE.height]);
    y = PAGE.height - PAGE.margin;
  };
  const lines = (text: string, font: PDFFont, size: number, width: number) =>
    wrap(clean(text), font, size, width);
  const write = (
    text: string,
    opts: {
      font?: PDFFont;
      size?: number;
      indent?: number;
      gap?: number;
      color?: [number, number, number];
    } = {},
  ) => {
    const font = opts.font ?? regular;
    const size = opts.size ?? 9.5;
    const indent = opts.indent ?? 0;
    for (const line of lines(text, font, size, WIDTH - indent)) {
      room(size * 1.35);
      page.drawText(line, {
        x: PAGE.margin + indent,
        y: y - size,
        size,
        font,
        color: rgb(...(opts.color ?? [0, 0, 0])),
      });
      y -= size * 1.35;
    }
    y -= opts.gap ?? 4;
  };

  const table = (block: Extract<TDocBlock, { kind: "table" }>) => {
    const size = 7.5;
    const widths = columnWidths([block.head, ...block.rows], bold, size);
    if (!widths) {
      // Too many wide ids for a table: one record per row instead.
      for (const row of block.rows)
        write(row.map((v, i) => `${block.head[i]}: ${v}`).join("; "), { size: 8.5, indent: 8 });
      return;
    }
    for (const [index, row] of [block.head, ...block.rows].entries()) {
      const font = index === 0 ? bold : regular;
      const cells = row.map((v, i) => lines(v, font, size, widths[i]! - 6));
      const height = Math.max(...cells.map((c) => c.length)) * size * 1.3 + 4;
      room(height);
      let x = PAGE.margin;
      cells.forEach((cellLines, i) => {
        cellLines.forEach((line, n) => page.drawText(line, { x, y: y - size - n * size * 1.3, size, font }));
        x += widths[i]!;
      });
      y -= height;
      page.drawLine({
        start: { x: PAGE.margin, y: y + 2 },
        end: { x: PAGE.margin + WIDTH, y: y + 2 },
        thickness: 0.3,
        color: rgb(0.7, 0.7, 0.7),
      });
    }
    y -= 6;
  };

  write(doc.title, { font: bold, size: 15, gap: 8 });
  for (const m of doc.meta) write(m, { size: 9 });
  y -= 8;
  for (const item of doc.items) {
    room(60);
    write(`${item.title}: ${item.statusText}`, { font: bold, size: 12, gap: 2 });
    write(item.requirement, { size: 9, color: [0.3, 0.3, 0.3] });
    for (const block of item.blocks) {
      if (block.kind === "p") write(block.text);
      else if (block.kind === "list") block.items.forEach((i) => write(`- ${i}`, { indent: 8, gap: 1 }));
      else table(block);
    }
    y -= 8;
  }
  return pdf.save();

  // Each column at least as wide as its longest unbreakable word; the rest shared by text length.
  function columnWidths(rows: string[][], font: PDFFont, size: number): number[] | null {
    const count = rows[0]!.length;
    const min = Array.from(
      { length: count },
      (_, i) =>
        Math.max(
          ...rows.map((r) =>
            Math.max(
              ...clean(r[i] ?? "")
                .split(/\s+/)
                .map((w) => font.widthOfTextAtSize(w, size)),
            ),
          ),
        ) + 8,
    );
    const spare = WIDTH - min.reduce((a, b) => a + b, 0);
    if (spare < 0) return null;
    const weight = Array.from({ length: count }, (_, i) =>
      rows.reduce((sum, r) => sum + clean(r[i] ?? "").length, 0),
    );
    const total = weight.reduce((a, b) => a + b, 0) || 1;
    return min.map((m, i) => m + (spare * weight[i]!) / total);
  }
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const out: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    let line = "";
    for (const word of paragraph.split(/\s+/)) {
      const next = line ? `${line} ${word}` : word;
      if (line && font.widthOfTextAtSize(next, size) > width) {
        out.push(line);
        line = word;
      } else line = next;
    }
    out.push(line);
  }
  return out;
}
