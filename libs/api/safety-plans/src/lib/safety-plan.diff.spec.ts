import type { AgreementView } from '@leidraad/shared/domain';
import { diffAgreements } from './safety-plan.diff';

function agreement(id: string, overrides: Partial<AgreementView> = {}): AgreementView {
  return {
    id,
    topic: 'where-to-turn',
    what: 'Belt de hulplijn als het moeilijk wordt',
    who: 'caller',
    howChecked: null,
    reviewDate: '2026-12-01',
    evaluation: null,
    ...overrides,
  };
}

describe('diffAgreements', () => {
  it('marks added, changed, unchanged and removed agreements, matched by id', () => {
    const previous = [agreement('a'), agreement('b'), agreement('c')];
    const current = [
      agreement('a'),
      agreement('b', { who: 'other_adult', reviewDate: '2026-12-15' }),
      agreement('d', { topic: 'other', howChecked: 'Bespreken in het volgende gesprek' }),
    ];
    const diff = diffAgreements(previous, current);
    expect(diff.map((entry) => [entry.id, entry.change])).toEqual([
      ['a', 'unchanged'],
      ['b', 'changed'],
      ['d', 'added'],
      ['c', 'removed'],
    ]);
    expect(diff[1].fields).toEqual([
      { field: 'who', before: 'caller', after: 'other_adult' },
      { field: 'reviewDate', before: '2026-12-01', after: '2026-12-15' },
    ]);
    expect(diff[2].fields.map((field) => field.field)).toEqual(['topic', 'what', 'who', 'howChecked', 'reviewDate']);
    expect(diff[3].agreement.what).toBe('Belt de hulplijn als het moeilijk wordt');
  });

  it('reports an evaluation as changed result and note', () => {
    const diff = diffAgreements([agreement('a')], [agreement('a', { evaluation: { result: 'partly', note: 'Twee keer gebeld' } })]);
    expect(diff[0]).toEqual(
      expect.objectContaining({
        change: 'changed',
        fields: [
          { field: 'result', before: null, after: 'partly' },
          { field: 'resultNote', before: null, after: 'Twee keer gebeld' },
        ],
      }),
    );
  });

  it('treats every agreement of a first version as added', () => {
    expect(diffAgreements([], [agreement('a')]).map((entry) => entry.change)).toEqual(['added']);
  });
});
