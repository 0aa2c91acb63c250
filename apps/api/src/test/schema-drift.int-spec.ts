import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@leidraad/api/database';
import { MIGRATIONS } from '@leidraad/migrations';
import { ENTITIES } from '../app/app.module';
import { startTestApp, type TestApp } from '../testing/test-app';

describe('the schema', () => {
  let test: TestApp;
  beforeAll(async () => (test = await startTestApp()));
  afterAll(() => test.close());

  it('made by the migrations matches the entities exactly (no drift)', async () => {
    const url = process.env['TEST_DATABASE_URL'] as string;
    const dataSource = new DataSource(dataSourceOptions({ url, entities: ENTITIES, migrations: MIGRATIONS }));
    await dataSource.initialize();
    try {
      const pending = await dataSource.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((query) => query.query)).toEqual([]);
      expect(await dataSource.showMigrations()).toBe(false);
    } finally {
      await dataSource.destroy();
    }
  });
});
