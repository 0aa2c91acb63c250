import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { REPORT_FORMATS, REPORT_PERIODS, type ReportFormat, type ReportPeriod } from '@leidraad/shared/domain';
import { isStepUpFresh, SecondFactorApi, StepUpService } from '@leidraad/web/core';
import { helplineToday } from './period-presets';
import { previousMonth, previousQuarter, reportUrl } from './report-link';

const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;
const QUARTERS = [1, 2, 3, 4] as const;

/** "Rapport downloaden": the monthly or yearly report as CSV or XLSX, straight from the API (audited there). */
@Component({
  selector: 'ld-report-download',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, TranslocoDirective],
  template: `
    <ng-container *transloco="let t">
      <section class="report" aria-labelledby="report-title" data-testid="report-download">
        <h2 id="report-title">{{ t('trends.report.title') }}</h2>
        <p class="hint">{{ t('trends.report.intro') }}</p>
        <form class="report__form" [formGroup]="form" (ngSubmit)="$event.preventDefault()">
          <label>
            {{ t('trends.report.period') }}
            <select class="native-select" formControlName="period">
              @for (p of periods; track p) {
                <option [value]="p">{{ t('trends.report.periods.' + p) }}</option>
              }
            </select>
          </label>
          <label>
            {{ t('trends.report.year') }}
            <input class="native-select" type="number" formControlName="year" [min]="minYear" [max]="thisYear" />
          </label>
          @if (value().period === 'quarter') {
            <label>
              {{ t('trends.report.quarter') }}
              <select class="native-select" formControlName="quarter">
                @for (q of quarters; track q) {
                  <option [ngValue]="q">{{ t('trends.report.quarters.' + q) }}</option>
                }
              </select>
            </label>
          }
          @if (value().period === 'month') {
            <label>
              {{ t('trends.report.month') }}
              <select class="native-select" formControlName="month">
                @for (m of months; track m) {
                  <option [ngValue]="m">{{ t('trends.report.months.' + m) }}</option>
                }
              </select>
            </label>
          }
          <fieldset class="report__formats">
            <legend>{{ t('trends.report.format') }}</legend>
            @for (f of formats; track f) {
              <label class="inline"
                ><input type="radio" formControlName="format" [value]="f" /> {{ t('trends.report.formats.' + f) }}</label
              >
            }
          </fieldset>
          <a class="report__link" data-testid="report-link" [href]="url()" download (click)="download($event)">{{
            t('trends.report.download')
          }}</a>
        </form>
      </section>
    </ng-container>
  `,
  styles: `
    .report__form {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1rem;
      align-items: flex-end;
    }
    .report__form > label {
      display: flex;
      flex-direction: column;
      font-weight: 600;
      font-size: 0.9rem;
      gap: 0.2rem;
    }
    .report__formats {
      border: 0;
      margin: 0;
      padding: 0;
      display: flex;
      gap: 0.75rem;
    }
    .report__formats legend {
      font-weight: 600;
      font-size: 0.9rem;
    }
    .inline {
      font-weight: normal;
    }
    .report__link {
      display: inline-block;
      padding: 0.4rem 0.9rem;
      border-radius: 6px;
      border: 1px solid var(--ld-primary);
      text-decoration: none;
      font-weight: 600;
    }
    .hint {
      color: var(--ld-text-muted);
    }
  `,
})
export class ReportDownload {
  private readonly transloco = inject(TranslocoService);
  private readonly factors = inject(SecondFactorApi);
  private readonly stepUp = inject(StepUpService);
  protected readonly periods = REPORT_PERIODS;
  protected readonly formats = REPORT_FORMATS;
  protected readonly months = MONTHS;
  protected readonly quarters = QUARTERS;
  private readonly start = previousMonth(helplineToday());
  private readonly startQuarter = previousQuarter(helplineToday());
  protected readonly thisYear = Number(helplineToday().slice(0, 4));
  protected readonly minYear = 2020;

  protected readonly form = new FormGroup({
    period: new FormControl<ReportPeriod>('month', { nonNullable: true }),
    format: new FormControl<ReportFormat>('csv', { nonNullable: true }),
    year: new FormControl(this.start.year, { nonNullable: true }),
    month: new FormControl(this.start.month, { nonNullable: true }),
    quarter: new FormControl(this.startQuarter.quarter, { nonNullable: true }),
  });
  protected readonly value = toSignal(this.form.valueChanges, { initialValue: this.form.getRawValue() });
  private readonly lang = toSignal(this.transloco.langChanges$, { initialValue: this.transloco.getActiveLang() });

  protected readonly url = computed(() => {
    const value = { ...this.form.getRawValue(), ...this.value() };
    const year = Number.isInteger(value.year) ? value.year : this.start.year;
    return reportUrl({
      period: value.period ?? 'month',
      format: value.format ?? 'csv',
      year: year ?? this.start.year,
      month: value.month ?? this.start.month,
      quarter: value.quarter ?? this.startQuarter.quarter,
      lang: this.lang(),
    });
  });

  /**
   * A report needs a second factor from the last 15 minutes. A plain link cannot show the
   * step-up dialog, so ask first when it is due, then let the browser download.
   */
  protected async download(event: MouseEvent): Promise<void> {
    event.preventDefault();
    const url = this.url();
    const status = await this.factors.status().catch(() => undefined);
    if (status && !isStepUpFresh(status.verifiedAt) && !(await this.stepUp.ask())) return;
    window.location.assign(url);
  }
}
