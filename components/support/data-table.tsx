import type { ReactNode } from "react";
import { ScrollBox } from "@/components/ui/scroll-box";

/** A plain, accessible table: a caption, column headers, and rows of cells. */
export function DataTable({
  caption,
  head,
  rows,
  empty = "Nothing here.",
}: {
  caption: string;
  head: string[];
  rows: { key: string; cells: ReactNode[] }[];
  empty?: string;
}) {
  return (
    <ScrollBox label={caption}>
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-neutral-300">
            {head.map((h) => (
              <th key={h} scope="col" className="px-2 py-2 font-semibold text-neutral-800">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length ? (
            rows.map((row) => (
              <tr key={row.key} className="border-b border-neutral-100 align-top">
                {row.cells.map((cell, i) => (
                  <td key={i} className="px-2 py-2">
                    {cell}
                  </td>
                ))}
              </tr>
            ))
          ) : (
            <tr>
              <td colSpan={head.length} className="px-2 py-3 text-neutral-700">
                {empty}
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </ScrollBox>
  );
}
