// CSV for spreadsheets (the dashboard, the support work lists): RFC 4180 quoting, CRLF line ends,
// numbers as plain digits with a dot for decimals, and text cells a spreadsheet would run as a
// formula (=, +, -, @, tab, CR) prefixed with an apostrophe.
export function toCsv(header: string[], rows: (string | number | null)[][]): string {
  const cell = (value: string | number | null): string => {
    if (value === null) return "";
    if (typeof value === "number") return String(value);
    const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
    return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  return [header, ...rows].map((row) => row.map(cell).join(",")).join("\r\n") + "\r\n";
}

/** Records as CSV, one column per `key` under its `label`; a missing cell is empty. */
export function recordsToCsv(
  columns: { key: string; label: string }[],
  records: Record<string, string>[],
): string {
  return toCsv(
    columns.map((c) => c.label),
    records.map((r) => columns.map((c) => r[c.key] ?? "")),
  );
}
