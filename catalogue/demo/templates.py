"""Sentence templates of the demo data, each an (English, Chinese) pair.

Templates are ``str.format`` strings; ``text.Slots`` fills both halves with the same facts,
so the two languages of a record say the same thing.
"""

# ---------------------------------------------------------------- parks

PARK_SUMMARY = [
    ("{A_kind} in {district}, {city}, built around {industry} and {product}.",
     "位于{city}{district}的{kind}，以{industry}和{product}为主导产业。"),
    ("{A_kind} of {city} focused on {industry}, home to {m} enterprises.",
     "{city}重点发展{industry}的{kind}，已入驻企业{m}家。"),
    ("{A_kind} in {district} that gathers {industry} and {industry2} enterprises.",
     "{district}集聚{industry}和{industry2}企业的{kind}。"),
]  # fmt: skip

PARK_DESCRIPTION = [
    ("{name} covers a planned area of {area} square kilometres.",
     "{name}规划面积{area}平方公里。"),
    ("Since {year}, it has attracted investment of {amount}.",
     "{year}年以来累计引进投资{amount}。"),
    ("Its leading industries are {industry} and {industry2}, with {product} as a focus.",
     "主导产业为{industry}和{industry2}，重点发展{product}。"),
    ("The park offers standard factory buildings, talent apartments and one-stop approval "
     "services.",
     "园区提供标准化厂房、人才公寓和一站式审批服务。"),
    ("It is served by expressways, a railway freight yard and the port within {n} kilometres.",
     "园区周边{n}公里内有高速公路、铁路货场和港口。"),
    ("More than {staff} people work in the park's {m} enterprises.",
     "园区{m}家企业从业人员超过{staff}人。"),
]  # fmt: skip

PARK_HIGHLIGHTS = [
    ("Planned area of {area} square kilometres", "规划面积{area}平方公里"),
    ("{m} enterprises above designated size", "规模以上企业{m}家"),
    ("Output value of {amount2} in {year2}", "{year2}年实现产值{amount2}"),
    ("Provincial-level {industry} industrial cluster", "省级{industry}产业集群"),
    ("{n} research and development platforms at provincial level or above",
     "省级以上研发平台{n}个"),
]  # fmt: skip

# ---------------------------------------------------------------- enterprises

COMPANY_DESCRIPTION = [
    ("Founded in {year}, it employs about {staff} people.",
     "公司成立于{year}年，现有员工约{staff}人。"),
    ("It holds {patents} patents and is recognised as a national high-tech enterprise.",
     "公司拥有专利{patents}项，是国家高新技术企业。"),
    ("Its products are sold across China and exported to {country}.",
     "产品销往全国各地，并出口至{country}。"),
    ("In {year2}, its operating revenue reached {amount}.",
     "{year2}年实现营业收入{amount}。"),
    ("It runs a provincial engineering technology research centre for {product2}.",
     "公司建有省级{product2}工程技术研究中心。"),
]  # fmt: skip

ORGANISATION_DESCRIPTION = {
    "research_institute": ("{name} carries out applied research on {product} and {product2}.",
                           "{name}开展{product}和{product2}应用研究。"),
    "university": ("{name} trains engineers and technicians for the {industry} industry.",
                   "{name}为{industry}产业培养工程技术人才。"),
    "association": ("{name} brings together {m} member enterprises of the {industry} industry.",
                    "{name}汇聚{industry}行业会员企业{m}家。"),
    "government": ("{name} is responsible for investment promotion and services to enterprises.",
                   "{name}负责招商引资和企业服务工作。"),
}  # fmt: skip
ORGANISATION_MORE = (
    "Founded in {year}, it has a staff of about {staff}.",
    "成立于{year}年，现有工作人员约{staff}人。",
)
ORGANISATION_HIGHLIGHTS = {
    "research_institute": ("{patents} patents", "拥有专利{patents}项"),
    "university": ("{staff} students in related programmes", "相关专业在校生{staff}人"),
    "association": ("{m} member enterprises", "会员企业{m}家"),
    "government": ("One-stop services for investors", "为投资者提供一站式服务"),
}

ENTERPRISE_LEAD = (
    ("{name} is based in {park} and specialises in {product} and {product2}.",
     "{name}位于{park}，专业从事{product}和{product2}的研发与生产。"),
    ("{name} is {a_industry} company headquartered in {city}.",
     "{name}是一家总部位于{city}的{industry}企业。"),
)  # fmt: skip

ENTERPRISE_HIGHLIGHTS = [
    ("National high-tech enterprise", "国家高新技术企业"),
    ("Provincial specialised and sophisticated enterprise", "省级专精特新企业"),
    ("{patents} patents", "拥有专利{patents}项"),
    ("Operating revenue of {amount} in {year2}", "{year2}年营业收入{amount}"),
    ("Exports {product} to {country}", "{product}出口{country}"),
]  # fmt: skip

# ---------------------------------------------------------------- agreements

AGREEMENT_TITLES = {
    "strategic_framework": ("Strategic cooperation framework agreement between {a} and {b}",
                            "{a}与{b}战略合作框架协议"),
    "investment_project": ("Investment agreement on the {a} {product} project{phase}",
                           "{a}{product}项目{phase}投资协议"),
    "school_enterprise": (
        "School-enterprise cooperation agreement between {a} and {b} on {product}",
        "{a}与{b}{product}校企合作协议"),
    "intent": ("Letter of intent between {a} and {b} on {industry} cooperation",
               "{a}与{b}{industry}合作意向书"),
}  # fmt: skip

AGREEMENT_SIGNED = (
    "{On_date}, {parties} signed the agreement in {place}.",
    "{On_date}，{parties}在{place}签署协议。",
)
AGREEMENT_AMOUNT = ("It involves {basis} of {amount}.", "协议涉及{basis}{amount}。")
AMOUNT_BASIS_WORDS = {
    "intended": ("an intended investment", "意向投资"),
    "planned": ("a planned investment", "计划投资"),
    "contracted": ("a contract value", "合同金额"),
}
AGREEMENT_MORE = [
    ("The parties will cooperate on {product}, research and development and market expansion.",
     "各方将在{product}、研发和市场开拓等方面开展合作。"),
    ("The project is expected to be completed within {n} years.", "项目预计{n}年内建成。"),
    ("Once in operation it is expected to create about {staff} jobs.",
     "项目投产后预计新增就业岗位约{staff}个。"),
]  # fmt: skip
AGREEMENT_HIGHLIGHTS = [
    ("Construction of {product} production lines", "建设{product}生产线"),
    ("Annual output value of {amount2} expected after completion", "建成后预计年产值{amount2}"),
    ("About {staff} new jobs", "新增就业约{staff}人"),
    ("Joint research and development of {product2}", "联合研发{product2}"),
]  # fmt: skip
OTHER_PARTIES = [
    ("{district} People's Government", "{district}人民政府"),
    ("Investment Promotion Bureau of {city}", "{city}投资促进局"),
    ("Partner enterprises from {country}", "来自{country}的合作企业"),
    ("{n} financial institutions", "{n}家金融机构"),
]  # fmt: skip

# ---------------------------------------------------------------- opportunities

OPPORTUNITY_TITLES = {
    "supporting_enterprises": ("Supporting enterprises for the {industry} chain in {park}",
                               "{park}{industry}产业链配套企业"),
    "industrial_project": ("{Product} project{phase} in {park}", "{park}{product}项目{phase}"),
    "rd_platform": ("{Industry} research and development platform in {park}",
                    "{park}{industry}研发平台"),
    "headquarters": ("Regional headquarters for {industry} enterprises in {park}",
                     "{park}{industry}企业区域总部"),
    "talent": ("{Product} talent training base in {park}", "{park}{product}人才培养基地"),
}  # fmt: skip
OPPORTUNITY_SUMMARY = (
    "{park} seeks investors in {product} to strengthen its {industry} chain.",
    "{park}面向海内外招引{product}领域投资，完善{industry}产业链。",
)
OPPORTUNITY_DESCRIPTION = [
    ("The project needs about {area} hectares of land and can use standard factory buildings.",
     "项目需用地约{area}公顷，可使用园区标准化厂房。"),
    ("Partners with experience in {product2} are preferred.",
     "优先考虑在{product2}领域有经验的合作方。"),
    ("The park's {m} {industry} enterprises are a ready market for its products.",
     "园区{m}家{industry}企业可为项目产品提供市场。"),
]  # fmt: skip
INCENTIVES = [
    ("Land at preferential prices; standard factory buildings rent-free for the first {n} years.",
     "土地价格优惠，标准化厂房前{n}年免租。"),
    ("Equipment purchase subsidies of up to {amount2}.", "设备购置补贴最高{amount2}。"),
    ("Talent apartments and one-stop approval services.", "提供人才公寓和一站式审批服务。"),
]  # fmt: skip
SOURCE_STATEMENT = (
    "{park} investment guide {year}: the park will bring in {product} projects and supporting "
    "enterprises.",
    "《{park}{year}年招商指南》：园区将重点引进{product}项目及配套企业。",
)

# ---------------------------------------------------------------- news

NEWS_TITLES = {
    "park": [
        ("{park} signs {n} {industry} projects worth {amount}",
         "{park}集中签约{n}个{industry}项目 总投资{amount}"),
        ("{park} holds {industry} investment promotion conference",
         "{park}举办{industry}产业招商推介会"),
        ("{Industry} cluster of {park} grows {pct}% year on year",
         "{park}{industry}产业集群同比增长{pct}%"),
        ("Delegation from {visitor} visits {park} to discuss {industry} cooperation",
         "{visitor}代表团赴{park}考察洽谈{industry}合作"),
        ("{n} key projects start construction in {park}", "{park}{n}个重点项目集中开工"),
    ],
    "enterprise": [
        ("{enterprise} puts new {product} production line into operation",
         "{enterprise}{product}生产线投产"),
        ("{enterprise} wins {amount2} order for {product}", "{enterprise}获{amount2}{product}订单"),
        ("{enterprise} achieves breakthrough in {product} technology",
         "{enterprise}{product}技术取得突破"),
        ("{enterprise} exports {product} to {country}", "{enterprise}{product}出口{country}"),
    ],
    "agreement": [
        ("{agreement} signed in {park}", "{agreement}在{park}签约"),
        ("Progress on {agreement}", "{agreement}稳步推进"),
    ],
    "opportunity": [
        ("{park} invites investors: {opportunity}", "{park}发布招商项目：{opportunity}"),
        ("{park} presents {opportunity} to investors from {visitor}",
         "{park}向{visitor}客商推介{opportunity}"),
    ],
}  # fmt: skip

NEWS_LEADS = [
    ("{On_date}, {park} signed {n} projects in {industry} and related fields, with a total "
     "investment of {amount}.",
     "{On_date}，{park}集中签约{industry}及相关领域项目{n}个，总投资{amount}。"),
    ("{On_date}, {park} held a promotion conference for the {industry} industry, attended by "
     "more than {m} enterprises.",
     "{On_date}，{park}举办{industry}产业推介会，{m}余家企业参会。"),
    ("Figures released {on_date} show that the {industry} cluster of {park} grew by {pct}% "
     "year on year.",
     "{on_date}发布的数据显示，{park}{industry}产业集群同比增长{pct}%。"),
    ("{On_date}, a delegation from {visitor} visited {park} to discuss cooperation in "
     "{industry}.",
     "{On_date}，{visitor}代表团到{park}考察，洽谈{industry}领域合作。"),
]  # fmt: skip

# The sentence that names a cited record; a quote is taken from it.
NEWS_MENTIONS = {
    "park": [
        ("Officials from {record} also attended.", "{record}有关负责人出席活动。"),
        ("{record} shared its experience in developing {product}.",
         "{record}介绍了发展{product}产业的经验。"),
    ],
    "enterprise": [
        ("{record} said it would expand its {product} capacity in {park}.",
         "{record}表示将在{park}扩大{product}产能。"),
        ("{record} presented its latest {product} at the event.",
         "{record}在活动中展示了最新{product}产品。"),
        ("Orders at {record} rose by {pct}% in the first half of the year.",
         "{record}上半年订单同比增长{pct}%。"),
        ("{record} has invested {amount2} in a new {product} project.",
         "{record}投资{amount2}建设{product}新项目。"),
    ],
    "agreement": [
        ("Progress on the {record} was reviewed at the meeting.",
         "会议调度了{record}的推进情况。"),
        ("Under the {record}, the first phase will start within the year.",
         "根据{record}，一期工程将于年内开工。"),
    ],
    "organisation": [
        ("Representatives of {record} attended the event.", "{record}代表参加了活动。"),
        ("{record} pledged support for {product} projects in {park}.",
         "{record}表示将支持{park}的{product}项目。"),
    ],
    "opportunity": [
        ("{park} is looking for investors for its {record}.", "{park}正面向海内外推介{record}。"),
        ("Investors interested in the {record} can contact the park's investment office.",
         "有意参与{record}的投资者可联系园区招商部门。"),
    ],
}  # fmt: skip

NEWS_FILLERS = [
    ("The {industry} industry of {city} has formed a complete chain from research and "
     "development to manufacturing and services.",
     "{city}{industry}产业已形成从研发、制造到服务的完整产业链。"),
    ("In {year2}, the output value of the sector exceeded {amount2}.",
     "{year2}年，该产业产值突破{amount2}。"),
    ("The authorities will keep improving the business environment and help enterprises enter "
     "overseas markets.",
     "当地将持续优化营商环境，支持企业开拓海外市场。"),
    ("More than {m} enterprises working on {product} are now based in the area.",
     "目前当地聚集{product}领域企业{m}余家。"),
    ("Work will focus on supplementing, extending and strengthening the {industry} chain.",
     "下一步将围绕{industry}产业链补链、延链、强链持续发力。"),
    ("Digital transformation and intelligent manufacturing are spreading across the {industry} "
     "sector.",
     "{industry}领域正加快推进数字化转型和智能制造。"),
    ("Exports of {product} grew by {pct}% over the previous year.",
     "{product}出口较上年增长{pct}%。"),
    ("The projects are expected to create about {staff} jobs once completed.",
     "项目建成后预计新增就业岗位约{staff}个。"),
    ("Representatives of banks and research institutes joined the matchmaking sessions.",
     "金融机构和科研院所代表参加了对接活动。"),
    ("Cooperation with universities will strengthen research on {product}.",
     "通过校企合作，将进一步加强{product}研发。"),
    ("Green and low-carbon development remains a priority for the {industry} industry.",
     "绿色低碳发展仍是{industry}产业的重点方向。"),
    ("Enterprises from {country} showed strong interest in {product}.",
     "来自{country}的企业对{product}表现出浓厚兴趣。"),
]  # fmt: skip
