/**
 * Who a sentence says stated its figures: 据X(透露/显示) · 根据X · X表示/认为/指出/预测/测算 · X数据显示 ·
 * according to X · X said. Only the sentence itself is read; a speaker named in an earlier sentence is
 * for the person checking the proposal to carry over.
 */

const VERBS_ZH = '表示|认为|指出|预测|预计|测算|估算|估计|透露|介绍|强调|提出|坦言|直言|判断|讲道|说道|发现|显示|表明|示意';
// 据X… up to a verb of saying, or up to the clause end; not the 据 of 数据, 证据, 占据.
const ACCORDING_ZH = new RegExp(`(?:根据|(?<![数证占依])据)([^，,。；;：:]{2,40}?)(?:的?(?:${VERBS_ZH})|[，,]|$)`);
const SAYS_ZH = new RegExp(`(?:^|[，,：:“”。；;])([^，,：:“”。；;]{2,40}?)(?:${VERBS_ZH})`, 'g');
const ACCORDING_EN = /\baccording to ([^,.;]+)/i;
const SAYS_EN = /((?:[A-Z][\w&.'-]*\s?){1,6})\s(?:said|says|estimates?|expects?|forecasts?|predicts?|reported|reports|noted|told)\b/;

// Words around a name that are not the name: connectives before it, adverbs and settings after it.
const LEAD = /^(?:而且|而|但是|但|另外|此外|同时|对此|其中|然而|因此|所以|并且|并|也|还|根据|据|在)+/;
const TRAIL =
  /(?:在演讲中|在接受采访时|在会上|此前|也|还|则|同样|进一步|公开|曾经|曾|多次|再次|一直|近日|日前|的研究|研究|的数据|数据|的问卷探访|的问卷调查|问卷调查|的调查|调查|的报告|初步|相关|公布的|公布|发布的|发布|中|上)+$/;
// A phrase that opens with a means (以美国电价…估算, 按照…测算) names a method, not a speaker.
const METHOD = /^(?:以|按照|按|通过|用|基于)/;
const PRONOUNS = /^(?:他|她|他们|她们|我们|我|笔者|其|该|这|它)$/;
const GENERIC = /^(?:相关|有关|多方|初步|数据|研究|报告|调查|统计|测算)$/;

/** A speaker phrase with connectives and trailing adverbs cut off; '' for pronouns and generic words. */
function tidy(raw: string): string {
  if (METHOD.test(raw.trim())) return '';
  const name = raw.trim().replace(LEAD, '').replace(TRAIL, '').trim();
  if (name.length < 2 && !/[A-Za-z]/.test(name)) return '';
  return PRONOUNS.test(name) || GENERIC.test(name) ? '' : name;
}

/** The speaker the sentence names, or ''. */
export function guessSpeaker(s: string, language: 'zh' | 'en'): string {
  if (language === 'en') {
    const according = ACCORDING_EN.exec(s);
    if (according) return according[1]!.trim();
    return SAYS_EN.exec(s)?.[1]?.trim() ?? '';
  }
  const according = ACCORDING_ZH.exec(s);
  if (according) {
    const name = tidy(according[1]!);
    if (name) return name;
  }
  for (const m of s.matchAll(SAYS_ZH)) {
    const name = tidy(m[1]!);
    if (name) return name;
  }
  return '';
}
