// A charge's money figures as the audit log records them before and after a change.

export function chargeSnapshot(charge: {
  status: string;
  amount: number;
  capturedAmount: number;
  refundedAmount: number;
  cancelledAmount: number;
}) {
  return {
    status: charge.status,
    amount: charge.amount,
    captured: charge.capturedAmount,
    refunded: charge.refundedAmount,
    cancelled: charge.cancelledAmount,
  };
}
