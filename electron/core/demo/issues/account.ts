import { defineIssue } from './types';

/** Signing in and the Northwind app. */
const issue = defineIssue('account');

export const ACCOUNT_ISSUES = [
  issue({
    key: 'two_factor_code',
    title: { en: 'Two-factor code not received', zh: '收不到双重验证码' },
    weight: 1.4,
    trend: 2.2,
    rates: { escalation: 0.45, repeat: 0.3, negative: 0.35 },
    covered: false,
    open: {
      en: [
        'I never get the verification code when I try to log in to the app',
        "The 2FA text message isn't arriving, I'm locked out of my account",
        'Your app keeps asking for a security code but no SMS ever comes',
      ],
      zh: [
        '登录 App 的时候一直收不到验证码',
        '双重验证的短信一直没来，我现在登不进账户了',
        'App 一直让我输入安全验证码，可是根本没收到短信',
      ],
    },
    steps: [
      {
        en: [
          'Check that the phone number on your profile is correct under Settings > Security.',
          'Open Settings > Security and confirm the phone number listed there is yours.',
        ],
        zh: [
          '请在“设置 > 安全”里确认绑定的手机号是否正确。',
          '打开“设置 > 安全”，核对一下绑定的手机号码。',
        ],
      },
      {
        en: [
          'Turn airplane mode on and off so the phone re-registers on the network.',
          'Toggle airplane mode for ten seconds, then switch it off again.',
        ],
        zh: ['把飞行模式打开再关闭，让手机重新注册网络。', '开启飞行模式十秒钟，然后再关掉。'],
      },
      {
        en: [
          'Tap "Send code by voice call" on the verification screen.',
          'Choose the voice call option on the code screen instead of SMS.',
        ],
        zh: ['在验证页面点击“语音接听验证码”。', '在验证码页面改选“语音电话获取”。'],
      },
      {
        en: [
          'Wait 60 seconds before requesting a new code, because each new request cancels the previous one.',
          'Request a new code only after a minute, since every new request invalidates the last one.',
        ],
        zh: [
          '请等待 60 秒再重新获取，因为每次重新获取都会让上一个验证码失效。',
          '一分钟后再点重新发送，新的请求会让之前的验证码作废。',
        ],
      },
    ],
    cause: {
      en: 'This happens because some carriers filter short-code messages after a SIM swap.',
      zh: '原因是部分运营商在换卡后会拦截短号码发送的短信。',
    },
  }),
  issue({
    key: 'app_crash',
    title: { en: 'App crashes on startup', zh: 'App 启动就闪退' },
    weight: 1.0,
    trend: 2.8,
    rates: { escalation: 0.3, repeat: 0.35, negative: 0.35 },
    covered: false,
    open: {
      en: [
        'The app crashes as soon as I open it',
        'Since the update the Northwind app closes straight away',
        'App keeps crashing on the splash screen',
      ],
      zh: [
        'App 一打开就闪退',
        '更新之后 Northwind App 打开就自动关闭',
        'App 一直卡在启动页然后崩溃',
      ],
    },
    steps: [
      {
        en: [
          'Update the app to the latest version from the app store.',
          'Install the newest version from the App Store or Google Play.',
        ],
        zh: ['请到应用商店把 App 更新到最新版本。', '在应用商店安装最新版本的 App。'],
      },
      {
        en: [
          'Clear the app cache under Settings > Apps > Northwind > Storage.',
          'Go to Settings > Apps > Northwind > Storage and clear the cache.',
        ],
        zh: [
          '在“设置 > 应用 > Northwind > 存储”里清除缓存。',
          '进入“设置 > 应用 > Northwind > 存储”，点“清除缓存”。',
        ],
      },
      {
        en: [
          'Uninstall and reinstall the app, then sign in again.',
          'Remove the app, reinstall it and log back in.',
        ],
        zh: ['卸载后重新安装 App，再重新登录。', '把 App 删除重装，然后重新登录。'],
      },
    ],
    cause: {
      en: 'Version 5.3.0 had a bug with an old cached login token, which 5.3.1 fixes.',
      zh: '原因是 5.3.0 版本在读取旧的登录缓存时有缺陷，5.3.1 已修复。',
    },
  }),
  issue({
    key: 'password_reset_email',
    title: { en: 'Password reset email not arriving', zh: '收不到重置密码邮件' },
    weight: 1.0,
    trend: 1.0,
    rates: { escalation: 0.12, repeat: 0.15, negative: 0.15 },
    covered: true,
    open: {
      en: [
        'I asked for a password reset but the email never came',
        "The reset password link isn't showing up in my inbox",
        'No password reset email, tried three times',
      ],
      zh: [
        '我申请了重置密码，但一直没收到邮件',
        '重置密码的链接一直没发到邮箱',
        '试了三次都收不到重置密码的邮件',
      ],
    },
    steps: [
      {
        en: [
          'Check your spam or junk folder for a message from no-reply@northwind.example.',
          'Look in the spam folder for an email from no-reply@northwind.example.',
        ],
        zh: [
          '请查看垃圾邮件箱里有没有来自 no-reply@northwind.example 的邮件。',
          '看一下垃圾邮件文件夹，发件人是 no-reply@northwind.example。',
        ],
      },
      {
        en: [
          'Make sure you enter the email address you signed up with.',
          'Use the same email address you registered with.',
        ],
        zh: ['确认输入的是注册时使用的邮箱地址。', '请使用注册账户时的邮箱。'],
      },
      {
        en: [
          'Use the link within 30 minutes, because it expires after that.',
          'Open the link within half an hour, since it expires.',
        ],
        zh: ['请在 30 分钟内点击链接，超时会失效。', '链接半小时后过期，请尽快使用。'],
      },
    ],
    cause: null,
  }),
  issue({
    key: 'login_loop',
    title: { en: 'App login loop', zh: 'App 登录后又跳回登录页' },
    weight: 0.8,
    trend: 1.0,
    rates: { escalation: 0.2, repeat: 0.25, negative: 0.25 },
    covered: false,
    open: {
      en: [
        'I log in and the app sends me straight back to the login screen',
        'Stuck in a login loop in the app',
        'After I sign in it just asks me to sign in again',
      ],
      zh: [
        '我登录之后 App 又直接跳回登录页面',
        'App 一直循环让我登录',
        '登录成功后马上又让我重新登录',
      ],
    },
    steps: [
      {
        en: [
          'Make sure the date and time on your phone are set automatically.',
          'Set the phone clock to update automatically in Settings > Date & time.',
        ],
        zh: ['请确认手机的日期和时间设置为自动。', '在“设置 > 日期与时间”开启自动设置。'],
      },
      {
        en: [
          'Log out on all devices from the website under Account > Security.',
          'Sign out of every device on the website in Account > Security.',
        ],
        zh: [
          '在官网“账户 > 安全”里退出所有设备的登录。',
          '到网站的“账户 > 安全”里选择从所有设备退出。',
        ],
      },
      {
        en: ['Clear the app data and sign in again.', 'Clear the app storage and log back in.'],
        zh: ['清除 App 数据后重新登录。', '清空 App 存储数据，再登录一次。'],
      },
    ],
    cause: {
      en: 'A wrong phone clock makes the login token look expired.',
      zh: '原因是手机时间不准确，导致登录凭证被判定为过期。',
    },
  }),
];
