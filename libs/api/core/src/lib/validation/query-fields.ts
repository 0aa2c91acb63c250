import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';

/** The house answers for paged lists: at most this many rows a page, 50 when not asked. */
export const PAGE_LIMIT_MAX = 200;
export const PAGE_LIMIT_DEFAULT = 50;
/** Deeper than anyone pages by hand; keeps `OFFSET` from scanning a table for nothing. */
export const PAGE_OFFSET_MAX = 1_000_000;

/** What the OpenAPI document says about a field, beside what the validators already tell it. */
export interface FieldDoc {
  description?: string;
  default?: unknown;
  example?: unknown;
  nullable?: boolean;
}

/*
 * The validators are listed in the order they would be stacked on a property and applied
 * bottom-up, as stacked decorators are: class-validator then reports the constraints of a
 * field in the same order as before these helpers existed, so error answers did not change.
 */
const stacked = (...decorators: PropertyDecorator[]): PropertyDecorator => applyDecorators(...decorators.reverse());

/**
 * An optional whole number from a query string (`?count=5`) between min and max, inclusive:
 * converted from its text, refused with `isInt`, `min` or `max` naming the field.
 */
export function OptionalInt(min: number, max: number, doc: FieldDoc = {}): PropertyDecorator {
  return stacked(
    ApiPropertyOptional({ minimum: min, maximum: max, ...doc }),
    IsOptional(),
    Type(() => Number),
    IsInt(),
    Min(min),
    Max(max),
  );
}

/** `?limit=`: how many rows a page holds, 1 to PAGE_LIMIT_MAX. */
export function PageLimit(): PropertyDecorator {
  return OptionalInt(1, PAGE_LIMIT_MAX, { default: PAGE_LIMIT_DEFAULT });
}

/** `?offset=`: how many rows to skip, 0 to PAGE_OFFSET_MAX. */
export function PageOffset(): PropertyDecorator {
  return OptionalInt(0, PAGE_OFFSET_MAX, { default: 0 });
}

/** The paging half of a list query; list queries with filters extend it. */
export class PageQueryDto {
  @PageLimit()
  limit?: number;

  @PageOffset()
  offset?: number;
}

/** One of a fixed list of values (an enum of the domain), required; refused with `isIn`. */
export function OneOf(values: readonly (string | number)[], doc: FieldDoc = {}): PropertyDecorator {
  return stacked(ApiProperty({ enum: values, ...doc }), IsIn(values));
}

/** One of a fixed list of values, or absent; refused with `isIn` naming the field. */
export function OptionalOneOf(values: readonly (string | number)[], doc: FieldDoc = {}): PropertyDecorator {
  return stacked(ApiPropertyOptional({ enum: values, ...doc }), IsOptional(), IsIn(values));
}
