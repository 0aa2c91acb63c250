import 'reflect-metadata';
import { IsInt, IsString, MetadataStorage, validate } from 'class-validator';
import { cacheValidationMetadata } from './validation-metadata-cache';

class Parent {
  @IsString()
  name!: string;
}

class Child extends Parent {
  @IsInt()
  count!: number;
}

/** What class-validator's executor passes when it validates a class instance (not a named schema). */
const NO_SCHEMA = undefined as unknown as string;

describe('cacheValidationMetadata', () => {
  it('answers what class-validator answers, once per class, and sees a rule added later', () => {
    const storage = new MetadataStorage();
    const plain = new MetadataStorage();
    const rule = (target: object, propertyName: string) =>
      ({ type: 'customValidation', target, propertyName, constraints: [], validationTypeOptions: {} }) as never;
    for (const s of [storage, plain]) {
      s.addValidationMetadata(rule(Parent, 'name'));
      s.addValidationMetadata(rule(Child, 'count'));
    }
    cacheValidationMetadata(storage);
    cacheValidationMetadata(storage); // idempotent

    const first = storage.getTargetValidationMetadatas(Child, NO_SCHEMA, false, false);
    expect(first).toEqual(plain.getTargetValidationMetadatas(Child, NO_SCHEMA, false, false));
    expect(first.map((m) => m.propertyName).sort()).toEqual(['count', 'name']);
    expect(storage.getTargetValidationMetadatas(Child, NO_SCHEMA, false, false)).toBe(first);
    expect(storage.groupByPropertyName(first)).toBe(storage.groupByPropertyName(first));

    storage.addValidationMetadata(rule(Parent, 'extra'));
    const after = storage.getTargetValidationMetadatas(Child, NO_SCHEMA, false, false);
    expect(after).not.toBe(first);
    expect(after.map((m) => m.propertyName).sort()).toEqual(['count', 'extra', 'name']);
  });

  it('leaves validation of DTOs as it was: inherited rules, whitelist', async () => {
    cacheValidationMetadata();
    const child = Object.assign(new Child(), { name: 1, count: 'x', other: true });
    const errors = await validate(child, { whitelist: true, forbidNonWhitelisted: true });
    expect(errors.map((e) => e.property).sort()).toEqual(['count', 'name', 'other']);
    expect(await validate(Object.assign(new Child(), { name: 'a', count: 2 }))).toEqual([]);
  });
});
