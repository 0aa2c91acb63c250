import { AsyncLocalStorage } from 'node:async_hooks';
import type { FastifyInstance, FastifyRequest } from 'fastify';

interface RequestStore {
  request: FastifyRequest;
}

const storage = new AsyncLocalStorage<RequestStore>();

/** Lets code without access to the request (a pipe, say) read its headers. */
export function registerRequestContext(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', (request, _reply, done) => {
    storage.run({ request }, done);
  });
}

export function currentRequest(): FastifyRequest | undefined {
  return storage.getStore()?.request;
}
