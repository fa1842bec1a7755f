import { DecryptCommand, GenerateDataKeyCommand } from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import { kmsKeyProvider, localKeyProvider, personalDataCipher, type KeyProvider } from './data-keys.ts';

const fields = { name: '张伟', workUnit: '市第一机床厂', phone: '13812345678' };

/** Counts the provider's calls, to see how often a data key is made or unwrapped. */
function counting(provider: KeyProvider) {
  const calls = { generate: 0, unwrap: 0 };
  return {
    calls,
    provider: {
      generateDataKey: () => ((calls.generate += 1), provider.generateDataKey()),
      unwrap: (wrapped: string) => ((calls.unwrap += 1), provider.unwrap(wrapped)),
    } satisfies KeyProvider,
  };
}

describe('personalDataCipher with the local key provider', () => {
  const provider = localKeyProvider('unit-test-data-key-0123456789abcdef');

  it('seals fields into ciphertext that shows none of them, and opens them again', async () => {
    const cipher = personalDataCipher(provider);
    const sealed = await cipher.seal(fields, 'ctx');
    for (const value of Object.values(fields)) expect(JSON.stringify(sealed)).not.toContain(value);
    expect(await cipher.open(sealed, 'ctx')).toEqual(fields);
  });

  it('refuses to open under another context, another KEK, or after tampering', async () => {
    const cipher = personalDataCipher(provider);
    const sealed = await cipher.seal(fields, 'ctx');
    await expect(cipher.open(sealed, 'other')).rejects.toThrow();
    await expect(personalDataCipher(localKeyProvider('another-data-key-0123456789abcdefgh')).open(sealed, 'ctx')).rejects.toThrow();
    const data = Buffer.from(sealed.data, 'base64');
    data[data.length - 1]! ^= 1;
    await expect(cipher.open({ ...sealed, data: data.toString('base64') }, 'ctx')).rejects.toThrow();
  });

  it('makes one data key per process and hour, and a new one after the hour', async () => {
    let now = 0;
    const { calls, provider: counted } = counting(provider);
    const cipher = personalDataCipher(counted, { now: () => now });
    const [a, b] = await Promise.all([cipher.seal(fields, 'a'), cipher.seal(fields, 'b')]);
    expect(calls.generate).toBe(1);
    expect(a.key).toBe(b.key);
    now = 60 * 60 * 1000;
    const c = await cipher.seal(fields, 'c');
    expect(calls.generate).toBe(2);
    expect(c.key).not.toBe(a.key);
    // Unwrapped keys are cached too: reading many items costs one unwrap per data key.
    await Promise.all([cipher.open(a, 'a'), cipher.open(b, 'b'), cipher.open(c, 'c')]);
    expect(calls.unwrap).toBe(2);
  });
});

describe('kmsKeyProvider', () => {
  // No KMS emulator runs beside DynamoDB Local: a stand-in client checks the requests the provider sends.
  it('asks KMS for AES-256 data keys and unwraps them with the same key and encryption context', async () => {
    const sent: unknown[] = [];
    const plaintext = Buffer.alloc(32, 7);
    const client = {
      send: async (command: unknown) => {
        sent.push(command);
        if (command instanceof GenerateDataKeyCommand) return { Plaintext: plaintext, CiphertextBlob: Buffer.from('wrapped-by-kms') };
        if (command instanceof DecryptCommand) return { Plaintext: plaintext };
        throw new Error('unexpected command');
      },
    };
    const provider = kmsKeyProvider('alias/union-pii', client as never);

    const made = await provider.generateDataKey();
    expect(made.wrapped).toBe(`kms1:${Buffer.from('wrapped-by-kms').toString('base64')}`);
    expect(await provider.unwrap(made.wrapped)).toEqual(plaintext);
    await expect(provider.unwrap('local1:abc')).rejects.toThrow();

    const [generate, decrypt] = sent as [GenerateDataKeyCommand, DecryptCommand];
    expect(generate.input).toEqual({ KeyId: 'alias/union-pii', KeySpec: 'AES_256', EncryptionContext: { purpose: 'union-participation-personal-data' } });
    expect(decrypt.input).toMatchObject({ KeyId: 'alias/union-pii', EncryptionContext: { purpose: 'union-participation-personal-data' } });
    expect(Buffer.from(decrypt.input.CiphertextBlob ?? [])).toEqual(Buffer.from('wrapped-by-kms'));
  });
});
