import { TestBed } from '@angular/core/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { CaseFacts } from './case-facts';

describe('CaseFacts', () => {
  it('lists the caller, concern, status, counsellor and number of contacts, the status by its test id', async () => {
    TestBed.configureTestingModule({
      imports: [
        CaseFacts,
        TranslocoTestingModule.forRoot({
          langs: {
            nl: {
              case: {
                callerRole: 'Beller',
                concern: 'Zorg',
                status: 'Status',
                assignee: 'Hulpverlener',
                contactCount: 'Contacten',
                roles: { parent: 'Ouder' },
                concerns: { own_feelings: 'Eigen gevoelens' },
                statuses: { open: 'Open' },
              },
            },
          },
          translocoConfig: { availableLangs: ['nl'], defaultLang: 'nl' },
          preloadLangs: true,
        }),
      ],
    });
    const fixture = TestBed.createComponent(CaseFacts);
    fixture.componentRef.setInput('facts', {
      callerRole: 'parent',
      concern: 'own_feelings',
      status: 'open',
      assignee: { id: 's1', displayName: 'Anna' },
      contactCount: 3,
    });
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const pairs = [...element.querySelectorAll('dl > div')].map((div) => [
      div.querySelector('dt')?.textContent,
      div.querySelector('dd')?.textContent,
    ]);
    expect(pairs).toEqual([
      ['Beller', 'Ouder'],
      ['Zorg', 'Eigen gevoelens'],
      ['Status', 'Open'],
      ['Hulpverlener', 'Anna'],
      ['Contacten', '3'],
    ]);
    expect(element.querySelector('[data-testid="case-status"]')?.textContent).toBe('Open');
  });
});
