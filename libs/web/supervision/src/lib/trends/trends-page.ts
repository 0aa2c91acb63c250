import { formatDate, formatNumber } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import {
  CALLER_ROLES,
  CASE_CONCERNS,
  CONTACT_CHANNELS,
  parseStatisticsPeriod,
  type CallerRole,
  type CaseConcern,
  type ContactChannel,
  type StatisticsPeriodKind,
  type SupervisionTrends,
  type TrendFilters,
} from '@leidraad/shared/domain';
import { genericErrorKey, problemOf } from '@leidraad/web/core';
import { DATE_LOCALES, EmptyState } from '@leidraad/web/ui';
import { SupervisionApi } from '../supervision-api';
import { littleData, trendCharts, type ChartLabels } from './chart-data';
import { helplineToday, PERIOD_PRESETS, recentPeriods, type PeriodPreset } from './period-presets';
import { ReportDownload } from './report-download';
import { TrendChart } from './trend-chart';

/** Trends: contacts, durations, guide use and follow-ups of an ended month, quarter or year, per month. */
@Component({
  selector: 'ld-trends-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, TranslocoDirective, EmptyState, TrendChart, ReportDownload],
  templateUrl: './trends-page.html',
  styleUrl: './trends-page.scss',
})
export class TrendsPage {
  private readonly api = inject(SupervisionApi);
  private readonly transloco = inject(TranslocoService);
  private readonly today = helplineToday();

  protected readonly presets = PERIOD_PRESETS;
  protected readonly channels = CONTACT_CHANNELS;
  protected readonly roles = CALLER_ROLES;
  protected readonly concerns = CASE_CONCERNS;

  protected readonly form = new FormGroup({
    kind: new FormControl<StatisticsPeriodKind>('quarter', { nonNullable: true }),
    period: new FormControl(recentPeriods('quarter', this.today)[0] ?? '', { nonNullable: true }),
    channel: new FormControl<ContactChannel | ''>('', { nonNullable: true }),
    callerRole: new FormControl<CallerRole | ''>('', { nonNullable: true }),
    concern: new FormControl<CaseConcern | ''>('', { nonNullable: true }),
  });

  protected readonly trends = signal<SupervisionTrends | undefined>(undefined);
  protected readonly loading = signal(false);
  protected readonly error = signal<string | undefined>(undefined);
  private readonly lang = toSignal(this.transloco.langChanges$, { initialValue: this.transloco.getActiveLang() });
  private readonly formValue = toSignal(this.form.valueChanges, { initialValue: this.form.getRawValue() });
  private readonly kind = computed(() => this.formValue().kind ?? 'quarter');
  /** The ended periods of the chosen kind, newest first, with how they read. */
  protected readonly periods = computed(() => {
    this.lang();
    return recentPeriods(this.kind(), this.today).map((label) => ({ label, name: this.periodName(label) }));
  });
  protected readonly activePreset = computed(() => {
    const value = this.formValue();
    return PERIOD_PRESETS.find((kind) => value.kind === kind && value.period === recentPeriods(kind, this.today, 1)[0]);
  });

  protected readonly charts = computed(() => {
    const trends = this.trends();
    if (!trends) return [];
    const locale = DATE_LOCALES[this.lang()] ?? 'nl';
    const labels: ChartLabels = {
      t: (key, params) => this.transloco.translate(key, params),
      month: (month) => formatDate(`${month}-15T12:00:00Z`, 'MMM y', locale, 'UTC'),
      number: (value) => formatNumber(value, locale, '1.0-1'),
    };
    return trendCharts(trends, labels);
  });

  /** The period holds no contact at all. */
  protected readonly empty = computed(() => this.trends()?.contactsByChannel.wholeTotal === 0);
  /** The period's contacts are too few to publish: a short message instead of charts of gaps. */
  protected readonly little = computed(() => {
    const trends = this.trends();
    return !!trends && littleData(trends);
  });
  /** The whole-helpline figures are left out under a filter: say so. */
  protected readonly filtered = computed(() => this.trends()?.guideFunnel === null);

  constructor() {
    void this.load();
  }

  protected choose(preset: PeriodPreset): void {
    this.form.patchValue({ kind: preset, period: recentPeriods(preset, this.today, 1)[0] ?? '' });
    void this.load();
  }

  /** Another kind of period: the most recent ended one of that kind. */
  protected kindChanged(): void {
    this.form.controls.period.setValue(recentPeriods(this.form.controls.kind.value, this.today, 1)[0] ?? '');
  }

  protected periodName(label: string): string {
    const period = parseStatisticsPeriod(label);
    if (!period) return label;
    if (period.kind === 'year') return label;
    if (period.kind === 'quarter')
      return this.transloco.translate('trends.period.quarterName', { quarter: label.slice(-1), year: period.year });
    return formatDate(`${label}-15T12:00:00Z`, 'MMMM y', DATE_LOCALES[this.lang()] ?? 'nl', 'UTC');
  }

  protected async load(): Promise<void> {
    const value = this.form.getRawValue();
    const filters: TrendFilters = {
      period: value.period,
      ...(value.channel ? { channel: value.channel } : {}),
      ...(value.callerRole ? { callerRole: value.callerRole } : {}),
      ...(value.concern ? { concern: value.concern } : {}),
    };
    this.loading.set(true);
    this.error.set(undefined);
    try {
      this.trends.set(await this.api.trends(filters));
    } catch (error) {
      this.error.set(genericErrorKey(problemOf(error)));
    } finally {
      this.loading.set(false);
    }
  }
}
