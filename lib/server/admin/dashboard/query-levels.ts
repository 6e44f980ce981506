import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { levelsFromSlots } from "@/lib/domain/metrics/series";
import { analyticalQuery, monthlySql, scopedAgreements, timestamps, type TScope } from "./scope";

export type TLevels = { mrr: Record<string, number[]>; subscribers: number[]; agreements: number[] };

/**
 * MRR per currency, subscribers and active agreements at each instant, in one pass over the book:
 * every start, stop and campaign end is a change (+ or −) filed under the first instant it counts
 * for (width_bucket), and the levels are those changes added up. Subscribers are customers with at
 * least one active agreement: each customer's overlapping agreements are merged into spans first.
 * Formulas: lib/domain/metrics/mrr.ts.
 */
export const queryLevels = async (scope: TScope, instants: Date[]): Promise<TLevels> => {
  const rows = await analyticalQuery<{
    metric: string;
    currency: string;
    slot: number;
    total: bigint | number | string;
  }>(Prisma.sql`
    WITH scoped AS (${scopedAgreements(scope)}),
    priced AS (
      SELECT id, currency, started, ended,
        CASE WHEN "pricingType" = 'LEGACY' AND "campaignType" IS NOT NULL AND "campaignPrice" IS NOT NULL THEN
          CASE "campaignType"
            WHEN 'PRICE_CAMPAIGN' THEN "campaignEnd"
            WHEN 'FULL_FLEX_CAMPAIGN' THEN "campaignEnd"
            WHEN 'EVENT_CAMPAIGN' THEN "campaignEventDate"
            WHEN 'PERIOD_CAMPAIGN' THEN started + (CASE "campaignPeriodUnit" WHEN 'DAY' THEN make_interval(days => "campaignPeriodCount")
              WHEN 'WEEK' THEN make_interval(weeks => "campaignPeriodCount") WHEN 'MONTH' THEN make_interval(months => "campaignPeriodCount")
              ELSE make_interval(years => "campaignPeriodCount") END)
          END
        END AS until,
        CASE WHEN "campaignType" = 'FULL_FLEX_CAMPAIGN' AND "campaignIntervalUnit" IS NOT NULL
          THEN ${monthlySql(Prisma.sql`"campaignPrice"`, Prisma.sql`"campaignIntervalUnit"`, Prisma.sql`"campaignIntervalCount"`)}
          ELSE ${monthlySql(Prisma.sql`"campaignPrice"`, Prisma.sql`"intervalUnit"`, Prisma.sql`"intervalCount"`)} END AS campaign_value,
        ${monthlySql(
          Prisma.sql`(CASE WHEN "pricingType" = 'LEGACY' THEN amount ELSE LEAST(COALESCE(amount, "maxAmount", "suggestedMaxAmount"), COALESCE("suggestedMaxAmount", amount, "maxAmount")) END)`,
          Prisma.sql`"intervalUnit"`,
          Prisma.sql`"intervalCount"`,
        )} AS value
      FROM scoped
      WHERE "pricingType" <> 'FLEXIBLE' AND "intervalUnit" IS NOT NULL
    ),
    segments AS (
      SELECT currency, started AS s, CASE WHEN ended IS NULL OR until < ended THEN until ELSE ended END AS e, campaign_value AS v
        FROM priced WHERE until IS NOT NULL AND until > started AND campaign_value IS NOT NULL
      UNION ALL
      SELECT currency, GREATEST(started, COALESCE(until, started)), ended, value
        FROM priced WHERE value IS NOT NULL AND (ended IS NULL OR GREATEST(started, COALESCE(until, started)) < ended)
    ),
    spans AS (
      SELECT "customerId" AS c, started AS s, COALESCE(ended, 'infinity'::timestamp) AS e FROM scoped
    ),
    ordered AS (
      SELECT c, s, e, MAX(e) OVER (PARTITION BY c ORDER BY s, e ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS previous_end FROM spans
    ),
    islands AS (
      SELECT c, MIN(s) AS s, MAX(e) AS e FROM (
        SELECT c, s, e, SUM(CASE WHEN previous_end IS NULL OR s > previous_end THEN 1 ELSE 0 END) OVER (PARTITION BY c ORDER BY s, e ROWS UNBOUNDED PRECEDING) AS island
        FROM ordered) grouped
      GROUP BY c, island
    ),
    changes AS (
      SELECT 'mrr' AS metric, currency, s AS t, v AS delta FROM segments
      UNION ALL SELECT 'mrr', currency, e, -v FROM segments WHERE e IS NOT NULL
      UNION ALL SELECT 'subscribers', '', s, 1 FROM islands
      UNION ALL SELECT 'subscribers', '', e, -1 FROM islands WHERE e <> 'infinity'::timestamp
      UNION ALL SELECT 'agreements', '', started, 1 FROM scoped
      UNION ALL SELECT 'agreements', '', ended, -1 FROM scoped WHERE ended IS NOT NULL
    )
    SELECT metric, currency, width_bucket(t, ${timestamps(instants)}) AS slot, SUM(delta) AS total
    FROM changes GROUP BY metric, currency, slot`);

  const slots = new Map<string, Map<number, number>>();
  for (const row of rows) {
    const key = `${row.metric}|${row.currency}`;
    if (!slots.has(key)) slots.set(key, new Map());
    slots.get(key)!.set(Number(row.slot), Number(row.total));
  }
  const levels = (key: string) => levelsFromSlots(slots.get(key) ?? new Map(), instants.length);
  const mrr: Record<string, number[]> = {};
  for (const key of slots.keys()) if (key.startsWith("mrr|")) mrr[key.slice(4)] = levels(key);
  return { mrr, subscribers: levels("subscribers|"), agreements: levels("agreements|") };
};
