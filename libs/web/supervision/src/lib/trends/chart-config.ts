import type { ChartConfiguration } from 'chart.js';
import type { ChartSpec } from './chart-data';

/**
 * The chart.js configuration for a spec. Type-only import: chart.js itself is loaded lazily by
 * the chart component, so it never lands in the initial bundle.
 */
export function chartConfig(spec: ChartSpec, options: { reducedMotion: boolean }): ChartConfiguration<'bar' | 'line'> {
  return {
    type: spec.kind,
    data: {
      labels: spec.labels,
      datasets: spec.datasets.map((dataset) => ({
        label: dataset.label,
        data: dataset.data,
        // A line with a suppressed week shows a gap rather than bridging it.
        spanGaps: false,
      })),
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: options.reducedMotion ? false : { duration: 400 },
      interaction: { mode: 'index', intersect: false },
      scales: {
        x: { stacked: spec.stacked },
        // Whole numbers on the axis, always: counts (and minutes, percentages) never read 0.5.
        y: {
          stacked: spec.stacked,
          beginAtZero: true,
          ...(spec.percent
            ? { max: 100, ticks: { precision: 0, callback: (value: string | number) => `${value}%` } }
            : { suggestedMax: 5, ticks: { precision: 0 } }),
        },
      },
      plugins: { legend: { display: spec.datasets.length > 1 } },
    },
  };
}
