/**
 * The demo company's 25 support issues (Northwind Mobile: plans, devices, the app, billing, deliveries),
 * written for this project in English and Simplified Chinese. Rates are the planted truth the analysis
 * must find: high-friction issues escalate or come back often; `covered` issues have a seed article.
 */
export interface Bilingual<T> {
  en: T;
  zh: T;
}

export interface IssueTemplate {
  key: string;
  title: Bilingual<string>;
  /** Relative volume. */
  weight: number;
  /** Volume multiplier in the last 7 days (a rising issue is > 1). */
  trend: number;
  rates: { escalation: number; repeat: number; negative: number };
  covered: boolean;
  /** How customers first describe it. */
  open: Bilingual<string[]>;
  /** The resolution, in order; each step in a few agent wordings. */
  steps: Array<Bilingual<string[]>>;
  cause: Bilingual<string> | null;
}

const issue = (t: IssueTemplate): IssueTemplate => t;

export const ISSUES: readonly IssueTemplate[] = [
  issue({
    key: 'two_factor_code', title: { en: 'Two-factor code not received', zh: '收不到双重验证码' }, weight: 1.4, trend: 1.6,
    rates: { escalation: 0.45, repeat: 0.3, negative: 0.35 }, covered: false,
    open: {
      en: ["I never get the verification code when I try to log in to the app", "The 2FA text message isn't arriving, I'm locked out of my account", "Your app keeps asking for a security code but no SMS ever comes"],
      zh: ['登录 App 的时候一直收不到验证码', '双重验证的短信一直没来，我现在登不进账户了', 'App 一直让我输入安全验证码，可是根本没收到短信'],
    },
    steps: [
      { en: ['Check that the phone number on your profile is correct under Settings > Security.', 'Open Settings > Security and confirm the phone number listed there is yours.'], zh: ['请在“设置 > 安全”里确认绑定的手机号是否正确。', '打开“设置 > 安全”，核对一下绑定的手机号码。'] },
      { en: ['Turn airplane mode on and off so the phone re-registers on the network.', 'Toggle airplane mode for ten seconds, then switch it off again.'], zh: ['把飞行模式打开再关闭，让手机重新注册网络。', '开启飞行模式十秒钟，然后再关掉。'] },
      { en: ['Tap "Send code by voice call" on the verification screen.', 'Choose the voice call option on the code screen instead of SMS.'], zh: ['在验证页面点击“语音接听验证码”。', '在验证码页面改选“语音电话获取”。'] },
      { en: ['Wait 60 seconds before requesting a new code, because each new request cancels the previous one.', 'Request a new code only after a minute, since every new request invalidates the last one.'], zh: ['请等待 60 秒再重新获取，因为每次重新获取都会让上一个验证码失效。', '一分钟后再点重新发送，新的请求会让之前的验证码作废。'] },
    ],
    cause: { en: 'This happens because some carriers filter short-code messages after a SIM swap.', zh: '原因是部分运营商在换卡后会拦截短号码发送的短信。' },
  }),
  issue({
    key: 'parcel_missing', title: { en: 'Parcel marked delivered but missing', zh: '显示已签收但没收到包裹' }, weight: 1.2, trend: 1.2,
    rates: { escalation: 0.3, repeat: 0.45, negative: 0.4 }, covered: false,
    open: {
      en: ["Tracking says my new phone was delivered yesterday but there's nothing here", 'My order shows as delivered but I never received the parcel', "The courier marked my package delivered and it's not at my door"],
      zh: ['物流显示我的新手机昨天已经签收了，但我根本没收到', '订单显示已送达，可我一直没拿到包裹', '快递员标记已签收，门口什么都没有'],
    },
    steps: [
      { en: ['Check with neighbours and your building reception, as couriers often leave parcels there.', 'Ask your neighbours or the front desk first, because drivers sometimes leave it with them.'], zh: ['先问一下邻居或物业前台，快递员有时会放在那里。', '请先联系邻居和楼下前台，快递经常会被代收。'] },
      { en: ['Look for a delivery photo under Orders > Track parcel in the app.', 'Open Orders > Track parcel to see the photo the driver took at delivery.'], zh: ['在 App 的“订单 > 查看物流”里查看签收照片。', '打开“订单 > 查看物流”，可以看到快递员拍的签收照片。'] },
      { en: ["If it still hasn't turned up after 24 hours, file a missing parcel claim under Orders > Report a problem.", 'After 24 hours, open Orders > Report a problem and submit a missing parcel claim.'], zh: ['如果 24 小时后仍未找到，请在“订单 > 问题反馈”里提交丢件申请。', '24 小时后还没找到的话，在“订单 > 问题反馈”提交包裹丢失申请。'] },
    ],
    cause: null,
  }),
  issue({
    key: 'esim_activation', title: { en: 'eSIM activation fails', zh: 'eSIM 激活失败' }, weight: 1.1, trend: 1.0,
    rates: { escalation: 0.35, repeat: 0.2, negative: 0.25 }, covered: true,
    open: {
      en: ["My eSIM won't activate, it just says activation failed", "I scanned the eSIM QR code and it's stuck on activating", "Can't get the eSIM working on my new phone"],
      zh: ['我的 eSIM 激活不了，一直提示激活失败', '扫了 eSIM 二维码之后一直卡在“正在激活”', '新手机上的 eSIM 用不了'],
    },
    steps: [
      { en: ['Connect to Wi-Fi before you scan the QR code.', 'Make sure you are on Wi-Fi when you scan the code.'], zh: ['扫码前请先连接 Wi-Fi。', '请确保扫描二维码时手机已连上 Wi-Fi。'] },
      { en: ['Delete the failed eSIM profile under Settings > Mobile data.', 'Remove the half-installed eSIM in Settings > Mobile data.'], zh: ['在“设置 > 蜂窝网络”里删除激活失败的 eSIM。', '到“设置 > 蜂窝网络”把没装好的 eSIM 删掉。'] },
      { en: ['Generate a new QR code in the app under Plan > eSIM > Reissue.', 'Reissue the code from Plan > eSIM > Reissue in the app, because each code works only once.'], zh: ['在 App 的“套餐 > eSIM > 重新生成”里获取新的二维码。', '在 App 里进入“套餐 > eSIM > 重新生成”，每个二维码只能用一次。'] },
      { en: ['Restart the phone after the new profile installs.', 'Restart your phone once the new eSIM is added.'], zh: ['新的 eSIM 安装好后重启手机。', '添加成功后请重启一下手机。'] },
    ],
    cause: { en: 'Each eSIM QR code can only be used once, so a failed first attempt uses it up.', zh: '原因是每个 eSIM 二维码只能使用一次，第一次失败后就失效了。' },
  }),
  issue({
    key: 'bill_higher', title: { en: 'Bill higher than expected', zh: '账单金额比预期高' }, weight: 1.3, trend: 1.0,
    rates: { escalation: 0.15, repeat: 0.2, negative: 0.3 }, covered: true,
    open: {
      en: ['My bill this month is way higher than usual', 'Why am I being charged more than my plan price?', "This month's invoice is 20 pounds more than normal"],
      zh: ['这个月的账单比平时高了很多', '为什么扣费比我的套餐价格高？', '这个月的账单比平常多了二十块'],
    },
    steps: [
      { en: ['Open Billing > Invoice details to see the itemised charges.', 'Go to Billing > Invoice details for the line-by-line breakdown.'], zh: ['打开“账单 > 账单明细”查看逐项费用。', '进入“账单 > 账单明细”可以看到每一项收费。'] },
      { en: ['Check the Roaming and Extras sections for usage outside your plan.', 'Look at Roaming and Extras, where out-of-plan usage is listed.'], zh: ['查看“漫游”和“附加费用”两栏，看看有没有套餐外的使用。', '看一下“漫游”和“附加费用”，套餐外的消费都列在那里。'] },
      { en: ['Set a spending cap under Billing > Limits to avoid surprises.', 'Turn on a monthly spending cap in Billing > Limits.'], zh: ['在“账单 > 消费限额”里设置每月上限，避免意外扣费。', '可以在“账单 > 消费限额”开启每月消费上限。'] },
    ],
    cause: { en: 'The extra charge is usually a first partial month after a plan change, which is billed pro rata.', zh: '多出来的费用通常是更换套餐后按天折算的当月费用。' },
  }),
  issue({
    key: 'app_crash', title: { en: 'App crashes on startup', zh: 'App 启动就闪退' }, weight: 1.0, trend: 2.2,
    rates: { escalation: 0.3, repeat: 0.35, negative: 0.35 }, covered: false,
    open: {
      en: ['The app crashes as soon as I open it', 'Since the update the Northwind app closes straight away', 'App keeps crashing on the splash screen'],
      zh: ['App 一打开就闪退', '更新之后 Northwind App 打开就自动关闭', 'App 一直卡在启动页然后崩溃'],
    },
    steps: [
      { en: ['Update the app to the latest version from the app store.', 'Install the newest version from the App Store or Google Play.'], zh: ['请到应用商店把 App 更新到最新版本。', '在应用商店安装最新版本的 App。'] },
      { en: ['Clear the app cache under Settings > Apps > Northwind > Storage.', 'Go to Settings > Apps > Northwind > Storage and clear the cache.'], zh: ['在“设置 > 应用 > Northwind > 存储”里清除缓存。', '进入“设置 > 应用 > Northwind > 存储”，点“清除缓存”。'] },
      { en: ['Uninstall and reinstall the app, then sign in again.', 'Remove the app, reinstall it and log back in.'], zh: ['卸载后重新安装 App，再重新登录。', '把 App 删除重装，然后重新登录。'] },
    ],
    cause: { en: 'Version 5.3.0 had a bug with an old cached login token, which 5.3.1 fixes.', zh: '原因是 5.3.0 版本在读取旧的登录缓存时有缺陷，5.3.1 已修复。' },
  }),
  issue({
    key: 'password_reset_email', title: { en: 'Password reset email not arriving', zh: '收不到重置密码邮件' }, weight: 1.0, trend: 1.0,
    rates: { escalation: 0.12, repeat: 0.15, negative: 0.15 }, covered: true,
    open: {
      en: ["I asked for a password reset but the email never came", "The reset password link isn't showing up in my inbox", "No password reset email, tried three times"],
      zh: ['我申请了重置密码，但一直没收到邮件', '重置密码的链接一直没发到邮箱', '试了三次都收不到重置密码的邮件'],
    },
    steps: [
      { en: ['Check your spam or junk folder for a message from no-reply@northwind.example.', 'Look in the spam folder for an email from no-reply@northwind.example.'], zh: ['请查看垃圾邮件箱里有没有来自 no-reply@northwind.example 的邮件。', '看一下垃圾邮件文件夹，发件人是 no-reply@northwind.example。'] },
      { en: ['Make sure you enter the email address you signed up with.', 'Use the same email address you registered with.'], zh: ['确认输入的是注册时使用的邮箱地址。', '请使用注册账户时的邮箱。'] },
      { en: ['Use the link within 30 minutes, because it expires after that.', 'Open the link within half an hour, since it expires.'], zh: ['请在 30 分钟内点击链接，超时会失效。', '链接半小时后过期，请尽快使用。'] },
    ],
    cause: null,
  }),
  issue({
    key: 'refund_status', title: { en: 'Refund not received', zh: '退款迟迟未到账' }, weight: 1.1, trend: 1.0,
    rates: { escalation: 0.25, repeat: 0.4, negative: 0.3 }, covered: true,
    open: {
      en: ["Where is my refund? I returned the phone two weeks ago", "My refund still hasn't shown up on my card", "I was promised a refund and nothing has arrived"],
      zh: ['我的退款去哪了？手机两周前就退回去了', '退款到现在还没退到我的卡上', '说好的退款一直没到账'],
    },
    steps: [
      { en: ['Check the refund status under Orders > Returns.', 'Open Orders > Returns to see where the refund is.'], zh: ['在“订单 > 退货”里查看退款进度。', '打开“订单 > 退货”可以看到退款状态。'] },
      { en: ['Allow 5 to 7 working days after the status shows "Refund issued" for your bank to post it.', 'Once it says "Refund issued", your bank needs 5 to 7 working days.'], zh: ['状态显示“已退款”后，银行入账通常需要 5 到 7 个工作日。', '显示“已退款”之后，银行一般 5 到 7 个工作日到账。'] },
      { en: ['If it is past that, send us the refund reference so we can trace it with the bank.', 'After that, share the refund reference and we will trace it.'], zh: ['超过这个时间的话，请提供退款单号，我们会联系银行追查。', '如果超时了，把退款编号发给我们，我们去银行查询。'] },
    ],
    cause: null,
  }),
  issue({
    key: 'roaming', title: { en: 'Roaming not working abroad', zh: '出国后无法漫游' }, weight: 0.9, trend: 1.3,
    rates: { escalation: 0.3, repeat: 0.15, negative: 0.3 }, covered: false,
    open: {
      en: ["I just landed in Spain and my phone has no signal", "Roaming isn't working, no data since I arrived abroad", "Abroad for work and can't make calls or use data"],
      zh: ['我刚到西班牙，手机一点信号都没有', '出国后漫游用不了，没有数据网络', '在国外出差，打不了电话也上不了网'],
    },
    steps: [
      { en: ['Turn on Data roaming in Settings > Mobile data.', 'Enable Data roaming under Settings > Mobile data.'], zh: ['在“设置 > 蜂窝网络”里打开“数据漫游”。', '请到“设置 > 蜂窝网络”开启数据漫游。'] },
      { en: ['Check that roaming is enabled on your plan in the app under Plan > Add-ons.', 'Confirm the roaming add-on is active in the app under Plan > Add-ons.'], zh: ['在 App 的“套餐 > 增值服务”里确认已开通国际漫游。', '在 App“套餐 > 增值服务”里检查漫游服务是否开通。'] },
      { en: ['Select a network manually under Settings > Network operators.', 'Pick a local network manually in Settings > Network operators.'], zh: ['在“设置 > 运营商”里手动选择当地网络。', '到“设置 > 运营商”手动选一个当地运营商。'] },
    ],
    cause: { en: 'Roaming is off by default on new plans to prevent unexpected charges.', zh: '原因是新套餐默认关闭漫游，以免产生意外费用。' },
  }),
  issue({
    key: 'slow_data', title: { en: 'Mobile data is slow', zh: '手机上网速度慢' }, weight: 1.0, trend: 1.0,
    rates: { escalation: 0.15, repeat: 0.25, negative: 0.25 }, covered: false,
    open: {
      en: ['My mobile data has been really slow for days', '4G is crawling, pages barely load', 'Internet on my phone is super slow even with full bars'],
      zh: ['这几天手机流量特别慢', '4G 慢得要命，网页都打不开', '信号满格但是上网非常慢'],
    },
    steps: [
      { en: ['Check your remaining data in the app, because speeds drop after the allowance is used.', 'Look at Usage in the app, since speed is reduced once the allowance runs out.'], zh: ['在 App 里查看剩余流量，超出套餐后会限速。', '打开 App 的“用量”看一下，流量用完后会降速。'] },
      { en: ['Reset network settings under Settings > General > Reset.', 'Go to Settings > General > Reset and reset network settings.'], zh: ['在“设置 > 通用 > 还原”里还原网络设置。', '进入“设置 > 通用 > 还原”，选择还原网络设置。'] },
      { en: ['Switch the preferred network type to 4G/5G auto.', 'Set the network mode to 4G/5G automatic.'], zh: ['把首选网络类型改为 4G/5G 自动。', '网络模式请设置为 4G/5G 自动切换。'] },
    ],
    cause: null,
  }),
  issue({
    key: 'sim_not_detected', title: { en: 'SIM not detected after swap', zh: '换卡后提示无 SIM 卡' }, weight: 0.8, trend: 1.0,
    rates: { escalation: 0.25, repeat: 0.2, negative: 0.2 }, covered: false,
    open: {
      en: ['My phone says no SIM after I put in the new card', 'New SIM card not detected', 'Swapped to the Northwind SIM and it shows No SIM'],
      zh: ['换了新卡以后手机提示没有 SIM 卡', '新的 SIM 卡识别不了', '换成 Northwind 的卡之后显示“无 SIM 卡”'],
    },
    steps: [
      { en: ['Power the phone off, reseat the SIM with the gold contacts facing down, and power on.', 'Switch off, take the SIM out, put it back with the contacts down, then switch on.'], zh: ['关机后重新插一下 SIM 卡，金属触点朝下，然后开机。', '先关机，把卡取出来重新放好，触点朝下，再开机。'] },
      { en: ['Activate the SIM in the app under Plan > Activate SIM.', 'Make sure the SIM is activated in the app under Plan > Activate SIM.'], zh: ['在 App 的“套餐 > 激活 SIM 卡”里完成激活。', '请在 App“套餐 > 激活 SIM 卡”中确认已激活。'] },
      { en: ['Check that the phone is not locked to another network.', 'Confirm your phone is unlocked for other networks.'], zh: ['确认手机没有被其他运营商锁网。', '请确认手机没有网络锁。'] },
    ],
    cause: null,
  }),
  issue({
    key: 'duplicate_charge', title: { en: 'Charged twice', zh: '被重复扣费' }, weight: 0.8, trend: 1.0,
    rates: { escalation: 0.2, repeat: 0.2, negative: 0.3 }, covered: true,
    open: {
      en: ['I was charged twice for the same bill', "There are two identical payments on my bank statement", 'Double charge on my card this month'],
      zh: ['同一笔账单被扣了两次钱', '银行账单上有两笔一模一样的扣款', '这个月信用卡被重复扣费了'],
    },
    steps: [
      { en: ['Check whether the second payment shows as Pending in your banking app.', 'See if one of the two payments is marked Pending at your bank.'], zh: ['在银行 App 里看看第二笔是不是“处理中”状态。', '先看一下其中一笔是否显示为“待处理”。'] },
      { en: ['Pending duplicates drop off by themselves within 3 working days.', 'A pending duplicate is released automatically within 3 working days.'], zh: ['处于待处理的重复扣款会在 3 个工作日内自动撤销。', '待处理的那笔一般 3 个工作日内会自动退回。'] },
      { en: ['If both are posted, send us a screenshot and we refund the second one.', 'If both are final, share a statement screenshot and we refund one.'], zh: ['如果两笔都已入账，请发截图给我们，我们会退还其中一笔。', '两笔都扣款成功的话，把账单截图发过来，我们退一笔。'] },
    ],
    cause: null,
  }),
  issue({
    key: 'autopay_failed', title: { en: 'Autopay payment failed', zh: '自动扣款失败' }, weight: 0.7, trend: 1.0,
    rates: { escalation: 0.1, repeat: 0.15, negative: 0.15 }, covered: false,
    open: {
      en: ['I got an email saying my autopay failed', 'Automatic payment didn\'t go through this month', 'Why did my direct debit fail?'],
      zh: ['收到邮件说自动扣款失败了', '这个月自动缴费没有成功', '为什么我的自动扣费失败了？'],
    },
    steps: [
      { en: ['Update the card on file under Billing > Payment methods.', 'Go to Billing > Payment methods and update your card.'], zh: ['在“账单 > 支付方式”里更新绑定的银行卡。', '进入“账单 > 支付方式”，更换或更新银行卡信息。'] },
      { en: ['Pay the outstanding amount now with Billing > Pay now.', 'Settle the balance right away under Billing > Pay now.'], zh: ['在“账单 > 立即支付”里先补缴欠款。', '请通过“账单 > 立即支付”把欠费先交上。'] },
    ],
    cause: { en: 'It usually fails because the card on file has expired.', zh: '原因通常是绑定的银行卡已过期。' },
  }),
  issue({
    key: 'port_in', title: { en: 'Number transfer (port-in) delayed', zh: '携号转网迟迟未完成' }, weight: 0.6, trend: 1.0,
    rates: { escalation: 0.4, repeat: 0.35, negative: 0.3 }, covered: false,
    open: {
      en: ["I'm moving my number to Northwind and it's been three days", 'My number port still hasn\'t gone through', 'Transferring my old number is taking forever'],
      zh: ['我把号码转到 Northwind 已经三天了还没好', '携号转网一直没有完成', '转网转了好久还没转过来'],
    },
    steps: [
      { en: ['Check the port status in the app under Plan > Number transfer.', 'Open Plan > Number transfer in the app to see the status.'], zh: ['在 App 的“套餐 > 携号转网”查看办理进度。', '打开“套餐 > 携号转网”查看当前状态。'] },
      { en: ['Make sure the PAC code you gave us matches the one from your old provider.', 'Double-check that the transfer code matches the one your old provider sent.'], zh: ['确认提交的转网授权码与原运营商发的一致。', '请核对一下授权码是否和原运营商提供的相同。'] },
      { en: ['Keep the old SIM in the phone until the transfer completes.', 'Leave your old SIM in until the switch is done.'], zh: ['转网完成前请保留原来的 SIM 卡在手机里。', '办理完成前先不要取出旧卡。'] },
    ],
    cause: null,
  }),
  issue({
    key: 'wrong_item', title: { en: 'Wrong item received', zh: '收到的商品发错了' }, weight: 0.6, trend: 1.0,
    rates: { escalation: 0.15, repeat: 0.15, negative: 0.25 }, covered: false,
    open: {
      en: ['You sent me the wrong colour phone', 'I ordered a 256GB model and got 128GB', 'The case in the box is not what I ordered'],
      zh: ['你们发的手机颜色不对', '我买的是 256G，收到的是 128G', '盒子里的手机壳不是我下单的那款'],
    },
    steps: [
      { en: ['Start an exchange under Orders > Return or exchange and choose "Wrong item".', 'Open Orders > Return or exchange and pick "Wrong item".'], zh: ['在“订单 > 退换货”里发起换货，原因选择“发错商品”。', '进入“订单 > 退换货”，选择“商品发错”。'] },
      { en: ['Print the prepaid label we email you and drop the parcel at any post office.', 'Use the prepaid label from the email and take the box to a post office.'], zh: ['打印我们邮件里的预付运单，把包裹交到任意邮局即可。', '用邮件里的预付面单寄回，就近邮局都可以。'] },
    ],
    cause: null,
  }),
  issue({
    key: 'return_label', title: { en: 'Return label request', zh: '申请退货运单' }, weight: 0.7, trend: 1.0,
    rates: { escalation: 0.05, repeat: 0.08, negative: 0.08 }, covered: true,
    open: {
      en: ['How do I get a return label?', 'I want to return my headphones, where is the label?', 'Need a shipping label to send the phone back'],
      zh: ['怎么获取退货运单？', '我想退耳机，运单在哪里？', '需要一张寄回手机的快递单'],
    },
    steps: [
      { en: ['Go to Orders, select the item and tap Return.', 'Open Orders, pick the item and choose Return.'], zh: ['进入“订单”，选择商品后点击“退货”。', '打开“订单”，选中商品，点“退货”。'] },
      { en: ['Download the label from the confirmation email and attach it to the box.', 'Print the label from the confirmation email and stick it on the parcel.'], zh: ['在确认邮件里下载运单并贴在包裹上。', '从确认邮件下载打印运单，贴到箱子上。'] },
    ],
    cause: null,
  }),
  issue({
    key: 'login_loop', title: { en: 'App login loop', zh: 'App 登录后又跳回登录页' }, weight: 0.8, trend: 1.0,
    rates: { escalation: 0.2, repeat: 0.25, negative: 0.25 }, covered: false,
    open: {
      en: ['I log in and the app sends me straight back to the login screen', 'Stuck in a login loop in the app', 'After I sign in it just asks me to sign in again'],
      zh: ['我登录之后 App 又直接跳回登录页面', 'App 一直循环让我登录', '登录成功后马上又让我重新登录'],
    },
    steps: [
      { en: ['Make sure the date and time on your phone are set automatically.', 'Set the phone clock to update automatically in Settings > Date & time.'], zh: ['请确认手机的日期和时间设置为自动。', '在“设置 > 日期与时间”开启自动设置。'] },
      { en: ['Log out on all devices from the website under Account > Security.', 'Sign out of every device on the website in Account > Security.'], zh: ['在官网“账户 > 安全”里退出所有设备的登录。', '到网站的“账户 > 安全”里选择从所有设备退出。'] },
      { en: ['Clear the app data and sign in again.', 'Clear the app storage and log back in.'], zh: ['清除 App 数据后重新登录。', '清空 App 存储数据，再登录一次。'] },
    ],
    cause: { en: 'A wrong phone clock makes the login token look expired.', zh: '原因是手机时间不准确，导致登录凭证被判定为过期。' },
  }),
  issue({
    key: 'voicemail_setup', title: { en: 'Setting up voicemail', zh: '如何设置语音信箱' }, weight: 0.5, trend: 1.0,
    rates: { escalation: 0.04, repeat: 0.06, negative: 0.05 }, covered: true,
    open: {
      en: ['How do I set up my voicemail?', 'Voicemail asks for a PIN I never set', 'Can you help me turn on voicemail'],
      zh: ['语音信箱怎么设置？', '语音信箱要我输入密码，可我从没设置过', '能帮我开通语音信箱吗'],
    },
    steps: [
      { en: ['Dial 121 from your Northwind phone.', 'Call 121 from your phone.'], zh: ['用 Northwind 手机拨打 121。', '请用本机拨打 121。'] },
      { en: ['Enter the default PIN, which is the last four digits of your number, and choose a new one.', 'Use the last four digits of your number as the first PIN, then set your own.'], zh: ['初始密码是手机号后四位，输入后设置新密码。', '先用号码后四位作为初始密码，再改成自己的密码。'] },
      { en: ['Record your greeting when prompted.', 'Follow the prompts to record a greeting.'], zh: ['按提示录制问候语。', '根据语音提示录好问候语即可。'] },
    ],
    cause: null,
  }),
  issue({
    key: 'plan_upgrade', title: { en: 'Upgrading the plan', zh: '升级套餐' }, weight: 0.7, trend: 1.0,
    rates: { escalation: 0.05, repeat: 0.05, negative: 0.06 }, covered: true,
    open: {
      en: ['I want more data, how do I upgrade my plan?', 'Can I move to the unlimited plan?', 'How do I change to a bigger plan'],
      zh: ['我想要更多流量，怎么升级套餐？', '可以换成无限流量套餐吗？', '怎么换一个更大的套餐'],
    },
    steps: [
      { en: ['Open Plan > Change plan in the app and pick the new plan.', 'In the app, go to Plan > Change plan and choose the one you want.'], zh: ['在 App 的“套餐 > 变更套餐”里选择新套餐。', '进入 App“套餐 > 变更套餐”，选好想要的套餐。'] },
      { en: ['Choose "Start today" to get the new allowance straight away.', 'Pick "Start today" so the extra data is available immediately.'], zh: ['选择“立即生效”，新流量马上就能用。', '生效时间选“今天”，就可以立刻使用新套餐。'] },
    ],
    cause: null,
  }),
  issue({
    key: 'early_termination', title: { en: 'Cancelling and early termination fee', zh: '提前解约费用' }, weight: 0.7, trend: 1.0,
    rates: { escalation: 0.35, repeat: 0.2, negative: 0.45 }, covered: false,
    open: {
      en: ['I want to cancel my contract, what will it cost?', 'Why do I have to pay a fee to leave early?', 'How much is the early termination fee'],
      zh: ['我想解约，要付多少钱？', '为什么提前解约还要交违约金？', '提前解除合约要收多少费用'],
    },
    steps: [
      { en: ['See your exact fee under Plan > Contract > End contract in the app.', 'Open Plan > Contract > End contract to see the exact amount.'], zh: ['在 App 的“套餐 > 合约 > 解除合约”里可以查看准确费用。', '打开“套餐 > 合约 > 解除合约”查看具体金额。'] },
      { en: ['The fee is the remaining monthly payments for the device, not the airtime.', 'You only pay off the rest of the device instalments, not the plan.'], zh: ['费用只包括剩余的手机分期款，不包括话费套餐。', '只需结清手机剩余分期，套餐费不用补。'] },
      { en: ['Give 30 days notice through the same screen.', 'Submit your 30-day notice on that screen.'], zh: ['在同一页面提交 30 天的解约通知。', '在该页面提前 30 天提交解约申请。'] },
    ],
    cause: null,
  }),
  issue({
    key: 'trade_in', title: { en: 'Trade-in value lower than quoted', zh: '以旧换新估价低于报价' }, weight: 0.5, trend: 1.0,
    rates: { escalation: 0.3, repeat: 0.2, negative: 0.4 }, covered: false,
    open: {
      en: ['You offered me much less for my trade-in than the quote', 'My trade-in was revalued lower, why?', 'The trade-in credit is not what I was promised'],
      zh: ['以旧换新给我的价格比报价低很多', '我的旧机被重新估价变低了，为什么？', '以旧换新的抵扣金额和当初说的不一样'],
    },
    steps: [
      { en: ['Check the inspection report under Orders > Trade-in.', 'Open Orders > Trade-in to read the inspection report.'], zh: ['在“订单 > 以旧换新”里查看检测报告。', '打开“订单 > 以旧换新”可以看到质检报告。'] },
      { en: ['If you disagree, tap "Return my device" within 14 days to get the phone back free.', 'You can choose "Return my device" within 14 days and we ship it back at no cost.'], zh: ['如果不认可估价，可以在 14 天内点击“退回设备”，免费寄回。', '不接受的话，14 天内选择“退回设备”，运费由我们承担。'] },
    ],
    cause: { en: 'The value drops when the inspection finds screen damage or Find My left switched on.', zh: '原因是检测时发现屏幕损伤或者“查找手机”功能没有关闭。' },
  }),
  issue({
    key: 'screen_repair', title: { en: 'Booking a screen repair', zh: '预约屏幕维修' }, weight: 0.6, trend: 1.0,
    rates: { escalation: 0.08, repeat: 0.1, negative: 0.1 }, covered: true,
    open: {
      en: ['I cracked my screen, how do I book a repair?', 'Need my screen fixed', 'Where can I get my broken screen replaced'],
      zh: ['我的屏幕摔裂了，怎么预约维修？', '需要修一下屏幕', '屏幕碎了去哪里换'],
    },
    steps: [
      { en: ['Book a slot under Support > Repairs in the app.', 'Use Support > Repairs in the app to pick a time.'], zh: ['在 App 的“服务 > 维修”里预约时间。', '进入“服务 > 维修”选择一个时间段。'] },
      { en: ['Back up your phone and turn off Find My before the appointment.', 'Before you go, back up and switch off Find My.'], zh: ['维修前请备份数据并关闭“查找手机”。', '去之前先备份手机，并关掉“查找手机”功能。'] },
    ],
    cause: null,
  }),
  issue({
    key: 'warranty_claim', title: { en: 'Warranty claim for a faulty phone', zh: '手机故障保修申请' }, weight: 0.6, trend: 1.0,
    rates: { escalation: 0.3, repeat: 0.3, negative: 0.35 }, covered: false,
    open: {
      en: ['My phone stopped charging after two months, is it under warranty?', 'The battery drains in a few hours on my new phone', 'Faulty phone, I want a warranty replacement'],
      zh: ['手机用了两个月就充不进电了，在保修期内吗？', '新手机几个小时电就没了', '手机有故障，想申请保修换新'],
    },
    steps: [
      { en: ['Run the diagnostics under Support > Device check in the app.', 'Open Support > Device check and run the test.'], zh: ['在 App 的“服务 > 设备检测”里运行检测。', '打开“服务 > 设备检测”做一次检测。'] },
      { en: ['Start a warranty claim from the results page and choose courier pickup.', 'From the results, start a claim and pick a courier collection.'], zh: ['在检测结果页发起保修申请，选择快递上门取件。', '从结果页提交保修，选择上门取件。'] },
      { en: ['We send a replacement within 5 working days of receiving the phone.', 'A replacement ships within 5 working days after we receive it.'], zh: ['收到手机后 5 个工作日内寄出换新机。', '我们收到后 5 个工作日内发出替换机。'] },
    ],
    cause: null,
  }),
  issue({
    key: 'intl_rates', title: { en: 'International calling rates', zh: '国际长途资费' }, weight: 0.5, trend: 1.0,
    rates: { escalation: 0.04, repeat: 0.05, negative: 0.06 }, covered: true,
    open: {
      en: ['How much does it cost to call India?', 'What are your international call rates?', 'Is calling the US included in my plan?'],
      zh: ['打电话到美国多少钱？', '国际长途怎么收费？', '我的套餐包含打国际电话吗？'],
    },
    steps: [
      { en: ['See the rate for each country under Plan > International in the app.', 'Check Plan > International in the app for per-country prices.'], zh: ['在 App 的“套餐 > 国际业务”里查看各国资费。', '打开“套餐 > 国际业务”可以查到每个国家的价格。'] },
      { en: ['Add the World Calling bundle for cheaper minutes.', 'The World Calling add-on makes those minutes cheaper.'], zh: ['可以加订“国际通话包”，分钟单价更低。', '开通“国际通话包”会更划算。'] },
    ],
    cause: null,
  }),
  issue({
    key: 'order_delayed', title: { en: 'Order delivery delayed', zh: '订单发货延迟' }, weight: 0.9, trend: 1.4,
    rates: { escalation: 0.15, repeat: 0.35, negative: 0.3 }, covered: false,
    open: {
      en: ['My order was supposed to arrive yesterday', "It's been a week and my phone hasn't shipped", 'Delivery date keeps moving, where is my order?'],
      zh: ['我的订单昨天就该到了', '下单一周了手机还没发货', '送货日期一直在往后推，我的订单呢？'],
    },
    steps: [
      { en: ['Check the latest estimate under Orders > Track parcel.', 'Open Orders > Track parcel for the current delivery estimate.'], zh: ['在“订单 > 查看物流”里查看最新预计送达时间。', '打开“订单 > 查看物流”看最新的送达预估。'] },
      { en: ['Turn on delivery notifications so you get the courier\'s time slot.', 'Enable delivery alerts to receive the courier time window.'], zh: ['开启配送通知，就能收到快递员的送达时段。', '打开物流提醒，会推送派送时间段。'] },
    ],
    cause: { en: 'New phone launches are shipped in waves, so some orders wait for the next batch.', zh: '原因是新机分批发货，部分订单需要等下一批到货。' },
  }),
  issue({
    key: 'payment_method', title: { en: 'Updating the payment method', zh: '更换支付方式' }, weight: 0.5, trend: 1.0,
    rates: { escalation: 0.03, repeat: 0.05, negative: 0.04 }, covered: false,
    open: {
      en: ['How do I change the card I pay with?', 'I got a new bank card, how do I update it?', 'Want to pay by PayPal instead of card'],
      zh: ['怎么更换扣费的银行卡？', '我换了新银行卡，怎么更新？', '想改用支付宝付款'],
    },
    steps: [
      { en: ['Go to Billing > Payment methods and tap Add.', 'Open Billing > Payment methods and add the new one.'], zh: ['进入“账单 > 支付方式”，点击“添加”。', '打开“账单 > 支付方式”，添加新的付款方式。'] },
      { en: ['Set the new method as default and remove the old card.', 'Make it the default and delete the old card.'], zh: ['把新方式设为默认，并删除旧卡。', '将新的设为默认，再把旧卡删掉。'] },
    ],
    cause: null,
  }),
];
