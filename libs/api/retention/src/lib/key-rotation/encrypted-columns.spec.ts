import { INSTALLATION_TABLES } from '@leidraad/api/database';
import { ENCRYPTED_COLUMNS, HELPLINE_ENCRYPTED_COLUMNS, INSTALLATION_ENCRYPTED_COLUMNS } from './encrypted-columns';

describe('ENCRYPTED_COLUMNS', () => {
  it('marks exactly the installation-wide tables (reached on the app pool, not in a helpline scope)', () => {
    for (const table of ENCRYPTED_COLUMNS) {
      expect([table.table, table.installationWide === true]).toEqual([table.table, table.table in INSTALLATION_TABLES]);
    }
  });

  it('splits into helpline and installation tables without losing one', () => {
    expect([...HELPLINE_ENCRYPTED_COLUMNS, ...INSTALLATION_ENCRYPTED_COLUMNS].map((table) => table.table).sort()).toEqual(
      ENCRYPTED_COLUMNS.map((table) => table.table).sort(),
    );
  });
});
