import {
  AGENT_AFTER_HANDOFF,
  BOT_CHECK,
  BOT_CHECK_INFO,
  BOT_COME_BACK,
  BOT_GREETING,
  BOT_HANDOFF,
  BOT_STEPS_INTRO,
  BOT_THANKS,
  CUSTOMER_LATER,
  CUSTOMER_WANTS_PERSON,
  HANDOFF_SYSTEM,
} from '../phrases/bot';
import { BOT_NAME } from '../phrases/people';
import { fill, join, numbered } from '../text';
import type { Script } from './context';
import { humanHandling } from './live';

/**
 * The virtual assistant answers with the canonical steps; an escalation is a handoff to a human,
 * who then fixes it or passes it on.
 */
export function botConversation(s: Script): void {
  const { issue, kind } = s.plan;
  const bot = BOT_NAME[s.lang];
  s.say('bot', s.pick(BOT_GREETING, { bot }));
  s.customer(s.opening());
  const canonical = issue.steps.map((step) => step[s.lang][0]!);
  s.say(
    'bot',
    `${s.pick(BOT_STEPS_INTRO, { title: issue.title[s.lang] })}\n${numbered(canonical)}\n${s.pick(s.isRepair ? BOT_CHECK : BOT_CHECK_INFO)}`,
  );
  if (kind === 'success') {
    s.customer(join([s.confirmation(), s.negativeRemark()], s.lang));
    s.say('bot', s.pick(BOT_THANKS));
  } else if (kind === 'unresolved') {
    s.customer(join([s.pick(CUSTOMER_LATER), s.negativeRemark()], s.lang));
    s.say('bot', s.pick(BOT_COME_BACK));
  } else {
    s.customer(join([s.pick(CUSTOMER_WANTS_PERSON), s.negativeRemark()], s.lang));
    s.say('bot', s.pick(BOT_HANDOFF));
    s.say('system', fill(HANDOFF_SYSTEM[s.lang], { agent: s.agent }));
    s.say('agent', s.pick(AGENT_AFTER_HANDOFF, { bot }));
    humanHandling(s, s.rng.chance(0.65) ? 'fix' : 'transfer');
  }
}
