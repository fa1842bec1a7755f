import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  authorization: string | undefined;
  contentType: string | undefined;
  body: unknown;
}

/**
 * A test double of the participation API's internal routes, over real HTTP: it records what the
 * CMS sends and answers with the status a test chooses. The real API lives in functions/ and is
 * tested there; here we only need to see the CMS's side of the contract.
 */
export interface RulesApiDouble {
  url: string;
  requests: RecordedRequest[];
  /** Status of the next answers: 200/204 by default, or e.g. 500 to simulate an outage. */
  failWith: (status: number | null) => void;
  /** Answers the next requests with this status and JSON body (an error envelope built like the API's). */
  answerWith: (status: number, body: unknown) => void;
  /**
   * Answers the requests `responder` takes (it returns an answer) in place of the default, e.g. the
   * participation routes the exports and check-in call; requests it leaves (undefined) go on as before.
   */
  route: (responder: Responder) => void;
  reset: () => void;
  close: () => Promise<void>;
}

export type Responder = (request: RecordedRequest) => { status: number; body?: unknown } | undefined;

export async function startRulesApiDouble(): Promise<RulesApiDouble> {
  const requests: RecordedRequest[] = [];
  let failure: number | null = null;
  let answer: { status: number; body: unknown } | null = null;
  let responder: Responder | null = null;

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      const recorded: RecordedRequest = {
        method: req.method ?? '',
        path: req.url ?? '',
        authorization: req.headers.authorization,
        contentType: req.headers['content-type'],
        body: raw ? JSON.parse(raw) : undefined,
      };
      requests.push(recorded);
      const routed = responder?.(recorded);
      if (routed) {
        res.writeHead(routed.status, { 'content-type': 'application/json' });
        res.end(routed.body === undefined ? '' : JSON.stringify(routed.body));
      } else if (answer !== null) {
        res.writeHead(answer.status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(answer.body));
      } else if (failure !== null) {
        res.writeHead(failure, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: { code: 'INTERNAL', message: '服务暂时不可用，请稍后再试' } }));
      } else if (req.method === 'DELETE') {
        res.writeHead(204).end();
      } else {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ campaign: raw ? JSON.parse(raw) : null }));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    failWith: (status) => {
      failure = status;
    },
    answerWith: (status, body) => {
      answer = { status, body };
    },
    route: (next) => {
      responder = next;
    },
    reset: () => {
      requests.length = 0;
      responder = null;
      failure = null;
      answer = null;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
