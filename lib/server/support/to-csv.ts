// CSV for spreadsheets: RFC 4180 quoting, CRLF line ends, and cells that a spreadsheet would run
// as a formula (=, +, -, @, tab, CR) prefixed with an apostrophe.
export function toCsv(columns: { key: string; label: string }[], rows: Record<string, string>[]): string {
  const line = (cells: string[]) => cells.map(cell).join(",");
  return (
    [line(columns.map((c) => c.label)), ...rows.map((r) => line(columns.map((c) => r[c.key] ?? "")))].join(
      "\r\n",
    ) + "\r\n"
  );
}

function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
