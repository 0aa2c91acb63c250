import { Client } from 'pg';
import { formatCaseCode, generateCaseCode, sqlFormatCaseCode } from '@leidraad/shared/case-code';

/** The one case-code format, spelled twice (TypeScript and SQL): PostgreSQL must agree. */
describe('sqlFormatCaseCode in PostgreSQL', () => {
  it('gives the same display form as formatCaseCode for 2,000 codes', async () => {
    const codes = Array.from({ length: 2_000 }, generateCaseCode);
    const client = new Client({ connectionString: process.env['TEST_DATABASE_URL'] });
    await client.connect();
    try {
      const { rows } = await client.query<{ grouped: string }>(
        `SELECT ${sqlFormatCaseCode('c.code')} AS grouped FROM unnest($1::text[]) WITH ORDINALITY AS c(code, n) ORDER BY c.n`,
        [codes],
      );
      expect(rows.map((row) => row.grouped)).toEqual(codes.map((code) => formatCaseCode(code)));
    } finally {
      await client.end();
    }
  });
});
