import { SECURE_SESSION_COOKIE, SESSION_COOKIE, XSRF_COOKIE } from '@leidraad/shared/domain';

export interface TestResponse<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
}

/**
 * A browser-like HTTP client: keeps cookies, and sends the XSRF header the way Angular does.
 * `withoutCsrf()` leaves the header off, to prove the server refuses such requests.
 */
export class TestClient {
  readonly cookies = new Map<string, string>();
  private sendCsrf = true;
  private forwardedFor: string | undefined;

  constructor(readonly baseUrl: string) {}

  withoutCsrf(): this {
    this.sendCsrf = false;
    return this;
  }

  /**
   * Sends `X-Forwarded-For: value`, as a proxy in front of the app would (with
   * LEIDRAAD_TRUST_PROXY naming 127.0.0.1 or one hop, the app takes the right-most entry as the client).
   */
  from(forwardedFor: string): this {
    this.forwardedFor = forwardedFor;
    return this;
  }

  get sessionToken(): string | undefined {
    return this.cookies.get(SESSION_COOKIE) ?? this.cookies.get(SECURE_SESSION_COOKIE);
  }

  get<T = unknown>(path: string): Promise<TestResponse<T>> {
    return this.request<T>('GET', path);
  }
  post<T = unknown>(path: string, body?: unknown): Promise<TestResponse<T>> {
    return this.request<T>('POST', path, body);
  }
  patch<T = unknown>(path: string, body?: unknown): Promise<TestResponse<T>> {
    return this.request<T>('PATCH', path, body);
  }
  put<T = unknown>(path: string, body?: unknown): Promise<TestResponse<T>> {
    return this.request<T>('PUT', path, body);
  }
  delete<T = unknown>(path: string): Promise<TestResponse<T>> {
    return this.request<T>('DELETE', path);
  }

  async request<T>(method: string, path: string, body?: unknown): Promise<TestResponse<T>> {
    // Like a browser on first load: fetch an XSRF cookie before the first state change.
    if (method !== 'GET' && !this.cookies.has(XSRF_COOKIE)) await this.request('GET', '/api/health');
    const headers: Record<string, string> = { accept: 'application/json' };
    if (this.cookies.size > 0) {
      headers['cookie'] = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    }
    const xsrf = this.cookies.get(XSRF_COOKIE);
    if (this.sendCsrf && method !== 'GET' && xsrf) headers['x-xsrf-token'] = xsrf;
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (this.forwardedFor !== undefined) headers['x-forwarded-for'] = this.forwardedFor;
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    for (const cookie of response.headers.getSetCookie()) this.store(cookie);
    const text = await response.text();
    const type = response.headers.get('content-type') ?? '';
    return { status: response.status, headers: response.headers, body: (type.includes('json') && text ? JSON.parse(text) : text) as T };
  }

  private store(setCookie: string): void {
    const [pair, ...attributes] = setCookie.split(';');
    const separator = pair.indexOf('=');
    const name = pair.slice(0, separator).trim();
    const value = pair.slice(separator + 1).trim();
    const expired = attributes.some((a) => /^\s*expires=Thu, 01 Jan 1970/i.test(a) || /^\s*max-age=0/i.test(a));
    if (expired || value === '') this.cookies.delete(name);
    else this.cookies.set(name, value);
  }
}
