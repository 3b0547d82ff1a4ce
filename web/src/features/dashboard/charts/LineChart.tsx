import { useId } from 'react';
import type { ValueStatus } from '../api/get-observations.ts';
import { formatNumber, formatValue } from '../format.ts';
import { LegendSwatch, Marker } from './Marker.tsx';
import { niceTicks, seriesStyle, textWidth, tickDecimals, useWidth } from './scale.ts';

export interface ChartPoint {
  value: number | null;
  status: ValueStatus;
}

export interface ChartSeries {
  key: string;
  label: string;
  /** One point per category, in the categories' order. */
  points: ChartPoint[];
}

export interface LineChartProps {
  /** The x axis: years or cohorts, in order. */
  categories: { code: string; title: string }[];
  series: ChartSeries[];
  decimals: number;
  /** After each number on the axis, e.g. "%". */
  suffix?: string;
  /** What the chart shows (its accessible name) and the trend in words (its description). */
  title: string;
  description: string;
}

const FONT = 15;

/**
 * A trend over the years as inline SVG: a line and a shape per series, a
 * gap where a value is not published (an "x" at the foot of the chart
 * marks it). The SVG is one image for assistive technology, named by its
 * title and described by the trend in words; the numbers themselves are in
 * the figure's table.
 */
export function LineChart({ categories, series, decimals, suffix = '', title, description }: LineChartProps) {
  const id = useId();
  const [ref, width] = useWidth<HTMLDivElement>();
  const narrow = width < 480;
  const height = narrow ? 240 : 300;
  const max = Math.max(0, ...series.flatMap((s) => s.points.map((p) => p.value ?? 0)));
  const ticks = niceTicks(max, narrow ? 4 : 5);
  const top = ticks.at(-1) ?? 1;
  const tickDigits = Math.max(tickDecimals(ticks), 0);
  const tickLabels = ticks.map((t) => `${formatNumber(t, tickDigits)}${suffix}`);
  const left = Math.max(...tickLabels.map((l) => textWidth(l, FONT))) + 14;
  const right = 18;
  const topMargin = 14;
  const bottom = 34;
  const plotWidth = Math.max(40, width - left - right);
  const plotHeight = height - topMargin - bottom;
  const n = categories.length;
  const x = (i: number) => left + (n <= 1 ? plotWidth / 2 : (i * plotWidth) / (n - 1));
  const y = (v: number) => topMargin + plotHeight - (v / top) * plotHeight;
  const labelWidth = Math.max(...categories.map((c) => textWidth(c.title, FONT)), 1) + 10;
  const every = Math.max(1, Math.ceil((labelWidth * n) / plotWidth));
  // Always label the last category (the newest year); step back from it.
  const labelled = (i: number) => (n - 1 - i) % every === 0;

  return (
    <div ref={ref} className="kz-chart">
      <svg
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        className="kz-chart__svg"
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        <g className="kz-chart__grid">
          {ticks.map((t, i) => (
            <g key={t}>
              <line x1={left} x2={left + plotWidth} y1={y(t)} y2={y(t)} />
              <text x={left - 8} y={y(t)} dy="0.35em" textAnchor="end" className="kz-chart__tick">
                {tickLabels[i]}
              </text>
            </g>
          ))}
        </g>
        <line className="kz-chart__axis" x1={left} x2={left + plotWidth} y1={y(0)} y2={y(0)} />
        {categories.map((c, i) =>
          labelled(i) ? (
            <text key={c.code} x={x(i)} y={height - 10} textAnchor="middle" className="kz-chart__tick">
              {c.title}
            </text>
          ) : null,
        )}
        {series.map((s, index) => {
          const style = seriesStyle(index);
          let d = '';
          let pen = false;
          s.points.forEach((p, i) => {
            if (p.value === null) {
              pen = false;
              return;
            }
            d += `${pen ? 'L' : 'M'}${x(i).toFixed(1)},${y(p.value).toFixed(1)}`;
            pen = true;
          });
          return (
            <g key={s.key}>
              <path
                d={d}
                fill="none"
                stroke={style.color}
                strokeWidth={2.5}
                strokeDasharray={style.dash || undefined}
                strokeLinejoin="round"
              />
              {s.points.map((p, i) => {
                const category = categories[i];
                if (!category) return null;
                const text = `${s.label}, ${category.title}: ${formatValue(p.value, p.status, decimals)}${p.value === null ? '' : suffix}`;
                if (p.value === null)
                  return p.status === 'suppressed' ? (
                    <text
                      key={category.code}
                      x={x(i)}
                      y={y(0) - 6 - index * 12}
                      textAnchor="middle"
                      fill={style.color}
                      className="kz-chart__symbol"
                    >
                      x<title>{text}</title>
                    </text>
                  ) : null;
                return (
                  <g key={category.code}>
                    <title>{text}</title>
                    <Marker x={x(i)} y={y(p.value)} style={style} />
                  </g>
                );
              })}
            </g>
          );
        })}
      </svg>
      <ul className="kz-chart-legend">
        {series.map((s, index) => (
          <li key={s.key}>
            <LegendSwatch style={seriesStyle(index)} />
            {s.label}
          </li>
        ))}
      </ul>
    </div>
  );
}
