import type { ReactNode } from "react";

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
    // A wide table scrolls inside its own box on a phone (the page never scrolls sideways); the box
    // takes focus so keyboard users can scroll it too.
    <div className="overflow-x-auto" tabIndex={0} role="group" aria-label={caption}>
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
    </div>
  );
}
