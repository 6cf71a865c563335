"""The fixed ingredients of the demo community: names, groups, tags, member profiles and content."""

# --- names --------------------------------------------------------------------------------------------

SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
COMPOUND_SURNAMES = ("欧阳", "司马", "上官", "诸葛", "慕容")
# The rare characters (喆 堃 玥 珺 璟 镕) are on purpose: they break fonts and encodings that cover only GB2312.
GIVEN = (
    "喆堃玥珺璟镕淼昊梓涵欣怡子轩浩宇思雨佳琪晨悦诗婷嘉铭博文心可馨乐然一诺若曦瑾瑜萱彤钰妍俊杰伟芳娜敏静丽强磊洋艳勇军"
)
KIDS = ("乐乐", "豆豆", "糖糖", "果果", "朵朵", "多多", "米粒", "团团", "安安", "小宝", "贝贝", "甜甜", "睿睿", "悠悠")
NICKS = (
    "开心果",
    "小鱼儿",
    "向日葵",
    "柠檬不萌",
    "阳光明媚",
    "知足常乐",
    "静待花开",
    "快乐每一天",
    "岁月静好",
    "一米阳光",
    "追梦人",
    "风轻云淡",
    "奶茶三分糖",
    "吃货一枚",
    "早睡早起",
    "小确幸",
    "云朵",
    "橘子汽水",
)
LATIN = ("Amy", "Lily", "Cindy", "Grace", "Coco", "Vivian", "Jason", "Kevin", "Sunny", "Joyce", "Echo", "Tina")
EMOJI = ("🌸", "🌻", "🍀", "🐟", "🐱", "🌙", "⭐", "🍓", "🎈", "💕", "🌈", "🍊")
PHONE_PREFIXES = ("138", "139", "136", "135", "137", "150", "151", "158", "186", "187", "188", "177", "199")
SOURCES = ("门店扫码", "朋友推荐", "小红书", "抖音直播", "公众号", "老客户", "线下活动")
EXIT_REASONS = ("广告太多", "不再需要", "换了微信号", "被移出：发广告", "群消息太多")

GROUPS = (
    # name, type, stage, days since created, days since ended (None: still running)
    ("宝妈福利群1", "perks", "mature", 365, None),
    ("钻石VIP服务群", "vip", "mature", 300, None),
    ("新品体验引流群", "traffic", "growth", 200, None),
    ("双11快闪群", "flash", "churn", 60, 8),
    ("好物种草读书群", "seeding", "founding", 30, None),
)
GROUP_WEIGHTS = (0.38, 0.08, 0.32, 0.14, 0.08)

TAG_DIMENSIONS = (
    ("育儿阶段", "#4C72B0", ("备孕期", "孕期", "0-1岁", "1-3岁", "3-6岁", "6岁以上")),
    ("消费能力", "#DD8452", ("高消费", "中等消费", "价格敏感")),
    ("兴趣偏好", "#55A868", ("辅食营养", "早教启蒙", "绘本阅读", "亲子出游", "护肤美妆", "居家好物")),
    ("所在城市", "#8172B3", ("上海", "杭州", "成都", "广州", "北京", "武汉")),
)

# Member profiles: (key, share). Rates and windows are in ``_member_events``.
PROFILES = (
    ("active", 0.08),
    ("koc", 0.02),
    ("buyer", 0.10),
    ("shallow_churn", 0.12),
    ("deep_churn", 0.13),
    ("freebie", 0.10),
    ("lurker", 0.39),
    ("left", 0.06),
)

HOURS = (7, 8, 8, 9, 10, 12, 12, 13, 15, 17, 19, 20, 20, 20, 21, 21, 21, 22, 22, 23)

CONTENT = (
    # title, category, core, format
    ("宝宝辅食添加顺序全攻略", "brand", "knowledge", "image_text"),
    ("0-1岁睡眠小贴士：如何建立规律作息", "brand", "knowledge", "text"),
    ("绘本共读｜本周推荐《猜猜我有多爱你》", "brand", "knowledge", "image_text"),
    ("周三晚8点直播答疑：营养师在线", "promotion", "knowledge", "live"),
    ("每日打卡：今天你陪孩子读书了吗？", "brand", "emotion", "check_in_task"),
    ("宝妈故事分享：第一次带娃出游", "brand", "emotion", "text"),
    ("投票：下次团购你最想要什么？", "brand", "emotion", "poll"),
    ("限时秒杀：有机米粉第二件半价", "conversion", "conversion", "product_card"),
    ("爆款返场：婴儿湿巾囤货价", "conversion", "conversion", "product_card"),
    ("新品试用招募：10位体验官", "promotion", "conversion", "text"),
    ("双11预热：清单先收藏", "promotion", "conversion", "image_text"),
    ("会员日福利：积分翻倍", "promotion", "conversion", "text"),
    ("宝宝湿疹护理常见误区", "brand", "knowledge", "image_text"),
    ("早教游戏：5分钟亲子小游戏", "brand", "knowledge", "text"),
    ("晒单有礼：分享你的使用体验", "promotion", "emotion", "text"),
    ("群规提醒：禁止发广告", "brand", "knowledge", "text"),
    ("新人欢迎：我们是谁、能帮你什么、群规", "brand", "emotion", "text"),
    ("春季过敏高发，如何预防", "brand", "knowledge", "image_text"),
    ("周末亲子活动推荐", "brand", "emotion", "image_text"),
    ("热销榜：本月复购最多的五款", "conversion", "conversion", "product_card"),
    ("FAQ：奶粉怎么冲泡最科学", "brand", "knowledge", "text"),
    ("话术：客户问“有没有优惠”怎么答", "conversion", "conversion", "text"),
    ("晚安故事：小熊的月亮", "brand", "emotion", "text"),
    ("21天早起打卡挑战 第1天", "brand", "emotion", "check_in_task"),
    ("辅食食谱：南瓜小米粥", "brand", "knowledge", "image_text"),
    ("用户心声：钻石会员的一年", "brand", "emotion", "image_text"),
    ("618大促开团提醒", "promotion", "conversion", "text"),
    ("直播预告：育儿专家问答", "promotion", "knowledge", "live"),
    ("新品上架：有机果泥", "conversion", "conversion", "product_card"),
    ("感恩回馈：老客户专属券", "promotion", "conversion", "text"),
)

CONTENT_TAGS = ("新人", "宝妈", "高消费", "价格敏感", "0-1岁", "1-3岁", "绘本阅读", "辅食营养")

PRODUCTS = (
    # id, name, price, role (选品逻辑: 爆款引流, 热销稳定, 新品测试, 秒杀冲量)
    (1, "婴儿湿巾 80抽×10包", 49.9, "hit"),
    (2, "有机米粉 二段", 89.0, "bestseller"),
    (3, "益生菌滴剂", 159.0, "bestseller"),
    (4, "有机果泥 6袋装", 39.9, "new"),
    (5, "儿童绘本套装（10册）", 99.0, "new"),
    (6, "保温吸管杯", 29.9, "flash_sale"),
)

# The title library (no body) and the FAQ/话术 library (question and the standard answer).
TITLES_AND_FAQ = (
    ("3个信号告诉你：宝宝该加辅食了", ""),
    ("别再这样哄睡了！90%的宝妈都做错", ""),
    ("今晚8点，营养师在线答疑", ""),
    ("限时24小时｜老客户专属价", ""),
    ("一张图看懂0-3岁早教重点", ""),
    ("这个周末带娃去哪儿？", ""),
    ("宝妈亲测：这5样东西真的好用", ""),
    ("新品体验官招募，免费试用", ""),
    ("FAQ：什么时候发货？", "下单后48小时内发货，节假日顺延；偏远地区3-5天到。"),
    ("FAQ：怎么退换货？", "收货7天内未拆封可无理由退换，联系群主发退货地址。"),
    ("FAQ：积分怎么用？", "积分100抵1元，下单时直接抵扣；积分一年有效。"),
    ("FAQ：会员等级怎么升？", "累计消费满500元升黄金，满2000元升钻石，享专属福利。"),
    ("FAQ：优惠券在哪里领？", "群公告里有领券链接，每周三更新。"),
    ("话术：客户问“有没有优惠”", "亲，现在群内专属价已经是最低啦～本周三会员日还有积分翻倍哦！"),
    ("话术：客户嫌贵", "理解的～我们用的是有机原料，算下来每天不到一杯奶茶钱，宝宝吃得放心最重要。"),
    ("话术：催单提醒", "亲，您加购的商品库存不多了，今晚12点恢复原价，需要帮您留一份吗？"),
    ("话术：差评安抚", "非常抱歉给您带来不好的体验，我马上帮您处理，给您补发/退款，您看哪种更方便？"),
    ("话术：沉默客户唤醒", "好久不见～最近宝宝还好吗？给您留了一张老客户专属券，7天内有效。"),
    ("话术：邀请进VIP群", "您是我们的老朋友了，邀请您加入钻石VIP服务群，有专属客服和新品优先试用。"),
    ("话术：售后回访", "宝宝用得怎么样？有任何问题随时找我，也欢迎在群里分享使用体验～"),
)
# Campaigns that group calendar entries into one conversion funnel (触达 → 点击 → 加购 → 付款).
CAMPAIGNS = ("双11预热", "秋冬新品", "会员日")
