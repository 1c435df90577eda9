/**
 * Calling someone before saying anything (在吗、在不在、有人吗) and excusing the interruption
 * (打扰一下、打扰了): how a chat message opens, never part of what it asks or reports. One lexicon,
 * read by the conversation (a greeting in front of a request or report, small talk on its own) and
 * by the drafter (a frame to drop before the work). Sources for `new RegExp`, without anchors.
 *
 * 「在不」「在没」 call only at a pause (在不？): 「在不同乡镇」「在没有经费的情况下」 are no call.
 */
export const CALL_WORDS = String.raw`(?:在(?:吗|么|嘛|嗎|麼|不在|没在)|在(?:不|没)(?=[？?～~！!。，,、\s]|$)|有人(?:吗|么|在吗|在不))`;

/** Excusing the interruption: 打扰一下、打扰了、打扰下. */
export const DISTURB_WORDS = "(?:打扰(?:一下|了|下)?)";
