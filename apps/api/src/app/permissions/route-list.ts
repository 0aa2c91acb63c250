import { RequestMethod, type INestApplication } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import { PENDING_SESSION_KEY, PUBLIC_KEY, ROLES_KEY } from '@leidraad/api/auth';
import { STEP_UP_KEY } from '@leidraad/api/core';
import type { Role } from '@leidraad/shared/domain';

/** A route as a Nest controller declares it, with what the global guard reads for it. */
export interface NestRoute {
  /** `METHOD /api/path/:param`, the key of the permission matrix. */
  key: string;
  /** `@Roles()` of the handler, else of the controller (the guard's `getAllAndOverride`). */
  roles: readonly Role[] | undefined;
  isPublic: boolean;
  /** `@RequireStepUp()`: a second factor from the last minutes. */
  stepUp: boolean;
  /** `@DuringSecondFactor()`: also for a session that still owes the second factor. */
  duringSecondFactor: boolean;
}

/** Every controller route of the running application, from Nest's own metadata. */
export function nestRoutes(app: INestApplication, globalPrefix = 'api'): NestRoute[] {
  const reflector = new Reflector();
  const scanner = new MetadataScanner();
  const routes: NestRoute[] = [];
  const seen = new Set<unknown>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: never[]) => object) | null;
      if (!controller || seen.has(controller)) continue;
      seen.add(controller);
      const prefixes = asList(Reflect.getMetadata(PATH_METADATA, controller));
      for (const name of scanner.getAllMethodNames(controller.prototype)) {
        const handler = (controller.prototype as Record<string, unknown>)[name] as object;
        const paths = Reflect.getMetadata(PATH_METADATA, handler) as string | string[] | undefined;
        if (paths === undefined) continue;
        const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod];
        const targets = [handler as () => void, controller];
        for (const prefix of prefixes) {
          for (const path of asList(paths)) {
            routes.push({
              key: `${method} ${joinPath(globalPrefix, prefix, path)}`,
              roles: reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets),
              isPublic: reflector.getAllAndOverride<boolean | undefined>(PUBLIC_KEY, targets) ?? false,
              stepUp: reflector.getAllAndOverride<boolean | undefined>(STEP_UP_KEY, targets) ?? false,
              duringSecondFactor: reflector.getAllAndOverride<boolean | undefined>(PENDING_SESSION_KEY, targets) ?? false,
            });
          }
        }
      }
    }
  }
  return routes;
}

/**
 * Every route Fastify serves (HEAD and OPTIONS left out), parsed from `printRoutes()`: this also
 * finds routes that plugins add beside Nest (API docs, static files).
 */
export function fastifyRoutes(fastify: FastifyInstance): string[] {
  const keys: string[] = [];
  const stack: string[] = [];
  for (const line of fastify.printRoutes({ commonPrefix: false }).split('\n')) {
    const match = /^((?:│ {3}| {4})*)[├└]── (.*?)(?: \(([A-Z, ]+)\))?$/u.exec(line);
    if (!match) continue;
    const depth = match[1].length / 4;
    const segment = match[2];
    const path = `${depth === 0 ? '' : stack[depth - 1]}${depth === 0 && !segment.startsWith('/') ? '/' : ''}${segment}`;
    stack.length = depth;
    stack.push(path);
    for (const method of (match[3] ?? '').split(', ').filter(Boolean)) {
      if (method !== 'HEAD' && method !== 'OPTIONS') keys.push(`${method} ${path}`);
    }
  }
  return keys;
}

function asList(value: string | string[] | undefined): string[] {
  return value === undefined ? [''] : Array.isArray(value) ? value : [value];
}

function joinPath(...parts: string[]): string {
  return `/${parts
    .map((part) => part.replace(/^\/+|\/+$/g, ''))
    .filter(Boolean)
    .join('/')}`;
}
