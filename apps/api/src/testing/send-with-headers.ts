import { XSRF_COOKIE } from '@leidraad/shared/domain';
import type { TestClient, TestResponse } from './test-client';

/** Like TestClient.request, plus extra headers (the test client sends none of its own choosing). */
export async function sendWithHeaders(
  client: TestClient,
  method: string,
  path: string,
  body: unknown,
  extra: Record<string, string>,
): Promise<TestResponse> {
  if (method !== 'GET' && !client.cookies.has(XSRF_COOKIE)) await client.get('/api/health');
  const headers: Record<string, string> = { accept: 'application/json', ...extra };
  if (client.cookies.size > 0) headers['cookie'] = [...client.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  const xsrf = client.cookies.get(XSRF_COOKIE);
  if (method !== 'GET' && xsrf) headers['x-xsrf-token'] = xsrf;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${client.baseUrl}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  const type = response.headers.get('content-type') ?? '';
  return { status: response.status, headers: response.headers, body: type.includes('json') && text ? JSON.parse(text) : text };
}
