/** Helpers for tests of the gateway and of the whole platform (`@ipr/gateway/testing`). */
import { execFile } from "node:child_process";

/** The text of a PDF as pdf.js reads it (pdfjs-dist is ESM only, so in a child node process), pages ended by a form feed. */
export function pdfText(pdf: Buffer): Promise<string> {
  const script = `import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
    const chunks = []; for await (const c of process.stdin) chunks.push(c);
    const doc = await getDocument({ data: new Uint8Array(Buffer.concat(chunks)), disableFontFace: true, useSystemFonts: false }).promise;
    let out = ""; for (let i = 1; i <= doc.numPages; i++) out += (await (await doc.getPage(i)).getTextContent()).items.map((t) => t.str).join("") + "\\f";
    process.stdout.write(out);`;
  // asynchronously: a blocked event loop would let the gateway's idle keep-alive sockets expire under a test's next fetch
  return new Promise((resolve, reject) => {
    const child = execFile(process.execPath, ["--input-type=module", "-e", script], { cwd: __dirname, maxBuffer: 64 << 20, encoding: "utf8" }, (error, stdout) =>
      error ? reject(error) : resolve(stdout),
    );
    child.stdin!.end(pdf);
  });
}
