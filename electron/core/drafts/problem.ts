/**
 * Whether a customer's sentence states the problem ("it was never delivered", "我无法登录") rather than
 * context ("I ordered a Galaxy A54 and a case"): the Issue section and the title prefer problem statements.
 */
const PROBLEM_EN =
  /\b(?:not|n't|never|no longer|won't|can't|cannot|unable|fail(?:s|ed|ing)?|error|broken|stuck|missing|lost|wrong|declined|charged\s+(?:twice|again|me)|double[- ]charged|keeps?\s+\w+ing|stopped|crash(?:es|ed|ing)?|locked\s+out|problem|issue|isn't|doesn't|didn't|haven't|hasn't|still\s+(?:no|not|waiting))\b/i;
const PROBLEM_ZH = /没|不(?!客气|错)|无法|失败|错误|异常|闪退|崩溃|丢|扣了两次|重复扣|一直|还没|收不到|打不开|登不上|被锁|问题|故障/u;

export const isProblemStatement = (text: string): boolean => PROBLEM_EN.test(text) || PROBLEM_ZH.test(text);
