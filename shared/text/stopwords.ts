/** Words that say nothing about what a conversation is about: function words, greetings, politeness. */
const EN = `a about above after again against all also am an and any are aren't as at be because been before being
below between both but by can can't cannot could couldn't did didn't do does doesn't doing don't down during each few
for from further get got had hadn't has hasn't have haven't having he her here hers herself him himself his how i i'm
i've i'd i'll if in into is isn't it it's its itself just let's like me more most mustn't my myself need no nor not
now of off on once one only or other ought our ours ourselves out over own please same shan't she should shouldn't so
some such than that that's the their theirs them themselves then there there's these they they're this those through
to too under until up us very was wasn't we we're we've were weren't what what's when where which while who whom why
will with won't would wouldn't you you're you've your yours yourself yourselves yes yeah ok okay hi hello hey thanks
thank thx cheers regards hiya howdy dear sir madam good morning afternoon evening bye goodbye great sure well want know help
hey um uh oh actually really still going trying tried try anyone someone something anything way able`;

const ZH = `您好 你好 谢谢 感谢 请问 麻烦 我们 你们 他们 一下 可以 什么 怎么 怎么样 这个 那个 就是 还是 但是 因为
所以 如果 已经 现在 然后 没有 不是 是不是 一个 这样 那样 好的 是的 对的 嗯嗯 哈哈 您的 我的 你的 客服 亲亲 在吗 请
帮我 帮忙 需要 想要 能不能 可不可以 为什么 一直 还有 以及 或者 而且 然而 不过 只是 这边 那边 这里 那里
可是 时候 以后 之前 平时 平常 根本 马上 重新 到现在 现在还`;

/**
 * Two characters the segmenter left single and the tokenizer joined (但|我 -> 但我) that open with a
 * conjunction, pronoun or particle, or close with a particle: glue between words, not a word.
 */
const ZH_GLUE_FIRST = new Set([...'但可就还了我你他她它的是在又都也很把让被给']);
const ZH_GLUE_LAST = new Set([...'了的吗呢吧啊呀我你他她就还都也']);
const isChineseGlue = (token: string): boolean => {
  const chars = [...token];
  return chars.length === 2 && /^[\u3400-\u9fff]+$/.test(token) && (ZH_GLUE_FIRST.has(chars[0]!) || ZH_GLUE_LAST.has(chars[1]!));
};

export const STOPWORDS: ReadonlySet<string> = new Set([...EN.split(/\s+/), ...ZH.split(/\s+/)].filter(Boolean));

/** A function word, greeting or Chinese glue: nothing a search or a label should turn on. */
export const isFunctionWord = (token: string): boolean => STOPWORDS.has(token) || isChineseGlue(token);

/** For topic labels numbers say nothing either (order numbers, amounts). */
export const isStopword = (token: string): boolean => isFunctionWord(token) || /^\d+$/.test(token);
