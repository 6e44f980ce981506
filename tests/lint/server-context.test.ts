// Every lib/server function takes the server context first (issue 16): who asks, for which merchant,
// in which language, at what moment. Read from the source with TypeScript's parser, so a new export
// without it fails here. The exceptions are primitives below the data layer, each with its reason.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));
const serverDir = join(root, "lib/server");

/** `file#name` (or `file#*` for a whole file) → why it needs no context. */
const EXEMPT: Record<string, string> = {
  "context/build-context.ts#*": "builds the context",
  "context/server-context.ts#*": "the context's type and its pure helpers",
  "actor.ts#*": "maps an actor (part of the context) to audit and operation shapes",
  "client-address.ts#*": "reads the client address of a raw request, before any context exists",
  "id-param.ts#*": "validates a route parameter before any lookup",
  "or-not-found.ts#*": "turns an error into a 404, no data",
  "or-not-found-response.ts#*": "turns an error into a 404 response, no data",
  "error-response.ts#*":
    "turns an expected error into a route's JSON answer in the caller's language, no data",
  "with-advisory-lock.ts#*": "a transaction primitive the data functions use",
  "vipps/get-vipps-client.ts#getVippsClient":
    "the client of a sales unit its caller loaded within ctx.merchantId",
  "vipps/record-call.ts#recordVippsCall": "the Vipps client's own hook, below any request",
  "vipps/to-app-error.ts#toAppError": "maps an error, no data",
  "rate-limit.ts#*": "keyed by client address before anyone is known; no merchant, no clock of Abo's",
  "receipts/assign-receipt-number.ts#assignReceiptNumber":
    "a counter increment inside the caller's transaction, for a sales unit the caller loaded within ctx.merchantId",
  "checklist/emulator-clock.ts#localEmulatorClock":
    "talks to the local emulator's control API and the machine clock; no data, actor or time of Abo's",
  "checklist/checklist-document.ts#*": "lays out evidence its caller read within ctx as a document; no data",
  "checklist/render-markdown.ts#*": "renders a checklist document as Markdown; no data",
  "checklist/render-pdf.ts#*": "renders a checklist document as a PDF; no data",
  "admin/create-first-admin.ts#createFirstAdmin":
    "makes the first merchant: runs before any merchant (and context) exists",
  "admin/needs-first-run.ts#needsFirstRun":
    "whether /setup is open: asked before any merchant (and context) exists",
  "admin/dashboard/scope.ts#*":
    "SQL fragments of the dashboard's queries, built from what their caller read; no data",
  "admin/dashboard/refresh-forecast.ts#staleForecastSql":
    "an SQL fragment of the forecast's staleness rule at a key its caller computed; no data",
  "auth/sign-in-limits.ts#*":
    "rate limits keyed by client address and typed email before anyone is known; no merchant, no clock of Abo's",
  "webhooks/serve-webhook-request.ts#*":
    "the web role's HTTP edge for Vipps deliveries: nobody is known until the signature names the sales unit (receiveWebhook then builds the context of its merchant)",
  "webhooks/handle-webhook-delivery.ts#handleWebhookDelivery":
    "the HTTP edge for Vipps deliveries (web role and Next route): nobody is known until the signature names the sales unit",
  "webhooks/receive-webhook.ts#receiveWebhook":
    "verifies a delivery before anyone is known, then builds the system context of the signing sales unit's merchant",
  "webhooks/store-webhook-event.ts#storeWebhookEvent":
    "stores a verified delivery as Vipps sent it, in one group commit with other merchants' deliveries: events are no merchant's rows (applyStoredEvents finds each one's)",
  "webhooks/kick-drain.ts#kickDrain":
    "asks for a drain job: no data of any merchant, no actor, no clock of Abo's",
  "webhooks/event-outcome.ts#*":
    "what became of a stored event (applied, or put off by Vipps's Retry-After or a backoff): pure, typed by Prisma rows and Vipps errors",
  "webhooks/check-webhook.ts#describeProblem":
    "words for what is wrong with a registration its caller read within ctx: pure, typed by the Webhooks API's shapes",
  "webhooks/webhook-url.ts#webhookUrl":
    "where this installation receives deliveries (env): the same for every merchant, no data",
  "agreements/billing-plan.ts#*":
    "maps an agreement row to the billing calendar's terms: pure, but typed by Prisma rows (lib/domain may not import them)",
  "agreements/agreement-update.ts#agreementUpdate":
    "what a Vipps read changes in an agreement row, for its caller's write: pure, but typed by Prisma rows and Vipps schemas",
  "agreements/build-draft-request.ts#buildDraftRequest":
    "builds the Vipps draft body from rows its caller loaded: pure, but typed by Prisma rows and Vipps schemas",
  "customer-portal/plan-terms.ts#*":
    "maps product and agreement rows to their terms: pure, typed by Prisma rows",
  "customer-portal/summarize-agreement.ts#*":
    "maps a summary row to its DTO at the time and locale its caller passes: pure, typed by Prisma rows",
  "customer-portal/get-subscription.ts#toChargeDto":
    "maps a charge row to its DTO: pure, typed by Prisma rows",
  "billing/cancel-orphaned-charges.ts#cancelOrphanedCharges":
    "one set-based cleanup inside the billing run, over every merchant; no actor, no clock",
  "email/queue-email.ts#queueEmail":
    "a write to the outbox in the caller's transaction; the caller renders the mail and names whom to",
  "email/queue-email.ts#queueEmails":
    "queueEmail for a batch: one write to the outbox in the caller's transaction, mails its caller rendered",
  "email/list-demo-mailbox.ts#listDemoMailbox":
    "demo mode's public mailbox, before anyone signs in or /setup makes a merchant; demo addresses only",
  "system/check-readiness.ts#checkReadiness":
    "the load balancer's probe, before anyone is known; must answer with no merchant (or no database)",
  "system/failed-jobs.ts#*":
    "pg-boss's failed jobs are the installation's, not a merchant's; no actor, no clock",
};

type TExport = { file: string; name: string; firstParamType: string | null };

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") ? [path] : [];
  });
}

const isExported = (node: ts.Node) =>
  ts.canHaveModifiers(node) &&
  (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);

/** The function an exported `const` holds, looking through `cache(...)` and similar wrappers. */
function functionOf(expression: ts.Expression | undefined): ts.SignatureDeclaration | null {
  if (!expression) return null;
  if (ts.isArrowFunction(expression) || ts.isFunctionExpression(expression)) return expression;
  if (ts.isCallExpression(expression)) return functionOf(expression.arguments[0]);
  return null;
}

function exportedFunctions(path: string): TExport[] {
  const file = relative(serverDir, path);
  const source = ts.createSourceFile(path, readFileSync(path, "utf8"), ts.ScriptTarget.Latest, true);
  const found: TExport[] = [];
  const add = (name: string, fn: ts.SignatureDeclaration) =>
    found.push({ file, name, firstParamType: fn.parameters[0]?.type?.getText(source) ?? null });
  for (const statement of source.statements) {
    if (!isExported(statement)) continue;
    if (ts.isFunctionDeclaration(statement) && statement.name) add(statement.name.text, statement);
    if (ts.isVariableStatement(statement))
      for (const declaration of statement.declarationList.declarations) {
        const fn = functionOf(declaration.initializer);
        if (fn && ts.isIdentifier(declaration.name)) add(declaration.name.text, fn);
      }
  }
  return found;
}

const exempt = ({ file, name }: TExport) => EXEMPT[`${file}#*`] ?? EXEMPT[`${file}#${name}`];

describe("the server context", () => {
  const functions = sourceFiles(serverDir).flatMap(exportedFunctions);

  it("finds the data layer's functions", () => {
    expect(functions.length).toBeGreaterThan(150);
  });

  it("is the first parameter of every exported lib/server function", () => {
    const missing = functions
      .filter((fn) => !exempt(fn) && fn.firstParamType !== "TServerContext")
      .map((fn) => `${fn.file}#${fn.name}`);
    expect(missing).toEqual([]);
  });

  it("names a reason for every exception, and every exception still exists", () => {
    for (const key of Object.keys(EXEMPT)) {
      const [file, name] = key.split("#");
      expect(
        functions.some((fn) => fn.file === file && (name === "*" || fn.name === name)),
        key,
      ).toBe(true);
    }
  });
});
