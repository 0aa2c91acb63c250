import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { isStepUpFresh, StepUpService } from '../auth/step-up.service';
import { stepUpInterceptor } from './step-up.interceptor';

describe('stepUpInterceptor', () => {
  let http: HttpClient;
  let backend: HttpTestingController;
  let stepUp: StepUpService;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(withInterceptors([stepUpInterceptor])), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
    stepUp = TestBed.inject(StepUpService);
  });

  const refuse = (url: string) =>
    backend.expectOne(url).flush({ status: 403, code: 'step_up_required' }, { status: 403, statusText: 'Forbidden' });

  it('asks for the second factor and sends the request again once it is given', async () => {
    const result = firstValueFrom(http.get<{ ok: boolean }>('/api/reports/month.csv'));
    refuse('/api/reports/month.csv');
    await Promise.resolve();
    expect(stepUp.asking()).toBe(true);
    stepUp.answer(true);
    await new Promise((resolve) => setTimeout(resolve));
    backend.expectOne('/api/reports/month.csv').flush({ ok: true });
    await expect(result).resolves.toEqual({ ok: true });
    expect(stepUp.asking()).toBe(false);
  });

  it('passes the refusal on when the person cancels', async () => {
    const result = firstValueFrom(http.get('/api/cases/x/audit'));
    refuse('/api/cases/x/audit');
    await Promise.resolve();
    stepUp.answer(false);
    await expect(result).rejects.toMatchObject({ status: 403 });
    backend.verify();
  });

  it('leaves other refusals alone', async () => {
    const result = firstValueFrom(http.get('/api/staff'));
    backend.expectOne('/api/staff').flush({ status: 403, code: 'forbidden' }, { status: 403, statusText: 'Forbidden' });
    await expect(result).rejects.toMatchObject({ status: 403 });
    expect(stepUp.asking()).toBe(false);
  });
});

describe('isStepUpFresh', () => {
  const now = Date.parse('2026-11-26T12:00:00Z');
  it('counts a second factor from the last 14½ minutes, not older, not never', () => {
    expect(isStepUpFresh('2026-11-26T11:46:00Z', now)).toBe(true);
    expect(isStepUpFresh('2026-11-26T11:45:20Z', now)).toBe(false);
    expect(isStepUpFresh(null, now)).toBe(false);
  });
});
