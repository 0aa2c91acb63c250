import { generateCaseCode } from '@leidraad/shared/case-code';
import { toRemarkView, type RemarkRow } from './remark.mapper';

const CODE = generateCaseCode();
const GROUPED = `${CODE.slice(0, 4)}-${CODE.slice(4, 8)}-${CODE.slice(8)}`;

const ROW: RemarkRow = {
  id: 'r1',
  case_id: 'c1',
  code: CODE,
  text: Buffer.from('ciphertext'),
  created_at: new Date('2026-11-26T10:00:00Z'),
  acknowledged_at: null,
  author_id: 's9',
  author_name: 'Sanne',
  addressed_to: 's1',
  addressee_name: 'Anna',
};

describe('a remark view', () => {
  const cipher = { decrypt: (data: Buffer) => `plain:${data.toString()}` };

  it('decrypts the text, groups the case code and names author and addressee', () => {
    expect(toRemarkView(ROW, cipher)).toEqual({
      id: 'r1',
      caseId: 'c1',
      caseCode: GROUPED,
      text: 'plain:ciphertext',
      author: { id: 's9', displayName: 'Sanne' },
      addressedTo: { id: 's1', displayName: 'Anna' },
      createdAt: '2026-11-26T10:00:00.000Z',
      acknowledgedAt: null,
    });
  });

  it('gives the moment of acknowledgement once read', () => {
    expect(toRemarkView({ ...ROW, acknowledged_at: new Date('2026-11-26T11:00:00Z') }, cipher).acknowledgedAt).toBe(
      '2026-11-26T11:00:00.000Z',
    );
  });
});
