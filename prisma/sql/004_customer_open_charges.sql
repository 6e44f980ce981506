-- The customer account (issue 4) shows, per subscription, the next planned payment and any recent
-- failure. A partial index over just the unsettled and failed charges, so the page reads a handful
-- of rows whatever the length of the payment history. The account query repeats this predicate
-- (lib/server/customer-portal/summarize-agreement.ts, openChargesWhere).
CREATE INDEX IF NOT EXISTS charge_open_by_agreement
  ON "Charge" ("agreementId", due)
  WHERE status IN ('PENDING', 'DUE', 'PROCESSING', 'FAILED');
