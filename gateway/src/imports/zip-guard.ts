import yauzl from "yauzl";
import { UploadRefused } from "./refusal";

/** What an XLSX may expand to: far more than any real sheet of 10 MB, far less than a zip bomb. */
export const ZIP_LIMITS = { entries: 2000, totalBytes: 100 * 1024 * 1024, ratio: 200 };

const bomb = (why: string) => new UploadRefused(400, "ZIP_BOMB", `the XLSX is refused: ${why}`);

/**
 * Checks an XLSX (a zip) before exceljs expands it: entry count, declared sizes and compression
 * ratio from the central directory, then every entry inflated and thrown away, with yauzl stopping
 * an entry that inflates past its declared size. A macro project (.xlsm's vbaProject.bin) is refused.
 */
export async function guardZip(file: Buffer): Promise<void> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.fromBuffer(file, { lazyEntries: true, validateEntrySizes: true }, (e, z) => (e ? reject(new UploadRefused(400, "BAD_FILE", `not a readable XLSX: ${e.message}`)) : resolve(z!))),
  );
  if (zip.entryCount > ZIP_LIMITS.entries) throw bomb(`${zip.entryCount} parts (at most ${ZIP_LIMITS.entries})`);
  let total = 0;
  await new Promise<void>((resolve, reject) => {
    const fail = (e: Error) => {
      zip.close();
      reject(e instanceof UploadRefused ? e : new UploadRefused(400, "ZIP_BOMB", `the XLSX is refused: ${e.message}`));
    };
    zip.on("error", fail);
    zip.on("end", resolve);
    zip.on("entry", (entry: yauzl.Entry) => {
      if (/vbaProject\.bin$/i.test(entry.fileName)) return fail(new UploadRefused(415, "MACROS_NOT_ALLOWED", "the workbook carries macros (.xlsm); save it as .xlsx"));
      total += entry.uncompressedSize;
      if (total > ZIP_LIMITS.totalBytes) return fail(bomb(`it expands to more than ${ZIP_LIMITS.totalBytes} bytes`));
      if (entry.uncompressedSize > 1024 * 1024 && entry.uncompressedSize > ZIP_LIMITS.ratio * Math.max(entry.compressedSize, 1))
        return fail(bomb(`${entry.fileName} is compressed more than ${ZIP_LIMITS.ratio}:1`));
      if (entry.fileName.endsWith("/")) return zip.readEntry();
      zip.openReadStream(entry, (e, stream) => {
        if (e) return fail(e);
        stream!.on("error", fail);
        stream!.on("end", () => zip.readEntry());
        stream!.resume();
      });
    });
    zip.readEntry();
  });
}
