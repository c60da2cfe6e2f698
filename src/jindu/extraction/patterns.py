"""The words around a number that say what it is (all on normalised, simplified text)."""

from __future__ import annotations

import re

from jindu.extraction.numerals import NUMERAL_CHARS, TRILLION
from jindu.extraction.units import LONGEST_FIRST

_CN = NUMERAL_CHARS
_MONTH = r"(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])"
# 一季度, 第二季度, 第3季 (Hong Kong and Macau), 一至三季度
_QUARTER = r"第[一二三四1-4]季度?|(?:[一二三1-3][至到－—~-])?[一二三四1-4]季度"


def starting_with(first: str, pattern: str) -> re.Pattern[str]:
    """``pattern`` behind a look-ahead for the characters its matches can start with. It
    matches exactly what ``pattern`` matches, several times faster: a pattern whose
    alternatives open with groups or look-behinds has no literal prefix for the engine to
    scan for, so it tries every alternative at every position of a search."""
    return re.compile(f"(?=[{first}])(?:{pattern})")


# A unit word followed by one of these characters is part of another word (个月, 人民币, 部门).
_NOT_AFTER = {
    "个": "月人体位季",
    "本": "年月次季周期届轮级地市县区镇村部土身科金",  # 1.2万余本护照; not 2本年度
    "人": "民才员口均次",
    "人年": "计目任度",  # 完成4600人年计划的61.78%: 人, then the year's plan
    "元": "素旦宵",
    "家": "族庭乡长园属",
    "件": "事",
    "名": "单称列义额",
    "位": "于置列",
    "部": "门署分长委",
    "条": "件例",
    "所": "属在有以得示述",
    "批": "复准",
    "通": "过知报车讯信道用关航达畅告行水电气",  # 应答3738通 (calls), not 5个项目通过
    "支": "持出付撑",
    "只": "有要是能见因需在会用管限",
    "份": "额子量",
    "宗": "旨教",
    "度": "过假",
    "款": "项",
    "台": "湾阶",
    "座": "谈",
    "户": "籍口外",
    "起": "草步飞始点跑来床身航止算",  # 查处案件20起; not 1日起, 起草
    "间": "断隔接距歇",
    "处": "理置罚分长于在室级",
    "张": "家",
    "项": "目",
    "套": "餐",
    "倍": "增",
    "种": "植子类养业苗群源",
    "场": "所地景馆",
    "次": "数序要产性",  # (三次产业: the three sectors; 一次性 is once-only)
    "期": "间末限满货刊待望盼初中内满工项",  # 编发督查通报62期; 一期工程 is a phase
    "对": "0-9一接象比外于标照应此策立等口称话",  # 10064对 couples; not 1对1, 对接
    "面": "积向上貌临对前料板试谈八",  # 流动红旗22面; not 面积, 四面八方
    "组": "织建成合长团委件",
    "封": "闭锁顶面存装控",
    "担": "任保当心负忧子纲",
    "分": "之别钟类析布配局行享批期项数成担管散摊秒厘米会公红",  # 92.6分 is a score
    # 近三成 is a share; 成员, 成果, 成交 are words
    "成": "员果交本立功效绩为长都熟品型色分年人就片批套规",
    "米": "饭面粮粒",
    "方": "面案式法位向针便舱队阵言志正圆形块略",  # 98万方 of earth (方面, 方案 are words)
}


def _unit_alternation() -> str:
    parts = []
    for unit in LONGEST_FIRST:
        banned = _NOT_AFTER.get(unit)
        if unit == "项" and banned:
            # 150项目标任务 counts tasks; 项目 is a word
            rest = banned.replace("目", "")
            parts.append("项(?!目(?!标))" + (f"(?![{rest}])" if rest else ""))
            continue
        if unit == "个" and banned and "体" in banned:
            # 2万个体工商户 counts 个体 businesses; 40个体育企业 counts firms
            rest = banned.replace("体", "")
            parts.append(f"个(?![{rest}])(?!体(?:工商|户|经营|私营|经济|商户))")
            continue
        parts.append(re.escape(unit) + (f"(?![{banned}])" if banned else ""))
    return "|".join(parts)


MENTION = starting_with(
    f"0-9{_CN}",  # 百分之 starts with a numeral character too
    rf"(?P<pct>百分之(?P<pctnum>[0-9.{_CN}]+))"
    # 四分之一, 三分之二: a fraction, read as a share in percent
    rf"|(?P<frac>(?P<fden>[0-9{_CN}]{{1,3}})分之(?P<fnum>[0-9{_CN}]{{1,3}}))"
    # a run stops before a unit that begins with a numeral character (48.6万千瓦, 369.54万千米)
    rf"|(?<![0-9.])(?P<run>[0-9{_CN}](?:(?!千瓦|千米|千克|百分点)[0-9{_CN}]|(?<=[0-9])[.,](?=[0-9])"
    rf"|(?<=[0-9]){TRILLION}(?=[0-9]|亿|元|美元|斤|吨))*"
    # (21.%: a typo of 21%)
    rf"(?:[多余](?:万亿|亿|万)?)?)(?:\.(?=%))?(?P<unit>{_unit_alternation()})?"
    # 16922人/平方公里, 1.75件/万人: a density or a ratio per population; 349.6元/吨,
    # 0.24元/度: a price per quantity; 506.4元/月/人: per month and head
    r"(?P<per>(?:/(?:10万|十万|平方公里|平方米|万人|千人|百人|人[·.]?[月年]|人|户|亩|公顷|月|年"
    r"|万元|亿元|吨|公斤|千克|斤|度|千瓦时|立方米|方|台|辆|套|件|头|只|天|日|次)){1,2})?",
)

# 低于序时进度46.4和43.7个百分点: the first number shares the unit of the second
SHARED_UNIT = re.compile(
    r"(?:(?:和|、|或)[0-9][0-9.,]*(?=[和、或]))*"  # 47、55和55微克/立方米
    # 零售额31.4、15.7、34.9亿元: the multiplier too
    rf"(?:和|、|或)[0-9][0-9.,]*(?P<multiplier>万亿|亿|万)?(?P<unit>{_unit_alternation()})"
)
# 8.7万、4.1万人: the first shares the second's unit after the same multiplier
SHARED_BASE = re.compile(
    r"(?:(?:和|、|或)[0-9][0-9.,]*(?:万亿|亿|万|千)(?=[和、或]))*"  # 300万、400万、500万平方米
    rf"(?:和|、|或)[0-9][0-9.,]*(?P<multiplier>万亿|亿|万|千)(?P<unit>{_unit_alternation()})"
)

# every PERIOD match (and every span of days or year) names one of these
PERIOD_CHARS = "月季年周日"
PERIOD = starting_with(
    "0-9今本截至到十一二三四五六七八九前第首上下年当最近",
    # (截至2015年8月底: the year inside the 截至)
    r"(?:(?:截[止至]到?)?(?:19|20)\d{2}年|今年|本年)?(?:"
    # (至11月底已累计完成投资: 至 alone says 截至)
    rf"(?:截[止至]到?|(?<![0-9一二三四五六七八九十月元初])至)(?:目前|今年|本年)?{_MONTH}月份?(?:底|末|中旬|上旬|下旬|[0-9]{{1,2}}日)?(?:止|为止)?"
    # 在建项目到10月底累计完成投资: 到 opens the period as 至 does (with the day of the month)
    rf"|(?<![0-9一二三四五六七八九十月元初达提])到{_MONTH}月份?(?:底|末|中旬|上旬|下旬|[0-9]{{1,2}}日)(?:止|为止)?"
    rf"|{_MONTH}月?[-—~～至到]{_MONTH}月份?(?:底|末)?"
    rf"|{_MONTH}月份?(?:底|末)?(?:止|为止|以来)"
    rf"|{_MONTH}月份|{_MONTH}月(?:底|末)|{_MONTH}月份?(?:当月|单月)"
    # 今年1月输往香港…, 2023年3月: a month named alone (not 3月15日, 3个月)
    rf"|(?:(?<=[年，；。：\s])|(?<=全[市省县区国港澳]|本[港澳市区县]|我[市省县区])|^)"
    rf"{_MONTH}月(?![0-9一二三四五六七八九十日号份])|(?<![0-9]){_MONTH}月(?=[，,\s的])"
    rf"|前[一二三两]个?季度|{_QUARTER}(?:末|底)?|首季度?|上半年"
    # 首三季, 首十个月, 前十月 (Hong Kong, Macau, Taiwan)
    # (提前3个月完成: how far ahead, no period)
    r"|(?<!提)[前首](?:十[一二]?|[一二三两四五六七八九])(?:个?月|季(?!度))|(?<!提)前(?:1[0-2]|[1-9])个?月"
    r"|下半年|今年以来|年初以来|年初至今"
    # 徐州市本月同比增长2.3%: the month reported, in a monthly release
    r"|本月|(?<![月0-9])当月"
    # 1-7日为102550人次 (of a holiday week): a span of days
    r"|(?<![0-9月.])(?:[1-9]|[12][0-9]|3[01])[-—~至](?:[1-9]|[12][0-9]|3[01])日(?![0-9])"
    # 最近一周新开工项目数量: the week reported, in a weekly notice
    r"|(?:最近|近)一周|本周|上周"
    r")",
)

# 41个投产项目, 12家企业: a count said before the noun it counts
COUNT_BEFORE_NOUN = r"[0-9][0-9.]*\s*[个家项件所座]"

# 1月、2月、3月单月进度分别为…, 一季度、二季度和三季度分别增长…: periods listed as subjects
_LISTED_PERIOD = (
    rf"(?:(?:19|20)\d{{2}}年)?(?:{_MONTH}月份?|{_QUARTER}|上半年|下半年"
    r"|前三季度|(?:19|20)\d{2}年"
    # 2018、2019年: the years share the last one's 年
    r"|(?:19|20)\d{2}(?=\s*(?:、|和|及|与)\s*(?:19|20)\d{2}))"
)
PERIOD_LIST = re.compile(rf"(?P<list>{_LISTED_PERIOD}(?:\s*(?:、|和|及|与)\s*{_LISTED_PERIOD})+)")
PERIOD_SEPARATOR = re.compile(r"\s*(?:、|和|及|与)\s*")

# 自6月1日至9月10日, 1月1日以来: a span of days says when, not what
DAYS = starting_with(
    "0-9一二三四五六七八九十从自年",
    rf"(?:自|从)?(?:(?:19|20)\d{{2}}年)?{_MONTH}月[0-9]{{1,2}}[日号]"
    rf"(?:(?:至|到|[-—~～])(?:(?:19|20)\d{{2}}年)?{_MONTH}月[0-9]{{1,2}}[日号](?:止)?|以来|起|至今|之?前)"
    # 6月底前, 年底前: a deadline
    rf"|(?:{_MONTH}月|(?<![0-9])年)(?:底|末)之?前",
)

# 高新区内: a place the figures after it are of; 涡阳县：报送…: so is a place heading a line
REGION = re.compile(
    r"([\u4e00-\u9fff]{2,12}?(?:高新区|开发区|园区|区|县|镇|街道|园))(?:范围)?内"
    r"|(?<![^。；，\n])([\u4e00-\u9fff]{1,8}?(?:县|区|市|镇|乡|旗|街道))[：:]"
)

QUALIFIER_BEFORE = starting_with(
    "超突跨迈站逾多高大不过破约接将近低少小未≥≧＞>≤≦＜<",
    # (开票销售收入破20亿元: 破 alone is 突破)
    # (出超194.43亿美元, 入超: a trade surplus or deficit, no bound)
    r"(?P<gt>超过了?|超出了?|(?<![年月全，,；;\s][出入])超|突破了?|跨越|迈过|迈上|跨过|站上|逾|多于|高于|大于|不少于|不低于|不止"
    r"|(?<![打攻突爆识侦击])破"
    # ≥6家 (a table's bound)
    r"|(?<![通经不度越])过|[≥≧＞>]\s*)$"
    r"|(?P<approx>大约|约为|约占|(?<![履签合节制公契条预违])约|接近|将近|近)$"
    r"|(?P<lt>不足|不到|低于|少于|小于|未达到|未达|未满|[≤≦＜<]\s*)$",
)
QUALIFIER_AFTER = re.compile(
    # (1兆7510亿元多出2153亿元: 多出 is how much more, no qualifier)
    r"(?P<gt>(?:及)?以上|有余|多(?![出了])|余)|(?P<approx>左右|上下)|(?P<lt>(?:及)?以下|以内)"
)

# (低于全省序时进度: the time progress a higher level set)
# (超序时17.8个百分点: 序时 alone says it too)
_TIME = r"(?:全国|全省|全市|全州|全县|全区|省|市|县|区)?(?:(?:序时|时间|时序|均衡)进度|序时|时序)"
GAP = re.compile(
    rf"(?:(?P<up>超过|超出|赶超|超|快于|高于|领先于?|领先|跑赢|提前)了?(?:全年|年度)?{_TIME}的?"
    rf"|(?P<down>低于|慢于|落后于?|滞后于?|未达到?|低|(?<!相)差)(?:全年|年度)?{_TIME}的?"
    rf"|(?:比|较){_TIME}(?:要求)?(?:稍|略|明显)?(?:(?P<up2>快|高|超|超出|领先)|(?P<down2>慢|低|落后|滞后))"
    # 超任务进度10.5个百分点, 超目标进度42个百分点: the task's share of the year so far
    # (塌计划进度17个百分点: fell behind the plan's progress)
    r"|(?P<up3>超|超过|快于)(?:任务|目标|计划)?进度|(?P<down3>落后|滞后|慢于|欠|低于|塌)(?:任务|目标|计划)?进度"
    rf"|(?P<down4>与{_TIME}(?:相)?差(?:距)?)"  # 与时序进度差12.43个百分点: behind it
    # 与时间进度比较分别超过1.7个百分点和8.69个百分点: compared with it
    # (超过 may be read as the number's qualifier, leaving 比较分别 before it)
    rf"|{_TIME}(?:相比|比较)(?:分别|均)?(?:超过|超出|超|快|高|(?P<down5>慢|低|落后|滞后))?"
    r")(?:约|近|了)?$"
)
# 总体情况与时间进度持平: a gap of zero to time progress
ON_TIME = re.compile(
    # (与时序进度基本一致 is no measure: 59% at the half year)
    rf"\s*(?:总体|整体)?(?:情况)?(?:与|和|同){_TIME}(?:持平|同步)[，；。]?"
)
# 低于时序进度(16.67%)3.82个百分点: the time progress in brackets, then the gap to it
TIME_PROGRESS_IN_BRACKETS = re.compile(rf"{_TIME}(?:要求)?\s*[(（]\s*$")
TIME_PROGRESS_STATED = re.compile(rf"{_TIME}(?:已经|已)?(?:为|是|达到?|约|过|超过)?$")
# 超省厅下达责任目标42%, 超额完成17%: a completion rate of 142%, of 117%
_OVER = (
    r"超(?!额)(?:出|过)?[^，；。0-9%]{0,10}?(?:目标|任务|计划)(?:任务)?$"
    r"|超额完成了?(?:全年|年度)?(?:目标|计划)?(?:任务)?(?:约|近)?$"  # 超额完成年度目标10%以上
)
OVER_TARGET = re.compile(_OVER)
# 1-4月, 3月份: the months of a period a plan may be of
MONTHS = r"[0-9]{1,2}(?:月?[-－—~至到][0-9]{1,2})?月份?"
# 环比增长8.6%, 比上月下降, 年均增长: a change against the previous period, or an average
# over years, is not a YoY growth
NOT_YOY = re.compile(
    # (环比事故起数和死亡人数分别上升: 环比 before the measures said)
    r"(?:环比[^，；。0-9]{0,16}?|年均(?:复合)?|年平均|平均每年"
    r"|(?:比|较)(?:上(?:月|季度?|个月|一季度?|周|一周)|前一周|[0-9]{1,2}月份?)(?:底|末)?"
    # 近5年增长4倍多: a growth over years
    r"|近[0-9一二三四五六七八九十]+年(?:来|间|内)?[，,、]?"
    # 比上届增加了9649件，增幅达到34.6%: against the term before, not the year before
    r"|(?:比|较)上一?届[^，；。0-9]{0,12}?(?:[0-9.]+[万亿]?[件个项人家]?[，,]?)?[^，；。0-9]{0,6}?"
    # 事故起数与前2年均比下降25.6%: against the average of years before
    r"|(?:与|较|比)前[0-9一二三两]+年(?:平均|均比|均值)[^，；。0-9]{0,4}"
    # 比去年底增幅12.41%, 较年初增长: a growth of a stock since the year began, not on a year
    r"|(?:比|较)(?:(?:去年|上年|(?:19|20)[0-9]{2}年)(?:底|末)|年初)[^，；。0-9]{0,12}?"
    # 增幅比1-4月增速18%上升5.4个百分点: the rate of an earlier period, quoted
    # (增速较快的A、B分别增长: 较 of 较快 compares with nothing)
    r"|(?:增幅|增速|增长)(?:比|较(?![快慢高低好大小多少]))[^，；。]{1,10})(?:分别)?$"
)
# 由56家增加到148家: the first number is a baseline
_WHEN = r"(?:(?:19|20)[0-9]{2}年(?:底|末)?|去年(?:底|末)?|上年(?:底|末)?|今年|年初)"
# 由56家增加到148家, 从2017年的0.28亿元，上升到2020年的1.77亿元: a baseline, then the level
# 增幅由一季度的7.4%上升至8.4%: the growth of an earlier period, then the latest
# (由年的2.18%增长到年的3.31%: a year whose digits the page lost)
_EARLIER = (
    # (由3年前的23.85%提高到现在的41.2%: some years before)
    rf"(?:{_WHEN}|{MONTHS}|[一二三四1-4]季度|上半年|前三季度|上月|上年同期|去年同期|年(?=的)"
    r"|[0-9一二三四五六七八九十两]{1,2}年前"
    # 由“十二五”末的28.89万户, 从改革前的20多个工作日, 由原来的3家: a plan's end, before a change
    r"|[“\"]?十[一二三四五]五[”\"]?(?:末期?|期末|初)|(?!目前|当前)[\u4e00-\u9fff]{1,4}?前|原来|原先|过去|此前)"
)
FROM = re.compile(rf"[由从](?:{_EARLIER}的?|(?P<now>目前|当前|现在|现有)的?|的)?$")
FROM_TO = re.compile(
    # (增速从1~2月的11.0%起步，到1~6月同比增长10.4%: where the growth started, then where
    # it stands)
    r"(?:起步)?[，,]?\s*(?:飞速|快速|迅速|稳步|大幅|逐步|持续|进一步)?"
    r"(?:增加|增长|提高|提升|上升|下降|减少|降低|发展|扩大|扩展|拓展|跃升|攀升|回落|加快|收窄"
    r"|压缩|缩短|缩减|增|降|调整|调增|调减)?"
    # 失业率由上月4.40%降为4.32%, 由年初的76138万元调整为89138万元
    rf"(?:到|至|(?<=[降升增高展大整])为)了?(?:{_WHEN}|{MONTHS}|[一二三四1-4]季度|上半年|前三季度"
    r"|最新|目前|当前|现在|本月|年(?=的))?的?(?:同比)?(?:增长|增速为?|增幅为?)?"
)
# 在全省21个地市中排名第15位: the size of the field a rank is in
RANK_FIELD = re.compile(r"[\u4e00-\u9fff()（）、]{0,16}中(?:排名|排|位居|居|位列|列)")
# 距离2.3%的目标, 低于5.5%的预期控制目标: a number stated as a target after it
TARGET_SET_BY = r"为(?:年度|全年|工作|奋斗|发展|主要)?目标(?=[，。；,;]|$)"
TARGET_AFTER = re.compile(
    r"的(?:全年|年度)?(?:增长|增速|控制性?|预期|调控|管控|规划)*(?:目标|计划|任务|指标)"
    # 下达全市城镇新增就业20000人目标，进出口总额完成500万美元工作目标，
    r"|(?:工作|发展|奋斗|预期)?(?:目标|计划)(?:任务)?(?=[，。；,;]|$)"
    # 以研发投入强度3%为目标: the goal set by that figure
    rf"|{TARGET_SET_BY}"
)
# 累计已完成投资: the words of what was done before the measure (投资)
DONE_LEAD = re.compile("^(?:累计)?(?:已经|已)?完成")
# 省下达, 市民生工程, 上级: who set a target
ASSIGNER = r"(?:[省市县区州]|上级)"
# 完成年度目标65亿元的74.9%, 完成年度任务（300家）的128.67%, 完成4600人年计划的61.78%:
# the target, then the rate
# 秋粮已收获76.5%, 资金已拨付85%: work whose share done is a completion rate (RATE)
WORK_DONE = ("收获", "收割", "收", "播种", "播", "拨付", "兑付", "支付", "整改", "修复")
# (占可用预算数46.83亿元之72.59%: Taiwan writes 之)
TARGET_THEN_RATE = re.compile(r"(?:全?年度?)?(?:目标|任务|计划)*(?:数|量)?[)）]?[的之]")
RATE = re.compile(
    r"(?:完成率|完成(?:投资|产值|任务)率|完成比例|完成比率|完成进度|进度|完成度|达成率|执行率)"
    r"(?:仅|只|已|分别|均|约|达到|达|为|是|在|仍然|仍|还|都)*$"
    # 完成年度目标的, 占市分配任务的, 完成省民生工程目标任务的, 完成年度开发任务的
    # (占总任务的7.7% is a share of the whole, not a completion rate; 占总计划的, 占总目标的
    # are one)
    r"|(?:占(?!总(?!计划|目标|投资计划))|完成|达到|达|为|是|相当于|实现)了?"
    # 完成1-4月投资计划的132.1%: the plan of a period
    rf"(?:{MONTHS})?"
    # (完成区第十八届人大常委会第十九次会议批准收入调整预算: who approved the budget, at length)
    # (占目标考核的75%: of the target assessed)
    # (完成计划指标的94.1%: the plan's figure)
    r"[^，；。0-9%]{0,30}?(?:计划|规划|目标|任务|预算|(?<![序时])进度)(?:考核)?(?:指标)?"
    # 占年度计划任务户数的90.1%: the plan counted in what it counts (占预算安排的79%: the
    # budget as arranged)
    r"(?:任务)?(?:[\u4e00-\u9fff]{0,6}?总?(?:数|量|额)|(?:完成)?总?投资(?:总?额)?|资金|开工|投产|竣工|建设|开发|安排"
    # 占计划新开工项目的87%: the projects the plan counts
    r"|(?:新?开工|新建|竣工|投产|建成)?(?:建设)?项目(?:总?数|个数)?)?"
    r"(?:比例|比率)?[的之]?(?:(?:比例|比率)(?:依次|分别)?(?:为|是)?[：:]?)?$"
    # 完成年度总投资的87.7%: the year's investment is the plan
    r"|(?:占|完成)了?(?:全年|年度)总?投资(?:总?额)?的?(?:比例|比率)?$"
    # 超省厅下达责任目标42%: done beyond the target by that much (OVER_TARGET)
    rf"|{_OVER}"
    # 占州下达招商到位资金22亿元的101%: a share of what was assigned
    r"|(?:占|完成|为|是)了?[^，；。0-9%]{0,6}?下达[^，；。0-9%]{0,12}?的$"
    # 东城区、南湖县分别完成81.2%和77.5%: a bare 完成 before a percentage is a completion rate
    r"|完成了?(?:约|近)?$"
    # 秋粮已收获76.5%, 冬小麦已播43%, 资金已拨付85%: how much of the work or the money is done
    # (the verb stays in the name: read_attribute puts it first, 收获秋粮)
    rf"|(?:{'|'.join(f'(?<=已{verb})' for verb in WORK_DONE)})(?:约|近)?$"
    # 已完成投资76.4%: a percentage of the investment is how much of it was done
    r"|完成了?(?:全年|年度)?总?投资(?:额)?(?:约|近)?$"
    # 海塘除险加固完成工程量95%: how much of the works is done
    # (计划完成工程量5%，实际完成工程量6%: a plan and its outturn, each a share of its own)
    r"|(?<!计划)(?<!实际)完成了?(?:总)?工程量(?:的)?(?:约|近)?$"
    # 预算支出完成全年支出的67.5%: of the year's whole, so far
    r"|完成了?(?:全年|年度)[^，；。0-9%]{1,8}?的$"
    # 占应收面积的75.6%, 占应播面积的: of what is due, how much was done
    # (占应签订拆迁协议户数的29%: of what is due to be signed)
    r"|占(?:全部|总)?应(?:收获|播种|收|播|种|完成|征|缴|签订?|拆除?|腾|搬迁|改造|整改)[^，；。0-9%]{0,10}?的$"
    # 完成省民生工程目标任务的130.26%，市民生工程目标任务的127%: the verb goes on
    rf"|^[，、\s]*{ASSIGNER}[^，；。0-9%]{{0,8}}?(?:目标|计划)任务的$"
)
# the words of a growth rate (经济增速, 增幅比全市低…): what grew is named before them
GROWTH_WORD = r"(?:增速|增幅|增长率|增长速度|增长幅度)"
# 逾新台币1.3兆元, 营业额为新台币1兆780亿元: a currency named before the number
CURRENCY = r"(?:新台币|人民币|港币|澳门币)"
# 比全市低2568元, 较全省平均水平高出: how far from another place's level
DIFFERENCE = r"(?:平均水平|平均)?(?:高出|低出|高|低|多|少)了?"
# 年增, 年减 (Taiwan: on the year) open a clause or follow the name right away
# (燃料零售业年增15.7%), but not a year (全年增长, 逐年增加, 五年增长)
_YEAR_ON_YEAR_LEAD = (
    r"(?:(?<![^，,、；;\s(（])"
    r"|(?<=[\u4e00-\u9fffA-Za-z])(?<![全今当本去上明前每近历同逐该半一二三四五六七八九十两几多按]))"
)
YOY = re.compile(
    r"(?:(?P<down>下降|减少|降低|回落|下滑|下跌|降|减|负增长|跌|衰退|萎缩"
    # 空气质量综合指数同比改善7.5%: an index that falls as the air gets better
    r"|(?<=同比|浓度|指数)(?:分别|均)?(?:改善|变好)"  # (PM10平均浓度改善1%: the same without 同比)
    # 年增1.5%, 年减3.2% (Taiwan): a growth on the year, after the figure
    rf"|{_YEAR_ON_YEAR_LEAD}年减(?:少)?|(?<![\u4e00-\u9fff])缩小)"
    r"|(?P<up>增长|增加|提高|上升|提升|上涨|净增|增|同比|升|涨|成长"
    rf"|{_YEAR_ON_YEAR_LEAD}年增(?:加|长)?"
    r"|(?<=[比较]上年)新增|(?<=同比)(?:恶化|变差)"
    # 顺差扩大至28159.1亿元，扩大17.4%: how much it widened, after the level
    r"|(?<![\u4e00-\u9fff])扩大)"
    r"|(?P<rate>增速|增幅|升幅|涨幅|(?<!自然)增长率|增长幅度|增加幅度|增长速度|(?<!同)比增|成长率|年增率)"
    r"(?:概估|初估|初值|终值|修正值)?"  # 经济成长率概估为4.12%: how sure the growth is
    r"|(?P<fall>降幅|减幅|跌幅|下降幅度|减少幅度|比降))"
    r"了?(?:分别|同|(?:均|都)(?=为|是))?(?:仅|只|仍|也)?"
    r"(?:为|是|有|高达|多达|达到|达|保持在?|稳定在|维持在|控制在)?了?(?:约|近)?"
    r"(?:(?P<neg>-|负)|[+＋])?$"  # 同比+19.82%: the sign written
)
# the target words that only estimate (预计完成…): an estimate may be of what was done
PROJECTION = ("预计", "预测", "预估")
HEDGES = ("将", "可")


def projections_only(marks: list[str]) -> bool:
    """Whether target marks are all of an estimate: 预计, 预测, and a 将 or 可 after one
    (预计地区生产总值将达到1400亿元, 预计全县可实现…: expected, as 预计 alone is)."""
    estimated = False
    for mark in marks:
        if mark in PROJECTION:
            estimated = True
        elif not (estimated and mark in HEDGES):
            return False
    return True


# 争取 before what was obtained (上级资金) names the figure; elsewhere it marks a target
# (争取科技厅奖补资金4900余万元: what a department granted was obtained)
AIMING = (
    # 新争取, 向上争取, 累计争取…项目57项: what was won, said as done
    # (协助厂商争取约3000万元研发补助: what the office helped firms win)
    r"(?<!新)(?<!向上)(?<!成功)(?<!累计)(?<![共已])(?<!协助厂商)(?<!协助企业)(?<!帮助企业)争取(?!到|上[一二三]?级|省|市级|国家|中央|各级|资金|项目|政策|支持|投入|立项"
    r"|[\u4e00-\u9fff]{0,4}(?:厅|部|委|局)(?:各类|各项)?[\u4e00-\u9fff]{0,4}"
    r"(?:资金|经费|补助|奖补|立项|项目)"
    # 争取各类科技项目59项，无偿经费1357万元: what was won, unless a verb says what is aimed at
    # (争取超长期特别国债等各类政策资金超过300亿元: the funds won, past a bound)
    r"|(?!新|建|完成|实现|达|开工|引进|培育|签约|落地|申报)[\u4e00-\u9fff]{0,14}?"
    r"(?:项目|资金|经费|补助|奖补|资助|债券|国债)(?:超过|达到|共计|达|近|约|逾)?\s*(?:[0-9]|$))"
)
# 拟新增 plans; 拟认定的…名单 is a list published, 拟定 drafts
# (摸排拟申报…企业12家: the firms found that mean to apply, counted)
# (拟认定…194家, 拟推荐…5家: a list made public, of what was chosen)
PROPOSED = (
    r"(?<!摸排)(?<!排摸)(?<!梳理)(?<!筛选)拟"
    r"(?!定|认定|推荐|入库|立项|授予|命名|评定|[^，。；]{0,12}名单)"
)
# 将 opens a plan, but 将近 is a qualifier and 将41个项目纳入… puts things somewhere
# (坚持将稳增长摆在突出位置, 始终将…作为: 将 that puts something somewhere plans nothing)
# 汇聚了全国77.2%的研发经费投入: verbs that take a share of what is named after it
SHARE_VERBS = "创造|贡献|汇聚|集聚|聚集|集中|产出|培育|拥有|吸引|吸纳|承载|提供"
WILL = (
    # (现将…名单予以公布: the formula that opens a notice, hereby)
    r"(?<!坚持)(?<!始终)(?<!一直)(?<!持续)(?<!现)将(?!近|[0-9一二三四五六七八九十两]|$"
    r"|[^，。；]{0,16}?(?:摆在|放在|作为|列为|列入|纳入|融入|贯穿)"
    # 将科技扶贫项目与富民强县项目有机结合: 将 takes what is joined, no plan
    r"|[^，。；]{0,30}?[与和同][^，。；]{0,20}?(?:有机)?(?:相)?(?:结合|融合|衔接|整合))"
)
# 《政府工作报告》提出, 规划明确, 会议要求: what a plan or a report sets out (targets follow)
SET_OUT = r"(?<=[告划案见定议》])(?:提出|明确|要求|部署)"
# 科技计划项目, 人才计划, 列入养护计划的里程: 计划 in the name of a programme, or of what is
# in one, does not make a target (公共建设计划226项, 管制计划32项: programmes counted)
TARGET_MARK = starting_with(
    r"目计规预力拟将确有要可任争到未考设定提明部年调打应约编，；：\s",
    rf"{SET_OUT}(?!的)"  # (规划提出的12件: the target of a level before)
    r"|(?<!未达)(?<!未达到)(?<!未完成)(?<!预期)目标(?!企业|客户|群体|人群|市场)|(?<!科技)(?<!产权)(?<!督查)(?<!检查)(?<!人才)(?<!火炬)(?<!星火)(?<!按)(?<!按照)(?<!改善)(?<!改造)(?<!行动)(?<!提升)(?<!振兴)(?<!攻关)(?<!资助)(?<!专项)(?<!引才)(?<!英才)(?<!引进)(?<!试制)(?<!培养)(?<!支撑)(?<!研发)(?<!列管)(?<![个项级])(?<!项目)计划(?!内|生育|[”\x22’」』]|(?:投产|开工|新开工|竣工)项目|(?<=建设计划)项目|共(?:[0-9]|$)|(?<=(?:管制|业务|工作|施政)计划)(?:[0-9]|$)|(?<=(?:公共建设|重大建设)计划)(?:[0-9]|$)|总投资|投资额|投资总额|的(?!目标|任务|完成|比)[\u4e00-\u9fff])"
    r"|(?<!初步)预计|预测|预估(?!值)|考核指标"
    # 总预算案岁入编列2兆8,623亿元, 编列预算3000万元: a budget bill, what it appropriates
    r"|预算案|(?<!已)编列(?!了)"
    r"|(?:约束|预期)性指标(?:是|为|有)?[：:]"  # 约束性指标是：…: a plan's binding targets
    # 年打算投资150亿元，目前完成投资约91.5亿元，占年打算的61%: the year's plan, said so
    r"|(?<=年)打算(?=投资|完成|新增|实施)"
    # 全年应完成指标数为147件: what ought to be done
    r"|(?<![不理相对响适供反效])应(?=完成|达到|新增|实现)"
    # 年初预算为：一般公共预算收入76138万元, 由76138万元调整为89138万元: a budget is a plan
    r"|年初预算|(?<=[0-9元])调整为"
    # 规划新改扩建学校133所: what a programme plans to build (城市规划区 plans nothing)
    r"|(?<!城市)(?<!总体)(?<!国土)规划(?=新|改|扩|实施|完成|投资|建设)"
    rf"|(?<!未达)(?<!未达到)预期(?!寿命)|力争|{PROPOSED}|{WILL}|确保(?!完成)|[有可]望|要(?=新增|引进|培育|突破|达到|建成)|(?<![认许])可(?=新增|达到?|实现|完成|突破)"
    # 到2025年全区高新技术企业突破75家: a plan's horizon
    r"|(?:^|[，；：\s])到(?:19|20)[0-9]{2}年(?![底末])|未来[一二三四五两0-9]{1,2}年"
    # 年度任务76家 is a target; 重点任务36项 counts tasks
    # (国家任务开工率84.1%: the rate of the task, not a target)
    r"|(?<!重点)(?<!主要)(?<!改革)(?<!工作)(?<!督办)(?<!民生)任务(?!的|完成|进度|过半|[\u4e00-\u9fff]{0,3}率)"
    # 争取上级资金1.35亿元 is money obtained; 争取达到 is a target
    rf"|{AIMING}"
    # 失业率定为5.5%左右 (被认定为 names a kind)
    r"|(?<![认核评鉴审判])(?:设定?|确定|定)为\s*$",
)
# 增幅超过全省平均水平: how a growth stood to the average
ABOVE_AVERAGE = (
    r"(?:增幅|增速|增长)(?:均|都)?(?:超过|高于|低于|快于|慢于)[\u4e00-\u9fff]{0,6}?"
    r"(?:平均水平|平均)"
)
# 设区市, 县市区, 市州: the kinds of places counted, ranked or listed together (longest first)
# a digit of a number (after normalize, all digits are ASCII)
DIGIT = re.compile("[0-9]")
# 较低, 偏高, 最快: how a place stood by a measure, against the others
DEGREE = "低高快慢好差多少大小佳"
# 开工率较高, 完工率超过50% (a bound the places passed)
# (开工项目数居多的盟市: the places with the most, 居多 said as 较多 is)
JUDGED_DEGREE = (
    rf"(?:(?:相对|明显)?(?:较|偏|最)[{DEGREE}]|居多|(?:超过|超|高于|低于|不足|达到)[0-9.]+%)"
)
# 进度较快, 增速靠前, 工作滞后: how a place stood, in those words or others
# 高于全盟平均水平: how a place did against the whole's average
AGAINST_AVERAGE = (
    r"(?:高于|低于|超过|快于|慢于|好于|优于|差于)"
    r"(?:全[国省市县区州盟旗])?(?:的)?平均(?:水平|增速|增幅|值)?"
)
STANDING = (
    rf"(?:{JUDGED_DEGREE}|良好|顺利|靠前|靠后|领先|落后|滞后|紧随其后|紧跟其后|{AGAINST_AVERAGE})"
)
# 浓度最低的3个城市依次是: the places at one end of a ranking, and how many
SUPERLATIVE = rf"最[{DEGREE}优]的"
PLACE_KINDS = (
    # 县(市、区), 县(市): counties and the county-level cities and districts
    r"(?:县[（(]市(?:、区)?[）)]|县[（(]区[）)]|设区市|省辖市|地级市|县市区|县市|县区|区县|地市|城市|市州|州市|盟市|旗县市|旗县区|旗县"
    r"|乡镇|镇街|市|县|区|州|镇)"
)
# the places a ranking or a list goes over, by kind (设区市, 县区) or taken together (县域, 地区)
ANY_PLACES = rf"(?:县域|地区|城区|省份|省区|{PLACE_KINDS})"
# 分县区看, 分部门情况是：, 分征收部门看: the kinds of unit a view goes over, one by one
VIEW_KINDS = (
    r"(?:征收|执收|主管)?"
    r"(?:县|区|市|旗|盟|镇|乡|街道|园区|地区|区域|行业|领域|板块|产业|门类|类别|单位|部门)+"
)
# 提前完成, 低于序时进度, 滞后: how a figure stands against its target and time progress
STATUS_WORDS = (
    r"提前完成(?:全年|年度)?(?:目标)?(?:任务)?|超额完成(?:全年|年度)?(?:目标)?(?:任务)?"
    rf"|(?:(?:达到|符合)(?:或|和)(?:超过|超出|快于|高于)|超出|超过|快于|高于|领先于?|跑赢|达到|符合"
    rf"|低于|慢于|落后于?|滞后于?|未达到?){_TIME}"
    r"|(?:进度)?严重滞后|进度滞后|滞后"
)
STATUS = starting_with("提超快高领跑达符低慢落滞未进严", STATUS_WORDS)
# 2019年, and Taiwan's 108年 (the years of the Republic, 1911 + 108), as a year compared with
YEAR_NUMBER = r"(?:19|20)[0-9]{2}|1[01][0-9]|[4-9][0-9]"
# 事故起数, 死亡人数: how a count is measured, said after what it counts
COUNT_MEASURES = "起数|人数|户数|件数|个数|数量|总数"
# 到2025年末, 至2022年底: the end of a year reached
YEAR_REACHED = re.compile(r"(?<=[到至])(?P<year>(?:19|20)[0-9]{2})年(?:底|末)")
# 比上年增加3000万元, 较去年底增加1.02件: a change against a baseline, not a figure
CHANGE = re.compile(
    # (较十二五末增加107家: the end of the last five-year plan)
    # (按年上升0.2日: Hong Kong's and Macau's 同比)
    r"(?:比|较|同比|环比|按年)(?:上一?年|去年|年初|上年末|去年底|去年末|上月|上季度|一季度|同期|上年同期|去年同期"
    r"|上一?届|[“\"]?十[一二三四五]五[”\"]?(?:期)?"  # (比上届增加9649件: the term before)
    # (比前10月减少3个, 较上周增加5个: the months before, the week before)
    rf"|上一?期|前一年|前年|(?:{YEAR_NUMBER})年度?(?:[0-9]{{1,2}}(?:[-—~至][0-9]{{1,2}})?月份?)?"
    r"|[0-9]{1,2}月份?"  # 较5月份减少75亿元: the month before
    r"|(?:19|20)[0-9]{2}(?=增加|减少|增长|下降)"  # 较2022增加3.75亿元: the year without 年
    r"|前[0-9一二三四五六七八九十]{1,2}个?月|上周)?"
    # 较上年同月底亦增12万5千人 (Taiwan): the same month's end a year before
    # (较去年同期(2,980亿元)增加140亿元: last year's level in brackets, then the change)
    r"(?:底|末|同期|同月底?|同季)?(?:[(（][^()（）]{1,20}[)）])?(?:分别)?(?:亦|也)?(?:大幅|小幅|明显|略有|略|稍|稳步)?"
    # 环比扩大4.1亿元: how much the level moved since the month before
    # (同比快255亩, 同比慢0.1万亩: how far ahead of last year's pace)
    r"(?:增加|减少|增长|下降|上升|提高|降低|扩大|缩小|收窄|缩短|延长|(?:多|少)(?:完成|实现)?|净增|新增|增产|减产|增|减"
    r"|(?<=同比)(?:快|慢))了?"
    r"(?:执行|投资|支出|投入)?"  # 较去年同期增加执行近100亿元: how much more was spent
    r"(?:(?:额|量)(?:为|达)?)?(?:约|近)?$"  # 同比增加额514元
)
# 比上年同期196978万元增长13.38%: last year's level, the baseline of the growth that follows;
# 短收187万元: how far revenue fell short of the year's share
BASELINE = re.compile(
    r"(?:(?:比|较)(?:上年|去年|上年同期|去年同期|(?:19|20)?[0-9]{2,3}年(?:同期)?"
    # (促进企业增收2628万元: what the firms gained, a figure; 增收 alone is a change)
    r"|去年底|去年末|上年末|上年底|年初|上月|上一?期|前一年|前年)的?"
    r"|(?<![\u4e00-\u9fff]{2})(?:短收|超收|欠收|减收|增收))"
    r"了?(?:约|近)?$"
)
QUOTE_OPEN = '“‘「『《"'
QUOTE_CLOSE = '”’」』》"'
# 到2025年，…: the clause that opens a plan's figures
HORIZON = re.compile(
    # (《规划》明确，到2025年，: what the plan says, then its horizon)
    r"\s*(?:比如|例如|如|其中|[^，。；0-9]{0,10}?(?:提出|明确|要求)[，,：:]?)?"
    r"(?:力争|预计|计划)?到(?:19|20)[0-9]{2}年(?:前|时)?[，：\s]*"
)

# The stages a project passes, one vocabulary for every reader of them: starting work, finishing
# it, and the deal before it; each reader takes the groups it needs through ``alternation``.
STARTED = (
    "新开工",
    "开复工",
    "开工建设",
    "开工实施",
    "开工",
    "开建",
    "动工建设",
    "动工实施",
    "动工",
    "复工",
)
FINISHED = ("竣工投产", "建成投产", "建成投用", "竣工", "完工", "建成", "投产", "投用")
DEALT = ("签约", "履约", "落地")


def alternation(*groups: tuple[str, ...], but: tuple[str, ...] = ()) -> str:
    """The words of ``groups`` (``but`` these) as one regular-expression alternation, longest
    first so that 开工建设 is taken whole rather than as 开工."""
    words = {word for group in groups for word in group}.difference(but)
    return "|".join(sorted(words, key=lambda word: (-len(word), word)))


# 占总任务量, 占总建设任务, 占总目标任务数: the whole task a part done is a share of
WHOLE_TASK = r"占(?:总|全部)(?:建设|计划|目标)?任务(?:数|量)?|占总计划(?:数|量)?"

# 造林完成率在50%以下的有赣州、南昌及景德镇市: the places listed after a value that stand past it
PLACES_AFTER = re.compile(
    # (完成率超过100%的县(区)有…: the kind of places named before they are listed)
    rf"\s*(?:以上|以下|及以上|左右)?的(?:(?:{ANY_PLACES})(?:[(（][^()（）]{{1,6}}[)）])?)?(?:有|是|为)[：:]?"
    rf"(?P<places>[\u4e00-\u9fff、和及]{{2,80}}?)(?:等[0-9一二三四五六七八九十两]*个?{ANY_PLACES})?"
    r"(?=[；;。，,]|$)"
)
