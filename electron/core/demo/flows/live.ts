import { askEnvironment } from '../environment';
import {
  ACKNOWLEDGE,
  ACKNOWLEDGE_HOWTO,
  AGENT_CLOSING,
  AGENT_GREETING,
  CARD_SLIP,
  CARD_WARNING,
  CAUSE_INTRO,
  COME_BACK_IF_NEEDED,
  CUSTOMER_ACK,
  CUSTOMER_BYE,
  CUSTOMER_HELLO,
  GIVE_UP_FOR_NOW,
  ORDER_NUMBER,
  PUSH_BACK,
  STALL,
  STEP_FIRST,
  STEP_LAST,
  STEP_LIST_INTRO,
  STEP_NEXT,
  TRANSFER,
  TRANSFERRED_SYSTEM,
  VERIFY,
  VERIFY_ANSWER,
} from '../phrases/human';
import { join, lowerFirst, numbered, withConnector } from '../text';
import { CARD_ISSUES, HOW_TO_ISSUES, type Script } from './context';

/** A chat or a phone call with a human agent from the first word. */
export function liveConversation(s: Script): void {
  const channel = s.plan.channel === 'voice' ? 'voice' : 'chat';
  s.say('agent', s.pick(AGENT_GREETING[channel]));
  const hello = s.rng.chance(0.6) ? s.pick(CUSTOMER_HELLO) + (s.lang === 'zh' ? '，' : ', ') : '';
  const environment = s.rng.chance(0.3) ? s.environmentLine() : null;
  const said = join([s.opening(), environment], s.lang);
  s.customer(hello ? hello + lowerFirst(said, s.lang) : said);
  humanHandling(s);
}

/** What a human agent does once the problem is on the table; shared with bot handoffs. */
export function humanHandling(
  s: Script,
  outcome: 'fix' | 'transfer' | 'stall' = defaultOutcome(s),
): void {
  s.say('agent', s.pick(HOW_TO_ISSUES.has(s.plan.issue.key) ? ACKNOWLEDGE_HOWTO : ACKNOWLEDGE));
  gatherDetails(s);
  if (outcome === 'fix') {
    deliverSteps(s, s.steps);
    finishFixed(s);
  } else if (outcome === 'transfer') {
    deliverSteps(s, s.steps.slice(0, s.rng.int(1, Math.min(2, s.steps.length))));
    s.customer(join([s.pick(PUSH_BACK), s.negativeRemark()], s.lang));
    s.say('agent', s.pick(TRANSFER.live));
    if (s.rng.chance(0.4)) s.say('system', TRANSFERRED_SYSTEM[s.lang]);
  } else {
    if (s.rng.chance(0.5)) s.say('agent', s.pick(STALL));
    else deliverSteps(s, s.steps.slice(0, 1));
    s.customer(join([s.pick(GIVE_UP_FOR_NOW), s.negativeRemark()], s.lang));
    s.say('agent', s.pick(COME_BACK_IF_NEEDED));
  }
}

const defaultOutcome = (s: Script): 'fix' | 'transfer' | 'stall' =>
  s.plan.kind === 'success' ? 'fix' : s.plan.kind === 'escalated' ? 'transfer' : 'stall';

function gatherDetails(s: Script): void {
  const { group, key } = s.plan.issue;
  if (!s.environmentStated && s.rng.chance(0.7)) {
    s.say('agent', s.pick(askEnvironment(group)));
    const order =
      group === 'orders' && s.rng.chance(0.6)
        ? s.pick(ORDER_NUMBER, { value: s.orderNumber() })
        : null;
    s.customer(join([s.environmentLine(), order], s.lang));
  }
  if (s.rng.chance(0.25)) {
    const kind = s.rng.chance(0.5) ? 'email' : 'phone';
    s.say('agent', s.pick(VERIFY[kind]));
    s.customer(s.pick(VERIFY_ANSWER[kind], { value: s.plan.customer.person[kind] }));
  }
  if (CARD_ISSUES.has(key) && s.rng.chance(0.15)) {
    s.customer(s.pick(CARD_SLIP, { value: s.cardNumber() }));
    s.say('agent', CARD_WARNING[s.lang]);
  }
}

/** Steps one per turn with the customer following along, or all at once as a numbered list. */
export function deliverSteps(s: Script, steps: readonly string[]): void {
  const channel = s.plan.channel === 'voice' ? 'voice' : 'chat';
  if (channel === 'chat' && steps.length > 1 && s.rng.chance(0.25)) {
    s.say('agent', `${s.pick(STEP_LIST_INTRO)}\n${numbered(steps)}`);
    return;
  }
  steps.forEach((step, i) => {
    const connector =
      steps.length === 1
        ? ''
        : i === 0
          ? s.pick(STEP_FIRST)
          : i === steps.length - 1
            ? s.pick(STEP_LAST)
            : s.pick(STEP_NEXT);
    s.say('agent', withConnector(connector, step, s.lang));
    if (i < steps.length - 1 && s.rng.chance(0.7)) s.customer(s.pick(CUSTOMER_ACK[channel]));
  });
}

function finishFixed(s: Script): void {
  const { cause } = s.plan.issue;
  if (cause && s.rng.chance(0.6))
    s.say('agent', withConnector(s.pick(CAUSE_INTRO), cause[s.lang], s.lang));
  const confirm = s.confirmation();
  s.customer(join([confirm, s.negativeRemark()], s.lang));
  s.say('agent', s.pick(AGENT_CLOSING));
  if (s.rng.chance(0.5)) s.customer(s.pick(CUSTOMER_BYE));
}
