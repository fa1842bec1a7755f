import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { DecryptCommand, GenerateDataKeyCommand, KMSClient } from '@aws-sdk/client-kms';

/**
 * Envelope encryption of personal fields: each item is encrypted (AES-256-GCM) with a data key, and the
 * item stores that data key only wrapped by a key-encryption key the table never sees. Reading the table
 * (a backup, an export of it, a leaked scan) therefore reveals no name or number without the KEK.
 */
export interface KeyProvider {
  /** A fresh 256-bit data key, in clear for this process and wrapped for storage beside the ciphertext. */
  generateDataKey(): Promise<{ plaintext: Buffer; wrapped: string }>;
  /** The clear data key of a wrapped one this provider made. */
  unwrap(wrapped: string): Promise<Buffer>;
}

const LOCAL_PREFIX = 'local1:';
const KMS_PREFIX = 'kms1:';
/** Binds KMS-wrapped keys to this use: a key wrapped for anything else does not unwrap here. */
const KMS_CONTEXT = { purpose: 'union-participation-personal-data' };

function gcmSeal(key: Buffer, plaintext: Buffer, aad?: Buffer): Buffer {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  if (aad) cipher.setAAD(aad);
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]);
}

function gcmOpen(key: Buffer, sealed: Buffer, aad?: Buffer): Buffer {
  if (sealed.byteLength < 28) throw new Error('Sealed data too short');
  const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, 12));
  if (aad) decipher.setAAD(aad);
  decipher.setAuthTag(sealed.subarray(12, 28));
  return Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]);
}

/**
 * The KEK comes from configuration (DATA_KEY): for local runs and tests, and a fallback where KMS is not
 * set up. Data keys are wrapped with AES-256-GCM under a KEK derived from the configured string.
 */
export function localKeyProvider(secret: string): KeyProvider {
  const kek = Buffer.from(hkdfSync('sha256', secret, 'union-participation', 'data key-encryption key', 32));
  return {
    async generateDataKey() {
      const plaintext = randomBytes(32);
      return { plaintext, wrapped: LOCAL_PREFIX + gcmSeal(kek, plaintext).toString('base64') };
    },
    async unwrap(wrapped) {
      if (!wrapped.startsWith(LOCAL_PREFIX)) throw new Error('Data key was not wrapped by the local key provider');
      return gcmOpen(kek, Buffer.from(wrapped.slice(LOCAL_PREFIX.length), 'base64'));
    },
  };
}

/** The KEK is a KMS key (with rotation, in AWS): KMS makes the data keys and unwraps them. */
export function kmsKeyProvider(keyId: string, client: Pick<KMSClient, 'send'> = new KMSClient({})): KeyProvider {
  return {
    async generateDataKey() {
      const out = await client.send(new GenerateDataKeyCommand({ KeyId: keyId, KeySpec: 'AES_256', EncryptionContext: KMS_CONTEXT }));
      if (!out.Plaintext || !out.CiphertextBlob) throw new Error('KMS returned no data key');
      return { plaintext: Buffer.from(out.Plaintext), wrapped: KMS_PREFIX + Buffer.from(out.CiphertextBlob).toString('base64') };
    },
    async unwrap(wrapped) {
      if (!wrapped.startsWith(KMS_PREFIX)) throw new Error('Data key was not wrapped by KMS');
      const out = await client.send(
        new DecryptCommand({
          KeyId: keyId,
          CiphertextBlob: Buffer.from(wrapped.slice(KMS_PREFIX.length), 'base64'),
          EncryptionContext: KMS_CONTEXT,
        }),
      );
      if (!out.Plaintext) throw new Error('KMS returned no plaintext');
      return Buffer.from(out.Plaintext);
    },
  };
}

/** Personal fields as stored: the wrapped data key, and IV + tag + ciphertext of the JSON fields. */
export interface SealedFields {
  key: string;
  data: string;
}

/** A data key is reused by one process this long, then replaced: one KMS call per Lambda instance and hour, not per item. */
const DATA_KEY_MAX_AGE_MS = 60 * 60 * 1000;
const DATA_KEY_MAX_USES = 100_000;
const UNWRAPPED_CACHE_SIZE = 256;

/**
 * Seals and opens personal fields with envelope encryption. `context` (e.g. the item's key) is
 * authenticated with the ciphertext, so sealed fields moved to another item fail to open.
 */
export function personalDataCipher(provider: KeyProvider, { now = () => Date.now() } = {}) {
  let current: { plaintext: Buffer; wrapped: string; madeAt: number; uses: number } | undefined;
  let making: Promise<{ plaintext: Buffer; wrapped: string }> | undefined;
  const unwrapped = new Map<string, Promise<Buffer>>();

  async function dataKey() {
    if (current && now() - current.madeAt < DATA_KEY_MAX_AGE_MS && current.uses < DATA_KEY_MAX_USES) {
      current.uses += 1;
      return current;
    }
    // Concurrent requests of a cold process share one key instead of asking KMS once each.
    making ??= provider.generateDataKey();
    try {
      const made = await making;
      if (current?.wrapped !== made.wrapped) current = { ...made, madeAt: now(), uses: 0 };
    } finally {
      making = undefined;
    }
    current.uses += 1;
    return current;
  }

  function unwrap(wrapped: string): Promise<Buffer> {
    let key = unwrapped.get(wrapped);
    if (!key) {
      key = provider.unwrap(wrapped);
      key.catch(() => unwrapped.delete(wrapped));
      if (unwrapped.size >= UNWRAPPED_CACHE_SIZE) unwrapped.delete(unwrapped.keys().next().value as string);
      unwrapped.set(wrapped, key);
    }
    return key;
  }

  return {
    async seal<T extends Record<string, string>>(fields: T, context: string): Promise<SealedFields> {
      const { plaintext, wrapped } = await dataKey();
      const sealed = gcmSeal(plaintext, Buffer.from(JSON.stringify(fields), 'utf8'), Buffer.from(context, 'utf8'));
      return { key: wrapped, data: sealed.toString('base64') };
    },
    async open<T extends Record<string, string>>(sealed: SealedFields, context: string): Promise<T> {
      const key = await unwrap(sealed.key);
      return JSON.parse(gcmOpen(key, Buffer.from(sealed.data, 'base64'), Buffer.from(context, 'utf8')).toString('utf8')) as T;
    },
  };
}

export type PersonalDataCipher = ReturnType<typeof personalDataCipher>;

/** The cipher for this app's configuration: KMS when a KMS key is configured, else the configured DATA_KEY. */
export function personalDataCipherFromEnv(env: { DATA_KEY: string; DATA_KMS_KEY_ID: string | undefined; AWS_REGION: string }): PersonalDataCipher {
  const provider = env.DATA_KMS_KEY_ID
    ? kmsKeyProvider(env.DATA_KMS_KEY_ID, new KMSClient({ region: env.AWS_REGION }))
    : localKeyProvider(env.DATA_KEY);
  return personalDataCipher(provider);
}
