import { useId } from 'react';
import { formatValue } from '../format.ts';
import type { ChartPoint } from './LineChart.tsx';
import { textWidth, useWidth } from './scale.ts';

export interface FlowStage {
  code: string;
  label: string;
  inflow: ChartPoint;
  outflow: ChartPoint;
  stock: ChartPoint;
}

export interface FlowGroup {
  key: string;
  title: string;
  stages: FlowStage[];
}

const IN = '#154273';
const OUT = '#007bc7';
const FONT = 15;

/**
 * The chain as a flow from top to bottom, so it fits a phone without
 * scrolling sideways: per group of stages (entry, the prosecutor's
 * decisions, the verdicts, execution) a row per stage with its inflow as a
 * solid bar and its outflow as a thin bar below it, both on one scale, and
 * the stock at the end of the year in words. Arrows lead from group to
 * group.
 */
export function FlowDiagram({
  groups,
  title,
  description,
}: {
  groups: FlowGroup[];
  title: string;
  description: string;
}) {
  const id = useId();
  const [ref, width] = useWidth<HTMLDivElement>();
  const stages = groups.flatMap((g) => g.stages);
  const max = Math.max(0, ...stages.flatMap((s) => [s.inflow.value ?? 0, s.outflow.value ?? 0]));
  const inflows = stages.map((s) => `${formatValue(s.inflow.value, s.inflow.status, 0)} in`);
  const valueWidth = Math.max(...inflows.map((v) => textWidth(v, FONT)), 10) + 16;
  // Wide: the stage's name beside its bars; narrow: above them.
  const labelWidth = Math.min(280, Math.max(...stages.map((s) => textWidth(s.label, FONT)), 10) + 20);
  const beside = width >= 640;
  const barStart = beside ? labelWidth : 0;
  const barSpace = Math.max(40, width - barStart - valueWidth);
  const length = (v: number | null) =>
    v === null || max === 0 ? 0 : Math.max(v > 0 ? 2 : 0, (v / max) * barSpace);
  const HEADER = 34;
  const ROW = beside ? 58 : 76;
  const ARROW = 30;
  /** Where a row's parts go, from the row's top. */
  const at = beside ? { label: 17, bar: 4, out: 26, note: 50 } : { label: 14, bar: 22, out: 44, note: 68 };

  let y = 0;
  const layout = groups.map((group, g) => {
    const top = y;
    y += HEADER + group.stages.length * ROW + (g < groups.length - 1 ? ARROW : 0);
    return { group, top };
  });
  const height = y + 4;
  let index = 0;

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
        {layout.map(({ group, top }, g) => (
          <g key={group.key}>
            <text x={0} y={top + 22} className="kz-flow__group">
              {group.title}
            </text>
            {group.stages.map((stage, i) => {
              const row = top + HEADER + i * ROW;
              const inflow = inflows[index++] ?? '';
              const outflow = formatValue(stage.outflow.value, stage.outflow.status, 0);
              const stock = formatValue(stage.stock.value, stage.stock.status, 0);
              const inLength = length(stage.inflow.value);
              const outLength = length(stage.outflow.value);
              return (
                <g key={stage.code}>
                  <title>{`${stage.label}: instroom ${inflow}, uitstroom ${outflow}, voorraad ${stock}`}</title>
                  <text
                    x={beside ? labelWidth - 14 : 0}
                    y={row + at.label}
                    textAnchor={beside ? 'end' : 'start'}
                    className="kz-chart__label"
                  >
                    {stage.label}
                  </text>
                  <rect x={barStart} y={row + at.bar} width={inLength} height={18} fill={IN} />
                  <text
                    x={barStart + inLength + 6}
                    y={row + at.bar + 9}
                    dy="0.35em"
                    className="kz-chart__value"
                  >
                    {inflow}
                  </text>
                  <rect x={barStart} y={row + at.out} width={outLength} height={7} fill={OUT} />
                  <text x={barStart} y={row + at.note} className="kz-flow__note">
                    {`uit ${outflow} · voorraad ${stock}`}
                  </text>
                </g>
              );
            })}
            {g < groups.length - 1 && (
              <path
                className="kz-flow__arrow"
                d={`M${barStart + 14},${top + HEADER + group.stages.length * ROW + 2} v${ARROW - 10} m-7,-7 l7,7 l7,-7`}
              />
            )}
          </g>
        ))}
      </svg>
      <ul className="kz-chart-legend">
        <li>
          <svg
            className="kz-chart-legend__swatch"
            width="32"
            height="16"
            aria-hidden="true"
            focusable="false"
          >
            <rect x="0" y="3" width="32" height="10" fill={IN} />
          </svg>
          Instroom in het jaar
        </li>
        <li>
          <svg
            className="kz-chart-legend__swatch"
            width="32"
            height="16"
            aria-hidden="true"
            focusable="false"
          >
            <rect x="0" y="6" width="32" height="5" fill={OUT} />
          </svg>
          Uitstroom in het jaar
        </li>
      </ul>
    </div>
  );
}
