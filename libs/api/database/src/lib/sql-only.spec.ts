import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * One source of truth for the schema (issue 18): the migrations make it, every query is SQL, and
 * no TypeORM entity mirrors a table. This test fails when a source of the API declares an entity
 * or reaches rows through TypeORM's entity API (repositories, `manager.find…`/`save`…), so the
 * schema cannot grow a second description that drifts from the migrations.
 */
const ROOT = join(__dirname, '../../../../..');
const ENTITY_API =
  /@(?:Entity|Column|PrimaryColumn|PrimaryGeneratedColumn|ManyToOne|OneToMany|ViewEntity)\(|\b(?:getRepository|InjectRepository|createQueryBuilder)\(|\bmanager\.(?:find\w*|save|insert|update|delete|remove|count\w*|exists\w*|create|preload|upsert)\(/g;

function uses(source: string): string[] {
  return source.match(ENTITY_API) ?? [];
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

describe('the API reaches the database through SQL only', () => {
  it('recognises the entity API', () => {
    expect(uses("@Entity({ name: 'staff' })\nclass StaffEntity {}")).toEqual(['@Entity(']);
    expect(uses('this.dataSource.getRepository(StaffEntity).find()')).toEqual(['getRepository(']);
    expect(uses('await manager.findOneBy(StaffEntity, { id })')).toEqual(['manager.findOneBy(']);
    expect(uses('await manager.save(staff)')).toEqual(['manager.save(']);
    expect(uses('await manager.query(SQL, [id])')).toEqual([]);
    expect(uses('await this.dataSource.transaction(async (manager) => rows(manager, SQL))')).toEqual([]);
  });

  it('has no entity and no repository in the API’s sources', () => {
    const files = ['libs/api', 'apps/api/src', 'migrations/src'].flatMap((dir) => sources(join(ROOT, dir)));
    // Sanity: the scan sees the sources.
    expect(files.length).toBeGreaterThan(100);
    const found = files
      .map((file) => ({ file: relative(ROOT, file), uses: uses(readFileSync(file, 'utf8')) }))
      .filter((entry) => entry.uses.length > 0);
    expect(found).toEqual([]);
  });
});
