import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { searchTerms, type TSearchTerms } from "@/lib/domain/search-terms";
import type { TServerContext } from "@/lib/server/context/server-context";

export type TCustomerHit = {
  id: string;
  name: string | null;
  email: string | null;
  phone: string | null;
  agreements: number;
};
export type TAgreementHit = {
  id: string;
  vippsAgreementId: string | null;
  externalId: string;
  status: string;
  productName: string;
  customer: { id: string; name: string | null } | null;
};
export type TChargeHit = {
  id: string;
  orderId: string;
  status: string;
  type: string;
  amount: number;
  currency: string;
  due: Date | null;
  agreementId: string;
  customer: { id: string; name: string | null } | null;
};
export type TSearchResults = {
  customers: TCustomerHit[];
  agreements: TAgreementHit[];
  charges: TChargeHit[];
};

type TRow = {
  customers: TCustomerHit[] | null;
  agreements: TAgreementHit[] | null;
  charges: (Omit<TChargeHit, "due"> & { due: string | null })[] | null;
};

// A customer with the number of their agreements, as JSON (one round trip for the whole search).
const CUSTOMER_JSON = Prisma.sql`json_build_object('id', cu.id, 'name', cu.name, 'email', cu.email, 'phone', cu.phone,
  'agreements', (SELECT count(*) FROM "Agreement" x WHERE x."customerId" = cu.id))`;
const PERSON_JSON = Prisma.sql`CASE WHEN cu.id IS NULL THEN NULL ELSE json_build_object('id', cu.id, 'name', cu.name) END`;

/**
 * The support console's search, within ctx.merchantId's customers, agreements and charges. First exact lookups on unique indexes (orderId, charge id, our and
 * Vipps's agreement ids, externalId, email, phone), all in one query; only when nothing matches
 * exactly, trigram matches on name, email and phone fragments (prisma/sql/001_search_indexes.sql).
 * Each group is capped at `limit` rows. Raw SQL: at a million charges the search must stay within
 * a few milliseconds, and one statement does it in one round trip.
 */
export const searchSupport = async (
  ctx: TServerContext,
  { query, limit = 20 }: { query: string; limit?: number },
): Promise<TSearchResults> => {
  const terms = searchTerms(query);
  if (
    !terms.token &&
    !terms.email &&
    !terms.phones.length &&
    !terms.nameWords.length &&
    !terms.emailFragment &&
    !terms.phoneDigits
  ) {
    return { customers: [], agreements: [], charges: [] };
  }
  const exact = await exactMatches(ctx.merchantId, terms, limit);
  const hits = exact.customers.length + exact.agreements.length + exact.charges.length;
  // An exact hit is what the agent meant; fragments are searched only when nothing matched exactly.
  return hits ? exact : { ...exact, customers: await fuzzyCustomers(ctx.merchantId, terms, limit) };
};

async function exactMatches(
  merchantId: string,
  { token, email, phones }: TSearchTerms,
  limit: number,
): Promise<TSearchResults> {
  const [row] = await db.$queryRaw<TRow[]>`
    SELECT
      (SELECT json_agg(${CUSTOMER_JSON}) FROM (
         SELECT * FROM "Customer" WHERE "merchantId" = ${merchantId}
           AND (id = ${token} OR email = ${email} OR phone = ANY(${phones}::text[])) LIMIT ${limit}) cu) AS customers,
      (SELECT json_agg(json_build_object('id', a.id, 'vippsAgreementId', a."vippsAgreementId", 'externalId', a."externalId", 'status', a.status,
                                         'productName', a."productName", 'customer', ${PERSON_JSON}))
       FROM (SELECT * FROM "Agreement" WHERE "merchantId" = ${merchantId}
               AND (id = ${token} OR "vippsAgreementId" = ${token} OR "externalId" = ${token}) LIMIT ${limit}) a
       LEFT JOIN "Customer" cu ON cu.id = a."customerId") AS agreements,
      (SELECT json_agg(json_build_object('id', h.id, 'orderId', h."orderId", 'status', h.status, 'type', h.type, 'amount', h.amount, 'currency', h.currency,
                                         'due', h.due, 'agreementId', h."agreementId", 'customer', ${PERSON_JSON}))
       FROM (SELECT * FROM "Charge" ch WHERE ("orderId" = ${token} OR id = ${token} OR "externalId" = ${token})
               AND EXISTS (SELECT 1 FROM "Agreement" ca WHERE ca.id = ch."agreementId" AND ca."merchantId" = ${merchantId})
             LIMIT ${limit}) h
       LEFT JOIN "Customer" cu ON cu.id = h."customerId") AS charges`;
  return {
    customers: row?.customers ?? [],
    agreements: row?.agreements ?? [],
    charges: (row?.charges ?? []).map((c) => ({ ...c, due: c.due ? new Date(`${c.due}T00:00:00Z`) : null })),
  };
}

async function fuzzyCustomers(
  merchantId: string,
  terms: TSearchTerms,
  limit: number,
): Promise<TCustomerHit[]> {
  const conditions: Prisma.Sql[] = [];
  if (terms.nameWords.length) {
    conditions.push(
      Prisma.sql`(${Prisma.join(
        terms.nameWords.map((w) => Prisma.sql`lower(name) LIKE ${w}`),
        " AND ",
      )})`,
    );
  }
  if (terms.emailFragment) conditions.push(Prisma.sql`email LIKE ${terms.emailFragment}`);
  if (terms.phoneDigits) conditions.push(Prisma.sql`phone LIKE ${`%${terms.phoneDigits}%`}`);
  if (!conditions.length) return [];
  const [row] = await db.$queryRaw<{ customers: TCustomerHit[] | null }[]>`
    SELECT json_agg(${CUSTOMER_JSON}) AS customers
    FROM (SELECT * FROM "Customer" WHERE "merchantId" = ${merchantId} AND (${Prisma.join(conditions, " OR ")}) LIMIT ${limit}) cu`;
  return row?.customers ?? [];
}
