import { formatDate, formatNumber } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, type AbstractControl, type ValidationErrors } from '@angular/forms';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import {
  CALLER_ROLES,
  CASE_CONCERNS,
  CONTACT_CHANNELS,
  type CallerRole,
  type CaseConcern,
  type ContactChannel,
  type SupervisionTrends,
  type TrendFilters,
} from '@leidraad/shared/domain';
import { genericErrorKey, problemOf } from '@leidraad/web/core';
import { DATE_LOCALES, EmptyState } from '@leidraad/web/ui';
import { SupervisionApi } from '../supervision-api';
import { trendCharts, type ChartLabels } from './chart-data';
import { helplineToday, PERIOD_PRESETS, presetOf, presetRange, type PeriodPreset } from './period-presets';
import { ReportDownload } from './report-download';
import { TrendChart } from './trend-chart';

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** From and to are dates, and from is not after to. */
function periodValidator(group: AbstractControl): ValidationErrors | null {
  const { from, to } = group.value as { from: string; to: string };
  if (!DATE_PATTERN.test(from) || !DATE_PATTERN.test(to)) return { period: 'missing' };
  return from > to ? { period: 'order' } : null;
}

/** Trends: contacts, durations, guide use and follow-ups over a period, as charts with tables. */
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

  protected readonly form = new FormGroup(
    {
      from: new FormControl(presetRange('last3Months', this.today).from, { nonNullable: true }),
      to: new FormControl(this.today, { nonNullable: true }),
      channel: new FormControl<ContactChannel | ''>('', { nonNullable: true }),
      callerRole: new FormControl<CallerRole | ''>('', { nonNullable: true }),
      concern: new FormControl<CaseConcern | ''>('', { nonNullable: true }),
    },
    { validators: periodValidator },
  );

  protected readonly trends = signal<SupervisionTrends | undefined>(undefined);
  protected readonly loading = signal(false);
  protected readonly error = signal<string | undefined>(undefined);
  /** The form's period problem (`missing` / `order`), shown after an attempt. */
  protected readonly periodError = signal<string | undefined>(undefined);
  private readonly lang = toSignal(this.transloco.langChanges$, { initialValue: this.transloco.getActiveLang() });
  private readonly formValue = toSignal(this.form.valueChanges, { initialValue: this.form.getRawValue() });
  protected readonly activePreset = computed(() => {
    const { from, to } = { ...this.form.getRawValue(), ...this.formValue() };
    return presetOf({ from: from ?? '', to: to ?? '' }, this.today);
  });

  protected readonly charts = computed(() => {
    const trends = this.trends();
    if (!trends) return [];
    const locale = DATE_LOCALES[this.lang()] ?? 'nl';
    const labels: ChartLabels = {
      t: (key, params) => this.transloco.translate(key, params),
      week: (monday) => formatDate(`${monday}T12:00:00Z`, 'd MMM y', locale, 'UTC'),
      number: (value) => formatNumber(value, locale, '1.0-1'),
    };
    return trendCharts(trends, labels);
  });

  /** Whether the period holds any contact at all (else the charts would be empty axes). */
  protected readonly empty = computed(() => {
    const trends = this.trends();
    return !!trends && trends.contactsByChannel.totals.every((total) => total === 0);
  });

  constructor() {
    void this.load();
  }

  protected choose(preset: PeriodPreset): void {
    this.form.patchValue(presetRange(preset, this.today));
    void this.load();
  }

  protected async load(): Promise<void> {
    const problem = this.form.errors?.['period'] as string | undefined;
    this.periodError.set(problem);
    if (problem) return;
    const value = this.form.getRawValue();
    const filters: TrendFilters = {
      from: value.from,
      to: value.to,
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
