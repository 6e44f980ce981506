// The two parts of every email, built from one list of blocks: plain text (what many people read,
// and what spam filters compare) and simple, table-free HTML with inline styles (mail clients drop
// <style>). Every value is escaped; links are written out in full in the text part.

export type TBlock =
  { p: string } | { list: string[]; ordered?: boolean } | { action: { label: string; url: string } };

export type TEmailParts = {
  lang: string;
  subject: string;
  greeting: string;
  blocks: TBlock[];
  footer: string[];
  signature: string;
  /** The shop's colour (buttons, the top rule) and logo (an absolute URL); absent: Abo's blue. */
  look?: { color: string | null; logoUrl: string | null; alt: string };
};

const DEFAULT_COLOUR = "#1d4ed8";

export function emailText(parts: TEmailParts): string {
  const blocks = parts.blocks.map((block) => {
    if ("p" in block) return block.p;
    if ("list" in block)
      return block.list.map((item, i) => (block.ordered ? `${i + 1}. ${item}` : `- ${item}`)).join("\n");
    return `${block.action.label}:\n${block.action.url}`;
  });
  return [parts.greeting, ...blocks, ...parts.footer, parts.signature].join("\n\n") + "\n";
}

const escape = (value: string) =>
  value.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );

const P = 'style="margin:0 0 16px;font-size:16px;line-height:1.5"';

export function emailHtml(parts: TEmailParts): string {
  const colour = parts.look?.color ?? DEFAULT_COLOUR;
  const logo = parts.look?.logoUrl
    ? `<p style="margin:0 0 20px"><img src="${escape(parts.look.logoUrl)}" alt="${escape(parts.look.alt)}" height="40" style="display:block;height:40px;max-width:200px;border:0"></p>`
    : "";
  const blocks = parts.blocks.map((block) => {
    if ("p" in block) return `<p ${P}>${escape(block.p)}</p>`;
    if ("list" in block) {
      const tag = block.ordered ? "ol" : "ul";
      const items = block.list.map((item) => `<li style="margin:0 0 6px">${escape(item)}</li>`).join("");
      return `<${tag} style="margin:0 0 16px;padding-left:24px;font-size:16px;line-height:1.5">${items}</${tag}>`;
    }
    const { label, url } = block.action;
    return `<p ${P}><a href="${escape(url)}" style="display:inline-block;padding:12px 20px;border-radius:8px;background:${escape(colour)};color:#ffffff;font-weight:600;text-decoration:none">${escape(label)}</a></p>`;
  });
  const footer = parts.footer
    .map(
      (line) => `<p style="margin:0 0 8px;font-size:14px;line-height:1.5;color:#404040">${escape(line)}</p>`,
    )
    .join("");
  return [
    `<!doctype html><html lang="${escape(parts.lang)}"><head><meta charset="utf-8">`,
    `<meta name="viewport" content="width=device-width,initial-scale=1"><title>${escape(parts.subject)}</title></head>`,
    `<body style="margin:0;padding:24px;background:#f5f5f5;font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;color:#171717">`,
    `<main style="max-width:560px;margin:0 auto;padding:24px;background:#ffffff;border-radius:12px;border-top:4px solid ${escape(colour)}">`,
    logo,
    `<p ${P}>${escape(parts.greeting)}</p>`,
    ...blocks,
    footer ? `<hr style="border:0;border-top:1px solid #e5e5e5;margin:24px 0 16px">${footer}` : "",
    `<p style="margin:16px 0 0;font-size:14px;color:#404040">${escape(parts.signature)}</p>`,
    `</main></body></html>`,
  ].join("");
}
