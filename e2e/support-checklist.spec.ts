import { expect, test } from "@playwright/test";
import { extractText, getDocumentProxy } from "unpdf";
import { ADMIN, signInAsStaff } from "./fixtures/auth";
import { sql } from "./fixtures/db";
import { emulator } from "./fixtures/emulator";

type TStep = {
  key: string;
  required: boolean;
  status: string;
  endState?: string;
  orderId?: string;
  vippsAgreementId?: string;
};

test("an admin runs the go-live verification against the emulator and exports the filled checklist", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const clockBefore = Date.parse((await emulator.clock()).now) - Date.now();
  await signInAsStaff(page, ADMIN, "/support/checklist");
  await expect(page.getByRole("heading", { level: 1, name: "Go-live checklist" })).toBeVisible();
  await page.getByRole("button", { name: "Run the test-environment verification" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Verification passed." })).toBeVisible({
    timeout: 90_000,
  });

  const { rows } = await sql().query<{ id: string; status: string; steps: TStep[] }>(
    `SELECT id, status, steps FROM "ChecklistRun" ORDER BY "startedAt" DESC LIMIT 1`,
  );
  const run = rows[0]!;
  expect(run.status).toBe("PASSED");
  const ends: Record<string, TStep> = Object.fromEntries(
    run.steps.filter((s) => s.required).map((s) => [s.endState, s]),
  );
  expect(Object.keys(ends).sort()).toEqual(["ACTIVE", "CHARGED", "REFUNDED", "STOPPED"]);
  const ids = [
    ends.ACTIVE!.vippsAgreementId!,
    ends.STOPPED!.vippsAgreementId!,
    ends.CHARGED!.orderId!,
    ends.REFUNDED!.orderId!,
  ];
  for (const s of Object.values(ends)) expect(s.status).toBe("DONE");

  // The page shows the run with its ids.
  const verification = page.getByRole("region", { name: "Test-environment verification" }).last();
  await expect(verification.getByText(`Run ${run.id}: PASSED`, { exact: false })).toBeVisible();
  for (const id of ids)
    await expect(verification.getByRole("cell", { name: id, exact: true }).first()).toBeVisible();

  // The emulator's clock was moved to the batch and back: it agrees with the wall clock again.
  const clockAfter = Date.parse((await emulator.clock()).now) - Date.now();
  expect(Math.abs(clockAfter - clockBefore)).toBeLessThan(5 * 60_000);

  // Both exports list the four end states with their ids.
  const unit = (
    await sql().query<{ id: string }>(`SELECT "salesUnitId" AS id FROM "ChecklistRun" WHERE id = $1`, [
      run.id,
    ])
  ).rows[0]!.id;
  const markdown = await page.request.get(`/api/support/checklist/${unit}?format=md`);
  expect(markdown.headers()["content-type"]).toMatch(/text\/markdown/);
  const md = await markdown.text();
  for (const text of [...ids, "ACTIVE", "STOPPED", "CHARGED", "REFUNDED", "Vipps-System-Plugin-Name"])
    expect(md).toContain(text);

  const pdfHref = await page.getByRole("link", { name: "Download PDF" }).getAttribute("href");
  const pdf = await page.request.get(pdfHref!);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(await pdf.body())), {
    mergePages: true,
  });
  for (const t of [...ids, "ACTIVE", "STOPPED", "CHARGED", "REFUNDED", "PASSED"]) expect(text).toContain(t);
});
