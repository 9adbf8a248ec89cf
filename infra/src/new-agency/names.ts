/** The names one agency's scaffold is written with, all derived from the command line. */
export interface AgencyNames {
  /** subgraph, package and schema name, e.g. `commerce` */
  name: string;
  /** agency code (the `agency` claim), e.g. `COMMERCE` */
  code: string;
  port: number;
  /** its department as tables name it, e.g. 商务部门 */
  department: string;
  description: string;
  /** the first entity, e.g. `Complaint`, and its forms */
  Entity: string;
  entity: string;
  entities: string;
  kebab: string;
  /** its BI feed, e.g. `outreach-events` */
  dataset: string;
  table: string;
  /** the create mutation, e.g. `recordComplaint`, and its input type, `RecordComplaintInput` */
  create: string;
  createInput: string;
}

const camel = (s: string) => s[0].toLowerCase() + s.slice(1);
const kebab = (s: string) => s.replace(/[A-Z]/g, (c, i) => (i ? "-" : "") + c.toLowerCase());
const plural = (s: string) => (/(s|x|ch|sh)$/.test(s) ? `${s}es` : /[^aeiou]y$/.test(s) ? `${s.slice(0, -1)}ies` : `${s}s`);

export function agencyNames(opts: { name: string; code?: string; port: number; entity?: string; department?: string; description?: string }): AgencyNames {
  const { name } = opts;
  if (!/^[a-z][a-z0-9]*$/.test(name)) throw new Error(`"${name}": a subgraph name is lower-case letters and digits, e.g. commerce`);
  const code = opts.code ?? name.toUpperCase();
  if (!/^[A-Z][A-Z0-9_]*$/.test(code)) throw new Error(`"${code}": an agency code is upper-case, e.g. COMMERCE`);
  const Entity = opts.entity ?? `${name[0].toUpperCase()}${name.slice(1)}Record`;
  if (!/^[A-Z][A-Za-z0-9]*$/.test(Entity)) throw new Error(`"${Entity}": an entity name is PascalCase, e.g. Complaint`);
  return {
    name, code, port: opts.port, department: opts.department ?? code, description: opts.description ?? `The ${name} subgraph`,
    Entity, entity: camel(Entity), entities: plural(camel(Entity)), kebab: kebab(Entity), dataset: kebab(plural(Entity)), table: kebab(Entity).replace(/-/g, "_"),
    create: `record${Entity}`,
    createInput: `Record${Entity}Input`,
  };
}
