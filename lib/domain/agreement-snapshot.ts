// What an agreement looked like before and after a change, in the audit log's words.

export function agreementSnapshot(a: {
  status: string;
  productName: string;
  amount: number | null;
  suggestedMaxAmount: number | null;
  intervalUnit: string | null;
  intervalCount: number | null;
  pausedUntil: Date | null;
  stopAt: Date | null;
}) {
  return {
    status: a.status,
    productName: a.productName,
    amount: a.amount,
    suggestedMaxAmount: a.suggestedMaxAmount,
    interval: a.intervalUnit ? `${a.intervalCount} ${a.intervalUnit}` : null,
    pausedUntil: a.pausedUntil?.toISOString().slice(0, 10) ?? null,
    stopAt: a.stopAt?.toISOString() ?? null,
  };
}
