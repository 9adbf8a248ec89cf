import type { Request } from "express";
import { UploadRefused } from "./refusal";

/** The largest file accepted (`IMPORT_MAX_BYTES`, default 10 MB). */
export const MAX_UPLOAD_BYTES = Number(process.env.IMPORT_MAX_BYTES ?? 10 * 1024 * 1024);

const tooLarge = (max: number) => new UploadRefused(413, "PAYLOAD_TOO_LARGE", `the file is larger than ${max} bytes; split it into several imports`);

/**
 * The request body, at most `max` bytes: a declared Content-Length above it is refused before a byte
 * is read, and a body without one is refused as soon as it passes the limit (never held whole).
 */
export function readUpload(req: Request, max = MAX_UPLOAD_BYTES): Promise<Buffer> {
  const declared = Number(req.headers["content-length"]);
  if (Number.isFinite(declared) && declared > max) return Promise.reject(tooLarge(max));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) {
        req.pause();
        reject(tooLarge(max));
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}
