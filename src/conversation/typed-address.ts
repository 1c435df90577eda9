/**
 * The bot's name typed as text (round fifty-one, console trial): 「@总结助手 第二部分的科普那段太啰嗦了」. In Feishu a real
 * mention arrives as a placeholder the transport removes (normalize-message.ts), but a name typed by hand, pasted from
 * another chat or sent from a client where the mention did not resolve is plain text — and it was kept: the rewrite
 * instruction read 「@总结助手，的科普那段…」. Calling the bot is not part of what is said, so the address goes before
 * anything reads the message. Only the bot's own names, standing as a word (at the start, the end or between spaces);
 * a colleague's 「@李明」 is what the writer said and stays.
 */
const TYPED_BOT =
  /(?<=^|\s)[@＠]\s?(?:总结助手|小助手|助手|机器人|bot)(?=[\s，,：:。.!！?？~～]|$)[\s，,：:]*/giu;

export function withoutTypedAddress(text: string): string {
  if (!/[@＠]/u.test(text)) return text;
  return text.replace(TYPED_BOT, "").trim();
}
