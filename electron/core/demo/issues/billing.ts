import { defineIssue } from './types';

/** Bills, payments, plans and contracts. */
const issue = defineIssue('billing');

export const BILLING_ISSUES = [
  issue({
    key: 'bill_higher',
    title: { en: 'Bill higher than expected', zh: '账单金额比预期高' },
    weight: 1.3,
    trend: 1.0,
    rates: { escalation: 0.15, repeat: 0.2, negative: 0.3 },
    covered: true,
    open: {
      en: [
        'My bill this month is way higher than usual',
        'Why am I being charged more than my plan price?',
        "This month's invoice is 20 pounds more than normal",
      ],
      zh: [
        '这个月的账单比平时高了很多',
        '为什么扣费比我的套餐价格高？',
        '这个月的账单比平常多了二十块',
      ],
    },
    steps: [
      {
        en: [
          'Open Billing > Invoice details to see the itemised charges.',
          'Go to Billing > Invoice details for the line-by-line breakdown.',
        ],
        zh: ['打开“账单 > 账单明细”查看逐项费用。', '进入“账单 > 账单明细”可以看到每一项收费。'],
      },
      {
        en: [
          'Check the Roaming and Extras sections for usage outside your plan.',
          'Look at Roaming and Extras, where out-of-plan usage is listed.',
        ],
        zh: [
          '查看“漫游”和“附加费用”两栏，看看有没有套餐外的使用。',
          '看一下“漫游”和“附加费用”，套餐外的消费都列在那里。',
        ],
      },
      {
        en: [
          'Set a spending cap under Billing > Limits to avoid surprises.',
          'Turn on a monthly spending cap in Billing > Limits.',
        ],
        zh: [
          '在“账单 > 消费限额”里设置每月上限，避免意外扣费。',
          '可以在“账单 > 消费限额”开启每月消费上限。',
        ],
      },
    ],
    cause: {
      en: 'The extra charge is usually a first partial month after a plan change, which is billed pro rata.',
      zh: '多出来的费用通常是更换套餐后按天折算的当月费用。',
    },
  }),
  issue({
    key: 'refund_status',
    title: { en: 'Refund not received', zh: '退款迟迟未到账' },
    weight: 1.1,
    trend: 1.0,
    rates: { escalation: 0.25, repeat: 0.4, negative: 0.3 },
    covered: true,
    published: { daysAgo: 28, ratesAfter: { escalation: 0.04, repeat: 0.1, negative: 0.08 } },
    open: {
      en: [
        'Where is my refund? I returned the phone two weeks ago',
        "My refund still hasn't shown up on my card",
        'I was promised a refund and nothing has arrived',
      ],
      zh: [
        '我的退款去哪了？手机两周前就退回去了',
        '退款到现在还没退到我的卡上',
        '说好的退款一直没到账',
      ],
    },
    steps: [
      {
        en: [
          'Check the refund status under Orders > Returns.',
          'Open Orders > Returns to see where the refund is.',
        ],
        zh: ['在“订单 > 退货”里查看退款进度。', '打开“订单 > 退货”可以看到退款状态。'],
      },
      {
        en: [
          'Allow 5 to 7 working days after the status shows "Refund issued" for your bank to post it.',
          'Once it says "Refund issued", your bank needs 5 to 7 working days.',
        ],
        zh: [
          '状态显示“已退款”后，银行入账通常需要 5 到 7 个工作日。',
          '显示“已退款”之后，银行一般 5 到 7 个工作日到账。',
        ],
      },
      {
        en: [
          'If it is past that, send us the refund reference so we can trace it with the bank.',
          'After that, share the refund reference and we will trace it.',
        ],
        zh: [
          '超过这个时间的话，请提供退款单号，我们会联系银行追查。',
          '如果超时了，把退款编号发给我们，我们去银行查询。',
        ],
      },
    ],
    cause: null,
  }),
  issue({
    key: 'duplicate_charge',
    title: { en: 'Charged twice', zh: '被重复扣费' },
    weight: 0.8,
    trend: 1.0,
    rates: { escalation: 0.2, repeat: 0.2, negative: 0.3 },
    covered: false,
    open: {
      en: [
        'I was charged twice for the same bill',
        'There are two identical payments on my bank statement',
        'Double charge on my card this month',
      ],
      zh: ['同一笔账单被扣了两次钱', '银行账单上有两笔一模一样的扣款', '这个月信用卡被重复扣费了'],
    },
    steps: [
      {
        en: [
          'Check whether the second payment shows as Pending in your banking app.',
          'See if one of the two payments is marked Pending at your bank.',
        ],
        zh: ['在银行 App 里看看第二笔是不是“处理中”状态。', '先看一下其中一笔是否显示为“待处理”。'],
      },
      {
        en: [
          'Pending duplicates drop off by themselves within 3 working days.',
          'A pending duplicate is released automatically within 3 working days.',
        ],
        zh: [
          '处于待处理的重复扣款会在 3 个工作日内自动撤销。',
          '待处理的那笔一般 3 个工作日内会自动退回。',
        ],
      },
      {
        en: [
          'If both are posted, send us a screenshot and we refund the second one.',
          'If both are final, share a statement screenshot and we refund one.',
        ],
        zh: [
          '如果两笔都已入账，请发截图给我们，我们会退还其中一笔。',
          '两笔都扣款成功的话，把账单截图发过来，我们退一笔。',
        ],
      },
    ],
    cause: null,
  }),
  issue({
    key: 'autopay_failed',
    title: { en: 'Autopay payment failed', zh: '自动扣款失败' },
    weight: 0.7,
    trend: 1.0,
    rates: { escalation: 0.1, repeat: 0.15, negative: 0.15 },
    covered: false,
    open: {
      en: [
        'I got an email saying my autopay failed',
        "Automatic payment didn't go through this month",
        'Why did my direct debit fail?',
      ],
      zh: ['收到邮件说自动扣款失败了', '这个月自动缴费没有成功', '为什么我的自动扣费失败了？'],
    },
    steps: [
      {
        en: [
          'Update the card on file under Billing > Payment methods.',
          'Go to Billing > Payment methods and update your card.',
        ],
        zh: [
          '在“账单 > 支付方式”里更新绑定的银行卡。',
          '进入“账单 > 支付方式”，更换或更新银行卡信息。',
        ],
      },
      {
        en: [
          'Pay the outstanding amount now with Billing > Pay now.',
          'Settle the balance right away under Billing > Pay now.',
        ],
        zh: ['在“账单 > 立即支付”里先补缴欠款。', '请通过“账单 > 立即支付”把欠费先交上。'],
      },
    ],
    cause: {
      en: 'It usually fails because the card on file has expired.',
      zh: '原因通常是绑定的银行卡已过期。',
    },
  }),
  issue({
    key: 'payment_method',
    title: { en: 'Updating the payment method', zh: '更换支付方式' },
    weight: 0.5,
    trend: 1.0,
    rates: { escalation: 0.03, repeat: 0.05, negative: 0.04 },
    covered: false,
    open: {
      en: [
        'How do I change the card I pay with?',
        'I got a new bank card, how do I update it?',
        'Want to pay by PayPal instead of card',
      ],
      zh: ['怎么更换扣费的银行卡？', '我换了新银行卡，怎么更新？', '想改用支付宝付款'],
    },
    steps: [
      {
        en: [
          'Go to Billing > Payment methods and tap Add.',
          'Open Billing > Payment methods and add the new one.',
        ],
        zh: ['进入“账单 > 支付方式”，点击“添加”。', '打开“账单 > 支付方式”，添加新的付款方式。'],
      },
      {
        en: [
          'Set the new method as default and remove the old card.',
          'Make it the default and delete the old card.',
        ],
        zh: ['把新方式设为默认，并删除旧卡。', '将新的设为默认，再把旧卡删掉。'],
      },
    ],
    cause: null,
  }),
  issue({
    key: 'intl_rates',
    title: { en: 'International calling rates', zh: '国际长途资费' },
    weight: 0.5,
    trend: 1.0,
    rates: { escalation: 0.04, repeat: 0.05, negative: 0.06 },
    covered: false,
    open: {
      en: [
        'How much does it cost to call India?',
        'What are your international call rates?',
        'Is calling the US included in my plan?',
      ],
      zh: ['打电话到美国多少钱？', '国际长途怎么收费？', '我的套餐包含打国际电话吗？'],
    },
    steps: [
      {
        en: [
          'See the rate for each country under Plan > International in the app.',
          'Check Plan > International in the app for per-country prices.',
        ],
        zh: [
          '在 App 的“套餐 > 国际业务”里查看各国资费。',
          '打开“套餐 > 国际业务”可以查到每个国家的价格。',
        ],
      },
      {
        en: [
          'Add the World Calling bundle for cheaper minutes.',
          'The World Calling add-on makes those minutes cheaper.',
        ],
        zh: ['可以加订“国际通话包”，分钟单价更低。', '开通“国际通话包”会更划算。'],
      },
    ],
    cause: null,
  }),
  issue({
    key: 'early_termination',
    title: { en: 'Cancelling and early termination fee', zh: '提前解约费用' },
    weight: 0.7,
    trend: 1.0,
    rates: { escalation: 0.35, repeat: 0.2, negative: 0.45 },
    covered: false,
    open: {
      en: [
        'I want to cancel my contract, what will it cost?',
        'Why do I have to pay a fee to leave early?',
        'How much is the early termination fee?',
      ],
      zh: ['我想解约，要付多少钱？', '为什么提前解约还要交违约金？', '提前解除合约要收多少费用？'],
    },
    steps: [
      {
        en: [
          'See your exact fee under Plan > Contract > End contract in the app.',
          'Open Plan > Contract > End contract to see the exact amount.',
        ],
        zh: [
          '在 App 的“套餐 > 合约 > 解除合约”里可以查看准确费用。',
          '打开“套餐 > 合约 > 解除合约”查看具体金额。',
        ],
      },
      {
        en: [
          'The fee is the remaining monthly payments for the device, not the airtime.',
          'You only pay off the rest of the device instalments, not the plan.',
        ],
        zh: [
          '费用只包括剩余的手机分期款，不包括话费套餐。',
          '只需结清手机剩余分期，套餐费不用补。',
        ],
      },
      {
        en: [
          'Give 30 days notice through the same screen.',
          'Submit your 30-day notice on that screen.',
        ],
        zh: ['在同一页面提交 30 天的解约通知。', '在该页面提前 30 天提交解约申请。'],
      },
    ],
    cause: null,
  }),
  issue({
    key: 'plan_upgrade',
    title: { en: 'Upgrading the plan', zh: '升级套餐' },
    weight: 0.7,
    trend: 1.0,
    rates: { escalation: 0.05, repeat: 0.05, negative: 0.06 },
    covered: true,
    open: {
      en: [
        'I want more data, how do I upgrade my plan?',
        'Can I move to the unlimited plan?',
        'How do I change to a bigger plan?',
      ],
      zh: ['我想要更多流量，怎么升级套餐？', '可以换成无限流量套餐吗？', '怎么换一个更大的套餐？'],
    },
    steps: [
      {
        en: [
          'Open Plan > Change plan in the app and pick the new plan.',
          'In the app, go to Plan > Change plan and choose the one you want.',
        ],
        zh: [
          '在 App 的“套餐 > 变更套餐”里选择新套餐。',
          '进入 App“套餐 > 变更套餐”，选好想要的套餐。',
        ],
      },
      {
        en: [
          'Choose "Start today" to get the new allowance straight away.',
          'Pick "Start today" so the extra data is available immediately.',
        ],
        zh: ['选择“立即生效”，新流量马上就能用。', '生效时间选“今天”，就可以立刻使用新套餐。'],
      },
    ],
    cause: null,
  }),
];
