import { useLayoutEffect, useRef, useState } from 'react';

/** Round steps for an axis from 0 to at least `max`: 0, 2.000, 4.000, … */
export function niceTicks(max: number, count = 5): number[] {
  if (!(max > 0)) return [0, 1];
  const rough = max / count;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((f) => f * power).find((s) => s >= rough) ?? 10 * power;
  const ticks: number[] = [];
  for (let i = 0; i * step < max + step / 2 && ticks.length <= count + 2; i++) ticks.push(i * step);
  if ((ticks.at(-1) ?? 0) < max) ticks.push(ticks.length * step);
  return ticks;
}

/** Decimals that tell the ticks apart. */
export const tickDecimals = (ticks: readonly number[]) => {
  const step = (ticks[1] ?? 1) - (ticks[0] ?? 0);
  return step >= 1 || step === 0 ? 0 : Math.min(3, Math.ceil(-Math.log10(step)));
};

/** About how wide a text is at `size` pixels in Arial / the Rijksoverheid sans. */
export const textWidth = (text: string, size = 14) => text.length * size * 0.56;

/** The chart's width follows its container, so text keeps its real size on a phone. */
export function useWidth<T extends HTMLElement>(fallback = 640) {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const update = () => setWidth(Math.max(200, Math.floor(element.clientWidth)));
    update();
    const observer = new ResizeObserver(update);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width] as const;
}

/**
 * Series colours from the Rijkshuisstijl palette, each at least 3:1 against
 * white (WCAG 1.4.11); shape and dash tell the series apart as well, so
 * colour is never the only difference.
 */
export const SERIES_STYLES = [
  { color: '#154273', dash: '', marker: 'circle' },
  { color: '#ca005d', dash: '6 3', marker: 'square' },
  { color: '#39870c', dash: '2 3', marker: 'triangle' },
  { color: '#e17000', dash: '10 4', marker: 'diamond' },
  { color: '#007bc7', dash: '6 3 2 3', marker: 'triangle-down' },
  { color: '#42145f', dash: '1 2', marker: 'cross' },
  { color: '#673327', dash: '12 3 3 3', marker: 'circle' },
  { color: '#94710a', dash: '4 4', marker: 'square' },
] as const;

export type SeriesStyle = (typeof SERIES_STYLES)[number];

export const seriesStyle = (index: number): SeriesStyle =>
  SERIES_STYLES[index % SERIES_STYLES.length] as SeriesStyle;
