import Fastify, { type FastifyBaseLogger, type FastifyInstance, type RawServerDefault } from 'fastify';
import type { IncomingMessage, ServerResponse } from 'node:http';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { hasPermissionSomewhere } from '@jiceng/core';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Config } from './config';
import type { Database } from './db/connection';
import type { RequestContext } from './auth/actor';
import { resolveSession } from './auth/service';
import type { DataCipher } from './http/crypto';
import { AppError, forbidden, unauthenticated } from './http/errors';
import { installErrorHandler } from './http/error-handler';
import type { RouteAccess, RouteEntry } from './http/route-access';
import type { SmsSender } from './modules/notifications/sms';
import { authRoutes } from './auth/routes';
import { auditRoutes } from './audit/routes';
import { orgRoutes } from './modules/orgs/routes';
import { userRoutes } from './modules/users/routes';
import { notificationRoutes } from './modules/notifications/routes';
import { personRoutes, personSelfRoutes } from './modules/persons/routes';
import { importRoutes } from './modules/imports/routes';
import { developmentRoutes } from './modules/development/routes';
import { transferRoutes } from './modules/transfers/routes';
import { mobileRoutes } from './modules/mobile/routes';
import { standingRoutes } from './modules/standing/routes';
import { reviewRoutes } from './modules/reviews/routes';
import { electionRoutes } from './modules/elections/routes';
import { jointReviewRoutes } from './modules/elections/joint-review-routes';
import { meetingRoutes } from './modules/meetings/routes';
import { complianceRoutes } from './modules/compliance/routes';
import { duesRoutes } from './modules/dues/routes';
import { duesReportRoutes } from './modules/dues/reports-routes';
import { pointsRoutes } from './modules/points/routes';
import { starsRoutes } from './modules/points/stars-routes';
import { assessmentRoutes } from './modules/assessment/routes';
import { awardRoutes } from './modules/awards/routes';
import { serviceRequestRoutes } from './modules/service-requests/routes';
import { servicePostRoutes } from './modules/service-posts/routes';
import { pairingRoutes } from './modules/pairing/routes';
import { residentCadreRoutes } from './modules/resident-cadres/routes';
import { trainingRoutes } from './modules/trainings/routes';
import { venueRoutes } from './modules/venues/routes';
import { healthRoutes } from './http/health';

export const SESSION_COOKIE = 'jiceng_session';

export interface AppDeps {
  database: Database;
  config: Config;
  cipher: DataCipher;
  sms: SmsSender;
}

export type App = FastifyInstance & { routeTable: RouteEntry[] };
export type ZodApp = FastifyInstance<
  RawServerDefault,
  IncomingMessage,
  ServerResponse,
  FastifyBaseLogger,
  ZodTypeProvider
>;

declare module 'fastify' {
  interface FastifyRequest {
    ctx: RequestContext;
  }
}

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** Paths under /api that belong to the OpenAPI viewer, not to Jiceng's own routes. */
const DOCS_PREFIX = '/api/docs';

export async function buildApp(deps: AppDeps): Promise<App> {
  const { config } = deps;
  const app = Fastify({
    logger: { level: config.logLevel },
    bodyLimit: 1024 * 1024,
    trustProxy: process.env.JICENG_TRUST_PROXY === '1',
  }) as unknown as App;
  app.routeTable = [];
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // Only JSON bodies: a cross-site form can post text/plain without a CORS preflight.
  app.removeContentTypeParser('text/plain');
  installErrorHandler(app);

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // antd writes its styles at run time.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    crossOriginEmbedderPolicy: false,
  });
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: { title: 'Jiceng 基层 API', version: '0.1.0', description: '基层党组织工作平台接口' },
      components: {
        securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE } },
      },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: DOCS_PREFIX });

  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api') || route.url.startsWith(DOCS_PREFIX)) return;
    const access = (route.config as { access?: RouteAccess } | undefined)?.access;
    if (!access) {
      throw new Error(`route ${String(route.method)} ${route.url} declares no access rule`);
    }
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      if (method === 'HEAD') continue;
      app.routeTable.push({ method, url: route.url, access });
    }
    if (access === 'public') {
      route.schema = { ...route.schema, security: [] } as typeof route.schema;
    }
  });

  app.decorateRequest('ctx', null as unknown as RequestContext);
  app.addHook('onRequest', async (request) => {
    request.ctx = { actor: null, clientIp: request.ip ?? null };
    if (!request.url.startsWith('/api') || request.url.startsWith(DOCS_PREFIX)) return;
    const token = request.cookies[SESSION_COOKIE];
    if (UNSAFE_METHODS.has(request.method) && token) checkSameOrigin(request.headers);
    if (token) {
      request.ctx.actor = await resolveSession(deps.database.db, token, {
        idleMinutes: config.sessionIdleMinutes,
        maxHours: config.sessionMaxHours,
      });
    }
    const access = request.routeOptions.config?.access;
    if (!access || access === 'public') return;
    if (!request.ctx.actor) throw unauthenticated();
    if (access !== 'authenticated' && !hasPermissionSomewhere(request.ctx.actor.assignments, access)) {
      throw forbidden();
    }
  });

  const api = app.withTypeProvider<ZodTypeProvider>();
  await app.register(
    async (scope) => {
      const zodScope = scope.withTypeProvider<ZodTypeProvider>();
      await healthRoutes(zodScope, deps);
      await authRoutes(zodScope, deps);
      await orgRoutes(zodScope, deps);
      await userRoutes(zodScope, deps);
      await auditRoutes(zodScope, deps);
      await notificationRoutes(zodScope, deps);
      await personRoutes(zodScope, deps);
      await importRoutes(zodScope, deps);
      await personSelfRoutes(zodScope, deps);
      await developmentRoutes(zodScope, deps);
      await transferRoutes(zodScope, deps);
      await mobileRoutes(zodScope, deps);
      await standingRoutes(zodScope, deps);
      await reviewRoutes(zodScope, deps);
      await electionRoutes(zodScope, deps);
      await jointReviewRoutes(zodScope, deps);
      await meetingRoutes(zodScope, deps);
      await complianceRoutes(zodScope, deps);
      await duesRoutes(zodScope, deps);
      await duesReportRoutes(zodScope, deps);
      await pointsRoutes(zodScope, deps);
      await starsRoutes(zodScope, deps);
      await assessmentRoutes(zodScope, deps);
      await awardRoutes(zodScope, deps);
      await serviceRequestRoutes(zodScope, deps);
      await servicePostRoutes(zodScope, deps);
      await pairingRoutes(zodScope, deps);
      await residentCadreRoutes(zodScope, deps);
      await trainingRoutes(zodScope, deps);
      await venueRoutes(zodScope, deps);
    },
    { prefix: '/api' },
  );
  api.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () =>
    app.swagger(),
  );

  await serveWeb(app, config.webDistDir);
  return app;
}

function checkSameOrigin(headers: Record<string, string | string[] | undefined>): void {
  const origin = headers.origin;
  const host = headers['x-forwarded-host'] ?? headers.host;
  const site = headers['sec-fetch-site'];
  if (typeof site === 'string' && site !== 'same-origin' && site !== 'none') {
    throw new AppError(403, 'csrf_rejected', '跨站请求被拒绝');
  }
  if (typeof origin === 'string' && origin !== 'null') {
    let originHost: string;
    try {
      originHost = new URL(origin).host;
    } catch {
      throw new AppError(403, 'csrf_rejected', '跨站请求被拒绝');
    }
    if (originHost !== host) throw new AppError(403, 'csrf_rejected', '跨站请求被拒绝');
  } else if (origin === 'null') {
    throw new AppError(403, 'csrf_rejected', '跨站请求被拒绝');
  }
}

async function serveWeb(app: FastifyInstance, distDir: string): Promise<void> {
  const index = path.join(distDir, 'index.html');
  const hasWeb = existsSync(index);
  if (hasWeb) {
    // Wildcard: files rebuilt while the server runs are served too, not only those present at start.
    await app.register(fastifyStatic, { root: distDir, wildcard: true, index: ['index.html'] });
  }
  app.setNotFoundHandler((request, reply) => {
    const spaPage = request.method === 'GET' || request.method === 'HEAD';
    // A missing script or style must be a 404, not the app's HTML page (a blank screen).
    if (request.url.startsWith('/api') || request.url.startsWith('/assets/') || !hasWeb || !spaPage) {
      return reply.status(404).send({ error: { code: 'not_found', message: '请求的地址不存在' } });
    }
    return reply.type('text/html').sendFile('index.html');
  });
}
