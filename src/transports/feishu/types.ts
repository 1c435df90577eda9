import * as z from "zod/mini";

/**
 * zod schemas for what Feishu sends us. Only the fields we use are required; everything else is
 * kept (loose objects) so the raw event can be stored in the inbox and replayed as received.
 */
export const UserIdsSchema = z.looseObject({
  open_id: z.optional(z.string()),
  user_id: z.nullish(z.string()),
  union_id: z.nullish(z.string()),
});

export const MentionSchema = z.looseObject({
  key: z.string(),
  id: z.optional(UserIdsSchema),
  name: z.optional(z.string()),
});

export const HeaderSchema = z.looseObject({
  event_id: z.string().check(z.minLength(1)),
  event_type: z.string(),
  create_time: z.optional(z.string()),
  token: z.optional(z.string()),
  app_id: z.optional(z.string()),
  tenant_key: z.optional(z.string()),
});

export const MessageBodySchema = z.looseObject({
  sender: z.looseObject({
    sender_id: UserIdsSchema,
    sender_type: z.optional(z.string()),
    tenant_key: z.optional(z.string()),
  }),
  message: z.looseObject({
    message_id: z.string().check(z.minLength(1)),
    root_id: z.nullish(z.string()),
    parent_id: z.nullish(z.string()),
    create_time: z.optional(z.string()),
    chat_id: z.string(),
    chat_type: z.string(),
    message_type: z.string(),
    content: z.string(),
    mentions: z.nullish(z.array(MentionSchema)),
  }),
});

export const CardActionBodySchema = z.looseObject({
  operator: UserIdsSchema,
  /** The card's update token (not the verification token). */
  token: z.optional(z.string()),
  action: z.looseObject({
    value: z.optional(z.unknown()),
    tag: z.optional(z.string()),
    /** select_static: the chosen option's value. */
    option: z.optional(z.string()),
  }),
  host: z.optional(z.string()),
  context: z.optional(
    z.looseObject({
      open_message_id: z.optional(z.string()),
      open_chat_id: z.optional(z.string()),
    }),
  ),
});

export const EnvelopeSchema = z.looseObject({
  schema: z.literal("2.0"),
  header: HeaderSchema,
  event: z.unknown(),
});

export type Mention = z.infer<typeof MentionSchema>;
export type MessageBody = z.infer<typeof MessageBodySchema>;
export type CardActionBody = z.infer<typeof CardActionBodySchema>;
export type Envelope = z.infer<typeof EnvelopeSchema>;

/** A parsed, validated Feishu request: the tagged union every entry point works with. */
export type FeishuEvent =
  | { type: "url_verification"; challenge: string; token?: string }
  | { type: "message"; eventId: string; token?: string; body: MessageBody; raw: Envelope }
  | { type: "card_action"; eventId: string; token?: string; body: CardActionBody; raw: Envelope }
  /** Anything else (other event types, v1 events, bodies that fail validation): kept raw. */
  | { type: "unsupported"; eventType?: string; token?: string; reason: string; raw: unknown };
