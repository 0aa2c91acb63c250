import { ChangeDetectionStrategy, Component, DestroyRef, effect, inject, input, signal, viewChild, type ElementRef } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import type { Chart } from 'chart.js';
import { chartConfig } from './chart-config';
import type { ChartSpec } from './chart-data';

/** One trend chart (chart.js, loaded on first use) with its table alternative and the `<5` note. */
@Component({
  selector: 'ld-trend-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective],
  template: `
    <ng-container *transloco="let t">
      <figure class="chart" [attr.data-testid]="'chart-' + spec().id">
        <figcaption>
          <h3 class="chart__title">{{ t('trends.charts.' + spec().id + '.title') }}</h3>
          <p class="hint">{{ t('trends.charts.' + spec().id + '.explain') }}</p>
        </figcaption>
        @if (!spec().drawable) {
          <p class="chart__none" [attr.data-testid]="'chart-none-' + spec().id">{{ t('trends.nothingToDraw') }}</p>
        } @else if (!failed()) {
          <div class="chart__canvas">
            <!-- The table below carries the figures for screen readers; the canvas is a picture of it. -->
            <canvas #canvas role="img" [attr.aria-label]="t('trends.charts.' + spec().id + '.title')"></canvas>
          </div>
        }
        @if (spec().hasSuppressed) {
          <p class="hint chart__note">{{ t('trends.suppressedNote') }}</p>
        }
        <details class="chart__table" [open]="failed() || !spec().drawable">
          <summary>{{ t('trends.showTable') }}</summary>
          <div class="table-scroll" tabindex="0" role="group" [attr.aria-label]="t('trends.charts.' + spec().id + '.title')">
            <table class="data-table">
              <caption>
                {{
                  t('trends.charts.' + spec().id + '.title')
                }}
              </caption>
              <thead>
                <tr>
                  @for (column of spec().table.columns; track $index) {
                    <th scope="col">{{ column }}</th>
                  }
                </tr>
              </thead>
              <tbody>
                @for (row of spec().table.rows; track $index) {
                  <tr>
                    <th scope="row">{{ row.header }}</th>
                    @for (cell of row.cells; track $index) {
                      <td class="num">{{ cell }}</td>
                    }
                  </tr>
                }
              </tbody>
            </table>
          </div>
        </details>
      </figure>
    </ng-container>
  `,
  styles: `
    .chart {
      margin: 0 0 1.5rem;
      padding: 1rem;
      border: 1px solid var(--ld-border);
      border-radius: 8px;
      background: var(--ld-surface);
    }
    .chart__title {
      margin: 0 0 0.25rem;
      font-size: 1.05rem;
    }
    .chart__canvas {
      position: relative;
      height: 260px;
    }
    .chart__none {
      margin: 0.5rem 0;
      padding: 0.75rem;
      border-radius: 6px;
      background: var(--ld-surface-muted, transparent);
      color: var(--ld-text-muted);
    }
    .chart__table summary {
      cursor: pointer;
      margin: 0.5rem 0;
    }
    .num {
      text-align: right;
      font-variant-numeric: tabular-nums;
    }
    .hint {
      color: var(--ld-text-muted);
      font-size: 0.9rem;
      margin: 0.25rem 0;
    }
  `,
})
export class TrendChart {
  readonly spec = input.required<ChartSpec>();

  private readonly canvas = viewChild<ElementRef<HTMLCanvasElement>>('canvas');
  /** The chart could not be drawn (no canvas support): the table is opened instead. */
  protected readonly failed = signal(false);
  private chart: Chart | undefined;
  private drawn = 0;

  constructor() {
    effect(() => {
      const spec = this.spec();
      const canvas = this.canvas()?.nativeElement;
      if (canvas && spec.drawable) void this.draw(canvas, spec);
      else {
        this.chart?.destroy();
        this.chart = undefined;
      }
    });
    inject(DestroyRef).onDestroy(() => this.chart?.destroy());
  }

  private async draw(canvas: HTMLCanvasElement, spec: ChartSpec): Promise<void> {
    const attempt = ++this.drawn;
    try {
      // Lazily: chart.js is only fetched when a supervisor opens Trends.
      const { Chart } = await import('chart.js/auto');
      if (attempt !== this.drawn) return;
      this.chart?.destroy();
      this.chart = undefined;
      const context = canvas.getContext('2d');
      if (!context) {
        this.failed.set(true);
        return;
      }
      const reducedMotion = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
      this.chart = new Chart(context, chartConfig(spec, { reducedMotion }));
    } catch {
      this.failed.set(true);
    }
  }
}
