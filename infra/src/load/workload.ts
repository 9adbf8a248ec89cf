import { randomInt } from "node:crypto";
import { makeCreditCode, makeIdNumber } from "@ipr/shared";
import type { Caller } from "./gateway-client";

/** What a write created, to be read back at the end: its kind, its key (id or credit code) and one field's value. */
export interface Written {
  kind: keyof typeof READ_BACK;
  key: string;
  expect: string;
}

/** One request of the mix: as whom, what, and (for a write) what it creates when acknowledged. */
export interface Step {
  name: string;
  write: boolean;
  who: Caller;
  query: string;
  variables: Record<string, unknown>;
  /** For a write: the entity it created, from its answer. */
  created?: (data: any) => Written | undefined;
}

const REGIONS = ["440300", "310115", "440600", "441900"];
const OFFICE = (sub: string): Caller => ({ agency: "OFFICE", region: "000000", sub });
/** "Today" in China, as the police file and catch on it. */
const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

/** How each kind is read back: as the national office, by its key. */
export const READ_BACK = {
  enterprise: { query: `query($k: String!) { x: enterprise(creditCode: $k) { v: name } }` },
  saicCase: { query: `query($k: ID!) { x: saicCase(id: $k) { v: caseNumber } }` },
  patentCase: { query: `query($k: ID!) { x: patentCase(id: $k) { v: caseNumber } }` },
  criminalCase: { query: `query($k: ID!) { x: criminalCase(id: $k) { v: filingNumber } }` },
  customsSeizure: { query: `query($k: ID!) { x: customsSeizure(id: $k) { v: caseNumber } }` },
} as const;
export const readBackCaller = OFFICE("load-read-back");

/** A read across five subgraphs through nullable roots: with one of them down, the rest still answers (a partial answer). */
const CROSS = `query($c: String!, $s: ID!, $p: ID!, $k: ID!, $x: ID!) {
  e: enterprise(creditCode: $c) { name region }
  s: saicCase(id: $s) { caseNumber referrals { id status } }
  p: patentCase(id: $p) { caseNumber }
  k: criminalCase(id: $k) { filingNumber suspects { name } referral { id } }
  x: customsSeizure(id: $x) { caseNumber }
}`;
const LIST = `{ saicCases(first: 5) { edges { node { caseNumber rightHolder { name } referrals { id } } } } }`;
const ENTERPRISE = `query($c: String!) { enterprise(creditCode: $c) { name saicCases { caseNumber } patentCases { caseNumber } customsSeizures { caseNumber } } }`;

/** A run-wide tag and counter, so every credit code, case and filing number is new even against a platform with earlier runs' data. */
const RUN = randomInt(36 ** 4, 36 ** 5).toString(36).toUpperCase();
let serial = randomInt(0, 31 ** 8);
const next = () => ++serial;

/**
 * One simulated officer-client: mostly reads (70 %), and writes of five agencies' mutations with
 * valid, unique inputs. Its first write registers the right holder its later cases name; its
 * reads look up what it wrote.
 */
export class Client {
  readonly region: string;
  readonly holders: string[] = [];
  private readonly ids: Partial<Record<Written["kind"], string>> = {};

  constructor(readonly index: number) {
    this.region = REGIONS[index % REGIONS.length];
  }

  private who(agency: string): Caller {
    return { agency, region: this.region, sub: `load-${RUN}-${this.index}` };
  }

  /** Remembers what an acknowledged write made, for later reads. */
  remember(written: Written) {
    if (written.kind === "enterprise") this.holders.push(written.key);
    else this.ids[written.kind] = written.key;
  }

  nextStep(): Step {
    if (!this.holders.length) return this.register();
    const roll = Math.random();
    if (roll < 0.06) return this.register();
    if (roll < 0.14) return this.saicCase();
    if (roll < 0.2) return this.patentCase();
    if (roll < 0.26) return this.criminalCase();
    if (roll < 0.3) return this.customsSeizure();
    if (roll < 0.75) return this.cross();
    if (roll < 0.9) return { name: "read saicCases", write: false, who: this.who("SAIC"), query: LIST, variables: {} };
    return { name: "read enterprise", write: false, who: this.who("SAIC"), query: ENTERPRISE, variables: { c: this.holder() } };
  }

  private holder() {
    return this.holders[randomInt(this.holders.length)];
  }

  private cross(): Step {
    // ids not written yet are looked up anyway (null, no error): the query shape stays the same
    const none = "00000000-0000-4000-8000-000000000000";
    const { saicCase = none, patentCase = none, criminalCase = none, customsSeizure = none } = this.ids;
    return { name: "read across subgraphs", write: false, who: OFFICE(`load-${RUN}-${this.index}`), query: CROSS, variables: { c: this.holder(), s: saicCase, p: patentCase, k: criminalCase, x: customsSeizure } };
  }

  private register(): Step {
    const n = next();
    const input = { creditCode: makeCreditCode(this.region, n), name: `负载测试企业${RUN}-${n}`, foreignInvested: true, investorCountry: "DE", region: this.region };
    return {
      name: "registerEnterprise",
      write: true,
      who: this.who("SAIC"),
      query: `mutation($input: RegisterEnterpriseInput!) { registerEnterprise(input: $input) { creditCode } }`,
      variables: { input },
      created: (d) => d?.registerEnterprise && { kind: "enterprise", key: d.registerEnterprise.creditCode, expect: input.name },
    };
  }

  private caseBase(prefix: string) {
    const n = next();
    return { caseNumber: `${prefix}-${RUN}-${n}`, region: this.region, rightHolderCreditCode: this.holder(), foreignInvested: true, amountInvolved: "86000.00" };
  }

  private saicCase(): Step {
    const input = { ...this.caseBase("负载工商"), category: "TRADEMARK", trademarkViolation: "COUNTERFEITING", openedOn: "2017-10-09" };
    return {
      name: "createSaicCase",
      write: true,
      who: this.who("SAIC"),
      query: `mutation($input: CreateSaicCaseInput!) { createSaicCase(input: $input) { id } }`,
      variables: { input },
      created: (d) => d?.createSaicCase && { kind: "saicCase", key: d.createSaicCase.id, expect: input.caseNumber },
    };
  }

  private patentCase(): Step {
    const input = { ...this.caseBase("负载专利"), category: "PASSING_OFF", source: "EXHIBITION", openedOn: "2017-10-11" };
    return {
      name: "createPatentCase",
      write: true,
      who: this.who("IPO"),
      query: `mutation($input: CreatePatentCaseInput!) { createPatentCase(input: $input) { id } }`,
      variables: { input },
      created: (d) => d?.createPatentCase && { kind: "patentCase", key: d.createPatentCase.id, expect: input.caseNumber },
    };
  }

  private customsSeizure(): Step {
    const input = { ...this.caseBase("负载海关"), seizedOn: "2017-10-14", direction: "EXPORT", port: "深圳湾海关", goods: "假冒品牌耳机", quantity: 5200, declaredValue: "31000.00", basis: "ON_APPLICATION" };
    return {
      name: "recordCustomsSeizure",
      write: true,
      who: this.who("CUSTOMS"),
      query: `mutation($input: RecordCustomsSeizureInput!) { recordCustomsSeizure(input: $input) { id } }`,
      variables: { input },
      created: (d) => d?.recordCustomsSeizure && { kind: "customsSeizure", key: d.recordCustomsSeizure.id, expect: input.caseNumber },
    };
  }

  private criminalCase(): Step {
    const n = next();
    const day = today();
    const input = {
      filingNumber: `公经立-负载-${RUN}-${n}`, offence: "COUNTERFEITING_TRADEMARK", region: this.region, filedOn: day, amountInvolved: "86000.00",
      rightHolderCreditCode: this.holder(), foreignInvested: true,
      suspects: [{ name: "张伟", idNumber: makeIdNumber(this.region, "1980-05-01", n), caughtOn: day }],
    };
    return {
      name: "fileCriminalCase",
      write: true,
      who: this.who("POLICE"),
      query: `mutation($input: FileCriminalCaseInput!) { fileCriminalCase(input: $input) { id } }`,
      variables: { input },
      created: (d) => d?.fileCriminalCase && { kind: "criminalCase", key: d.fileCriminalCase.id, expect: input.filingNumber },
    };
  }
}
