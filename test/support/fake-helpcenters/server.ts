import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeRequest {
  method: string;
  path: string;
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
  headers: IncomingMessage['headers'];
}

export interface FakeResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type Route = [method: string, pattern: string, handler: (req: FakeRequest) => FakeResponse];

interface Fault {
  method: string;
  path: RegExp;
  response: FakeResponse;
}

/** A small HTTP server on 127.0.0.1 that answers like a vendor API: auth check, routes, scripted faults, a log. */
export class FakeApi {
  readonly log: Array<{ method: string; path: string; status: number; body: unknown }> = [];
  private readonly faults: Fault[] = [];
  private server: Server | undefined;
  private readonly compiled: Array<{ method: string; regex: RegExp; names: string[]; handler: Route[2] }>;

  constructor(
    routes: Route[],
    private readonly authorized: (headers: IncomingMessage['headers']) => boolean,
    private readonly unauthorizedBody: unknown,
  ) {
    this.compiled = routes.map(([method, pattern, handler]) => {
      const names: string[] = [];
      const regex = new RegExp(`^${pattern.replace(/:(\w+)/g, (_m, name: string) => (names.push(name), '([^/]+)'))}$`);
      return { method, regex, names, handler };
    });
  }

  /** The next request matching method and path gets this response instead (once). */
  failNext(method: string, path: RegExp, response: FakeResponse): void {
    this.faults.push({ method, path, response });
  }

  requests(method?: string): Array<{ method: string; path: string; status: number; body: unknown }> {
    return this.log.filter((entry) => !method || entry.method === method);
  }

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const method = req.method ?? 'GET';
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname;
    let body: unknown;
    try {
      body = raw ? JSON.parse(raw) : undefined;
    } catch {
      return this.send(res, method, path, undefined, { status: 400, body: { error: 'Invalid JSON' } });
    }
    const faultIndex = this.faults.findIndex((f) => f.method === method && f.path.test(path));
    if (faultIndex >= 0) {
      const [fault] = this.faults.splice(faultIndex, 1);
      return this.send(res, method, path, body, fault!.response);
    }
    if (!this.authorized(req.headers)) return this.send(res, method, path, body, { status: 401, body: this.unauthorizedBody });
    for (const route of this.compiled) {
      const match = route.method === method ? route.regex.exec(path) : null;
      if (!match) continue;
      const params = Object.fromEntries(route.names.map((name, i) => [name, decodeURIComponent(match[i + 1] ?? '')]));
      return this.send(res, method, path, body, route.handler({ method, path, params, query: url.searchParams, body, headers: req.headers }));
    }
    return this.send(res, method, path, body, { status: 404, body: { error: 'InvalidEndpoint' } });
  }

  private send(res: ServerResponse, method: string, path: string, body: unknown, response: FakeResponse): void {
    this.log.push({ method, path, status: response.status, body });
    res.writeHead(response.status, { 'content-type': 'application/json; charset=utf-8', ...response.headers });
    res.end(response.body === undefined ? '' : JSON.stringify(response.body));
  }
}
