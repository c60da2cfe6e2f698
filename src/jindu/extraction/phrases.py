"""Indicator phrases (指标名称): the noun phrase a number belongs to, without the verbs,
periods, places and qualifiers around it (已培育高新技术企业 → 培育高新技术企业)."""

from __future__ import annotations

import re
from functools import lru_cache

from jindu.extraction.gazetteer import (
    COUNTIES,
    JOINED,
    PLACES_IF_SAID,
    SHORT_PLACES,
    TWO_CHAR_COUNTIES,
    USUAL_NAMES,
)
from jindu.extraction.numerals import CHINESE_DIGITS, NUMERAL_CHARS, parse_number
from jindu.extraction.patterns import (
    AGAINST_AVERAGE,
    AIMING,
    ANY_PLACES,
    COUNT_MEASURES,
    CURRENCY,
    DAYS,
    FINISHED,
    JUDGED_DEGREE,
    PERIOD,
    PERIOD_CHARS,
    PLACE_KINDS,
    PLACES_AFTER,
    QUOTE_CLOSE,
    QUOTE_OPEN,
    STARTED,
    SUPERLATIVE,
    TARGET_MARK,
    VIEW_KINDS,
    alternation,
    starting_with,
)

CONTENT_VERB_PATTERN = (
    r"(?:新增|培育|引进|招引|建成|新建|建设|认定|组建|设立|举办|开展|获批|获得|签约|落地|申报|授权|"
    r"扶持|减免|兑现|发放|投入|带动|吸引|孵化|推荐|组织|改造|实施|立项|服务|支持|新认定|备案|培训)"
)
_NATIONAL_TITLE = (
    "重点|示范|科普|文明|百强|千强|先进|优秀|职业|技能|一流|首|模范|劳动|五一|三八|十佳|卫生"
    "|双拥|绿色|生态|知名|驰名|名牌|质量|创新型|[0-9]|性|人大|政协|各地|范围|平均|水平|同行|同类|层面|人民"
)
_HOME = (
    r"全州|我州|全市|我市|全区|我区|全县|我县|全镇|我镇|全盟|我盟|全旗|我旗|(?<!样)本[市区县]|全省|我省"
    r"|全乡|我乡|全街道|(?<![\u4e00-\u9fff])街道(?=[0-9]|累计|共|全年|当年|今年|实现|完成|新增)"
    r"|本港|本澳|全港|全澳|(?<!应)该[市区县省州]"
    # 全国秋粮, 全国新开工改造城镇老旧小区 (but 全国重点实验室, 全国文明城市: a title)
    rf"|(?<!在)全国(?!{_NATIONAL_TITLE})|我国(?!{_NATIONAL_TITLE})"
)
_LEADING = starting_with(
    r"\s0-9(),:;·•■□▲◆◇○●★、。一七三上下与且两为九也争二五亦仅今仍从以但依使全八六共其再分则前力加包区十去县又及取另只可各合同含和咬四回园围地均大完实将小尚尤尽已市年并开当快总我截扎拟拥持按据提数明是有本来此比深特现的目相省看督确积稳第紧累组经统而至获虽行要计该请超距较达近过还这都重锁镇除预高能惟却隔次翌更连须主最居到综不在（），：；①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳〔【方发街期记",
    r"^(?:(?:与(?:去年|上年|(?:19|20)[0-9]{2}年)?|去年|上年|(?:19|20)[0-9]{2}年)"
    # (与2011年同期272件相比: last year's level said in the comparison)
    r"(?:同期|同月)?(?:的?[0-9.]+[\u4e00-\u9fff]{0,3}?)?(?:相比|比较)|"
    # 与去年同期下降3.13%: the comparison without 相比
    r"与(?:去年|上年)(?:同期|同月)?(?=下降|增长|减少|增加|上升|提高|降低|持平|$)|"
    # 共发生各类生产安全事故37起: what happened is what is counted
    r"发生(?=[\u4e00-\u9fff]{2})|(?:[市省县区]|上级)?下达(?:给)?(?:我[市县区镇])?|回顾一下|(?:再|来|请)?看看|其中|目前|当前|现已|现有|实有|同时|另外|此外|此次|本次|这次|并且|并计|并|且|还|而且|而|以及|和|及(?!时)|与|另有|另(?=[0-9一二三四五六七八九十])|"
    r"但是|但|虽然|尽管|仍然|仍|尚|距离|仅|只|要|确保|含(?!税|量)|包括|包含|主要以|(?:最多|最少|最高|最低|最大|居首)[、，,]|使(?![用命馆者])|近(?:几|两|三|五)?年(?:来|以来)|特别是|尤其是|[一二三四五六七八九十]+是|[0-9]{1,2}[.、．](?![0-9])|[一二三四五六七八九十]{1,3}、(?![一二三四五六七八九十](?:[、，和及]|产业))|"
    # 除厦门、南平分别增长12.4%、12.3%外: the places set apart are places all the same
    r"除了?(?![尘险草湿臭冰雪夕法颤害霜锈])|"
    r"(?:小幅|大幅|快速|稳步|较快)$|"  # 完成技改投资1354亿元，小幅增长0.8%: how it grew
    r"其(?![他它余中次实])(?=[\u4e00-\u9fff]{2})|"  # 其产值分别为: what was named before
    r"其次|"  # 其次分别为广东30个: the places after the leader, each a figure of its measure
    r"(?:方式|方法)(?=[\u4e00-\u9fff]{2})|"  # 通过…等方式直接办理: how, not what
    r"(?:依序|依次)(?:为|是)|"  # 其次依序为德国6.1亿美元: the next ones in order
    # 加快推进200个重点项目: how the work goes says nothing of what is counted
    r"(?:加快|全力|扎实|积极|大力|深入|有序|持续)推进|(?:紧紧)?围绕|(?:超额|提前)完成了?|提前超额|组织(?=申报|实施|开展|推荐|引进|认定)|(?:重点)?(?:督办|督促)|要求|[●•◆■▲★·◇□○]|"
    # 其余八县域的GDP分别是：A 167亿元、…: the places the list goes over
    r"(?:其余|其他|其它|各)[0-9一二三四五六七八九十两]*个?(?:县域|县区|县市区|县市|区县|乡镇|镇街|镇|县|区)的|"
    # 第一名：大法寺镇90.99分: the rank of the place that follows
    r"第[0-9一二三四五六七八九十]+名(?:[：:]|$)|"
    # 17市中GDP增幅最高的是菏泽: the field the places are ranked in
    rf"[0-9一二三四五六七八九十两]+个?{PLACE_KINDS}中|"
    # 分部门情况是：国税部门完成…: the view over departments, then each
    rf"分{VIEW_KINDS}(?:情况|来)?(?:看|是|为)[：:，,]?|分{VIEW_KINDS}(?:完成|执行)情况[：:]|"
    # 按地区分布为：长沙市22件, 区域分布上：…: the view over places, then each
    r"(?:按|从)?(?:地区|区域|地域|行政区域|县区|区县|县市区)分布(?:情况)?(?:上|来看|看|为|是)?[：:，,]?|"
    # 同口径增长, 按可比价格计算增长, 按现价计算(下同)下降: how a growth was computed
    r"同口径(?:对?比(?=增|下降|减|$))?|按可比口径(?:计算)?|按(?:可比|现行?)价格?(?:计算)?|可比价|可比口径|可比(?![价口])|现价(?=同比|增长|下降)|[（(]下同[）)]|"
    r"(?:区|园区|县|市|镇|开发区|高新区)内|上下|咬定|锁定|紧盯|"
    r"据统计|据了解|经统计|统计显示|数据显示|截至目前|截止目前|至目前|至今|"
    r"记者(?:从[\u4e00-\u9fff]{1,20}?)?(?:了解到|获悉|得知)|"  # 记者了解到今年…: who was told
    # 按年轻微增加0.7% (Hong Kong, Macau: year on year), 期内经常收入, 加上资本收入的总收入
    r"按年(?:轻微|略微|微|小幅|大幅|显著|明显)?|期内|加上(?![级年解缴])(?!上年)|"
    # ②高标准建设…, 〔生态环境保护工作〕, 4 新增养老机构床位: a list's or a table row's number
    r"[①-⑳〔【]|[0-9]{1,2}\s+(?=[\u4e00-\u9fff])|[0-9一二三四五六七八九十]{1,2}年来|"
    # 经重新认定的高新技术企业: how they came to be counted
    r"经(?=申报|重新|认定|审核|评审|批准|核定|考核|专家)|"
    # 截至2016年底累计完成投资: what the period's words leave of it
    r"(?:截至|截止到?)(?:去年|上年|今年|本年)?(?:底|末)?|这里的?|这些|这|上述|本年度|今年度|全年度|当年度|今年|本年|年内|当年|全年|过去(?:的)?[一二两三四五]年(?:来|中|里)?|实际(?!利用|使用|到位)|"
    r"去年(?!同期|底|末)|明年度?|下一?年度|来年|隔年|次年|翌年|上年(?!同期|底|末|度)|年末|年底|本月|当月|本周|当周|上周|本季度|当中|(?:19|20)[0-9]{2}年度?|(?:19|20)[0-9]{2}(?=全年|年底|年末)|1[01][0-9]\s?年(?:度|底|末)?(?![0-9])|(?:到|至)(?:今年|本年)?(?:年底|年末)|前[0-9一二三四五六七八九十]{1,2}个月|"
    r"(?:相比|相较|比|较)(?:上年末|上一?年度?|去年|年初|前一?年|(?:19|20)[0-9]{2}年)"
    r"(?:[0-9]{1,2}(?:[-—~至][0-9]{1,2})?月份?)?(?:同期|同月|同季)?(?:相比|比较)?|同期|"
    r"(?:较|相较|相比)(?=同比|$)|"  # 较2015年1-6月同比: the period gone, the comparison left
    # 计划投产项目17宗 counts projects by their plan (TARGET_MARK says the same)
    r"已经|已有(?!效|研发|专职)|已|均|都|再度|再|又|也|亦|则|惟|却|至于|来自|合共|连同|须(?!知)|不仅|不但|"
    # 目标在2025年增至18间: where the aim is set (在孵企业, 在建项目 are names)
    r"在(?![孵建岗校职读营线途库册园研售保押审])|"
    # 全国339个地级及以上城市平均…: the places averaged over
    r"(?:全国|全省|全市|全区|全县)?[0-9]+个(?=[\u4e00-\u9fff]{2,14}?平均)|"
    # 更带来, 以电子产品增幅…较多 (not 更新, 以旧换新, 以色列)
    r"更(?!新|换|名|正|改|生|替|迭)|以(?!旧换新|工代赈|奖代补|奖促治|色列|上|下|内|外|及|后|前|来)|"
    r"将|拟|能够?(?=完成|实现|达到)|可(?=完成|实现|达到)|计划(?!内|(?:投产|开工|新开工|竣工)项目|总投资|投资额)|预计|预期|力争|"
    rf"{AIMING}|"
    r"确保|共有|拥有|现有|共计|共|累计|合计|综计|总计|"
    r"分别|依次|一共|总共|各地|各单位|各部门|"
    # 各市州完成率分别为： (各市场主体 is no place)
    rf"(?:省内)?各(?!市[场民级(（]){PLACE_KINDS}(?![(（市县区镇州])|"
    rf"{_HOME}|"
    # 达到或超过时序进度项目: a state of progress, not the verb before a figure
    r"完成了|完成|实现了|实现|达到了|达到(?![或和](?:超过|超出|快于|高于))|是|为|获得|取得|"
    # 第3季的出口货值, 全区的高效农业面积: the 的 of a period or a place that went
    r"的|"
    r"[，,、：:；;。（(）)\s]"
    r")+",
)
_TRAILING = starting_with(
    r"\s(,:;/\[［、（，：；上下不与临为也了亦人仅今以体保修全共分则初到及只可各合同名和回均增多大如完定实将尽已录微"
    "走攀总情扩拥按排接控提数新方是更最有比港澳略的确稳突累约结维翻至虽要规计设超较达近进连逆逾都降预首高在年之放加收缩来重跃减创再史",
    r"(?:已经|已|共|合计|年累计|累计|总计|共计|分别|(?<![平人户])均|都|(?<=[省市县区镇州旗])各|同比|名义|同步|逆势|逆市|全年|今年|完成了|完成|实现了|实现|实际|"
    r"达到了|达到|(?<![下送])达|(?:设定?|定|确定)为|(?<!行)为|是|拥有|有|突破|超过|超出|超越|(?<!^[出入])(?<![年月全，,；;\s][出入])超|逾|大约|约为|(?<![履签合节制公契条预违])约|接近|将近|近|不足|不到|"
    r"高达|多达|只有|仅有|仅|录得|来到|重回|的|了|至|(?<![收得受])到|总数|数量|最多|最少|最高|最大|规模为|方面|情况|(?<!大)数据|预计|首次|(?<![榜元])首|控制在|控制|稳定在|保持在|维持在|"
    r"要确保|确保|要|以|是否|翻番|翻一番|翻了一番|大关|可|至少|(?:结果)?如下|"
    # 研发投入强度提高到2.85%, 用水量降至18.6立方米, 工业投资比上年增长: the change goes
    r"提高|提升|上升|下降|降低|降|回落|走高|走低|攀升|回升|大?跃升|大增|放缓|(?:再)?创(?:下|出)?(?:历史|历年|同期|单月|近[0-9一二三四五六七八九十]+年)?(?:新高|最佳|纪录|最高)(?:纪录)?|(?:为)?史上第[0-9一二三四五六七八九十]+度|(?:增加|减少|上升|下降|提高|降低)了?(?:约|近)?[0-9][0-9.,]*[\u4e00-\u9fff]{0,2}|加快|加速|收窄|缩小|进一步|连续|增至|扩大|增长|(?:同比|比|较)(?:上一?年度?|去年)(?:同期|同月)?|"
    # 较99年微减0.44%, 比2022年增长: the year compared with, and how much it moved
    r"同?(?:比|较|与)(?:19|20)?[0-9]{2,3}年(?:度|同期)?(?:相比|比较)?(?:则|亦|也)?(?:微|略|小幅|大幅)?|"
    r"(?<=投资)体量|"  # 完成投资体量达365亿元
    r"(?<=[率量额速幅值数度重比均都])在|"  # 造林完成率在50%以下的有…
    # 总销货数量则升, 实质成长: the words before a growth; 零售业总销货价值的临时估计为396亿元:
    # how sure the figure is, not what it is
    r"(?:及|和)?(?:排名|排序|名次)|"  # 考评得分及排名
    r"则|亦|也|更|虽然|尽管|实质|按年|(?<=[\u4e00-\u9fff]{2})之|(?<!小)微|略|(?:临时|修订|初步)估计(?:数|值)?|(?<=[数额量])计|"
    rf"{CURRENCY}|澳门元|港元|"  # 营业额为新台币1兆780亿元: the currency
    r"[，,、：:；;（(\[［/\s])+$",  # (35户/8195.24平方米: the same, in a second unit)
)
_MID_VERB = re.compile(
    r"(?<!未)(?<!没有)(?:累计完成|共完成|完成了|完成(?!率|进度|比例|度)|实现了|实现|达到|共有|拥有(?!量)|建有|集聚|聚集|汇聚)"
)
# 全市 goes from names (全市高新技术企业), but not from a share of the whole
# (占全市出口总额的比重; 天全县 is a county)
_ANYWHERE = starting_with(
    f"{QUOTE_OPEN}{QUOTE_CLOSE}全同在完实当我按整本该达预上现自呈逐受提街以市省县区可发1",
    rf"(?<![占于])(?<!(?<!每|今|当)天)(?:{_HOME})(?!级)|(?<=[\u4e00-\u9fff])预计(?=总产|产量)|[{QUOTE_OPEN}{QUOTE_CLOSE}]"
    r"|(?<=占)(?:同期|当年|整个)(?=[\u4e00-\u9fffA-Za-z]{2})"  # 占同期GDP比重
    r"|(?<=人均)(?:实现|完成|达到)(?=[\u4e00-\u9fff]{2})"  # 农村居民人均实现可支配收入
    r"|(?<=[\u4e00-\u9fff]{2})上年度(?=[\u4e00-\u9fff]{2})"  # 企业上年度销售收入: the period
    # 列管计画110年度截至6月底止共计, 管制计画110年度计: an ROC year said inside the name
    # (树龄100年以上: a span of years; 110年度计划: the plan keeps its 计)
    r"|(?<=[\u4e00-\u9fff]{2})1[01][0-9]年度?(?!以上|以下|以内|左右|前|后|来)(?:计(?![划画]))?"
    r"(?=[\u4e00-\u9fff]|$)"
    # 综合能源消费量呈下降趋势，同比下降2.2%: how it went, no part of the name
    r"|(?:逐年)?呈[\u4e00-\u9fff]{1,6}?(?:趋势|态势)"
    # 项目自开工累计完成投资: since when, no part of the name
    r"|(?<=[\u4e00-\u9fff]{2})自(?:开工|开建|实施|启动)(?:建设)?(?:以来)?(?=[\u4e00-\u9fff]{2})"
    r"|现价(?=(?:地区)?生产总值|GDP|增加值|(?:工业)?总产值|产值)"  # 现价增加值: the price basis
    r"|(?<=[\u4e00-\u9fff]{2})按(?:可比|现行?)价格?计算"  # 工业增加值按可比价格计算: how
    # 高技术制造业在医药制造业高位增长的带动下实现产值: what drove it is no part of the name
    r"|在(?<=[\u4e00-\u9fff]{2}在)[^，；。]{2,20}?的?(?:带动|推动|拉动|带领|支撑|影响)下"
    # 外贸进出口总额在高基数下实现2730亿元: how hard it was is no part of the name either
    r"|在(?<=[\u4e00-\u9fff]{2}在)高基数(?:的?(?:基础|情况))?下"
    # 在大幅减税降费情况下增长1.5%: the circumstances, no part of what grew
    r"|在[^，；。0-9]{2,16}?的?(?:情况|背景|形势|前提|条件|压力)下"
    # 4月份受疫情影响走高至6.1%: what moved it, no part of what it is
    r"|受[^，；。0-9]{1,10}?(?:影响|冲击|带动|拉动)"
    # 提前3个月完成全年计划: how far ahead, no part of the name
    r"|提前(?:[0-9]+|[一二三四五六七八九十两半]+)个?(?:月|天|周|年|季度)"
    # 工矿建行业发生事故20起: what happened is what is counted
    r"|(?<=[\u4e00-\u9fff])发生(?=[^，；。0-9]{0,8}(?:事故|火灾|案件|灾害))"
    # 市口径同比增长13.6%, 按同口径计算: the basis of a growth, no part of what grew
    r"|(?:按|以)?(?:[市省县区]|同|可比)口径(?:计算|统计)?(?!对比|相比|比较)",
)
# 研发开支2018年达到, 获批2021年省瞪羚企业: the year says when, not what
_YEAR = re.compile(
    # (到2020年将达2000亿元: the year a target is for, with the 到 or 至 that leads to it)
    r"(?:(?<![截达])(?:到|至)(?=(?:19|20)[0-9]{2}年))?"
    r"(?<![0-9比较与同])(?:19|20)[0-9]{2}年(?:度|底|末)?(?![0-9以前后内间同])"
    r"|^(?:民国)?1[01][0-9]年(?:度|底|末)?(?![0-9以前后内间同代来])"  # 109年台北市… (Taiwan)
    r"|(?:截至|截止到?)(?:民国)?1[01][0-9]年(?:度|底|末)?(?![0-9以前后内间同代来])"  # 截至104年
)
# 比2020年度增长: the year compared with, said with 年度 (read as 比2020年)
_COMPARED_YEAR_END = re.compile("(?<=[比较与](?:19|20)[0-9]{2})年度")
# “十一五”累计, 十二五期间: the period of a five-year plan (not “十四五”规划, a plan named)
_FIVE_YEAR_PLAN = re.compile(
    r"(?:(?<![截达])(?:到|至))?[“\"]?十[一二三四五]五[”\"]?(?:期间|时期|以来|末期|末)?"
    r"(?![”\"]?(?:规划|时期规划|[\u4e00-\u9fff]*规划$))"
)
# 高新技术产业投资XX亿元: a placeholder for a figure not yet known is no part of a name
_PLACEHOLDER = re.compile(
    r"(?:超过?|约|近|达到?)?(?:[XxＸ]{2,}|[XxＸ*＊](?=[.万亿千元家个项件人%]))(?:\.[XxＸ*＊]+)?"
    r"(?:万亿|亿|万|千)?(?:美元|元|家|个|项|件|人|%)?"
)
# “科技创新券”累计发放 → 科技创新券发放, 区外境内累计到位资金 → 区外境内到位资金
# 市级重点项目经市重点办审核完成投资, 重点建设项目经调整后: how the figure was vetted
_CHECKED_BY = re.compile(
    r"(?<=[\u4e00-\u9fff])经(?:[\u4e00-\u9fff]{1,8}?(?:审核|核定|核实|核准|确认|审定|调整)后?|调整后?)"
    # 经审查立案129件, 经查属实152件: after a review, what it found
    r"|^经(?:审查|核查|调查|查实|查|审核|核实)(?=[\u4e00-\u9fff]{2})"
)
_MID_TOTAL = re.compile(
    # (综合指数年累计为: the year's so far; 今年累计, 五年累计 keep their years)
    r"(?<=[\u4e00-\u9fff])(?:(?:(?<![今当全本上去明往历0-9一二三四五六七八九十两近])年)?"
    r"(?:累计|共计|合计|合共)(?=[\u4e00-\u9fff])(?![数额值量])|共实施"
    # 招商引资项目共到位资金, 新增高新技术企业共申报, 咨询期间共收到
    rf"|(?<![公总])共(?=到位|外出|走访|接待|召开|收到|接获|接到|受理|认领|排查|摸排|发现"
    rf"|{CONTENT_VERB_PATTERN}))"
)
# 重点建设项目1-3月项目累计完成投资 → 重点建设项目投资 (a word said twice once the period goes)
_REPEATED = re.compile(r"([\u4e00-\u9fff]{2,4})\1")
# 第一、二、三批挂钩重点项目: the batches listed are no part of the name
_BATCHES = re.compile(r"第[一二三四五六七八九十]+(?:、[一二三四五六七八九十]+)+批次?")
_BATCH_END = re.compile(r"第[一二三四五六七八九十0-9]+批次?$")
# 各类研发机构, 各级科技计划项目: the quantifier is no part of what is counted
_EVERY_KIND = re.compile(r"各(?:类|级|种)(?!别)")
_PLACE_END = re.compile(
    r"(?:市|区|县|镇|乡|村|街道|基地|园|园区|公司|集团|企业|中心|平台|局|部门|孵化器|大学|学院|"
    r"学校|医院|空间|实验室)$"
)
CONTENT_VERB = re.compile(CONTENT_VERB_PATTERN)
# what is measured about a subject named before 实现/完成 (产业实现产值)
# 下岗失业人员实现再就业: an activity names no one, so its owner stays
_ACTIVITY = re.compile(r"(?:再|转移|稳定|灵活)?就业|(?:自主)?创业|脱贫|转岗")
_MEASURE = re.compile(
    r"(?:总)?产值|增加值|(?:营业|主营业务|销售|财政|税收)?收入|营收|利润(?:总额)?|税收|出口额|"
    r"进出口额|进出口总额|成交额|交易额|销售额|出口交货值|(?:总)?投资额?"
)
MEASURE = _MEASURE
# 完成年度投资, 全年产值: the year's measure (年度计划投资 before a rate: its plan, then it)
YEARLY_MEASURE = re.compile(rf"(年度|全年|当年)(?:{_MEASURE.pattern})")
_PLANNED_MEASURE = re.compile(rf"(?<=..)(?:年度|全年|今年)(?:计划)?(?=(?:{_MEASURE.pattern})$)")


def without_years_plan(name: str) -> str:
    """重点项目年度计划投资 → 重点项目投资: the measure whose year's plan a rate is of."""
    return _PLANNED_MEASURE.sub("", name) if "年" in name else name


# (含), (家), (市、区) go; an abbreviation such as (R&D) or (GDP) is part of the name.
_ASIDE = re.compile(r"\([^()]{0,12}\)")
_KEPT_ASIDE = re.compile(r"[A-Za-z&+-][A-Za-z0-9.&+-]*")  # (R&D), (GDP), (PM2.5)
_THRESHOLD_ASIDE = re.compile(r"[0-9][0-9.]*[^()]{0,6}(?:以上|以下)")


def _aside(match: re.Match[str]) -> str:
    inner = match.group(0)[1:-1]
    if _KEPT_ASIDE.fullmatch(inner) or _THRESHOLD_ASIDE.fullmatch(inner):
        return match.group(0)  # (GDP); 5亿元(3000万美元以上)项目: the kind's other bound
    # 首台(套)重大技术装备, 科技领军(培育)企业: a short alternative inside a term stays;
    # (含), (一), (家) go
    following = match.string[match.end() : match.end() + 1]
    preceding = match.string[match.start() - 1 : match.start()] if match.start() else ""
    inside = "\u4e00" <= following <= "\u9fff" and "\u4e00" <= preceding <= "\u9fff"
    if (
        1 <= len(inner) <= 2
        and all("\u4e00" <= c <= "\u9fff" for c in inner)
        and inner[0] not in "含约其" + NUMERAL_CHARS
        and inner not in ("家", "个", "项", "件", "人", "元", "万元", "亿元")
        and inside
    ):
        return match.group(0)
    return ""


# 排名前三的依次为海滨区: the lead-in of a ranking goes, the place stays
# 开复工率从高到低依次是: the places in the order of the measure, no part of its name
IN_ORDER = r"(?:从|由)(?:高到低|低到高|大到小|小到大|快到慢|多到少|少到多)(?:排序|排列|排名)?"
_IN_ORDER_WORDS = re.compile(IN_ORDER + r"(?:依次|分别)?(?:是|为)?")
_RANKED = re.compile(
    r"^[^，]{0,8}?[前后末][一二三四五六七八九十两0-9]*[位名]?的?(?:依次|分别)?(?:是|为|有)"
)


# 保障经费已拨付学校: 已 says when, not what
_INNER_DONE = re.compile(r"(?<=[\u4e00-\u9fff]{2})已经?(?=[\u4e00-\u9fff]{2})")
# 招商引资总的开工项目: 总的 says nothing of what is counted
_TOTAL_OF = re.compile(r"(?<=[\u4e00-\u9fff])总的(?=[\u4e00-\u9fff])")
# 签约落地中建科工、中建三局等世界500强: the examples before 等 are no part of the name
_EXAMPLES = re.compile(r"(?P<list>[^、，；：]+(?:、[^、，；：]+)+)等(?=[\u4e00-\u9fff]{2})")


# 新争取“超高热流密度…研究”等国家重点研发计划项目: an example, quoted, before 等
# (开展“走出去、请进来”“云洽谈、云签约”等活动: every example quoted goes)
_QUOTED_EXAMPLE = re.compile(r"(?:“[^“”]{2,40}”[、和及与]?)+等(?=[\u4e00-\u9fff]{2})")


def _examples(text: str) -> str:
    if _EXAMPLES_WORD not in text:
        return text
    found = _EXAMPLES.search(text)
    if found is None:
        return text
    first = found.group("list").split("、")[0]
    verbs = list(CONTENT_VERB.finditer(first))
    kept = first[: verbs[-1].end()] if verbs else ""  # the verb before the first example stays
    return text[: found.start()] + kept + text[found.end() :]


# 中小企业, 中心, 中国, 中科 (中部科学园区), 中欧班列, 中长期: names that start with 中
MIDDLE_WORD = re.compile("中[小心国央医学期药级试型部西华科欧亚非韩美日俄老青长职文]")
# 以金融及保险业: a trade said first in a ranking (以…居首)
_TRADE_LAST = re.compile(r"^以[\u4e00-\u9fff及和、]{1,10}业$")
_STATE = r"(?:已经?)?(?:提前|超额|基本|全面)?完成"
_STATES_ONLY = re.compile(rf"({_STATE}(?:(?:和|或|及|、){_STATE})+)(?:的|的有|有)?")
_SHARE_WHOLE = re.compile(r"占[^，；、占]+?(总数|总量|总额)的?$")
_KEPT = "\ue000"  # a private-use character no pattern strips


# 下同)、2.上杭县: the end of the item before, whose bracket opened before the name began
_ITEM_BEFORE = re.compile(r"^[^()]*\)[、，,；;]\s*(?:[0-9]{1,2}\.)?")
# 战略性新兴产业【3】产值, “银税互动”[4]: a footnote's mark
_FOOTNOTE = re.compile(r"【[0-9]{1,2}】|\[[0-9]{1,2}\]")


def _cut_into_place(text: str, cut: int) -> bool:
    """无为突破 cut after 无: the words stripped began inside a short place name (无为, 江都,
    东至) that stands alone or ends a list."""
    for size in (2, 3, 4):
        start = cut + 1 - size
        name = text[start : cut + 1]
        if start >= 0 and (name in COUNTIES or name in SHORT_PLACES):
            return start == 0 or text[start - 1] in "、和及与，,"
    return False


# clean runs a pattern only where the text holds what every match of it needs: a word, or
# one of some characters. GATES lists each gate with its patterns, and
# test_extraction_patterns derives from each pattern that its matches do need it.
GATES: list[tuple[str, bool, tuple[re.Pattern[str], ...]]] = []  # (needed, as a word, patterns)


def _needs_word(word: str, *patterns: re.Pattern[str]) -> str:
    GATES.append((word, True, patterns))
    return word


def _needs_one_of(chars: str, *patterns: re.Pattern[str]) -> re.Pattern[str]:
    GATES.append((chars, False, patterns))
    return re.compile(f"[{re.escape(chars)}]")


_FOOTNOTE_MARK = _needs_one_of("【[", _FOOTNOTE)
_ITEM_CLOSE = _needs_word(")", _ITEM_BEFORE)
_DATED = _needs_one_of(PERIOD_CHARS, _YEAR, PERIOD, DAYS)  # a period or a year: 年, 月, 季…
_ASIDE_OPEN = _needs_word("(", _ASIDE)
_STATES_WORD = _needs_word("完成", _STATES_ONLY)
_RANKED_CHAR = _needs_one_of("前后末", _RANKED)
_IN_ORDER_WORD = _needs_word("到", _IN_ORDER_WORDS)
_PLACEHOLDER_CHAR = _needs_one_of("XxＸ*＊", _PLACEHOLDER)
_QUOTED_WORD = _needs_word("”", _QUOTED_EXAMPLE)  # (“…”、等: not always ”等)
_MID_TOTAL_CHAR = _needs_one_of("计共", _MID_TOTAL)
_EVERY_KIND_WORD = _needs_word("各", _EVERY_KIND)
_BATCHES_WORD = _needs_word("批", _BATCHES)
_INNER_DONE_WORD = _needs_word("已", _INNER_DONE)
_TOTAL_OF_WORD = _needs_word("总的", _TOTAL_OF)
_SHARE_WORD = _needs_word("占", _SHARE_WHOLE)
_MID_VERB_CHAR = _needs_one_of("完实达有集聚", _MID_VERB)
_EXAMPLES_WORD = _needs_word("等", _EXAMPLES)


_WITHIN_WORK = re.compile(
    r"在(?P<work>[\u4e00-\u9fff]{2,12}?(?:整治|建设|改造|治理|工作|行动|活动))中(?P<rest>[\u4e00-\u9fff]{2,})"
)
# 解决或采纳的提案, 已开工的项目: what reached a state, named as a set's part is
_DONE_OF = re.compile(
    r"(?P<state>[^的，、]{0,8}(?:解决|采纳|办结|办复|开工|复工|竣工|完工|建成|投产|达标|整改"
    # 首次通过认定的企业, 通过专家评审的企业: what passed a review
    r"|通过[^的，、]{1,6}|认定|入选|获批|入库|备案|评定|签约|新签|落地|引进|招引))的"
    r"(?P<noun>[^的，、]{2,12})"
)


@lru_cache(maxsize=16384)
def clean(text: str) -> str:
    """Strip what is not the indicator: connectors, generic verbs, periods, places."""
    text = _FOOTNOTE.sub("", text) if _FOOTNOTE_MARK.search(text) else text
    if "占比全" in text:
        text = text.replace("占比全", "占全")  # 占比全市25.8%: the share of the whole, 占全市
    text = _ITEM_BEFORE.sub("", text) if _ITEM_CLOSE in text else text
    if _DATED.search(text):  # (a period, a span of days or a year names 年, 月, 季 or 周)
        text = _COMPARED_YEAR_END.sub("年", text) if "年度" in text else text  # 比2020年度增长
        text = _YEAR.sub("", PERIOD.sub("", DAYS.sub("", text)))
    if "五" in text:  # “十一五”累计3044项: a five-year plan's period
        text = _FIVE_YEAR_PLAN.sub("", text)
    text = _ASIDE.sub(_aside, text) if _ASIDE_OPEN in text else text
    states = _STATES_ONLY.fullmatch(text.lstrip("，、；： ")) if _STATES_WORD in text else None
    if states:
        return states.group(1)  # 已完成和提前完成24个: tasks named by the states they reached
    if "(" in text and ")" not in text[text.rfind("(") :] and text.rfind("(") < len(text) - 2:
        text = text[text.rfind("(") + 1 :]  # 39宗新开工项目(已开工8宗: inside the aside
    elif text.endswith(_ASIDE_PARTS):
        return ""  # 12件实事项目(含19个子项目: the parts in the aside are named after the count
    text = text.lstrip("，、；：")
    text = _RANKED.sub("", text) if _RANKED_CHAR.search(text) else text
    text = _IN_ORDER_WORDS.sub("", text) if _IN_ORDER_WORD in text else text
    if (
        text[:1] == "中"
        and not MIDDLE_WORD.match(text)
        and text not in USUAL_NAMES
        and text[:2] not in SHORT_PLACES  # (中山共有9家…)
        and text[:2] not in COUNTIES
    ):
        text = text[2:] if text[1:2] == "有" else text[1:]  # 15项中有9项指标: of the part
    if text[:1] == "以" and (_TRADE_LAST.search(text) or is_place(text[1:])):
        text = text[1:]  # 以日本8.3亿美元最多, 以金融及保险业14.7亿美元居首: the first in a ranking
    # (each pattern below only where the characters it needs are: most names have none)
    text = _PLACEHOLDER.sub("", text) if _PLACEHOLDER_CHAR.search(text) else text
    text = _QUOTED_EXAMPLE.sub("", text) if _QUOTED_WORD in text else text
    text = _ANYWHERE.sub("", text)
    text = _MID_TOTAL.sub("", text) if _MID_TOTAL_CHAR.search(text) else text
    text = _CHECKED_BY.sub("", text) if "经" in text else text
    text = _EVERY_KIND.sub("", text) if _EVERY_KIND_WORD in text else text
    if len(text) >= 4 and _REPEATED.search(text):  # (sub compiles its template at every call)
        text = _REPEATED.sub(r"\1", text)
    text = _BATCHES.sub("", text) if _BATCHES_WORD in text else text
    if text.endswith(("批", "批次")):
        text = _BATCH_END.sub("", text)  # 建成第五批1家市中试基地: the batch of what follows
    text = _INNER_DONE.sub("", text) if _INNER_DONE_WORD in text else text
    text = _examples(_TOTAL_OF.sub("", text) if _TOTAL_OF_WORD in text else text)
    if "，或" in text:  # 解决或基本解决，或已通过其他途径解决: the first way of saying it names it
        text = text[: text.index("，或")]
    within = _WITHIN_WORK.fullmatch(text) if text[:1] == "在" else None
    if within:  # 在人居环境整治中投入经费: the work, then what went into it
        text = within.group("work") + within.group("rest")
    done = _DONE_OF.fullmatch(text) if "的" in text else None
    if done:  # 解决或采纳的提案 → 解决或采纳提案: what reached the state, as a set's part is named
        text = done.group("state") + done.group("noun")
    whole = _SHARE_WHOLE.search(text) if _SHARE_WORD in text else None
    if whole:  # 占全市获奖总数的: the total is the whole the share is of, and stays
        text = text[: whole.start(1)] + _KEPT + text[whole.end(1) :]
    for _ in range(3):
        before = text
        led = _LEADING.sub("", text)
        text = _TRAILING.sub("", led)
        if text == before:
            break
        if text in _HOW_MUCH_ONLY:
            # 实现数, 完成额: the verb names the measure (a budget's outturn); 实现数共 → 实现数
            trimmed = _TRAILING.sub("", before)
            text = trimmed if len(trimmed) > len(text) + 1 else before
            break
        if _cut_into_place(led, len(text)):
            text = led[: len(text) + 1]  # 天长和无为突破: a place that ends like a verb keeps it
            break
    cut = None
    for found in _MID_VERB.finditer(text) if _MID_VERB_CHAR.search(text) else ():
        if found.start() > 0 and len(text) - found.end() >= 2 and not text.startswith("每"):
            cut = found
    if cut is not None and _MILESTONE.fullmatch(text, cut.end()):
        text = text[: cut.start()]  # 高新技术产业产值实现破百: the level passed names nothing
    elif cut is not None:
        # 战略性新兴产业实现产值 → 战略性新兴产业产值: a bare measure keeps its owner
        tail = text[cut.end() :]
        yearly = YEARLY_MEASURE.fullmatch(tail)
        tail = tail[yearly.end(1) :] if yearly else tail  # 某工程完成年度投资 → 某工程投资
        keeps_owner = (
            _MEASURE.fullmatch(tail)
            or BARE_VERB.fullmatch(tail)
            or _ACTIVITY.fullmatch(tail)
            or tail in _HOW_MUCH  # 到位资金完成总量: how much of what was named
        )
        owner = _OWNER_END.sub("", text[: cut.start()])  # 某项目已完成投资 → 某项目投资
        text = owner + tail if keeps_owner else tail
    text = text.replace(_KEPT, whole.group(1)) if whole else text
    text = _ETC_KIND.sub("", text) if _ETC_WORD in text else text  # 民生保障等项目 → 民生保障项目
    staged = _STAGE_LAST.fullmatch(text) if _STAGE_LAST_CHAR.search(text) else None
    if staged:
        # 制造业项目竣工投产 → 竣工投产制造业项目: what is counted are the projects (房县
        # 危改工程开工 → 房县开工危改工程: the place stays in front)
        place, noun = split_place(staged.group("noun"))
        text = (place or "") + staged.group("stage") + noun
    added = _ADDED_AFTER.search(text) if text.endswith(_ADDED_ENDS) else None
    if added and added.start() >= 2 and not is_place(text[: added.start()]):
        # 高新技术企业要新增三十家 → 新增高新技术企业 (平昌县新增9户: the place stays first)
        text = (added.group("verb1") or added.group("verb2")) + text[: added.start()]
    return text.strip()


_HOW_MUCH_ONLY = frozenset(("数", "额", "量", "值"))
_ASIDE_PARTS = ("(含", "(其中", "(包括", "(包含")
_HOW_MUCH = frozenset(("总量", "总额", "总数", "规模", "数量"))
_MILESTONE = re.compile("(?:破|过|突破)[十百千万亿]+|翻(?:一)?番|历史新高|新高")
# 95个项目顺利开工建设: how a stage was reached says nothing of which are counted
SMOOTHLY = r"顺利|如期|按期"
_ETC_KIND = re.compile(r"(?<=[\u4e00-\u9fff]{2})等(?=(?:类)?(?:项目|企业|单位|行业|领域|工程)$)")
# 竣工或投产, 开工在建, 开工/竣工: two stages said together, either reached
_STAGE_JOIN = "(?:或|和|及|、|/)"
_A_STAGE = f"(?:在建|{alternation(STARTED, FINISHED, ('签约', '落地'))})"
_STAGE_LAST = re.compile(
    rf"(?P<noun>[^，；、]{{0,14}}?(?:项目|工程))(?:均|都|全部)?(?:已经|已)?(?:{SMOOTHLY})?"
    r"(?P<stage>(?:集中|陆续|实质性|先后|相继|当年|年内)?"
    # 项目开工在建, 项目竣工或投产: two stages, either reached
    rf"{_A_STAGE}(?:{_STAGE_JOIN}?{_A_STAGE})?)"
)
# the stages a set of works reaches
STAGES = alternation(STARTED, FINISHED)
_ONE_OR_TWO_STAGES = f"(?:{STAGES})(?:{_STAGE_JOIN}?(?:{STAGES}|在建))?"
# (为民办实事项目顺利办结: tasks are done as works are finished)
_STAGE_END = re.compile(f"(?:{_ONE_OR_TWO_STAGES}|办结)$")
_ETC_WORD = _needs_word("等", _ETC_KIND)
_STAGE_LAST_CHAR = _needs_one_of("项工", _STAGE_LAST)  # 项目 or 工程
_STAGE_LAST_ANY = re.compile(
    r"(?P<noun>[^，；、]{2,20}?)(?:方面)?(?:均|都|全部|正式|顺利|如期|按期|已经|已|全面|实际|共|累计)*"
    # (项目竣工或投产, 项目开工在建: two stages, either reached; 基本建成: all but finished)
    rf"(?P<stage>(?:基本)?{_ONE_OR_TWO_STAGES}|办结)"
)
# 年度计划新开项目实际开工: the plan's set, named by what it holds
PLANNED_SET = re.compile(r"^(?:今年|全年|年度|当年)?计划(?=..)")
_STAGE_NOT_NOUN = re.compile(
    r"(?:以来|累计|全年|今年|当年|年内|目前|共|新|计划|预计|基本|陆续|集中|相继|先后|实际"
    r"|准备|拟|将|要|仅|力争|争取|阶段性|部分|全部|已经|已)$|年度"
    # (其他市开工: the other places, no set)
    rf"|^(?:其他|其它|其余){ANY_PLACES}$"
    # (竣工或投产: two stages, no set before them)
    rf"|^[\d.]+$|未|应|(?:{STAGES}|建设){_STAGE_JOIN}?$"
)


# 省级补助资金到位, 中央财政扶贫资金下达: money that reached a stage (未整改到位 is no money)
_MONEY_LAST = re.compile(
    r"(?P<noun>[^，；、]{0,20}?(?:资金|资本金|内资|外资|预算|经费|补助|补贴|款项?|投入))"
    r"(?:均|都|全部|已经|已|实际)*(?P<stage>到位|拨付|下达|兑付|兑现)"
)


# 企业申报省级技术创新中心15家, 项目新增进入市重点产业项目库8个: those counted, then what
# they did; the count is named by the deed first (申报省级技术创新中心企业)
_DOERS_FIRST = re.compile(
    r"(?P<doers>企业|项目|单位|学校|医院|村|社区|城市)"
    r"(?P<deed>(?:成功|首次|新增)?(?:申报|进入|获批|入选|纳入|入驻|上榜|榜上有名|通过|认定为|入库)"
    r"[\u4e00-\u9fff“”]{0,16}"
    # 166个城市环境空气质量达标: the cities that met a standard
    r"|[\u4e00-\u9fff]{2,10}达标)"
)


_DEEDS_AFTER = ("申报", "认定", "入库", "备案", "获批")
_DEED_AFTER = re.compile(
    r"(?P<doers>[^，、的]{2,16}?(?:企业|机构|产品|平台|中心|基地|项目))(?:已|共|均)?"
    rf"(?P<deed>{'|'.join(_DEEDS_AFTER)})"
)


def doers_last(name: str) -> str:
    """企业申报省级技术创新中心 → 申报省级技术创新中心企业: a count of those who did something,
    named deed first (企业上榜 → 上榜企业)."""
    found = _DOERS_FIRST.fullmatch(name)
    if found is None:
        then = _DEED_AFTER.fullmatch(name) if name.endswith(_DEEDS_AFTER) else None
        # 民营科技型企业申报4家, 省级技术产品认定8个: those counted, then the deed (新增科技型
        # 中小企业入库: a deed said first already)
        if then is None or CONTENT_VERB.match(then.group("doers")):
            return name
        return then.group("deed") + then.group("doers")
    deed = found.group("deed").replace("了", "")
    # (企业认定为高新技术企业: the deed names them already)
    return deed if deed.endswith(found.group("doers")) else deed + found.group("doers")


def stage_first(name: str) -> str:
    """C级危房开工 → 开工C级危房, 农村危房改造竣工 → 竣工农村危房改造: a set that reached a
    stage is named stage first (for what was done; 县级公路完工 as a plan stays), and so is
    money (省级补助资金到位 → 到位省级补助资金)."""
    money = (
        _MONEY_LAST.fullmatch(name)
        if name.endswith(("到位", "拨付", "下达", "兑付", "兑现"))
        else None
    )
    if money and not _STAGE_NOT_NOUN.search(money.group("noun")):
        place, noun = split_place(money.group("noun"))
        return (place or "") + money.group("stage") + noun
    # (高新技术企业总数…，净增189家: the net change of the total keeps the total first)
    added = _ADDED_LAST.fullmatch(name) if name.endswith("新增") else None
    noun = added.group("noun") if added else ""
    # (参保人数新增: a measure's change keeps the measure first)
    if added and not (
        is_place(noun)
        or _STAGE_NOT_NOUN.search(noun)
        or noun[0] == "在"
        or _COUNTED_END.search(noun)
    ):
        return added.group("verb") + noun  # 短期贷款新增 → 新增短期贷款
    deed = _DEED_LAST.fullmatch(name) if _DEED_END.search(name) else None
    if (
        deed
        and not _STAGE_NOT_NOUN.search(deed.group("noun"))
        and not is_place(deed.group("noun"))
        and not _GROUP_OF_PLACES.fullmatch(deed.group("noun"))
    ):
        return deed.group("deed") + deed.group(
            "noun"
        )  # 秋粮收获 → 收获秋粮 (西北地区收获: a place)
    staged = _STAGE_LAST_ANY.fullmatch(name) if _STAGE_END.search(name) else None
    noun = PLANNED_SET.sub("", staged.group("noun")) if staged else ""
    if len(noun) > 3 and noun.endswith("中"):
        noun = noun[:-1]  # 20个省重大项目中已开工19个: of the set, the part that started
    if staged is None or _STAGE_NOT_NOUN.search(noun):
        return name  # 今年以来开工, 累计建成: no set before the stage
    place, noun = split_place(noun)
    return (place or "") + staged.group("stage") + noun


# 秋粮收获, 大春粮食播栽, 农村危房改造落实: work on the land or for people done, named by
# the deed first (as a stage, or 收获 before a rate: attributes._WORK_DONE; money paid out,
# 科技创新券发放, stays as written)
_DEEDS = "收获|收割|播种|播栽|移栽|栽插|落实|成交|(?<=[共计])登记"
_COUNTED_END = re.compile("(?:人数|户数|个数|数量|总数|总量|数|量|额|值|率)$")
COUNT_MEASURE = re.compile(f"(?:{COUNT_MEASURES})$")


def counted_key(name: str) -> str:
    """死亡人数 and 死亡, 事故起数 and 事故: one count, said with its measure or without."""
    return COUNT_MEASURE.sub("", name) or name


_ADDED_LAST = re.compile(
    r"(?P<noun>[^，；、]{2,16}?)(?:均|都|分别|共|累计|当年)*(?P<verb>新增|净增)"
)
_DEED_END = re.compile(f"(?:{_DEEDS})$")
_DEED_LAST = re.compile(
    rf"(?P<noun>[^，；、]{{2,16}}?)(?:均|都|全部|已经|已|共|累计|实际)*(?P<deed>{_DEEDS})"
)


# 75家规上企业全年实现产值
_OWNER_END = re.compile(r"(?:已经|已|累计|共|全年|今年|当年|本年|预计|实际)+$")
# 工业总投资占全市固定资产投资的比重, 农业产值占比: the name of a share
SHARE_NAME = re.compile("占.*(?:比重|比例|占比)$|占比$|比重$")
_ADDED_ENDS = ("新建", "引进", "培育", "新增", "净增", "新认定")
_ADDED_AFTER = re.compile(
    r"(?:(?:要|将|再)(?P<verb2>新建|引进|培育)|(?:要|将|再)?(?P<verb1>新增|净增|新认定))$"
)


_TARGET_EDGE = re.compile(
    # 底线目标929亿元，…；奋斗目标938亿元: the floor and the goal striven for
    # (年预计投资149.5亿元, 年计划投资: the year's, said with 年 alone)
    r"^(?:全年|今年|年度|本年|年内|年(?=计划|预计|预期|目标|任务)|的)*"
    r"(?:(?:底线|奋斗|保底|冲刺|挑战)目标|目标|计划|预计|预估|预期|力争|可望|"
    rf"{AIMING}|"
    r"拟|将|有望|任务数?|是|为|数)+"
    r"|(?:的)?(?:考核指标|目标|计划|任务数?|总数|数)(?:是|为|共计|共|合计)?$"
    r"|(?<=[\u4e00-\u9fff]{2})(?:将|要|力争|争取|[有可]望|预估)$"  # 娄星区将达到32%以上
)


# 市下达我县目标任务45家: who assigned the target is not the indicator
_ASSIGNED = re.compile(
    r"(?:[市省县区]|上级)?下达(?:给)?(?:我[市县区镇]|各地|各县区?)?(?=$|目标|任务|年度|全年)"
)


_TARGETS_OPEN = re.compile(
    r"^.{0,16}?目标(?:任务)?(?:是|为)[：:，,]?"
    # 政府工作报告将今年失业率设为…: who sets the target
    r"|^.{0,10}?(?:报告|政府|会议|全会|我们|文件|方案|规划|纲要|意见)(?:还|也|则|又)?将(?!近)"
)


@lru_cache(maxsize=16384)
def strip_target_words(text: str) -> str:
    """目标为, 全年计划 … removed at the edges, to see whether a target clause names anything
    (科技计划项目 keeps its 计划)."""
    text = clean(_ASSIGNED.sub("", text))
    opens = _TARGETS_OPEN.match(text)
    if opens and opens.end() < len(text):
        text = clean(text[opens.end() :])  # 经济社会发展的主要预期目标是地区生产总值
    for _ in range(3):
        before = text
        text = clean(_TARGET_EDGE.sub("", text))
        if text == before:
            break
    return text


def leading_content_verb(text: str) -> str | None:
    named = clean(TARGET_MARK.sub("", text))
    found = CONTENT_VERB.match(named)
    if found and named.startswith("业", found.end()):
        return None  # 服务业项目3个: an industry, no verb
    return found.group(0) if found else None


ACTUAL_MARK = re.compile(
    # (结合我市实际情况, 从实际出发: the circumstances, not what was done)
    r"已|目前|截至|截止|现有|共有|累计|实际(?!利用|使用|到位|情况|出发)|完成了|实现了|达到了"
    r"|今日|当日|当天"  # 计划造林8972.9亩，今日新增造林82亩: what a day did
    r"|事实上|初步核算|据核算"  # 预期目标是…增长6.5%左右。事实上，据初步核算，…: what was done
    r"|数据显示|据统计|统计显示"  # 目标…。数据显示，2014年，全省实现新增城镇就业82.68万人
)


# 到2027年：…全县累计建成孵化基地30个以上: under a plan's horizon a total is planned too
_PLANNED_TOTAL = re.compile("累计|共有|现有")


def is_actual(head: str, planned: bool = False) -> bool:
    """已认定, 截至目前, 1-6月入库: words that make a clause after a target an actual."""
    if planned:
        marks = (m.group(0) for m in ACTUAL_MARK.finditer(head))
        actual = any(not _PLANNED_TOTAL.fullmatch(mark) for mark in marks)
    else:
        actual = ACTUAL_MARK.search(head) is not None
    return actual or PERIOD.search(head) is not None


# 实施重点项目, 计划年内完工项目: how a set of projects was arranged is no part of its name
SET_VERB = re.compile("^(?:计划|实施|安排|推进|共有|有|列入)?(?:年内|当年|今年)?")


# 正在办理, 按进度推进, 已办结: a count named only by the state it is in
STATE_ONLY = re.compile(
    r"(?:已经全部|已全部|已经|已|均已|全部|正在|尚未|未|仍在|按计划|按进度|按序时|有序|加快|提前|超额"
    r"|阶段性|部分|基本){0,2}"
    r"(?:完成|办结|兑现|落实|办理|推进|有序推进|实施|办理中|推进中)"
)
BARE_VERB = re.compile(
    rf"(?:{CONTENT_VERB.pattern}|入库|净增|完成|实现|达到|通过|修复|抢修|整治|清理|处置|治理)+"
)


def quoted_tail(text: str) -> str | None:
    """The quoted name a text ends with: 推进“八大抓手” → 八大抓手."""
    if not text or text[-1] not in QUOTE_CLOSE:
        return None
    opening = max(text.rfind(q) for q in QUOTE_OPEN if q != '"')
    if opening < 0 or len(text) - opening > 20:
        return None
    return text[opening + 1 : -1]


_PLACE_PREFIX = re.compile(
    r"(?P<place>[\u4e00-\u9fff]{1,6}?(?:街道|开发区|高新区|园区|市|区|县|镇|乡))(?!级|域|内|外|场|值|民)"
)
_LAST_OF_KIND = re.compile(
    rf"(?P<place>[\u4e00-\u9fff]{{2,6}}?)等(?:[0-9一二三四五六七八九十两]+个?)?{PLACE_KINDS}"
)
# 农业农村局 (布局, 结局, 当局 are none)
_BUREAU = r"[\u4e00-\u9fff]{2,12}(?<!格|布|结|大|全|当|开|时|变|棋|残|终|邮|药|赌|饭|书|出|入)局"
_DEPARTMENT = (
    rf"{_BUREAU}"
    r"|[\u4e00-\u9fff]{2,10}(?:健康|改革|发改|经信|工信|教育|科技|农业|宣传|组织|政法|编|纪|财经|商务|建设|体育|民族|侨务|台湾)委"
    r"|[\u4e00-\u9fff]{2,10}(?:管委会|委员会|办公室)"
    r"|[\u4e00-\u9fff]{1,8}(?:贫|融|震|访|明|防|侨|台|府|政|治|水|长|空|控|改|安|编)办"
    r"|[\u4e00-\u9fff]{0,8}(?:[市区县镇乡]|街道)(?:人民)?政府"
    r"|[\u4e00-\u9fff]{2,12}(?:分公司|总站)"
)
_GEOGRAPHY = re.compile(
    r"^(?!.*占)(?!.*(?:其他|其它|城镇|乡镇|村镇|集镇|城乡|社区|小区)$)(?!.*(?:其他|其它))(?!国家)"
    # 省级生态镇26个, 全国文明城市, 百强镇: a title a place is given, not a place
    r"(?!.*(?:生态|文明|卫生|特色|美丽|园林|森林|旅游|名|专业|重点|中心|(?:百|千|经济|工业|农业)强)[镇乡村县市区]$)"
    # 省级专业镇14个: a kind of town a level names
    r"(?!.*(?:国家级|省级|市级|县级|区级).{0,6}[镇乡村]$)"
    # 棚户区, 山区, 景区: kinds of area, not places
    r"(?!.*棚户区$)(?!(?:山区|牧区|灾区|库区|景区|老区|疫区|辖区|校区|厂区|街区|小区)$)"
    # 省级高新区2家: a kind of zone, not a place
    r"(?!.*(?:国家级|省级|市级|县级|区级).{0,8}(?:高新区|开发区|园区|工业园|产业园|基地)$)"
    # 农业科技园区42家, 创业园区: a kind of park, named by its field
    r"(?!(?:现代|高新|新)?(?:科技|农业|产业|工业|物流|创业|创新|示范|文化|旅游|电商|孵化|生态|特色)+园区$)"
    r"(?:(?![省市县区]级|国家级)[\u4e00-\u9fff]{1,6}(?:工业园|产业园|基地)"
    r"|[\u4e00-\u9fff]{1,6}(?:市|区|县|镇|乡|街道|办事处|园区|开发区|高新区|部门)"
    r"|[\u4e00-\u9fff]{2,5}(?<![海空河渔商军内外主])港"  # 秦皇岛港, 唐山港: a port, as a place
    r"|[省市县区州]本级)$"  # 市本级完成44.11亿元：the city's own budget, beside its districts
    # 农业农村局, 卫生健康委, 扶贫办, 相山区政府, 淮北分公司: departments stand for the figure
    # before as places do (布局, 举办, 上市公司 are none)
    rf"|^(?:{_DEPARTMENT})$"
    r"|^(?:国税|地税)$"  # 其中，国税完成11765万元: the tax offices, by their short names
    # 东部沿海33家国家级开发区: a macro-region
    r"|^(?:东部沿海|东部|中部|西部|中西部|东北)(?:地区)?$"
)


# 浙江省, 新疆维吾尔自治区: a province by its whole name (节省, 反省 are none)
_PROVINCE = re.compile(r"(?P<short>[\u4e00-\u9fff]{2,3}?)(?:省|(?:维吾尔|回族|壮族)?自治区)")


@lru_cache(maxsize=16384)
def is_place(name: str) -> bool:
    """西岭区, 南浦镇, 浙江省: a short place name and nothing else."""
    if _GEOGRAPHY.match(name) or name in SHORT_PLACES or name in COUNTIES:
        return True
    if name in USUAL_NAMES or (name[-1:] == "旗" and name[:-1] in COUNTIES):
        return True  # 伊金霍洛旗, 鄂托克前旗: a banner (红旗 is none)
    province = _PROVINCE.fullmatch(name) if name.endswith(("省", "区")) else None
    return province is not None and province.group("short") in SHORT_PLACES


LIST_SEP = re.compile("[、和及与]")
# 太和、界首, 阜南、太和产值: a place named with 和 at the head of an item of a list
_JOINED_PLACE = re.compile(
    rf"(?:(?<=[、，,])(?:{'|'.join(reversed(JOINED))})|^(?:{'|'.join(reversed(JOINED))})(?=[、，,]))"
)
_MASK = str.maketrans("和与及", "\x01\x02\x03")
_UNMASK = str.maketrans("\x01\x02\x03", "和与及")


_ANY_JOINED = re.compile("|".join(map(re.escape, JOINED)))


# 乡村消费品零售额各为, 增幅达到或, 巡察组向, 建议分别交由: words a name cannot end with
# (行为, 意向, 碳中和, 参与, 普及, 首都, 人均 end names well)
_LOOSE_END = re.compile(
    r"(?:(?:分别|统一)?交由|各为|(?:达到|超过|高于)?或|各|(?<![人平户亩年日月])均|(?<!首)都"
    r"|(?<!中)和|(?<![普涉波危惠触遍])及|(?<!参)与|(?<![方导意志动倾趋走])向|(?<![行作认成因])为|(?<![于但只就])是"
    # 新签约的重大外资项目中，吴江开发区3个: the set a count is among; 商品共实现: all together
    r"|也|(?<=项目|企业|单位|行业|商品|产品)中|(?<![公总])共"
    # 新材料产业、电子信息产业保持增长，增速分别为…: how it went is no part of the name
    r"|保持(?:较快|快速|高速|平稳|稳定|良好|稳步)?(?:增长)?(?:态势)?|始终|一直"
    # 2家科技企业加速器名单予以公布: the list published is no part of what it counts
    r"|名单(?:予以|现予)?公布)$"
)


def tidy_end(name: str) -> str:
    """A name without the words a clause cut it at (see _LOOSE_END), the 了 of a deed done
    (承担了科研项目 → 承担科研项目), a structure said before it (结构比为37.2:20.5:42.3) or the 的
    of a field (方面的提案 → 方面提案)."""
    while (loose := _LOOSE_END.search(name)) and loose.start() >= 2:
        name = name[: loose.start()]
    name = _DONE_MARK.sub("", name) if "了" in name else name
    name = _STRUCTURE_SAID.sub("", name) if ":" in name else name
    return _OF_A_FIELD.sub("", name) if "的" in name else name


# 三次产业结构比为37.2:20.5:42.3，对GDP的贡献率分别为…: the structure said before is no name
_STRUCTURE_SAID = re.compile(r"(?:结构|比例)(?:之?比)?(?:为|是)?[0-9.]+(?::[0-9.]+)+")


# 乡村振兴方面的提案, 求决类的工单: the 的 between a field and what is counted in it goes
_OF_A_FIELD = re.compile(
    r"(?<=方面|领域)的(?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff]类)的(?=[\u4e00-\u9fff])"
)
# 承担了, 实施了, 扩大了: the deed done; 为了, 除了, 了解, 受理 keep it
_DONE_MARK = re.compile(r"(?<=[\u4e00-\u9fff])(?<![为除罢])了(?=[\u4e00-\u9fff])(?!解)")


def split_list(text: str, separators: re.Pattern[str] = LIST_SEP) -> list[str]:
    """太和、界首 → [太和, 界首]: the items of a list, a place named with 和 kept whole."""
    if not _ANY_JOINED.search(text):
        return separators.split(text)
    masked = _JOINED_PLACE.sub(lambda m: m.group(0).translate(_MASK), text)
    return [part.translate(_UNMASK) for part in separators.split(masked)]


_NAMED_PLACES = re.compile(
    r"^(?P<names>[\u4e00-\u9fff]{2,4}(?:[、和及与][\u4e00-\u9fff]{2,4})+)"
    r"等(?:[0-9一二三四五六七八九十]+个)?(?:设区市|地市|市|县|区|县区|县市|地)$"
)


def named_places(name: str) -> bool:
    """南昌、景德镇、萍乡等市: a list that says its items are places."""
    return bool(_NAMED_PLACES.match(name))


def places_sharing(name: str) -> tuple[list[str], str] | None:
    """东城区、南岭县完成率 → ([东城区, 南岭县], ""); 北湖区、资兴市地区生产总值 →
    ([北湖区, 资兴市], 地区生产总值): two or more places and the noun they share."""
    if not LIST_SEP.search(name):
        return None  # most names list nothing
    named = _NAMED_PLACES.match(name)
    if named:
        # 南昌、景德镇、萍乡等市超过70%: short names the list itself says are places
        return LIST_SEP.split(named.group("names")), ""
    parts = split_list(name)
    counted = _counted_places(parts)
    if counted is not None:
        return counted
    if len(parts) < 2 or not all(is_place(x) for x in parts[:-1]):
        return _units_listed(name)
    parts[-1] = _EACH_END.sub("", parts[-1])  # 陕西、宁夏、新疆各1个: each of the places
    if is_place(parts[-1]):
        return parts, ""
    sized = _PLACES_COUNTED.search(parts[-1])
    if sized and is_place(parts[-1][: sized.start()]):
        # 荆门、黄冈、神农架、天门四个市州完成率: how many places and what kind, then the noun
        return [*parts[:-1], parts[-1][: sized.start()]], parts[-1][sized.end() :].lstrip("的")
    place, noun = split_place(parts[-1])
    if place is None:
        place, noun = _short_place(parts[-1], among_places=True)  # 颍泉、阜南、太和产值
    return ([*parts[:-1], place], noun) if place is not None else _units_listed(name)


def places_counted(name: str) -> bool:
    """日照、青岛两市: a list of places that says how many they are."""
    return LIST_SEP.search(name) is not None and _counted_places(split_list(name)) is not None


def _counted_places(parts: list[str]) -> tuple[list[str], str] | None:
    """淄博、烟台、…、日照、聊城7市完成投资: a list the text says is so many places, its short
    names places even when they are common words too (日照)."""
    sized = _PLACES_COUNTED.search(parts[-1]) if len(parts) >= 2 else None
    if sized is None:
        return None
    count = parse_number(sized.group("count"))
    names = [*parts[:-1], parts[-1][: sized.start()]]
    if count != len(names) or not all(is_place(x) or x in PLACES_IF_SAID for x in names):
        return None
    return names, parts[-1][sized.end() :].lstrip("的")


def _units_listed(name: str) -> tuple[list[str], str] | None:
    """科技和工业信息化局、商务局各: departments whose names may hold a 和 of their own."""
    units = _UNITS_SEP.split(_EACH_END.sub("", name))
    if len(units) > 1 and all(_UNIT.fullmatch(u) for u in units):
        return units, ""
    return None


_UNITS_SEP = re.compile("以及|、|及")
_EACH_END = re.compile("[各均都]$")
_UNIT = re.compile(_DEPARTMENT)  # (places listed so are read by places_sharing itself)


def is_department(name: str) -> bool:
    """科技局, 发改委, 管委会, 市政府办公室: a department of government, by its whole name."""
    return _UNIT.fullmatch(name) is not None


# 四个市州, 7市: how many places of what kind (Arabic counts may go without 个)
_COUNT_OF_PLACES = rf"(?P<count>[两二三四五六七八九十]+|[0-9]+)个?{PLACE_KINDS}"
_PLACES_COUNTED = re.compile(rf"(?<=\w{{2}}){_COUNT_OF_PLACES}")
_LIST_OF_PLACES_SIZE = re.compile(
    rf"(?<=[\u4e00-\u9fff]{{2}})等?(?:[两二三四五六七八九十]+个?|[0-9]+个?){PLACE_KINDS}$"
)


def _without_list_size(last: str) -> str:
    """楚雄六州市 → 楚雄: the last item of a list of places, without the list's size."""
    sized = _LIST_OF_PLACES_SIZE.search(last)
    return last[: sized.start()] if sized else last


_ONLY_PLACES_COUNTED = re.compile(rf"(?:有|共)?{_COUNT_OF_PLACES}")


def counts_places(name: str) -> bool:
    """9市, 有六个县区: a number of places, which names no indicator."""
    return bool(_ONLY_PLACES_COUNTED.fullmatch(name))


def looks_like_place(name: str) -> bool:
    return bool(_PLACE_END.search(name))


_SUBJECT_STOP = re.compile(
    r"已|分别|(?<![人平年日月户亩])均|都|获得|获|被|实现|完成|达到|共有|有(?![色机效线限关])|(?<!所)在|通过|成功|进度|增速|增幅|出现|位居|居(?!民)|同比"
    r"|预计|力争|基本(?=完成|实现|达到|建成|持平)"
    r"|排名|位列|分列|并列|领跑|(?:发展|增长|增速|进度)?(?:最快|较快|最高|较高|最好)"
    # 家电电气业保持两位数增长，增速分别为…; 电子信息业负增长，分别下降…
    r"|(?:保持|实现)?(?:两位数|个位数|三位数|正|负)增长"
    # 突泉、扎旗、前旗高于全盟平均水平，同比分别增长…: how the places did against the whole
    rf"|{AGAINST_AVERAGE}|紧随其后|紧跟其后|走在"
)
# “八园”中星沙产业基地、…: the group the places are picked from
# 九个设区市中除厦门、南平…外: the places the others are set apart from
_PICKED_FROM = re.compile(
    rf"^[^、，]*(?:[”\"]|{ANY_PLACES}(?<!城市))中(?![心间])(?:除了?)?(?=[\u4e00-\u9fff]{{2}})"
    # 完成投资额较高的旗县市有科右前旗、突泉县…: the places picked out, after what they are
    r"|^[^、，]*?的[^、，的]{0,6}?(?:有|是|为|包括|依次是|依次为)(?=[^、，]{2,12}、)"
    # 增速较快的海南、福建分别增长…: how the places listed did, before them
    r"|^[^、，的]{0,8}?(?:较快|较慢|较高|较低|较好|最快|最高|最低|靠前|领先)的(?=[^、，的]{2,12}、)"
)
# 前三, 后五位: a place in a ranking
RANK_AT = r"[前后末][一二三四五六七八九十两0-9]+"
RANK = RANK_AT + "[位名]"
_LISTED = r"(?:分别|依次)?(?:是|为|有)"
SUPERLATIVE_FEW = rf"{SUPERLATIVE}(?:[0-9]+|[一二三四五六七八九十两]+)个(?:城市|地区|{PLACE_KINDS})"
# 排前五位的均为西部省份，分别是…: what the places ranked have in common, before they are listed
_ALL_OF = rf"(?:(?:均|都|全部?)(?:为|是)[\u4e00-\u9fff]{{0,4}}?{ANY_PLACES}[，,]?)?"
# 增速较快的省份有A(…)、B(…): places judged by a measure, listed
_JUDGED_FEW = rf"{JUDGED_DEGREE}的{ANY_PLACES}"
# 排名前三位的是A、B和C; 产值总量前三名为A、B、C
_LISTED_AFTER = re.compile(rf"^.*(?:的|{RANK}|{SUPERLATIVE_FEW}){_LISTED}")
# a ranking's lead: the names listed after it are places (or units) even without a suffix
RANKED_LIST = starting_with(
    "不从位低偏前后排明最末由相超较达高居",
    # (完成投资额居全区前三位的是: 居 ranks too)
    rf"(?:(?:(?:排在|排名|位列|位居|居)(?:全国|全省|全市|全县|全区|全州|全盟)?)?"
    rf"{RANK_AT}[位名]?(?:的)?"
    rf"(?:城区|地区|{PLACE_KINDS})?{_ALL_OF}"  # 排在前五位的城区为
    rf"|{SUPERLATIVE_FEW}|{_JUDGED_FEW}|{IN_ORDER})"
    rf"{_LISTED}",
)
RANK_WORDS = re.compile(
    rf"(?:(?:(?:排名|排|居|位列|位居)(?:在)?(?:全国|全省|全市|全县|全区|全州|全盟)?)?"
    rf"{RANK_AT}[位名]?的?"
    rf"[\u4e00-\u9fff]{{0,2}}?{_ALL_OF}|{SUPERLATIVE_FEW}|{_JUDGED_FEW}|{IN_ORDER})?"
    rf"(?:依次|分别)?(?:是|为|有)?[：:]?$"
)


def subsequence(short: str, full: str) -> bool:
    """申请量 in 发明专利申请受理量: the characters of ``short`` in order within ``full``."""
    chars = iter(full)
    return all(c in chars for c in short)


def ranked_measure(text: str, lo: int, before: int) -> str:
    """数量排前5位的是A、B…; 增速居前三的依次为A、B、C: what the places are ranked by."""
    ranked = RANKED_LIST.search(text, lo, before)
    if ranked is None:
        return ""
    opened = max(text.rfind(mark, lo, ranked.start()) for mark in "，：；") + 1
    lead = text[max(opened, lo) : ranked.end()]
    return clean(RANK_WORDS.sub("", lead))


_SPLIT = re.compile(r"以及|、|和|与|及|跟")


# kinds said in one character, set side by side before the words they share
# (no levels of places: 城关镇、县直单位 are a town and the county's own units)
_ONE_CHARACTER_KINDS = frozenset("轻重大中小微公民内外男女进出新老旧")


def _one_character_kinds(shorts: list[str], last: str) -> bool:
    # (城镇、乡村消费品零售额: two words of two kinds each, no kind said in one character)
    return (
        bool(shorts)
        and len(last) > 2
        and last[0] in _ONE_CHARACTER_KINDS
        and last[1] not in _ONE_CHARACTER_KINDS
        and shorts[0][-1] in _ONE_CHARACTER_KINDS
        and shorts[0][-2:-1] not in _ONE_CHARACTER_KINDS
        and all(len(p) == 1 and p in _ONE_CHARACTER_KINDS for p in shorts[1:])
    )


def split_subjects(text: str, count: int) -> tuple[list[str], str] | None:
    """``A和B已获得…`` → [A, B] when the noun phrase splits into exactly ``count`` parts,
    with the noun they share (A、B的入库数 → 入库数)."""
    text = _LEADING.sub("", _ANYWHERE.sub("", PERIOD.sub("", _PICKED_FROM.sub("", text))))
    text = text.removeprefix("同比")  # 同比事故起数和死亡人数分别下降…: 同比 says how they moved
    text = _LISTED_AFTER.sub("", text).rstrip("，,、：:；;。 ")
    both = _TOWN_AND_COUNTRY.match(text) if count == 2 else None
    if both:
        # 城乡居民人均可支配收入分别增长7%、8%: 城镇居民… and 农村居民…
        rest = both.group("rest")
        stop = _SUBJECT_STOP.search(rest)
        rest = both.group("who") + (rest[: stop.start()] if stop and stop.start() else rest)
        return ["城镇" + rest, "农村" + rest], ""
    three = _THREE_SECTORS.match(text) if count == 3 else None
    if three:
        # 三次产业的贡献率, 第一、二、三产业增加值: one name for each sector
        rest = three.group("rest").lstrip("的")
        stop = _SUBJECT_STOP.search(rest)  # 第一、二、三产业分别拉动GDP增长2.74、1.96…
        rest = rest[: stop.start()] if stop else rest
        return [f"{three.group('pre')}第{n}产业{rest}" for n in "一二三"], ""
    two = _TWO_SECTORS.match(text) if count == 2 else None
    if two:
        # 二、三产业投资同比分别增长: 第二产业投资 and 第三产业投资
        rest = clean(two.group("rest").lstrip("的"))
        return [f"{two.group('pre')}第{two.group(n)}产业{rest}" for n in ("a", "b")], ""
    stop = _SUBJECT_STOP.search(text)
    if stop and stop.start() > 0:
        text = text[: stop.start()]
    text = _LIST_COUNT.sub("", text) if count > 1 else text
    pair = _PAIRED.search(text) if count == 2 and not _SPLIT.search(text) else None
    if pair:
        # 金融机构存贷款余额分别为…: 存款余额 and 贷款余额
        head, tail = text[: pair.start()], text[pair.end() :]
        first, second = _PAIRS[pair.group(0)]
        return [head + first + tail, head + second + tail], ""
    parts = [p for p in (_LEADING.sub("", x) for x in split_list(text, _SPLIT)) if p]
    if len(parts) != count and "、" in text:
        # 石油及制品类、粮油食品类商品零售额: 及 inside a name, 、 between the names
        parts = [p for p in (_LEADING.sub("", x) for x in text.split("、")) if p]
    if len(parts) != count and "、" in text and count > 2:
        # 建筑及装潢材料、饮料、…日用品和书报杂志类: 、 between the names, 和 before the last
        *firsts, last = text.split("、")
        ends = re.split("和|以及|与|及", last, maxsplit=1) if len(firsts) == count - 2 else []
        parts = [p for p in (_LEADING.sub("", x) for x in [*firsts, *ends]) if p]
    if len(parts) != count and count == 2 and text.count("和") == 1:
        # 医药制造业和电子及通信设备制造业: 及 inside a name, 和 between the two
        parts = [p for p in (_LEADING.sub("", x) for x in text.split("和")) if p]
    if len(parts) != count or any(_bare_value(x) or "%" in x for x in parts):
        return None  # 生产总值154.73亿元和170.18亿元, 增长12.4%、下降3.6%: values, not subjects
    parts[-1] = _without_list_size(parts[-1])  # 东川、西岭两县: the list's size, no place
    shared = ""
    if (
        "的" in parts[-1]
        and not any("的" in x for x in parts[:-1])
        and not _SHARE_OF.search(parts[-1])
    ):
        parts[-1], shared = parts[-1].split("的", 1)
        # 曲靖和楚雄六州市的项目落地率: how many places the list has goes with it
        parts[-1] = _without_list_size(parts[-1])
    elif (sized := _LIST_SIZE.search(parts[-1])) and CHINESE_DIGITS[sized.group(1)] == count:
        # 桂林、南宁两个高新区工业增加值…: the list says its size, then what they share
        parts[-1], shared = parts[-1][: sized.start()], parts[-1][sized.start() :]
    elif all(is_place(x) for x in parts[:-1]) and not is_place(parts[-1]):
        # 城关街道、青山镇、石桥镇工业投资 → three places sharing 工业投资
        place = _LAST_OF_KIND.match(parts[-1]) or _PLACE_PREFIX.match(parts[-1])
        if place and len(parts[-1]) - place.end() >= 2:
            # 巴中、…、雅安等市州投资: the last place, then the kind of all (no place 雅安等市)
            parts[-1], shared = place.group("place"), parts[-1][place.end() :]
        elif (short := _short_place(parts[-1], among_places=True))[0]:
            parts[-1], shared = short[0], short[1]  # 广东、江苏高新技术企业数量
    # 省级、市级研发中心 → 省级研发中心, 市级研发中心
    last = parts[-1]
    shorts = parts[:-1]
    measure = _SHARED_MEASURE.search(last)
    if all(len(p) == 1 for p in shorts) and len(last) > 2 and last[0] in NUMERAL_CHARS:
        parts = [p + last[1:] for p in shorts] + [last]  # 一、二、三产投资
    elif _one_character_kinds(shorts, last):
        # 规模以上轻、重工业增加值, 大、中型企业, 进、出口总额: one character each, sharing the
        # words before the first and after the last
        head = shorts[0][:-1]
        parts = [head + p[-1] + last[1:] for p in shorts] + [head + last]
    elif all(len(p) <= _KIND_NAME and p[-1] in "级类型性" for p in shorts):
        cut = last.find(shorts[0][-1])
        if 0 < cut < len(last) - 1:
            tail = last[cut + 1 :]
            parts = [p + tail for p in shorts] + [last]
            # 限上日用品类、烟酒类零售额: the first's scope holds for all
            scope = _LIMIT_SCOPE.match(parts[0])
            if scope and len(parts[0]) - scope.end() >= 2:
                scoped = [x if _LIMIT_SCOPE.match(x) else scope.group(0) + x for x in parts[1:]]
                parts = [parts[0], *scoped]
    elif _shared_ending(shorts, last):
        # 省重点、市重点、县区重点建设项目投资: names ending alike share what follows the ending
        ending = _shared_ending(shorts, last)
        tail = last[last.find(ending) + len(ending) :]
        if tail[:1] in ("类", "等"):
            # 基础设施工程、产业工程、民生保障工程类三大领域项目: the tail sums the group up
            parts = [*shorts, last[: last.find(ending) + len(ending)]]
        else:
            parts = [p + tail for p in shorts] + [last]
    elif (
        measure
        and measure.start() >= 2
        and not any(_MEASURE.search(p) or _COUNT_END.search(p) for p in shorts)
    ):
        # 新材料、生物医药产业产值 → 新材料产业产值, 生物医药产业产值
        parts = [p + measure.group(0) for p in shorts] + [last]
    elif (
        all(_CODE.fullmatch(p) for p in shorts)
        and (code := _CODE.match(last))
        and code.end() < len(last)
    ):
        # PM10、PM2.5平均浓度: codes share the words after the last code
        parts = [p + last[code.end() :] for p in shorts] + [last]
    elif (
        len(shorts[0]) <= _SHORT_NAME
        and {len(p) for p in shorts} == {len(shorts[0])}
        and (rated := _RATE_TAIL.fullmatch(last, len(shorts[0])))
    ):
        # 小麦、玉米和水稻机收率, 耕整、播施和收获机械化程度: short names of one length share
        # the rate the last is named with
        parts = [p + rated.group(0) for p in shorts] + [last]
    elif len(shorts[0]) >= _PARALLEL_MIN and {len(p) for p in shorts} == {len(shorts[0])}:
        # 劳动监察、劳动仲裁、劳动信访案件按期结案率: parallel names of one length share the
        # rest of the last
        size = len(shorts[0])
        if len(last) > size + 1 and all(p[0] == last[0] for p in shorts):
            parts = [p + last[size:] for p in shorts] + [last]
    return parts, clean(shared)


# 小麦、玉米和水稻机收率: names this short, and the rate the last is named with
_SHORT_NAME = 3
_RATE_TAIL = re.compile(r"[\u4e00-\u9fff]{0,4}(?:率|程度|水平)")
_THREE_SECTORS = re.compile(
    # (一二三产业占GDP比重: the three said without marks)
    r"(?P<pre>[^、和]*?)(?:三次产业|第?一[、，]?第?二[、和及]?第?三(?:次)?产业)(?P<rest>.*)$"
)
_TWO_SECTORS = re.compile(
    r"(?P<pre>[^、和]*?)第?(?P<a>[一二])(?:次产业|产业)?[、和及与]第?(?P<b>[二三])(?:次)?产业(?P<rest>.*)$"
)
_TOWN_AND_COUNTRY = re.compile(r"城(?:镇?[、和与及]农村|、?乡)(?P<who>居民|常住居民)(?P<rest>.+)$")
# two measures written as one word
_PAIRS = {"存贷款": ("存款", "贷款"), "存贷": ("存款", "贷款"), "进出口": ("进口", "出口")}
_PAIRED = re.compile("|".join(_PAIRS))
_NUMBER_OR_UNIT = re.compile(r"[0-9.]+(?:万亿|亿|万|千)?(?:元|美元|个|家|项|件|人|%)?")


def _bare_value(part: str) -> bool:
    """170.18亿元: a value with no name, so the list is of values, not of subjects."""
    return part[:1].isdigit() and len(_NUMBER_OR_UNIT.sub("", part)) < 2


_PARALLEL_MIN = 2
_CODE = re.compile(r"[A-Za-z][A-Za-z0-9.]*")  # PM2.5, SO2, O3: a pollutant by its code
_KIND_NAME = 8  # 石油及制品类, 省级: the short names of kinds in a list
_LIMIT_SCOPE = re.compile(r"限额以上|限上|规模以上|规上")
_COUNT_END = re.compile("(?:个数|数量|家数|总数|项数|人数)$")  # a measure of its own


def _shared_ending(shorts: list[str], last: str) -> str:
    """The ending (two characters or more) every short name has and the last name has inside,
    with at least two characters after it."""
    first = shorts[0]
    for size in range(min(len(first), 4), 1, -1):
        ending = first[-size:]
        at = last.find(ending)
        if (
            all(p.endswith(ending) and len(p) > size for p in shorts)
            and 0 < at <= len(last) - size - 2
        ):
            return ending
    return ""


_SHARED_MEASURE = re.compile(
    rf"(?:产业|行业|类?项目|人均可支配|人均纯|人均)?(?:{_MEASURE.pattern})$"
)
# 文化旅游、城市建设四类项目投资: how many were listed is no part of the name they share
_LIST_SIZE = re.compile(r"(?<=[\u4e00-\u9fff]{2})([两二三四五六七八九])个(?=[\u4e00-\u9fff]{2})")
# 工业增加值占所在市工业增加值的比重: the 的 of a share does not end the subjects' noun
_SHARE_OF = re.compile("占[^的]+的")
_LIST_COUNT = re.compile(
    r"(?<=[\u4e00-\u9fff)）])[两二三四五六七八九十0-9]+(?:大|个|项)?类(?=[\u4e00-\u9fff]{2})"
    # A、B、C三大主导产业: how many the list has and what they are, after the last
    r"|(?<=[\u4e00-\u9fff)）])[两二三四五六七八九十]大[\u4e00-\u9fff]{0,4}(?:产业|行业|板块|领域)$"
    # A、B、C三大主导产业产值: the count goes, the noun they share stays
    r"|(?<=[\u4e00-\u9fff)）])[两二三四五六七八九十]大[\u4e00-\u9fff]{0,5}?"
    r"(?=(?:产业|行业)[\u4e00-\u9fff])"
    # 工业、服务业、交通等7个行业: how many the list has, after the last
    r"|等[两二三四五六七八九十0-9]+(?:个|项|大)(?:[\u4e00-\u9fff]{1,4}$"
    r"|(?:行业|产业|领域|板块|门类|地区|区域|部门|单位|县区|县市区|乡镇|街道)(?=[\u4e00-\u9fff]))"
)


_HEAD_LEAD = re.compile(
    rf"^(?:{CONTENT_VERB_PATTERN}|净增|入库|建有|拥有|共有)*(?:(?:国家|省|市|县|区)级(?:及?以上)?)?"
)
_HEAD_TRAIL = re.compile(r"(?:总量|总数|数量|存量|占比)$")


@lru_cache(maxsize=16384)
def head_noun(name: str) -> str:
    """省级以上众创空间 → 众创空间; 净增高新技术企业 → 高新技术企业: what a figure counts."""
    noun = _HEAD_TRAIL.sub("", _HEAD_LEAD.sub("", name))
    if noun in ("项目", "工程") and name.endswith("建设" + noun):
        noun = "建设" + noun  # 建设项目27项(省级6项…: projects under construction, one noun
    acted = _ACTED_ON.fullmatch(noun)
    if acted:
        noun = acted.group("noun")  # 企业申报专利 → 专利: what the doer's verb is done to
    return noun if len(noun) >= 2 else ""


_ACTED_ON = re.compile(
    r"(?:推进|推动|组织|指导|引导|鼓励|帮助)?"
    rf"(?:企业|单位|机构|高校|个人)+(?:{CONTENT_VERB_PATTERN}|申请)(?P<noun>.{{2,}})"
)


_LEAD_PLACE = re.compile(
    r"(?P<place>[\u4e00-\u9fff]{2,5}?(?:街道|开发区|高新区|市|县|区|镇|乡))(?![级域内外属直场值民定管])"
    r"(?![(（][市区县])"  # 入围县(市)占全省县(市)数量的比重: a kind of places, not one
)
# 晋城市, 聊城市, 盐城市: a city named …城, not a kind of city (大城市, 各城市)
_CITY_NAMED_TOWN = re.compile("[^大小中新老各全本该其此内外省市县区地一二三四五六七八九十]城市")
_GENERIC_PLACE = re.compile(
    r"(?:.*(?:中心|主|老|新|旧))?城区|.*(?:开发区|高新区|园区|新区|示范区|自贸区|保税区|试验区|功能区|经开区|地区|社区|"
    r"棚户区|片区|街区|小区|校区|厂区|库区|景区|城市|城镇|乡镇)"
    # 贫困山区 is a kind of area; 西山区, 横山区 are districts
    r"|(?:贫困|偏远|边远|革命|民族|采)?(?:矿区|山区|老区)"
)


# 培训返乡青年, 新增下乡人才, 东部其他省市: a verb, a way between town and country, or
# "the other places" is not a place
# (开工市重大项目: the stage put first, then the level of the projects; 列入市重大项目,
# 承办市政府为民办实事: what was done with the city's list or for the city's government)
_NOT_A_PLACE = re.compile(
    rf"{CONTENT_VERB_PATTERN}|(?:{STAGES})|.*(?:[返下回到]乡|城乡)$|.*(?:其他|其它)"
    r"|(?:列入|纳入|承办|协调|争取|参加|参与|进入|入选|入围|配合|办理|督办|统计|安排|交由|交给)"
    # 新入库市重大项目179个, 在库市重大项目: a project's state in the list, then its level
    r"|(?:新|已|累计)?(?:入库|在库|出库|入统|纳统|在建|续建|在谈)"
)


# 县自然资源局负责国债项目: a bureau first, then what it answers for or did
_LEAD_DEPARTMENT = re.compile(
    rf"(?P<department>{_BUREAU})"
    r"(?:负责的?|牵头的?|承担的?|主办的?|共)"
)
# 其中：市本级收入341.5亿元；区级收入358.9亿元: the part of the budget each level has (区级财政
# 收入 is a measure of its own)
_LEVEL_BUDGET = re.compile(
    r"(?P<level>[省市县区州]本级|县区级|区级|县级|市级|乡镇级)(?=(?:收入|支出)$)"
)
# (其他市场监管领域: the market, no place)
_OTHER_PLACES = re.compile(
    rf"(?P<places>(?:其他|其它|其余)(?:[0-9]+个)?{ANY_PLACES})(?!场)(?:均|都)?"
)
_COMPARED_TO_ALL = re.compile("(?<=.)全[省市县区]")


# 西部省份入围9个，其中内蒙古5个: the group of places a part belongs to (东部地区, 沿海城市)
_GROUP_OF_PLACES = re.compile(
    rf"(?:[东西南北中]部|东北|西北|西南|东南|中西部|东中部|沿海|沿边|内陆|边境)(?:{ANY_PLACES})"
)


def without_group(name: str) -> str:
    """西部省份入围 → 入围: a place's figure of the measure its group of places was named by."""
    group = _GROUP_OF_PLACES.match(name)
    rest = clean(name[group.end() :].lstrip("的")) if group else ""
    return rest if len(rest) >= 2 else name


def split_place(name: str) -> tuple[str | None, str]:
    """东山县研发投入 → (东山县, 研发投入): a county or town named before the indicator."""
    if (others := _OTHER_PLACES.match(name)) and len(name) - others.end() >= 2:
        return others.group("places"), clean(name[others.end() :])  # 其他市开工率均达到100%
    if budget := _LEVEL_BUDGET.match(name):
        return budget.group("level"), name[budget.end() :]  # 市本级收入, 区级支出: a level's
    led = _LEAD_DEPARTMENT.match(name) if "局" in name[:13] else None
    if led and len(name) - led.end() >= 2:
        # 县自然资源局负责国债项目5个, 区计卫局共征求到意见建议155条: the bureau's own
        return led.group("department"), clean(name[led.end() :])
    if name[:2] in TWO_CHAR_COUNTIES and name[2:3] not in "级域城内外委政直属定管":
        rest = clean(name[2:].lstrip("的"))
        if len(rest) >= 2:
            return name[:2], rest  # 房县农村危房改造工程
    banner = name.find("旗", 1, 9)  # 达拉特旗实施项目10项: a banner, as a county
    if banner > 0 and is_place(name[: banner + 1]):
        rest = clean(name[banner + 1 :].lstrip("的"))
        if len(rest) >= 2:
            return name[: banner + 1], rest
    found = _LEAD_PLACE.match(name)
    if not found:
        return _short_place(name)
    if re.search("[各全本我该此其占]", found.group("place")[:2]) or _COMPARED_TO_ALL.search(
        found.group("place")
    ):
        return None, name  # (增速高于全县平均水平乡镇: no place in front)
    if "占" in found.group("place") and name.endswith("比重"):  # 税收占全市比重: no place
        return None, name
    place = found.group("place")
    rest = clean(name[found.end() :].lstrip("的"))  # 宝安区的高新技术企业
    if place == "自治区" and _AWARD.search(rest):
        return None, name  # 自治区科学技术奖99项: a title the region gives
    if name.startswith("层面", found.end()):
        return None, name  # 自治区层面重大项目184项: projects of a level of government
    generic = (
        _GENERIC_PLACE.fullmatch(place)
        and place[:-1] not in COUNTIES  # (桐城市 is a city)
        and not _CITY_NAMED_TOWN.fullmatch(place)
    )
    if len(rest) < 2 and not generic and not is_place(place):
        return _short_place(name)  # 江苏百强镇: a province before a title, no town
    if generic or _NOT_A_PLACE.match(place) or len(rest) < 2:
        return None, name
    return place, rest


# 江苏省科学技术奖, 广东省工程技术研究中心: a title the province gives, not what it did
# 科学技术奖, 科技进步奖, 优秀奖: an award a province gives, named by it
_AWARD = re.compile("奖$")
_PROVINCIAL_TITLE = re.compile(
    r"级|重点|专精特新|创新型|名牌|著名|.*(?:奖|称号|中心|实验室|工作站|示范[区县市镇村])$"
)


def _short_place(name: str, among_places: bool = False) -> tuple[str | None, str]:
    """香港初创企业数量 → (香港, 初创企业数量): a province or city named without 省/市. A county
    heads a name only before how it did (肥东成功迈上…), or where the names before it are
    places (颍泉、阜南、太和产值)."""
    for size in (4, 3, 2):
        head, rest = name[:size], name[size:].lstrip("的")
        if head in COUNTIES and not among_places:
            if stop := _SUBJECT_STOP.match(rest):
                return head, clean(rest[stop.end() :])  # how it did names nothing
            if BARE_VERB.fullmatch(rest):
                return head, rest  # 其中，邹城新增19家: the county, then what it did
            continue
        placed = head in SHORT_PLACES or head in COUNTIES
        if (
            head in SHORT_PLACES
            and rest[:1] == "省"
            and len(rest) >= 3
            and not _PROVINCIAL_TITLE.match(rest, 1)
        ):
            return head + "省", clean(rest[1:])  # 河北省规上工业增加值
        if (
            placed
            and len(rest) >= 2
            and (rest[0] not in "省市县区州级籍" or rest.startswith(("县域", "市域", "区域")))
            and not (head in SHORT_PLACES and _AWARD.search(rest))  # 广西科学技术奖: a title
        ):
            return head, clean(rest)  # (陕南县域生产总值: 陕南's 县域生产总值)
    return None, name


_EACH_REACHED = re.compile(r"[，,]?\s*(?:分别|依次)")


def places_after(text: str, at: int, hi: int) -> list[str]:
    """造林完成率达到80%以上的有抚州、萍乡和鹰潭市: the places listed right after ``at`` that stand
    past the value before it (none unless every item is a place, and none when what each
    reached follows: …的有A、B，分别达到97.22%、88.57%)."""
    found = PLACES_AFTER.match(text, at, hi)
    if found and _EACH_REACHED.match(text, found.end()):
        return []
    places = split_list(found.group("places")) if found else []
    return places if places and all(is_place(place) for place in places) else []
