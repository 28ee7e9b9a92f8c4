import http from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A small S3-compatible server for tests (no internet): path-style PUT, GET and DELETE of
 * objects, kept in memory. Signatures are not checked; it stands in for a bucket, not for IAM.
 */
export async function startFakeS3() {
  const objects = new Map<string, Buffer>();
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const path = decodeURIComponent(new URL(req.url ?? "/", "http://fake").pathname);
      requests.push(`${req.method} ${path}`);
      if (req.method === "PUT") {
        objects.set(path, Buffer.concat(chunks));
        res.writeHead(200, { ETag: '"fake"' }).end();
      } else if (req.method === "GET" || req.method === "HEAD") {
        const found = objects.get(path);
        if (!found) {
          res.writeHead(404, { "Content-Type": "application/xml" });
          res.end(req.method === "GET" ? "<?xml version=\"1.0\"?><Error><Code>NoSuchKey</Code><Message>none</Message></Error>" : undefined);
          return;
        }
        res.writeHead(200, { "Content-Type": "application/octet-stream", "Content-Length": found.byteLength });
        res.end(req.method === "GET" ? found : undefined);
      } else if (req.method === "DELETE") {
        objects.delete(path);
        res.writeHead(204).end();
      } else {
        res.writeHead(405).end();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    objects,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
