import { isStopword } from '../../../shared/text/stopwords';
import { tokenizeForTopics } from './tokens';

/** Words that point back to an earlier contact instead of naming a problem. */
const REFERENCE = new Set(
  `following follow followed again same problem issue still before ago day days week weeks last time times earlier
  yesterday contacted contact spoke talked told said chat chatted call called ticket case fixed back first second
  already previous previously happened happening happens continue continues continuing sorted resolved unresolved
  update news reply replied waiting wait heard hear nothing fix touch get got sorted couple several two three four
  few hours hour morning minutes
  问题 还是 上次 之前 同样 一样 跟进 再次 没解决 几天 前几天 又来 又出现 老问题 昨天 联系 说过 答复 回复 处理 解决`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * "Following up from a few days ago, same problem": customer words that refer to an earlier contact
 * (two reference words or more) and name at most one thing of their own.
 */
export function isGenericFollowUp(text: string): boolean {
  const words = tokenizeForTopics(text).filter((t) => !isStopword(t));
  const references = words.filter((w) => REFERENCE.has(w)).length;
  return words.length === 0 || (references >= 2 && words.length - references <= 1);
}
