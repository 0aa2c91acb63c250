import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import type { CaseHeader } from '@leidraad/shared/domain';

/**
 * The facts under a case code: caller, concern, status (test id `case-status`), counsellor and
 * number of contacts, as a wrapping row of label/value pairs. `class="compact"` on the element
 * packs them closer (the call screen's header).
 */
@Component({
  selector: 'ld-case-facts',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective],
  template: `
    <dl *transloco="let t">
      <div>
        <dt>{{ t('case.callerRole') }}</dt>
        <dd>{{ t('case.roles.' + facts().callerRole) }}</dd>
      </div>
      <div>
        <dt>{{ t('case.concern') }}</dt>
        <dd>{{ t('case.concerns.' + facts().concern) }}</dd>
      </div>
      <div>
        <dt>{{ t('case.status') }}</dt>
        <dd data-testid="case-status">{{ t('case.statuses.' + facts().status) }}</dd>
      </div>
      <div>
        <dt>{{ t('case.assignee') }}</dt>
        <dd>{{ facts().assignee.displayName }}</dd>
      </div>
      <div>
        <dt>{{ t('case.contactCount') }}</dt>
        <dd>{{ facts().contactCount }}</dd>
      </div>
    </dl>
  `,
  styles: `
    :host {
      display: block;
    }
    dl {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 2rem;
    }
    :host(.compact) dl {
      gap: 0.25rem 1.5rem;
      margin: 0;
    }
    dt {
      font-size: 0.8rem;
      color: var(--ld-text-muted);
    }
    dd {
      margin: 0;
      font-weight: 600;
    }
  `,
})
export class CaseFacts {
  readonly facts = input.required<Pick<CaseHeader, 'callerRole' | 'concern' | 'status' | 'assignee' | 'contactCount'>>();
}
