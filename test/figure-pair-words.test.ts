import { describe, expect, it } from "vitest";
import { findStatedFigures } from "../src/domain/figures.js";

/**
 * 俩/仨 and one digit before a rare measure word (round twenty-one, fig21): sentences written for
 * this test, not taken from the report corpus.
 */
const read = (text: string) =>
  findStatedFigures(text).map(
    (f) =>
      `${f.figure.raw}=${f.figure.value}${f.figure.unit}${f.figure.counted ? `/${f.figure.counted}` : ""}`,
  );

describe("两 and 三 said in one syllable (俩, 仨)", () => {
  it("reads 俩/仨 before a measure word, before a noun, and closing a clause", () => {
    expect(read("初一年级俩班的学生今天去了科技馆")).toEqual(["俩班=2班"]);
    expect(read("巡逻队分了仨组")).toEqual(["仨组=3组"]);
    expect(read("今天上午跑了俩养殖场")).toEqual(["俩=2个/养殖场"]);
    expect(read("便民服务点今年又建成仨，明年再建两个")).toEqual(["仨=3个", "两个=2个"]);
  });

  it("reads how few people there are as people, a thing named before as things", () => {
    expect(read("司法所在编的就俩，案子一多根本忙不过来")).toEqual(["俩=2人"]);
    expect(read("卫生室的大夫就仨")).toEqual(["仨=3人"]);
    expect(read("村里的冷库就俩")).toEqual(["俩=2个"]);
    expect(read("派出所里就俩，天天加班")).toEqual(["俩=2人"]);
    expect(read("办公室的打印机就俩")).toEqual(["俩=2个"]);
  });

  it("leaves 俩 that is no count: pairs of people, the north-west 了, times, idioms", () => {
    expect(read("他们俩都去县里开会了")).toEqual([]);
    expect(read("娘俩靠低保过日子")).toEqual([]);
    expect(read("河堤上那段护坡冲坏俩，还没顾上修")).toEqual([]);
    expect(read("这个回头再说 我先下乡去俩")).toEqual([]);
    expect(read("这俩礼拜一直在下乡")).toEqual([]);
    expect(read("挣的都是仨瓜俩枣")).toEqual([]);
  });
});

describe("one digit before a rare measure word", () => {
  it("counts things by 盘、架、孔、爿 after a single digit", () => {
    expect(read("村史馆收了老石磨三盘")).toEqual(["三盘=3盘"]);
    expect(read("新买了五架植保无人机")).toEqual(["五架=5架/植保无人机"]);
    expect(read("加固了两孔老窑")).toEqual(["两孔=2孔/老窑"]);
    expect(read("街上新开了四爿小店")).toEqual(["四爿=4爿/小店"]);
  });

  it("counts in any measure word that closes its clause after a longer amount", () => {
    expect(read("今年补栽果苗一万二千多蔸，成活不错")).toEqual(["一万二千多蔸=12000蔸"]);
    expect(read("合作社收了鲜笋240篓。")).toEqual(["240篓=240篓"]);
    expect(read("抓好三农，学习二十大精神")).toEqual([]);
  });

  it("leaves names made of a digit and such a word", () => {
    expect(read("车间实行三班倒")).toEqual([]);
    expect(read("老年大学教八段锦")).toEqual([]);
    expect(read("游客来自四面八方")).toEqual([]);
    expect(read("三道河村的路修通了")).toEqual([]);
    expect(read("初二三班的学生")).toEqual([]);
  });
});
