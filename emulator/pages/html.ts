const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

export const escapeHtml = (value: unknown): string =>
  String(value ?? "").replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

/** Tagged template that escapes every interpolation unless it is already `Safe`. */
export class Safe {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export function h(strings: TemplateStringsArray, ...values: unknown[]): Safe {
  let out = strings[0] ?? "";
  values.forEach((v, i) => {
    const rendered = Array.isArray(v)
      ? v.map((x) => (x instanceof Safe ? x.value : escapeHtml(x))).join("")
      : v instanceof Safe
        ? v.value
        : escapeHtml(v);
    out += rendered + (strings[i + 1] ?? "");
  });
  return new Safe(out);
}

const STYLE = `
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;background:#f6f6f8;color:#1b1b1f;line-height:1.5}
main{max-width:34rem;margin:2rem auto;background:#fff;padding:1.5rem 2rem;border-radius:12px;box-shadow:0 1px 4px rgba(0,0,0,.12)}
main.wide{max-width:80rem}
h1{font-size:1.5rem;margin:.2rem 0 1rem}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.4rem 1rem;margin:0 0 1.2rem}
dt{font-weight:600}
label{display:block;font-weight:600;margin:.8rem 0 .3rem}
input{font:inherit;padding:.5rem;border:1px solid #6b6b76;border-radius:6px;width:100%;box-sizing:border-box}
.actions{display:flex;gap:1rem;margin-top:1.2rem;flex-wrap:wrap}
button{font:inherit;padding:.6rem 1.4rem;border-radius:999px;border:2px solid #3c1a8c;cursor:pointer}
button.primary{background:#3c1a8c;color:#fff}
button.secondary{background:#fff;color:#3c1a8c}
a{color:#3c1a8c}
:focus-visible{outline:3px solid #ff5b24;outline-offset:2px}
.note{background:#fff4e5;border-left:4px solid #ff5b24;padding:.6rem 1rem;margin:1rem 0}
.error{background:#fde8e8;border-left:4px solid #b42318;padding:.6rem 1rem;margin:1rem 0}
.brand{font-size:.9rem;font-weight:700;color:#ff5b24;letter-spacing:.02em}
table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{text-align:left;padding:.35rem .5rem;border-bottom:1px solid #e2e2e8;vertical-align:top}
nav ul{display:flex;gap:1rem;list-style:none;padding:0}
code{font-size:.85rem}
`;

// Inline, so the emulator serves no extra route for it: a purple "E" square (the emulator's own
// mark, never Vipps's, so nobody mistakes its pages for the real ones).
const FAVICON =
  "data:image/svg+xml," +
  encodeURIComponent(
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="7" fill="#3c1a8c"/><text x="16" y="23" font-family="system-ui,sans-serif" font-size="20" font-weight="700" fill="#fff" text-anchor="middle">E</text></svg>',
  );

export function layout(title: string, body: Safe, opts: { wide?: boolean } = {}): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="icon" href="${FAVICON}">
<style>${STYLE}</style>
</head>
<body>
<main${opts.wide ? ' class="wide"' : ""}>
${body.value}
</main>
</body>
</html>`;
}
