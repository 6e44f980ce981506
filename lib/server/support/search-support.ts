import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { searchTerms } from "./search-terms";

export type TCustomerHit = { id: string; name: string | null; email: string | null; phone: string | null; agreements: number };
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
export type TSearchResults = { customers: TCustomerHit[]; agreements: TAgreementHit[]; charges: TChargeHit[] };

const CUSTOMER = { id: true, name: true, email: true, phone: true } as const;
const PERSON = { select: { id: true, name: true } } as const;

/**
 * The support console's search: exact lookups on unique indexes (orderId, charge id, our and
 * Vipps's agreement ids, externalId, email, phone) and, for people, trigram matches on name, email
 * and phone fragments (prisma/sql/001_search_indexes.sql), each capped at `limit` rows.
 */
export const searchSupport = async ({ query, limit = 20 }: { query: string; limit?: number }): Promise<TSearchResults> => {
  const terms = searchTerms(query);
  const { token, email, phones } = terms;
  const none = Promise.resolve([] as never[]);

  const customerKeys: Prisma.CustomerWhereInput[] = [
    ...(token ? [{ id: token }] : []),
    ...(email ? [{ email }] : []),
    ...(phones.length ? [{ phone: { in: phones } }] : []),
  ];
  const [exactCustomers, agreements, charges] = await Promise.all([
    customerKeys.length ? db.customer.findMany({ where: { OR: customerKeys }, select: CUSTOMER, take: limit }) : none,
    token
      ? db.agreement.findMany({
          where: { OR: [{ id: token }, { vippsAgreementId: token }, { externalId: token }] },
          select: { id: true, vippsAgreementId: true, externalId: true, status: true, productName: true, customer: PERSON },
          take: limit,
        })
      : none,
    token
      ? db.charge.findMany({
          where: { OR: [{ orderId: token }, { id: token }, { externalId: token }] },
          select: { id: true, orderId: true, status: true, type: true, amount: true, currency: true, due: true, agreementId: true, customer: PERSON },
          take: limit,
        })
      : none,
  ]);
  // An exact hit is what the agent meant; fragments are searched only when nothing matched exactly.
  const exactHits = exactCustomers.length + agreements.length + charges.length;
  const fuzzyCustomers = exactHits ? [] : await findFuzzyCustomers(terms, limit);

  const seen = new Set<string>();
  const people = [...exactCustomers, ...fuzzyCustomers].filter((c) => !seen.has(c.id) && seen.add(c.id)).slice(0, limit);
  const counts = people.length
    ? await db.agreement.groupBy({ by: ["customerId"], where: { customerId: { in: people.map((c) => c.id) } }, _count: { _all: true } })
    : [];
  const countOf = new Map(counts.map((c) => [c.customerId, c._count._all]));
  return {
    customers: people.map((c) => ({ ...c, agreements: countOf.get(c.id) ?? 0 })),
    agreements,
    charges,
  };
};

type TPerson = { id: string; name: string | null; email: string | null; phone: string | null };

function findFuzzyCustomers(terms: ReturnType<typeof searchTerms>, limit: number): Promise<TPerson[]> {
  const conditions: Prisma.Sql[] = [];
  if (terms.nameWords.length) {
    conditions.push(Prisma.sql`(${Prisma.join(terms.nameWords.map((w) => Prisma.sql`lower(name) LIKE ${w}`), " AND ")})`);
  }
  if (terms.emailFragment) conditions.push(Prisma.sql`email LIKE ${terms.emailFragment}`);
  if (terms.phoneDigits) conditions.push(Prisma.sql`phone LIKE ${`%${terms.phoneDigits}%`}`);
  if (!conditions.length) return Promise.resolve([]);
  return db.$queryRaw<TPerson[]>`
    SELECT id, name, email, phone FROM "Customer"
    WHERE ${Prisma.join(conditions, " OR ")}
    LIMIT ${limit}`;
}
