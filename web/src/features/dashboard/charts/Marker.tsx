import type { SeriesStyle } from './scale.ts';

/** A data point's mark: each series its own shape. */
export function Marker({
  x,
  y,
  style,
  size = 4.5,
}: {
  x: number;
  y: number;
  style: SeriesStyle;
  size?: number;
}) {
  const s = size;
  switch (style.marker) {
    case 'square':
      return <rect x={x - s} y={y - s} width={2 * s} height={2 * s} fill={style.color} />;
    case 'triangle':
      return (
        <path
          d={`M${x},${y - s * 1.2} L${x + s * 1.2},${y + s} L${x - s * 1.2},${y + s} Z`}
          fill={style.color}
        />
      );
    case 'triangle-down':
      return (
        <path
          d={`M${x},${y + s * 1.2} L${x + s * 1.2},${y - s} L${x - s * 1.2},${y - s} Z`}
          fill={style.color}
        />
      );
    case 'diamond':
      return (
        <path
          d={`M${x},${y - s * 1.3} L${x + s * 1.3},${y} L${x},${y + s * 1.3} L${x - s * 1.3},${y} Z`}
          fill={style.color}
        />
      );
    case 'cross':
      return (
        <path
          d={`M${x - s},${y - s} L${x + s},${y + s} M${x + s},${y - s} L${x - s},${y + s}`}
          stroke={style.color}
          strokeWidth={2.5}
        />
      );
    default:
      return <circle cx={x} cy={y} r={s} fill={style.color} />;
  }
}

/** The legend's sample of a series: its line, dash and mark. */
export function LegendSwatch({ style }: { style: SeriesStyle }) {
  return (
    <svg
      className="kz-chart-legend__swatch"
      width="32"
      height="16"
      viewBox="0 0 32 16"
      aria-hidden="true"
      focusable="false"
    >
      <line
        x1="1"
        y1="8"
        x2="31"
        y2="8"
        stroke={style.color}
        strokeWidth="2.5"
        strokeDasharray={style.dash || undefined}
      />
      <Marker x={16} y={8} style={style} size={4} />
    </svg>
  );
}
