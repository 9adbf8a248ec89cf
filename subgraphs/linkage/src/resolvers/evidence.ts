import { Arg, Args, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import { Connection, ConnectionArgs, badInput, canRead, isUuid, many, newId, notFound, paginate, requireText, type Context } from "@ipr/shared";
import { EvidenceItem, EvidenceTransfer, EvidenceTransferStatus } from "../entities/evidence-transfer";
import { EnforcementCase } from "../entities/foreign";
import { Referral } from "../entities/referral";
import { assertReceiver, checkExchange, exchangeScope, findExchange } from "../exchange";
import { ExchangeFilter, ReceiveEvidenceTransferInput, SendEvidenceTransferInput } from "../schema/exchange-inputs";
import { SOURCES } from "../sources";

@ObjectType()
class EvidenceTransferConnection extends Connection(EvidenceTransfer) {}

const SHA256 = /^[0-9a-f]{64}$/;
const MAX_ITEMS = 500;

@Resolver(() => EvidenceTransfer)
export class EvidenceTransferResolver {
  @Query(() => EvidenceTransfer, { nullable: true })
  evidenceTransfer(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return findExchange(ctx, EvidenceTransfer, id);
  }

  @Query(() => EvidenceTransferConnection, { description: "Evidence transfers from or to your region, newest first" })
  evidenceTransfers(@Args(() => ConnectionArgs) page: ConnectionArgs, @Arg("filter", () => ExchangeFilter, { nullable: true }) filter: ExchangeFilter | null, @Ctx() ctx: Context) {
    return paginate(ctx.em, EvidenceTransfer, exchangeScope(ctx, filter), page, "sentAt");
  }

  @Mutation(() => EvidenceTransfer, { description: "Hand evidence to another agency (证据移转); each item is fingerprinted with SHA-256" })
  async sendEvidenceTransfer(@Arg("input", () => SendEvidenceTransferInput) input: SendEvidenceTransferInput, @Ctx() ctx: Context) {
    if (!input.items.length) throw badInput("input.items", "must list at least one item");
    if (input.items.length > MAX_ITEMS) throw badInput("input.items", `at most ${MAX_ITEMS} items per transfer`);
    const items = input.items.map((item, i) => {
      const sha256 = item.sha256.toLowerCase();
      if (!SHA256.test(sha256)) throw badInput(`input.items[${i}].sha256`, "must be 64 hexadecimal digits");
      if (item.sizeBytes != null && (!Number.isInteger(item.sizeBytes) || item.sizeBytes < 0)) throw badInput(`input.items[${i}].sizeBytes`, "must not be negative");
      return { kind: item.kind, description: requireText(item.description, `input.items[${i}].description`, 1000), sha256, sizeBytes: item.sizeBytes ?? null };
    });
    const common = await checkExchange(ctx, input);
    return ctx.em.transactional(async (em) => {
      let referralId: string | null = null;
      if (input.referralId) {
        const referral = isUuid(input.referralId) ? await em.findOne(Referral, { id: input.referralId.toLowerCase() }) : null;
        if (!referral || !canRead(ctx.identity, referral.region)) throw notFound("input.referralId", "referral", input.referralId);
        referralId = referral.id;
      }
      const transfer = em.create(EvidenceTransfer, { id: newId(), ...common, referralId });
      items.forEach((item, position) => em.create(EvidenceItem, { id: newId(), transfer, position, ...item }));
      return transfer;
    });
  }

  @Mutation(() => EvidenceTransfer, { description: "The receiver records receipt with the hashes it computed; any difference marks the transfer INTEGRITY_MISMATCH" })
  async receiveEvidenceTransfer(@Arg("input", () => ReceiveEvidenceTransferInput) input: ReceiveEvidenceTransferInput, @Ctx() ctx: Context) {
    return ctx.em.transactional(async (em) => {
      const transfer = await findExchange({ ...ctx, em }, EvidenceTransfer, input.transferId, true);
      if (!transfer) throw notFound("input.transferId", "evidence transfer", input.transferId);
      assertReceiver(ctx, transfer, "input.transferId");
      if (transfer.status !== EvidenceTransferStatus.SENT) throw badInput("input.transferId", `already received (${transfer.status})`);
      const items = await em.find(EvidenceItem, { transfer }, { orderBy: { position: "asc" } });
      if (input.itemHashes.length !== items.length) throw badInput("input.itemHashes", `the transfer has ${items.length} items, ${input.itemHashes.length} hashes were given`);
      let intact = true;
      items.forEach((item, i) => {
        const hash = input.itemHashes[i].toLowerCase();
        if (!SHA256.test(hash)) throw badInput(`input.itemHashes[${i}]`, "must be 64 hexadecimal digits");
        item.intact = hash === item.sha256;
        intact &&= item.intact;
      });
      em.assign(transfer, { status: intact ? EvidenceTransferStatus.RECEIVED : EvidenceTransferStatus.INTEGRITY_MISMATCH, receivedAt: ctx.now(), receivedBy: ctx.identity.sub });
      return transfer;
    });
  }

  @FieldResolver(() => [EvidenceItem])
  items(@Root() t: EvidenceTransfer, @Ctx() ctx: Context) {
    return many(ctx, EvidenceItem, "transfer", { position: "asc" }).load(t.id);
  }

  @FieldResolver(() => Referral, { nullable: true })
  referral(@Root() t: EvidenceTransfer, @Ctx() ctx: Context) {
    return t.referralId ? ctx.em.findOne(Referral, { id: t.referralId }) : null;
  }

  @FieldResolver(() => EnforcementCase, { nullable: true })
  case(@Root() t: EvidenceTransfer) {
    return t.caseType && t.caseId ? { __typename: SOURCES[t.caseType].typename, id: t.caseId } : null;
  }
}
