/**
 * 「今日好冷啊，下乡冻死人」「热死个人 村里跑一圈衣服全湿了」「雪落得好大，大家路上慢点开」「这鬼天气 说变就变」:
 * how the weather is and what it does to the body, or care wished for it — talk about the person,
 * even where the clause names the errand it happened on (下乡、村里跑一圈): what is said of it is the cold,
 * not the work (docs/understanding.md 第十五轮). Read by structure on one clause's core: a weather word
 * with something said of it, a feeling or the body's state closing the clause, or a word of care;
 * what is left once that is taken away must report nothing (talk-aside.ts checks). Pure.
 */

/**
 * A temperature read off the day (零下二十六度、气温降到5度、最低-18℃、得有三十八度): how cold or hot it is, a figure of the
 * weather — never of the work (进度、温度计 have no count before 度).
 */
const TEMPERATURE = String.raw`(?:零下|零上|气温|温度|最低|最高|降到|降了|得有|足有)-?[\d一二两三四五六七八九十几]+(?:多|来)?(?:度|℃|摄氏度)|-?\d+(?:\.\d+)?(?:℃|摄氏度)`;

/** The weather with something said of it: 雪落得好大、风真大、落雨了、又降温了、天气说变就变、鬼天气、路好滑. */
const WEATHER = new RegExp(
  String.raw`(?:天气|天儿|鬼天|老天|雪|雨|风|雾|霜|冰|太阳|日头|气温|温度)(?:又|也|还|都|真|好|太|贼|巨|超|特别|这么|那么)*(?:落|下|刮|起|结|晒|变|降|大|猛|冷|热|毒|滑)|(?:落|下|飘|刮|起)(?:雪|雨|风|雾|霜|冰雹)|(?:降温|升温|寒潮|冷空气|回暖|结冰|路滑|打霜|变天)|鬼天气|说变就变|${TEMPERATURE}`,
);

/**
 * A feeling or the body's state closing the clause (好冷啊、冻死人、热死个人、冻成狗了、冷得直哆嗦、脚都冇知觉了、
 * 衣服全湿了、手都冻僵了): what the person suffers, said of the person — and the rest or relief after it (可以歇口气了、
 * 能喘口气了).
 */
const SUFFERED =
  /(?:好|真|太|巨|超|贼|特别|有点|快|都|很|挺|可|老|要)?(?:冷|热|冻|晒|累|困|饿|烦)(?:死(?:了|我了|人|个人|咯)?|得(?:要命|不行|慌|直?哆嗦|发抖|够呛)|成狗了?|僵了?|麻了?|透了?|坏了?|惨了?|晕了?)?(?:啊|呀|哦|了|咯|啦|嘞|哟|噢)*$|(?:直|冷得|冻得)?(?:哆嗦|发抖|打摆子)|(?:没|冇|莫得?)(?:得)?知觉|(?:衣服|裤子|鞋|后背|背)(?:全|都|也)?(?:湿|湿透|打湿|汗湿)|(?:冻|晒|热|累)(?:伤|黑|脱皮|中暑|感冒)|感冒|发烧|鼻子不通|嗓子(?:哑|疼)|中暑|(?:歇|喘|松)(?:一|了)?口气|歇(?:一)?歇(?:了|咯|啦)?|(?:能|可以)(?:好好)?(?:休息|歇)/;

/** Care wished to others for the weather or the road: 注意安全、多穿点、路上慢点开、别冻着. */
const CARE =
  /注意安全|注意保暖|多穿(?:点|些|一点)|(?:路上|开车)(?:慢点|小心|注意)|慢点开|小心路滑|别冻着|别着凉|保重身体|早点回/;

/** The part of a clause's core that is the weather, the body or care — undefined when none is. */
export function weatherOrBody(clause: string): string | undefined {
  for (const re of [CARE, WEATHER, SUFFERED]) {
    const m = re.exec(clause);
    if (m && m[0] !== "") return clause.replace(re, "");
  }
  return undefined;
}
