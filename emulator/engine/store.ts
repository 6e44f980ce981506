import type { Journal, JournalEntry } from "../storage/journal";
import type {
  Agreement,
  BulkJob,
  Charge,
  Delivery,
  IdempotencyRecord,
  Merchant,
  TestUser,
  WebhookRegistration,
} from "../domain/types";
import type { ClockState } from "./clock";

export type Settings = {
  /** Minimum days between today and a charge's due date: 1 (since late 2025) or 2 (legacy mode). */
  leadDays: number;
};

export type Meta = { tokenKey: string; clock: ClockState | null; settings: Settings };

export const chargeKey = (msn: string, chargeId: string): string => `${msn}:${chargeId}`;

const DELIVERED_TO_KEEP = 20_000;

/**
 * All state, in memory, with the indexes the API needs. Entities are mutated in place by the
 * engine, which then calls `save*` so the change reaches the journal.
 */
export class Store {
  merchants = new Map<string, Merchant>();
  users = new Map<string, TestUser>();
  agreements = new Map<string, Agreement>();
  charges = new Map<string, Charge>();
  idempotency = new Map<string, IdempotencyRecord>();
  webhooks = new Map<string, WebhookRegistration>();
  deliveries = new Map<string, Delivery>();
  bulkJobs = new Map<string, BulkJob>();
  meta: Meta;

  agreementsByMsn = new Map<string, Agreement[]>();
  agreementByToken = new Map<string, Agreement>();
  chargesByAgreement = new Map<string, Charge[]>();
  merchantByClientId = new Map<string, Merchant>();
  merchantBySubscriptionKey = new Map<string, Merchant>();
  userBySub = new Map<string, TestUser>();
  /** `msn:orderId` of bulk items accepted but not yet created: orderIds are unique per MSN. */
  pendingBulkOrderIds = new Set<string>();
  deliverySeq = 0;

  constructor(
    private readonly journal: Journal | null,
    meta: Meta,
  ) {
    this.meta = meta;
  }

  private write(kind: string, id: string, value: unknown): void {
    this.journal?.append(kind, id, value);
  }

  sync(): Promise<void> {
    return this.journal?.sync() ?? Promise.resolve();
  }

  saveMeta(): void {
    this.write("meta", "meta", this.meta);
  }

  putMerchant(m: Merchant): void {
    const old = this.merchants.get(m.msn);
    if (old) {
      this.merchantByClientId.delete(old.clientId);
      this.merchantBySubscriptionKey.delete(old.subscriptionKey);
    }
    this.merchants.set(m.msn, m);
    this.merchantByClientId.set(m.clientId, m);
    this.merchantBySubscriptionKey.set(m.subscriptionKey, m);
    this.write("merchant", m.msn, m);
  }

  putUser(u: TestUser): void {
    const old = this.users.get(u.phoneNumber);
    if (old) this.userBySub.delete(old.sub);
    this.users.set(u.phoneNumber, u);
    this.userBySub.set(u.sub, u);
    this.write("user", u.phoneNumber, u);
  }

  addAgreement(a: Agreement, journal = true): void {
    this.agreements.set(a.id, a);
    let list = this.agreementsByMsn.get(a.msn);
    if (!list) this.agreementsByMsn.set(a.msn, (list = []));
    list.push(a);
    this.agreementByToken.set(a.confirmationToken, a);
    if (journal) this.write("agreement", a.id, a);
  }

  /** Forgets an agreement and its charges, as Vipps's test environment purges old data. */
  deleteAgreement(id: string): void {
    const a = this.agreements.get(id);
    if (!a) return;
    for (const c of this.chargesOf(id)) {
      this.charges.delete(chargeKey(c.msn, c.id));
      this.write("charge", chargeKey(c.msn, c.id), undefined);
    }
    this.chargesByAgreement.delete(id);
    const list = this.agreementsByMsn.get(a.msn);
    if (list)
      this.agreementsByMsn.set(
        a.msn,
        list.filter((x) => x.id !== id),
      );
    this.agreementByToken.delete(a.confirmationToken);
    this.agreements.delete(id);
    this.write("agreement", id, undefined);
  }

  saveAgreement(a: Agreement): void {
    this.write("agreement", a.id, a);
  }

  addCharge(c: Charge, journal = true): void {
    this.charges.set(chargeKey(c.msn, c.id), c);
    let list = this.chargesByAgreement.get(c.agreementId);
    if (!list) this.chargesByAgreement.set(c.agreementId, (list = []));
    list.push(c);
    if (journal) this.write("charge", chargeKey(c.msn, c.id), c);
  }

  saveCharge(c: Charge): void {
    this.write("charge", chargeKey(c.msn, c.id), c);
  }

  getCharge(msn: string, chargeId: string): Charge | undefined {
    return this.charges.get(chargeKey(msn, chargeId));
  }

  chargesOf(agreementId: string): Charge[] {
    return this.chargesByAgreement.get(agreementId) ?? [];
  }

  putIdempotency(key: string, rec: IdempotencyRecord): void {
    this.idempotency.set(key, rec);
    this.write("idem", key, rec);
  }

  putWebhook(w: WebhookRegistration): void {
    this.webhooks.set(w.id, w);
    this.write("webhook", w.id, w);
  }

  deleteWebhook(id: string): void {
    this.webhooks.delete(id);
    this.write("webhook", id, undefined);
  }

  putDelivery(d: Delivery): void {
    this.deliveries.set(d.id, d);
    this.write("delivery", d.id, d);
  }

  putBulkJob(job: BulkJob): void {
    this.bulkJobs.set(job.id, job);
    for (const item of job.items) this.pendingBulkOrderIds.add(chargeKey(job.msn, item.orderId));
    this.write("bulk", job.id, job);
  }

  deleteBulkJob(id: string): void {
    const job = this.bulkJobs.get(id);
    for (const item of job?.items ?? []) this.pendingBulkOrderIds.delete(chargeKey(job!.msn, item.orderId));
    this.bulkJobs.delete(id);
    this.write("bulk", id, undefined);
  }

  /** Forgets everything (the journal gets a marker so a replay forgets too); the caller re-seeds. */
  clear(): void {
    this.wipe();
    this.write("reset", "reset", null);
  }

  private wipe(): void {
    for (const m of [
      this.merchants,
      this.users,
      this.agreements,
      this.charges,
      this.idempotency,
      this.webhooks,
      this.deliveries,
      this.bulkJobs,
    ])
      m.clear();
    for (const m of [
      this.agreementsByMsn,
      this.agreementByToken,
      this.chargesByAgreement,
      this.merchantByClientId,
      this.merchantBySubscriptionKey,
      this.userBySub,
    ])
      m.clear();
    this.pendingBulkOrderIds.clear();
  }

  /** Replays one journal or snapshot entry (no journal writes). */
  apply(entry: JournalEntry): void {
    const { kind, id, value } = entry;
    const del = value === undefined;
    switch (kind) {
      case "reset":
        this.wipe();
        return;
      case "meta":
        this.meta = value as Meta;
        return;
      case "merchant":
        return void (del ? this.merchants.delete(id) : this.merchants.set(id, value as Merchant));
      case "user":
        return void (del ? this.users.delete(id) : this.users.set(id, value as TestUser));
      case "agreement":
        return void (del ? this.agreements.delete(id) : this.agreements.set(id, value as Agreement));
      case "charge":
        return void (del ? this.charges.delete(id) : this.charges.set(id, value as Charge));
      case "idem":
        return void (del
          ? this.idempotency.delete(id)
          : this.idempotency.set(id, value as IdempotencyRecord));
      case "webhook":
        return void (del ? this.webhooks.delete(id) : this.webhooks.set(id, value as WebhookRegistration));
      case "delivery":
        return void (del ? this.deliveries.delete(id) : this.deliveries.set(id, value as Delivery));
      case "bulk":
        return void (del ? this.bulkJobs.delete(id) : this.bulkJobs.set(id, value as BulkJob));
    }
  }

  /** After a replay: rebuild the indexes from the primary maps. */
  reindex(): void {
    for (const m of [
      this.agreementsByMsn,
      this.agreementByToken,
      this.chargesByAgreement,
      this.merchantByClientId,
      this.merchantBySubscriptionKey,
      this.userBySub,
    ])
      m.clear();
    this.pendingBulkOrderIds.clear();
    for (const job of this.bulkJobs.values())
      for (const item of job.items) this.pendingBulkOrderIds.add(chargeKey(job.msn, item.orderId));
    for (const m of this.merchants.values()) {
      this.merchantByClientId.set(m.clientId, m);
      this.merchantBySubscriptionKey.set(m.subscriptionKey, m);
    }
    for (const u of this.users.values()) this.userBySub.set(u.sub, u);
    const agreements = [...this.agreements.values()].sort((a, b) => a.created - b.created);
    this.agreements.clear();
    for (const a of agreements) this.addAgreement(a, false);
    const charges = [...this.charges.values()].sort((a, b) => a.created - b.created);
    this.charges.clear();
    for (const c of charges) this.addCharge(c, false);
    for (const d of this.deliveries.values()) this.deliverySeq = Math.max(this.deliverySeq, d.seq);
  }

  /**
   * Keeps the delivery log bounded: once it is 20% over the limit, the oldest finished deliveries
   * go (the map iterates in creation order), so the cost is spread over many deliveries.
   */
  pruneDeliveries(): void {
    if (this.deliveries.size <= DELIVERED_TO_KEEP * 1.2) return;
    for (const [id, d] of this.deliveries) {
      if (this.deliveries.size <= DELIVERED_TO_KEEP) break;
      if (d.status !== "pending") {
        this.deliveries.delete(id);
        this.write("delivery", id, undefined);
      }
    }
  }

  *entries(): Iterable<JournalEntry> {
    yield { kind: "meta", id: "meta", value: this.meta };
    for (const [id, value] of this.merchants) yield { kind: "merchant", id, value };
    for (const [id, value] of this.users) yield { kind: "user", id, value };
    for (const [id, value] of this.agreements) yield { kind: "agreement", id, value };
    for (const [id, value] of this.charges) yield { kind: "charge", id, value };
    for (const [id, value] of this.idempotency) yield { kind: "idem", id, value };
    for (const [id, value] of this.webhooks) yield { kind: "webhook", id, value };
    for (const [id, value] of this.deliveries) yield { kind: "delivery", id, value };
    for (const [id, value] of this.bulkJobs) yield { kind: "bulk", id, value };
  }
}
