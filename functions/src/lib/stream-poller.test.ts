import { describe, expect, it } from 'vitest';
import { toStreamEvent } from './stream-poller.ts';

describe('toStreamEvent', () => {
  it('shapes GetRecords records as Lambda delivers them: epoch seconds, AttributeValue JSON, base64 binaries', () => {
    const event = toStreamEvent(
      [
        {
          eventID: 'e1',
          eventName: 'MODIFY',
          eventVersion: '1.1',
          eventSource: 'aws:dynamodb',
          awsRegion: 'ddblocal',
          dynamodb: {
            ApproximateCreationDateTime: new Date('2026-05-01T02:00:01.900Z'),
            Keys: { pk: { S: 'VOTE#ab' }, sk: { S: 'VOTE' } },
            NewImage: { pk: { S: 'VOTE#ab' }, n: { N: '3' }, b: { B: Uint8Array.from([1, 2, 255]) }, m: { M: { l: { L: [{ BS: [Uint8Array.from([0])] }] } } } },
            OldImage: { pk: { S: 'VOTE#ab' } },
            SequenceNumber: '000100',
            SizeBytes: 42,
            StreamViewType: 'NEW_AND_OLD_IMAGES',
          },
        },
      ],
      'arn:aws:dynamodb:ddblocal:000000000000:table/t/stream/x',
      'ap-east-1',
    );
    expect(event).toEqual({
      Records: [
        {
          eventID: 'e1',
          eventName: 'MODIFY',
          eventVersion: '1.1',
          eventSource: 'aws:dynamodb',
          awsRegion: 'ap-east-1',
          eventSourceARN: 'arn:aws:dynamodb:ddblocal:000000000000:table/t/stream/x',
          dynamodb: {
            ApproximateCreationDateTime: 1777600801,
            Keys: { pk: { S: 'VOTE#ab' }, sk: { S: 'VOTE' } },
            NewImage: { pk: { S: 'VOTE#ab' }, n: { N: '3' }, b: { B: 'AQL/' }, m: { M: { l: { L: [{ BS: ['AA=='] }] } } } },
            OldImage: { pk: { S: 'VOTE#ab' } },
            SequenceNumber: '000100',
            SizeBytes: 42,
            StreamViewType: 'NEW_AND_OLD_IMAGES',
          },
        },
      ],
    });
  });
});
