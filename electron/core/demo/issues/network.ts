import { defineIssue } from './types';

/** SIM, eSIM, network and voice services. */
const issue = defineIssue('network');

export const NETWORK_ISSUES = [
  issue({
    key: 'esim_activation',
    title: { en: 'eSIM activation fails', zh: 'eSIM 激活失败' },
    weight: 1.1,
    trend: 1.0,
    rates: { escalation: 0.35, repeat: 0.2, negative: 0.25 },
    covered: true,
    open: {
      en: [
        "My eSIM won't activate, it just says activation failed",
        "I scanned the eSIM QR code and it's stuck on activating",
        "Can't get the eSIM working on my new phone",
      ],
      zh: [
        '我的 eSIM 激活不了，一直提示激活失败',
        '扫了 eSIM 二维码之后一直卡在“正在激活”',
        '新手机上的 eSIM 用不了',
      ],
    },
    steps: [
      {
        en: [
          'Connect to Wi-Fi before you scan the QR code.',
          'Make sure you are on Wi-Fi when you scan the code.',
        ],
        zh: ['扫码前请先连接 Wi-Fi。', '请确保扫描二维码时手机已连上 Wi-Fi。'],
      },
      {
        en: [
          'Delete the failed eSIM profile under Settings > Mobile data.',
          'Remove the half-installed eSIM in Settings > Mobile data.',
        ],
        zh: [
          '在“设置 > 蜂窝网络”里删除激活失败的 eSIM。',
          '到“设置 > 蜂窝网络”把没装好的 eSIM 删掉。',
        ],
      },
      {
        en: [
          'Generate a new QR code in the app under Plan > eSIM > Reissue.',
          'Reissue the code from Plan > eSIM > Reissue in the app, because each code works only once.',
        ],
        zh: [
          '在 App 的“套餐 > eSIM > 重新生成”里获取新的二维码。',
          '在 App 里进入“套餐 > eSIM > 重新生成”，每个二维码只能用一次。',
        ],
      },
      {
        en: [
          'Restart the phone after the new profile installs.',
          'Restart your phone once the new eSIM is added.',
        ],
        zh: ['新的 eSIM 安装好后重启手机。', '添加成功后请重启一下手机。'],
      },
    ],
    cause: {
      en: 'Each eSIM QR code can only be used once, so a failed first attempt uses it up.',
      zh: '原因是每个 eSIM 二维码只能使用一次，第一次失败后就失效了。',
    },
  }),
  issue({
    key: 'roaming',
    title: { en: 'Roaming not working abroad', zh: '出国后无法漫游' },
    weight: 0.9,
    trend: 2.5,
    rates: { escalation: 0.3, repeat: 0.15, negative: 0.3 },
    covered: false,
    open: {
      en: [
        'I just landed in Spain and my phone has no signal',
        "Roaming isn't working, no data since I arrived abroad",
        "Abroad for work and can't make calls or use data",
      ],
      zh: [
        '我刚到西班牙，手机一点信号都没有',
        '出国后漫游用不了，没有数据网络',
        '在国外出差，打不了电话也上不了网',
      ],
    },
    steps: [
      {
        en: [
          'Turn on Data roaming in Settings > Mobile data.',
          'Enable Data roaming under Settings > Mobile data.',
        ],
        zh: ['在“设置 > 蜂窝网络”里打开“数据漫游”。', '请到“设置 > 蜂窝网络”开启数据漫游。'],
      },
      {
        en: [
          'Check that roaming is enabled on your plan in the app under Plan > Add-ons.',
          'Confirm the roaming add-on is active in the app under Plan > Add-ons.',
        ],
        zh: [
          '在 App 的“套餐 > 增值服务”里确认已开通国际漫游。',
          '在 App“套餐 > 增值服务”里检查漫游服务是否开通。',
        ],
      },
      {
        en: [
          'Select a network manually under Settings > Network operators.',
          'Pick a local network manually in Settings > Network operators.',
        ],
        zh: ['在“设置 > 运营商”里手动选择当地网络。', '到“设置 > 运营商”手动选一个当地运营商。'],
      },
    ],
    cause: {
      en: 'Roaming is off by default on new plans to prevent unexpected charges.',
      zh: '原因是新套餐默认关闭漫游，以免产生意外费用。',
    },
  }),
  issue({
    key: 'slow_data',
    title: { en: 'Mobile data is slow', zh: '手机上网速度慢' },
    weight: 1.0,
    trend: 1.0,
    rates: { escalation: 0.15, repeat: 0.25, negative: 0.25 },
    covered: false,
    open: {
      en: [
        'My mobile data has been really slow for days',
        '4G is crawling, pages barely load',
        'Internet on my phone is super slow even with full bars',
      ],
      zh: ['这几天手机流量特别慢', '4G 慢得要命，网页都打不开', '信号满格但是上网非常慢'],
    },
    steps: [
      {
        en: [
          'Check your remaining data in the app, because speeds drop after the allowance is used.',
          'Look at Usage in the app, since speed is reduced once the allowance runs out.',
        ],
        zh: [
          '在 App 里查看剩余流量，超出套餐后会限速。',
          '打开 App 的“用量”看一下，流量用完后会降速。',
        ],
      },
      {
        en: [
          'Reset network settings under Settings > General > Reset.',
          'Go to Settings > General > Reset and reset network settings.',
        ],
        zh: [
          '在“设置 > 通用 > 还原”里还原网络设置。',
          '进入“设置 > 通用 > 还原”，选择还原网络设置。',
        ],
      },
      {
        en: [
          'Switch the preferred network type to 4G/5G auto.',
          'Set the network mode to 4G/5G automatic.',
        ],
        zh: ['把首选网络类型改为 4G/5G 自动。', '网络模式请设置为 4G/5G 自动切换。'],
      },
    ],
    cause: null,
  }),
  issue({
    key: 'sim_not_detected',
    title: { en: 'SIM not detected after swap', zh: '换卡后提示无 SIM 卡' },
    weight: 0.8,
    trend: 1.0,
    rates: { escalation: 0.25, repeat: 0.2, negative: 0.2 },
    covered: false,
    open: {
      en: [
        'My phone says no SIM after I put in the new card',
        'New SIM card not detected',
        'Swapped to the Northwind SIM and it shows No SIM',
      ],
      zh: [
        '换了新卡以后手机提示没有 SIM 卡',
        '新的 SIM 卡识别不了',
        '换成 Northwind 的卡之后显示“无 SIM 卡”',
      ],
    },
    steps: [
      {
        en: [
          'Power the phone off, reseat the SIM with the gold contacts facing down, and power on.',
          'Switch off, take the SIM out, put it back with the contacts down, then switch on.',
        ],
        zh: [
          '关机后重新插一下 SIM 卡，金属触点朝下，然后开机。',
          '先关机，把卡取出来重新放好，触点朝下，再开机。',
        ],
      },
      {
        en: [
          'Activate the SIM in the app under Plan > Activate SIM.',
          'Make sure the SIM is activated in the app under Plan > Activate SIM.',
        ],
        zh: [
          '在 App 的“套餐 > 激活 SIM 卡”里完成激活。',
          '请在 App“套餐 > 激活 SIM 卡”中确认已激活。',
        ],
      },
      {
        en: [
          'Check that the phone is not locked to another network.',
          'Confirm your phone is unlocked for other networks.',
        ],
        zh: ['确认手机没有被其他运营商锁网。', '请确认手机没有网络锁。'],
      },
    ],
    cause: null,
  }),
  issue({
    key: 'port_in',
    title: { en: 'Number transfer (port-in) delayed', zh: '携号转网迟迟未完成' },
    weight: 0.6,
    trend: 1.0,
    rates: { escalation: 0.4, repeat: 0.35, negative: 0.3 },
    covered: false,
    open: {
      en: [
        "I'm moving my number to Northwind and it's been three days",
        "My number port still hasn't gone through",
        'Transferring my old number is taking forever',
      ],
      zh: [
        '我把号码转到 Northwind 已经三天了还没好',
        '携号转网一直没有完成',
        '转网转了好久还没转过来',
      ],
    },
    steps: [
      {
        en: [
          'Check the port status in the app under Plan > Number transfer.',
          'Open Plan > Number transfer in the app to see the status.',
        ],
        zh: ['在 App 的“套餐 > 携号转网”查看办理进度。', '打开“套餐 > 携号转网”查看当前状态。'],
      },
      {
        en: [
          'Make sure the PAC code you gave us matches the one from your old provider.',
          'Double-check that the transfer code matches the one your old provider sent.',
        ],
        zh: [
          '确认提交的转网授权码与原运营商发的一致。',
          '请核对一下授权码是否和原运营商提供的相同。',
        ],
      },
      {
        en: [
          'Keep the old SIM in the phone until the transfer completes.',
          'Leave your old SIM in until the switch is done.',
        ],
        zh: ['转网完成前请保留原来的 SIM 卡在手机里。', '办理完成前先不要取出旧卡。'],
      },
    ],
    cause: null,
  }),
  issue({
    key: 'voicemail_setup',
    title: { en: 'Setting up voicemail', zh: '如何设置语音信箱' },
    weight: 0.5,
    trend: 1.0,
    rates: { escalation: 0.04, repeat: 0.06, negative: 0.05 },
    covered: true,
    open: {
      en: [
        'How do I set up my voicemail?',
        'Voicemail asks for a PIN I never set',
        'Can you help me turn on voicemail?',
      ],
      zh: ['语音信箱怎么设置？', '语音信箱要我输入密码，可我从没设置过', '能帮我开通语音信箱吗？'],
    },
    steps: [
      {
        en: ['Dial 121 from your Northwind phone.', 'Call 121 from your phone.'],
        zh: ['用 Northwind 手机拨打 121。', '请用本机拨打 121。'],
      },
      {
        en: [
          'Enter the default PIN, which is the last four digits of your number, and choose a new one.',
          'Use the last four digits of your number as the first PIN, then set your own.',
        ],
        zh: [
          '初始密码是手机号后四位，输入后设置新密码。',
          '先用号码后四位作为初始密码，再改成自己的密码。',
        ],
      },
      {
        en: ['Record your greeting when prompted.', 'Follow the prompts to record a greeting.'],
        zh: ['按提示录制问候语。', '根据语音提示录好问候语即可。'],
      },
    ],
    cause: null,
  }),
];
