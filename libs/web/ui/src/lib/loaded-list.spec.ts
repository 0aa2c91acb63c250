import { ChangeDetectionStrategy, Component, signal, viewChild } from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { ListItems, LoadedList, type ListPage } from './loaded-list';

interface Row {
  id: string;
  name: string;
}

@Component({
  selector: 'ld-loaded-list-host',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ListItems, LoadedList],
  template: `
    <ld-loaded-list
      titleKey="demo.title"
      emptyKey="demo.empty"
      moreKey="demo.more"
      titleId="demo-title"
      testId="demo-list"
      [intro]="intro()"
      [retry]="retry()"
      [load]="load"
      [errorKeyOf]="errorKeyOf"
    >
      <ng-template [ldListItemsOf]="load" let-items>
        <ul>
          @for (item of items; track item.id) {
            <li>{{ item.name }}</li>
          }
        </ul>
      </ng-template>
    </ld-loaded-list>
  `,
})
class Host {
  readonly intro = signal<string | undefined>(undefined);
  readonly retry = signal(false);
  readonly list = viewChild.required<LoadedList<Row>>(LoadedList);
  calls = 0;
  answer: () => Promise<ListPage<Row>> = () => Promise.resolve({ items: [], total: 0 });
  readonly load = (): Promise<ListPage<Row>> => {
    this.calls += 1;
    return this.answer();
  };
  readonly errorKeyOf = (error: unknown): string => (error === 'offline' ? 'errors.offline' : 'errors.generic');
}

const rows = (...names: string[]): Row[] => names.map((name) => ({ id: name, name }));

describe('LoadedList', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [
        Host,
        TranslocoTestingModule.forRoot({
          langs: {
            nl: {
              common: { loading: 'Laden…', retry: 'Opnieuw proberen' },
              errors: { offline: 'Geen verbinding', generic: 'Er ging iets mis' },
              demo: { title: 'Lopend', empty: 'Niets lopend', more: 'En nog {{ count }}' },
            },
          },
          translocoConfig: { availableLangs: ['nl'], defaultLang: 'nl' },
          preloadLangs: true,
        }),
      ],
    });
  });

  const settle = async (fixture: ComponentFixture<Host>) => {
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  };

  async function render(answer: Host['answer'], intro?: string, retry = false) {
    const fixture = TestBed.createComponent(Host);
    fixture.componentInstance.answer = answer;
    fixture.componentInstance.intro.set(intro);
    fixture.componentInstance.retry.set(retry);
    await settle(fixture);
    const section = (fixture.nativeElement as HTMLElement).querySelector('section') as HTMLElement;
    return { fixture, section };
  }

  it('draws the items with the given template, titled, and says how many more there are', async () => {
    const { fixture, section } = await render(() => Promise.resolve({ items: rows('a', 'b'), total: 5 }), 'Uitleg');
    expect(section.getAttribute('data-testid')).toBe('demo-list');
    expect(section.getAttribute('aria-labelledby')).toBe('demo-title');
    expect(section.querySelector('h2')?.id).toBe('demo-title');
    expect(section.querySelector('h2')?.textContent?.trim()).toBe('Lopend');
    expect([...section.querySelectorAll('li')].map((li) => li.textContent?.trim())).toEqual(['a', 'b']);
    expect(section.textContent).toContain('Uitleg');
    expect(section.textContent).toContain('En nog 3');
    expect(fixture.componentInstance.calls).toBe(1);
  });

  it('says nothing about more when the page holds them all', async () => {
    const { section } = await render(() => Promise.resolve({ items: rows('a'), total: 1 }));
    expect(section.querySelectorAll('li')).toHaveLength(1);
    expect(section.textContent).not.toContain('En nog');
  });

  it('shows the empty text instead of an empty list', async () => {
    const { section } = await render(() => Promise.resolve({ items: [], total: 0 }));
    expect(section.querySelector('ul')).toBeNull();
    expect(section.textContent).toContain('Niets lopend');
  });

  it('shows the translated error of a failed load as an alert', async () => {
    const { section } = await render(() => Promise.reject('offline'));
    expect(section.querySelector('[role="alert"]')?.textContent?.trim()).toBe('Geen verbinding');
    expect(section.querySelector('ul')).toBeNull();
    expect(section.querySelector('button')).toBeNull();
  });

  it('offers a retry after a failed load when asked, and loads again', async () => {
    const { fixture, section } = await render(() => Promise.reject('offline'), undefined, true);
    fixture.componentInstance.answer = () => Promise.resolve({ items: rows('a'), total: 1 });
    const retry = section.querySelector('button') as HTMLButtonElement;
    expect(retry.textContent?.trim()).toBe('Opnieuw proberen');
    retry.click();
    await settle(fixture);
    expect(section.querySelector('[role="alert"]')).toBeNull();
    expect(section.querySelectorAll('li')).toHaveLength(1);
    expect(fixture.componentInstance.calls).toBe(2);
  });

  it('takes items off the list without loading again, and counts them off the total', async () => {
    const { fixture, section } = await render(() => Promise.resolve({ items: rows('a', 'b', 'c'), total: 4 }));
    fixture.componentInstance.list().remove((row) => row.name !== 'b');
    await settle(fixture);
    expect([...section.querySelectorAll('li')].map((li) => li.textContent?.trim())).toEqual(['b']);
    expect(section.textContent).toContain('En nog 1');
    expect(fixture.componentInstance.calls).toBe(1);
  });

  it('says it is loading until the list arrives', async () => {
    const { section } = await render(() => new Promise<ListPage<Row>>(() => undefined));
    expect(section.querySelector('[role="status"]')?.textContent?.trim()).toBe('Laden…');
  });
});
