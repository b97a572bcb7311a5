import type { Permission } from '@jiceng/core';

/**
 * What a route requires, declared on every `/api` route: `public` (no sign-in, and marked so in the
 * OpenAPI document), `authenticated` (any signed-in user, for their own things), or a permission.
 */
export type RouteAccess = 'public' | 'authenticated' | Permission;

export interface RouteEntry {
  method: string;
  url: string;
  access: RouteAccess;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
}
