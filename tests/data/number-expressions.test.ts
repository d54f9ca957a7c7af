import { describe, expect, it } from 'vitest';
import { mentionValues, parseNumberExpressions, type NumberMention } from '../../src/data/number-expressions';

/** The only mention in `text`; fails loudly when the text yields anything else. */
function only(text: string): NumberMention {
  const mentions = parseNumberExpressions(text);
  expect(mentions, `mentions of "${text}"`).toHaveLength(1);
  return mentions[0]!;
}

/** Every number the text can stand for, in order. */
const allValues = (text: string): number[] => parseNumberExpressions(text).flatMap(mentionValues);

/** The mentions of a given form. */
const ofForm = (text: string, form: NumberMention['form']): NumberMention[] =>
  parseNumberExpressions(text).filter((m) => m.form === form);

describe('parseNumberExpressions: Arabic numerals', () => {
  it.each([
    ['2024', '2024', 2024],
    ['52.6%', '52.6%', 52.6],
    ['21.3个月', '21.3', 21.3],
    ['0.87元/度', '0.87', 0.87],
    ['1022362h', '1022362', 1022362],
    ['449W', '449', 449],
    ['408944800元', '408944800', 408944800],
    ['1,022,362', '1,022,362', 1022362],
    ['12,345.6吨', '12,345.6', 12345.6],
    ['２０２４年', '２０２４', 2024],
  ])('%s → %s = %d', (text, matched, value) => {
    expect(only(text)).toMatchObject({ text: matched, value, form: 'number' });
  });

  it('does not read a comma followed by non-digits as a thousands separator (200,其中)', () => {
    expect(allValues('规模达200,其中企业占多数')).toEqual([200]);
  });

  it('reads a comma enumeration with fewer than three digits as separate numbers (2,3)', () => {
    expect(allValues('第2,3名')).toEqual([2, 3]);
  });

  it('does not take a comma before four digits as a separator', () => {
    expect(allValues('1,0223')).toEqual([1, 223]);
  });
});

describe('parseNumberExpressions: 万 / 亿 multipliers', () => {
  it.each([
    ['15.5亿美元', 1550000000],
    ['4.4万亿元', 4400000000000],
    ['24万亿', 24000000000000],
    ['9.58万张', 95800],
    ['832万台', 8320000],
    ['140万', 1400000],
    ['140亿', 14000000000],
    ['6000亿', 600000000000],
    ['9000万', 90000000],
    ['70 亿', 7000000000],
    ['1750亿', 175000000000],
    ['3140亿', 314000000000],
    ['5千亿', 500000000000],
    ['100多万', 1000000],
  ])('%s → %d', (text, value) => {
    expect(only(text).value).toBe(value);
  });

  it('keeps the space before 亿 inside the matched text', () => {
    expect(only('70 亿参数')).toMatchObject({ text: '70 亿', start: 0, end: 4 });
  });
});

describe('parseNumberExpressions: SI-like suffixes are not multipliers', () => {
  it.each([
    ['16000P', 16000],
    ['30.7EFlops', 30.7],
    ['75Eflops', 75],
    ['1287兆瓦时', 1287],
    ['70B', 70],
  ])('%s → %d', (text, value) => {
    expect(only(text).value).toBe(value);
  });

  it('never treats 兆 as a multiplier', () => {
    expect(allValues('1287兆瓦时')).not.toContain(1287e12);
  });
});

describe('parseNumberExpressions: Chinese numerals', () => {
  it.each([
    ['一年', 1],
    ['两年', 2],
    ['三十', 30],
    ['二十一', 21],
    ['十年', 10],
    ['四个', 4],
    ['百亿', 1e10],
    ['千亿', 1e11],
    ['万卡算力', 10000],
    ['千张', 1000],
    ['两千', 2000],
    ['三千五百', 3500],
    ['一千零二十', 1020],
    ['百余位', 100],
    ['五年', 5],
    ['两万五', 25000],
    ['三万一千', 31000],
    ['四点四万亿', 4400000000000],
    ['五十二点六', 52.6],
    ['二〇二四年', 2024],
    ['百余万', 1000000],
  ])('%s → %d', (text, value) => {
    expect(only(text)).toMatchObject({ value, form: 'number' });
  });

  it('reports the numeral characters only, not the measure word', () => {
    expect(only('三千五百张')).toMatchObject({ text: '三千五百', start: 0, end: 4 });
  });

  it('skips cheap-to-spot words whose 一 / 万 / 十 are not numbers', () => {
    expect(parseNumberExpressions('一些企业一直在推动统一标准,万一出现问题,一体化十分重要')).toEqual([]);
  });

  it('still reads 十分 as ten when minutes follow (五十分钟, 十分钟)', () => {
    expect(allValues('五十分钟')).toEqual([50]);
    expect(allValues('十分钟')).toEqual([10]);
  });
});

describe('parseNumberExpressions: ranges', () => {
  it.each([
    ['3~5', 3, 5],
    ['3～5', 3, 5],
    ['1-2', 1, 2],
    ['1–2', 1, 2],
    ['16—18', 16, 18],
    ['20%到50%', 20, 50],
    ['5亿到千亿', 5e8, 1e11],
    ['3-4个月', 3, 4],
    ['六七倍', 6, 7],
    ['三四个月', 3, 4],
    ['三至五年', 3, 5],
    ['3-5亿', 3e8, 5e8],
    ['五六十万', 5e5, 6e5],
    ['2023-2025年', 2023, 2025],
  ])('%s → %d..%d', (text, low, high) => {
    const m = only(text);
    expect(m).toMatchObject({ low, high, form: 'range' });
    expect(m.value).toBeUndefined();
  });

  it('keeps the whole range in the matched text', () => {
    expect(only('服务价格只有20%到50%')).toMatchObject({ text: '20%到50%', start: 6, end: 13 });
  });

  it('accepts 百亿甚至千亿 as two separate values', () => {
    expect(allValues('百亿甚至千亿')).toEqual([1e10, 1e11]);
  });

  it('reads 11月16—18日 as month 11 and days 16..18', () => {
    const mentions = parseNumberExpressions('11月16—18日');
    expect(mentions.map(mentionValues)).toEqual([[11], [16, 18]]);
  });

  it('does not read a falling pair as a range (3-2)', () => {
    expect(ofForm('3-2', 'range')).toEqual([]);
    expect(allValues('3-2')).toEqual([3, 2]);
  });
});

describe('parseNumberExpressions: fractions and percent words', () => {
  it.each([
    ['三分之一', 1 / 3],
    ['三分之二', 2 / 3],
    ['十分之一', 0.1],
    ['1/20', 0.05],
  ])('%s → %f', (text, value) => {
    const m = only(text);
    expect(m.form).toBe('fraction');
    expect(m.value).toBeCloseTo(value, 10);
  });

  it('reads 百分之二十 as 20, like 20% (percent not applied)', () => {
    expect(only('百分之二十')).toMatchObject({ value: 20, form: 'number' });
  });

  it('reads 百分之 with Arabic digits or a Chinese decimal', () => {
    expect(only('百分之35').value).toBe(35);
    expect(only('百分之五十二点六').value).toBe(52.6);
  });

  it('does not make fractions of dates or improper ratios (2024/12/23, 24/7)', () => {
    expect(ofForm('2024/12/23 24/7', 'fraction')).toEqual([]);
    expect(allValues('2024/12/23 24/7')).toEqual([2024, 12, 23, 24, 7]);
  });
});

describe('parseNumberExpressions: vague quantities', () => {
  it.each([
    ['几百', 200, 900],
    ['数百', 200, 900],
    ['数亿', 2e8, 9e8],
    ['几十', 20, 90],
    ['几家', 2, 9],
    ['数以百万', 1e6, 9e6],
    ['数以百万量级', 1e6, 9e6],
    ['数款', 2, 9],
    ['数十亿', 2e9, 9e9],
    ['十几亿', 1.1e9, 1.9e9],
  ])('%s → %d..%d', (text, low, high) => {
    expect(only(text)).toMatchObject({ low, high, vague: true, form: 'vague' });
  });

  it('does not read 数 inside words (数据, 参数) as "several"', () => {
    expect(parseNumberExpressions('数据显示')).toEqual([]);
    expect(allValues('参数千亿')).toEqual([1e11]);
  });
});

describe('parseNumberExpressions: labels, model names and dates', () => {
  it.each([
    ['TOP10', [10]],
    ['TOP500', [500]],
    ['趋势一', [1]],
    ['GPT-4', [4]],
    ['A100-80G', [100, 80]],
    ['Qwen2.5-72B', [2.5, 72]],
    ['2024-12-23', [2024, 12, 23]],
    ['2024.12.23', [2024, 12, 23]],
  ])('%s → %j', (text, values) => {
    expect(allValues(text)).toEqual(values);
  });

  it('never makes a range of Llama-2-70B', () => {
    expect(ofForm('Llama-2-70B', 'range')).toEqual([]);
    expect(allValues('Llama-2-70B')).toEqual([2, 70]);
  });

  it('never returns negative numbers', () => {
    const values = allValues('GPT-4 与 -5 及 Llama-2-70B, 2024-12-23, 温度-10度');
    expect(values.every((v) => v >= 0)).toBe(true);
  });

  it('does not make a range of a date', () => {
    expect(ofForm('发布于2024-12-23', 'range')).toEqual([]);
  });
});

describe('parseNumberExpressions: positions', () => {
  it('returns mentions in order, without overlaps, with offsets into the input', () => {
    const text = '约40万元,增长52.6%,每1-2个月';
    const mentions = parseNumberExpressions(text);
    expect(mentions.map((m) => m.text)).toEqual(['40万', '52.6%', '1-2']);
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    for (let i = 1; i < mentions.length; i += 1) expect(mentions[i]!.start).toBeGreaterThanOrEqual(mentions[i - 1]!.end);
  });

  it('prefers the longest match at a position (百分之二十 over 百, 几百 over 百)', () => {
    expect(parseNumberExpressions('百分之二十').map((m) => m.text)).toEqual(['百分之二十']);
    expect(parseNumberExpressions('几百张').map((m) => m.text)).toEqual(['几百']);
  });

  it('returns nothing for text without numbers', () => {
    expect(parseNumberExpressions('')).toEqual([]);
    expect(parseNumberExpressions('大模型时代的算力需求')).toEqual([]);
  });
});

describe('parseNumberExpressions: real source sentences', () => {
  it.each([
    [
      '2023年中国液冷服务器市场规模15.5亿美元,同比增长52.6%,未来五年年复合增长率将达到45.8%',
      [2023, 1550000000, 52.6, 5, 45.8],
    ],
    ['需要449W*1022362h*0.87=408944800元,约40万元人民币', [449, 1022362, 0.87, 408944800, 400000]],
    [
      '截至5月28日,当地已累计部署智算芯片9.58万张,算力规模达到30.7EFlops(每秒10的18次方浮点运算次数)',
      [95800, 30.7, 18],
    ],
    ['鹏城云脑Ⅲ建成后,算力限制将达到16000P,极端于832万台家用电脑算力之和', [16000, 8320000]],
    ['未来三年内,AI大模型训练成本将上升至百亿甚至千亿美元', [3, 1e10, 1e11]],
    ['但成本却是闭源模型的1/20', [0.05]],
    ['Mixtral 8x7B模型凭借70亿参数量', [7000000000]],
    ['比 25 倍大的 Llama-2-70B 模型', [25]],
    ['在TOP500里中国42个城市入选', [500, 42]],
  ])('%s', (text, expected) => {
    const values = allValues(text);
    for (const v of expected) expect(values).toContain(v);
  });

  it.each([
    ['刚运行是以每年翻六七倍的限制在增长', 6, 7],
    ['大模型需要的AI算力需求每1-2个月就翻一番', 1, 2],
    ['服务价格经常只有它的20%到50%', 20, 50],
    ['阿里云开源了参数从5亿到千亿的数款模型', 5e8, 1e11],
  ])('%s → range %d..%d', (text, low, high) => {
    expect(ofForm(text, 'range')).toEqual([expect.objectContaining({ low, high })]);
  });

  it('reads 三分之一 and 三分之二 in the same sentence', () => {
    const fractions = ofForm('其中惟有三分之一是通用大模子,三分之二是行业大模子', 'fraction');
    expect(fractions.map((m) => m.text)).toEqual(['三分之一', '三分之二']);
    expect(fractions[0]!.value).toBeCloseTo(1 / 3, 10);
    expect(fractions[1]!.value).toBeCloseTo(2 / 3, 10);
  });

  it('reads 几百张卡 as a vague 200..900', () => {
    const [vague] = ofForm('几百张卡就不错作念一个企业大模子', 'vague');
    expect(vague).toMatchObject({ text: '几百', low: 200, high: 900, vague: true });
  });

  it('reads 数款模型 as vague in the 阿里云 sentence', () => {
    expect(ofForm('阿里云开源了参数从5亿到千亿的数款模型', 'vague')).toEqual([
      expect.objectContaining({ low: 2, high: 9, vague: true }),
    ]);
  });
});

describe('mentionValues', () => {
  it('returns the value of a single number', () => {
    expect(mentionValues({ text: '140万', start: 0, end: 4, value: 1400000, form: 'number' })).toEqual([1400000]);
  });

  it('returns low and high of a range or vague quantity', () => {
    expect(mentionValues({ text: '3~5', start: 0, end: 3, low: 3, high: 5, form: 'range' })).toEqual([3, 5]);
    expect(mentionValues(only('几百'))).toEqual([200, 900]);
  });

  it('keeps a zero value', () => {
    expect(mentionValues({ text: '0', start: 0, end: 1, value: 0, form: 'number' })).toEqual([0]);
  });
});
