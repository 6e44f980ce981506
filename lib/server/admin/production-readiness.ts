import "server-only";
import { db } from "@/lib/db";
import type { TServerContext } from "@/lib/server/context/server-context";

/**
 * What still stands between the context's shop and production, in the onboarding wizard's order (an empty
 * list when nothing does): the test unit's connection test, then the go-live verification in test,
 * then production keys for every market sold in test, their connection test and their webhooks.
 * setEnvironment refuses production with these reasons; the wizard shows them by the switch.
 */
export const productionBlockers = async (ctx: TServerContext): Promise<string[]> => {
  const { merchantId } = ctx;
  const [units, passed] = await Promise.all([
    db.salesUnit.findMany({
      where: { merchantId },
      orderBy: { createdAt: "asc" },
      select: {
        msn: true,
        market: true,
        environment: true,
        connectionOk: true,
        webhookId: true,
        webhookProblem: true,
      },
    }),
    db.checklistRun.count({
      where: { status: "PASSED", salesUnit: { merchantId, environment: "TEST" } },
    }),
  ]);
  const test = units.filter((u) => u.environment === "TEST");
  const production = units.filter((u) => u.environment === "PRODUCTION");
  const problems: string[] = [];
  if (test.length === 0) problems.push("connect a test sales unit");
  for (const unit of test.filter((u) => u.connectionOk !== true))
    problems.push(`test the connection of the test sales unit (MSN ${unit.msn}) successfully`);
  if (passed === 0) problems.push("pass the go-live verification in the test environment");
  if (production.length === 0) problems.push("add your production keys");
  for (const market of new Set(test.map((u) => u.market))) {
    if (production.length && !production.some((u) => u.market === market))
      problems.push(`add production keys for ${market}`);
  }
  if (production.some((u) => u.connectionOk !== true)) problems.push("test the production connection");
  if (production.some((u) => !u.webhookId)) problems.push("register webhooks for production");
  for (const unit of production.filter((u) => u.webhookId && u.webhookProblem))
    problems.push(`register webhooks for production again (MSN ${unit.msn}: ${unit.webhookProblem})`);
  return problems;
};
