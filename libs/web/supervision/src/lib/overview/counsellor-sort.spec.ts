import type { CounsellorLoad } from '@leidraad/shared/domain';
import { nextSort, sortLoads } from './counsellor-sort';

function load(displayName: string, openCases: number, overdueFollowUps = 0): CounsellorLoad {
  return {
    counsellor: { id: displayName, displayName },
    openCases,
    contactsThisWeek: 0,
    appointmentsThisWeek: 0,
    overdueFollowUps,
    casesHandedOver: 0,
    riskFlaggedCases: 0,
  };
}

const rows = [load('Bram', 4, 1), load('anna', 9), load('Cor', 4, 3)];
const names = (list: CounsellorLoad[]) => list.map((row) => row.counsellor.displayName);

describe('counsellor table sorting', () => {
  it('sorts names A–Z regardless of case', () => {
    expect(names(sortLoads(rows, { column: 'counsellor', direction: 'ascending' }))).toEqual(['anna', 'Bram', 'Cor']);
  });

  it('puts the most open cases on top and breaks ties by name', () => {
    expect(names(sortLoads(rows, { column: 'openCases', direction: 'descending' }))).toEqual(['anna', 'Bram', 'Cor']);
    expect(names(sortLoads(rows, { column: 'openCases', direction: 'ascending' }))).toEqual(['Bram', 'Cor', 'anna']);
  });

  it('leaves the input untouched', () => {
    sortLoads(rows, { column: 'overdueFollowUps', direction: 'descending' });
    expect(names(rows)).toEqual(['Bram', 'anna', 'Cor']);
  });

  it('flips the direction on the same column and starts a number column descending', () => {
    expect(nextSort({ column: 'openCases', direction: 'descending' }, 'openCases')).toEqual({
      column: 'openCases',
      direction: 'ascending',
    });
    expect(nextSort({ column: 'openCases', direction: 'ascending' }, 'overdueFollowUps')).toEqual({
      column: 'overdueFollowUps',
      direction: 'descending',
    });
    expect(nextSort({ column: 'openCases', direction: 'ascending' }, 'counsellor')).toEqual({
      column: 'counsellor',
      direction: 'ascending',
    });
  });
});
