"""Word lists of the demo data: sectors, places, trade names, kinds and people.

Each entry is an (English, Chinese) pair, or holds such pairs. The sentence templates that
use them are in ``templates``. Every name built from these lists is fictitious.
"""

# Per seed sector (its key in seeds/catalogue/00-sectors.toml): the industries that name
# parks and companies, and the products that sentences talk about. A sector not listed here
# is named by its own name.
SECTOR_WORDS = {
    "petroleum-equipment": (
        [("petroleum equipment", "石油装备"), ("oilfield machinery", "石油机械"),
         ("drilling and production equipment", "钻采装备")],
        [("drilling rigs", "钻机"), ("sucker rod pumps", "抽油泵"),
         ("oil country tubular goods", "石油专用管材"), ("wellhead equipment", "井口装置"),
         ("fracturing units", "压裂装备"), ("blowout preventers", "防喷器")],
    ),
    "high-end-equipment": (
        [("high-end equipment", "高端装备"), ("precision machinery", "精密机械")],
        [("CNC machine tools", "数控机床"), ("hydraulic systems", "液压系统"),
         ("precision castings", "精密铸件")],
    ),
    "offshore-equipment": (
        [("offshore engineering", "海洋工程"), ("marine equipment", "海洋装备")],
        [("subsea production systems", "水下生产系统"),
         ("offshore platform modules", "海洋平台模块"), ("subsea Christmas trees", "水下采油树")],
    ),
    "oilfield-services": (
        [("oilfield services", "油田服务"), ("petroleum engineering", "石油工程")],
        [("well logging services", "测井服务"), ("enhanced oil recovery", "提高采收率技术"),
         ("well workover", "修井作业")],
    ),
    "oilfield-chemistry": (
        [("oilfield chemicals", "油田化学"), ("fine chemicals", "精细化工")],
        [("drilling fluids", "钻井液"), ("oil displacement agents", "驱油剂"),
         ("corrosion inhibitors", "缓蚀剂")],
    ),
    "petrochemicals": (
        [("petrochemical", "石油化工"), ("refining and chemical", "炼化")],
        [("refined oil products", "成品油"), ("polypropylene", "聚丙烯"), ("aromatics", "芳烃")],
    ),
    "new-energy": (
        [("new energy", "新能源"), ("wind power", "风电"), ("hydrogen energy", "氢能")],
        [("wind turbine towers", "风电塔筒"), ("photovoltaic modules", "光伏组件"),
         ("energy storage systems", "储能系统"), ("hydrogen fuel cells", "氢燃料电池")],
    ),
    "new-materials": (
        [("new materials", "新材料"), ("special materials", "特种材料")],
        [("carbon fibre composites", "碳纤维复合材料"), ("special steel", "特种钢材"),
         ("high-performance rubber", "高性能橡胶")],
    ),
    "software-digital": (
        [("digital technology", "数字科技"), ("industrial software", "工业软件")],
        [("industrial internet platforms", "工业互联网平台"), ("big data services", "大数据服务"),
         ("oilfield digital twins", "油田数字孪生系统")],
    ),
    "intelligent-manufacturing": (
        [("intelligent manufacturing", "智能制造"), ("robotics", "机器人")],
        [("industrial robots", "工业机器人"), ("digital workshops", "数字化车间"),
         ("smart factory solutions", "智能工厂解决方案")],
    ),
    "environmental-protection": (
        [("environmental protection", "节能环保"), ("energy saving", "节能")],
        [("oily sludge treatment", "含油污泥处理"), ("waste heat recovery", "余热回收"),
         ("solid waste recycling", "固废资源化利用")],
    ),
    "auto-parts-tyres": (
        [("tyre", "轮胎"), ("auto parts", "汽车零部件")],
        [("radial tyres", "子午线轮胎"), ("brake systems", "制动系统"),
         ("rubber products", "橡胶制品")],
    ),
    "marine-fisheries": (
        [("marine fisheries", "海洋渔业"), ("aquatic products", "水产")],
        [("sea cucumber seedlings", "海参苗种"), ("aquatic product processing", "水产品加工"),
         ("deep-sea aquaculture cages", "深海养殖网箱")],
    ),
    "education-research": (
        [("vocational education", "职业教育"), ("technology innovation", "科技创新")],
        [("joint laboratories", "联合实验室"), ("vocational training", "职业技能培训"),
         ("technology transfer", "技术成果转化")],
    ),
}  # fmt: skip

# How often a sector is drawn, beside 1 for the others: the clusters are about oil.
SECTOR_WEIGHTS = {
    "petroleum-equipment": 6,
    "high-end-equipment": 3,
    "offshore-equipment": 3,
    "oilfield-services": 3,
    "oilfield-chemistry": 2,
    "petrochemicals": 2,
    "intelligent-manufacturing": 2,
}

# city -> province, weight, centre (latitude, longitude), telephone area code, name, and
# its districts and counties: (full name, short name used in park names).
CITIES = {
    "dongying": {
        "province": "shandong",
        "weight": 6,
        "centre": (37.43, 118.67),
        "area_code": "0546",
        "name": ("Dongying", "东营"),
        "districts": [
            (("Dongying District", "东营区"), ("Dongying", "东营")),
            (("Hekou District", "河口区"), ("Hekou", "河口")),
            (("Kenli District", "垦利区"), ("Kenli", "垦利")),
            (("Lijin County", "利津县"), ("Lijin", "利津")),
            (("Guangrao County", "广饶县"), ("Guangrao", "广饶")),
        ],
    },
    "jingzhou": {
        "province": "hubei",
        "weight": 4,
        "centre": (30.33, 112.24),
        "area_code": "0716",
        "name": ("Jingzhou", "荆州"),
        "districts": [
            (("Shashi District", "沙市区"), ("Shashi", "沙市")),
            (("Jingzhou District", "荆州区"), ("Jingzhou", "荆州")),
            (("Jiangling County", "江陵县"), ("Jiangling", "江陵")),
            (("Gong'an County", "公安县"), ("Gong'an", "公安")),
            (("Jianli City", "监利市"), ("Jianli", "监利")),
            (("Shishou City", "石首市"), ("Shishou", "石首")),
            (("Honghu City", "洪湖市"), ("Honghu", "洪湖")),
            (("Songzi City", "松滋市"), ("Songzi", "松滋")),
        ],
    },
}

# Where companies outside the two cities come from, and the delegations that visit.
OTHER_CITIES = [
    ("Beijing", "北京"), ("Shanghai", "上海"), ("Tianjin", "天津"), ("Qingdao", "青岛"),
    ("Jinan", "济南"), ("Wuhan", "武汉"), ("Shenzhen", "深圳"), ("Chengdu", "成都"),
    ("Xi'an", "西安"), ("Daqing", "大庆"), ("Panjin", "盘锦"), ("Yantai", "烟台"),
]  # fmt: skip

COUNTRIES = [
    ("Russia", "俄罗斯"), ("Kazakhstan", "哈萨克斯坦"), ("Saudi Arabia", "沙特阿拉伯"),
    ("the United Arab Emirates", "阿联酋"), ("Iraq", "伊拉克"), ("Nigeria", "尼日利亚"),
    ("Brazil", "巴西"), ("Indonesia", "印度尼西亚"), ("Malaysia", "马来西亚"),
    ("Egypt", "埃及"), ("Oman", "阿曼"), ("Algeria", "阿尔及利亚"),
]  # fmt: skip

# Two of these make a trade name: 恒 + 远 = 恒远, "Hengyuan".
SYLLABLES = [
    ("恒", "heng"), ("远", "yuan"), ("华", "hua"), ("瑞", "rui"), ("丰", "feng"), ("鑫", "xin"),
    ("泰", "tai"), ("宏", "hong"), ("盛", "sheng"), ("达", "da"), ("润", "run"), ("博", "bo"),
    ("腾", "teng"), ("安", "an"), ("佳", "jia"), ("永", "yong"), ("信", "xin"), ("中", "zhong"),
    ("天", "tian"), ("金", "jin"), ("龙", "long"), ("正", "zheng"), ("通", "tong"), ("德", "de"),
    ("隆", "long"), ("创", "chuang"), ("凯", "kai"), ("锦", "jin"), ("宇", "yu"), ("星", "xing"),
    ("辰", "chen"), ("汇", "hui"), ("源", "yuan"), ("嘉", "jia"), ("兴", "xing"), ("和", "he"),
    ("鼎", "ding"), ("昊", "hao"), ("晟", "sheng"), ("弘", "hong"), ("诚", "cheng"),
    ("祥", "xiang"), ("益", "yi"), ("恩", "en"), ("峰", "feng"), ("海", "hai"), ("川", "chuan"),
    ("科", "ke"),
]  # fmt: skip

# Park kind -> the words that end its name, and the noun for it in a sentence.
PARK_KINDS = {
    "development_zone": (
        ("Economic Development Zone", "经济开发区"), ("development zone", "开发区"), 2),
    "high_tech_zone": (
        ("High-tech Industrial Development Zone", "高新技术产业开发区"),
        ("high-tech zone", "高新区"), 1),
    "industrial_base": (("Industrial Base", "产业基地"), ("industrial base", "产业基地"), 3),
    "industrial_park": (("Industrial Park", "产业园"), ("industrial park", "产业园"), 6),
    "science_park": (("Science Park", "科技园"), ("science park", "科技园"), 2),
    "technology_city": (("Technology City", "科技城"), ("technology city", "科技城"), 1),
}  # fmt: skip

COMPANY_FORMS = [
    ("Co., Ltd.", "有限公司"), ("Group Co., Ltd.", "集团有限公司"),
    ("Technology Co., Ltd.", "科技有限公司"), ("Engineering Co., Ltd.", "工程有限公司"),
    ("Joint Stock Co., Ltd.", "股份有限公司"),
]  # fmt: skip

# Enterprise kind -> weight and name templates; slots: city, brand, industry (title case).
ENTERPRISE_KINDS = {
    "company": (91, [("{city} {brand} {Industry} {form}", "{city}{brand}{industry}{form}")]),
    "research_institute": (4, [
        ("{city} {brand} {Industry} Research Institute", "{city}{brand}{industry}研究院"),
        ("{Industry} Engineering Research Centre of {city}", "{city}{industry}工程研究中心"),
    ]),
    "university": (3, [
        ("{city} {brand} Polytechnic", "{city}{brand}职业技术学院"),
        ("{brand} University of Science and Technology", "{brand}科技大学"),
    ]),
    "association": (1, [
        ("{city} {Industry} Industry Association", "{city}{industry}行业协会"),
        ("{district} {Industry} Industry Association", "{district}{industry}行业协会"),
        ("{city} {Industry} Chamber of Commerce", "{city}{industry}商会"),
    ]),
    "government": (1, [
        ("{district} Investment Promotion Bureau", "{district}投资促进局"),
        ("{district} Bureau of Commerce", "{district}商务局"),
    ]),
}  # fmt: skip

SURNAMES = [
    ("Wang", "王"), ("Li", "李"), ("Zhang", "张"), ("Liu", "刘"), ("Chen", "陈"), ("Yang", "杨"),
    ("Zhao", "赵"), ("Huang", "黄"), ("Zhou", "周"), ("Wu", "吴"), ("Xu", "徐"), ("Sun", "孙"),
    ("Ma", "马"), ("Zhu", "朱"), ("Hu", "胡"), ("Guo", "郭"), ("Gao", "高"), ("Lin", "林"),
]  # fmt: skip
GIVEN_NAMES = [
    ("Jianguo", "建国"), ("Haitao", "海涛"), ("Xiaoming", "晓明"), ("Lina", "丽娜"),
    ("Zhiqiang", "志强"), ("Wenjing", "文静"), ("Lixin", "立新"), ("Hongmei", "红梅"),
    ("Jun", "军"), ("Min", "敏"), ("Lei", "磊"), ("Yan", "燕"), ("Peng", "鹏"), ("Jing", "静"),
]  # fmt: skip
