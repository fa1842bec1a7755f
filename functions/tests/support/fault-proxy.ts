import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the proxy does with one request to DynamoDB. */
export type Fault =
  /** Forward it and return DynamoDB's answer. */
  | 'pass'
  /** Answer 400 ProvisionedThroughputExceededException without forwarding: DynamoDB Local never throttles. */
  | 'throttle'
  /** Forward it, let DynamoDB commit, then cut the connection: the caller cannot know the write happened. */
  | 'lose-response';

export interface FaultProxy {
  /** Point DYNAMODB_ENDPOINT here. */
  url: string;
  /** Requests seen per fault. */
  counts: Record<Fault, number>;
  /** Requests that found DynamoDB down (connection refused) and were cut. */
  unreachable: number;
  close(): Promise<void>;
}

/**
 * An HTTP proxy in front of DynamoDB Local that injects the faults the emulator cannot produce:
 * throttling errors and answers lost after a commit. It works below the SDK, so the SDK's own retries and
 * our code's handling of what remains are both exercised; nothing in the code under test is replaced.
 * `decide` sees the X-Amz-Target (e.g. `DynamoDB_20120810.TransactWriteItems`) of each request.
 */
export async function startFaultProxy(targetUrl: string, decide: (target: string) => Fault): Promise<FaultProxy> {
  const target = new URL(targetUrl);
  const counts: Record<Fault, number> = { pass: 0, throttle: 0, 'lose-response': 0 };
  const state = { unreachable: 0 };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const amzTarget = String(req.headers['x-amz-target'] ?? '');
      const fault = decide(amzTarget);
      counts[fault] += 1;
      if (fault === 'throttle') {
        const payload = JSON.stringify({
          __type: 'com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException',
          message: 'Injected by the test fault proxy',
        });
        res.writeHead(400, { 'content-type': 'application/x-amz-json-1.0', 'x-amzn-errortype': 'ProvisionedThroughputExceededException' });
        res.end(payload);
        return;
      }
      const upstream = http.request(
        { host: target.hostname, port: target.port, path: req.url, method: req.method, headers: req.headers },
        (answer) => {
          const answerChunks: Buffer[] = [];
          answer.on('data', (chunk: Buffer) => answerChunks.push(chunk));
          answer.on('end', () => {
            if (fault === 'lose-response') {
              res.socket?.destroy();
              return;
            }
            res.writeHead(answer.statusCode ?? 502, answer.headers);
            res.end(Buffer.concat(answerChunks));
          });
        },
      );
      upstream.on('error', () => {
        // DynamoDB is down (restarting): the caller sees a dropped connection, as it would in a network outage.
        state.unreachable += 1;
        res.socket?.destroy();
      });
      upstream.end(body);
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    counts,
    get unreachable() {
      return state.unreachable;
    },
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
