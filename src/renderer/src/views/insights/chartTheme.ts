import { useEffect, useState } from 'react';
import type { CSSProperties } from 'react';

// Chart colours come from the CSS variables of the current theme (styles/app.css, "Insights").
// SVG attributes cannot resolve var(), so the values are read once per theme and re-read when
// the theme flips (documentElement[data-theme]).

export interface ChartColors {
  series: string[];
  text: string;
  muted: string;
  grid: string;
  panel: string;
  accent: string;
  good: string;
  warn: string;
  bad: string;
}

const SERIES_VARS = ['--chart-1', '--chart-2', '--chart-3', '--chart-4', '--chart-5', '--chart-6', '--chart-7', '--chart-8'];
// Used only when a variable is missing (jsdom has no stylesheet): the light theme's values.
const FALLBACK = ['#2563eb', '#0d9488', '#d97706', '#7c3aed', '#db2777', '#65a30d', '#0891b2', '#64748b'];

function read(): ChartColors {
  const css = getComputedStyle(document.documentElement);
  const v = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  return {
    series: SERIES_VARS.map((n, i) => v(n, FALLBACK[i]!)),
    text: v('--text', '#18202c'),
    muted: v('--muted', '#5b6675'),
    grid: v('--border', '#dde2e8'),
    panel: v('--panel', '#ffffff'),
    accent: v('--accent', '#2563eb'),
    good: v('--good', '#15803d'),
    warn: v('--warn', '#b45309'),
    bad: v('--bad', '#b91c1c'),
  };
}

export function useChartColors(): ChartColors {
  const [colors, setColors] = useState<ChartColors>(read);
  useEffect(() => {
    const obs = new MutationObserver(() => setColors(read()));
    obs.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    return () => obs.disconnect();
  }, []);
  return colors;
}

/** Tooltip boxes are HTML, so they can use the variables directly. */
export const tooltipStyle: { contentStyle: CSSProperties; labelStyle: CSSProperties; itemStyle: CSSProperties } = {
  contentStyle: { background: 'var(--panel)', border: '1px solid var(--border)', borderRadius: 6, boxShadow: 'var(--shadow)', fontSize: 12, color: 'var(--text)' },
  labelStyle: { color: 'var(--text)', fontWeight: 600, marginBottom: 4 },
  itemStyle: { padding: 0 },
};

export const axisTick = (c: ChartColors) => ({ fill: c.muted, fontSize: 12 });
