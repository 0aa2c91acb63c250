import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Pool } from 'pg';
import pino from 'pino';
import { loadConfig, generateSecrets, type AppConfig } from '@leidraad/api/core';
import { StaffService } from '@leidraad/api/auth';
import type { Role } from '@leidraad/shared/domain';
import { prepareDatabase } from '../app/runtime';
import { createServer } from '../app/server';
import { sharedTestEnv } from './app-role-url';
import { completeSecondFactor, type TestAuthenticator } from './second-factor';
import { TestClient } from './test-client';

export interface TestApp {
  app: NestFastifyApplication;
  config: AppConfig;
  baseUrl: string;
  /**
   * Direct access to the test database as its owner, for arranging state and asserting what was
   * stored. The app itself runs as the restricted role (`appDatabaseUrl`).
   */
  db: Pool;
  appDatabaseUrl: string;
  client(): TestClient;
  /**
   * A new staff member with a unique username, and a client already signed in as them — with
   * a second factor enrolled on the way where their role needs one (kept in `staff.authenticator`).
   */
  signIn(role: Role): Promise<{ client: TestClient; staff: TestStaff }>;
  createStaff(role: Role): Promise<TestStaff>;
  close(): Promise<void>;
}

export interface TestStaff {
  id: string;
  username: string;
  password: string;
  role: Role;
  /** Their authenticator app, once one is enrolled (supervisors and admins at first sign-in). */
  authenticator?: TestAuthenticator;
}

let counter = 0;

/**
 * Boots the real application on a random port against the run's test database, serving requests
 * as the run's restricted role (logs dropped unless `options.logger`). `env.DATABASE_APP_URL: ''` leaves the app to make a role itself.
 */
export async function startTestApp(env: Record<string, string> = {}, options: { logger?: pino.Logger } = {}): Promise<TestApp> {
  const testUrl = process.env['TEST_DATABASE_URL'];
  if (!testUrl) throw new Error('TEST_DATABASE_URL is not set: run through apps/api/jest.int.config.cts');
  const ownerUrl = env['DATABASE_URL'] || testUrl;
  const config = loadConfig(
    { DATABASE_URL: ownerUrl, ...sharedTestEnv(ownerUrl), LEIDRAAD_WEB_DIR: '/nonexistent', LOG_LEVEL: 'silent', ...env },
    { ...generateSecrets(), ...(process.env['TEST_DATA_KEYS'] ? { LEIDRAAD_DATA_KEYS: process.env['TEST_DATA_KEYS'] } : {}) },
  );
  const url = config.databaseUrl as string;
  const appDatabaseUrl = await prepareDatabase(config, url);
  const app = await createServer(config, appDatabaseUrl, options.logger ?? pino({ level: process.env['TEST_LOG_LEVEL'] ?? 'silent' }));
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address();
  const baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const db = new Pool({ connectionString: url, max: 2 });

  const createStaff = async (role: Role): Promise<TestStaff> => {
    counter += 1;
    const username = `t${process.pid}-${counter}-${Math.random().toString(36).slice(2, 7)}`;
    // Must pass the password policy, which refuses a password containing the username.
    const password = `correct horse battery ${counter} ${Math.random().toString(36).slice(2, 7)}!`;
    const account = await app.get(StaffService).create({ username, displayName: `Test ${role} ${counter}`, role, password }, null);
    return { id: account.id, username, password, role };
  };

  return {
    app,
    config,
    baseUrl,
    db,
    appDatabaseUrl,
    client: () => new TestClient(baseUrl),
    createStaff,
    async signIn(role) {
      const staff = await createStaff(role);
      const client = new TestClient(baseUrl);
      const response = await client.post('/api/auth/login', { username: staff.username, password: staff.password });
      if (response.status !== 200) throw new Error(`sign-in failed: ${response.status} ${JSON.stringify(response.body)}`);
      staff.authenticator = await completeSecondFactor(client, response);
      return { client, staff };
    },
    async close() {
      await db.end();
      await app.close();
    },
  };
}
