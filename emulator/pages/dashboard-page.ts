import type { App } from "../app";
import { priceText } from "../domain/intervals";
import { formatAmount } from "../domain/money";
import { isoDateTime } from "../domain/time";
import { h, layout, type Safe } from "./html";

const PAGE_SIZE = 50;
const VIEWS = ["agreements", "charges", "deliveries", "requests"] as const;
type View = (typeof VIEWS)[number];

function paginate<T>(items: T[], page: number): { rows: T[]; pager: Safe } {
  const pages = Math.max(1, Math.ceil(items.length / PAGE_SIZE));
  const current = Math.min(Math.max(1, page), pages);
  const rows = items.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE);
  return { rows, pager: h`<p>Page ${current} of ${pages} (${items.length} rows)</p>` };
}

const link = (view: View, page: number, label: string) =>
  h`<a href="/_emulator?view=${view}&amp;page=${page}">${label}</a>`;

function pagerLinks(view: View, page: number, total: number): Safe {
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  return h`<p>${page > 1 ? link(view, page - 1, "Previous page") : ""} ${page < pages ? link(view, page + 1, "Next page") : ""}</p>`;
}

function agreementsTable(app: App, page: number): Safe {
  const all = [...app.engine.store.agreements.values()].reverse();
  const { rows, pager } = paginate(all, page);
  const body = rows.map(
    (
      a,
    ) => h`<tr><td><a href="/_emulator/agreements/${a.id}"><code>${a.id}</code></a></td><td>${a.msn}</td><td>${a.status}</td>
<td>${a.productName}</td><td>${priceText(a)}</td><td>${isoDateTime(a.created)}</td><td>${a.userPhoneNumber ?? a.phoneNumber ?? ""}</td>
<td>${a.status === "ACTIVE" ? h`<form method="post" action="/_emulator/ui/agreements/${a.id}/user-stop"><button class="secondary" type="submit">Stop as user</button></form>` : ""}</td></tr>`,
  );
  return h`${pager}<table><caption>Agreements, newest first</caption><thead><tr><th scope="col">Id</th><th scope="col">MSN</th><th scope="col">Status</th>
<th scope="col">Product</th><th scope="col">Price</th><th scope="col">Created</th><th scope="col">User</th><th scope="col">User side</th></tr></thead>
<tbody>${body}</tbody></table>${pagerLinks("agreements", page, all.length)}`;
}

function chargesTable(app: App, page: number): Safe {
  const all = [...app.engine.store.charges.values()].reverse();
  const { rows, pager } = paginate(all, page);
  const body = rows.map(
    (
      c,
    ) => h`<tr><td><code>${c.id}</code></td><td><code>${c.agreementId}</code></td><td>${c.status}</td><td>${c.type}</td>
<td>${formatAmount(c.amount, c.currency)}</td><td>${c.due}</td><td>${c.failureReason ?? ""}</td>
<td>${formatAmount(c.captured, c.currency)} / ${formatAmount(c.refunded, c.currency)} / ${formatAmount(c.cancelled, c.currency)}</td></tr>`,
  );
  return h`${pager}<table><caption>Charges, newest first</caption><thead><tr><th scope="col">Id</th><th scope="col">Agreement</th><th scope="col">Status</th>
<th scope="col">Type</th><th scope="col">Amount</th><th scope="col">Due</th><th scope="col">Failure</th><th scope="col">Captured / refunded / cancelled</th></tr></thead>
<tbody>${body}</tbody></table>${pagerLinks("charges", page, all.length)}`;
}

function deliveriesTable(app: App, page: number): Safe {
  const all = [...app.engine.store.deliveries.values()].sort((a, b) => b.seq - a.seq);
  const { rows, pager } = paginate(all, page);
  const body = rows.map(
    (
      d,
    ) => h`<tr><td>${new Date(d.createdAt).toISOString()}</td><td>${d.eventType}</td><td>${d.status}</td><td>${d.attempts}</td>
<td>${d.lastStatus ?? ""} ${d.lastError ?? ""}</td><td>${app.engine.store.webhooks.get(d.registrationId)?.url ?? d.registrationId}</td></tr>`,
  );
  return h`${pager}<table><caption>Webhook deliveries, newest first</caption><thead><tr><th scope="col">Created</th><th scope="col">Event</th>
<th scope="col">Status</th><th scope="col">Attempts</th><th scope="col">Last result</th><th scope="col">URL</th></tr></thead>
<tbody>${body}</tbody></table>${pagerLinks("deliveries", page, all.length)}`;
}

function requestsTable(app: App, page: number): Safe {
  const all = app.log.list({ limit: 100_000 });
  const { rows, pager } = paginate(all, page);
  const body = rows.map(
    (
      r,
    ) => h`<tr><td>${r.time}</td><td>${r.method}</td><td><code>${r.path}</code></td><td>${r.status}</td><td>${r.durationMs} ms</td>
<td><code>${r.idempotencyKey ?? ""}</code></td></tr>`,
  );
  return h`${pager}<table><caption>Requests to the Vipps surface, newest first</caption><thead><tr><th scope="col">Time</th><th scope="col">Method</th>
<th scope="col">Path</th><th scope="col">Status</th><th scope="col">Duration</th><th scope="col">Idempotency-Key</th></tr></thead>
<tbody>${body}</tbody></table>${pagerLinks("requests", page, all.length)}`;
}

/** GET /_emulator: a read-only view of the state, server-rendered, no scripts. */
export function dashboardPage(app: App, query: URLSearchParams): string {
  const view = (VIEWS as readonly string[]).includes(query.get("view") ?? "")
    ? (query.get("view") as View)
    : "agreements";
  const page = Number(query.get("page") ?? 1) || 1;
  const tables = {
    agreements: agreementsTable,
    charges: chargesTable,
    deliveries: deliveriesTable,
    requests: requestsTable,
  };
  const nav = VIEWS.map(
    (v) => h`<li>${v === view ? h`<strong aria-current="page">${v}</strong>` : link(v, 1, v)}</li>`,
  );
  const body = h`<h1>Vipps MobilePay emulator</h1>
<p>Clock: ${new Date(app.engine.now()).toISOString()} (${app.engine.clock.mode}). JSON: <a href="/_emulator/stats">stats</a>.</p>
<nav aria-label="Views"><ul>${nav}</ul></nav>
${tables[view](app, page)}`;
  return layout("Emulator state", body, { wide: true });
}
