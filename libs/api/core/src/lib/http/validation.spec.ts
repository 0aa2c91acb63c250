import 'reflect-metadata';
import { IsString } from 'class-validator';
import { DomainError } from '../errors/domain-error';
import { createValidationPipe, MAX_NESTING_DEPTH, unsafeShape } from './validation';

class NoteDto {
  @IsString()
  note!: string;
}

const nested = (depth: number): unknown => JSON.parse(`${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`);
const body = { type: 'body', metatype: NoteDto, data: undefined } as const;

/** Regressions found by fuzzing (apps/api/src/test/fuzz.int-spec.ts): each was a 500. */
describe('createValidationPipe', () => {
  it('refuses a field nested 10,000 deep with 400 too_deep instead of overflowing the stack', async () => {
    const refused = createValidationPipe().transform({ note: 'x', extra: nested(10_000) }, body);
    await expect(refused).rejects.toBeInstanceOf(DomainError);
    await expect(refused).rejects.toMatchObject({
      code: 'validation_failed',
      errors: [{ code: 'too_deep' }],
    });
  });

  it('refuses an array body nested 10,000 deep the same way', async () => {
    const deepArray = JSON.parse(`${'['.repeat(10_000)}${']'.repeat(10_000)}`);
    await expect(createValidationPipe().transform(deepArray, body)).rejects.toMatchObject({ errors: [{ code: 'too_deep' }] });
  });

  it('refuses an object with a constructor key, on which class-transformer throws a TypeError', async () => {
    const value = JSON.parse('{"note":{"toString":null,"constructor":1}}');
    await expect(createValidationPipe().transform(value, body)).rejects.toMatchObject({
      code: 'validation_failed',
      errors: [{ field: 'note.constructor', code: 'unknown_field' }],
    });
  });

  it('leaves values of custom parameter decorators alone (server objects, which may nest or cycle)', async () => {
    const staff: Record<string, unknown> = { id: 'x' };
    staff['self'] = staff;
    await expect(
      createValidationPipe().transform(staff, {
        type: 'custom',
        metatype: Object,
        data: undefined,
      }),
    ).resolves.toBe(staff);
  });

  it('still validates ordinary bodies', async () => {
    await expect(createValidationPipe().transform({ note: 'x' }, body)).resolves.toBeInstanceOf(NoteDto);
    await expect(createValidationPipe().transform({ note: 'x', extra: 1 }, body)).rejects.toMatchObject({
      errors: [{ field: 'extra', code: 'unknown_field' }],
    });
  });
});

describe('unsafeShape', () => {
  it('counts object and array levels up to the limit, and names the field', () => {
    expect(unsafeShape(nested(MAX_NESTING_DEPTH - 1), 'body')).toBeUndefined();
    expect(unsafeShape(nested(MAX_NESTING_DEPTH + 1), 'body')).toMatchObject({
      code: 'too_deep',
      field: expect.stringMatching(/^a(\.a)+$/),
    });
    expect(unsafeShape('text', 'body', 0)).toBeUndefined();
    expect(unsafeShape({ list: [{ prototype: {} }] }, 'body')).toMatchObject({
      field: 'list.0.prototype',
      code: 'unknown_field',
    });
  });
});
