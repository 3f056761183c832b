import { describeEnvironment } from '../environment';
import {
  CARD_SLIP,
  CAUSE_INTRO,
  CUSTOMER_EMAIL_SIGN_OFF,
  EMAIL_HELLO,
  EMAIL_OPENING,
  EMAIL_SIGNATURE,
  GIVE_UP_FOR_NOW,
  ORDER_NUMBER,
  PHONE_SIGNATURE,
  PUSH_BACK,
  STALL,
  STEP_LIST_INTRO,
  TRANSFER,
} from '../phrases/human';
import { join, numbered, withConnector } from '../text';
import { CARD_ISSUES, type Script } from './context';

/** An email thread: the customer's message, the agent's reply with numbered steps, and what follows. */
export function emailConversation(s: Script): void {
  const { plan, lang } = s;
  const { kind } = plan;
  s.customer(customerEmail(s));
  if (kind === 'success') {
    s.say('agent', agentEmail(s, [stepsBlock(s, s.steps), causeLine(s)]));
    if (plan.negative || s.rng.chance(0.4)) {
      s.customer(join([s.confirmation(), s.negativeRemark()], lang));
    }
  } else if (kind === 'escalated') {
    s.say(
      'agent',
      agentEmail(s, [stepsBlock(s, s.steps.slice(0, s.rng.int(1, Math.min(2, s.steps.length))))]),
    );
    s.customer(join([s.pick(PUSH_BACK), s.negativeRemark()], lang));
    s.say('agent', agentEmail(s, [s.pick(TRANSFER.email)]));
  } else {
    const body = s.rng.chance(0.5) ? s.pick(STALL) : stepsBlock(s, s.steps.slice(0, 1));
    s.say('agent', agentEmail(s, [body]));
    if (plan.negative || s.rng.chance(0.5))
      s.customer(join([s.pick(GIVE_UP_FOR_NOW), s.negativeRemark()], lang));
  }
}

function customerEmail(s: Script): string {
  const { plan, lang } = s;
  const { person } = plan.customer;
  const details = [
    s.rng.chance(0.6) ? describeEnvironment(s.rng, lang, plan.issue.group, s.env) : null,
    plan.issue.group === 'orders' && s.rng.chance(0.7)
      ? s.pick(ORDER_NUMBER, { value: s.orderNumber() })
      : null,
    CARD_ISSUES.has(plan.issue.key) && s.rng.chance(0.1)
      ? s.pick(CARD_SLIP, { value: s.cardNumber() })
      : null,
  ];
  const body = join([s.opening(), ...details], lang);
  const signature = [
    s.pick(CUSTOMER_EMAIL_SIGN_OFF),
    person.name,
    s.rng.chance(0.25) ? s.pick(PHONE_SIGNATURE, { value: person.phone }) : null,
  ];
  return [s.pick(EMAIL_HELLO), body, signature.filter(Boolean).join('\n')].join('\n\n');
}

function agentEmail(s: Script, paragraphs: ReadonlyArray<string | null>): string {
  const name =
    s.lang === 'zh' ? s.plan.customer.person.name : s.plan.customer.person.name.split(' ')[0]!;
  return [
    s.pick(EMAIL_OPENING, { name }),
    ...paragraphs.filter((p): p is string => Boolean(p)),
    s.pick(EMAIL_SIGNATURE),
  ].join('\n\n');
}

const stepsBlock = (s: Script, steps: readonly string[]): string =>
  steps.length === 1 ? steps[0]! : `${s.pick(STEP_LIST_INTRO)}\n${numbered(steps)}`;

function causeLine(s: Script): string | null {
  const { cause } = s.plan.issue;
  return cause && s.rng.chance(0.6)
    ? withConnector(s.pick(CAUSE_INTRO), cause[s.lang], s.lang)
    : null;
}
