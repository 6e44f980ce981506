-- The support console's work lists (issue 5) stay fast however many charges and calls there are:
-- reservations by capture deadline, and failed Vipps calls newest first. Partial indexes, so they
-- hold only the few rows those lists show. The work-list queries repeat these exact predicates.
CREATE INDEX IF NOT EXISTS charge_awaiting_capture
  ON "Charge" ("captureDeadline" ASC NULLS LAST, id)
  WHERE status IN ('RESERVED', 'PARTIALLY_CAPTURED');

CREATE INDEX IF NOT EXISTS vipps_call_errors
  ON "VippsCall" ("createdAt" DESC)
  WHERE status >= 400 OR error IS NOT NULL;
