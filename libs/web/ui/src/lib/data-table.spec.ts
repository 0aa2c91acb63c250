import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { DataTable } from './data-table';

@Component({
  selector: 'ld-data-table-host',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DataTable],
  template: `
    <ld-data-table caption="Dossiers" testId="demo-table" [columnKeys]="['demo.code', 'demo.status']">
      <tbody>
        <tr>
          <th scope="row">K7QF-3M9X-T</th>
          <td>Open</td>
        </tr>
      </tbody>
    </ld-data-table>
  `,
})
class Host {}

describe('DataTable', () => {
  it('draws a named, focusable scroll region with a hidden caption, translated headers and the given rows', async () => {
    TestBed.configureTestingModule({
      imports: [
        Host,
        TranslocoTestingModule.forRoot({
          langs: { nl: { demo: { code: 'Code', status: 'Status' } } },
          translocoConfig: { availableLangs: ['nl'], defaultLang: 'nl' },
          preloadLangs: true,
        }),
      ],
    });
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const region = element.querySelector('[role="group"]') as HTMLElement;
    expect(region.getAttribute('aria-label')).toBe('Dossiers');
    expect(region.tabIndex).toBe(0);
    const table = region.querySelector('table') as HTMLTableElement;
    expect(table.getAttribute('data-testid')).toBe('demo-table');
    expect(table.caption?.textContent?.trim()).toBe('Dossiers');
    expect([...table.querySelectorAll('thead th')].map((th) => th.textContent?.trim())).toEqual(['Code', 'Status']);
    expect(table.tBodies[0]?.rows[0]?.textContent).toContain('K7QF-3M9X-T');
  });
});
