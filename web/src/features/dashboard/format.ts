import type { ValueStatus } from './api/get-observations.ts';
import type { Measure, Unit } from './api/get-table.ts';

/** The CBS symbols for a value that is not published, and what they mean. */
export const SUPPRESSED = 'x';
export const NOT_APPLICABLE = '.';
export const SUPPRESSED_NOTE = 'x: minder dan 5, niet gepubliceerd';
export const NOT_APPLICABLE_NOTE = '.: niet van toepassing';

export const SOURCE = 'Bron: Data Alliantie Strafrechtketen';

const formats = new Map<number, Intl.NumberFormat>();

function numberFormat(decimals: number): Intl.NumberFormat {
  let format = formats.get(decimals);
  if (!format) {
    format = new Intl.NumberFormat('nl-NL', {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    });
    formats.set(decimals, format);
  }
  return format;
}

/** A number the Dutch way, with the measure's decimals. */
export const formatNumber = (value: number, decimals = 0) => numberFormat(decimals).format(value);

/** A cell's value as shown: the number, or the symbol that says why there is none. */
export function formatValue(value: number | null, status: ValueStatus, decimals: number): string {
  if (status === 'suppressed') return SUPPRESSED;
  if (status === 'not-applicable') return NOT_APPLICABLE;
  return value === null ? '–' : formatNumber(value, decimals);
}

const UNIT_LABELS: Record<Unit, string> = { aantal: '', dagen: 'dagen', procent: '%' };

/** A value with its unit, for a sentence: "812.345", "23,4%", "45 dagen". */
export function withUnit(value: number, measure: Pick<Measure, 'unit' | 'decimals'>): string {
  const number = formatNumber(value, measure.decimals);
  if (measure.unit === 'procent') return `${number}%`;
  if (measure.unit === 'dagen') return `${number} dagen`;
  return number;
}

/** A measure's title with its unit, for a column header or a legend: "Ophelderingspercentage (%)". */
export function measureLabel(measure: Pick<Measure, 'title' | 'unit'>): string {
  const unit = UNIT_LABELS[measure.unit];
  return unit ? `${measure.title} (${unit})` : measure.title;
}

/** The change from one value to the next, in words. */
export function changeText(previous: number, current: number, measure: Pick<Measure, 'unit' | 'decimals'>) {
  if (measure.unit === 'procent') {
    const points = current - previous;
    if (Math.abs(points) < 10 ** -measure.decimals / 2) return 'gelijk gebleven';
    return `${points > 0 ? 'gestegen' : 'gedaald'} met ${formatNumber(Math.abs(points), 1)} procentpunt`;
  }
  if (previous === 0) return current === 0 ? 'gelijk gebleven' : 'gestegen';
  const percent = ((current - previous) / previous) * 100;
  if (Math.abs(percent) < 0.05) return 'gelijk gebleven';
  return `${percent > 0 ? 'gestegen' : 'gedaald'} met ${formatNumber(Math.abs(percent), 1)}%`;
}
