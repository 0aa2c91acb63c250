import 'reflect-metadata';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { DomainError, FreeText, registerRequestContext, requestOf, carryRequest } from '@leidraad/api/core';
import { scan } from '@leidraad/shared/pseudonymisation';
import { FreeTextPipe, scannedFindings } from './free-text.pipe';
import { ScanPool } from './scan-pool';

class NoteDto {
  @FreeText()
  summary!: string;
}

/** A body as Fastify hands it over, tagged with its request by the preHandler hook, then made a DTO. */
function received(summary: string, request: Partial<FastifyRequest> & { staff?: { id: string } }): NoteDto {
  let hook: ((request: unknown, reply: unknown, done: () => void) => void) | undefined;
  registerRequestContext({ addHook: (_name: string, fn: typeof hook) => (hook = fn) } as unknown as FastifyInstance);
  const body = { summary };
  hook?.({ ...request, body, query: {} }, {}, () => undefined);
  const dto = Object.assign(new NoteDto(), body);
  carryRequest(body, dto);
  return dto;
}

describe('FreeTextPipe', () => {
  const config = { scan: { budgetMs: 5_000, workers: 1, charsPerMinute: 100 } };
  const scanner = new ScanPool(config);
  const pipe = new FreeTextPipe(scanner);
  const metadata = { type: 'body' as const };

  it('hands the findings of each field on, so the service need not scan it again', async () => {
    const text = 'Beller woont in Zwolle.';
    const dto = received(text, { headers: { 'x-confirm-quasi-identifiers': 'summary:16-22' }, ip: '10.0.0.1' });
    await expect(pipe.transform(dto, metadata)).resolves.toBe(dto);
    expect(scannedFindings(dto, 'summary')).toEqual(scan(text));
    expect(scannedFindings(dto, 'other')).toBeUndefined();
  });

  it('reads the confirmations from the request the body came with', async () => {
    const text = 'Beller woont in Zwolle.';
    const refused = await pipe.transform(received(text, { headers: {}, ip: '10.0.0.2' }), metadata).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(DomainError);
    expect((refused as DomainError).code).toBe('identifiers_found');
  });

  it("charges the signed-in staff member's scan budget, not the address", async () => {
    const long = 'Een rustig gesprek over zorgen. '.repeat(3); // 96 characters of 100 per minute
    await pipe.transform(received(long, { headers: {}, ip: '10.0.0.3', staff: { id: 'a' } }), metadata);
    const second = await pipe
      .transform(received(long, { headers: {}, ip: '10.0.0.3', staff: { id: 'a' } }), metadata)
      .catch((error: unknown) => error);
    expect((second as DomainError).code).toBe('too_many_requests');
    // Another staff member behind the same address has a budget of their own.
    await expect(pipe.transform(received(long, { headers: {}, ip: '10.0.0.3', staff: { id: 'b' } }), metadata)).resolves.toBeDefined();
  });

  it('keeps the tag off every enumerable key, so it is never validated, stored or sent', () => {
    const dto = received('Niets bijzonders.', { headers: {}, ip: '10.0.0.4' });
    expect(Object.keys(dto)).toEqual(['summary']);
    expect(JSON.stringify(dto)).toBe('{"summary":"Niets bijzonders."}');
    expect(requestOf(dto)?.ip).toBe('10.0.0.4');
  });
});
