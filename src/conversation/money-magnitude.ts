/**
 * 「15万」 said for 「12万元」 (trial35): the magnitude said, the money word after it left unsaid, as people say money.
 * It reads as 万元 — the update's figure keeps the 元 it had — and it is no unit left out: no note may say
 * 「您没说单位」 of it. A bare number (「15」 for 「12万元」) is still a figure said without its unit.
 */
const SAID_MAGNITUDE = /[万亿]$/u;
/** The money word after a magnitude in the update's figure. */
const MONEY_TAIL = /([万亿])(元|美元)$/u;

/** The new figure as the update writes it: 「15万」 for 「12万元」 → 「15万元」; otherwise unchanged. */
export function withMoneyTail(to: string, from: string): string {
  const said = SAID_MAGNITUDE.exec(to);
  const old = MONEY_TAIL.exec(from);
  return said && old && said[0] === old[1] ? `${to}${old[2]}` : to;
}

/** Whether all the unit a new figure took from the old one is the money word after the magnitude said. */
export function onlyMoneyTail(c: { to: string; unit?: string }): boolean {
  if (!c.unit || !/^(?:元|美元)$/u.test(c.unit) || !c.to.endsWith(c.unit)) return false;
  return SAID_MAGNITUDE.test(c.to.slice(0, -c.unit.length));
}
