import type { TurnRole } from '../../../../shared/domain/transcript';
import { describeEnvironment, type Environment } from '../environment';
import type { Bilingual } from '../issues/types';
import { cardNumber, orderNumber } from '../pii';
import {
  AGO,
  CONFIRM_FIXED,
  CONFIRM_HOWTO,
  FOLLOW_UP,
  LATE_RETURN,
  NEGATIVE,
} from '../phrases/human';
import type { Random } from '../random';
import type { PlannedConversation } from '../schedule';
import { DAY_MS } from '../schedule';
import { fill, join, sentence, spoken, typed } from '../text';
import type { Lang } from '../types';

export interface ScriptTurn {
  role: TurnRole;
  text: string;
}

/** What a conversation's script is written from, and the turns written so far. */
export class Script {
  readonly turns: ScriptTurn[] = [];
  /** Set once the customer has said how they use the product, so nobody asks again. */
  environmentStated = false;
  private negativeSaid = false;

  constructor(
    readonly rng: Random,
    readonly plan: PlannedConversation,
    readonly agent: string,
    readonly agentId: string,
    readonly env: Environment,
    /** The resolution in this agent's wording, one entry per step. */
    readonly steps: readonly string[],
  ) {}

  get lang(): Lang {
    return this.plan.lang;
  }

  pick(bank: Bilingual<readonly string[]>, values: Record<string, string> = {}): string {
    return fill(this.rng.pick(bank[this.lang]), { agent: this.agent, id: this.agentId, ...values });
  }

  say(role: TurnRole, text: string): void {
    this.turns.push({ role, text });
  }

  /** A customer's line, with the slips of typing or the hesitations of speech. */
  customer(text: string): void {
    const { channel } = this.plan;
    const shaped =
      channel === 'voice'
        ? spoken(this.rng, text, this.lang)
        : channel === 'email'
          ? text
          : typed(this.rng, text, this.lang);
    this.say('customer', shaped);
  }

  /** The customer's first description of the problem, with what came before it when they are back. */
  opening(): string {
    const { plan, lang } = this;
    let context: string | null = null;
    if (plan.lateReturn) context = this.pick(LATE_RETURN);
    else if (plan.previous)
      context = this.pick(FOLLOW_UP, { ago: this.ago(plan.previous.endMs)[lang] });
    const angry =
      plan.previous && plan.kind !== 'success' && this.rng.chance(0.5)
        ? this.negativeRemark()
        : null;
    return join([context, sentence(this.pick(plan.issue.open), lang), angry], lang);
  }

  environmentLine(): string {
    this.environmentStated = true;
    return describeEnvironment(this.rng, this.lang, this.plan.issue.group, this.env);
  }

  /** A remark that makes the conversation negative: mild after a fix, angry after a failure. */
  negativeRemark(): string | null {
    if (!this.plan.negative || this.negativeSaid) return null;
    this.negativeSaid = true;
    return this.pick(this.plan.kind === 'success' ? NEGATIVE.mild : NEGATIVE.angry);
  }

  /** Something broken that the steps repaired, rather than a question they answered. */
  get isRepair(): boolean {
    const { group, key } = this.plan.issue;
    return group === 'account' || group === 'network' || key === 'warranty_claim';
  }

  /** The customer's "that worked" or "that answers it". */
  confirmation(): string {
    return this.pick(
      this.isRepair && !HOW_TO_ISSUES.has(this.plan.issue.key) ? CONFIRM_FIXED : CONFIRM_HOWTO,
    );
  }

  orderNumber(): string {
    return orderNumber(this.rng);
  }

  cardNumber(): string {
    return cardNumber(this.rng, this.lang);
  }

  private ago(previousEndMs: number): Bilingual<string> {
    const days = (this.plan.startMs - previousEndMs) / DAY_MS;
    return days < 1.5 ? AGO.one : days < 2.5 ? AGO.two : AGO.few;
  }
}

/** Issues a customer asks how to do, rather than something broken. */
export const HOW_TO_ISSUES = new Set([
  'intl_rates',
  'plan_upgrade',
  'return_label',
  'voicemail_setup',
  'screen_repair',
  'payment_method',
  'early_termination',
]);

/** Issues where a customer may paste a full card number. */
export const CARD_ISSUES = new Set([
  'duplicate_charge',
  'autopay_failed',
  'payment_method',
  'refund_status',
]);
