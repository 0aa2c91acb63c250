import 'reflect-metadata';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { DomainError } from '../errors/domain-error';
import { createValidationPipe } from '../http/validation';
import { OneOf, OptionalInt, OptionalOneOf, PAGE_LIMIT_MAX, PAGE_OFFSET_MAX, PageLimit, PageOffset, PageQueryDto } from './query-fields';

const COLOURS = ['red', 'green'] as const;

/** The validators as the DTOs stacked them by hand before the shared decorators. */
class HandWrittenQuery {
  @IsOptional()
  @IsIn(COLOURS)
  colour?: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  offset?: number;
}

class SharedQuery {
  @OptionalOneOf(COLOURS)
  colour?: string;

  @PageLimit()
  limit?: number;

  @PageOffset()
  offset?: number;
}

class FilteredPage extends PageQueryDto {
  @OptionalOneOf(COLOURS)
  colour?: string;
}

class RequiredColour {
  @OneOf(COLOURS)
  colour!: string;
}

class Count {
  @OptionalInt(1, 5)
  count?: number;
}

const query = (metatype: new () => object) => ({ type: 'query', metatype, data: undefined }) as const;

/** The problem-details field errors the pipe answers with, or the transformed value. */
async function check(metatype: new () => object, value: Record<string, unknown>): Promise<unknown> {
  try {
    return await createValidationPipe().transform(value, query(metatype));
  } catch (error) {
    if (error instanceof DomainError) return error.errors;
    throw error;
  }
}

describe('shared query fields', () => {
  const bad: Record<string, unknown>[] = [
    { colour: 'blue' },
    { limit: '0' },
    { limit: '201' },
    { limit: '2.5' },
    { limit: 'many' },
    { offset: '-1' },
    { offset: String(PAGE_OFFSET_MAX + 1) },
    { colour: 'blue', limit: 'x', offset: '-3' },
  ];

  it.each(bad)('answers %j with the same field errors as the hand-written validators', async (value) => {
    const shared = await check(SharedQuery, value);
    expect(shared).toEqual(await check(HandWrittenQuery, value));
    expect(Array.isArray(shared) && shared.length).toBeGreaterThan(0);
  });

  it('names the field and the constraint in each error', async () => {
    expect(await check(SharedQuery, { limit: '500', colour: 'blue' })).toEqual([
      { field: 'colour', code: 'isIn', message: 'colour must be one of the following values: red, green' },
      { field: 'limit', code: 'max', message: `limit must not be greater than ${PAGE_LIMIT_MAX}` },
    ]);
  });

  it('reports an unparsable number as max, min and isInt together, in the order of the hand-written stack', async () => {
    const errors = (await check(SharedQuery, { offset: 'x' })) as { code: string }[];
    expect(errors.map((e) => e.code)).toEqual(['max', 'min', 'isInt']);
  });

  it('converts numbers from the query string and leaves absent fields absent', async () => {
    expect(await check(SharedQuery, { limit: '20', offset: '40' })).toEqual(Object.assign(new SharedQuery(), { limit: 20, offset: 40 }));
    const empty = (await check(SharedQuery, {})) as SharedQuery;
    expect(empty.limit).toBeUndefined();
    expect(empty.colour).toBeUndefined();
  });

  it('keeps the page fields after the filters when a query extends PageQueryDto', async () => {
    const errors = (await check(FilteredPage, { offset: '-1', colour: 'blue', limit: '0' })) as { field: string }[];
    expect(errors.map((e) => e.field)).toEqual(['colour', 'limit', 'offset']);
    expect(await check(FilteredPage, { limit: '3' })).toMatchObject({ limit: 3 });
  });

  it('refuses a missing required enum and accepts each listed value', async () => {
    expect(await check(RequiredColour, {})).toEqual([
      { field: 'colour', code: 'isIn', message: 'colour must be one of the following values: red, green' },
    ]);
    for (const colour of COLOURS) expect(await check(RequiredColour, { colour })).toMatchObject({ colour });
  });

  it('holds an optional whole number to its own bounds', async () => {
    expect(await check(Count, { count: '5' })).toMatchObject({ count: 5 });
    expect(await check(Count, { count: '6' })).toEqual([{ field: 'count', code: 'max', message: 'count must not be greater than 5' }]);
  });
});
