/**
 * A small line of the trend on an overview card. Decorative: the card says
 * the figure and its change in words, and the theme page has the numbers.
 */
export function Sparkline({ values }: { values: (number | null)[] }) {
  const width = 160;
  const height = 40;
  const known = values.filter((v): v is number => v !== null);
  if (known.length < 2) return null;
  const min = Math.min(...known);
  const max = Math.max(...known);
  const x = (i: number) => 3 + (i * (width - 6)) / Math.max(1, values.length - 1);
  const y = (v: number) => (max === min ? height / 2 : 4 + (1 - (v - min) / (max - min)) * (height - 8));
  let d = '';
  let pen = false;
  values.forEach((v, i) => {
    if (v === null) {
      pen = false;
      return;
    }
    d += `${pen ? 'L' : 'M'}${x(i).toFixed(1)},${y(v).toFixed(1)}`;
    pen = true;
  });
  const lastIndex = values.findLastIndex((v) => v !== null);
  const last = values[lastIndex];
  return (
    <svg
      className="kz-sparkline"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      aria-hidden="true"
      focusable="false"
    >
      <path d={d} fill="none" stroke="#154273" strokeWidth="2" />
      {last !== null && last !== undefined && (
        <circle cx={x(lastIndex)} cy={y(last)} r="3.5" fill="#154273" />
      )}
    </svg>
  );
}
