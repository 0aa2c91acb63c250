import type { FastifyInstance, FastifyRequest } from 'fastify';

/**
 * The request a body or query object arrived with, kept on the object itself (a symbol, not
 * enumerable, so never serialised, validated or copied into a row). Code that gets only the value —
 * a pipe — reads it here, without an AsyncLocalStorage whose promise hooks every request pays for.
 */
const REQUEST = Symbol('leidraad.request');

/** Tags each request's body and query with the request, before the handler's pipes see them. */
export function registerRequestContext(fastify: FastifyInstance): void {
  fastify.addHook('preHandler', (request, _reply, done) => {
    tag(request.body, request);
    tag(request.query, request);
    done();
  });
}

/** The request `value` (a body or query, or a DTO made from one by `carryRequest`) came with. */
export function requestOf(value: unknown): FastifyRequest | undefined {
  return typeof value === 'object' && value !== null ? (value as { [REQUEST]?: FastifyRequest })[REQUEST] : undefined;
}

/** Keeps the tag when a pipe turns a body or query into another object (its DTO instance). */
export function carryRequest(from: unknown, to: unknown): void {
  const request = requestOf(from);
  if (request && to !== from) tag(to, request);
}

function tag(value: unknown, request: FastifyRequest): void {
  if (typeof value !== 'object' || value === null || !Object.isExtensible(value)) return;
  Object.defineProperty(value, REQUEST, { value: request, enumerable: false, configurable: true });
}
