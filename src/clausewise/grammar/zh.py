"""Chinese: the words of resolutions as the UN's Chinese versions write them.

Chinese does not inflect: "回顾" opens a preambular paragraph ("Recalling") and an operative
one ("Recalls") alike, so the place decides the kind. Adverbs go before the verb ("又回顾",
"还决定", "再次重申"), and manner too ("满意地注意到", "深为关切地注意到"). There are no
spaces: the engine reads the grammar's own words by longest match from the left.
"""

from __future__ import annotations

CODE = "zh"
NAME = "中文"
CHARS = True

VERBS = """
"""

# lemma: forms (both parts)
ANY = """
recall: 回顾 忆及 回顾了
reaffirm: 重申 再次申明 再次确认 再度重申 重新确认
reiterate: 再次表示 重申其 重申承诺
affirm: 申明 确认 肯定
recognize: 确认 认识到 承认 认为 意识到 深知 考虑到 铭记 认识
acknowledge: 确认 承认 认可
note: 注意到 指出 察悉 欣见 表示注意到
take: 表示注意到 注意到 考虑到 顾及
welcome: 欢迎 赞赏 乐见 欣迎 欣见
express: 表示 表达
concerned: 关切 严重关切 深感关切 深为关切 关注 担忧 感到关切 深表关切 震惊 痛惜
convinced: 深信 确信 相信
mindful: 念及 铭记 意识到 认识到 考虑到
guide: 遵循 依循 本着 秉承 以…为指导 根据
request: 请 要求 吁请 请求
call: 吁请 呼吁 促请 号召
urge: 敦促 促请 强烈敦促 紧急呼吁
invite: 邀请 请
encourage: 鼓励 倡导 激励
decide: 决定 议决
stress: 强调 着重指出 强调指出 着重强调 特别强调
emphasize: 强调 着重指出 强调指出
underline: 强调 着重指出 重点指出
highlight: 突出强调 重点指出 指出
condemn: 谴责 强烈谴责 严厉谴责 坚决谴责
deplore: 痛惜 深表遗憾 谴责
regret: 遗憾 表示遗憾
endorse: 认可 赞同 核可 支持
approve: 核准 批准 通过 同意
adopt: 通过 采纳
authorize: 授权
commend: 赞扬 称赞 表扬 赞赏
appreciate: 赞赏 感谢 表示赞赏 表示感谢
thank: 感谢 谢谢
support: 支持 赞成 拥护
consider: 审议了 审议 审查了 审查 考虑了 认为 研究了 审阅了
examine: 审查了 审议了
decide: 决定
declare: 宣布 宣告 宣示 宣称
proclaim: 宣布 宣告
demand: 要求
recommend: 建议 推荐
appropriate: 批款 核定 分摊
allocate: 分配 拨款
commit: 承诺 致力于 决心
determined: 决心 决意 下定决心
reject: 拒绝 反对 否决
appeal: 呼吁
hope: 希望 期望 期待
look: 期待 期望
continue: 继续
agree: 同意 商定
propose: 提议
bear: 铭记 牢记 考虑到
seek: 寻求 力求
convinced: 坚信
note: 知悉 提请注意 感到遗憾的是 感到震惊的是
recall: 提及
draw: 提请
decide: 正式决定
consider: 倾听了 深入审议了
respect: 尊重
"""

PRE = """
又 还 并 也 再次 进一步 亦 同时 最后 尤其 特别 另外 此外 而且 再度 也还 并且
一再 坚决 强烈 深切 严重 严正 衷心 诚挚 热烈 高度 充分 大力 深为 深表 极为 十分 非常
又再次 还再次 又进一步 在这方面 在这方面， 为此 同样 仍 适当 最强烈地 毫无保留地 依然
紧急 因此 因此又 因此还 就此 与此同时
"""
POST = """
指出 到 了
"""

# "满意地注意到" (notes with satisfaction): a manner adverb in -地 before the verb
MANNER = """
满意地 赞赏地 关切地 深为关切地 严重关切地 极为关切地 深切关切地 深表关切地 感兴趣地 遗憾地
感激地 感谢地 欣慰地 高兴地 忧虑地 担忧地 震惊地 惊恐地 不安地 日益关切地 极其关切地 严重关注地
深感关切地 十分关切地 非常关切地 再次关切地 关注地 赞许地 欢迎地 痛心地 深感遗憾地 深为震惊地
"""

FORMULAS = {
    "GA": "大会",
    "HRC": "人权理事会",
    "SC": "安全理事会",
    "ECOSOC": "经济及社会理事会",
}
BODIES = {
    "大会": "GA",
    "人权理事会": "HRC",
    "安全理事会": "SC",
    "经济及社会理事会": "ECOSOC",
}
FORMULA_END = "[，,]"
MONTHS = "1 2 3 4 5 6 7 8 9 10 11 12"
DATE = r"(?P<y>\d{4})\s*年\s*(?P<m>1[0-2]|[1-9])\s*月\s*(?P<d>\d{1,2})\s*日"

_DIGITS = "一二三四五六七八九"


def ordinal(words: str) -> int | None:
    """ "七十五" -> 75, "五十四" -> 54, "十" -> 10 (as in "第七十五届会议")."""
    w = words.strip().removeprefix("第")
    if not w:
        return None
    if "十" not in w:
        return _DIGITS.index(w) + 1 if w in _DIGITS else None
    tens, _, units = w.partition("十")
    t = (_DIGITS.index(tens) + 1) if tens in _DIGITS else (1 if not tens else None)
    u = (_DIGITS.index(units) + 1) if units in _DIGITS else (0 if not units else None)
    return None if t is None or u is None else 10 * t + u


SESSION = r"第(?P<ord>[一二三四五六七八九十]+)届(?:特别|紧急特别)?会议"
MEETING = r"第(?P<n>\d{1,4})次(?:全体)?会议"
ADOPTED = r"(?P<date>\d{4}年\d{1,2}月\d{1,2}日)(?P<body>.+?)决议$"
AGENDA = r"议程项目\s*(?P<items>.+)$"
DISTRIBUTION = {"general": "General", "limited": "Limited", "restricted": "Restricted"}
ORIGIN = r"^\[\s*根据(?P<by>.+?)的报告\s*[(（](?P<syms>.+)[)）]\s*(?:通过)?\s*\]$"
COMMITTEES = {
    "第一委员会": "First Committee",
    "第二委员会": "Second Committee",
    "第三委员会": "Third Committee",
    "第四委员会": "Fourth Committee",
    "第五委员会": "Fifth Committee",
    "第六委员会": "Sixth Committee",
    "特别政治和非殖民化委员会": "Special Political and Decolonization Committee",
}
ANNEX = r"^附件[一二三四五六七八九十]*$"
DRAFT = r"决议草案|决定草案"

# -- mandates read as clauses (clausewise.enrich.mandates_clauses) ------------------------------
# where another operative verb may begin mid-sentence: "，并请", "；鼓励", "，同时敦促"
CLAUSE_GAP = (
    r"[，；,;：:]\s*"
    # (a "therefore" or "in this regard" before the verb: "，因此请特别委员会", "，并在此方面鼓励
    # 秘书长", "，因此又请")
    r"(?:并?(?:因此|为此|所以|在此方面|在这方面)(?:又|还|也)?)?"
    # (and between two verbs of one object with no comma: "欢迎并鼓励媒体", "确认并鼓励联合国特派团
    # 与...", "欢迎并继续鼓励两个组织")
    r"|(?<=欢迎|确认|支持|赞扬|赞赏)(?:并|和)"
)
# the body's session ("大会第七十六届会议", "理事会第五十七届会议", "其第七十六届会议")
DUE = r"第(?P<ord>[一二三四五六七八九十]+)届(?:会议|常会)"
REPORT = r"报告|通报|介绍"
REMAIN_SEIZED = r"^\s*(?:继续(?:积极)?处理(?:此事|这一事项|该事项|此案|这一问题)|继续积极审理此案)"
CONTINUE = (
    r"^\s*(?:[^，；。]{0,60}继续(?:审议|审查|研究)(?:此事|这一事项|该事项|这一问题|这个问题|该问题|此问题|本项目)|"
    # "在大会第七十六届会议上继续审议这个问题"
    r"[^，；。]{0,40}届会议上?继续(?:审议|审查)|"
    r"[^，；。]{0,40}临时议程[^，；。]{0,120}列入|将[^，；。]{0,120}列入[^，；。]{0,40}临时议程|"
    r"[^，；。]{0,30}第[一二三四五六七八九十]+届会议上?审议)"
)
# (not a set-off: "决定...从...摊款中减除" is left for the States to apply, as English "there shall be
# set off" is)
SELF_EXECUTING = (
    r"^\s*(?![^；。]*(?:减除|贷记))(?:(?:不核准|不批准|核准|批准|注意到|表示注意到|欢迎|宣布|宣告|指定|通过|表示|感谢|重申|确认|接受|选举|给予|核可|赞同|"
    r"认可|支持|修正|修订)|[^；。]{0,200}(?:分摊|批款|拨给|定为|订为|指定为|，宣布))"
)
# an ask that names no one: the verb goes straight on with what is to be done ("鼓励进一步
# 合作", "呼吁加强合作", "敦促继续努力")
NO_ONE = (
    r"^\s*(?:在这方面|为此|同时)?(?:继续|进一步|加强|扩大|深化|推动|促进|开展|努力|作出|采取|确保|立即|尽快|"
    r"全面|充分|在|为|通过|提供|增加|改善|建立|制定|实施|执行|落实|考虑|探讨|更多|更加|更好|"
    r"大力|积极|切实|持续|迅速|早日|及早|广泛|加快|增强|重视|支持|利用|使用|准许|停止|结束|"
    r"一切|所有努力|各种努力|将|适当|需要|收集|运用|设立|恢复|提高|采用|依照|按照|根据|尊重|召开|举行|以适当|"
    # (more verbs and manners: "呼吁弥合性别差距", "鼓励改进营销", "鼓励尽可能派", "鼓励酌情协助",
    # "敦促有效执行", "呼吁以统筹方式对待", "鼓励并促进妇女创业")
    r"弥合|防止|改进|尽可能|开发(?!署|计划署)|酌情|有效|振兴|发展(?!中|伙伴|行为体|系统|合作伙伴|协调)|诉诸|最后确定|探索|"
    r"有针对性|以(?!色列)|派|并(?:促进|确认|支持)|巩固|"
    # ("呼吁缔结一项国际法律文书", "呼吁审查核理论", "呼吁加大支持力度", "呼吁紧急遵守", "呼吁单边、
    # 双边或多边采取", "鼓励查明歧视的根源", "尽早完成批准程序": what is to be done, by no one named)
    # (not the names that open so: "紧急救济协调员", "推进人道主义和发展协作联合指导委员会")
    r"缔结|审查(?!会议)|加大|紧急(?!救济)|单边|保护|追究|认真|查明|推进(?![^，；。]{0,20}委员会)|尽早|"
    r"适用|"
    # ("邀请各方向该部队自愿捐助现金": English "Invites voluntary contributions to the Force",
    # contributions from whoever gives, not a party named)
    r"各方向[^，；。]{0,20}自愿捐|"
    # ("呼吁对联合国三个主要机构进行改革", "呼吁对儿童早期教育进行投资": of a thing, done by no one named)
    r"对[^，；。]{0,40}(?:进行|予以|加以)|"
    # (levels and regions, not actors: "鼓励地方、国家、区域和国际各级加强...对话", English "encourages
    # the initiatives at the local, national ... levels"; "鼓励世界不同区域...建立新的无核武器区")
    r"(?:地方|国家|区域|国际|、|和)+各级(?!政府)|世界不同区域)"
)
MANDATE_ACTORS = r"""
秘书长 = Secretary-General | secretariat
联合国人权事务高级专员办事处 = Office of the United Nations High Commissioner for Human Rights | secretariat
人权高专办 = Office of the United Nations High Commissioner for Human Rights | secretariat
联合国人权事务高级专员 = United Nations High Commissioner for Human Rights | secretariat
高级专员办事处 = Office of the United Nations High Commissioner for Human Rights | secretariat
高级专员 = United Nations High Commissioner for Human Rights | secretariat
秘书处 = Secretariat | secretariat
大会主席 = President of the General Assembly | presiding_officer
人权理事会主席 = President of the Human Rights Council | presiding_officer
理事会主席 = President of the Human Rights Council | presiding_officer
会员国 = Member States | member_states
各国政府 = Governments | member_states
政府(?!间) = Governments | member_states
所有国家 = States | member_states
各国 = States | member_states
联合国系统 = United Nations system | un_system
专门机构 = specialized agencies | un_system
非政府组织 = non-governmental organizations | non_state
民间社会 = civil society | non_state
私营部门 = private sector | non_state
"""
# an ask restated after "重申", "再次表示", "回顾": "重申呼吁所有当事方", "重申请秘书长" (English
# "Reiterates its call upon", "its request to"): the verb restated asks
# cooperation between named parties ("鼓励进一步加强联合国与东盟之间的合作") asks them, as
# English "Encourages cooperation between"
# (not "between people": "加强人与人之间联系")
BETWEEN = r"(?<!人与人)之间"
# a verb that asks only as a paragraph's own opening: mid-sentence "，要求" is as often "as
# required" (English "as requested")
NOT_MID = "要求"
RESTATED = {
    r"(?:其|它|了)?(?:呼吁|吁请|促请|号召)": "call",
    r"(?:其|它|了)?(?:请|要求)": "request",
    r"(?:其|它|了)?鼓励": "encourage",
    r"(?:其|它|了)?敦促": "urge",
    r"(?:其|它|了)?邀请": "invite",
}
# whom an ask names after what qualifies them ("邀请在武装冲突中使用过贫铀武器弹药的会员国",
# "敦促根据《宪章》第十九条的规定请求豁免的所有会员国"): an actor after "的" in the opening words
# (or a body named after a text: "请有效落实《德班宣言和行动纲领》政府间工作组继续")
RELATIVE = (
    # (a title is passed whole: "根据《宪章》第十九条的规定请求豁免的所有会员国"; what is inside
    # names no one, "《...非洲防治荒漠化的国家...》", nor a thing of theirs, "的国家能力")
    r"^(?:[^，；。：《]|《[^》]*》){0,80}?(?:的(?:所有|各)?(?:会员国|国家|各国|缔约国|当事方|政府|沿岸国)"
    r"(?!能力|一级|层面|政策|战略|计划|方案|元首|立法|法律|机构|发展|自主|当局|优先)|"
    r"(?<=》)(?:政府间)?(?:工作组|委员会))"
)
# an ask that goes on: "继续鼓励国家政府" (English "continues to encourage"), the verb's lemma
CONTINUED = {
    r"(?:鼓励|倡导)": "encourage",
    r"(?:请|要求)": "request",
    r"(?:呼吁|促请|吁请)": "call",
    r"敦促": "urge",
    r"邀请": "invite",
}
# a decision made before and renewed ("再次决定召开 ...", English "Renews its decision to
# convene"); a bare "，决定" after "重申" continues the restated decision (`mandates_clauses`)
RENEWED = r"^\s*(?:又|还)?(?:再次|重新)决定"
# an addressee named by a pronoun ("对秘书长...表示满意，并请其 ..."): the actor named before it
PRONOUN = r"^\s*(?:其|他|她|他们|她们)"
# a declaration in the first person ("我们请秘书长 ...", "。我们呼吁秘书长"): the verb after "我们"
WE = r"^\s*我们(?:也|还)?"
WE_GAP = r"(?<=。)(?=我们)"


def third_person(rest: str) -> str:
    return rest
