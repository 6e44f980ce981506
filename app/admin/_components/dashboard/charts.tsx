"use client";

import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import type { ReactNode } from "react";

// The dashboard's charts. Each is a figure with a caption; the drawing itself is hidden from screen
// readers and keyboard (no accessibility layer), because the same numbers are in the table below.

const COLORS = ["#1d4ed8", "#b45309", "#15803d", "#7e22ce", "#be123c"];

type TPoint = Record<string, string | number>;

function Figure({ title, children }: { title: string; children: ReactNode }) {
  return (
    <figure className="flex flex-col gap-2 rounded-xl border border-neutral-200 bg-white p-4 shadow-sm">
      <figcaption className="font-semibold">{title}</figcaption>
      <div className="h-56 w-full" aria-hidden="true">
        <ResponsiveContainer width="100%" height="100%">
          {children as never}
        </ResponsiveContainer>
      </div>
    </figure>
  );
}

export function LinesChart({
  title,
  data,
  series,
  unit,
}: {
  title: string;
  data: TPoint[];
  series: { key: string; name: string }[];
  unit?: string;
}) {
  return (
    <Figure title={title}>
      <LineChart accessibilityLayer={false} data={data} margin={{ top: 8, right: 8, bottom: 0, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="#e5e5e5" />
        <XAxis dataKey="label" tick={{ fontSize: 12 }} minTickGap={16} />
        <YAxis tick={{ fontSize: 12 }} width={64} unit={unit} />
        <Tooltip />
        {series.length > 1 ? <Legend /> : null}
        {series.map((s, i) => (
          <Line
            key={s.key}
            type="linear"
            dataKey={s.key}
            name={s.name}
            stroke={COLORS[i % COLORS.length]}
            strokeWidth={2}
            dot={false}
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </Figure>
  );
}

export function BarsChart({
  title,
  data,
  series,
  stacked,
}: {
  title: string;
  data: TPoint[];
  series: { key: string; name: string; stack?: string }[];
  stacked?: boolean;
}) {
  return (
    <Figure title={title}>
      <BarChart accessibilityLayer={false} data={data} margin={{ top: 8, right: 8, bottom: 0, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="#e5e5e5" />
        <XAxis dataKey="label" tick={{ fontSize: 12 }} minTickGap={16} />
        <YAxis tick={{ fontSize: 12 }} width={64} allowDecimals={false} />
        <Tooltip />
        <Legend />
        {series.map((s, i) => (
          <Bar
            key={s.key}
            dataKey={s.key}
            name={s.name}
            fill={COLORS[i % COLORS.length]}
            stackId={stacked ? (s.stack ?? "all") : undefined}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </Figure>
  );
}
