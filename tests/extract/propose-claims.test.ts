import { describe, expect, it } from 'vitest';
import { proposeClaims } from '../../src/extract/propose-claims';
import type { ProposeOptions, ProposedClaim } from '../../src/extract/proposal';

/** The proposals of one article or sentence. */
const propose = (text: string, options: ProposeOptions = { asOf: '2024-07-12' }): ProposedClaim[] => proposeClaims(text, options).proposals;

/** The one proposal of a sentence; fails loudly when there are more or none. */
function only(text: string, options?: ProposeOptions): ProposedClaim {
  const found = propose(text, options);
  expect(found.map((p) => p.figure), `figures of "${text}"`).toHaveLength(1);
  return found[0]!;
}

/** The proposal whose figure is `figure`. */
function withFigure(text: string, figure: string, options?: ProposeOptions): ProposedClaim {
  const found = propose(text, options);
  const p = found.find((x) => x.figure === figure);
  expect(p, `"${figure}" among ${found.map((x) => x.figure).join(', ')}`).toBeDefined();
  return p!;
}

const HE = { asOf: '2024-12-18' };
const TIANFENG = { asOf: '2024-01' };
const GBA = { asOf: '2024-11-16' };
const KPMG = { asOf: '2023-07-07' };

describe('proposeClaims(): amounts and their units', () => {
  it('reads 15.5亿美元 as 1550000000 USD, a market size', () => {
    const p = withFigure('数据显示,2023年中国液冷服务器市场规模15.5亿美元,同比增长52.6%,未来五年年复合增长率将达到45.8%。', '15.5亿美元', HE);
    expect(p).toMatchObject({ value: 1550000000, unit: 'USD', qualifier: 'exactly', year: 2023, kind: 'observed', metric: 'market_size', topic: 'liquid_cooling' });
  });

  it('reads 不低于4.4万亿元 as at least 4400000000000 CNY, forecast for 2025', () => {
    const text = '根据报告初步测算,预计到2025年,我国算力核心产业规模将不低于4.4万亿元,算力关联产业规模可达24万亿元,算力有望崛起为国家数字经济蓝图中继电子信息制造业和软件业之后的又一超级赛道。';
    expect(withFigure(text, '不低于4.4万亿元', KPMG)).toMatchObject({ value: 4400000000000, unit: 'CNY', qualifier: 'at_least', year: 2025, kind: 'forecast', metric: 'market_size' });
    expect(withFigure(text, '可达24万亿元', KPMG)).toMatchObject({ value: 24000000000000, qualifier: 'up_to', year: 2025 });
  });

  it('reads 52.6% as 52.6 percent, a year-on-year growth rate', () => {
    const p = withFigure('数据显示,2023年中国液冷服务器市场规模15.5亿美元,同比增长52.6%,未来五年年复合增长率将达到45.8%。', '52.6%', HE);
    expect(p).toMatchObject({ value: 52.6, unit: 'percent', metric: 'growth_rate', year: 2023 });
  });

  it('gives a bare 5000亿 the currency the sentence has been counting in', () => {
    const text = '一方面,根据相关测算,AI年产值超过6000亿美元,才够支付AI基础设施的费用,但现在还缺5000亿,且2024年5月开始的价格战目前暂无停止的迹象。';
    expect(withFigure(text, '超过6000亿美元', HE)).toMatchObject({ value: 600000000000, unit: 'USD', qualifier: 'more_than', kind: 'estimate', metric: 'revenue' });
    expect(withFigure(text, '5000亿', HE)).toMatchObject({ value: 500000000000, unit: 'USD' });
  });

  it('reads 30.7EFlops as EFLOPS and 16000P as PFLOPS', () => {
    const guian = '近日,贵安新区大数据和科技创新局公布的数据显示,截至5月28日,当地已累计部署智算芯片9.58万张,算力规模达到30.7EFlops(每秒10的18次方浮点运算次数),成为全国智算能力最强的地区之一。';
    expect(withFigure(guian, '30.7EFlops')).toMatchObject({ value: 30.7, unit: 'EFLOPS', metric: 'compute_capacity', topic: 'compute_capacity' });
    expect(withFigure('开导中的鹏城云脑Ⅲ建成后,算力限制将达到16000P,极端于832万台家用电脑算力之和。', '16000P', GBA)).toMatchObject({ value: 16000, unit: 'PFLOPS' });
  });

  it('reads 9.58万张 as 95800 chips, and leaves out the date and the exponent around it', () => {
    const text = '近日,贵安新区大数据和科技创新局公布的数据显示,截至5月28日,当地已累计部署智算芯片9.58万张,算力规模达到30.7EFlops(每秒10的18次方浮点运算次数),成为全国智算能力最强的地区之一。';
    expect(propose(text).map((p) => p.figure)).toEqual(['9.58万张', '30.7EFlops']);
    expect(withFigure(text, '9.58万张')).toMatchObject({ value: 95800, unit: 'count', metric: 'chip_count', year: 2024 });
    expect(withFigure(text, '9.58万张').attributedTo).toBe('贵安新区大数据和科技创新局');
  });

  it('reads 1750亿参数量 as 175000000000 parameters', () => {
    const p = only('在大多数国际标准基准测试中与 GPT3.5 相匹配甚至更优（1750亿参数量）。', TIANFENG);
    expect(p).toMatchObject({ figure: '1750亿参数量', value: 175000000000, unit: 'params', metric: 'parameters', topic: 'model_landscape' });
  });

  it('reads 0.87元/度 as CNY per kWh, 449W as watts and 1022362h as GPU hours', () => {
    const text = '训练LLaMA-65B (650亿参数量，属于中等规模)的耗电，以美国电价0.87元/度估算，需要449W*1022362h*0.87=408944800元，约40万元人民币。';
    const found = propose(text, TIANFENG);
    expect(found.map((p) => [p.figure, p.value, p.unit])).toEqual([
      ['650亿参数量', 65000000000, 'params'],
      ['0.87元/度', 0.87, 'CNY_per_kWh'],
      ['449W', 449, 'W'],
      ['1022362h', 1022362, 'GPU_hours'],
      ['408944800元', 408944800, 'CNY'],
      ['约40万元人民币', 400000, 'CNY'],
    ]);
    expect(found[5]).toMatchObject({ qualifier: 'about', kind: 'estimate', topic: 'power_energy' });
  });

  it('reads 高达1287兆瓦时 as up to 1287 MWh', () => {
    expect(withFigure('而OpenAI的GPT-3耗电量高达1287兆瓦时,伴随大模型参数量、数据量的上涨,能源支出成本将会急剧上升。', '高达1287兆瓦时', TIANFENG)).toMatchObject({
      value: 1287,
      unit: 'MWh',
      qualifier: 'up_to',
      metric: 'energy_use',
    });
  });

  it('reads a garbled republished unit through the source’s readings (好意思元 = 美元)', () => {
    const text = '据国盛证券揣度,GPT-3检会一次的资本约为140万好意思元。';
    const readings = [
      { garbled: '好意思元', correct: '美元' },
      { garbled: '揣度', correct: '测算' },
      { garbled: '资本', correct: '成本' },
    ];
    const p = only(text, { ...GBA, readings });
    expect(p).toMatchObject({ figure: '约为140万好意思元', value: 1400000, unit: 'USD', qualifier: 'about', kind: 'estimate', metric: 'cost', attributedTo: '国盛证券' });
    expect(text.slice(p.figureStart, p.figureStart + p.figure.length)).toBe(p.figure);
  });
});

describe('proposeClaims(): ranges, fractions and Chinese numerals', () => {
  it('reads 3~5年 as a 3–5 year forecast horizon counted from the article date', () => {
    const text = '过去30年来互联网上积累的数据,将在未来3~5年内被AI耗尽。';
    expect(withFigure(text, '未来3~5年', HE)).toMatchObject({ valueLow: 3, valueHigh: 5, unit: 'years', kind: 'forecast', metric: 'data_exhaustion', year: 2027, periodStart: 2027, periodEnd: 2029 });
    expect(withFigure(text, '过去30年', HE)).toMatchObject({ value: 30, unit: 'years', kind: 'observed', periodStart: 1994, periodEnd: 2024 });
  });

  it('reads 每1-2个月就翻一番 as a doubling time of 1–2 months', () => {
    const p = withFigure('而2023年，大模型需要的AI算力需求每1-2个月就翻一番，摩尔定律的增速显著落后于社会对AI算力的指数级需求增长速度。', '每1-2个月', TIANFENG);
    expect(p).toMatchObject({ valueLow: 1, valueHigh: 2, unit: 'doubling_months', metric: 'compute_demand_growth', topic: 'compute_growth', year: 2023 });
  });

  it('reads 20%到50% as a range of 20 to 50 percent, a price ratio', () => {
    const p = withFigure('另一方面,国内单位算力成本大致相当于英伟达算力的1.5倍,但同等的大语言模型服务价格经常只有它的20%到50%。', '20%到50%', HE);
    expect(p).toMatchObject({ valueLow: 20, valueHigh: 50, unit: 'percent', qualifier: 'exactly', metric: 'price_ratio' });
  });

  it('reads 大致相当于…的1.5倍 as about 1.5, a ratio', () => {
    const p = withFigure('另一方面,国内单位算力成本大致相当于英伟达算力的1.5倍,但同等的大语言模型服务价格经常只有它的20%到50%。', '1.5倍', HE);
    expect(p).toMatchObject({ value: 1.5, unit: 'ratio', qualifier: 'about', kind: 'estimate', metric: 'price_ratio' });
  });

  it('stores 三分之一 as 33.33 percent, derived from a fraction', () => {
    const p = withFigure('其中惟有三分之一是通用大模子,三分之二是行业大模子。', '三分之一', GBA);
    expect(p).toMatchObject({ unit: 'percent', derivation: 'fraction_to_percent', metric: 'model_mix_share' });
    expect(p.value).toBeCloseTo(33.3333, 3);
  });

  it('reads 1/20 as the ratio 0.05', () => {
    expect(only('但成本却是闭源模型的1/20,那在大部分场景下会选择开源模型。', HE)).toMatchObject({ figure: '1/20', value: 0.05, unit: 'ratio', metric: 'price_ratio' });
  });

  it('reads 每年翻六七倍 as 6–7 times per year', () => {
    const text = '刚运行是以每年翻六七倍的限制在增长,最近几年踏实下来,约略以每年翻四倍的增速在增长。';
    expect(withFigure(text, '六七倍', GBA)).toMatchObject({ valueLow: 6, valueHigh: 7, unit: 'x_per_year', qualifier: 'exactly', metric: 'compute_demand_growth' });
  });

  it('hedges 四倍 with 约略 read as 大约, and drops the vague 几年', () => {
    const text = '刚运行是以每年翻六七倍的限制在增长,最近几年踏实下来,约略以每年翻四倍的增速在增长。';
    const found = propose(text, { ...GBA, readings: [{ garbled: '约略', correct: '大约' }] });
    expect(found.map((p) => p.figure)).toEqual(['六七倍', '四倍']);
    expect(found[1]).toMatchObject({ value: 4, unit: 'x_per_year', qualifier: 'about' });
  });

  it('reads 每两年就要翻一番 as 24 doubling months from years, and ties it to Moore’s law', () => {
    const p = only('然而,按照摩尔定律,算力基本每两年就要翻一番。');
    expect(p).toMatchObject({ figure: '每两年', value: 24, unit: 'doubling_months', derivation: 'years_to_months', qualifier: 'about', metric: 'moores_law' });
  });

  it('reads 数亿 and 几百 as vague ranges, about', () => {
    const users = withFigure('每一次模型应用都是一次推理计算，虽然单次推理算力成本很低，但数亿用户进行数亿次推理时，推理算力的总成本，将超过训练算力总成本。', '数亿用户', TIANFENG);
    expect(users).toMatchObject({ valueLow: 200000000, valueHigh: 900000000, unit: 'count', qualifier: 'about', kind: 'conditional', metric: 'user_count' });
    const cards = withFigure('每个企业确定也要作念我方的大模子,在行业大模子、通用大模子基础上加上我方的数据,几百张卡就不错作念一个企业大模子,对内擢升成果,对外不错擢升产物的可用性。', '几百张', GBA);
    expect(cards).toMatchObject({ valueLow: 200, valueHigh: 900, unit: 'count', qualifier: 'about', metric: 'chip_count' });
  });

  it('joins 百亿、千亿级别 into one range of about 1e10 to 1e11 parameters', () => {
    const text = '从通用到行业模子业界深广把大模子检会形色为“真金不怕火丹”——在Transformer架构基础上,堆百亿、千亿级别的参数,达到一定阈值后,模子的话语分解、推理、生成才智出现一个显然跃升,也等于常说的“显露”。';
    expect(only(text, GBA)).toMatchObject({ figure: '百亿、千亿', valueLow: 10000000000, valueHigh: 100000000000, unit: 'params', qualifier: 'about' });
  });
});

describe('proposeClaims(): qualifiers', () => {
  it.each([
    ['此外,现在互联网上超过50%的流量是机器人在搬运。', '超过50%', 'more_than'],
    ['据美国金融机构Raymond James透露，头部AI芯片公司的利润率可能高达1000%。', '高达1000%', 'up_to'],
    ['今年贵州要力争部署智算芯片20万张以上,全省算力规模达到75Eflops以上。', '20万张以上', 'at_least'],
    ['明星AI创企百川智能同样选择了开源路线,今年以来估值已超18亿美元。', '超18亿美元', 'more_than'],
    ['也就是每年增长近10倍,比摩尔定律2年增长一倍快得多。', '近10倍', 'about'],
    ['包括诺贝尔奖得主、国度最高科学技能奖取得者、菲尔兹奖取得者在内的百余位顶尖科学家都聚于此。', '百余位', 'more_than'],
    ['那么也可以据此推测训练模型所需的硬件也至少强大10倍。', '至少强大10倍', 'at_least'],
  ])('reads "%s" as %s, %s', (text, figure, qualifier) => {
    expect(withFigure(text, figure).qualifier).toBe(qualifier);
  });
});

describe('proposeClaims(): years, periods and kinds', () => {
  it('gives a compound growth rate the five years from the base year the sentence names', () => {
    const p = withFigure('数据显示,2023年中国液冷服务器市场规模15.5亿美元,同比增长52.6%,未来五年年复合增长率将达到45.8%。', '45.8%', HE);
    expect(p).toMatchObject({ metric: 'cagr', kind: 'forecast', year: 2028, periodStart: 2023, periodEnd: 2028 });
  });

  it('counts a CAGR’s years back from the target year (预计到2026年…三年年复合增长率)', () => {
    const text = '赛迪顾问研究数据显示,预计到2026年,中国算力规模将超过360EFlops,三年年复合增长率达到20%,中国智算算力和超算算力占比之和将达到40%。';
    expect(propose(text).map((p) => p.figure)).toEqual(['超过360EFlops', '20%', '40%']);
    expect(withFigure(text, '20%')).toMatchObject({ metric: 'cagr', periodStart: 2023, periodEnd: 2026, year: 2026, kind: 'forecast' });
    expect(withFigure(text, '40%')).toMatchObject({ metric: 'compute_mix_share', year: 2026, attributedTo: '赛迪顾问' });
  });

  it('resolves 今年 from asOf and reads 力争 as a target', () => {
    const p = withFigure('根据《贵州省建设数字经济发展创新区2024年工作要点》,今年贵州要力争部署智算芯片20万张以上,全省算力规模达到75Eflops以上。', '75Eflops以上');
    expect(p).toMatchObject({ value: 75, unit: 'EFLOPS', qualifier: 'at_least', kind: 'target', year: 2024, attributedTo: '《贵州省建设数字经济发展创新区2024年工作要点》' });
  });

  it('reads 如果 and 若 as conditions', () => {
    const qualcomm = '移动芯片巨头高通公司中国区董事长孟樸认为,如果将20%的生成式AI转移到终端侧,到2028年将节省160亿美元的算力资源。';
    expect(withFigure(qualcomm, '20%')).toMatchObject({ kind: 'conditional', year: 2028, metric: 'compute_mix_share' });
    expect(withFigure(qualcomm, '160亿美元')).toMatchObject({ value: 16000000000, kind: 'conditional', year: 2028, metric: 'cost_saving' });
    const amodei = '近日,AI初创公司Anthropic的首席执行官Dario Amodei表示,若AI模型算力每年增长10倍,那么也可以据此推测训练模型所需的硬件也至少强大10倍。';
    expect(propose(amodei).map((p) => [p.figure, p.unit, p.kind, p.metric])).toEqual([
      ['10倍', 'x_per_year', 'conditional', 'compute_demand_growth'],
      ['至少强大10倍', 'times', 'conditional', 'hardware_growth'],
    ]);
  });

  it('gives a figure framed by 未来三年内 the years it spans, without proposing the three years', () => {
    const p = only('未来三年内,AI大模型训练成本将上升至百亿甚至千亿美元。');
    expect(p).toMatchObject({ figure: '百亿甚至千亿美元', valueLow: 10000000000, valueHigh: 100000000000, unit: 'USD', kind: 'forecast', year: 2027, periodStart: 2024, periodEnd: 2027 });
  });

  it('takes a span of years (2018年至2022年) as the period of a rank', () => {
    const text = '此前IDC发布的《众人算计力指数评估讲明》高傲,中国的算力产业限制和各样性咫尺正赓续高速增长,2018年至2022年,深圳的算力限制位居天下前三。';
    expect(only(text, GBA)).toMatchObject({ figure: '前三', value: 3, unit: 'rank', qualifier: 'up_to', year: 2022, periodStart: 2018, periodEnd: 2022 });
  });

  it('proposes a future year as the figure when the clause predicts something by then', () => {
    const text = '鉴于大型语言模型远超人类的超高速学习能力，预计将在2026年学习完所有人类历史上的高质量文本数据。';
    expect(only(text, TIANFENG)).toMatchObject({ figure: '2026年', value: 2026, unit: 'year', kind: 'forecast', metric: 'data_exhaustion' });
  });

  it('reads a comparison in words as 100 percent, more than', () => {
    const p = only('他认为中国一年发电量超过美国、日本、俄罗斯的总和,因此电力是最不需要担心的问题。');
    expect(p).toMatchObject({ figure: '超过美国、日本、俄罗斯的总和', value: 100, unit: 'percent', qualifier: 'more_than', derivation: 'word_comparison', metric: 'energy_use' });
  });
});

describe('proposeClaims(): speakers', () => {
  it.each([
    ['据美国金融机构Raymond James透露，头部AI芯片公司的利润率可能高达1000%。', '美国金融机构Raymond James'],
    ['Gartner的问卷探访发现,70%的公司正在投资于生成性AI磋议,并将其纳入其业务计策。', 'Gartner'],
    ['赛迪顾问研究数据显示,预计到2026年,中国算力规模将超过360EFlops。', '赛迪顾问'],
    ['对于大模型下半场的主赛道与新打法,何宝宏表示,大模型的下半场竞赛可以有3个可选的转变。', '何宝宏'],
    ['此外,现在互联网上超过50%的流量是机器人在搬运。', ''],
  ])('names the speaker of "%s" as "%s"', (text, speaker) => {
    expect(propose(text)[0]?.attributedTo).toBe(speaker);
  });
});

describe('proposeClaims(): numbers that are not claims', () => {
  it.each([
    ['算力发展也将有三大转变,一是发展边缘算力、混合算力、云端算力。', 'a count of list items and a list label'],
    ['12月18日,在2025年ICT行业趋势年会“算网与AI大模型应用论坛”上,中国信通院云计算与大数据研究所所长何宝宏讲道。', 'a date, and a year naming a conference'],
    ['如OpenAI产品迭代明显放缓;Anthroipc暂停Calude 3.5 Opus开发。', 'a model version'],
    ['在多步推理任务（即编码和数学）上，它比 Llama-2-70B 模型具有更好的性能。', 'a model name with a size in it'],
    ['普惠优势让AI真正成为赋能千行百业的通用型基础设施，同时“百模大战”变为AI产业专业化分工。', 'idioms and slogans'],
    ['是以咱们鹏城云脑,从II到III都是由华为供应自主芯片的,鹏城云脑Ⅱ很快。', 'Roman numerals in a name'],
    ['不错假想,算力需求一年翻几倍,十年下来这个数字会相等夸张。', 'a vague multiple and a rhetorical span'],
    ['从华为云的角度出发,张平安提倡中国AI要把端侧算力释放到云端,中国在光缆和5G等基建上都有优势。', 'a technology name'],
    ['学术界在作念0-1的科学发现,不一定能径直产出经济效益。', 'an idiom written as a range'],
    ['2024年,全球训练大语言模型的效果普遍不及预期,可能已经撞上“数据墙”。', 'a year as context'],
  ])('proposes nothing for "%s" (%s)', (text) => {
    expect(propose(text, HE)).toEqual([]);
  });

  it('proposes a repeated paragraph once, at its first copy', () => {
    const paragraph = '据AI Now报告指出，早期AI模型算力需求是每21.3个月翻一番。';
    const { proposals, sentences } = proposeClaims(`${paragraph}中间一句。${paragraph}`, TIANFENG);
    expect(sentences).toHaveLength(3);
    expect(proposals.map((p) => [p.figure, p.sentence])).toEqual([['每21.3个月', 0]]);
  });
});

describe('proposeClaims(): English articles', () => {
  const text =
    'According to CAICT, the Chinese liquid-cooled server market reached USD 1.55 billion in 2023, up 52.6% year on year. ' +
    'The data accumulated on the internet will be used up by AI within the next 3–5 years. ' +
    'More than 50% of internet traffic is now carried by bots.';
  const options = { asOf: '2024-12-18' };

  it('reads USD 1.55 billion as 1550000000 USD with its year and speaker', () => {
    expect(withFigure(text, 'USD 1.55 billion', options)).toMatchObject({ value: 1550000000, unit: 'USD', year: 2023, metric: 'market_size', attributedTo: 'CAICT' });
  });

  it('reads 52.6% as a growth rate', () => {
    expect(withFigure(text, '52.6%', options)).toMatchObject({ value: 52.6, unit: 'percent', metric: 'growth_rate', year: 2023 });
  });

  it('reads 3–5 years as a forecast range of years', () => {
    expect(withFigure(text, 'within the next 3–5 years', options)).toMatchObject({ valueLow: 3, valueHigh: 5, unit: 'years', kind: 'forecast', periodStart: 2027, periodEnd: 2029 });
  });

  it('reads more than 50% as more than 50 percent', () => {
    expect(withFigure(text, 'More than 50%', options)).toMatchObject({ value: 50, unit: 'percent', qualifier: 'more_than', metric: 'data_share' });
  });

  it('reads thousands separators, SI energy units and product names before a count', () => {
    const found = propose('Data centres consumed about 460 TWh in 2022. Training used about 25,000 A100 GPUs.', options);
    expect(found.map((p) => [p.figure, p.value, p.unit, p.qualifier])).toEqual([
      ['about 460 TWh', 460000000, 'MWh', 'about'],
      ['about 25,000 A100 GPUs', 25000, 'count', 'about'],
    ]);
  });

  it('does not read ordinals, dates or versions as figures', () => {
    expect(propose('On December 18, 2024, the third forum discussed GPT-4, AI 2.0 and Llama 3 in the first quarter.', options)).toEqual([]);
  });

  it('counts what follows a few adjectives (17 Chinese-made large models) and "millions of" users', () => {
    const found = propose('Shanghai has incubated 17 Chinese-made large models. Hundreds of millions of users run inference.', options);
    expect(found.map((p) => [p.figure, p.value ?? [p.valueLow, p.valueHigh], p.metric])).toEqual([
      ['17 Chinese-made large models', 17, 'model_count'],
      ['Hundreds of millions of users', [200000000, 900000000], 'user_count'],
    ]);
  });

  it('joins "USD 10 billion or even USD 100 billion" into one range', () => {
    const p = only('Within the next three years, the cost of training large AI models will rise to USD 10 billion or even USD 100 billion.', { asOf: '2024-07-12' });
    expect(p).toMatchObject({ valueLow: 10000000000, valueHigh: 100000000000, unit: 'USD', kind: 'forecast', year: 2027 });
  });

  it('proposes a year a clause predicts by, but not a year that dates a figure of its own clause', () => {
    const found = propose('OpenAI may struggle to turn a profit even by 2029, and its losses may reach USD 14 billion by 2026.', { asOf: '2024-11-16' });
    expect(found.map((p) => [p.figure, p.unit, p.qualifier, p.year])).toEqual([
      ['2029', 'year', 'exactly', 2029],
      ['may reach USD 14 billion', 'USD', 'up_to', 2026],
    ]);
  });

  it('stays English when the text quotes a Chinese title', () => {
    const result = proposeClaims('The AI Now report 《计算能力和人工智能》 says compute doubled every 21.3 months.', options);
    expect(result.language).toBe('en');
    expect(result.proposals[0]).toMatchObject({ value: 21.3, unit: 'doubling_months' });
  });
});

describe('proposeClaims() without asOf', () => {
  it('takes the latest year the text mentions as the time of writing', () => {
    const p = withFigure('2023年市场规模15.5亿美元。今年贵州要力争部署智算芯片20万张以上。', '20万张以上', {});
    expect(p.year).toBe(2023);
  });
});
