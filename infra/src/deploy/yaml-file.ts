import { Document } from "yaml";
import { HEADER, type Obj } from "./settings";

/** A YAML file of one or more documents from plain objects, the generated-file header (and a comment) on top. */
export function yamlFile(objects: Obj[], comment?: string): string {
  const docs = objects.map((o, i) => {
    const doc = new Document(o, { version: "1.1", aliasDuplicateObjects: false });
    if (i === 0) doc.commentBefore = ` ${HEADER}${comment ? `\n${comment}` : ""}`;
    return doc.toString({ lineWidth: 0 });
  });
  return docs.join("---\n");
}
