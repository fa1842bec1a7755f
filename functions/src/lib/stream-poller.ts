import { DescribeTableCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  GetRecordsCommand,
  GetShardIteratorCommand,
  type _Record as StreamRecord,
  type AttributeValue,
  type Shard,
} from '@aws-sdk/client-dynamodb-streams';
import type { DynamoDBStreamEvent } from 'aws-lambda';

export interface StreamPollerOptions {
  /** Reads the table's current stream ARN. */
  dynamo: DynamoDBClient;
  tableName: string;
  region: string;
  /** DynamoDB Local's endpoint (streams are served on the same one). */
  endpoint: string;
  /** Called with each batch, as the Lambda event source mapping would call the tally Lambda. */
  handler: (event: DynamoDBStreamEvent) => Promise<unknown>;
  /** Records per batch at most; the tally's event source mapping uses 1,000 (GetRecords' own maximum). */
  batchSize?: number;
  intervalMs?: number;
  /** Shards are listed again this often (new shards appear when DynamoDB splits or rotates them). */
  describeEveryMs?: number;
  onError?: (error: unknown) => void;
}

export interface StreamPoller {
  /** Stops polling after the batch in flight (if any) has been handled. */
  stop(): Promise<void>;
}

interface ShardState {
  parentId: string | undefined;
  iterator: string | undefined;
  /** Sequence number of the last record the handler accepted: the checkpoint a new iterator starts after. */
  checkpoint: string | undefined;
  /** A batch the handler failed: delivered again, unchanged, before anything newer (as Lambda does). */
  failed: StreamRecord[] | undefined;
  /** The iterator to continue with once the failed batch succeeds. */
  nextIterator: string | undefined;
  /** Closed and read to its end: its children may start. */
  done: boolean;
}

// Lambda hands images over as AttributeValue JSON, where binaries are base64 strings.
function lambdaValue(value: AttributeValue): unknown {
  if (value.B !== undefined) return { B: Buffer.from(value.B).toString('base64') };
  if (value.BS !== undefined) return { BS: value.BS.map((b) => Buffer.from(b).toString('base64')) };
  if (value.M !== undefined) return { M: lambdaImage(value.M) };
  if (value.L !== undefined) return { L: value.L.map(lambdaValue) };
  return { ...value };
}

function lambdaImage(image: Record<string, AttributeValue> | undefined): Record<string, unknown> | undefined {
  return image ? Object.fromEntries(Object.entries(image).map(([name, value]) => [name, lambdaValue(value)])) : undefined;
}

/** The DynamoDBStreamEvent Lambda would deliver for these records of the stream `streamArn`. */
export function toStreamEvent(records: readonly StreamRecord[], streamArn: string, region: string): DynamoDBStreamEvent {
  return {
    Records: records.map((record) => {
      const d = record.dynamodb ?? {};
      const dynamodb = {
        ...(d.ApproximateCreationDateTime ? { ApproximateCreationDateTime: Math.floor(d.ApproximateCreationDateTime.getTime() / 1000) } : {}),
        Keys: lambdaImage(d.Keys),
        ...(d.NewImage ? { NewImage: lambdaImage(d.NewImage) } : {}),
        ...(d.OldImage ? { OldImage: lambdaImage(d.OldImage) } : {}),
        SequenceNumber: d.SequenceNumber,
        SizeBytes: d.SizeBytes,
        StreamViewType: d.StreamViewType,
      };
      return {
        eventID: record.eventID,
        eventName: record.eventName,
        eventVersion: record.eventVersion ?? '1.1',
        eventSource: 'aws:dynamodb',
        awsRegion: region,
        dynamodb,
        eventSourceARN: streamArn,
      };
    }),
  } as DynamoDBStreamEvent;
}

const errorName = (error: unknown) => (error instanceof Error ? error.name : '');

/**
 * Reads the table's stream the way the tally's Lambda event source mapping does, for the local server
 * (`npm start`, the tests): every shard from TRIM_HORIZON, children only after their parent is read to
 * its end, batches of up to `batchSize` records handed to `handler` one at a time per shard, and a
 * failed batch retried unchanged until it succeeds. Starting from the horizon on every start replays
 * what an earlier run already counted; the tally's per-vote marks make that harmless.
 */
export function startStreamPoller(options: StreamPollerOptions): StreamPoller {
  const { dynamo, tableName, region, endpoint, handler, batchSize = 1000, intervalMs = 250, describeEveryMs = 2_000 } = options;
  const onError = options.onError ?? ((error: unknown) => console.error('Stream poller:', error));
  const streams = new DynamoDBStreamsClient({ region, endpoint, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
  const shards = new Map<string, ShardState>();
  let streamArn: string | undefined;
  let describedAt = 0;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<void> = Promise.resolve();

  async function describe(): Promise<void> {
    if (!streamArn) {
      const { Table } = await dynamo.send(new DescribeTableCommand({ TableName: tableName }));
      streamArn = Table?.LatestStreamArn;
      if (!streamArn) return;
    }
    const listed: Shard[] = [];
    let start: string | undefined;
    do {
      const { StreamDescription } = await streams.send(new DescribeStreamCommand({ StreamArn: streamArn, ExclusiveStartShardId: start }));
      listed.push(...(StreamDescription?.Shards ?? []));
      start = StreamDescription?.LastEvaluatedShardId;
    } while (start);
    for (const shard of listed) {
      if (!shard.ShardId || shards.has(shard.ShardId)) continue;
      shards.set(shard.ShardId, { parentId: shard.ParentShardId, iterator: undefined, checkpoint: undefined, failed: undefined, nextIterator: undefined, done: false });
    }
    describedAt = Date.now();
  }

  /** Reads and handles one batch of a shard; true when it may have more records right away. */
  async function pollShard(shardId: string, shard: ShardState, arn: string): Promise<boolean> {
    if (shard.failed) {
      await handler(toStreamEvent(shard.failed, arn, region));
      shard.checkpoint = shard.failed.at(-1)?.dynamodb?.SequenceNumber ?? shard.checkpoint;
      shard.failed = undefined;
      shard.iterator = shard.nextIterator;
      if (!shard.iterator) shard.done = true;
      return !shard.done;
    }
    if (!shard.iterator) {
      const { ShardIterator } = await streams.send(
        new GetShardIteratorCommand({
          StreamArn: arn,
          ShardId: shardId,
          ...(shard.checkpoint
            ? { ShardIteratorType: 'AFTER_SEQUENCE_NUMBER', SequenceNumber: shard.checkpoint }
            : { ShardIteratorType: 'TRIM_HORIZON' }),
        }),
      );
      shard.iterator = ShardIterator;
      if (!shard.iterator) {
        shard.done = true;
        return false;
      }
    }
    const { Records = [], NextShardIterator } = await streams.send(new GetRecordsCommand({ ShardIterator: shard.iterator, Limit: batchSize }));
    if (Records.length > 0) {
      try {
        await handler(toStreamEvent(Records, arn, region));
      } catch (error) {
        shard.failed = Records;
        shard.nextIterator = NextShardIterator;
        throw error;
      }
      shard.checkpoint = Records.at(-1)?.dynamodb?.SequenceNumber ?? shard.checkpoint;
    }
    shard.iterator = NextShardIterator;
    if (!shard.iterator) shard.done = true;
    return Records.length > 0;
  }

  async function tick(): Promise<boolean> {
    if (!streamArn || Date.now() - describedAt >= describeEveryMs) await describe();
    const arn = streamArn;
    if (!arn) return false;
    let busy = false;
    for (const [shardId, shard] of shards) {
      if (shard.done || stopped) continue;
      const parent = shard.parentId ? shards.get(shard.parentId) : undefined;
      if (parent && !parent.done) continue;
      try {
        busy = (await pollShard(shardId, shard, arn)) || busy;
      } catch (error) {
        const name = errorName(error);
        if (name === 'ExpiredIteratorException') shard.iterator = undefined;
        else if (name === 'TrimmedDataAccessException') {
          shard.iterator = undefined;
          shard.checkpoint = undefined;
        } else if (name === 'ResourceNotFoundException') {
          // The table (or its stream) went away, as at the end of a test: look it up again.
          streamArn = undefined;
          shards.clear();
          return false;
        } else onError(error);
      }
    }
    return busy;
  }

  function schedule(delay: number): void {
    if (stopped) return;
    timer = setTimeout(() => {
      current = tick().then(
        // Like Lambda, go on at once while a shard had records, and wait for more when it was empty.
        (busy) => schedule(busy ? 0 : intervalMs),
        (error: unknown) => {
          if (errorName(error) !== 'ResourceNotFoundException') onError(error);
          streamArn = undefined;
          schedule(intervalMs);
        },
      );
    }, delay);
  }
  schedule(0);

  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await current.catch(() => undefined);
      streams.destroy();
    },
  };
}
