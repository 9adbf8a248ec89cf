import type { Response } from "express";

/** The caller went away mid-feed: stop asking the subgraphs for more. */
export class ClientGone extends Error {
  constructor() {
    super("the client closed the connection");
  }
}

/**
 * Writes a chunk and waits while the socket's buffer is full (backpressure): a slow reader slows the
 * paging down instead of piling pages up in memory.
 */
export function writeChunk(res: Response, chunk: Uint8Array | string): Promise<void> | void {
  if (res.destroyed) throw new ClientGone();
  if (res.write(chunk)) return;
  return new Promise((resolve, reject) => {
    const drained = () => {
      res.off("close", gone);
      resolve();
    };
    const gone = () => {
      res.off("drain", drained);
      reject(new ClientGone());
    };
    res.once("drain", drained);
    res.once("close", gone);
  });
}
