import { z } from "zod";

/**
 * zod schemas for what Feishu sends us. Only the fields we use are required; everything else is
 * kept (loose objects) so the raw event can be stored in the inbox and replayed as received.
 */
export const UserIdsSchema = z.looseObject({
  open_id: z.string().optional(),
  user_id: z.string().nullish(),
  union_id: z.string().nullish(),
});

export const MentionSchema = z.looseObject({
  key: z.string(),
  id: UserIdsSchema.optional(),
  name: z.string().optional(),
});

export const HeaderSchema = z.looseObject({
  event_id: z.string().min(1),
  event_type: z.string(),
  create_time: z.string().optional(),
  token: z.string().optional(),
  app_id: z.string().optional(),
  tenant_key: z.string().optional(),
});

export const MessageBodySchema = z.looseObject({
  sender: z.looseObject({
    sender_id: UserIdsSchema,
    sender_type: z.string().optional(),
    tenant_key: z.string().optional(),
  }),
  message: z.looseObject({
    message_id: z.string().min(1),
    root_id: z.string().nullish(),
    parent_id: z.string().nullish(),
    create_time: z.string().optional(),
    chat_id: z.string(),
    chat_type: z.string(),
    message_type: z.string(),
    content: z.string(),
    mentions: z.array(MentionSchema).nullish(),
  }),
});

export const CardActionBodySchema = z.looseObject({
  operator: UserIdsSchema,
  /** The card's update token (not the verification token). */
  token: z.string().optional(),
  action: z.looseObject({
    value: z.unknown().optional(),
    tag: z.string().optional(),
    /** select_static: the chosen option's value. */
    option: z.string().optional(),
  }),
  host: z.string().optional(),
  context: z
    .looseObject({
      open_message_id: z.string().optional(),
      open_chat_id: z.string().optional(),
    })
    .optional(),
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
