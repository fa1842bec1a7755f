import { GetObjectCommand, S3Client, S3ServiceException } from '@aws-sdk/client-s3';
import {
  answerOriginResponse,
  NOT_FOUND_PAGE_MAX_BYTES,
  type EdgeResponse,
  type OriginResponseEvent,
  type PageLocation,
} from '@union/config/edge/not-found';

/**
 * The Lambda@Edge origin-response handler of the pages' behaviour, for these base paths. Lambda@Edge has
 * no environment variables, so NotFoundPages bundles the call with the sites' base paths written in; the
 * logic lives in packages/config (not-found.ts), this adds only the S3 reads.
 */
export function createOriginResponseHandler(basePaths: readonly string[]): (event: OriginResponseEvent) => Promise<EdgeResponse> {
  const paths = Object.freeze([...basePaths]);
  return (event) => answerOriginResponse(event, { basePaths: paths, readPage, report });
}

// Replicas run near the viewers while the bucket stays in its region: one client per bucket region, kept warm.
const clients = new Map<string, S3Client>();

async function readPage({ bucket, region, key }: PageLocation): Promise<string | undefined> {
  let client = clients.get(region);
  if (!client) {
    client = new S3Client({ region });
    clients.set(region, client);
  }
  try {
    const object = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
    if ((object.ContentLength ?? 0) > NOT_FOUND_PAGE_MAX_BYTES) {
      object.Body?.transformToWebStream().cancel().catch(() => undefined);
      throw new Error(`${key} has ${object.ContentLength} bytes, more than a Lambda@Edge response can carry`);
    }
    return await object.Body?.transformToString('utf-8');
  } catch (error) {
    // The role may read only the 404 pages and not list the bucket, so a missing one answers 403, not 404.
    const status = error instanceof S3ServiceException ? error.$metadata.httpStatusCode : undefined;
    if (status === 403 || status === 404) return undefined;
    throw error;
  }
}

function report(problem: string, details: Record<string, unknown>): void {
  // One JSON line in the CloudWatch Logs of the region whose edge ran the function. No viewer data in it.
  console.error(JSON.stringify({ level: 'ERROR', message: problem, ...details }));
}
