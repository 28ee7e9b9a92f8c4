import { DeleteObjectCommand, GetObjectCommand, PutObjectCommand, S3Client, type S3ClientConfig } from "@aws-sdk/client-s3";
import { keyBelongsTo, type FileStorage } from "./file-storage";

export type S3Settings = { bucket: string; client: S3ClientConfig };

/**
 * The bucket from the environment: S3_BUCKET, S3_REGION (default us-east-1), S3_ENDPOINT for an
 * S3-compatible service (MinIO, Ceph, a cloud's own), S3_FORCE_PATH_STYLE=1 where that service
 * needs it; credentials from S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY, else the AWS SDK's own chain.
 */
export function s3SettingsFromEnv(env: Record<string, string | undefined> = process.env): S3Settings {
  const bucket = env.S3_BUCKET;
  if (!bucket) throw new Error("S3_BUCKET is not set");
  const credentials =
    env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY ? { accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY } : undefined;
  return {
    bucket,
    client: {
      region: env.S3_REGION ?? "us-east-1",
      ...(env.S3_ENDPOINT ? { endpoint: env.S3_ENDPOINT } : {}),
      forcePathStyle: env.S3_FORCE_PATH_STYLE === "1" || env.S3_FORCE_PATH_STYLE === "true",
      ...(credentials ? { credentials } : {}),
      // Checksums only where S3 requires them: several S3-compatible services refuse the newer ones.
      requestChecksumCalculation: "WHEN_REQUIRED",
      responseChecksumValidation: "WHEN_REQUIRED",
    },
  };
}

export function s3FileStorage({ bucket, client: config }: S3Settings): FileStorage {
  const client = new S3Client(config);
  return {
    kind: "s3",
    async put({ key, organizationId, bytes }) {
      if (!keyBelongsTo({ key, organizationId })) throw new Error("A storage key must start with its organisation");
      await client.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: bytes, ContentLength: bytes.byteLength }));
    },
    async get(file) {
      if (!keyBelongsTo(file)) return null;
      const key = file.key;
      try {
        const found = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
        return found.Body ? await found.Body.transformToByteArray() : null;
      } catch (error) {
        const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
        if ((error as Error).name === "NoSuchKey" || status === 404) return null;
        throw error;
      }
    },
    async delete(file) {
      if (!keyBelongsTo(file)) return;
      const key = file.key;
      await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: key }));
    },
  };
}

export const s3FileStorageFromEnv = () => s3FileStorage(s3SettingsFromEnv());
