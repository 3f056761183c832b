import { defineIssue } from './types';

/** Devices: trade-in, repair and warranty. */
const issue = defineIssue('devices');

export const DEVICES_ISSUES = [
  issue({
    key: 'trade_in',
    title: { en: 'Trade-in value lower than quoted', zh: '以旧换新估价低于报价' },
    weight: 0.5,
    trend: 1.0,
    rates: { escalation: 0.3, repeat: 0.2, negative: 0.4 },
    covered: false,
    open: {
      en: [
        'You offered me much less for my trade-in than the quote',
        'My trade-in was revalued lower, why?',
        'The trade-in credit is not what I was promised',
      ],
      zh: [
        '以旧换新给我的价格比报价低很多',
        '我的旧机被重新估价变低了，为什么？',
        '以旧换新的抵扣金额和当初说的不一样',
      ],
    },
    steps: [
      {
        en: [
          'Check the inspection report under Orders > Trade-in.',
          'Open Orders > Trade-in to read the inspection report.',
        ],
        zh: ['在“订单 > 以旧换新”里查看检测报告。', '打开“订单 > 以旧换新”可以看到质检报告。'],
      },
      {
        en: [
          'If you disagree, tap "Return my device" within 14 days to get the phone back free.',
          'You can choose "Return my device" within 14 days and we ship it back at no cost.',
        ],
        zh: [
          '如果不认可估价，可以在 14 天内点击“退回设备”，免费寄回。',
          '不接受的话，14 天内选择“退回设备”，运费由我们承担。',
        ],
      },
    ],
    cause: {
      en: 'The value drops when the inspection finds screen damage or Find My left switched on.',
      zh: '原因是检测时发现屏幕损伤或者“查找手机”功能没有关闭。',
    },
  }),
  issue({
    key: 'screen_repair',
    title: { en: 'Booking a screen repair', zh: '预约屏幕维修' },
    weight: 0.6,
    trend: 1.0,
    rates: { escalation: 0.08, repeat: 0.1, negative: 0.1 },
    covered: true,
    open: {
      en: [
        'I cracked my screen, how do I book a repair?',
        'Need my screen fixed',
        'Where can I get my broken screen replaced?',
      ],
      zh: ['我的屏幕摔裂了，怎么预约维修？', '需要修一下屏幕', '屏幕碎了去哪里换？'],
    },
    steps: [
      {
        en: [
          'Book a slot under Support > Repairs in the app.',
          'Use Support > Repairs in the app to pick a time.',
        ],
        zh: ['在 App 的“服务 > 维修”里预约时间。', '进入“服务 > 维修”选择一个时间段。'],
      },
      {
        en: [
          'Back up your phone and turn off Find My before the appointment.',
          'Before you go, back up and switch off Find My.',
        ],
        zh: ['维修前请备份数据并关闭“查找手机”。', '去之前先备份手机，并关掉“查找手机”功能。'],
      },
    ],
    cause: null,
  }),
  issue({
    key: 'warranty_claim',
    title: { en: 'Warranty claim for a faulty phone', zh: '手机故障保修申请' },
    weight: 0.6,
    trend: 1.0,
    rates: { escalation: 0.3, repeat: 0.3, negative: 0.35 },
    covered: false,
    open: {
      en: [
        'My phone stopped charging after two months, is it under warranty?',
        'The battery drains in a few hours on my new phone',
        'Faulty phone, I want a warranty replacement',
      ],
      zh: [
        '手机用了两个月就充不进电了，在保修期内吗？',
        '新手机几个小时电就没了',
        '手机有故障，想申请保修换新',
      ],
    },
    steps: [
      {
        en: [
          'Run the diagnostics under Support > Device check in the app.',
          'Open Support > Device check and run the test.',
        ],
        zh: ['在 App 的“服务 > 设备检测”里运行检测。', '打开“服务 > 设备检测”做一次检测。'],
      },
      {
        en: [
          'Start a warranty claim from the results page and choose courier pickup.',
          'From the results, start a claim and pick a courier collection.',
        ],
        zh: ['在检测结果页发起保修申请，选择快递上门取件。', '从结果页提交保修，选择上门取件。'],
      },
      {
        en: [
          'We send a replacement within 5 working days of receiving the phone.',
          'A replacement ships within 5 working days after we receive it.',
        ],
        zh: ['收到手机后 5 个工作日内寄出换新机。', '我们收到后 5 个工作日内发出替换机。'],
      },
    ],
    cause: null,
  }),
];
