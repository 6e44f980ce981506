import { expect, test } from "@playwright/test";
import { expectAccessible, screenshots } from "./customer-flows";
import { ADMIN, SUPPORT, signInAsStaff } from "./fixtures/auth";
import { sql, withBoss } from "./fixtures/db";

// The System page: a job failed the way the worker fails one (pg-boss keeps the thrown error),
// shown with its message to an admin, run again from the page and finished by the stack's worker.
// Support sees failed jobs on its work list but cannot open the page.

const QUEUE = "captures.warn";
const forced: string[] = [];

/** A failed job of a harmless queue: queued for later (so the worker leaves it), then failed with an error. */
async function forceFailedJob(message: string): Promise<string> {
  const id = await withBoss(async (boss) => {
    const jobId = (await boss.send(QUEUE, {}, { retryLimit: 0, startAfter: 3_600 }))!;
    await boss.fail(QUEUE, jobId, new Error(message));
    return jobId;
  });
  forced.push(id);
  return id;
}

const jobState = async (id: string) =>
  (await sql().query<{ state: string }>(`SELECT state::text AS state FROM pgboss.job WHERE id = $1`, [id]))
    .rows[0]?.state;

// Jobs this spec failed and left failed are not left for the rest of the run.
test.afterAll(async () => {
  await withBoss((boss) => boss.deleteJob(QUEUE, forced));
});

test("an admin opens the System page from the menu, sees a failed job's error and runs it again", async ({
  page,
}) => {
  const message = "The mail server refused the capture warning (e2e)";
  const id = await forceFailedJob(message);
  await signInAsStaff(page, ADMIN, "/admin");
  await page.getByRole("navigation", { name: "Staff" }).getByRole("link", { name: "System" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "System" })).toBeVisible();

  // The stack's worker beats; each schedule has a next run.
  const worker = page.getByRole("region", { name: "Worker" });
  await expect(worker.getByRole("listitem").first()).toContainText(/pid \d+/);
  await expect(worker.getByRole("alert")).toHaveCount(0);
  const schedule = page
    .getByRole("region", { name: "Scheduled jobs" })
    .getByRole("listitem")
    .filter({ hasText: QUEUE });
  await expect(schedule).toContainText(/Next run\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC/);

  // The failed job with its message; the stack pg-boss also kept (it names this file) stays out.
  const job = page.getByRole("listitem", { name: `${QUEUE} job ${id}` });
  await expect(job).toContainText(message);
  await expect(job).toContainText("after 1 attempt");
  await expect(page.getByRole("main")).not.toContainText("admin-system.spec");
  await expectAccessible(page);

  // The Vipps token check runs on request: one answer per sales unit (the demo's all reach the emulator).
  const { rows: units } = await sql().query<{ msn: string }>(`SELECT msn FROM "SalesUnit"`);
  await page.getByRole("button", { name: "Check Vipps tokens" }).click();
  const answers = page.getByRole("list", { name: "Token check results" }).getByRole("listitem");
  await expect(answers).toHaveCount(units.length);
  for (const unit of units)
    await expect(answers.filter({ hasText: `MSN ${unit.msn}` })).toContainText(/OK.*Connected/);
  await screenshots(page, "admin-system");

  // Nothing runs past the edge of a phone.
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.setViewportSize({ width: 1280, height: 800 });

  // Run again: due now (it was queued for later only to keep the worker off it while failing it).
  await sql().query(`UPDATE pgboss.job SET start_after = now() WHERE id = $1`, [id]);
  await job.getByRole("button", { name: "Run again" }).click();
  await expect(job).toHaveCount(0);
  await expect.poll(() => jobState(id), { timeout: 30_000 }).toBe("completed");
  const { rows } = await sql().query(
    `SELECT "actorEmail", "targetType" FROM "AuditEvent" WHERE action = 'job.retried' AND "targetId" = $1`,
    [id],
  );
  expect(rows).toEqual([{ actorEmail: ADMIN.email, targetType: "job" }]);

  // The worker's run is now the queue's last success.
  const { rows: last } = await sql().query<{ at: string }>(
    `SELECT to_char(max(completed_on) AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS') AS at FROM pgboss.job WHERE name = $1 AND state = 'completed'`,
    [QUEUE],
  );
  await page.reload();
  await expect(schedule).toContainText(`Last success${last[0]!.at} UTC`);
});

test("support sees failed background jobs on the work list but cannot open the System page", async ({
  page,
}) => {
  const message = "The capture warning could not be sent (e2e, support)";
  await forceFailedJob(message);
  await signInAsStaff(page, SUPPORT, "/support/work");
  const nav = page.getByRole("navigation", { name: "Staff" });
  await expect(nav.getByRole("link", { name: "Work lists" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "System" })).toHaveCount(0);

  // Other jobs may fail or be retried meanwhile on this stack: the count is checked as the page
  // read it, against the database at that moment, below.
  await page.getByRole("link", { name: /^Failed background jobs \(\d+\)$/ }).click();
  const table = page.getByRole("table", { name: "Failed background jobs" });
  const row = table.getByRole("row").filter({ hasText: message });
  await expect(row).toContainText(QUEUE);
  await expect(row.getByRole("link")).toHaveCount(0);
  await expectAccessible(page);

  expect((await page.goto("/admin/system"))?.status()).toBe(404);
});
