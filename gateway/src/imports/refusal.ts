/** A whole upload refused before any row is read: the HTTP status, a code and why. */
export class UploadRefused extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}
