import { defineIssue } from './types';

/** Orders and deliveries. */
const issue = defineIssue('orders');

export const ORDERS_ISSUES = [
  issue({
    key: 'parcel_missing',
    title: { en: 'Parcel marked delivered but missing', zh: '显示已签收但没收到包裹' },
    weight: 1.2,
    trend: 1.0,
    rates: { escalation: 0.3, repeat: 0.45, negative: 0.4 },
    covered: false,
    open: {
      en: [
        "Tracking says my new phone was delivered yesterday but there's nothing here",
        'My order shows as delivered but I never received the parcel',
        "The courier marked my package delivered and it's not at my door",
      ],
      zh: [
        '物流显示我的新手机昨天已经签收了，但我根本没收到',
        '订单显示已送达，可我一直没拿到包裹',
        '快递员标记已签收，门口什么都没有',
      ],
    },
    steps: [
      {
        en: [
          'Check with neighbours and your building reception, as couriers often leave parcels there.',
          'Ask your neighbours or the front desk first, because drivers sometimes leave it with them.',
        ],
        zh: [
          '先问一下邻居或物业前台，快递员有时会放在那里。',
          '请先联系邻居和楼下前台，快递经常会被代收。',
        ],
      },
      {
        en: [
          'Look for a delivery photo under Orders > Track parcel in the app.',
          'Open Orders > Track parcel to see the photo the driver took at delivery.',
        ],
        zh: [
          '在 App 的“订单 > 查看物流”里查看签收照片。',
          '打开“订单 > 查看物流”，可以看到快递员拍的签收照片。',
        ],
      },
      {
        en: [
          "If it still hasn't turned up after 24 hours, file a missing parcel claim under Orders > Report a problem.",
          'After 24 hours, open Orders > Report a problem and submit a missing parcel claim.',
        ],
        zh: [
          '如果 24 小时后仍未找到，请在“订单 > 问题反馈”里提交丢件申请。',
          '24 小时后还没找到的话，在“订单 > 问题反馈”提交包裹丢失申请。',
        ],
      },
    ],
    cause: null,
  }),
  issue({
    key: 'wrong_item',
    title: { en: 'Wrong item received', zh: '收到的商品发错了' },
    weight: 0.6,
    trend: 1.0,
    rates: { escalation: 0.15, repeat: 0.15, negative: 0.25 },
    covered: false,
    open: {
      en: [
        'You sent me the wrong colour phone',
        'I ordered a 256GB model and got 128GB',
        'The case in the box is not what I ordered',
      ],
      zh: [
        '你们发的手机颜色不对',
        '我买的是 256G，收到的是 128G',
        '盒子里的手机壳不是我下单的那款',
      ],
    },
    steps: [
      {
        en: [
          'Start an exchange under Orders > Return or exchange and choose "Wrong item".',
          'Open Orders > Return or exchange and pick "Wrong item".',
        ],
        zh: [
          '在“订单 > 退换货”里发起换货，原因选择“发错商品”。',
          '进入“订单 > 退换货”，选择“商品发错”。',
        ],
      },
      {
        en: [
          'Print the prepaid label we email you and drop the parcel at any post office.',
          'Use the prepaid label from the email and take the box to a post office.',
        ],
        zh: [
          '打印我们邮件里的预付运单，把包裹交到任意邮局即可。',
          '用邮件里的预付面单寄回，就近邮局都可以。',
        ],
      },
    ],
    cause: null,
  }),
  issue({
    key: 'return_label',
    title: { en: 'Return label request', zh: '申请退货运单' },
    weight: 0.7,
    trend: 1.0,
    rates: { escalation: 0.05, repeat: 0.08, negative: 0.08 },
    covered: true,
    open: {
      en: [
        'How do I get a return label?',
        'I want to send my order back, where is the label?',
        'Need a shipping label to send the phone back',
      ],
      zh: ['怎么获取退货运单？', '我想退货，运单在哪里？', '需要一张寄回手机的快递单'],
    },
    steps: [
      {
        en: [
          'Go to Orders, select the item and tap Return.',
          'Open Orders, pick the item and choose Return.',
        ],
        zh: ['进入“订单”，选择商品后点击“退货”。', '打开“订单”，选中商品，点“退货”。'],
      },
      {
        en: [
          'Download the label from the confirmation email and attach it to the box.',
          'Print the label from the confirmation email and stick it on the parcel.',
        ],
        zh: ['在确认邮件里下载运单并贴在包裹上。', '从确认邮件下载打印运单，贴到箱子上。'],
      },
    ],
    cause: null,
  }),
  issue({
    key: 'order_delayed',
    title: { en: 'Order delivery delayed', zh: '订单发货延迟' },
    weight: 0.9,
    trend: 2.5,
    rates: { escalation: 0.15, repeat: 0.35, negative: 0.3 },
    covered: false,
    open: {
      en: [
        'My order was supposed to arrive yesterday',
        "It's been a week and my phone hasn't shipped",
        'Delivery date keeps moving, where is my order?',
      ],
      zh: ['我的订单昨天就该到了', '下单一周了手机还没发货', '送货日期一直在往后推，我的订单呢？'],
    },
    steps: [
      {
        en: [
          'Check the latest estimate under Orders > Track parcel.',
          'Open Orders > Track parcel for the current delivery estimate.',
        ],
        zh: [
          '在“订单 > 查看物流”里查看最新预计送达时间。',
          '打开“订单 > 查看物流”看最新的送达预估。',
        ],
      },
      {
        en: [
          "Turn on delivery notifications so you get the courier's time slot.",
          'Enable delivery alerts to receive the courier time window.',
        ],
        zh: ['开启配送通知，就能收到快递员的送达时段。', '打开物流提醒，会推送派送时间段。'],
      },
    ],
    cause: {
      en: 'New phone launches are shipped in waves, so some orders wait for the next batch.',
      zh: '原因是新机分批发货，部分订单需要等下一批到货。',
    },
  }),
];
