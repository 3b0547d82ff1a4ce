import { useId } from 'react';
import { formatValue } from '../format.ts';
import type { ChartPoint } from './LineChart.tsx';
import { SERIES_STYLES, textWidth, useWidth } from './scale.ts';

export interface Bar extends ChartPoint {
  key: string;
  label: string;
}

export interface BarChartProps {
  bars: Bar[];
  decimals: number;
  /** After each value, e.g. "%". */
  suffix?: string;
  title: string;
  description: string;
}

const FONT = 15;

/**
 * Categories side by side as horizontal bars, each with its value written
 * at its end, so no axis has to be read. On a narrow screen the label goes
 * above its bar. A value that is not published shows its symbol instead of
 * a bar.
 */
export function BarChart({ bars, decimals, suffix = '', title, description }: BarChartProps) {
  const id = useId();
  const [ref, width] = useWidth<HTMLDivElement>();
  const values = bars.map(
    (b) => `${formatValue(b.value, b.status, decimals)}${b.value === null ? '' : suffix}`,
  );
  const valueWidth = Math.max(...values.map((v) => textWidth(v, FONT)), 10) + 12;
  const labelWidth = Math.max(...bars.map((b) => textWidth(b.label, FONT)), 10) + 12;
  const stacked = labelWidth > width * 0.42;
  const row = stacked ? 52 : 34;
  const barHeight = 20;
  const barStart = stacked ? 0 : labelWidth;
  const barSpace = Math.max(20, width - barStart - valueWidth);
  const max = Math.max(0, ...bars.map((b) => b.value ?? 0));
  const length = (v: number) => (max > 0 ? Math.max(v > 0 ? 2 : 0, (v / max) * barSpace) : 0);
  const height = bars.length * row + 4;
  const color = SERIES_STYLES[0].color;

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
        {bars.map((b, i) => {
          const top = i * row + (stacked ? 24 : 7);
          const size = b.value === null ? 0 : length(b.value);
          return (
            <g key={b.key}>
              <title>{`${b.label}: ${values[i]}`}</title>
              <text
                x={stacked ? 0 : labelWidth - 12}
                y={stacked ? top - 8 : top + barHeight / 2}
                dy={stacked ? 0 : '0.35em'}
                textAnchor={stacked ? 'start' : 'end'}
                className="kz-chart__label"
              >
                {b.label}
              </text>
              {size > 0 && <rect x={barStart} y={top} width={size} height={barHeight} fill={color} />}
              <text
                x={barStart + size + 6}
                y={top + barHeight / 2}
                dy="0.35em"
                className={b.value === null ? 'kz-chart__symbol' : 'kz-chart__value'}
              >
                {values[i]}
              </text>
            </g>
          );
        })}
      </svg>
    </div>
  );
}
