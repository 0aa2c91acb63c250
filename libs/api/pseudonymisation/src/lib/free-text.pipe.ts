import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { DomainError, FREE_TEXT_KEY, requestOf } from '@leidraad/api/core';
import type { AuthenticatedRequest } from '@leidraad/api/auth';
import type { Finding } from '@leidraad/shared/pseudonymisation';
import { checkFindings, CONFIRM_HEADER, parseConfirmations } from './free-text-check';
import { ScanPool } from './scan-pool';

/**
 * The one place where free text is checked for identifiers (pseudonymisation rule 2): every
 * property marked `@FreeText()` in any request body or query, nested DTOs included. Runs after
 * validation, so it sees typed DTO instances.
 */
@Injectable()
export class FreeTextPipe implements PipeTransform {
  constructor(private readonly scanner: ScanPool) {}

  async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if ((metadata.type !== 'body' && metadata.type !== 'query') || typeof value !== 'object' || value === null) return value;
    const fields = collectFreeText(value, '');
    if (fields.length === 0) return value;
    const request: AuthenticatedRequest | undefined = requestOf(value);
    const confirmed = parseConfirmations(request?.headers[CONFIRM_HEADER]);
    // Within the sender's scan budget (staff member, or before sign-in the address); a text that cannot be checked in time is refused.
    const findings = await this.scanner.scanAll(
      fields.map(({ text }) => text),
      request?.staff?.id ?? request?.ip,
    );
    // What was found is handed on, so a service that needs the findings of a field does not scan it again.
    Object.defineProperty(value, SCANNED, {
      value: new Map(fields.map(({ field }, index) => [field, findings[index]])),
      configurable: true,
    });
    const blocking = checkFindings(
      fields.map(({ field }, index) => ({ field, findings: findings[index] })),
      confirmed,
    );
    if (blocking.length > 0) {
      const direct = blocking.some((finding) => finding.level === 'direct');
      throw new DomainError(
        'identifiers_found',
        direct
          ? 'The text contains details that identify a person. Mask them before saving.'
          : 'The text may identify someone. Confirm each highlighted part, or change it.',
        blocking,
      );
    }
    return value;
  }
}

const SCANNED = Symbol('leidraad.scanned');

/** The findings the pipe had for a free-text field of this DTO (its top-level name), if it scanned it. */
export function scannedFindings(dto: object, field: string): Finding[] | undefined {
  return (dto as { [SCANNED]?: Map<string, Finding[]> })[SCANNED]?.get(field);
}

function collectFreeText(value: object, prefix: string): { field: string; text: string }[] {
  const marked = new Set<string | symbol>(Reflect.getMetadata(FREE_TEXT_KEY, value.constructor) ?? []);
  return Object.entries(value).flatMap(([key, child]) => {
    const field = prefix ? `${prefix}.${key}` : key;
    if (marked.has(key) && typeof child === 'string') return [{ field, text: child }];
    if (Array.isArray(child)) {
      return child.flatMap((item, index) => (typeof item === 'object' && item !== null ? collectFreeText(item, `${field}[${index}]`) : []));
    }
    return typeof child === 'object' && child !== null && !(child instanceof Date) ? collectFreeText(child, field) : [];
  });
}
