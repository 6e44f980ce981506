-- At most one unsettled money operation (capture, refund, cancel) per charge. A stored operation
-- that Vipps has not confirmed (429, timeout, crash) is sent again by operations.resume; a second
-- one sent meanwhile could move the money twice. The app also locks the charge row and says
-- "in progress" (lib/server/charges/charge-lock.ts); this index holds even if that is bypassed.
CREATE UNIQUE INDEX IF NOT EXISTS vipps_operation_one_unsettled_per_charge
  ON "VippsOperation" ("chargeId")
  WHERE status = 'PENDING' AND kind IN ('CAPTURE_CHARGE', 'REFUND_CHARGE', 'CANCEL_CHARGE');
