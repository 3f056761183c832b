/** Small polarity lexicons for customer turns in support conversations (weights in -3..3). */

const EN_NEGATIVE = `angry:3 furious:3 ridiculous:3 unacceptable:3 terrible:3 horrible:3 awful:3 worst:3 disgusting:3
scam:3 useless:3 pathetic:3 outrageous:3 hate:3 disgusted:3 livid:3 fraud:2 incompetent:3 joke:2 nightmare:3
frustrated:2 frustrating:2 annoyed:2 annoying:2 upset:2 disappointed:2 disappointing:2 unhappy:2 bad:2 poor:2
wrong:1 broken:2 fail:2 failed:2 failing:2 failure:2 waste:2 wasted:2 complain:2 complaint:2 rude:3 slow:1
stuck:1 confused:1 confusing:1 again:0.5 still:0.5 never:1 nobody:1 cancel:1 refund:1 lost:1 missing:1 charged:1
problem:1 issue:1 error:1 unfortunately:1 worried:1 sick:2 tired:2 fed:2 ignored:2 impossible:2 mess:2 shocking:2
hours:1 days:1 weeks:1 escalate:2 manager:1 supervisor:1 lawyer:3 sue:3 chargeback:2`;

const EN_POSITIVE = `thanks:1 thank:1 great:2 awesome:3 excellent:3 perfect:3 amazing:3 wonderful:3 love:2 happy:2 glad:2
helpful:2 appreciate:2 appreciated:2 resolved:2 solved:2 fixed:2 works:1 working:1 good:1 nice:1 fantastic:3
brilliant:3 quick:1 fast:1 easy:1 satisfied:2 pleased:2 sorted:2 cheers:1`;

const ZH_NEGATIVE = `生气:3 愤怒:3 太差:3 垃圾:3 骗子:3 欺骗:3 离谱:3 无语:2 失望:2 不满:2 投诉:2 差评:3 恶心:3 糟糕:3 烦:2
郁闷:2 着急:2 急死:3 崩溃:3 坑:2 忽悠:3 敷衍:3 态度差:3 不行:1 不好:2 问题:1 故障:2 错误:1 没用:2 退款:1 丢失:2
还没:1 一直:0.5 多次:2 又:1 再次:1 怎么回事:2 到底:2 搞什么:3 浪费:2 太慢:2 慢:1 拖:2 推脱:3 举报:3 曝光:3 维权:3`;

const ZH_POSITIVE = `谢谢:1 感谢:1 满意:2 很好:2 好评:2 不错:2 解决了:2 已解决:2 棒:2 赞:2 开心:2 高兴:2 专业:2 耐心:2 及时:1
方便:1 快:1 给力:2 完美:3 辛苦了:1`;

const parse = (list: string): Map<string, number> =>
  new Map(
    list
      .split(/\s+/)
      .filter(Boolean)
      .map((entry) => {
        const [word, weight] = entry.split(':') as [string, string];
        return [word, Number(weight)];
      }),
  );

const signed = (list: string, sign: 1 | -1): Array<[string, number]> => [...parse(list)].map(([w, v]) => [w, v * sign]);

export const EN_POLARITY: ReadonlyMap<string, number> = new Map([...signed(EN_NEGATIVE, -1), ...signed(EN_POSITIVE, 1)]);
export const ZH_POLARITY: ReadonlyMap<string, number> = new Map([...signed(ZH_NEGATIVE, -1), ...signed(ZH_POSITIVE, 1)]);

export const EN_NEGATORS: ReadonlySet<string> = new Set(['not', "n't", 'no', 'never', "don't", "didn't", "doesn't", "isn't", "wasn't", "aren't", "won't", "can't", 'cannot', 'hardly']);
export const ZH_NEGATORS: readonly string[] = ['不', '没', '没有', '别', '未', '并不', '不是'];
export const EN_INTENSIFIERS: ReadonlyMap<string, number> = new Map([
  ['very', 1.5],
  ['really', 1.4],
  ['so', 1.3],
  ['extremely', 1.8],
  ['totally', 1.5],
  ['absolutely', 1.6],
  ['completely', 1.5],
]);
export const ZH_INTENSIFIERS: ReadonlyMap<string, number> = new Map([
  ['非常', 1.6],
  ['太', 1.5],
  ['很', 1.3],
  ['特别', 1.5],
  ['极其', 1.8],
  ['真的', 1.3],
]);
