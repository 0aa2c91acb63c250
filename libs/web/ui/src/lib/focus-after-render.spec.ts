import { ChangeDetectionStrategy, Component, inject, Injector, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { focusAfterRender } from './focus-after-render';

/** A button that appears when `shown` is set, and one that is there from the start. */
@Component({
  selector: 'ld-focus-host',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button type="button" id="always">always</button>
    @if (shown()) {
      <button type="button" id="late">late</button>
    }
  `,
})
class FocusHost {
  readonly injector = inject(Injector);
  readonly shown = signal(false);
}

const byId = (id: string) => () => document.getElementById(id);
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('focusAfterRender', () => {
  afterEach(() => document.body.replaceChildren());

  async function host() {
    const fixture = TestBed.createComponent(FocusHost);
    document.body.appendChild(fixture.nativeElement);
    await fixture.whenStable();
    return fixture;
  }

  it('focuses an element that is rendered in the same pass, only after that render', async () => {
    const fixture = await host();
    const { injector, shown } = fixture.componentInstance;
    shown.set(true);
    focusAfterRender(byId('late'), { injector });
    expect(document.activeElement?.id).not.toBe('late');
    await fixture.whenStable();
    expect(document.activeElement?.id).toBe('late');
  });

  it('keeps trying when the element renders a task later', async () => {
    const fixture = await host();
    const { injector, shown } = fixture.componentInstance;
    focusAfterRender(byId('late'), { injector, retries: 5, retryMs: 10 });
    fixture.componentRef.changeDetectorRef.markForCheck();
    await fixture.whenStable();
    expect(document.getElementById('late')).toBeNull();
    setTimeout(() => shown.set(true), 15);
    await wait(80);
    await fixture.whenStable();
    expect(document.activeElement?.id).toBe('late');
  });

  it('gives up after its retries without throwing', async () => {
    const fixture = await host();
    const find = jest.fn(byId('missing'));
    focusAfterRender(find, { injector: fixture.componentInstance.injector, retries: 2, retryMs: 5 });
    fixture.componentRef.changeDetectorRef.markForCheck();
    await fixture.whenStable();
    await wait(40);
    expect(find).toHaveBeenCalledTimes(3);
  });

  it('does nothing once cancelled', async () => {
    const fixture = await host();
    const { injector, shown } = fixture.componentInstance;
    (document.getElementById('always') as HTMLElement).focus();
    const cancel = focusAfterRender(byId('late'), { injector, retryMs: 5 });
    fixture.componentRef.changeDetectorRef.markForCheck();
    await fixture.whenStable();
    cancel();
    shown.set(true);
    await fixture.whenStable();
    await wait(40);
    expect(document.activeElement?.id).toBe('always');
  });
});
