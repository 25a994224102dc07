<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="zh_CN">
<context>
    <name>AddUserDialog</name>
    <message>
        <source>添加用户</source>
        <translation>Add user</translation>
    </message>
    <message>
        <source>用户名(&amp;U)：</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>登录用，如 zhangwei</source>
        <translation>for logging in, e.g. zhangwei</translation>
    </message>
    <message>
        <source>姓名(&amp;D)：</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>角色(&amp;R)：</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>初始密码(&amp;P)：</source>
        <translation>Initial &amp;password:</translation>
    </message>
    <message>
        <source>再输入一次(&amp;A)：</source>
        <translation>Enter it &amp;again:</translation>
    </message>
    <message>
        <source>密码至少 10 个字符，不能包含用户名，也不能是常见密码。</source>
        <translation>At least 10 characters, not containing the user name, and not a common password.</translation>
    </message>
</context>
<context>
    <name>AnalysisSettingsPanel</name>
    <message>
        <source>客户分类与回访阶段</source>
        <translation>Customer classes and callback stages</translation>
    </message>
    <message>
        <source>按最近一次进厂距今的时间划分；进厂恰好在界限上的客户算较近的一类。超过“趋势流失”界限的为完全流失。</source>
        <translation>By the time since the last visit; a visit exactly on a limit counts for the more recent class. Beyond the &quot;trending lost&quot; limit a customer is completely lost.</translation>
    </message>
    <message>
        <source>忠诚客户：最近进厂在</source>
        <translation>Loyal: last visit within</translation>
    </message>
    <message>
        <source>流失客户：超过</source>
        <translation>Lost: no visit for more than</translation>
    </message>
    <message>
        <source>未流失阶段：到</source>
        <translation>Not lost stage: up to</translation>
    </message>
    <message>
        <source>流失阶段：到</source>
        <translation>Lost stage: up to</translation>
    </message>
    <message>
        <source>趋势流失阶段：到</source>
        <translation>Trending lost stage: up to</translation>
    </message>
    <message>
        <source>新客户的统计周期：</source>
        <translation>New customers counted per:</translation>
    </message>
    <message>
        <source>车队规模（按车辆数）</source>
        <translation>Fleet size (by number of vehicles)</translation>
    </message>
    <message>
        <source>大户：至少</source>
        <translation>Large: at least</translation>
    </message>
    <message>
        <source> 辆</source>
        <translation> vehicles</translation>
    </message>
    <message>
        <source>中户：至少</source>
        <translation>Medium: at least</translation>
    </message>
    <message>
        <source>小户：至少</source>
        <translation>Small: at least</translation>
    </message>
    <message>
        <source>ABC 分析</source>
        <translation>ABC analysis</translation>
    </message>
    <message>
        <source>统计最近：</source>
        <translation>Window: the last</translation>
    </message>
    <message>
        <source>A 类：累计占比不超过</source>
        <translation>A: cumulative share up to</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>B 类：累计占比不超过</source>
        <translation>B: cumulative share up to</translation>
    </message>
    <message>
        <source>排名变化提示：超过</source>
        <translation>Flag rank moves of more than</translation>
    </message>
    <message>
        <source> 名</source>
        <translation> places</translation>
    </message>
    <message>
        <source>忠诚度 × 贡献度矩阵</source>
        <translation>Loyalty × contribution matrix</translation>
    </message>
    <message>
        <source>忠诚度“+”：至少</source>
        <translation>Loyalty &quot;+&quot;: at least</translation>
    </message>
    <message>
        <source>RFM 分群</source>
        <translation>RFM segments</translation>
    </message>
    <message>
        <source>最近进厂：在</source>
        <translation>Recent: last visit within</translation>
    </message>
    <message>
        <source>高频：进厂至少</source>
        <translation>Frequent: at least</translation>
    </message>
    <message>
        <source> 次</source>
        <translation> visits</translation>
    </message>
    <message>
        <source>高消费：至少</source>
        <translation>High spending: at least</translation>
    </message>
    <message>
        <source> 元</source>
        <translation> yuan</translation>
    </message>
    <message>
        <source>平均值</source>
        <translation>the average</translation>
    </message>
    <message>
        <source>保存分析设置(&amp;S)</source>
        <translation>&amp;Save analysis settings</translation>
    </message>
    <message>
        <source>恢复默认值(&amp;R)</source>
        <translation>&amp;Restore defaults</translation>
    </message>
    <message>
        <source>客户模型（回厂预测）</source>
        <translation>Customer model (return forecast)</translation>
    </message>
    <message>
        <source>下次拟合模型时生效（手动重新拟合或每月自动拟合）；已有的拟合保留当时的设置。</source>
        <translation>Applies from the next fit (a refit by hand or the monthly one); a stored fit keeps the settings it was made with.</translation>
    </message>
    <message>
        <source>客户价值按毛利率：</source>
        <translation>Customer value at margin:</translation>
    </message>
    <message>
        <source>拟合至少需要回头客：</source>
        <translation>A fit needs repeat customers:</translation>
    </message>
    <message>
        <source> 位</source>
        <translation> customers</translation>
    </message>
    <message>
        <source>客户价值预测：</source>
        <translation>Customer value over:</translation>
    </message>
    <message>
        <source> 周</source>
        <translation> weeks</translation>
    </message>
    <message>
        <source>满意度（月报的优势、劣势与最低项目）</source>
        <translation>Satisfaction (the monthly report&apos;s strong, weak and lowest items)</translation>
    </message>
    <message>
        <source>与本月平均分相差至少：</source>
        <translation>Differs from the month&apos;s average by at least:</translation>
    </message>
    <message>
        <source> 分</source>
        <translation> points</translation>
    </message>
    <message>
        <source>列出的最低项目：最多</source>
        <translation>Lowest items listed: at most</translation>
    </message>
    <message>
        <source> 项</source>
        <translation> items</translation>
    </message>
    <message>
        <source>参与评比的项目至少有：</source>
        <translation>Items ranked need at least:</translation>
    </message>
    <message>
        <source> 个评分</source>
        <translation> answers</translation>
    </message>
</context>
<context>
    <name>AssignComplaintDialog</name>
    <message>
        <source>转交投诉</source>
        <translation>Reassign complaint</translation>
    </message>
    <message>
        <source>现责任人：</source>
        <translation>Responsible now:</translation>
    </message>
    <message>
        <source>新责任人(&amp;P)：</source>
        <translation>New responsible &amp;person:</translation>
    </message>
</context>
<context>
    <name>FollowUpSettingsPanel</name>
    <message>
        <source>服务后回访</source>
        <translation>Post-service callback</translation>
    </message>
    <message>
        <source>进厂后第</source>
        <translation>Call on day</translation>
    </message>
    <message>
        <source> 天</source>
        <translation> days</translation>
    </message>
    <message>
        <source>过期不再列出：逾期</source>
        <translation>Drop from the list when overdue by</translation>
    </message>
    <message>
        <source>保养提醒（先到为准）</source>
        <translation>Maintenance reminder (whichever comes first)</translation>
    </message>
    <message>
        <source>保养间隔：</source>
        <translation>Maintenance interval:</translation>
    </message>
    <message>
        <source>或行驶：</source>
        <translation>Or after driving:</translation>
    </message>
    <message>
        <source> 公里</source>
        <translation> km</translation>
    </message>
    <message>
        <source>日均里程（未知时）：</source>
        <translation>Daily distance (when unknown):</translation>
    </message>
    <message>
        <source> 公里/天</source>
        <translation> km/day</translation>
    </message>
    <message>
        <source>提前提醒：</source>
        <translation>Remind ahead by:</translation>
    </message>
    <message>
        <source>黄色提示：到期前</source>
        <translation>Yellow: due within</translation>
    </message>
    <message>
        <source>关怀回访：提前</source>
        <translation>Care calls: ahead by</translation>
    </message>
    <message>
        <source>生日：</source>
        <translation>Birthday:</translation>
    </message>
    <message>
        <source>保险到期：</source>
        <translation>Insurance renewal:</translation>
    </message>
    <message>
        <source>年检到期：</source>
        <translation>Annual inspection:</translation>
    </message>
    <message>
        <source>流失挽回：两次回访至少间隔</source>
        <translation>Win-back: at least this long between calls</translation>
    </message>
    <message>
        <source>未流失：</source>
        <translation>Not lost:</translation>
    </message>
    <message>
        <source>准流失：</source>
        <translation>Quasi-lost:</translation>
    </message>
    <message>
        <source>流失：</source>
        <translation>Lost:</translation>
    </message>
    <message>
        <source>趋势流失：</source>
        <translation>Trending lost:</translation>
    </message>
    <message>
        <source>完全流失：</source>
        <translation>Completely lost:</translation>
    </message>
    <message>
        <source>每天最多：</source>
        <translation>At most per day:</translation>
    </message>
    <message>
        <source> 个</source>
        <translation> customers</translation>
    </message>
    <message>
        <source>不限</source>
        <translation>no limit</translation>
    </message>
    <message>
        <source>回访后进厂算“回厂”：</source>
        <translation>A visit counts as &quot;came back&quot; within:</translation>
    </message>
    <message>
        <source> 天内</source>
        <translation> days</translation>
    </message>
    <message>
        <source>未接通</source>
        <translation>No answer</translation>
    </message>
    <message>
        <source>未接通的次日再列出；最后一次仍未接通时，再列一次并提示发短信。</source>
        <translation>Listed again the next day; after the last attempt it is listed once more with &quot;send an SMS&quot;.</translation>
    </message>
    <message>
        <source>最多拨打：</source>
        <translation>Attempts at most:</translation>
    </message>
    <message>
        <source> 次</source>
        <translation> times</translation>
    </message>
    <message>
        <source>投诉处理时限（2123 原则）</source>
        <translation>Complaint deadlines (2123 principle)</translation>
    </message>
    <message>
        <source>收到后联系客户：</source>
        <translation>Contact the customer after receipt:</translation>
    </message>
    <message>
        <source> 小时</source>
        <translation> hours</translation>
    </message>
    <message>
        <source>收到后答复客户：</source>
        <translation>Answer the customer after receipt:</translation>
    </message>
    <message>
        <source>收到后高层答复（重大）：</source>
        <translation>Senior answer, major (after receipt):</translation>
    </message>
    <message>
        <source>解决后回访客户：</source>
        <translation>Follow up after resolution:</translation>
    </message>
    <message>
        <source>保存回访规则(&amp;S)</source>
        <translation>&amp;Save follow-up rules</translation>
    </message>
    <message>
        <source>只按时间</source>
        <translation>date only</translation>
    </message>
    <message>
        <source>节日问候</source>
        <translation>Holiday greetings</translation>
    </message>
    <message>
        <source>对久未回厂的客户在节日前列出问候电话（以关怀为主）。农历节日每年自动换算成公历日期。</source>
        <translation>Greeting calls before holidays for customers long away (care first). Lunar holidays are converted to this year&apos;s date automatically.</translation>
    </message>
    <message>
        <source>提前：</source>
        <translation>Ahead by:</translation>
    </message>
    <message>
        <source>问候对象：回访阶段从</source>
        <translation>Greet customers from stage:</translation>
    </message>
    <message>
        <source>添加节日(&amp;A)</source>
        <translation>&amp;Add holiday</translation>
    </message>
    <message>
        <source>删除节日(&amp;X)</source>
        <translation>Remove holida&amp;y</translation>
    </message>
    <message>
        <source>恢复默认值(&amp;R)</source>
        <translation>&amp;Restore defaults</translation>
    </message>
    <message>
        <source>每日回访名单</source>
        <translation>Daily call list</translation>
    </message>
    <message>
        <source>每位回访专员每天最多分到的条数；按得分（紧迫、价值、成功率加权）排序，其余留作积压，次日顺延。</source>
        <translation>The most items each callback clerk gets a day; ranked by score (weighted urgency, value and chance of success), the rest stays in the backlog and rolls over to the next day.</translation>
    </message>
    <message>
        <source>每人每天：</source>
        <translation>Per person a day:</translation>
    </message>
    <message>
        <source> 条</source>
        <translation> items</translation>
    </message>
    <message>
        <source>分配方式：</source>
        <translation>Split:</translation>
    </message>
    <message>
        <source>紧迫权重：</source>
        <translation>Urgency weight:</translation>
    </message>
    <message>
        <source>价值权重：</source>
        <translation>Value weight:</translation>
    </message>
    <message>
        <source>成功率权重：</source>
        <translation>Chance weight:</translation>
    </message>
    <message>
        <source>预约提醒：提前</source>
        <translation>Appointment reminder: days ahead</translation>
    </message>
    <message>
        <source>爽约回访：列出</source>
        <translation>No-show call: listed for</translation>
    </message>
    <message>
        <source>按地区 / 服务顾问分配</source>
        <translation>Split by region / advisor</translation>
    </message>
    <message>
        <source>分配方式为“按地区”或“按服务顾问”时：客户的地区（或最近一次接待的服务顾问）对应的回访专员。未列出的按排名轮流分配。</source>
        <translation>With the split &quot;by region&quot; or &quot;by advisor&quot;: the callback user for the customer&apos;s region (or the advisor of their last visit). Anything not listed is shared out in turn by rank.</translation>
    </message>
    <message>
        <source>添加对照</source>
        <translation>Add line</translation>
    </message>
    <message>
        <source>删除对照</source>
        <translation>Remove line</translation>
    </message>
    <message>
        <source>未做项目回访</source>
        <translation>Declined work follow-up</translation>
    </message>
    <message>
        <source>客户没做的建议项目未填到期日期和里程时，按紧急程度在进厂后这些天到期；回访从到期前列出，到期后一段时间不再列出（下次进厂仍可勾销）。</source>
        <translation>Work the customer declined without a due date or mileage falls due this many days after the visit, by urgency; the call is listed from before it is due until some days after (a later visit can still close the item).</translation>
    </message>
    <message>
        <source>安全：进厂后</source>
        <translation>Safety: after the visit</translation>
    </message>
    <message>
        <source>尽快：进厂后</source>
        <translation>Soon: after the visit</translation>
    </message>
    <message>
        <source>以后：进厂后</source>
        <translation>Later: after the visit</translation>
    </message>
    <message>
        <source>提前回访：到期前</source>
        <translation>Call before due:</translation>
    </message>
    <message>
        <source>到期后仍列出：</source>
        <translation>Keep listing after due:</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>登录 — 回厂</source>
        <translation>Log in — Huichang</translation>
    </message>
    <message>
        <source>回厂 · 汽修客户管理</source>
        <translation>Huichang · Repair Shop CRM</translation>
    </message>
    <message>
        <source>用户名(&amp;U)：</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <source>密码(&amp;P)：</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>登录</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>回厂 — 汽修客户管理</source>
        <translation>Huichang — Repair Shop CRM</translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>视图(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>新建客户(&amp;N)</source>
        <translation>&amp;New customer</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>退出(&amp;Q)</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>搜索客户(&amp;S)</source>
        <translation>&amp;Search customers</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>关于回厂(&amp;A)</source>
        <translation>&amp;About Huichang</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>修改密码</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>当前密码(&amp;C)：</source>
        <translation>&amp;Current password:</translation>
    </message>
    <message>
        <source>新密码(&amp;N)：</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <source>再输入一次(&amp;R)：</source>
        <translation>&amp;Repeat it:</translation>
    </message>
    <message>
        <source>密码至少 10 个字符，不能包含用户名，也不能是常见密码。</source>
        <translation>At least 10 characters, not containing the user name, and not a common password.</translation>
    </message>
</context>
<context>
    <name>ReceptionView</name>
    <message>
        <source>车牌、电话或尾号、姓名、拼音首字母、VIN、工单号 (Ctrl+F)</source>
        <translation>Plate, phone or last 4 digits, name, pinyin initials, VIN, work order (Ctrl+F)</translation>
    </message>
    <message>
        <source>新客进厂(&amp;J)… 登记客户、车辆和本次进厂 (Enter)</source>
        <translation>New walk-in(&amp;J)… register customer, vehicle and this visit (Enter)</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>客户构成(截至 %1)</source>
        <translation>Customer mix (as of %1)</translation>
    </message>
    <message>
        <source>金额(元)</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>累计占比 %</source>
        <translation>Cumulative share %</translation>
    </message>
    <message>
        <source>%1–%2名</source>
        <translation>Rank %1–%2</translation>
    </message>
    <message>
        <source>帕累托图:%1 位客户,总额 %2</source>
        <translation>Pareto chart: %1 customers, total %2</translation>
    </message>
    <message>
        <source>元</source>
        <translation>yuan</translation>
    </message>
    <message>
        <source>流失车辆</source>
        <translation>Lost vehicles</translation>
    </message>
    <message>
        <source>流失车辆按车龄</source>
        <translation>Lost vehicles by vehicle age</translation>
    </message>
    <message>
        <source>流失车辆按地区</source>
        <translation>Lost vehicles by area</translation>
    </message>
</context>
<context>
    <name>ReportSectionTables</name>
    <message>
        <source>点击查看客户名单</source>
        <translation>Click to list the customers</translation>
    </message>
    <message>
        <source>无上期数据</source>
        <translation>No earlier period</translation>
    </message>
    <message>
        <source>与已保存的 %1 期比较</source>
        <translation>Compared with the saved run of %1</translation>
    </message>
    <message>
        <source>与上月末重新计算的结果比较</source>
        <translation>Compared with last month&apos;s end, recomputed</translation>
    </message>
    <message>
        <source>排名变动超过</source>
        <translation>Rank moved by more than</translation>
    </message>
    <message>
        <source>名,或等级变化、新进入、退出</source>
        <translation>places, or grade changed, entered or left</translation>
    </message>
    <message>
        <source>忠诚度高(+)</source>
        <translation>High loyalty (+)</translation>
    </message>
    <message>
        <source>忠诚度低(−)</source>
        <translation>Low loyalty (−)</translation>
    </message>
    <message>
        <source>A 贡献高</source>
        <translation>A high contribution</translation>
    </message>
    <message>
        <source>B 贡献中</source>
        <translation>B medium contribution</translation>
    </message>
    <message>
        <source>C 贡献低</source>
        <translation>C low contribution</translation>
    </message>
</context>
<context>
    <name>SavedFileNotice</name>
    <message>
        <source>已保存到 %1</source>
        <translation>Saved to %1</translation>
    </message>
    <message>
        <source>打开(&amp;O)</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>打开所在文件夹(&amp;F)</source>
        <translation>Open &amp;folder</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>界面语言</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>语言(&amp;L)：</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>登录策略</source>
        <translation>Login policy</translation>
    </message>
    <message>
        <source>连续输错密码上限：</source>
        <translation>Failed attempts allowed:</translation>
    </message>
    <message>
        <source>锁定时长：</source>
        <translation>Lockout:</translation>
    </message>
    <message>
        <source>输错后等待：</source>
        <translation>Delay after a failure:</translation>
    </message>
    <message>
        <source>用户</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>保存登录策略(&amp;S)</source>
        <translation>&amp;Save login policy</translation>
    </message>
    <message>
        <source>常规</source>
        <translation>General</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>用户管理</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <source>添加用户(&amp;N)…</source>
        <translation>&amp;New user…</translation>
    </message>
    <message>
        <source>修改角色(&amp;R)</source>
        <translation>Change &amp;role</translation>
    </message>
    <message>
        <source>重设密码(&amp;P)…</source>
        <translation>Reset &amp;password…</translation>
    </message>
    <message>
        <source>解锁(&amp;U)</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>停用(&amp;D)</source>
        <translation>&amp;Disable</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <source>新客进厂</source>
        <translation>New walk-in</translation>
    </message>
    <message>
        <source>第一次来的客户：客户、车辆和本次进厂一次填完，一起保存。带 * 的必须填写。</source>
        <translation>First-time customer: fill in customer, vehicle and this visit at once; they are saved together. Fields marked * are required.</translation>
    </message>
    <message>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>姓名/单位(&amp;N)*</source>
        <translation>&amp;Name / company*</translation>
    </message>
    <message>
        <source>客户姓名或单位名称</source>
        <translation>Customer or company name</translation>
    </message>
    <message>
        <source>电话(&amp;T)*</source>
        <translation>Phone(&amp;T)*</translation>
    </message>
    <message>
        <source>手机或座机，如 13912345678</source>
        <translation>Mobile or landline, e.g. 13912345678</translation>
    </message>
    <message>
        <source>车辆</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <source>车牌号(&amp;P)*</source>
        <translation>&amp;Plate*</translation>
    </message>
    <message>
        <source>如 陕A12345</source>
        <translation>e.g. 陕A12345</translation>
    </message>
    <message>
        <source>车架号(&amp;V)</source>
        <translation>&amp;VIN</translation>
    </message>
    <message>
        <source>17 位 VIN，可不填</source>
        <translation>17-character VIN, optional</translation>
    </message>
    <message>
        <source>品牌(&amp;B)</source>
        <translation>&amp;Brand</translation>
    </message>
    <message>
        <source>车型(&amp;X)</source>
        <translation>Model(&amp;X)</translation>
    </message>
    <message>
        <source>本次进厂</source>
        <translation>This visit</translation>
    </message>
    <message>
        <source>进厂日期(&amp;D)</source>
        <translation>Visit &amp;date</translation>
    </message>
    <message>
        <source>里程(&amp;M)</source>
        <translation>&amp;Mileage</translation>
    </message>
    <message>
        <source>公里，如 45200</source>
        <translation>km, e.g. 45200</translation>
    </message>
    <message>
        <source>类别(&amp;C)</source>
        <translation>&amp;Category</translation>
    </message>
    <message>
        <source>派工单号(&amp;W)</source>
        <translation>&amp;Work order</translation>
    </message>
    <message>
        <source>派工单编号</source>
        <translation>Work order number</translation>
    </message>
    <message>
        <source>工时费(&amp;L)</source>
        <translation>&amp;Labour</translation>
    </message>
    <message>
        <source>材料费(&amp;S)</source>
        <translation>Part&amp;s</translation>
    </message>
    <message>
        <source>维修内容(&amp;K)</source>
        <translation>Wor&amp;k done</translation>
    </message>
    <message>
        <source>本次完成的项目</source>
        <translation>What was done this time</translation>
    </message>
</context>
<context>
    <name>hc::cli</name>
    <message>
        <source>--months 必须是 1 到 1200 之间的整数</source>
        <translation>--months must be a whole number from 1 to 1200</translation>
    </message>
    <message>
        <source>ABC 分析 %1 至 %2,合计 %3 元
</source>
        <translation>ABC analysis %1 to %2, total %3 yuan
</translation>
    </message>
    <message>
        <source>未知选项:%1</source>
        <translation>Unknown option: %1</translation>
    </message>
    <message>
        <source>选项 --%1 不带值</source>
        <translation>Option --%1 takes no value</translation>
    </message>
    <message>
        <source>选项 --%1 缺少值</source>
        <translation>Option --%1 needs a value</translation>
    </message>
    <message>
        <source>截至 %1 的客户分类
</source>
        <translation>Customer classification as of %1
</translation>
    </message>
    <message>
        <source>客户总数 %1:有效 %2(忠诚 %3,摇摆 %4,流失 %5),无效 %6,未进厂 %7;本期新增 %8
</source>
        <translation>Customers %1: valid %2 (loyal %3, swing %4, lost %5), invalid %6, no visit yet %7; new this period %8
</translation>
    </message>
    <message>
        <source>全局选项:
  --db PATH      数据库文件(默认:程序数据目录下的 huichang.db)
  --lang zh|en   消息语言(默认 zh)
  --help         显示帮助
</source>
        <translation>Global options:
  --db PATH      database file (default: huichang.db in the program&apos;s data folder)
  --lang zh|en   message language (default zh)
  --help         show help
</translation>
    </message>
    <message>
        <source>用法:huichang-cli init
  创建数据库或升级到最新结构,并显示结构版本。
</source>
        <translation>Usage: huichang-cli init
  Creates the database or upgrades it to the latest schema, and shows the schema version.
</translation>
    </message>
    <message>
        <source>用法:huichang-cli demo --customers N [--seed S] [--as-of YYYY-MM-DD]
  在空数据库中生成可重复的演示数据(相同种子得到相同数据)。
</source>
        <translation>Usage: huichang-cli demo --customers N [--seed S] [--as-of YYYY-MM-DD]
  Generates repeatable demo data in an empty database (the same seed gives the same data).
</translation>
    </message>
    <message>
        <source>用法:huichang-cli import visits 文件.csv [--rejects 出错行.csv]
  导入进厂记录(每行一个工单),输出 JSON 汇总。
</source>
        <translation>Usage: huichang-cli import visits FILE.csv [--rejects REJECTS.csv]
  Imports visits (one work order per line) and prints a JSON summary.
</translation>
    </message>
    <message>
        <source>用法:huichang-cli classify [--as-of YYYY-MM-DD] [--json]
  客户分类(忠诚/摇摆/流失/无效/未进厂)和流失阶段。
</source>
        <translation>Usage: huichang-cli classify [--as-of YYYY-MM-DD] [--json]
  Customer classes (loyal/swing/lost/invalid/no visit yet) and churn stages.
</translation>
    </message>
    <message>
        <source>用法:huichang-cli abc [--as-of YYYY-MM-DD] [--months 12] [--json]
  客户 ABC 分析(按实收金额)。
</source>
        <translation>Usage: huichang-cli abc [--as-of YYYY-MM-DD] [--months 12] [--json]
  Customer ABC analysis (by amount received).
</translation>
    </message>
    <message>
        <source>用法:huichang-cli matrix [--as-of YYYY-MM-DD] [--json]
  忠诚度 × 贡献度矩阵。
</source>
        <translation>Usage: huichang-cli matrix [--as-of YYYY-MM-DD] [--json]
  Loyalty × contribution matrix.
</translation>
    </message>
    <message>
        <source>用法:huichang-cli rfm [--as-of YYYY-MM-DD] [--json]
  RFM 八类客户。
</source>
        <translation>Usage: huichang-cli rfm [--as-of YYYY-MM-DD] [--json]
  The eight RFM customer segments.
</translation>
    </message>
    <message>
        <source>错误:%1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>命令 %1 不接受选项 --%2</source>
        <translation>Command %1 does not accept option --%2</translation>
    </message>
    <message>
        <source>缺少参数</source>
        <translation>Missing argument</translation>
    </message>
    <message>
        <source>多余的参数:%1</source>
        <translation>Unexpected argument: %1</translation>
    </message>
    <message>
        <source>数据库文件不存在:%1。请先运行 huichang-cli init,或用 --db 指定文件。</source>
        <translation>Database file not found: %1. Run huichang-cli init first, or give the file with --db.</translation>
    </message>
    <message>
        <source>无法打开 %1:%2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>--as-of 不是有效日期:%1(%2)</source>
        <translation>--as-of is not a valid date: %1 (%2)</translation>
    </message>
    <message>
        <source>操作失败。</source>
        <translation>The operation failed.</translation>
    </message>
    <message>
        <source>请指定 --overdue(目前只支持列出超时投诉)</source>
        <translation>Please give --overdue (only listing overdue complaints is supported for now)</translation>
    </message>
    <message>
        <source>--at 必须是 YYYY-MM-DDTHH:MM[:SS] 格式的时间</source>
        <translation>--at must be a time in the form YYYY-MM-DDTHH:MM[:SS]</translation>
    </message>
    <message>
        <source>%1 超时未处理的投诉:%2 件
</source>
        <translation>Overdue complaints at %1: %2
</translation>
    </message>
    <message>
        <source>%1 超时 %2 分钟</source>
        <translation>%1 overdue by %2 minutes</translation>
    </message>
    <message>
        <source>缺少 --customers N</source>
        <translation>Missing --customers N</translation>
    </message>
    <message>
        <source>--customers 必须是 1 到 10000000 之间的整数</source>
        <translation>--customers must be a whole number from 1 to 10000000</translation>
    </message>
    <message>
        <source>--seed 必须是非负整数</source>
        <translation>--seed must be a non-negative whole number</translation>
    </message>
    <message>
        <source>已生成演示数据:%1 个客户,%2 辆车,%3 次进厂(种子 %4,截至 %5,用时 %6 秒)
</source>
        <translation>Demo data generated: %1 customers, %2 vehicles, %3 visits (seed %4, as of %5, %6 s)
</translation>
    </message>
    <message>
        <source>--date 必须是 YYYY-MM-DD 格式的日期</source>
        <translation>--date must be a date in the form YYYY-MM-DD</translation>
    </message>
    <message>
        <source>%1 的回访清单:%2 项
</source>
        <translation>Callback list for %1: %2 items
</translation>
    </message>
    <message>
        <source>无法读取文件 %1:文件不存在或没有读取权限。</source>
        <translation>Cannot read file %1: it does not exist or cannot be read.</translation>
    </message>
    <message>
        <source>导入已完成,但无法写出错行文件 %1。</source>
        <translation>Import finished, but the rejects file %1 could not be written.</translation>
    </message>
    <message>
        <source>有 %1 行没有导入;用 --rejects 文件.csv 查看每一行的原因。</source>
        <translation>%1 rows were not imported; use --rejects FILE.csv to see the reason for each row.</translation>
    </message>
    <message>
        <source>  第 %1 行,%2:%3</source>
        <translation>  line %1, %2: %3</translation>
    </message>
    <message>
        <source>数据库已就绪:%1
结构版本:%2
</source>
        <translation>Database ready: %1
Schema version: %2
</translation>
    </message>
    <message>
        <source>读取数据库版本失败:%1</source>
        <translation>Could not read the database version: %1</translation>
    </message>
    <message>
        <source>忠诚度 × 贡献度矩阵,截至 %1
</source>
        <translation>Loyalty × contribution matrix as of %1
</translation>
    </message>
    <message>
        <source>未知的报表:%1</source>
        <translation>Unknown report: %1</translation>
    </message>
    <message>
        <source>--month 必须是 YYYY-MM 格式的月份:%1</source>
        <translation>--month must be a month in the form YYYY-MM: %1</translation>
    </message>
    <message>
        <source>--format 只能是 json、pdf、xlsx 或 csv:%1</source>
        <translation>--format must be json, pdf, xlsx or csv: %1</translation>
    </message>
    <message>
        <source>%1 格式必须用 -o 指定输出文件</source>
        <translation>The %1 format needs an output file given with -o</translation>
    </message>
    <message>
        <source>已导出 %1 月报表:%2</source>
        <translation>Report for %1 exported: %2</translation>
    </message>
    <message>
        <source>RFM 八类客户,截至 %1(共 %2 位)
</source>
        <translation>RFM segments as of %1 (%2 customers)
</translation>
    </message>
    <message>
        <source>未知的 user 子命令:%1</source>
        <translation>Unknown user subcommand: %1</translation>
    </message>
    <message>
        <source>用户名不能为空</source>
        <translation>The username cannot be empty</translation>
    </message>
    <message>
        <source>缺少 --role(advisor、callback 或 manager)</source>
        <translation>Missing --role (advisor, callback or manager)</translation>
    </message>
    <message>
        <source>未知角色:%1(可用:advisor 服务顾问、callback 回访专员、manager 经理)</source>
        <translation>Unknown role: %1 (available: advisor, callback, manager)</translation>
    </message>
    <message>
        <source>密码为空:请在标准输入的第一行输入密码。</source>
        <translation>The password is empty: enter it on the first line of standard input.</translation>
    </message>
    <message>
        <source>已添加用户 %1(角色 %2,编号 %3)
</source>
        <translation>User %1 added (role %2, no. %3)
</translation>
    </message>
    <message>
        <source>--lang 只能是 zh 或 en</source>
        <translation>--lang must be zh or en</translation>
    </message>
    <message>
        <source>缺少命令</source>
        <translation>Missing command</translation>
    </message>
    <message>
        <source>意外错误:%1</source>
        <translation>Unexpected error: %1</translation>
    </message>
    <message>
        <source>未知命令:%1</source>
        <translation>Unknown command: %1</translation>
    </message>
    <message>
        <source>用法:huichang-cli report monthly --month YYYY-MM [--format json|pdf|xlsx|csv] [-o 文件]
  月度经营报表(客户构成、ABC、矩阵、RFM、流失分析、招揽、满意度、投诉)。
  json 不带 -o 时输出到标准输出;pdf、xlsx、csv 必须用 -o 指定文件。
  导出需要经理权限,并记入审计日志。
用法:huichang-cli report save-abc --month YYYY-MM [--json]
  月末保存本月 ABC 排名,供下月对比名次变化(经理权限,记入审计日志)。
</source>
        <translation>Usage: huichang-cli report monthly --month YYYY-MM [--format json|pdf|xlsx|csv] [-o FILE]
  Monthly business report (customer mix, ABC, matrix, RFM, churn, win-back, satisfaction, complaints).
  json without -o goes to standard output; pdf, xlsx and csv need a file given with -o.
  Exporting needs the manager role and is written to the audit log.
Usage: huichang-cli report save-abc --month YYYY-MM [--json]
  Month close: saves this month&apos;s ABC ranking for next month&apos;s rank comparison (manager role, audited).
</translation>
    </message>
    <message>
        <source>已保存 %1 月 ABC 排名:%2 位客户</source>
        <translation>ABC ranking of %1 saved: %2 customers</translation>
    </message>
    <message>
        <source>用法:huichang-cli customer show --id N [--as-of YYYY-MM-DD] [--json]
  客户档案:分类、阶段、ABC 等级、矩阵格、RFM 类别、车辆下次保养、未完成事项。
</source>
        <translation>Usage: huichang-cli customer show --id N [--as-of YYYY-MM-DD] [--json]
  Customer card: class, stage, ABC grade, matrix cell, RFM segment, next maintenance of each vehicle, open items.
</translation>
    </message>
    <message>
        <source>客户 %1:%2(截至 %3)
</source>
        <translation>Customer %1: %2 (as of %3)
</translation>
    </message>
    <message>
        <source>  分类:%1  阶段:%2  ABC:%3  矩阵:%4  RFM:%5
</source>
        <translation>  Class: %1  Stage: %2  ABC: %3  Matrix: %4  RFM: %5
</translation>
    </message>
    <message>
        <source>  最近进厂:%1
</source>
        <translation>  Last visit: %1
</translation>
    </message>
    <message>
        <source>  没有车辆
</source>
        <translation>  No vehicles
</translation>
    </message>
    <message>
        <source>  车辆 %1(编号 %2):下次保养 %3,预计里程 %4
</source>
        <translation>  Vehicle %1 (id %2): next maintenance %3, expected mileage %4
</translation>
    </message>
    <message>
        <source>  未完成建议 %1 %2:%3
</source>
        <translation>  Open recommendation %1 %2: %3
</translation>
    </message>
    <message>
        <source>  未结投诉 %1(%2):%3
</source>
        <translation>  Open complaint %1 (%2): %3
</translation>
    </message>
    <message>
        <source>未知的子命令:%1</source>
        <translation>Unknown subcommand: %1</translation>
    </message>
    <message>
        <source>缺少 --id(客户编号)</source>
        <translation>Missing --id (customer id)</translation>
    </message>
    <message>
        <source>--id 必须是正整数:%1</source>
        <translation>--id must be a positive integer: %1</translation>
    </message>
    <message>
        <source>没有编号为 %1 的客户。</source>
        <translation>No customer with id %1.</translation>
    </message>
    <message>
        <source>未知的 print 子命令:%1</source>
        <translation>Unknown print sub-command: %1</translation>
    </message>
    <message>
        <source>缺少 --work-order(工单号)</source>
        <translation>Missing --work-order (work-order number)</translation>
    </message>
    <message>
        <source>必须用 -o 指定输出的 PDF 文件</source>
        <translation>Give the output PDF file with -o</translation>
    </message>
    <message>
        <source>已生成结算单 %1:%2</source>
        <translation>Receipt %1 written: %2</translation>
    </message>
    <message>
        <source>用法:huichang-cli visit void --work-order 工单号 --reason 原因
  作废一条维修记录(保留在档案中,但分析、回访、报表和搜索都不再计入),记入审计日志。
</source>
        <translation>Usage: huichang-cli visit void --work-order W --reason TEXT
  Voids a visit (it stays on file, but analysis, callbacks, reports and search no longer count it); written to the audit log.
</translation>
    </message>
    <message>
        <source>用法:huichang-cli shop set --name 名称 [--phone 电话] [--address 地址] [--hours 营业时间]
      huichang-cli shop show [--json]
  门店信息,用于结算单、报表页眉和回访话术;修改记入审计日志。
</source>
        <translation>Usage: huichang-cli shop set --name NAME [--phone PHONE] [--address ADDRESS] [--hours HOURS]
      huichang-cli shop show [--json]
  The shop profile, used on receipts, report headers and call scripts; changes are written to the audit log.
</translation>
    </message>
    <message>
        <source>用法:huichang-cli print visit --work-order 工单号 -o 文件.pdf
  打印维修结算单(门店、客户、车辆、维修内容、费用、下次保养)到 PDF 文件。
</source>
        <translation>Usage: huichang-cli print visit --work-order W -o FILE.pdf
  Prints the visit receipt (shop, customer, vehicle, work done, fees, next service) to a PDF file.
</translation>
    </message>
    <message>
        <source>尚未设置门店信息。</source>
        <translation>No shop profile set yet.</translation>
    </message>
    <message>
        <source>门店名称:%1
电话:%2
地址:%3
营业时间:%4
</source>
        <translation>Shop name: %1
Phone: %2
Address: %3
Opening hours: %4
</translation>
    </message>
    <message>
        <source>缺少 --name(门店名称)</source>
        <translation>Missing --name (shop name)</translation>
    </message>
    <message>
        <source>未知的 shop 子命令:%1</source>
        <translation>Unknown shop sub-command: %1</translation>
    </message>
    <message>
        <source>已保存门店信息:%1</source>
        <translation>Shop profile saved: %1</translation>
    </message>
    <message>
        <source>未知的 visit 子命令:%1</source>
        <translation>Unknown visit sub-command: %1</translation>
    </message>
    <message>
        <source>缺少 --reason(作废原因)</source>
        <translation>Missing --reason (reason for voiding)</translation>
    </message>
    <message>
        <source>找不到工单号为 %1 的维修记录。</source>
        <translation>No visit with work-order number %1.</translation>
    </message>
    <message>
        <source>已作废工单 %1(%2 %3),原因:%4</source>
        <translation>Voided work order %1 (%2 %3), reason: %4</translation>
    </message>
    <message>
        <source>用法:huichang-cli user 子命令 [参数]
  user add 用户名 --role advisor|callback|manager   添加用户
  user list [--json]                 列出用户(name、role、active、locked)
  user reset-password 用户名          重设密码
  user unlock 用户名                  解除锁定
  user disable 用户名 / user enable 用户名   停用 / 重新启用账户
  密码从标准输入读取(第一行):至少 10 个字符,不能包含用户名,不能是常见密码。
</source>
        <translation>Usage: huichang-cli user SUBCOMMAND [ARGUMENTS]
  user add NAME --role advisor|callback|manager   add a user
  user list [--json]                 list the users (name, role, active, locked)
  user reset-password NAME           set a new password
  user unlock NAME                   lift a lock
  user disable NAME / user enable NAME   disable / enable an account
  Passwords are read from standard input (first line): at least 10 characters, not containing the user name, not a common password.
</translation>
    </message>
    <message>
        <source>用法:huichang-cli [全局选项] 命令 [参数]
命令:
</source>
        <translation>Usage: huichang-cli [global options] COMMAND [ARGUMENTS]
Commands:
</translation>
    </message>
    <message>
        <source>退出码:0 成功,1 失败,2 用法错误。
</source>
        <translation>Exit codes: 0 success, 1 failure, 2 usage error.
</translation>
    </message>
    <message>
        <source>init</source>
        <translation>init</translation>
    </message>
    <message>
        <source>创建或升级数据库</source>
        <translation>create or upgrade the database</translation>
    </message>
    <message>
        <source>user add 用户名 --role 角色</source>
        <translation>user add NAME --role ROLE</translation>
    </message>
    <message>
        <source>添加用户(密码从标准输入读取)</source>
        <translation>add a user (password from standard input)</translation>
    </message>
    <message>
        <source>user list [--json]</source>
        <translation>user list [--json]</translation>
    </message>
    <message>
        <source>列出用户、角色和状态</source>
        <translation>list users, roles and states</translation>
    </message>
    <message>
        <source>user reset-password 用户名</source>
        <translation>user reset-password NAME</translation>
    </message>
    <message>
        <source>重设密码(新密码从标准输入读取)</source>
        <translation>reset a password (new password from standard input)</translation>
    </message>
    <message>
        <source>user unlock 用户名</source>
        <translation>user unlock NAME</translation>
    </message>
    <message>
        <source>解除登录失败造成的锁定</source>
        <translation>lift the lock after failed logins</translation>
    </message>
    <message>
        <source>user disable 用户名</source>
        <translation>user disable NAME</translation>
    </message>
    <message>
        <source>停用账户(记录保留)</source>
        <translation>disable an account (records stay)</translation>
    </message>
    <message>
        <source>user enable 用户名</source>
        <translation>user enable NAME</translation>
    </message>
    <message>
        <source>重新启用账户</source>
        <translation>enable an account again</translation>
    </message>
    <message>
        <source>demo --customers N [--seed S] [--as-of 日期]</source>
        <translation>demo --customers N [--seed S] [--as-of DATE]</translation>
    </message>
    <message>
        <source>生成演示数据</source>
        <translation>generate demo data</translation>
    </message>
    <message>
        <source>导入进厂记录</source>
        <translation>import visits</translation>
    </message>
    <message>
        <source>customer show --id N [--as-of 日期] [--json]</source>
        <translation>customer show --id N [--as-of DATE] [--json]</translation>
    </message>
    <message>
        <source>客户档案</source>
        <translation>customer record</translation>
    </message>
    <message>
        <source>visit void --work-order 工单号 --reason 原因</source>
        <translation>visit void --work-order ORDER --reason TEXT</translation>
    </message>
    <message>
        <source>作废进厂记录(留痕)</source>
        <translation>void a visit (kept in the history)</translation>
    </message>
    <message>
        <source>客户分类</source>
        <translation>classify customers</translation>
    </message>
    <message>
        <source>abc [--as-of 日期] [--months 12] [--json]</source>
        <translation>abc [--as-of DATE] [--months 12] [--json]</translation>
    </message>
    <message>
        <source>ABC 分析</source>
        <translation>ABC analysis</translation>
    </message>
    <message>
        <source>matrix [--as-of 日期] [--json]</source>
        <translation>matrix [--as-of DATE] [--json]</translation>
    </message>
    <message>
        <source>忠诚度 × 贡献度矩阵</source>
        <translation>loyalty × contribution matrix</translation>
    </message>
    <message>
        <source>rfm [--as-of 日期] [--json]</source>
        <translation>rfm [--as-of DATE] [--json]</translation>
    </message>
    <message>
        <source>RFM 八类客户</source>
        <translation>the eight RFM customer groups</translation>
    </message>
    <message>
        <source>clv fit|predict|holdout [选项]</source>
        <translation>clv fit|predict|holdout [OPTIONS]</translation>
    </message>
    <message>
        <source>客户终身价值:拟合模型、预测、留出验证</source>
        <translation>customer lifetime value: fit the model, predict, holdout check</translation>
    </message>
    <message>
        <source>当天的回访清单</source>
        <translation>the day&apos;s follow-up list</translation>
    </message>
    <message>
        <source>complaints --overdue [--at 时间] [--json]</source>
        <translation>complaints --overdue [--at DATETIME] [--json]</translation>
    </message>
    <message>
        <source>超过 2123 时限的投诉</source>
        <translation>complaints past their 2123 deadlines</translation>
    </message>
    <message>
        <source>report monthly --month YYYY-MM [--format 格式] [-o 文件]</source>
        <translation>report monthly --month YYYY-MM [--format FORMAT] [-o FILE]</translation>
    </message>
    <message>
        <source>月度经营报表(json、pdf、xlsx、csv)</source>
        <translation>monthly manager report (json, pdf, xlsx, csv)</translation>
    </message>
    <message>
        <source>report save-abc --month YYYY-MM [--json]</source>
        <translation>report save-abc --month YYYY-MM [--json]</translation>
    </message>
    <message>
        <source>月末保存 ABC 排名,供下月比较</source>
        <translation>month close: save the ABC ranking for next month&apos;s comparison</translation>
    </message>
    <message>
        <source>print visit --work-order 工单号 -o 文件.pdf</source>
        <translation>print visit --work-order ORDER -o FILE.pdf</translation>
    </message>
    <message>
        <source>打印结算单(PDF)</source>
        <translation>print the visit receipt (PDF)</translation>
    </message>
    <message>
        <source>设置门店信息</source>
        <translation>set the shop profile</translation>
    </message>
    <message>
        <source>shop show [--json]</source>
        <translation>shop show [--json]</translation>
    </message>
    <message>
        <source>显示门店信息</source>
        <translation>show the shop profile</translation>
    </message>
    <message>
        <source>服务顾问</source>
        <translation>Service advisor</translation>
    </message>
    <message>
        <source>回访专员</source>
        <translation>Callback staff</translation>
    </message>
    <message>
        <source>经理</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>启用</source>
        <translation>active</translation>
    </message>
    <message>
        <source>停用</source>
        <translation>disabled</translation>
    </message>
    <message>
        <source>,锁定至 %1</source>
        <translation>, locked until %1</translation>
    </message>
    <message>
        <source>用户不存在:%1</source>
        <translation>No such user: %1</translation>
    </message>
    <message>
        <source>已重设 %1 的密码
</source>
        <translation>Password of %1 reset
</translation>
    </message>
    <message>
        <source>已解除 %1 的锁定
</source>
        <translation>%1 unlocked
</translation>
    </message>
    <message>
        <source>已停用 %1
</source>
        <translation>%1 disabled
</translation>
    </message>
    <message>
        <source>已启用 %1
</source>
        <translation>%1 enabled
</translation>
    </message>
    <message>
        <source>已备份并校验:%1(%2 字节)
</source>
        <translation>Backed up and verified: %1 (%2 bytes)
</translation>
    </message>
    <message>
        <source>还没有备份。
</source>
        <translation>No backups yet.
</translation>
    </message>
    <message>
        <source>已校验</source>
        <translation>verified</translation>
    </message>
    <message>
        <source>未校验</source>
        <translation>not verified</translation>
    </message>
    <message>
        <source>备份完好:%1(结构版本 %2)
</source>
        <translation>Backup is sound: %1 (schema version %2)
</translation>
    </message>
    <message>
        <source>恢复会用备份替换当前数据库 %1(当前文件会先另存一份备份)。确认请加 --yes。</source>
        <translation>Restoring replaces the current database %1 with the backup (the current file is saved as a backup first). Add --yes to confirm.</translation>
    </message>
    <message>
        <source>恢复前的数据库已另存为:%1
</source>
        <translation>The database before the restore was saved as: %1
</translation>
    </message>
    <message>
        <source>已从 %1 恢复数据库 %2
</source>
        <translation>Restored database %2 from %1
</translation>
    </message>
    <message>
        <source>--expect 的格式是 编号:哈希(64 位十六进制):%1</source>
        <translation>--expect takes ID:HASH (64 hex digits): %1</translation>
    </message>
    <message>
        <source>操作日志完整:%1 条记录。最后一条:%2:%3
</source>
        <translation>Audit log intact: %1 records. Last: %2:%3
</translation>
    </message>
    <message>
        <source>操作日志被改动过:从第 %1 条记录起校验不通过(共 %2 条)。</source>
        <translation>The audit log has been altered: verification fails from record %1 on (%2 records).</translation>
    </message>
    <message>
        <source>用法:huichang-cli backup create [--to 文件夹] [--json]
      huichang-cli backup list [--json]
      huichang-cli backup verify 文件
  备份写在数据库旁的 backups 文件夹(和设置的第二个文件夹),先写临时文件,
  校验(完整性、结构版本、行数)后才改为正式文件名。
</source>
        <translation>Usage: huichang-cli backup create [--to FOLDER] [--json]
      huichang-cli backup list [--json]
      huichang-cli backup verify FILE
  Backups go to the backups folder next to the database (and the second folder if set); each is written under a temporary name
  and gets its final name only after verification (integrity, schema version, row counts).
</translation>
    </message>
    <message>
        <source>用法:huichang-cli restore 备份文件 --yes
  校验备份后替换当前数据库;当前文件先另存为备份。请先关闭回厂程序。
</source>
        <translation>Usage: huichang-cli restore BACKUP_FILE --yes
  Verifies the backup, then replaces the current database; the current file is saved as a backup first. Close the Huichang app first.
</translation>
    </message>
    <message>
        <source>用法:huichang-cli audit verify [--expect 编号:哈希] [--json]
  逐条校验操作日志的哈希链;被改动、删除或改日期的记录使校验失败(退出码 3)。
</source>
        <translation>Usage: huichang-cli audit verify [--expect ID:HASH] [--json]
  Checks the audit log&apos;s hash chain record by record; an edited, deleted or back-dated record fails the check (exit code 3).
</translation>
    </message>
    <message>
        <source>数据库文件是空的(0 字节):%1。请检查 --db 是否写错;新建数据库请运行 huichang-cli init。</source>
        <translation>The database file is empty (0 bytes): %1. Check whether --db is mistyped; to create a new database run huichang-cli init.</translation>
    </message>
    <message>
        <source>数据库文件已损坏:%1(%2)。已以只读方式打开,不能写入。</source>
        <translation>The database file is damaged: %1 (%2). It was opened read-only; nothing can be written.</translation>
    </message>
    <message>
        <source>请从最近一次校验过的备份恢复:huichang-cli --db %1 restore %2 --yes</source>
        <translation>Restore the latest verified backup: huichang-cli --db %1 restore %2 --yes</translation>
    </message>
    <message>
        <source>没有找到校验过的备份。</source>
        <translation>No verified backup was found.</translation>
    </message>
    <message>
        <source>backup create [--to 文件夹] [--json]</source>
        <translation>backup create [--to FOLDER] [--json]</translation>
    </message>
    <message>
        <source>备份数据库(校验后保存)</source>
        <translation>back up the database (kept once verified)</translation>
    </message>
    <message>
        <source>backup list [--json]</source>
        <translation>backup list [--json]</translation>
    </message>
    <message>
        <source>列出备份</source>
        <translation>list the backups</translation>
    </message>
    <message>
        <source>backup verify 文件</source>
        <translation>backup verify FILE</translation>
    </message>
    <message>
        <source>校验备份文件</source>
        <translation>verify a backup file</translation>
    </message>
    <message>
        <source>restore 文件 --yes</source>
        <translation>restore FILE --yes</translation>
    </message>
    <message>
        <source>从备份恢复(先备份当前文件)</source>
        <translation>restore from a backup (the current file is backed up first)</translation>
    </message>
    <message>
        <source>audit verify [--expect 编号:哈希] [--json]</source>
        <translation>audit verify [--expect ID:HASH] [--json]</translation>
    </message>
    <message>
        <source>校验操作日志(被改动时退出码 3)</source>
        <translation>verify the audit log (exit 3 when it was changed)</translation>
    </message>
    <message>
        <source>用法:huichang-cli clv fit|predict|holdout (--events 文件.csv | --as-of YYYY-MM-DD)
         [--calibration-end 日期] [--json]
  fit      拟合客户基础模型(BG/NBD 进厂次数 + gamma-gamma 每次消费)
  predict  [--horizon-weeks N] 每位客户的存活概率、预计进厂次数、回厂概率和价值
  holdout  --calibration-end 日期 --holdout-end 日期  用检验期检验预测
  --events 文件.csv  进厂记录文件(标题行;客户编号、日期 YYYY-MM-DD 或 YYYYMMDD、金额可选)
  --customer-column / --date-column / --amount-column 列名  (默认 customer、date、amount)
  --as-of 日期  改用数据库中截至该日的进厂记录(实收金额,元)
  校准期结束默认:--as-of 日期,或文件中最后一次进厂的日期。
</source>
        <translation>Usage: huichang-cli clv fit|predict|holdout (--events FILE.csv | --as-of YYYY-MM-DD)
         [--calibration-end DATE] [--json]
  fit      fit the customer-base model (BG/NBD visit counts + gamma-gamma spend per visit)
  predict  [--horizon-weeks N] per customer: P(alive), expected visits, P(return) and value
  holdout  --calibration-end DATE --holdout-end DATE  check the predictions against a holdout period
  --events FILE.csv  visits file (header row; customer id, date YYYY-MM-DD or YYYYMMDD, optional amount)
  --customer-column / --date-column / --amount-column NAME  (defaults customer, date, amount)
  --as-of DATE  use the database&apos;s visits up to that date instead (amount received, yuan)
  Calibration end by default: the --as-of date, or the last visit date in the file.
</translation>
    </message>
    <message>
        <source>--%1 不是有效日期:%2</source>
        <translation>--%1 is not a valid date: %2</translation>
    </message>
    <message>
        <source>请给出 --events 文件.csv 或 --as-of 日期(二选一)</source>
        <translation>Give either --events FILE.csv or --as-of DATE (one of the two)</translation>
    </message>
    <message>
        <source>--%1 只能与 --events 一起使用</source>
        <translation>--%1 can only be used with --events</translation>
    </message>
    <message>
        <source>文件中没有进厂记录。</source>
        <translation>The file has no visits.</translation>
    </message>
    <message>
        <source>--calibration-end 不能晚于 --as-of</source>
        <translation>--calibration-end cannot be later than --as-of</translation>
    </message>
    <message>
        <source>客户基础模型(BG/NBD),校准期截至 %1:客户 %2 位,回头客户 %3 位
  r = %4, α = %5, a = %6, b = %7, 对数似然 %8
</source>
        <translation>Customer-base model (BG/NBD), calibration up to %1: %2 customers, %3 with repeat visits
  r = %4, α = %5, a = %6, b = %7, log-likelihood %8
</translation>
    </message>
    <message>
        <source>  每次消费(gamma-gamma):p = %1, q = %2, γ = %3
</source>
        <translation>  Spend per visit (gamma-gamma): p = %1, q = %2, γ = %3
</translation>
    </message>
    <message>
        <source>  每次消费模型:数据不足,未拟合
</source>
        <translation>  Spend model: not enough data, not fitted
</translation>
    </message>
    <message>
        <source>--horizon-weeks 必须是正数</source>
        <translation>--horizon-weeks must be a positive number</translation>
    </message>
    <message>
        <source>未来 %1 周预计进厂 %2 次</source>
        <translation>Expected visits in the next %1 weeks: %2</translation>
    </message>
    <message>
        <source>,预计价值 %1(金额的货币单位;档案为元)</source>
        <translation>, expected value %1 (in the currency of the amounts; yuan for the archive)</translation>
    </message>
    <message>
        <source>clv holdout 需要 --calibration-end 和 --holdout-end</source>
        <translation>clv holdout needs --calibration-end and --holdout-end</translation>
    </message>
    <message>
        <source>--holdout-end 不能晚于 --as-of</source>
        <translation>--holdout-end cannot be later than --as-of</translation>
    </message>
    <message>
        <source>检验期 %1 至 %2:实际回头进厂 %3 次,模型预计 %4 次
  AUC(模型)%5,AUC(仅按最近进厂)%6
</source>
        <translation>Holdout %1 to %2: %3 actual repeat visits, %4 expected by the model
  AUC (model) %5, AUC (recency only) %6
</translation>
    </message>
    <message>
        <source>未知子命令:%1</source>
        <translation>Unknown subcommand: %1</translation>
    </message>
    <message>
        <source>用法:huichang-cli settings export [-o 文件.json]
      huichang-cli settings import 文件.json
  导出或导入全部设置(与程序保存的 JSON 相同)。导入先校验,全部有效才保存(记入审计日志),否则不做任何修改并以 1 退出。
</source>
        <translation>Usage: huichang-cli settings export [-o FILE.json]
       huichang-cli settings import FILE.json
  Exports or imports all settings (the same JSON the program stores). The import is validated first and saved only when everything is valid (with an audit record); otherwise nothing is changed and the exit code is 1.
</translation>
    </message>
    <message>
        <source>settings export [-o 文件.json]</source>
        <translation>settings export [-o FILE.json]</translation>
    </message>
    <message>
        <source>导出全部设置(JSON)</source>
        <translation>export every setting (JSON)</translation>
    </message>
    <message>
        <source>settings import 文件.json</source>
        <translation>settings import FILE.json</translation>
    </message>
    <message>
        <source>导入设置(先校验,全部有效才保存)</source>
        <translation>import settings (validated; saved only when all are valid)</translation>
    </message>
    <message>
        <source>无法写入文件 %1:%2</source>
        <translation>Cannot write the file %1: %2</translation>
    </message>
    <message>
        <source>已导出设置:%1</source>
        <translation>Settings exported: %1</translation>
    </message>
    <message>
        <source>无法读取文件 %1:%2</source>
        <translation>Cannot read the file %1: %2</translation>
    </message>
    <message>
        <source>设置未导入(%1):%2</source>
        <translation>Settings not imported (%1): %2</translation>
    </message>
    <message>
        <source>已导入设置:%1</source>
        <translation>Settings imported: %1</translation>
    </message>
    <message>
        <source>classify [--as-of 日期] [--json] [--reveal]</source>
        <translation>classify [--as-of DATE] [--json] [--reveal]</translation>
    </message>
    <message>
        <source>缺少 --date(预约日期 YYYY-MM-DD)</source>
        <translation>Missing --date (appointment date YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>--%1 必须是正整数</source>
        <translation>--%1 must be a positive whole number</translation>
    </message>
    <message>
        <source>缺少 --customer-id(客户编号)</source>
        <translation>Missing --customer-id (customer number)</translation>
    </message>
    <message>
        <source>--time 必须是 HH:MM 格式的时间</source>
        <translation>--time must be a time in HH:MM format</translation>
    </message>
    <message>
        <source>没有用户名为 %1 的用户。</source>
        <translation>There is no user named %1.</translation>
    </message>
    <message>
        <source>已预约(编号 %1):%2 %3
</source>
        <translation>Booked (number %1): %2 %3
</translation>
    </message>
    <message>
        <source>缺少 --id(预约编号)</source>
        <translation>Missing --id (appointment number)</translation>
    </message>
    <message>
        <source>已取消预约 %1
</source>
        <translation>Cancelled appointment %1
</translation>
    </message>
    <message>
        <source>%1 的预约:%2 个
</source>
        <translation>Appointments on %1: %2
</translation>
    </message>
    <message>
        <source>未知的 appointment 子命令:%1</source>
        <translation>Unknown appointment subcommand: %1</translation>
    </message>
    <message>
        <source>      huichang-cli customer export --id N -o 文件.json|文件.pdf [--json]
  导出客户的全部个人信息(经理,记入操作日志)。
      huichang-cli customer erase --id N --yes [--json]
  删除客户的个人信息,进厂记录和金额匿名保留(先备份)。
</source>
        <translation>      huichang-cli customer export --id N -o FILE.json|FILE.pdf [--json]
  Export all personal data of the customer (manager, audited).
      huichang-cli customer erase --id N --yes [--json]
  Erase the customer&apos;s personal data; visits and amounts stay, anonymously (backup first).
</translation>
    </message>
    <message>
        <source>用法:huichang-cli privacy anonymise [--years N] [--as-of YYYY-MM-DD] [--dry-run] [--yes] [--json]
  匿名化 N 年(默认为设置 privacy.inactiveYears)没有联系的客户;--dry-run 只统计人数。
</source>
        <translation>Usage: huichang-cli privacy anonymise [--years N] [--as-of YYYY-MM-DD] [--dry-run] [--yes] [--json]
  Anonymise the customers without contact for N years (default: the setting privacy.inactiveYears); --dry-run only counts.
</translation>
    </message>
    <message>
        <source>customer export --id N -o 文件.json|文件.pdf [--json]</source>
        <translation>customer export --id N -o FILE.json|FILE.pdf [--json]</translation>
    </message>
    <message>
        <source>导出客户的全部个人信息(个人信息保护法)</source>
        <translation>export all personal data of a customer (PIPL)</translation>
    </message>
    <message>
        <source>customer erase --id N --yes [--json]</source>
        <translation>customer erase --id N --yes [--json]</translation>
    </message>
    <message>
        <source>删除客户的个人信息(进厂记录匿名保留)</source>
        <translation>erase a customer&apos;s personal data (visits stay, anonymously)</translation>
    </message>
    <message>
        <source>privacy anonymise [--years N] [--dry-run] [--yes] [--json]</source>
        <translation>privacy anonymise [--years N] [--dry-run] [--yes] [--json]</translation>
    </message>
    <message>
        <source>匿名化 N 年未联系的客户</source>
        <translation>anonymise customers without contact for N years</translation>
    </message>
    <message>
        <source>followups [--date 日期] [--assignee 用户] [--all] [--json]</source>
        <translation>followups [--date DATE] [--assignee USER] [--all] [--json]</translation>
    </message>
    <message>
        <source>appointments [--date 日期] [--json]</source>
        <translation>appointments [--date DATE] [--json]</translation>
    </message>
    <message>
        <source>某天的预约及到店状态</source>
        <translation>A day&apos;s appointments and whether the customers came</translation>
    </message>
    <message>
        <source>appointment book --customer-id N [--vehicle-id V] --date 日期 [--time HH:MM] [--purpose 事由] [--advisor 用户]</source>
        <translation>appointment book --customer-id N [--vehicle-id V] --date DATE [--time HH:MM] [--purpose TEXT] [--advisor USER]</translation>
    </message>
    <message>
        <source>预约到店</source>
        <translation>book an appointment</translation>
    </message>
    <message>
        <source>appointment cancel --id N [--reason 原因]</source>
        <translation>appointment cancel --id N [--reason TEXT]</translation>
    </message>
    <message>
        <source>取消预约</source>
        <translation>cancel an appointment</translation>
    </message>
    <message>
        <source>consent set --customer-id N --purpose 用途 --state 状态 --source 来源</source>
        <translation>consent set --customer-id N --purpose PURPOSE --state STATE --source SOURCE</translation>
    </message>
    <message>
        <source>记录同意或拒绝(用途 service|marketing,状态 granted|refused)</source>
        <translation>record consent or refusal (purpose service|marketing, state granted|refused)</translation>
    </message>
    <message>
        <source>导出短信平台用的 CSV(仅含已同意的客户)</source>
        <translation>export a CSV for the SMS platform (customers with consent only)</translation>
    </message>
    <message>
        <source>optout import 文件.csv [--json]</source>
        <translation>optout import FILE.csv [--json]</translation>
    </message>
    <message>
        <source>导入短信平台的退订名单(记为拒绝营销)</source>
        <translation>import the SMS platform&apos;s opt-out list (recorded as marketing refusals)</translation>
    </message>
    <message>
        <source>未知的 consent 子命令:%1</source>
        <translation>Unknown consent subcommand: %1</translation>
    </message>
    <message>
        <source>--customer-id 必须是客户编号(正整数)</source>
        <translation>--customer-id must be a customer number (a positive integer)</translation>
    </message>
    <message>
        <source>--purpose 只能是 service 或 marketing</source>
        <translation>--purpose must be service or marketing</translation>
    </message>
    <message>
        <source>--state 只能是 granted 或 refused</source>
        <translation>--state must be granted or refused</translation>
    </message>
    <message>
        <source>已记录:客户 %1 %2 %3(来源:%4)
</source>
        <translation>Recorded: customer %1 %2 %3 (source: %4)
</translation>
    </message>
    <message>
        <source>今日 %1 条,共 %2 条到期,积压 %3 条
</source>
        <translation>today %1, %2 due in all, backlog %3
</translation>
    </message>
    <message>
        <source>未知的 messages 子命令:%1</source>
        <translation>Unknown messages subcommand: %1</translation>
    </message>
    <message>
        <source>--template 只能是 post_service、maintenance_due、appointment_reminder、holiday、winback 或 campaign</source>
        <translation>--template must be post_service, maintenance_due, appointment_reminder, holiday, winback or campaign</translation>
    </message>
    <message>
        <source>缺少 -o 文件.csv</source>
        <translation>Missing -o FILE.csv</translation>
    </message>
    <message>
        <source>--campaign 必须是活动编号(正整数)</source>
        <translation>--campaign must be a campaign number (a positive integer)</translation>
    </message>
    <message>
        <source>已导出 %1 条短信(共 %2 条计费短信)到 %3;未导出:%4 位客户未同意,%5 位客户无效或没有手机号
</source>
        <translation>Exported %1 messages (%2 SMS parts charged) to %3; left out: %4 customers without consent, %5 customers invalid or without a mobile number
</translation>
    </message>
    <message>
        <source>未知的 optout 子命令:%1</source>
        <translation>Unknown optout subcommand: %1</translation>
    </message>
    <message>
        <source>退订名单:%1 行,%2 行匹配到客户,新记录 %3 条营销拒绝;%4 行不是电话号码
</source>
        <translation>Opt-out list: %1 rows, %2 matched a customer, %3 new marketing refusals recorded; %4 rows are no phone number
</translation>
    </message>
    <message>
        <source>必须用 -o 指定输出文件(.json 或 .pdf)</source>
        <translation>Give the output file with -o (.json or .pdf)</translation>
    </message>
    <message>
        <source>导出格式只能是 json 或 pdf:%1</source>
        <translation>The export format must be json or pdf: %1</translation>
    </message>
    <message>
        <source>已导出客户 %1 的个人信息(%2 行)到 %3
</source>
        <translation>Exported the personal data of customer %1 (%2 rows) to %3
</translation>
    </message>
    <message>
        <source>删除会清除客户 %1 的姓名、电话、证件号、地址、车牌和车架号等个人信息(进厂记录和金额匿名保留,先自动备份),不能撤销。确认请加 --yes。</source>
        <translation>Erasing removes the name, phones, ID number, address, plates, VINs and other personal data of customer %1 (visits and amounts stay, anonymously; a backup is made first) and cannot be undone. Add --yes to confirm.</translation>
    </message>
    <message>
        <source>已删除客户 %1 的个人信息;删除前的备份:%2
</source>
        <translation>Erased the personal data of customer %1; backup made before: %2
</translation>
    </message>
    <message>
        <source>--years 必须是整数:%1</source>
        <translation>--years must be a whole number: %1</translation>
    </message>
    <message>
        <source>匿名化会删除长期未联系客户的个人信息,不能撤销。先用 --dry-run 查看人数,确认请加 --yes。</source>
        <translation>Anonymising erases the personal data of customers without contact for a long time and cannot be undone. See the count with --dry-run first; add --yes to confirm.</translation>
    </message>
    <message>
        <source>%1 年(%2 之前)没有联系的客户:%3 位(试运行,未做修改)
</source>
        <translation>Customers without contact for %1 years (before %2): %3 (dry run, nothing changed)
</translation>
    </message>
    <message>
        <source>已匿名化 %1 年(%2 之前)没有联系的客户:%3 位
</source>
        <translation>Anonymised the customers without contact for %1 years (before %2): %3
</translation>
    </message>
    <message>
        <source>  --version      显示版本号
</source>
        <translation>  --version      show the version
</translation>
    </message>
    <message>
        <source>--save 只能与 --as-of 一起使用(档案数据)</source>
        <translation>--save works only with --as-of (the archive)</translation>
    </message>
    <message>
        <source>已保存客户模型(编号 %1),数据 %2 至 %3
</source>
        <translation>Customer model saved (no. %1), data %2 to %3
</translation>
    </message>
    <message>
        <source>已重新拟合客户模型(编号 %1),数据 %2 至 %3
</source>
        <translation>Customer model refitted (no. %1), data %2 to %3
</translation>
    </message>
    <message>
        <source>本月已拟合过客户模型,无需重新拟合
</source>
        <translation>The customer model was already fitted this month; no refit needed
</translation>
    </message>
    <message>
        <source>缺少子命令(fit、predict、holdout 或 refit)</source>
        <translation>Missing subcommand (fit, predict, holdout or refit)</translation>
    </message>
    <message>
        <source>import visits 文件.csv|文件.xlsx [--sheet 工作表] [--mapping 映射.json] [--rejects 出错行.csv] [--dry-run]</source>
        <translation>import visits FILE.csv|FILE.xlsx [--sheet SHEET] [--mapping MAPPING.json] [--rejects REJECTS.csv] [--dry-run]</translation>
    </message>
    <message>
        <source>import customers 文件.csv|文件.xlsx [--sheet 工作表] [--mapping 映射.json] [--rejects 出错行.csv] [--dry-run]</source>
        <translation>import customers FILE.csv|FILE.xlsx [--sheet SHEET] [--mapping MAPPING.json] [--rejects REJECTS.csv] [--dry-run]</translation>
    </message>
    <message>
        <source>导入客户名单(不含进厂记录)</source>
        <translation>import a customer list (without visits)</translation>
    </message>
    <message>
        <source>duplicates [--json]</source>
        <translation>duplicates [--json]</translation>
    </message>
    <message>
        <source>疑似重复的客户(原因和分数)</source>
        <translation>likely duplicate customers (reason and score)</translation>
    </message>
    <message>
        <source>merge --keep A --remove B [--json]</source>
        <translation>merge --keep A --remove B [--json]</translation>
    </message>
    <message>
        <source>把客户 B 合并到客户 A(先自动备份,可撤销)</source>
        <translation>merge customer B into customer A (backup first, can be undone)</translation>
    </message>
    <message>
        <source>unmerge 合并编号 [--json]</source>
        <translation>unmerge MERGE_ID [--json]</translation>
    </message>
    <message>
        <source>撤销一次合并,恢复被合并的客户</source>
        <translation>undo a merge and restore the merged customer</translation>
    </message>
    <message>
        <source>clv fit --as-of 日期 --save [--json]</source>
        <translation>clv fit --as-of DATE --save [--json]</translation>
    </message>
    <message>
        <source>拟合并保存客户模型(卡片、回访优先级、月报使用)</source>
        <translation>fit and save the customer model (used by the card, callback priority and monthly report)</translation>
    </message>
    <message>
        <source>clv refit [--as-of 日期] [--if-stale] [--json]</source>
        <translation>clv refit [--as-of DATE] [--if-stale] [--json]</translation>
    </message>
    <message>
        <source>按截至前一天的档案重新拟合并保存;--if-stale 仅在本月尚未拟合时</source>
        <translation>refit on the archive up to the day before and save; --if-stale only when not yet fitted this month</translation>
    </message>
    <message>
        <source>declined list [--customer-id N] [--vehicle-id V] [--status open|done|dropped] [--json]</source>
        <translation>declined list [--customer-id N] [--vehicle-id V] [--status open|done|dropped] [--json]</translation>
    </message>
    <message>
        <source>建议项目(客户未做的维修)及到期日</source>
        <translation>declined work (repairs the customer declined) and when it is due</translation>
    </message>
    <message>
        <source>declined close --id N (--done [--visit-id V] | --drop --reason 原因) [--json]</source>
        <translation>declined close --id N (--done [--visit-id V] | --drop --reason REASON) [--json]</translation>
    </message>
    <message>
        <source>关闭建议项目:已做(由之后的进厂记录)或放弃</source>
        <translation>close a declined item: done (by a later visit) or dropped</translation>
    </message>
    <message>
        <source>  客户模型:%1
</source>
        <translation>  Customer model: %1
</translation>
    </message>
    <message>
        <source>  建议项目 #%1 %2:%3 %4,到期 %5
</source>
        <translation>  Declined item #%1 %2: %3 %4, due %5
</translation>
    </message>
    <message>
        <source>--status 必须是 open、done 或 dropped 之一</source>
        <translation>--status must be one of open, done or dropped</translation>
    </message>
    <message>
        <source>建议项目:%1 项
</source>
        <translation>Declined work: %1 items
</translation>
    </message>
    <message>
        <source>缺少 --id(建议项目编号)</source>
        <translation>Missing --id (declined item number)</translation>
    </message>
    <message>
        <source>请指定 --done 或 --drop --reason 原因(二选一)</source>
        <translation>Give either --done or --drop --reason REASON (one of them)</translation>
    </message>
    <message>
        <source>--visit-id 只能与 --done 一起使用</source>
        <translation>--visit-id can only be used with --done</translation>
    </message>
    <message>
        <source>--drop 需要 --reason 原因</source>
        <translation>--drop needs --reason REASON</translation>
    </message>
    <message>
        <source>建议项目 %1(%2):%3
</source>
        <translation>Declined item %1 (%2): %3
</translation>
    </message>
    <message>
        <source>未知的 declined 子命令:%1</source>
        <translation>Unknown declined subcommand: %1</translation>
    </message>
    <message>
        <source>%1 必须是正整数:%2</source>
        <translation>%1 must be a positive integer: %2</translation>
    </message>
    <message>
        <source>手机号相同</source>
        <translation>same mobile</translation>
    </message>
    <message>
        <source>证件号相同</source>
        <translation>same ID number</translation>
    </message>
    <message>
        <source>车架号相同</source>
        <translation>same VIN</translation>
    </message>
    <message>
        <source>同一车牌两个车主(无过户记录)</source>
        <translation>same plate under two owners (no recorded transfer)</translation>
    </message>
    <message>
        <source>姓名拼音相同且手机号差一位</source>
        <translation>same name in pinyin, mobile one digit apart</translation>
    </message>
    <message>
        <source>客户 %1:%2(分数 %3)
</source>
        <translation>Customers %1: %2 (score %3)
</translation>
    </message>
    <message>
        <source>共 %1 组疑似重复客户
</source>
        <translation>%1 groups of likely duplicate customers
</translation>
    </message>
    <message>
        <source>必须用 --keep 和 --remove 指定两个客户编号</source>
        <translation>Give the two customer numbers with --keep and --remove</translation>
    </message>
    <message>
        <source>已把客户 %1 合并到客户 %2(合并编号 %3,可用 unmerge %3 撤销);合并前的备份:%4
</source>
        <translation>Merged customer %1 into customer %2 (merge %3; undo with unmerge %3); backup taken before the merge: %4
</translation>
    </message>
    <message>
        <source>已撤销合并 %1:客户 %2 已恢复(%3 条记录)
</source>
        <translation>Undid merge %1: customer %2 restored (%3 records)
</translation>
    </message>
    <message>
        <source>未知的导入类型:%1(可用:visits、customers)</source>
        <translation>Unknown import type: %1 (available: visits, customers)</translation>
    </message>
    <message>
        <source>--sheet 只能用于 .xlsx 文件。</source>
        <translation>--sheet can only be used with .xlsx files.</translation>
    </message>
    <message>
        <source>通过已设置的短信网关发送(仅发给已同意的客户,逐条记录),--month/--drill 为月报明细背后的客户</source>
        <translation>send through the configured SMS gateway (customers with consent only, each message logged), --month/--drill: the customers behind one number of a monthly report</translation>
    </message>
    <message>
        <source>请给出 --date、--campaign 或 --month 与 --drill 其中之一</source>
        <translation>Give one of --date, --campaign, or --month with --drill</translation>
    </message>
    <message>
        <source>--month YYYY-MM 与 --drill 明细键须一起给出(明细键见 docs/reports.md)</source>
        <translation>--month YYYY-MM and --drill KEY go together (drill-down keys: docs/reports.md)</translation>
    </message>
    <message>
        <source>%1 月报表中没有“%2”的客户(明细键见 docs/reports.md)</source>
        <translation>The %1 report has no customers behind “%2” (drill-down keys: docs/reports.md)</translation>
    </message>
    <message>
        <source>短信网关尚未设置(在程序的 设置 → 短信模板 → 短信网关 中填写 URL)</source>
        <translation>The SMS gateway is not set up (enter its URL in the app: Settings → Message templates → SMS gateway)</translation>
    </message>
    <message>
        <source>已发送 %1 条短信,失败 %2 条(共 %3 条计费短信);未发送:%4 位客户未同意,%5 位客户无效或没有手机号
</source>
        <translation>Sent %1 messages, %2 failed (%3 SMS parts charged); not sent: %4 customers without consent, %5 customers invalid or without a mobile number
</translation>
    </message>
    <message>
        <source>duplicates dismiss --ids A,B [--json]</source>
        <translation>duplicates dismiss --ids A,B [--json]</translation>
    </message>
    <message>
        <source>标记为不是同一客户(不再提示)</source>
        <translation>mark as not the same customer (no longer suggested)</translation>
    </message>
    <message>
        <source>duplicates undismiss --ids A,B [--json]</source>
        <translation>duplicates undismiss --ids A,B [--json]</translation>
    </message>
    <message>
        <source>取消“不是同一客户”的标记</source>
        <translation>remove the &quot;not the same customer&quot; mark</translation>
    </message>
    <message>
        <source>必须用 --ids A,B 指定至少两个客户编号</source>
        <translation>Name at least two customer ids with --ids A,B</translation>
    </message>
    <message>
        <source>已标记为不是同一客户:%1 对(其中 %2 对是新标记的)
</source>
        <translation>Marked as not the same customer: %1 pair(s) (%2 newly marked)
</translation>
    </message>
    <message>
        <source>已取消“不是同一客户”的标记:%1 对
</source>
        <translation>Removed the &quot;not the same customer&quot; mark: %1 pair(s)
</translation>
    </message>
    <message>
        <source>未知的 duplicates 子命令:%1</source>
        <translation>Unknown duplicates subcommand: %1</translation>
    </message>
    <message>
        <source>--ids 只能和 duplicates dismiss 或 undismiss 一起用</source>
        <translation>--ids can only be used with duplicates dismiss or undismiss</translation>
    </message>
    <message>
        <source>shop set --name 名称 [--phone 电话] [--address 地址] [--hours 营业时间]</source>
        <translation>shop set --name NAME [--phone PHONE] [--address ADDRESS] [--hours HOURS]</translation>
    </message>
    <message>
        <source>messages export --template 模板 --date 日期|--campaign 活动|--month 月 --drill 明细键 -o 文件.csv [--again]</source>
        <translation>messages export --template KEY --date DATE|--campaign ID|--month YYYY-MM --drill DRILL-KEY -o FILE.csv [--again]</translation>
    </message>
    <message>
        <source>messages send --template 模板 --date 日期|--campaign 活动|--month 月 --drill 明细键 [--again] [--json]</source>
        <translation>messages send --template KEY --date DATE|--campaign ID|--month YYYY-MM --drill DRILL-KEY [--again] [--json]</translation>
    </message>
    <message>
        <source>另有 %1 位客户今天已收到同一模板的短信(要再发一次请加 --again),%2 位客户缺少模板所需的内容(如到期日期),未包括在内
</source>
        <translation>Also left out: %1 customers who already got this template today (add --again to send it again) and %2 customers missing something the template needs (such as the due date)
</translation>
    </message>
    <message>
        <source>--source 只能是 reception_form、call、message_reply、import(或 接待登记表、电话、短信回复、导入)</source>
        <translation>--source must be reception_form, call, message_reply or import (or 接待登记表, 电话, 短信回复, 导入)</translation>
    </message>
</context>
<context>
    <name>hc::domain</name>
    <message>
        <source>已接通</source>
        <translation>Reached</translation>
    </message>
    <message>
        <source>未接听</source>
        <translation>No answer</translation>
    </message>
    <message>
        <source>电话错误</source>
        <translation>Wrong number</translation>
    </message>
    <message>
        <source>车辆已转卖</source>
        <translation>Vehicle sold</translation>
    </message>
    <message>
        <source>会来店</source>
        <translation>Will come in</translation>
    </message>
    <message>
        <source>明确拒绝</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>回访结果:</source>
        <translation>Callback result: </translation>
    </message>
    <message>
        <source>客户会来店:请填写预约日期。</source>
        <translation>The customer will come in: please enter the appointment date.</translation>
    </message>
    <message>
        <source>预约日期 %1 早于回访日期 %2,请检查。</source>
        <translation>The appointment date %1 is before the callback date %2; please check.</translation>
    </message>
    <message>
        <source>更换PM2.5防雾霾专用空调滤免工时费</source>
        <translation>no labour charge for fitting a PM2.5 anti-smog cabin air filter</translation>
    </message>
    <message>
        <source>您好,我是{shop}的客服,请问您是{plate}的车主{name}吗?需要给您做个回访,大概占用您两三分钟时间,请问您方便接听电话吗?看您的维修记录,上次来店是{last_visit},正常的保养是半年做一次的,现在已经过去了{months}个月,想问下您的车辆做保养了吗?</source>
        <translation>Hello, this is customer service at {shop}. Am I speaking with {name}, the owner of {plate}? I&apos;d like to do a short follow-up call of two or three minutes; is now a good time? Our records show your last visit was on {last_visit}. A service is normally due every six months and it has been {months} months; has your car been serviced since?</translation>
    </message>
    <message>
        <source>{name}您好,您的爱车{plate}快到保养时间了,建议您提前预约,到店无需等待,预约还有工时优惠。</source>
        <translation>Hello {name}, your car {plate} is almost due for a service. Book ahead and there&apos;s no waiting when you arrive, plus a labour discount for booking.</translation>
    </message>
    <message>
        <source>{name}您好,您的爱车{plate}已经{months}个月没有保养了。现在到店</source>
        <translation>Hello {name}, your car {plate} has not been serviced for {months} months. Come in now for </translation>
    </message>
    <message>
        <source>,提前预约工时还有优惠。正常保养半年一次,建议您近期预约来店。</source>
        <translation>, and a labour discount when you book ahead. A service is due every six months, so we suggest booking a visit soon.</translation>
    </message>
    <message>
        <source>{name}您好,您的爱车{plate}上次来店是{last_visit}。现在到店</source>
        <translation>Hello {name}, your car {plate} was last in on {last_visit}. Come in now for </translation>
    </message>
    <message>
        <source>,预约工时有优惠;整数预存办理会员还可免工本费。有优惠活动我会及时通知您,建议您近期预约保养。</source>
        <translation>, a labour discount when you book, and free membership with a round-sum prepayment. I&apos;ll let you know about offers; we suggest booking a service soon.</translation>
    </message>
    <message>
        <source>{name}您好,您的爱车{plate}已经{months}个月没来店了。现在到店</source>
        <translation>Hello {name}, we haven&apos;t seen your car {plate} for {months} months. Come in now for </translation>
    </message>
    <message>
        <source>;半轴、减震器等老车易损配件九折优惠;凭流失招揽短信来店工时七折(事故车除外);清洗油路工时费半价。</source>
        <translation>; 10% off wear parts for older cars such as drive shafts and shock absorbers; 30% off labour when you bring our SMS (accident repairs excluded); half-price labour for a fuel system clean.</translation>
    </message>
    <message>
        <source>{name}您好,好久不见,您的爱车{plate}上次来店是{last_visit}。现在到店</source>
        <translation>Hello {name}, it&apos;s been a while: your car {plate} was last in on {last_visit}. Come in now for </translation>
    </message>
    <message>
        <source>;半轴、减震器等老车易损配件九折优惠;凭流失招揽短信来店工时七折(事故车除外);免费添加防冻液,刹车系统养护免工时费。</source>
        <translation>; 10% off wear parts for older cars such as drive shafts and shock absorbers; 30% off labour when you bring our SMS (accident repairs excluded); free antifreeze top-up and no labour charge for brake system care.</translation>
    </message>
    <message>
        <source>{name}您好,感谢您一直以来的支持,我们为老客户准备了关怀礼遇:免费全车检测,免费添加玻璃水、防冻液,</source>
        <translation>Hello {name}, thank you for your support over the years. We have a thank-you package for long-standing customers: a free full vehicle check, free washer fluid and antifreeze top-up, </translation>
    </message>
    <message>
        <source>;维修工时有折扣、配件有优惠,消费满额赠送礼品或养护券;更换四条轮胎免工时、平衡、定位。</source>
        <translation>; discounts on labour and parts, a gift or care voucher above a spending threshold; free fitting, balancing and alignment when you replace all four tyres.</translation>
    </message>
    <message>
        <source>我店的价格都是明码标价的,使用原厂配件,质量有保障;每个季度都有优惠服务活动,以后有活动我通知您。下次来店前提前一天预约,工时给您打八折(事故车除外),您看怎么样?</source>
        <translation>Our prices are clearly listed and we use genuine parts, so quality is guaranteed. We run offers every quarter and I&apos;ll let you know about them. If you book a day ahead next time, you get 20% off labour (accident repairs excluded). How does that sound?</translation>
    </message>
    <message>
        <source>我店的技师都经过专业培训和认证,如果您预约来店,我们安排资深技师为您的车辆维修;我店解决不了的技术问题会提交厂家,尽最大努力为您解决。</source>
        <translation>Our technicians are professionally trained and certified. If you book a visit, a senior technician will work on your car; any technical problem we cannot solve goes to the manufacturer, and we&apos;ll do our best to fix it for you.</translation>
    </message>
    <message>
        <source>建议您提前预约,我们按预约时间准备好工位和配件,到店第一时间接待,大大缩短等待时间。</source>
        <translation>We suggest booking ahead: we&apos;ll have the bay and parts ready for your time and see you as soon as you arrive, which cuts the waiting a lot.</translation>
    </message>
    <message>
        <source>很抱歉之前给您带来不愉快的体验。我店对员工的礼仪和接待水平定期考核,服务已有很大提升。我们可以免费为您做一次全车检测,并安排金牌服务顾问为您接车,您看什么时候方便?</source>
        <translation>We&apos;re sorry about your unpleasant experience. We now assess our staff&apos;s courtesy and reception regularly, and service has improved a lot. We&apos;d like to offer you a free full vehicle check with our best service advisor; when would suit you?</translation>
    </message>
    <message>
        <source>路途较远的客户我们可以提供接送车或代步车服务,预约错峰到店无需等待,您看哪天方便?</source>
        <translation>For customers who live further away we offer vehicle pick-up and delivery or a courtesy car, and booking an off-peak time means no waiting. Which day suits you?</translation>
    </message>
    <message>
        <source>我店的配件都是原厂纯正配件,质量有保证,维修工具和技术更规范专业;车辆出现问题最好还是来店检修,提前预约工时还有优惠。</source>
        <translation>We only use genuine parts with guaranteed quality, and our tools and methods are more professional. If your car has a problem it&apos;s best to have it checked here, and booking ahead gets you a labour discount.</translation>
    </message>
    <message>
        <source>感谢您告诉我们。方便提供一下新车主的联系方式吗?提供正确联系方式可赠送价值200元的装饰券;您如果有换车打算,也欢迎来店看看。</source>
        <translation>Thank you for letting us know. Could you give us the new owner&apos;s contact details? Correct details earn you a 200-yuan accessories voucher. If you&apos;re planning a new car, you&apos;re welcome to come and have a look.</translation>
    </message>
    <message>
        <source>车辆即使里程少,机油和部件也会随时间老化,建议半年做一次保养;提前预约来店,工时有优惠。</source>
        <translation>Even with low mileage, oil and parts age over time, so we recommend a service every six months; book ahead for a labour discount.</translation>
    </message>
    <message>
        <source>您在外地期间,请记得在当地的4S店按时维修保养;回来后欢迎随时预约来店。</source>
        <translation>While you&apos;re away, please remember to have your car serviced on time at a local dealer; when you&apos;re back you&apos;re welcome to book a visit any time.</translation>
    </message>
    <message>
        <source>感谢您的反馈,我们会认真改进。有优惠活动我会及时通知您,欢迎您随时预约来店。</source>
        <translation>Thank you for your feedback; we&apos;ll take it seriously. I&apos;ll let you know about offers, and you&apos;re welcome to book a visit any time.</translation>
    </message>
    <message>
        <source>价格贵</source>
        <translation>Too expensive</translation>
    </message>
    <message>
        <source>维修技术差</source>
        <translation>Poor workmanship</translation>
    </message>
    <message>
        <source>等待时间长</source>
        <translation>Long waits</translation>
    </message>
    <message>
        <source>服务态度差</source>
        <translation>Poor service attitude</translation>
    </message>
    <message>
        <source>距离远不方便</source>
        <translation>Too far away</translation>
    </message>
    <message>
        <source>朋友开维修厂</source>
        <translation>Friend owns a garage</translation>
    </message>
    <message>
        <source>车辆转卖</source>
        <translation>Vehicle sold</translation>
    </message>
    <message>
        <source>车不常开/里程少</source>
        <translation>Rarely driven / low mileage</translation>
    </message>
    <message>
        <source>外地车/人在外地</source>
        <translation>Out-of-town car / owner away</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>联系客户</source>
        <translation>Contact customer</translation>
    </message>
    <message>
        <source>答复客户</source>
        <translation>Answer customer</translation>
    </message>
    <message>
        <source>高层答复</source>
        <translation>Senior answer</translation>
    </message>
    <message>
        <source>解决后回访</source>
        <translation>Follow-up after resolution</translation>
    </message>
    <message>
        <source>按时完成</source>
        <translation>Done on time</translation>
    </message>
    <message>
        <source>超时完成</source>
        <translation>Done late</translation>
    </message>
    <message>
        <source>进行中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>已超时</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>投诉回访</source>
        <translation>Complaint callback</translation>
    </message>
    <message>
        <source>服务回访</source>
        <translation>Service callback</translation>
    </message>
    <message>
        <source>保养提醒</source>
        <translation>Service reminder</translation>
    </message>
    <message>
        <source>流失招揽</source>
        <translation>Win-back</translation>
    </message>
    <message>
        <source>客户关怀</source>
        <translation>Customer care</translation>
    </message>
    <message>
        <source>生日</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <source>保险到期</source>
        <translation>Insurance due</translation>
    </message>
    <message>
        <source>年检到期</source>
        <translation>Inspection due</translation>
    </message>
    <message>
        <source>保养</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <source>维修</source>
        <translation>Repair</translation>
    </message>
    <message>
        <source>事故</source>
        <translation>Accident</translation>
    </message>
    <message>
        <source>质保</source>
        <translation>Warranty</translation>
    </message>
    <message>
        <source>保险</source>
        <translation>Insurance</translation>
    </message>
    <message>
        <source>忠诚</source>
        <translation>Loyal</translation>
    </message>
    <message>
        <source>非流失</source>
        <translation>Not lost</translation>
    </message>
    <message>
        <source>准流失</source>
        <translation>Nearly lost</translation>
    </message>
    <message>
        <source>流失</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>趋向彻底流失</source>
        <translation>Drifting away</translation>
    </message>
    <message>
        <source>彻底流失</source>
        <translation>Gone</translation>
    </message>
    <message>
        <source>;预约 %1 未到店</source>
        <translation>; missed appointment on %1</translation>
    </message>
    <message>
        <source>;%1 次未接通,建议发短信</source>
        <translation>; %1 unanswered calls, send an SMS</translation>
    </message>
    <message>
        <source>;第 %1 次拨打</source>
        <translation>; call no. %1</translation>
    </message>
    <message>
        <source>投诉回访:</source>
        <translation>Complaint callback: </translation>
    </message>
    <message>
        <source>投诉 #%1</source>
        <translation>Complaint #%1</translation>
    </message>
    <message>
        <source>,%1 前回访</source>
        <translation>, call back by %1</translation>
    </message>
    <message>
        <source>服务回访:%1 %2</source>
        <translation>Service callback: %1 %2</translation>
    </message>
    <message>
        <source>,服务顾问 %1</source>
        <translation>, advisor %1</translation>
    </message>
    <message>
        <source>保养到期</source>
        <translation>Service due</translation>
    </message>
    <message>
        <source>保养即将到期</source>
        <translation>Service due soon</translation>
    </message>
    <message>
        <source>(按里程)</source>
        <translation> (by mileage)</translation>
    </message>
    <message>
        <source>:上次保养 </source>
        <translation>: last service </translation>
    </message>
    <message>
        <source>:上次进厂 </source>
        <translation>: last visit </translation>
    </message>
    <message>
        <source>,预计里程 %1 km</source>
        <translation>, expected mileage %1 km</translation>
    </message>
    <message>
        <source>,到期 %1</source>
        <translation>, due %1</translation>
    </message>
    <message>
        <source>流失招揽:%1</source>
        <translation>Win-back: %1</translation>
    </message>
    <message>
        <source>,上次进厂 %1(%2 个月未来店)</source>
        <translation>, last visit %1 (%2 months ago)</translation>
    </message>
    <message>
        <source>客户关怀:%1 %2</source>
        <translation>Customer care: %1 %2</translation>
    </message>
    <message>
        <source>;另:</source>
        <translation>; also: </translation>
    </message>
    <message>
        <source>高贡献、高忠诚:重点维护,提供优质专属服务(专属顾问、预约优先),保持关系。</source>
        <translation>High contribution, high loyalty: look after them first with premium personal service (dedicated advisor, booking priority) and keep the relationship.</translation>
    </message>
    <message>
        <source>高贡献、忠诚度低,有流失风险:优先挽回,主动回访了解原因,专人跟进。</source>
        <translation>High contribution, low loyalty, at risk: win them back first; call to find out why and assign one person to follow up.</translation>
    </message>
    <message>
        <source>中贡献、高忠诚:推荐保养套餐和季节性项目,提升单车产值,培养为金牌客户。</source>
        <translation>Medium contribution, high loyalty: recommend service packages and seasonal work, raise revenue per car, grow them into gold customers.</translation>
    </message>
    <message>
        <source>中贡献、忠诚度低:按保养周期提醒并回访,了解不常回厂的原因,提高回厂频率。</source>
        <translation>Medium contribution, low loyalty: remind and call back by service interval, find out why they rarely return, raise visit frequency.</translation>
    </message>
    <message>
        <source>低贡献、高忠诚,有增长空间:向上销售,推荐必要项目、季节性项目和养护项目。</source>
        <translation>Low contribution, high loyalty, room to grow: upsell necessary, seasonal and care work.</translation>
    </message>
    <message>
        <source>低贡献、忠诚度低:按标准流程服务,以短信等低成本方式保持联系。</source>
        <translation>Low contribution, low loyalty: standard service; keep in touch cheaply, e.g. by SMS.</translation>
    </message>
    <message>
        <source>大户:签订协议时一次承诺优惠价格,不宜每次商讨价格;专人对接车队负责人。</source>
        <translation>Large fleet: agree the discounted prices once in the contract rather than negotiating each time; one person handles the fleet manager.</translation>
    </message>
    <message>
        <source>中户:签订协议时一次约定价格;定期回访车队负责人,统一安排保养。</source>
        <translation>Medium fleet: agree prices once in the contract; call the fleet manager regularly and schedule services together.</translation>
    </message>
    <message>
        <source>小户:每辆车建立完整档案,统一提醒保养和年检。</source>
        <translation>Small fleet: keep a full record for each vehicle and send service and inspection reminders together.</translation>
    </message>
    <message>
        <source>散户:按个人客户的标准流程服务和提醒。</source>
        <translation>Single vehicle: standard service and reminders as for individual customers.</translation>
    </message>
    <message>
        <source>节日问候</source>
        <translation>holiday greeting</translation>
    </message>
    <message>
        <source>%1天</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <source>%1年</source>
        <translation>%1 years</translation>
    </message>
    <message>
        <source>%1个月</source>
        <translation>%1 months</translation>
    </message>
    <message>
        <source>%1–%2天</source>
        <translation>%1–%2 days</translation>
    </message>
    <message>
        <source>%1–%2年</source>
        <translation>%1–%2 years</translation>
    </message>
    <message>
        <source>%1–%2个月</source>
        <translation>%1–%2 months</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1以内</source>
        <translation>up to %1</translation>
    </message>
    <message>
        <source>%1以上</source>
        <translation>over %1</translation>
    </message>
    <message>
        <source>按保养周期提醒,推荐必要项目和季节性项目,提高单车产值。</source>
        <translation>Remind by service interval, recommend necessary and seasonal work, raise revenue per car.</translation>
    </message>
    <message>
        <source>更换PM2.5防雾霾专用空调滤免工时,提醒预约工时优惠;正常的保养提醒。</source>
        <translation>No labour charge for a PM2.5 anti-smog cabin air filter; mention the labour discount for bookings; normal service reminders.</translation>
    </message>
    <message>
        <source>更换PM2.5防雾霾专用空调滤免工时,定期跟进预约工时优惠;有优惠活动提醒车主;保养提醒;客户整数预存办理会员,免工本费。</source>
        <translation>No labour charge for a PM2.5 anti-smog cabin air filter; follow up regularly with the booking labour discount; tell the owner about offers; service reminders; free membership with a round-sum prepayment.</translation>
    </message>
    <message>
        <source>更换PM2.5防雾霾专用空调滤免工时;半轴、减震器等老车易损配件九折优惠;凭流失招揽短信来店工时七折(事故车除外);清洗油路,工费半价。</source>
        <translation>No labour charge for a PM2.5 anti-smog cabin air filter; 10% off wear parts for older cars such as drive shafts and shock absorbers; 30% off labour with the win-back SMS (accident repairs excluded); half-price labour for a fuel system clean.</translation>
    </message>
    <message>
        <source>更换PM2.5防雾霾专用空调滤免工时;半轴、减震器等老车易损配件九折优惠;凭流失招揽短信来店工时七折(事故车除外);免费添加防冻液,刹车系统养护免工时费。</source>
        <translation>No labour charge for a PM2.5 anti-smog cabin air filter; 10% off wear parts for older cars such as drive shafts and shock absorbers; 30% off labour with the win-back SMS (accident repairs excluded); free antifreeze top-up and no labour charge for brake system care.</translation>
    </message>
    <message>
        <source>以关怀为主(生日祝福、节日问候、续保、年检提醒);更换PM2.5防雾霾专用空调滤免工时;维修工时有折扣、配件有优惠、消费赠礼品;更换四条轮胎免工时、平衡、定位;更换防冻液免工时费。</source>
        <translation>Focus on care (birthday and holiday greetings, insurance renewal and inspection reminders); no labour charge for a PM2.5 anti-smog cabin air filter; discounts on labour and parts, gifts with purchases; free fitting, balancing and alignment for four new tyres; no labour charge for an antifreeze change.</translation>
    </message>
    <message>
        <source>活跃客户</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>非流失客户</source>
        <translation>Not lost</translation>
    </message>
    <message>
        <source>准流失客户</source>
        <translation>Nearly lost</translation>
    </message>
    <message>
        <source>流失客户</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>趋向彻底流失客户</source>
        <translation>Drifting away</translation>
    </message>
    <message>
        <source>彻底流失客户</source>
        <translation>Gone</translation>
    </message>
    <message>
        <source>%1(%2未来厂):%3</source>
        <translation>%1 (no visit for %2): %3</translation>
    </message>
    <message>
        <source>忠诚客户的时间界限必须短于流失客户的时间界限</source>
        <translation>The loyal limit must be shorter than the lost limit</translation>
    </message>
    <message>
        <source>回访阶段的时间界限须依次递增:忠诚 ≤ 非流失 ≤ 准流失 ≤ 流失 ≤ 趋向彻底流失</source>
        <translation>The stage limits must rise in order: loyal ≤ not lost ≤ quasi-lost ≤ lost ≤ trending lost</translation>
    </message>
    <message>
        <source>节日最多 %1 个</source>
        <translation>At most %1 holidays</translation>
    </message>
    <message>
        <source>请填写节日名称</source>
        <translation>Enter the name of the holiday</translation>
    </message>
    <message>
        <source>节日名称不能超过 %1 个字</source>
        <translation>A holiday name can have at most %1 characters</translation>
    </message>
    <message>
        <source>%1的月份须在 1 到 12 之间</source>
        <translation>The month of %1 must be between 1 and 12</translation>
    </message>
    <message>
        <source>%1的日期须在 1 到 %2 之间</source>
        <translation>The day of %1 must be between 1 and %2</translation>
    </message>
    <message>
        <source>节日问候的起始阶段不能是忠诚客户</source>
        <translation>Holiday greetings cannot start from loyal (active) customers</translation>
    </message>
    <message>
        <source>时间长度必须大于 0</source>
        <translation>The duration must be greater than 0</translation>
    </message>
    <message>
        <source>ABC 分级界限须满足 0 &lt; A &lt; B ≤ 100%</source>
        <translation>ABC class limits must satisfy 0 &lt; A &lt; B ≤ 100%</translation>
    </message>
    <message>
        <source>忠诚度界限须在 1% 到 100% 之间</source>
        <translation>The loyalty limit must be between 1% and 100%</translation>
    </message>
    <message>
        <source>计算行驶里程的两次读数至少相隔的天数须在 1 到 3660 之间</source>
        <translation>The days between the two odometer readings of a driving rate must be between 1 and 3660</translation>
    </message>
    <message>
        <source>车队规模界限须依次递增</source>
        <translation>Fleet size limits must increase in order</translation>
    </message>
    <message>
        <source>保养间隔须在 1 到 %1 个月(或 1 到 %2 天)之间</source>
        <translation>The maintenance interval must be 1 to %1 months (or 1 to %2 days)</translation>
    </message>
    <message>
        <source>服务回访时间(进厂后天数)</source>
        <translation>Post-service call (days after the visit)</translation>
    </message>
    <message>
        <source>服务回访过期天数</source>
        <translation>Post-service call expiry (days)</translation>
    </message>
    <message>
        <source>保养间隔里程(公里)</source>
        <translation>Maintenance interval (km)</translation>
    </message>
    <message>
        <source>默认日均里程(公里)</source>
        <translation>Default daily distance (km)</translation>
    </message>
    <message>
        <source>保养提前提醒天数</source>
        <translation>Maintenance reminder lead (days)</translation>
    </message>
    <message>
        <source>黄色提示天数</source>
        <translation>Yellow window (days)</translation>
    </message>
    <message>
        <source>非流失客户招揽间隔天数</source>
        <translation>Win-back interval, not lost (days)</translation>
    </message>
    <message>
        <source>准流失客户招揽间隔天数</source>
        <translation>Win-back interval, quasi-lost (days)</translation>
    </message>
    <message>
        <source>流失客户招揽间隔天数</source>
        <translation>Win-back interval, lost (days)</translation>
    </message>
    <message>
        <source>趋向彻底流失客户招揽间隔天数</source>
        <translation>Win-back interval, trending lost (days)</translation>
    </message>
    <message>
        <source>彻底流失客户招揽间隔天数</source>
        <translation>Win-back interval, completely lost (days)</translation>
    </message>
    <message>
        <source>每天招揽数量上限(0 为不限)</source>
        <translation>Win-back calls per day (0 = no limit)</translation>
    </message>
    <message>
        <source>生日关怀提前天数</source>
        <translation>Birthday care lead (days)</translation>
    </message>
    <message>
        <source>保险到期提前天数</source>
        <translation>Insurance renewal lead (days)</translation>
    </message>
    <message>
        <source>年检到期提前天数</source>
        <translation>Annual inspection lead (days)</translation>
    </message>
    <message>
        <source>未接通最多拨打次数</source>
        <translation>No-answer attempts at most</translation>
    </message>
    <message>
        <source>招揽后回厂统计天数</source>
        <translation>Came-back window after a win-back call (days)</translation>
    </message>
    <message>
        <source>节日问候提前天数</source>
        <translation>Holiday greeting lead (days)</translation>
    </message>
    <message>
        <source>投诉联系客户时限(分钟)</source>
        <translation>Complaint contact deadline (minutes)</translation>
    </message>
    <message>
        <source>投诉答复客户时限(分钟)</source>
        <translation>Complaint answer deadline (minutes)</translation>
    </message>
    <message>
        <source>重大投诉高层答复时限(分钟)</source>
        <translation>Major complaint senior answer deadline (minutes)</translation>
    </message>
    <message>
        <source>投诉解决后回访时限(分钟)</source>
        <translation>Complaint follow-up deadline after resolution (minutes)</translation>
    </message>
    <message>
        <source>%1须在 %2 到 %3 之间</source>
        <translation>%1 must be between %2 and %3</translation>
    </message>
    <message>
        <source>投诉答复客户时限不能短于联系客户时限</source>
        <translation>The answer deadline cannot be shorter than the contact deadline</translation>
    </message>
    <message>
        <source>重大投诉高层答复时限不能短于答复客户时限</source>
        <translation>The senior answer deadline cannot be shorter than the answer deadline</translation>
    </message>
    <message>
        <source>提高单车产值,推荐必要项目(轮胎、刹车)和季节性项目(空调清洗)。</source>
        <translation>Raise revenue per car; recommend necessary work (tyres, brakes) and seasonal work (air-conditioning cleaning).</translation>
    </message>
    <message>
        <source>目标是让客户回厂并获得良好体验;按保养周期提醒、预约工时优惠,不要用免费赠品吸引。</source>
        <translation>Aim to bring the customer back for a good experience; remind by service interval and offer labour discounts for bookings; don&apos;t lure with free gifts.</translation>
    </message>
    <message>
        <source>先关怀(生日和节日问候、续保、年检提醒),再按流失阶段给出招揽优惠。</source>
        <translation>Start with care (birthday and holiday greetings, insurance renewal and inspection reminders), then make win-back offers by churn stage.</translation>
    </message>
    <message>
        <source>核实联系方式;车辆已转卖时请客户提供新车主联系方式;恢复有效前不纳入回访。</source>
        <translation>Verify the contact details; if the vehicle was sold, ask for the new owner&apos;s contact; no callbacks until valid again.</translation>
    </message>
    <message>
        <source>邀请首次进厂并完善档案;不要用免费赠品吸引。</source>
        <translation>Invite for a first visit and complete the record; don&apos;t lure with free gifts.</translation>
    </message>
    <message>
        <source>目标是再次回厂并获得良好体验;做好服务后回访和下次保养提醒,不要用免费赠品吸引。</source>
        <translation>Aim for a second visit with a good experience; do the post-service callback and next service reminder; don&apos;t lure with free gifts.</translation>
    </message>
    <message>
        <source>最优质客户,提供专属服务和会员权益,保持现状。</source>
        <translation>Your best customers; offer personal service and member benefits, keep things as they are.</translation>
    </message>
    <message>
        <source>近期来过、消费高但来厂少,提高来厂频率,推荐保养计划和预约。</source>
        <translation>Visited recently and spend a lot but come rarely; raise visit frequency, recommend a service plan and bookings.</translation>
    </message>
    <message>
        <source>来厂多、消费高但近期未来,主动联系关怀,及时唤回。</source>
        <translation>Come often and spend a lot but not recently; reach out with care and bring them back promptly.</translation>
    </message>
    <message>
        <source>消费高但来厂少且近期未来,重点挽留,了解流失原因并针对性招揽。</source>
        <translation>Spend a lot but come rarely and not recently; focus on keeping them, find out why and make a targeted offer.</translation>
    </message>
    <message>
        <source>来厂勤但消费低,推荐必要项目和季节性项目,提升客单价。</source>
        <translation>Come often but spend little; recommend necessary and seasonal work to raise the average ticket.</translation>
    </message>
    <message>
        <source>近期来过但来厂少、消费低,做好回访和下次保养提醒,培养回厂习惯。</source>
        <translation>Visited recently but come rarely and spend little; do callbacks and next service reminders to build the habit of returning.</translation>
    </message>
    <message>
        <source>以前常来但近期未来、消费低,适度提醒,结合优惠活动邀约。</source>
        <translation>Used to come often but not recently, low spend; remind now and then and invite with offers.</translation>
    </message>
    <message>
        <source>以短信等低成本方式保持联系,大型活动时再邀约。</source>
        <translation>Keep in touch cheaply, e.g. by SMS, and invite for big events.</translation>
    </message>
    <message>
        <source>注重品质服务、环境舒适和受到尊重;服务档次要高、细致周到,服务人员形象好、主动热诚;价格坚持优质优价,大、中户可在签订协议时一次承诺优惠价。</source>
        <translation>These customers value quality service, comfort and respect; give attentive high-end service with well-presented, proactive staff; price for quality, and for large and medium fleets agree the discount once in the contract.</translation>
    </message>
    <message>
        <source>规范化服务到位,注意环境清洁和礼节礼貌;做好个人档案,发挥个性化服务优势;价格准确、优质优价,谨慎处理结算折扣。</source>
        <translation>Consistent standard service, clean premises and good manners; keep a good personal record and use it for personal service; accurate prices for quality, careful with discounts at checkout.</translation>
    </message>
    <message>
        <source>注重质量、速度和价格;满足客户提出的工期或价格要求,在保证质量的前提下缩短工期,加强用车技术指导。</source>
        <translation>These customers care about quality, speed and price; meet their time or price requests, shorten the job without cutting quality, and give more driving and care advice.</translation>
    </message>
    <message>
        <source>特别注重价格和效率;在保证质量的前提下给予优惠价格,服务过程必须规范、不可简化环节,加强用车护车技术指导。</source>
        <translation>Price and speed matter most; give discounted prices without cutting quality, keep the full standard process with no shortcuts, and give more driving and care advice.</translation>
    </message>
    <message>
        <source>已预约</source>
        <translation>Booked</translation>
    </message>
    <message>
        <source>已到店</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <source>爽约</source>
        <translation>No-show</translation>
    </message>
    <message>
        <source>已取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>请填写有效的预约日期(YYYY-MM-DD)</source>
        <translation>Enter a valid appointment date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>预约日期不能早于今天</source>
        <translation>The appointment date cannot be before today</translation>
    </message>
    <message>
        <source>逾期 %1 天</source>
        <translation>%1 days overdue</translation>
    </message>
    <message>
        <source>今天到期</source>
        <translation>due today</translation>
    </message>
    <message>
        <source>%1 天后到期</source>
        <translation>due in %1 days</translation>
    </message>
    <message>
        <source>%1 类客户</source>
        <translation>grade %1 customer</translation>
    </message>
    <message>
        <source>未分级</source>
        <translation>not graded</translation>
    </message>
    <message>
        <source>不再拨打,建议短信</source>
        <translation>no more calls, send an SMS</translation>
    </message>
    <message>
        <source>剩 %1 次</source>
        <translation>%1 attempts left</translation>
    </message>
    <message>
        <source>紧迫 %1:%2 · 价值 %3:%4 · 成功率 %5:%6</source>
        <translation>urgency %1: %2 · value %3: %4 · chance %5: %6</translation>
    </message>
    <message>
        <source>预约提醒</source>
        <translation>Appointment reminder</translation>
    </message>
    <message>
        <source>爽约回访</source>
        <translation>Missed appointment</translation>
    </message>
    <message>
        <source>预约提醒:%1 到店</source>
        <translation>Appointment reminder: coming in %1</translation>
    </message>
    <message>
        <source>爽约:预约 %1 未到店</source>
        <translation>No-show: did not come on %1 as booked</translation>
    </message>
    <message>
        <source>未记录</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>同意</source>
        <translation>Granted</translation>
    </message>
    <message>
        <source>拒绝</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>接待登记表</source>
        <translation>Reception form</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>短信回复</source>
        <translation>Message reply</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>原营销退订标记</source>
        <translation>Former marketing opt-out flag</translation>
    </message>
    <message>
        <source>已导出</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>已发送</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>发送失败</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>服务通知</source>
        <translation>Service message</translation>
    </message>
    <message>
        <source>营销信息</source>
        <translation>Marketing message</translation>
    </message>
    <message>
        <source>营销活动</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>预约提醒提前天数</source>
        <translation>Appointment reminder lead (days)</translation>
    </message>
    <message>
        <source>爽约回访列出天数</source>
        <translation>Days a no-show stays listed</translation>
    </message>
    <message>
        <source>每人每天回访数量</source>
        <translation>Calls per person per day</translation>
    </message>
    <message>
        <source>紧迫程度权重</source>
        <translation>Urgency weight</translation>
    </message>
    <message>
        <source>客户价值权重</source>
        <translation>Value weight</translation>
    </message>
    <message>
        <source>成功可能权重</source>
        <translation>Chance weight</translation>
    </message>
    <message>
        <source>优先级权重不能全为 0</source>
        <translation>The priority weights cannot all be 0</translation>
    </message>
    <message>
        <source>无联系自动匿名化年限</source>
        <translation>years without contact before anonymisation</translation>
    </message>
    <message>
        <source>只来过一次(%1)。</source>
        <translation>Came once (%1).</translation>
    </message>
    <message>
        <source>首次进厂后又来了 %1 次,最近一次 %2。</source>
        <translation>Came back %1 times after the first visit, last on %2.</translation>
    </message>
    <message>
        <source>按本店的进厂规律,未来 12 个月再来的可能性约 %1%,预计进厂 %2 次</source>
        <translation> By this shop&apos;s visit pattern, the chance of a visit in the next 12 months is about %1%, with %2 visits expected</translation>
    </message>
    <message>
        <source>,预期消费约 %1 元</source>
        <translation> and spending of about %1 yuan</translation>
    </message>
    <message>
        <source>(高于 %1% 的客户)</source>
        <translation> (more than %1% of customers)</translation>
    </message>
    <message>
        <source>。</source>
        <translation>.</translation>
    </message>
    <message>
        <source>模型预期价值高于 %1% 的客户</source>
        <translation>model value above %1% of customers</translation>
    </message>
    <message>
        <source>您好,{name},我是{shop}的客服。您的爱车{plate}上次来店时,技师建议的项目还没有做,现在已经到了建议的时间(或里程)。为了行车安全,建议您近期预约来店,我们可以先为您免费检查一下。请问您哪天方便?</source>
        <translation>Hello {name}, this is {shop} customer service. At your last visit our technician recommended work on your car {plate} that has not been done yet, and it is now due (by time or mileage). For your safety we suggest booking a visit soon; we can check it for you free of charge first. Which day suits you?</translation>
    </message>
    <message>
        <source>安全</source>
        <translation>Safety</translation>
    </message>
    <message>
        <source>尽快</source>
        <translation>Soon</translation>
    </message>
    <message>
        <source>以后</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>未做</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>已做</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>已放弃</source>
        <translation>Dropped</translation>
    </message>
    <message>
        <source>未做项目:%1 %2(%3)</source>
        <translation>Declined work: %1 %2 (%3)</translation>
    </message>
    <message>
        <source>,%1 进厂时建议</source>
        <translation>, advised at the visit on %1</translation>
    </message>
    <message>
        <source>(按里程 %1 km)</source>
        <translation> (by mileage %1 km)</translation>
    </message>
    <message>
        <source>未做项目</source>
        <translation>Declined work</translation>
    </message>
    <message>
        <source>分配对照最多 %1 行</source>
        <translation>The split table can have at most %1 lines</translation>
    </message>
    <message>
        <source>请填写分配对照中的地区或服务顾问</source>
        <translation>Enter the region or advisor in each line of the split table</translation>
    </message>
    <message>
        <source>“%1”超过 %2 个字</source>
        <translation>&quot;%1&quot; is longer than %2 characters</translation>
    </message>
    <message>
        <source>请为“%1”选择回访专员</source>
        <translation>Choose the callback user for &quot;%1&quot;</translation>
    </message>
    <message>
        <source>“%1”在分配对照中出现了两次</source>
        <translation>&quot;%1&quot; appears twice in the split table</translation>
    </message>
    <message>
        <source>未做安全项目默认到期天数</source>
        <translation>Days until declined safety work is due (default)</translation>
    </message>
    <message>
        <source>未做尽快项目默认到期天数</source>
        <translation>Days until declined &quot;soon&quot; work is due (default)</translation>
    </message>
    <message>
        <source>未做以后项目默认到期天数</source>
        <translation>Days until declined &quot;later&quot; work is due (default)</translation>
    </message>
    <message>
        <source>未做项目提前回访天数</source>
        <translation>Days before declined work is due to call</translation>
    </message>
    <message>
        <source>未做项目到期后回访天数</source>
        <translation>Days after declined work is due to keep calling</translation>
    </message>
    <message>
        <source>客户价值的毛利率须在 %1% 到 %2% 之间</source>
        <translation>The margin of the customer value must be between %1% and %2%</translation>
    </message>
    <message>
        <source>模型拟合所需回头客数</source>
        <translation>Repeat customers needed for a model fit</translation>
    </message>
    <message>
        <source>客户价值预测周数</source>
        <translation>Customer value horizon (weeks)</translation>
    </message>
    <message>
        <source>时效优先 · %1</source>
        <translation>Time-critical · %1</translation>
    </message>
    <message>
        <source>满意度优势/劣势项目的分差须在 0 到 4.00 分之间</source>
        <translation>The margin for strong / weak satisfaction items must be between 0 and 4.00 points</translation>
    </message>
    <message>
        <source>列出的最低项目数须在 0 到 50 之间</source>
        <translation>The number of lowest items listed must be between 0 and 50</translation>
    </message>
    <message>
        <source>参与评比的项目至少需要的评分数须在 1 到 10000 之间</source>
        <translation>The answers an item needs to be ranked must be between 1 and 10000</translation>
    </message>
</context>
<context>
    <name>hc::report</name>
    <message>
        <source>流失车辆按区域</source>
        <translation>Lost vehicles by area</translation>
    </message>
    <message>
        <source>流失车辆按车龄</source>
        <translation>Lost vehicles by vehicle age</translation>
    </message>
    <message>
        <source>八类客户人数</source>
        <translation>Customers in the eight segments</translation>
    </message>
    <message>
        <source>统计日期 %1,对比 %2</source>
        <translation>As of %1, compared with %2</translation>
    </message>
    <message>
        <source>客户构成</source>
        <translation>Customer mix</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>人数</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>占全部客户%</source>
        <translation>% of all customers</translation>
    </message>
    <message>
        <source>占有效客户%</source>
        <translation>% of valid customers</translation>
    </message>
    <message>
        <source>上月人数</source>
        <translation>Last month</translation>
    </message>
    <message>
        <source>人数变化</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>占比变化(百分点)</source>
        <translation>Share change (points)</translation>
    </message>
    <message>
        <source>流失阶段</source>
        <translation>Churn stage</translation>
    </message>
    <message>
        <source>阶段</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>新进入</source>
        <translation>Entered</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>等级变化</source>
        <translation>Class changes</translation>
    </message>
    <message>
        <source>名次上升过快</source>
        <translation>Rank rose too fast</translation>
    </message>
    <message>
        <source>名次下降过快</source>
        <translation>Rank fell too fast</translation>
    </message>
    <message>
        <source>统计区间 %1 至 %2,实收合计 %3 元,客户 %4 名</source>
        <translation>Period %1 to %2, amount received %3 yuan, %4 customers</translation>
    </message>
    <message>
        <source>%1% 的客户(A 类)带来约 %2% 的收入;A+B 类客户占 %3%。</source>
        <translation>%1% of customers (class A) bring about %2% of revenue; classes A+B are %3% of customers.</translation>
    </message>
    <message>
        <source>等级汇总</source>
        <translation>Class summary</translation>
    </message>
    <message>
        <source>等级</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>客户数</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>客户占比%</source>
        <translation>Customer share %</translation>
    </message>
    <message>
        <source>实收金额(元)</source>
        <translation>Amount received (yuan)</translation>
    </message>
    <message>
        <source>金额占比%</source>
        <translation>Amount share %</translation>
    </message>
    <message>
        <source>帕累托数据</source>
        <translation>Pareto data</translation>
    </message>
    <message>
        <source>名次</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>累计客户数</source>
        <translation>Cumulative customers</translation>
    </message>
    <message>
        <source>累计客户占比%</source>
        <translation>Cumulative customer share %</translation>
    </message>
    <message>
        <source>金额(元)</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>累计金额(元)</source>
        <translation>Cumulative amount (yuan)</translation>
    </message>
    <message>
        <source>累计占比%</source>
        <translation>Cumulative share %</translation>
    </message>
    <message>
        <source>等级变化与名次变动(阈值 %1 名,对比 %2)</source>
        <translation>Class and rank changes (threshold %1 places, compared with %2)</translation>
    </message>
    <message>
        <source>客户编号</source>
        <translation>Customer no.</translation>
    </message>
    <message>
        <source>客户名称</source>
        <translation>Customer name</translation>
    </message>
    <message>
        <source>上次名次</source>
        <translation>Previous rank</translation>
    </message>
    <message>
        <source>本次名次</source>
        <translation>Current rank</translation>
    </message>
    <message>
        <source>上次等级</source>
        <translation>Previous class</translation>
    </message>
    <message>
        <source>本次等级</source>
        <translation>Current class</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>ABC 客户明细</source>
        <translation>ABC customer details</translation>
    </message>
    <message>
        <source>矩阵单元</source>
        <translation>Matrix cells</translation>
    </message>
    <message>
        <source>单元</source>
        <translation>Cell</translation>
    </message>
    <message>
        <source>策略</source>
        <translation>Strategy</translation>
    </message>
    <message>
        <source>客户 %1 名;消费额阈值 %2 元%3</source>
        <translation>%1 customers; spending threshold %2 yuan%3</translation>
    </message>
    <message>
        <source>(平均值)</source>
        <translation> (average)</translation>
    </message>
    <message>
        <source>八类客户</source>
        <translation>Eight segments</translation>
    </message>
    <message>
        <source>占比%</source>
        <translation>Share %</translation>
    </message>
    <message>
        <source>按车辆统计:保有量 %1 辆,流失 %2 辆,流失率 %3%</source>
        <translation>By vehicle: %1 in the base, %2 lost, churn rate %3%</translation>
    </message>
    <message>
        <source>按区域</source>
        <translation>By area</translation>
    </message>
    <message>
        <source>区域</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>流失车辆</source>
        <translation>Lost vehicles</translation>
    </message>
    <message>
        <source>按车型</source>
        <translation>By model</translation>
    </message>
    <message>
        <source>车型</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>保有量</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>流失率%</source>
        <translation>Churn rate %</translation>
    </message>
    <message>
        <source>按车龄(购车至今)</source>
        <translation>By vehicle age (since purchase)</translation>
    </message>
    <message>
        <source>车龄</source>
        <translation>Vehicle age</translation>
    </message>
    <message>
        <source>车龄不详</source>
        <translation>Age unknown</translation>
    </message>
    <message>
        <source>流失原因(回访)</source>
        <translation>Churn reasons (from callbacks)</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>内因/外因</source>
        <translation>Internal/external</translation>
    </message>
    <message>
        <source>组内占比%</source>
        <translation>Share in group %</translation>
    </message>
    <message>
        <source>内因</source>
        <translation>Internal</translation>
    </message>
    <message>
        <source>外因</source>
        <translation>External</translation>
    </message>
    <message>
        <source>内因合计</source>
        <translation>Internal total</translation>
    </message>
    <message>
        <source>外因合计</source>
        <translation>External total</translation>
    </message>
    <message>
        <source>内因是客户不来店的主要原因。</source>
        <translation>Internal reasons are the main reason customers stay away.</translation>
    </message>
    <message>
        <source>外因多于内因。</source>
        <translation>External reasons outnumber internal ones.</translation>
    </message>
    <message>
        <source>招揽指标</source>
        <translation>Win-back figures</translation>
    </message>
    <message>
        <source>指标</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>数值</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>招揽电话(次)</source>
        <translation>Win-back calls</translation>
    </message>
    <message>
        <source>流失提醒数</source>
        <translation>Lost-customer reminders</translation>
    </message>
    <message>
        <source>提醒后回厂数(%1天内)</source>
        <translation>Returned after reminder (within %1 days)</translation>
    </message>
    <message>
        <source>回厂率%</source>
        <translation>Return rate %</translation>
    </message>
    <message>
        <source>有意向还会来</source>
        <translation>Intends to come back</translation>
    </message>
    <message>
        <source>明确表示不来</source>
        <translation>Clearly refused</translation>
    </message>
    <message>
        <source>无效数据</source>
        <translation>Invalid data</translation>
    </message>
    <message>
        <source>未接听</source>
        <translation>No answer</translation>
    </message>
    <message>
        <source>已接通(未表态)</source>
        <translation>Reached (no answer given)</translation>
    </message>
    <message>
        <source>各项目满意度</source>
        <translation>Satisfaction by item</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>回答数</source>
        <translation>Answers</translation>
    </message>
    <message>
        <source>1分</source>
        <translation>1 pt</translation>
    </message>
    <message>
        <source>2分</source>
        <translation>2 pts</translation>
    </message>
    <message>
        <source>3分</source>
        <translation>3 pts</translation>
    </message>
    <message>
        <source>4分</source>
        <translation>4 pts</translation>
    </message>
    <message>
        <source>5分</source>
        <translation>5 pts</translation>
    </message>
    <message>
        <source>平均分</source>
        <translation>Average</translation>
    </message>
    <message>
        <source>评价</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>优势</source>
        <translation>Strength</translation>
    </message>
    <message>
        <source>劣势</source>
        <translation>Weakness</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <source>本月优势项目:%1</source>
        <translation>Strengths this month: %1</translation>
    </message>
    <message>
        <source>本月劣势项目:%1</source>
        <translation>Weaknesses this month: %1</translation>
    </message>
    <message>
        <source>得分最低:%1</source>
        <translation>Lowest score: %1</translation>
    </message>
    <message>
        <source>无效回答 %1 条未计入。</source>
        <translation>%1 invalid answers not counted.</translation>
    </message>
    <message>
        <source>投诉统计</source>
        <translation>Complaint statistics</translation>
    </message>
    <message>
        <source>收到投诉</source>
        <translation>Complaints received</translation>
    </message>
    <message>
        <source>重大投诉</source>
        <translation>Major complaints</translation>
    </message>
    <message>
        <source>已解决</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>已回访结案</source>
        <translation>Closed after follow-up</translation>
    </message>
    <message>
        <source>2123 全部按时</source>
        <translation>2123 all on time</translation>
    </message>
    <message>
        <source>有步骤超时</source>
        <translation>Some steps late</translation>
    </message>
    <message>
        <source>当前超时未办</source>
        <translation>Overdue now</translation>
    </message>
    <message>
        <source>未结案</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>2123 达标率%</source>
        <translation>2123 compliance %</translation>
    </message>
    <message>
        <source>按 %1 的状态评估</source>
        <translation>Status as of %1</translation>
    </message>
    <message>
        <source>回厂月报</source>
        <translation>Huichang monthly report</translation>
    </message>
    <message>
        <source>无法写入文件 %1:%2</source>
        <translation>Cannot write file %1: %2</translation>
    </message>
    <message>
        <source>第 %1 页</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <source>(无数据)</source>
        <translation>(no data)</translation>
    </message>
    <message>
        <source>(续)</source>
        <translation> (continued)</translation>
    </message>
    <message>
        <source>……另有 %1 行见 XLSX/CSV 导出。</source>
        <translation>… %1 more rows in the XLSX/CSV export.</translation>
    </message>
    <message>
        <source>生成 PDF 需要图形环境(QGuiApplication)。</source>
        <translation>Creating a PDF needs a graphical environment (QGuiApplication).</translation>
    </message>
    <message>
        <source>找不到中文字体,无法生成 PDF。</source>
        <translation>No Chinese font found; cannot create the PDF.</translation>
    </message>
    <message>
        <source>回厂月度经营报表 %1</source>
        <translation>Huichang monthly business report %1</translation>
    </message>
    <message>
        <source>回厂 · 月度经营报表</source>
        <translation>Huichang · Monthly business report</translation>
    </message>
    <message>
        <source>%1 月(截至 %2)</source>
        <translation>Month %1 (as of %2)</translation>
    </message>
    <message>
        <source>无法写入文件 %1</source>
        <translation>Cannot write file %1</translation>
    </message>
    <message>
        <source>帕累托图:柱 = 实收金额,线 = 累计占比</source>
        <translation>Pareto chart: bars = amount received, line = cumulative share</translation>
    </message>
    <message>
        <source>客户名次</source>
        <translation>Customer rank</translation>
    </message>
    <message>
        <source>累计客户占比(按名次十等分)</source>
        <translation>Cumulative customer share (rank deciles)</translation>
    </message>
    <message>
        <source>忠诚度高(+)</source>
        <translation>High loyalty (+)</translation>
    </message>
    <message>
        <source>忠诚度低(−)</source>
        <translation>Low loyalty (−)</translation>
    </message>
    <message>
        <source>%1  %2 人(%3%)  %4 元(%5%)</source>
        <translation>%1  %2 customers (%3%)  %4 yuan (%5%)</translation>
    </message>
    <message>
        <source>客户ABC分析</source>
        <translation>Customer ABC analysis</translation>
    </message>
    <message>
        <source>忠诚度×贡献度矩阵</source>
        <translation>Loyalty × contribution matrix</translation>
    </message>
    <message>
        <source>RFM客户分类</source>
        <translation>RFM segments</translation>
    </message>
    <message>
        <source>流失分析</source>
        <translation>Churn analysis</translation>
    </message>
    <message>
        <source>流失客户招揽</source>
        <translation>Lost-customer win-back</translation>
    </message>
    <message>
        <source>客户满意度</source>
        <translation>Customer satisfaction</translation>
    </message>
    <message>
        <source>客户投诉与2123</source>
        <translation>Complaints and 2123</translation>
    </message>
    <message>
        <source>全部客户</source>
        <translation>All customers</translation>
    </message>
    <message>
        <source>有效客户</source>
        <translation>Valid customers</translation>
    </message>
    <message>
        <source>无效客户</source>
        <translation>Invalid</translation>
    </message>
    <message>
        <source>未进厂</source>
        <translation>No visit</translation>
    </message>
    <message>
        <source>忠诚客户</source>
        <translation>Loyal</translation>
    </message>
    <message>
        <source>摇摆客户</source>
        <translation>Swing</translation>
    </message>
    <message>
        <source>流失客户</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>新客户</source>
        <translation>New customers</translation>
    </message>
    <message>
        <source>活跃</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>准流失</source>
        <translation>Nearly lost</translation>
    </message>
    <message>
        <source>流失</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>A 金牌客户</source>
        <translation>A Gold customer</translation>
    </message>
    <message>
        <source>B 重要客户</source>
        <translation>B Key customer</translation>
    </message>
    <message>
        <source>C 一般客户</source>
        <translation>C Regular customer</translation>
    </message>
    <message>
        <source>重要价值</source>
        <translation>Key value</translation>
    </message>
    <message>
        <source>重要发展</source>
        <translation>Key develop</translation>
    </message>
    <message>
        <source>重要保持</source>
        <translation>Key keep</translation>
    </message>
    <message>
        <source>重要挽留</source>
        <translation>Key win back</translation>
    </message>
    <message>
        <source>一般价值</source>
        <translation>General value</translation>
    </message>
    <message>
        <source>一般发展</source>
        <translation>General develop</translation>
    </message>
    <message>
        <source>一般保持</source>
        <translation>General keep</translation>
    </message>
    <message>
        <source>一般挽留</source>
        <translation>General win back</translation>
    </message>
    <message>
        <source>1年以内</source>
        <translation>Under 1 year</translation>
    </message>
    <message>
        <source>1-2年</source>
        <translation>1–2 years</translation>
    </message>
    <message>
        <source>2-3年</source>
        <translation>2–3 years</translation>
    </message>
    <message>
        <source>3年以上</source>
        <translation>Over 3 years</translation>
    </message>
    <message>
        <source>未填</source>
        <translation>Not entered</translation>
    </message>
    <message>
        <source>无法创建文件 %1</source>
        <translation>Cannot create file %1</translation>
    </message>
    <message>
        <source>非流失</source>
        <translation>Not lost</translation>
    </message>
    <message>
        <source>趋向彻底流失</source>
        <translation>Trending to complete loss</translation>
    </message>
    <message>
        <source>彻底流失</source>
        <translation>Completely lost</translation>
    </message>
    <message>
        <source>%1 · 月度经营报表</source>
        <translation>%1 · Monthly business report</translation>
    </message>
    <message>
        <source>保养</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <source>维修</source>
        <translation>Repair</translation>
    </message>
    <message>
        <source>事故</source>
        <translation>Accident</translation>
    </message>
    <message>
        <source>质保</source>
        <translation>Warranty</translation>
    </message>
    <message>
        <source>保险</source>
        <translation>Insurance</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>%1 公里</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>回厂</source>
        <translation>Huichang</translation>
    </message>
    <message>
        <source>结算单 %1</source>
        <translation>Receipt %1</translation>
    </message>
    <message>
        <source>地址:%1</source>
        <translation>Address: %1</translation>
    </message>
    <message>
        <source>电话:%1</source>
        <translation>Phone: %1</translation>
    </message>
    <message>
        <source>营业时间:%1</source>
        <translation>Opening hours: %1</translation>
    </message>
    <message>
        <source>维修结算单</source>
        <translation>Service receipt</translation>
    </message>
    <message>
        <source>维修结算单  工单号:%1</source>
        <translation>Service receipt  Work order: %1</translation>
    </message>
    <message>
        <source>客户与车辆</source>
        <translation>Customer and vehicle</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>车牌号</source>
        <translation>Plate</translation>
    </message>
    <message>
        <source>品牌车型</source>
        <translation>Make and model</translation>
    </message>
    <message>
        <source>车架号</source>
        <translation>VIN</translation>
    </message>
    <message>
        <source>进厂日期</source>
        <translation>Visit date</translation>
    </message>
    <message>
        <source>进厂里程</source>
        <translation>Mileage</translation>
    </message>
    <message>
        <source>维修类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>服务顾问</source>
        <translation>Service advisor</translation>
    </message>
    <message>
        <source>维修技师</source>
        <translation>Technician</translation>
    </message>
    <message>
        <source>维修内容</source>
        <translation>Work done</translation>
    </message>
    <message>
        <source>(未填写)</source>
        <translation>(not filled in)</translation>
    </message>
    <message>
        <source>费用</source>
        <translation>Fees</translation>
    </message>
    <message>
        <source>工时费</source>
        <translation>Labour</translation>
    </message>
    <message>
        <source>材料费</source>
        <translation>Parts</translation>
    </message>
    <message>
        <source>其他费用</source>
        <translation>Other fees</translation>
    </message>
    <message>
        <source>优惠</source>
        <translation>Discount</translation>
    </message>
    <message>
        <source>实收金额</source>
        <translation>Amount received</translation>
    </message>
    <message>
        <source>实收金额:%1</source>
        <translation>Amount received: %1</translation>
    </message>
    <message>
        <source>下次保养</source>
        <translation>Next service</translation>
    </message>
    <message>
        <source>建议下次保养日期:%1</source>
        <translation>Next service due: %1</translation>
    </message>
    <message>
        <source>,预计里程约 %1</source>
        <translation>, at about %1</translation>
    </message>
    <message>
        <source>;或行驶到 %1(以先到者为准)</source>
        <translation>; or at %1 (whichever comes first)</translation>
    </message>
    <message>
        <source>(无法估算)</source>
        <translation>(cannot be estimated)</translation>
    </message>
    <message>
        <source>维修建议</source>
        <translation>Recommendations</translation>
    </message>
    <message>
        <source>客户签字:____________        打印时间:%1</source>
        <translation>Customer signature: ____________        Printed: %1</translation>
    </message>
    <message>
        <source>操作日志链头:#%1 %2
核对:huichang-cli audit verify --expect %1:%2</source>
        <translation>Audit chain head: #%1 %2
Check: huichang-cli audit verify --expect %1:%2</translation>
    </message>
    <message>
        <source>字段</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>值</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>%1:无记录</source>
        <translation>%1: no rows</translation>
    </message>
    <message>
        <source>客户 %1 的个人信息</source>
        <translation>Personal data of customer %1</translation>
    </message>
    <message>
        <source>导出时间 %1</source>
        <translation>Exported %1</translation>
    </message>
    <message>
        <source>,个人信息已于 %1 删除</source>
        <translation>, personal data erased on %1</translation>
    </message>
    <message>
        <source>预约到店</source>
        <translation>Appointments</translation>
    </message>
    <message>
        <source>预约数(不含取消)</source>
        <translation>Appointments (not cancelled)</translation>
    </message>
    <message>
        <source>按约到店</source>
        <translation>Kept</translation>
    </message>
    <message>
        <source>爽约</source>
        <translation>No-shows</translation>
    </message>
    <message>
        <source>爽约率%</source>
        <translation>No-show rate %</translation>
    </message>
    <message>
        <source>尚未到期</source>
        <translation>Still ahead</translation>
    </message>
    <message>
        <source>已取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>建议项目(本次未做)</source>
        <translation>Declined work (not done this time)</translation>
    </message>
    <message>
        <source>预估金额</source>
        <translation>Estimate</translation>
    </message>
    <message>
        <source>紧急程度</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>建议完成</source>
        <translation>Due</translation>
    </message>
    <message>
        <source> 或 %1(以先到者为准)</source>
        <translation> or at %1 (whichever comes first)</translation>
    </message>
    <message>
        <source>客户基础模型</source>
        <translation>Customer base model</translation>
    </message>
    <message>
        <source>建议项目回收</source>
        <translation>Declined work recovered</translation>
    </message>
    <message>
        <source>项数</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>本月建议未做</source>
        <translation>Declined this month</translation>
    </message>
    <message>
        <source>本月已回收(之后进厂已做)</source>
        <translation>Recovered this month (done at a later visit)</translation>
    </message>
    <message>
        <source>本月放弃</source>
        <translation>Dropped this month</translation>
    </message>
    <message>
        <source>月末仍未做</source>
        <translation>Still open at month end</translation>
    </message>
    <message>
        <source>回收率%(金额)</source>
        <translation>Recovery rate % (money)</translation>
    </message>
    <message>
        <source>未来 12 个月回厂可能性分布</source>
        <translation>Chance of return in the next 12 months</translation>
    </message>
    <message>
        <source>回厂可能性</source>
        <translation>Chance of return</translation>
    </message>
    <message>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>预计进厂与预测检验</source>
        <translation>Expected visits and forecast check</translation>
    </message>
    <message>
        <source>%1 至 %2 预计进厂(次)</source>
        <translation>Expected visits %1 to %2</translation>
    </message>
    <message>
        <source>%1 至 %2 预测进厂(次)</source>
        <translation>Forecast visits %1 to %2</translation>
    </message>
    <message>
        <source>%1 至 %2 实际进厂(次)</source>
        <translation>Actual visits %1 to %2</translation>
    </message>
    <message>
        <source>模型拟合于 %1,数据 %2 至 %3,%4 位客户中 %5 位回头。</source>
        <translation>Model fitted on %1 with data %2 to %3: %5 of %4 customers came back.</translation>
    </message>
    <message>
        <source>预测只算上月末已有进厂记录的 %1 位客户(按天计,同一天多次算一次),新客户不在其中。</source>
        <translation>The forecast covers the %1 customers with a visit by the previous month end (visit days; several visits on one day count once); new customers are not in it.</translation>
    </message>
    <message>
        <source>当时还没有保存的模型:本月预测用现在的模型回算,仅供参考。</source>
        <translation>No model was stored then: this month&apos;s forecast is recomputed with the current model, for reference only.</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>尚无客户模型:需要至少 %1 位回头客户并由经理拟合(每月自动重新拟合)。在此之前按 %2/%3 规则看客户。</source>
        <translation>No customer model yet: it needs at least %1 repeat customers and a fit by the manager (refitted monthly). Until then customers are judged by the %2/%3 rule.</translation>
    </message>
    <message>
        <source>忠诚度(+ 高 / − 低)× 贡献度(ABC 等级):%1 位客户,实收合计 %2 元</source>
        <translation>Loyalty (+ high / − low) × contribution (ABC grade): %1 customers, total %2 yuan</translation>
    </message>
    <message>
        <source>%1 辆车未计入(车主无效或没有来店记录,或同一辆车重复出现)</source>
        <translation>%1 vehicles not counted (owner invalid or without visits, or the same vehicle listed twice)</translation>
    </message>
    <message>
        <source>回厂按提醒后 %1 天内计算;回厂率 = 提醒后回厂数 ÷ 流失提醒数。</source>
        <translation>A return counts within %1 days of the reminder; return rate = returns after a reminder ÷ win-back reminders.</translation>
    </message>
    <message>
        <source>建议项目:回收率 = 本月已回收金额 ÷ 本月建议未做金额。</source>
        <translation>Declined work: recovery rate = amount recovered this month ÷ amount declined this month.</translation>
    </message>
    <message>
        <source>本月尚未结束:截至今天 %1,与上月(截至 %2)比较</source>
        <translation>Month still running: as of today %1, compared with last month (as of %2)</translation>
    </message>
</context>
<context>
    <name>hc::services</name>
    <message>
        <source>分析日期无效。</source>
        <translation>The analysis date is not valid.</translation>
    </message>
    <message>
        <source>只有经理可以邀约活动客户</source>
        <translation>Only a manager can invite customers to a campaign</translation>
    </message>
    <message>
        <source>活动不存在,可能已被删除</source>
        <translation>The campaign does not exist; it may have been deleted</translation>
    </message>
    <message>
        <source>客户不存在,可能已被删除</source>
        <translation>The customer does not exist; it may have been deleted</translation>
    </message>
    <message>
        <source>只有经理可以创建活动</source>
        <translation>Only a manager can create campaigns</translation>
    </message>
    <message>
        <source>请填写活动名称</source>
        <translation>Please enter the campaign name</translation>
    </message>
    <message>
        <source>请填写活动开始日期</source>
        <translation>Please enter the campaign start date</translation>
    </message>
    <message>
        <source>每位客户成本不能为负数</source>
        <translation>The cost per customer cannot be negative</translation>
    </message>
    <message>
        <source>请选择要邀约的客户阶段</source>
        <translation>Please choose the customer stages to invite</translation>
    </message>
    <message>
        <source>请填写投诉内容</source>
        <translation>Please describe the complaint</translation>
    </message>
    <message>
        <source>不支持的取值:%1</source>
        <translation>Unsupported value: %1</translation>
    </message>
    <message>
        <source>投诉时间不能晚于现在</source>
        <translation>The complaint time cannot be in the future</translation>
    </message>
    <message>
        <source>时间不能晚于现在</source>
        <translation>The time cannot be in the future</translation>
    </message>
    <message>
        <source>投诉单不存在,可能已被删除</source>
        <translation>The complaint does not exist; it may have been deleted</translation>
    </message>
    <message>
        <source>时间不能早于收到投诉的时间</source>
        <translation>The time cannot be before the complaint was received</translation>
    </message>
    <message>
        <source>只有重大投诉需要高层答复</source>
        <translation>Only major complaints need a senior-management answer</translation>
    </message>
    <message>
        <source>投诉解决后才能进行回访</source>
        <translation>The follow-up call can only be made once the complaint is resolved</translation>
    </message>
    <message>
        <source>该步骤已经登记过</source>
        <translation>This step has already been recorded</translation>
    </message>
    <message>
        <source>请填写有效的时间</source>
        <translation>Please enter a valid time</translation>
    </message>
    <message>
        <source>请填写客户姓名或单位名称</source>
        <translation>Please enter the customer&apos;s name or company name</translation>
    </message>
    <message>
        <source>电话号码有误:%1</source>
        <translation>Phone number problem: %1</translation>
    </message>
    <message>
        <source>身份证号码有误:%1</source>
        <translation>ID number problem: %1</translation>
    </message>
    <message>
        <source>生日不能晚于今天</source>
        <translation>The birthday cannot be after today</translation>
    </message>
    <message>
        <source>无效日期不能晚于今天</source>
        <translation>The invalid date cannot be after today</translation>
    </message>
    <message>
        <source>该客户不是无效客户,无需撤销</source>
        <translation>This customer is not invalid; there is nothing to undo</translation>
    </message>
    <message>
        <source>不支持查看该字段:%1</source>
        <translation>This field cannot be revealed: %1</translation>
    </message>
    <message>
        <source>请填写有效的日期</source>
        <translation>Please enter a valid date</translation>
    </message>
    <message>
        <source>活动邀约:%1</source>
        <translation>Campaign invite: %1</translation>
    </message>
    <message>
        <source>;%1 次未接通,建议发短信</source>
        <translation>; %1 unanswered calls, send an SMS</translation>
    </message>
    <message>
        <source>;第 %1 次拨打</source>
        <translation>; call no. %1</translation>
    </message>
    <message>
        <source>投诉回访需要指定投诉单</source>
        <translation>A complaint callback needs a complaint</translation>
    </message>
    <message>
        <source>满意度评分只用于服务回访</source>
        <translation>Satisfaction scores are only for service callbacks</translation>
    </message>
    <message>
        <source>新车主电话有误:%1</source>
        <translation>New owner&apos;s phone problem: %1</translation>
    </message>
    <message>
        <source>请填写新车主姓名</source>
        <translation>Please enter the new owner&apos;s name</translation>
    </message>
    <message>
        <source>满意度项目不存在或已停用</source>
        <translation>The satisfaction item does not exist or is disabled</translation>
    </message>
    <message>
        <source>满意度评分必须在 1 到 5 之间</source>
        <translation>Satisfaction scores must be from 1 to 5</translation>
    </message>
    <message>
        <source>回访登记</source>
        <translation>Callback record</translation>
    </message>
    <message>
        <source>车辆转卖新车主,由客户 %1 的回访登记</source>
        <translation>New owner of a sold vehicle, recorded during the callback of customer %1</translation>
    </message>
    <message>
        <source>回访得知车辆已转卖</source>
        <translation>Vehicle sold, learned during a callback</translation>
    </message>
    <message>
        <source>解决后回访</source>
        <translation>Follow-up after resolution</translation>
    </message>
    <message>
        <source>请填写有效的月份</source>
        <translation>Please enter a valid month</translation>
    </message>
    <message>
        <source>只有经理可以修改满意度项目</source>
        <translation>Only a manager can change satisfaction items</translation>
    </message>
    <message>
        <source>请填写项目代码</source>
        <translation>Please enter the item code</translation>
    </message>
    <message>
        <source>请填写项目名称</source>
        <translation>Please enter the item name</translation>
    </message>
    <message>
        <source>满意度项目不存在</source>
        <translation>The satisfaction item does not exist</translation>
    </message>
    <message>
        <source>未知的话术:%1</source>
        <translation>Unknown script: %1</translation>
    </message>
    <message>
        <source>只有经理可以修改话术</source>
        <translation>Only a manager can change scripts</translation>
    </message>
    <message>
        <source>话术内容不能为空</source>
        <translation>The script cannot be empty</translation>
    </message>
    <message>
        <source>只有经理可以修改设置</source>
        <translation>Only a manager can change settings</translation>
    </message>
    <message>
        <source>登录策略的取值无效</source>
        <translation>The login policy values are not valid</translation>
    </message>
    <message>
        <source>数据库正被其他程序占用,请稍后重试</source>
        <translation>The database is in use by another program; please try again later</translation>
    </message>
    <message>
        <source>数据库文件已损坏或不是回厂数据库</source>
        <translation>The database file is damaged or is not a Huichang database</translation>
    </message>
    <message>
        <source>该记录已存在,不能重复保存</source>
        <translation>This record already exists and cannot be saved twice</translation>
    </message>
    <message>
        <source>数据不符合要求,未保存</source>
        <translation>The data is not valid and was not saved</translation>
    </message>
    <message>
        <source>记录不存在,可能已被删除</source>
        <translation>The record does not exist; it may have been deleted</translation>
    </message>
    <message>
        <source>磁盘已满,数据未保存</source>
        <translation>The disk is full; nothing was saved</translation>
    </message>
    <message>
        <source>操作失败:%1</source>
        <translation>The operation failed: %1</translation>
    </message>
    <message>
        <source>用户名或密码错误</source>
        <translation>Wrong username or password</translation>
    </message>
    <message>
        <source>账户已锁定,请在 %1 后重试</source>
        <translation>The account is locked; try again after %1</translation>
    </message>
    <message>
        <source>密码至少需要 %1 个字符</source>
        <translation>The password needs at least %1 characters</translation>
    </message>
    <message>
        <source>只有经理可以添加用户</source>
        <translation>Only a manager can add users</translation>
    </message>
    <message>
        <source>请填写用户名(不能包含空格)</source>
        <translation>Please enter a username (no spaces)</translation>
    </message>
    <message>
        <source>用户名 %1 已存在</source>
        <translation>The username %1 already exists</translation>
    </message>
    <message>
        <source>该账户已停用,请联系经理</source>
        <translation>This account is disabled; please contact the manager</translation>
    </message>
    <message>
        <source>只能修改自己的密码</source>
        <translation>You can only change your own password</translation>
    </message>
    <message>
        <source>用户不存在</source>
        <translation>The user does not exist</translation>
    </message>
    <message>
        <source>车牌号有误:%1</source>
        <translation>Plate problem: %1</translation>
    </message>
    <message>
        <source>车架号有误:%1</source>
        <translation>VIN problem: %1</translation>
    </message>
    <message>
        <source>里程不能为负数</source>
        <translation>The mileage cannot be negative</translation>
    </message>
    <message>
        <source>车牌号 %1 已登记在客户 %2 名下</source>
        <translation>Plate %1 is already registered to customer %2</translation>
    </message>
    <message>
        <source>车架号 %1 已登记在客户 %2 名下</source>
        <translation>VIN %1 is already registered to customer %2</translation>
    </message>
    <message>
        <source>请先选择车主</source>
        <translation>Please select the owner first</translation>
    </message>
    <message>
        <source>车辆不存在,可能已被删除</source>
        <translation>The vehicle does not exist; it may have been deleted</translation>
    </message>
    <message>
        <source>过户日期不能晚于今天</source>
        <translation>The transfer date cannot be after today</translation>
    </message>
    <message>
        <source>新车主不存在</source>
        <translation>The new owner does not exist</translation>
    </message>
    <message>
        <source>新车主与当前车主相同</source>
        <translation>The new owner is the same as the current owner</translation>
    </message>
    <message>
        <source>过户日期不能早于当前车主的登记日期 %1</source>
        <translation>The transfer date cannot be before the current owner&apos;s registration date %1</translation>
    </message>
    <message>
        <source>请填写进厂日期</source>
        <translation>Please enter the visit date</translation>
    </message>
    <message>
        <source>进厂日期不能晚于今天</source>
        <translation>The visit date cannot be after today</translation>
    </message>
    <message>
        <source>故障日期不能晚于今天</source>
        <translation>The fault date cannot be after today</translation>
    </message>
    <message>
        <source>金额不能为负数</source>
        <translation>Amounts cannot be negative</translation>
    </message>
    <message>
        <source>优惠不能超过费用合计</source>
        <translation>The discount cannot exceed the total charges</translation>
    </message>
    <message>
        <source>不支持的维修类别:%1</source>
        <translation>Unsupported repair category: %1</translation>
    </message>
    <message>
        <source>车辆不存在</source>
        <translation>The vehicle does not exist</translation>
    </message>
    <message>
        <source>车辆 %1 当前不属于该客户</source>
        <translation>Vehicle %1 does not belong to this customer now</translation>
    </message>
    <message>
        <source>请先选择客户或车辆</source>
        <translation>Please select a customer or vehicle first</translation>
    </message>
    <message>
        <source>客户不存在</source>
        <translation>The customer does not exist</translation>
    </message>
    <message>
        <source>工单号 %1 已存在</source>
        <translation>Work order no. %1 already exists</translation>
    </message>
    <message>
        <source>维修记录不存在,可能已被删除</source>
        <translation>The visit record does not exist; it may have been deleted</translation>
    </message>
    <message>
        <source>只有经理可以删除维修记录</source>
        <translation>Only a manager can delete visit records</translation>
    </message>
    <message>
        <source>月数必须大于 0。</source>
        <translation>The number of months must be greater than 0.</translation>
    </message>
    <message>
        <source>找不到这个客户。</source>
        <translation>This customer cannot be found.</translation>
    </message>
    <message>
        <source>客户数必须大于 0。</source>
        <translation>The number of customers must be greater than 0.</translation>
    </message>
    <message>
        <source>演示数据只能生成到空的数据库中:这个数据库里已经有客户。请用 --db 指定一个新文件。</source>
        <translation>Demo data can only go into an empty database: this one already has customers. Give a new file with --db.</translation>
    </message>
    <message>
        <source>没有写入任何演示数据。</source>
        <translation>No demo data was written.</translation>
    </message>
    <message>
        <source>请填写有效的月份(YYYY-MM)</source>
        <translation>Please enter a valid month (YYYY-MM)</translation>
    </message>
    <message>
        <source>只有经理可以保存报表</source>
        <translation>Only a manager can save reports</translation>
    </message>
    <message>
        <source>只有经理可以导出报表</source>
        <translation>Only a manager can export reports</translation>
    </message>
    <message>
        <source>只有经理可以把客户加入回访名单</source>
        <translation>Only a manager can add customers to a callback list</translation>
    </message>
    <message>
        <source>月报回访名单</source>
        <translation>Monthly report callback list</translation>
    </message>
    <message>
        <source>文件是空的,没有可导入的行。</source>
        <translation>The file is empty; there are no rows to import.</translation>
    </message>
    <message>
        <source>客户姓名为空:电话和车牌都找不到已有客户,无法新建客户</source>
        <translation>Customer name is empty: no existing customer matches the phone or plate, so no new customer can be created</translation>
    </message>
    <message>
        <source>整个导入已撤销,没有导入任何数据。</source>
        <translation>The whole import was rolled back; nothing was imported.</translation>
    </message>
    <message>
        <source>或</source>
        <translation> or </translation>
    </message>
    <message>
        <source>文件缺少必需的列:%1。第一行必须是列标题。</source>
        <translation>The file is missing required columns: %1. The first row must hold the column headings.</translation>
    </message>
    <message>
        <source>引号没有闭合(从这一行到文件末尾被当作一个字段)</source>
        <translation>Unclosed quote (everything from this line to the end of the file was read as one field)</translation>
    </message>
    <message>
        <source>车牌号和电话都为空:至少需要其中一个才能找到客户</source>
        <translation>Plate and phone are both empty: at least one is needed to find the customer</translation>
    </message>
    <message>
        <source>进厂日期为空</source>
        <translation>Visit date is empty</translation>
    </message>
    <message>
        <source>进厂日期 %1 在今天之后</source>
        <translation>Visit date %1 is after today</translation>
    </message>
    <message>
        <source>实收金额为空</source>
        <translation>Amount received is empty</translation>
    </message>
    <message>
        <source>里程数太大</source>
        <translation>Mileage is too large</translation>
    </message>
    <message>
        <source>未知的维修类别“%1”(可用:保养、维修、事故、质保、保险、其他)</source>
        <translation>Unknown repair category &quot;%1&quot; (available: 保养 maintenance, 维修 repair, 事故 accident, 质保 warranty, 保险 insurance, 其他 other)</translation>
    </message>
    <message>
        <source>找不到该维修记录</source>
        <translation>Visit not found</translation>
    </message>
    <message>
        <source>该维修记录已作废(%1),不能打印结算单</source>
        <translation>This visit has been voided (%1); no receipt can be printed</translation>
    </message>
    <message>
        <source>请填写门店名称</source>
        <translation>Please enter the shop name</translation>
    </message>
    <message>
        <source>门店名称不能超过 60 个字</source>
        <translation>The shop name can be at most 60 characters</translation>
    </message>
    <message>
        <source>该维修记录已作废,不能再修改</source>
        <translation>This visit has been voided and can no longer be changed</translation>
    </message>
    <message>
        <source>只有经理,或当天录入该记录的服务顾问,才能修改或作废维修记录</source>
        <translation>Only the manager, or the service advisor who entered the visit on the same day, may edit or void it</translation>
    </message>
    <message>
        <source>请填写作废原因</source>
        <translation>Please give the reason for voiding</translation>
    </message>
    <message>
        <source>请填写客户电话</source>
        <translation>Please enter the customer&apos;s phone</translation>
    </message>
    <message>
        <source>请填写车牌号或车架号</source>
        <translation>Please enter the plate or the VIN</translation>
    </message>
    <message>
        <source>只有经理可以管理用户</source>
        <translation>Only a manager can manage users</translation>
    </message>
    <message>
        <source>至少要保留一位启用的经理账户</source>
        <translation>At least one active manager account must remain</translation>
    </message>
    <message>
        <source>密码不能是用户名,也不能包含用户名</source>
        <translation>The password must not be or contain the user name</translation>
    </message>
    <message>
        <source>这个密码太常见,容易被猜到,请换一个</source>
        <translation>This password is too common and easy to guess; please choose another</translation>
    </message>
    <message>
        <source>当前密码不正确</source>
        <translation>The current password is incorrect</translation>
    </message>
    <message>
        <source>新密码不能与当前密码相同</source>
        <translation>The new password must differ from the current one</translation>
    </message>
    <message>
        <source>不能停用自己的账户</source>
        <translation>You cannot disable your own account</translation>
    </message>
    <message>
        <source>备份失败:%1</source>
        <translation>Backup failed: %1</translation>
    </message>
    <message>
        <source>只有经理可以设置备份文件夹</source>
        <translation>Only the manager can set the backup folder</translation>
    </message>
    <message>
        <source>备份文件不存在:%1</source>
        <translation>Backup file not found: %1</translation>
    </message>
    <message>
        <source>备份文件无效:%1(%2)</source>
        <translation>Invalid backup file: %1 (%2)</translation>
    </message>
    <message>
        <source>恢复失败,数据库文件未改变:%1</source>
        <translation>Restore failed, the database file was not changed: %1</translation>
    </message>
    <message>
        <source>文件按 GB18030 编码读取,但第 %1 行第 %2 个字节(0x%3)不符合 GB18030 编码。请把文件另存为 UTF-8 或 GB18030 后再导入。</source>
        <translation>The file was read as GB18030, but byte %2 of line %1 (0x%3) is not valid GB18030. Save the file as UTF-8 or GB18030 and import again.</translation>
    </message>
    <message>
        <source>文件按 UTF-8 编码读取,但第 %1 行第 %2 个字节(0x%3)不是有效的 UTF-8。请把文件另存为 UTF-8 后再导入。</source>
        <translation>The file was read as UTF-8, but byte %2 of line %1 (0x%3) is not valid UTF-8. Save the file as UTF-8 and import again.</translation>
    </message>
    <message>
        <source>没有导入任何数据。</source>
        <translation>Nothing was imported.</translation>
    </message>
    <message>
        <source>数据不足:截至 %1 共 %2 位客户,其中 %3 位有回头进厂,模型至少需要 %4 位回头客户。</source>
        <translation>Not enough data: %2 customers up to %1, %3 of them with a repeat visit; the model needs at least %4 repeat customers.</translation>
    </message>
    <message>
        <source>模型拟合没有收敛,请检查数据。</source>
        <translation>The model fit did not converge; please check the data.</translation>
    </message>
    <message>
        <source>日期无效。</source>
        <translation>Invalid date.</translation>
    </message>
    <message>
        <source>预测周数必须在 1 到 5200 之间。</source>
        <translation>The prediction horizon must be between 1 and 5200 weeks.</translation>
    </message>
    <message>
        <source>检验期结束日期必须晚于校准期结束日期。</source>
        <translation>The holdout end must be later than the calibration end.</translation>
    </message>
    <message>
        <source>无法读取文件 %1:%2</source>
        <translation>Cannot read the file %1: %2</translation>
    </message>
    <message>
        <source>文件 %1 是空的</source>
        <translation>The file %1 is empty</translation>
    </message>
    <message>
        <source>文件 %1 的标题行没有“%2”列(现有列:%3)</source>
        <translation>The header row of %1 has no column &quot;%2&quot; (columns: %3)</translation>
    </message>
    <message>
        <source>%1 第 %2 行:客户编号“%3”不是整数</source>
        <translation>%1 line %2: customer id &quot;%3&quot; is not an integer</translation>
    </message>
    <message>
        <source>%1 第 %2 行:日期“%3”无效(应为 YYYY-MM-DD 或 YYYYMMDD)</source>
        <translation>%1 line %2: invalid date &quot;%3&quot; (expected YYYY-MM-DD or YYYYMMDD)</translation>
    </message>
    <message>
        <source>%1 第 %2 行:金额“%3”无效</source>
        <translation>%1 line %2: invalid amount &quot;%3&quot;</translation>
    </message>
    <message>
        <source>设置文件不是有效的 JSON 对象,未做任何修改</source>
        <translation>The settings file is not a valid JSON object; nothing was changed</translation>
    </message>
    <message>
        <source>设置项 %1 必须是 JSON 对象,未做任何修改</source>
        <translation>The settings section %1 must be a JSON object; nothing was changed</translation>
    </message>
    <message>
        <source>未知的设置项 %1,未做任何修改</source>
        <translation>Unknown settings section %1; nothing was changed</translation>
    </message>
    <message>
        <source>设置值 %1 无效(未知的项或类型不对),未做任何修改</source>
        <translation>The setting %1 is not valid (unknown field or wrong type); nothing was changed</translation>
    </message>
    <message>
        <source>该车辆不属于此客户</source>
        <translation>This vehicle does not belong to this customer</translation>
    </message>
    <message>
        <source>服务顾问不存在或已停用</source>
        <translation>The service advisor does not exist or is disabled</translation>
    </message>
    <message>
        <source>预约不存在,可能已被删除</source>
        <translation>The appointment does not exist; it may have been deleted</translation>
    </message>
    <message>
        <source>该预约已取消</source>
        <translation>This appointment is already cancelled</translation>
    </message>
    <message>
        <source>客户已按预约到店,不能取消</source>
        <translation>The customer already came as booked; the appointment cannot be cancelled</translation>
    </message>
    <message>
        <source>一次最多列出 %1 天的预约</source>
        <translation>Appointments can be listed for at most %1 days at a time</translation>
    </message>
    <message>
        <source>同意来源无效</source>
        <translation>Invalid consent source</translation>
    </message>
    <message>
        <source>无法打开文件 %1:%2</source>
        <translation>Cannot open the file %1: %2</translation>
    </message>
    <message>
        <source>短信网关地址无效:%1</source>
        <translation>Invalid SMS gateway address: %1</translation>
    </message>
    <message>
        <source>短信网关 %1 毫秒内没有应答</source>
        <translation>The SMS gateway did not answer within %1 ms</translation>
    </message>
    <message>
        <source>短信网关拒绝(HTTP %1):%2</source>
        <translation>The SMS gateway refused the message (HTTP %1): %2</translation>
    </message>
    <message>
        <source>无法连接短信网关:%1</source>
        <translation>Cannot reach the SMS gateway: %1</translation>
    </message>
    <message>
        <source>请先在设置中填写门店名称(短信签名【门店名】)</source>
        <translation>Enter the shop name in the settings first (it signs every SMS)</translation>
    </message>
    <message>
        <source>只有经理可以修改短信模板</source>
        <translation>Only a manager can change message templates</translation>
    </message>
    <message>
        <source>短信模板不能为空</source>
        <translation>The message template cannot be empty</translation>
    </message>
    <message>
        <source>未知的合并字段:%1(可用:%2)</source>
        <translation>Unknown merge field: %1 (available: %2)</translation>
    </message>
    <message>
        <source>日期无效</source>
        <translation>Invalid date</translation>
    </message>
    <message>
        <source>无法写入文件 %1:%2</source>
        <translation>Cannot write the file %1: %2</translation>
    </message>
    <message>
        <source>只有经理可以处理个人信息请求</source>
        <translation>Only a manager can handle personal data requests</translation>
    </message>
    <message>
        <source>没有编号为 %1 的客户</source>
        <translation>There is no customer with number %1</translation>
    </message>
    <message>
        <source>客户 %1 的个人信息已经删除</source>
        <translation>The personal data of customer %1 has already been erased</translation>
    </message>
    <message>
        <source>短信网关地址必须是 http:// 或 https:// 开头的网址</source>
        <translation>The SMS gateway address must be a URL starting with http:// or https://</translation>
    </message>
    <message>
        <source>短信网关超时须在 1000 到 120000 毫秒之间</source>
        <translation>The SMS gateway timeout must be between 1000 and 120000 ms</translation>
    </message>
    <message>
        <source>请求体模板必须是含 {phone} 和 {text} 的 JSON</source>
        <translation>The body template must be JSON containing {phone} and {text}</translation>
    </message>
    <message>
        <source>数据库结构与本程序版本不符,请升级回厂或从备份恢复</source>
        <translation>The database structure does not match this version of Huichang; upgrade Huichang or restore from a backup</translation>
    </message>
    <message>
        <source>无法打开或写入数据库文件,请检查文件夹和访问权限</source>
        <translation>Cannot open or write the database file; check that the folder exists and the access rights</translation>
    </message>
    <message>
        <source>数据库操作失败</source>
        <translation>The database operation failed</translation>
    </message>
    <message>
        <source>只有经理可以重新拟合客户模型</source>
        <translation>Only a manager can refit the customer model</translation>
    </message>
    <message>
        <source>客户姓名为空:电话、车牌号和车架号都找不到已有客户,无法新建客户</source>
        <translation>Customer name is empty: no existing customer has this phone, plate or VIN, so no new customer can be created</translation>
    </message>
    <message>
        <source>购车日期 %1 在今天之后</source>
        <translation>Purchase date %1 is after today</translation>
    </message>
    <message>
        <source>车型比车牌号 / 车架号多:无法对应到车辆</source>
        <translation>More models than plates / VINs: they cannot be matched to vehicles</translation>
    </message>
    <message>
        <source>电话、车牌号和车架号都为空:至少需要其中一个才能识别客户</source>
        <translation>Phone, plate and VIN are all empty: at least one is needed to identify the customer</translation>
    </message>
    <message>
        <source>建议项目 #%1 不存在</source>
        <translation>Declined item #%1 does not exist</translation>
    </message>
    <message>
        <source>建议项目“%1”已关闭(%2)</source>
        <translation>Declined item &quot;%1&quot; is already closed (%2)</translation>
    </message>
    <message>
        <source>进厂记录 #%1 不能关闭该项目:须为同一车辆在建议之后的有效进厂记录</source>
        <translation>Visit #%1 cannot close this item: it must be a valid later visit of the same vehicle</translation>
    </message>
    <message>
        <source>该车辆在提出建议之后还没有进厂记录,请在登记进厂时勾选“本次已做”</source>
        <translation>The vehicle has no visit since the work was advised; tick &quot;done this visit&quot; when registering the visit</translation>
    </message>
    <message>
        <source>请填写放弃原因</source>
        <translation>Please give the reason for dropping it</translation>
    </message>
    <message>
        <source>放弃原因不能超过 %1 个字</source>
        <translation>The reason can be at most %1 characters</translation>
    </message>
    <message>
        <source>第 %1 个建议项目:请填写项目内容</source>
        <translation>Declined item %1: please say what the work is</translation>
    </message>
    <message>
        <source>第 %1 个建议项目:项目内容不能超过 %2 个字</source>
        <translation>Declined item %1: the work text can be at most %2 characters</translation>
    </message>
    <message>
        <source>第 %1 个建议项目:金额不能为负数</source>
        <translation>Declined item %1: the amount cannot be negative</translation>
    </message>
    <message>
        <source>第 %1 个建议项目:到期日期不能早于进厂日期</source>
        <translation>Declined item %1: the due date cannot be before the visit date</translation>
    </message>
    <message>
        <source>第 %1 个建议项目:到期里程须大于本次进厂里程</source>
        <translation>Declined item %1: the due mileage must be above this visit&apos;s mileage</translation>
    </message>
    <message>
        <source>建议项目“%1”已关闭,不能再标记为已做</source>
        <translation>Declined item &quot;%1&quot; is already closed and cannot be marked done</translation>
    </message>
    <message>
        <source>建议项目“%1”不属于本次进厂的车辆</source>
        <translation>Declined item &quot;%1&quot; does not belong to the vehicle of this visit</translation>
    </message>
    <message>
        <source>只有经理可以合并重复客户</source>
        <translation>Only a manager can merge duplicate customers</translation>
    </message>
    <message>
        <source>保留的客户和合并掉的客户不能是同一个</source>
        <translation>The customer kept and the customer merged into it cannot be the same</translation>
    </message>
    <message>
        <source>客户 %1 的个人信息已经删除,不能合并</source>
        <translation>Customer %1&apos;s personal data was erased; it cannot be merged</translation>
    </message>
    <message>
        <source>重复客户的分数必须在 0 到 100 之间</source>
        <translation>Duplicate scores must be between 0 and 100</translation>
    </message>
    <message>
        <source>不能选择的字段:%1</source>
        <translation>This field cannot be chosen: %1</translation>
    </message>
    <message>
        <source>没有编号为 %1 的合并记录</source>
        <translation>There is no merge number %1</translation>
    </message>
    <message>
        <source>合并 %1 已经撤销过了</source>
        <translation>Merge %1 was undone already</translation>
    </message>
    <message>
        <source>保留的客户 %1 后来又合并到了其他客户:请先撤销那次合并</source>
        <translation>The kept customer %1 was later merged into another customer: undo that merge first</translation>
    </message>
    <message>
        <source>编号 %1 已被其他客户使用,不能撤销这次合并</source>
        <translation>Number %1 is used by another customer again; this merge cannot be undone</translation>
    </message>
    <message>
        <source>合并后客户的个人信息已经删除(个人信息保护法),不能撤销这次合并</source>
        <translation>The customers&apos; personal data was erased after the merge (PIPL); this merge cannot be undone</translation>
    </message>
    <message>
        <source>合并后转入的记录(%1)已被删除或转给其他客户,不能自动撤销。合并前的备份:%2</source>
        <translation>Records moved by the merge (%1) were deleted or moved to another customer since; the merge cannot be undone automatically. Backup taken before the merge: %2</translation>
    </message>
    <message>
        <source>这是旧版 .xls 文件或设置了密码的 Excel 文件,无法直接读取。请在 Excel 中打开它,(去掉密码后)另存为 .xlsx 或 CSV 再导入。</source>
        <translation>This is an old .xls file or a password-protected Excel file, which cannot be read directly. Open it in Excel, (remove the password,) save it as .xlsx or CSV and import that.</translation>
    </message>
    <message>
        <source>映射文件不是有效的 JSON(第 %1 个字符:%2)。</source>
        <translation>The mapping file is not valid JSON (character %1: %2).</translation>
    </message>
    <message>
        <source>映射文件必须是一个 JSON 对象:{&quot;文件中的列名&quot;: &quot;字段&quot;}。</source>
        <translation>The mapping file must be a JSON object: {&quot;column in file&quot;: &quot;field&quot;}.</translation>
    </message>
    <message>
        <source>映射文件中列“%1”对应的字段必须是文字。</source>
        <translation>In the mapping file, the field for column &quot;%1&quot; must be text.</translation>
    </message>
    <message>
        <source>映射文件中列“%1”对应的字段“%2”未知(可用:%3)。</source>
        <translation>In the mapping file, the field &quot;%2&quot; for column &quot;%1&quot; is unknown (available: %3).</translation>
    </message>
    <message>
        <source>只有经理可以保存导入方案</source>
        <translation>Only a manager can save import profiles</translation>
    </message>
    <message>
        <source>请填写方案名称</source>
        <translation>Please enter a profile name</translation>
    </message>
    <message>
        <source>导入已取消,没有导入任何数据。</source>
        <translation>Import cancelled; nothing was imported.</translation>
    </message>
    <message>
        <source>无法读取这个 .xlsx 文件:%1。文件可能已损坏;请在 Excel 中打开它,另存为 .xlsx 或 CSV 后再导入。</source>
        <translation>Cannot read this .xlsx file: %1. The file may be damaged; open it in Excel, save it as .xlsx or CSV and import that.</translation>
    </message>
    <message>
        <source>缺少 %1</source>
        <translation>%1 is missing</translation>
    </message>
    <message>
        <source>无法解压 %1</source>
        <translation>cannot decompress %1</translation>
    </message>
    <message>
        <source>%1 的内容有误(第 %2 行:%3)</source>
        <translation>%1 is malformed (line %2: %3)</translation>
    </message>
    <message>
        <source>这是 OpenDocument 表格(.ods),不是 Excel 工作簿</source>
        <translation>this is an OpenDocument spreadsheet (.ods), not an Excel workbook</translation>
    </message>
    <message>
        <source>压缩包里没有 Excel 工作簿(%1)</source>
        <translation>the archive holds no Excel workbook (%1)</translation>
    </message>
    <message>
        <source>工作簿里没有工作表</source>
        <translation>the workbook has no sheets</translation>
    </message>
    <message>
        <source>%1 中的行号“%2”无效</source>
        <translation>invalid row number &quot;%2&quot; in %1</translation>
    </message>
    <message>
        <source>单元格位置“%1”无效</source>
        <translation>invalid cell reference &quot;%1&quot;</translation>
    </message>
    <message>
        <source>单元格超出 Excel 的列范围</source>
        <translation>a cell lies beyond Excel&apos;s last column</translation>
    </message>
    <message>
        <source>共享字符串编号“%1”不存在</source>
        <translation>shared string number &quot;%1&quot; does not exist</translation>
    </message>
    <message>
        <source>合并单元格的范围大得不合理</source>
        <translation>the merged cell ranges are unreasonably large</translation>
    </message>
    <message>
        <source>不是有效的 zip 压缩包</source>
        <translation>not a valid zip archive</translation>
    </message>
    <message>
        <source>工作簿里没有名为“%1”的工作表(有:%2)。</source>
        <translation>The workbook has no sheet named &quot;%1&quot; (it has: %2).</translation>
    </message>
    <message>
        <source>XML 有误(第 %1 字节):%2</source>
        <translation>malformed XML (byte %1): %2</translation>
    </message>
    <message>
        <source>XML 有误:未结束的实体引用</source>
        <translation>malformed XML: unterminated entity reference</translation>
    </message>
    <message>
        <source>XML 有误:未知的实体引用 &amp;%1;</source>
        <translation>malformed XML: unknown entity reference &amp;%1;</translation>
    </message>
    <message>
        <source>备份失败:无法在文件夹 %1 中创建或写入文件。请检查该文件夹(或 U 盘、网络盘)是否存在、是否有写入权限。</source>
        <translation>Backup failed: no file can be created or written in the folder %1. Check that the folder (or USB stick, network drive) exists and that you have permission to write there.</translation>
    </message>
    <message>
        <source>列名“%1”留给方案记录导入内容,请在文件中改名后再保存</source>
        <translation>The column name “%1” is reserved for the profile’s import content; rename it in the file, then save again</translation>
    </message>
    <message>
        <source>请指定至少两个不同的客户</source>
        <translation>Name at least two different customers</translation>
    </message>
    <message>
        <source>%1。%2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>回厂统计天数必须在 %1 到 %2 之间</source>
        <translation>The return window must be between %1 and %2 days</translation>
    </message>
    <message>
        <source>%1 中第 %2 行出现了两次</source>
        <translation>Row %2 appears twice in %1</translation>
    </message>
    <message>
        <source>设置文件中没有可导入的设置项(analysis、followups、security、shop、privacy、sms_gateway、customer_base、duplicates),未做任何修改</source>
        <translation>The settings file has no section to import (analysis, followups, security, shop, privacy, sms_gateway, customer_base, duplicates); nothing was changed</translation>
    </message>
</context>
<context>
    <name>hc::ui::AddUserDialog</name>
    <message>
        <source>两次输入的密码不一致。</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>hc::ui::AnalysisSettingsPanel</name>
    <message>
        <source>月</source>
        <translation>month</translation>
    </message>
    <message>
        <source>季度</source>
        <translation>quarter</translation>
    </message>
    <message>
        <source>年</source>
        <translation>year</translation>
    </message>
    <message>
        <source>窗口内消费金额达到此数为高消费；为 0 时用所分析客户的平均值。</source>
        <translation>Spending in the window at or above this amount is high; 0 uses the average of the customers analysed.</translation>
    </message>
    <message>
        <source>已保存。报表和回访名单刷新后按新设置计算。</source>
        <translation>Saved. Reports and the callback list use the new settings from their next refresh.</translation>
    </message>
    <message>
        <source>已填入默认值，保存后生效。</source>
        <translation>Defaults filled in; they apply once saved.</translation>
    </message>
</context>
<context>
    <name>hc::ui::AppointmentPanel</name>
    <message>
        <source>今明预约(&amp;Y)</source>
        <translation>Appointments (&amp;Y)</translation>
    </message>
    <message>
        <source>预约到店(&amp;B)…</source>
        <translation>&amp;Book visit…</translation>
    </message>
    <message>
        <source>为右侧卡片中的客户预约到店</source>
        <translation>Book a visit for the customer on the card</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>车牌</source>
        <translation>Plate</translation>
    </message>
    <message>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>事由</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>顾问</source>
        <translation>Advisor</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>今天</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>明天</source>
        <translation>Tomorrow</translation>
    </message>
    <message>
        <source>✓ 已到店</source>
        <translation>✓ Arrived</translation>
    </message>
    <message>
        <source>待到店</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>爽约</source>
        <translation>No-show</translation>
    </message>
    <message>
        <source>已取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>今明两天没有预约</source>
        <translation>No appointments today or tomorrow</translation>
    </message>
    <message>
        <source>已到 %1 / %2</source>
        <translation>Arrived %1 / %2</translation>
    </message>
    <message>
        <source>取消预约(&amp;X)…</source>
        <translation>Cancel appointment (&amp;X)…</translation>
    </message>
    <message>
        <source>取消列表中选中的预约（须填原因，记入操作日志）</source>
        <translation>Cancel the selected appointment (a reason is required; written to the audit log)</translation>
    </message>
    <message>
        <source>%1 %2 %3 %4</source>
        <translation>%1 %2 %3 %4</translation>
    </message>
    <message>
        <source>取消预约</source>
        <translation>Cancel appointment</translation>
    </message>
    <message>
        <source>已取消：%1</source>
        <translation>Cancelled: %1</translation>
    </message>
</context>
<context>
    <name>hc::ui::AssignComplaintDialog</name>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>%1 的投诉（%2 受理）：%3</source>
        <translation>Complaint of %1 (received %2): %3</translation>
    </message>
    <message>
        <source>（未指定）</source>
        <translation>(not assigned)</translation>
    </message>
    <message>
        <source>请选择或输入新的责任人。</source>
        <translation>Choose or type the new responsible person.</translation>
    </message>
</context>
<context>
    <name>hc::ui::BackupControls</name>
    <message>
        <source>数据(&amp;D)</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <source>备份与恢复(&amp;B)…</source>
        <translation>&amp;Backup and Restore…</translation>
    </message>
</context>
<context>
    <name>hc::ui::BackupDialog</name>
    <message>
        <source>备份与恢复</source>
        <translation>Backup and Restore</translation>
    </message>
    <message>
        <source>备份保存在数据库旁的 backups 文件夹,每次都经过校验。恢复前会先把当前数据库另存一份。</source>
        <translation>Backups are kept in the backups folder next to the database and are verified every time. Before a restore the current database is saved as a backup.</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>校验</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>第二个备份文件夹(可选,如 U 盘):</source>
        <translation>Second backup folder (optional, e.g. a USB drive):</translation>
    </message>
    <message>
        <source>选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>立即备份</source>
        <translation>Back Up Now</translation>
    </message>
    <message>
        <source>恢复所选备份…</source>
        <translation>Restore Selected Backup…</translation>
    </message>
    <message>
        <source>第二个备份文件夹</source>
        <translation>Second backup folder</translation>
    </message>
    <message>
        <source>已校验</source>
        <translation>verified</translation>
    </message>
    <message>
        <source>未校验</source>
        <translation>not verified</translation>
    </message>
    <message>
        <source>这个备份没有通过校验,不能用来恢复。请选择已校验的备份。</source>
        <translation>This backup did not pass verification and cannot be used to restore. Choose a verified backup.</translation>
    </message>
    <message>
        <source>恢复备份</source>
        <translation>Restore Backup</translation>
    </message>
    <message>
        <source>用 %1 的备份替换当前数据库?
当前数据库会先另存一份备份。程序将关闭并重新启动。</source>
        <translation>Replace the current database with the backup of %1?
The current database is saved as a backup first. The program will close and start again.</translation>
    </message>
    <message>
        <source>正在备份……(可以继续操作)</source>
        <translation>Backing up… (you can keep working)</translation>
    </message>
    <message>
        <source>已备份并校验:%1</source>
        <translation>Backed up and verified: %1</translation>
    </message>
</context>
<context>
    <name>hc::ui::BackupStatusLabel</name>
    <message>
        <source>没有校验过的备份</source>
        <translation>No verified backup</translation>
    </message>
    <message>
        <source>还没有备份。经理可在“数据 &gt; 备份与恢复”中立即备份。</source>
        <translation>No backup yet. The manager can back up now under Data &gt; Backup and Restore.</translation>
    </message>
    <message>
        <source>今天 %1</source>
        <translation>today %1</translation>
    </message>
    <message>
        <source>%1 天前</source>
        <translation>%1 days ago</translation>
    </message>
    <message>
        <source>已 %1 天没有备份</source>
        <translation>No backup for %1 days</translation>
    </message>
    <message>
        <source>最近备份:%1</source>
        <translation>Last backup: %1</translation>
    </message>
    <message>
        <source>正在备份……</source>
        <translation>Backing up…</translation>
    </message>
</context>
<context>
    <name>hc::ui::BookAppointmentDialog</name>
    <message>
        <source>预约到店</source>
        <translation>Book an appointment</translation>
    </message>
    <message>
        <source>客户：%1</source>
        <translation>Customer: %1</translation>
    </message>
    <message>
        <source>（不指定车辆）</source>
        <translation>(no vehicle)</translation>
    </message>
    <message>
        <source>（无车牌）%1</source>
        <translation>(no plate) %1</translation>
    </message>
    <message>
        <source>车辆(&amp;V)</source>
        <translation>&amp;Vehicle</translation>
    </message>
    <message>
        <source>日期(&amp;D)</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>（不定时间）</source>
        <translation>(any time)</translation>
    </message>
    <message>
        <source>时间(&amp;T)</source>
        <translation>&amp;Time</translation>
    </message>
    <message>
        <source>保养</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <source>维修</source>
        <translation>Repair</translation>
    </message>
    <message>
        <source>检查</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <source>钣喷</source>
        <translation>Body and paint</translation>
    </message>
    <message>
        <source>美容</source>
        <translation>Detailing</translation>
    </message>
    <message>
        <source>事由(&amp;P)</source>
        <translation>&amp;Purpose</translation>
    </message>
    <message>
        <source>（不指定）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>服务顾问(&amp;A)</source>
        <translation>Service &amp;advisor</translation>
    </message>
    <message>
        <source>保存(&amp;S)</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>时间请按 HH:MM 填写，如 09:30。</source>
        <translation>Enter the time as HH:MM, e.g. 09:30.</translation>
    </message>
</context>
<context>
    <name>hc::ui::CallOutcomePanel</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>快捷键 %1 或 Alt+%1</source>
        <translation>Shortcut %1 or Alt+%1</translation>
    </message>
    <message>
        <source>（未说明）</source>
        <translation>(not given)</translation>
    </message>
    <message>
        <source>内因 · %1</source>
        <translation>Internal · %1</translation>
    </message>
    <message>
        <source>外因 · %1</source>
        <translation>External · %1</translation>
    </message>
    <message>
        <source>流失原因(&amp;R)</source>
        <translation>Churn &amp;reason</translation>
    </message>
    <message>
        <source>请选择预约日期</source>
        <translation>Please choose the appointment date</translation>
    </message>
    <message>
        <source>预约到店(&amp;A)</source>
        <translation>&amp;Appointment</translation>
    </message>
    <message>
        <source>新车主姓名</source>
        <translation>New owner&apos;s name</translation>
    </message>
    <message>
        <source>新车主电话</source>
        <translation>New owner&apos;s phone</translation>
    </message>
    <message>
        <source>新车主(&amp;W)</source>
        <translation>Ne&amp;w owner</translation>
    </message>
    <message>
        <source>通话要点，如下次保养时间、客户意见</source>
        <translation>Call notes, e.g. next service time, customer&apos;s comments</translation>
    </message>
    <message>
        <source>备注(&amp;N)</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>通话中与客户核对了姓名、电话和车辆信息</source>
        <translation>Name, phone and vehicle details were checked with the customer during the call</translation>
    </message>
    <message>
        <source>保存结果 (Ctrl+Enter)</source>
        <translation>Save result (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>资料已核实（二次复核）(&amp;C)</source>
        <translation>Details verified (second &amp;check)</translation>
    </message>
    <message>
        <source>（不定时间）</source>
        <translation>(any time)</translation>
    </message>
    <message>
        <source>时段(&amp;T)</source>
        <translation>&amp;Time</translation>
    </message>
    <message>
        <source>保养</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <source>维修</source>
        <translation>Repair</translation>
    </message>
    <message>
        <source>检查</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <source>钣喷</source>
        <translation>Body and paint</translation>
    </message>
    <message>
        <source>美容</source>
        <translation>Detailing</translation>
    </message>
    <message>
        <source>不填则按回访类型</source>
        <translation>Empty: the kind of call</translation>
    </message>
    <message>
        <source>事由(&amp;P)</source>
        <translation>&amp;Purpose</translation>
    </message>
    <message>
        <source>接车顾问(&amp;G)</source>
        <translation>Advisor (&amp;G)</translation>
    </message>
    <message>
        <source>（不指定）</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>hc::ui::CallbackView</name>
    <message>
        <source>通话结果</source>
        <translation>Call result</translation>
    </message>
    <message>
        <source>全部类型</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>全部阶段</source>
        <translation>All stages</translation>
    </message>
    <message>
        <source>全部紧急程度</source>
        <translation>All urgencies</translation>
    </message>
    <message>
        <source>回访人：不含其本人接待的服务回访</source>
        <translation>Caller: excludes service callbacks for visits they handled</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>阶段</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>紧急</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>回访人</source>
        <translation>Caller</translation>
    </message>
    <message>
        <source>刷新 (F5)</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message>
        <source>话术…</source>
        <translation>Scripts…</translation>
    </message>
    <message>
        <source>满意度项目…</source>
        <translation>Satisfaction items…</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>打开档案</source>
        <translation>Open record</translation>
    </message>
    <message>
        <source>话术</source>
        <translation>Script</translation>
    </message>
    <message>
        <source>今日回访 %1</source>
        <translation>Today&apos;s callbacks %1</translation>
    </message>
    <message>
        <source>回访服务不可用。</source>
        <translation>The callback service is not available.</translation>
    </message>
    <message>
        <source>今天没有待回访的客户。</source>
        <translation>No customers to call back today.</translation>
    </message>
    <message>
        <source>红 %1</source>
        <translation>Red %1</translation>
    </message>
    <message>
        <source>已过期未回访</source>
        <translation>Overdue, not called back</translation>
    </message>
    <message>
        <source>黄 %1</source>
        <translation>Yellow %1</translation>
    </message>
    <message>
        <source>绿 %1</source>
        <translation>Green %1</translation>
    </message>
    <message>
        <source>提前列出</source>
        <translation>Listed early</translation>
    </message>
    <message>
        <source>共 %1 条</source>
        <translation>%1 items</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>在左侧列表中选择一位客户。</source>
        <translation>Select a customer in the list on the left.</translation>
    </message>
    <message>
        <source>电话：%1</source>
        <translation>Phone: %1</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>资料复核：已复核（%1）</source>
        <translation>Details: checked (%1)</translation>
    </message>
    <message>
        <source>资料复核：&lt;span style=&apos;color:#b06000&apos;&gt;未复核，请在通话中核对&lt;/span&gt;</source>
        <translation>Details: &lt;span style=&apos;color:#b06000&apos;&gt;not checked; please verify during the call&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#c5221f&apos;&gt;无效客户：%1&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#c5221f&apos;&gt;Invalid customer: %1&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#c5221f&apos;&gt;客户拒绝营销联系&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#c5221f&apos;&gt;Customer refuses marketing contact&lt;/span&gt;</translation>
    </message>
    <message>
        <source>车辆：%1</source>
        <translation>Vehicle: %1</translation>
    </message>
    <message>
        <source>最近进厂：%1 %2，实收 %3 元%4</source>
        <translation>Last visit: %1 %2, received %3 yuan%4</translation>
    </message>
    <message>
        <source>，服务顾问 %1</source>
        <translation>, advisor %1</translation>
    </message>
    <message>
        <source>进厂次数：%1</source>
        <translation>Visits: %1</translation>
    </message>
    <message>
        <source>事由：%1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <source>第 %1 次拨打</source>
        <translation>Call no. %1</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#c5221f&apos;&gt;已多次未接听，建议发送短信，不再拨打。&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#c5221f&apos;&gt;Several calls unanswered; send an SMS instead of calling again.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>同时提及：%1</source>
        <translation>Also mention: %1</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#c5221f&apos;&gt;本次服务由您接待，请交由其他同事回访。&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#c5221f&apos;&gt;You handled this service visit; please let a colleague make the callback.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>最近回访：%1</source>
        <translation>Last callback: %1</translation>
    </message>
    <message>
        <source>服务回访</source>
        <translation>Service callback</translation>
    </message>
    <message>
        <source>投诉回访</source>
        <translation>Complaint callback</translation>
    </message>
    <message>
        <source>您好，{name}，关于您反映的问题我们已经处理，想确认一下：问题是否已经解决？您对处理结果是否满意？还有什么需要我们改进的？</source>
        <translation>Hello {name}, we have dealt with the problem you reported and would like to check: is it solved? Are you satisfied with how it was handled? Is there anything else we should improve?</translation>
    </message>
    <message>
        <source>开场白</source>
        <translation>Opening</translation>
    </message>
    <message>
        <source>阶段话术：%1</source>
        <translation>Stage script: %1</translation>
    </message>
    <message>
        <source>应对：%1</source>
        <translation>Response: %1</translation>
    </message>
    <message>
        <source>请先在列表中选择一位客户。</source>
        <translation>Select a customer in the list first.</translation>
    </message>
    <message>
        <source>请选择通话结果（按 1–6）。</source>
        <translation>Please choose the call result (press 1–6).</translation>
    </message>
    <message>
        <source>回访未保存</source>
        <translation>Callback not saved</translation>
    </message>
    <message>
        <source>已保存：%1 %2</source>
        <translation>Saved: %1 %2</translation>
    </message>
    <message>
        <source>已达最多拨打次数，建议发送短信</source>
        <translation>Maximum call attempts reached; send an SMS</translation>
    </message>
    <message>
        <source>%1 再拨</source>
        <translation>call again %1</translation>
    </message>
    <message>
        <source>客户已标为无效</source>
        <translation>customer marked invalid</translation>
    </message>
    <message>
        <source>新车主已建档</source>
        <translation>new owner recorded</translation>
    </message>
    <message>
        <source>车辆已过户</source>
        <translation>vehicle transferred</translation>
    </message>
    <message>
        <source>已记录二次复核</source>
        <translation>second check recorded</translation>
    </message>
    <message>
        <source>投诉已结案</source>
        <translation>complaint closed</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>本店</source>
        <translation>Our shop</translation>
    </message>
    <message>
        <source>矩阵 %1</source>
        <translation>Matrix %1</translation>
    </message>
    <message>
        <source>客户价值：%1</source>
        <translation>Customer value: %1</translation>
    </message>
    <message>
        <source>（下次保养 %1）</source>
        <translation> (next maintenance %1)</translation>
    </message>
    <message>
        <source>打印名单…</source>
        <translation>Print list…</translation>
    </message>
    <message>
        <source>按当前筛选打印今日回访名单（先预览）</source>
        <translation>Print today&apos;s callback list as filtered (with preview)</translation>
    </message>
    <message>
        <source>回访名单</source>
        <translation>Callback list</translation>
    </message>
    <message>
        <source>您好，{name}，我是{shop}的回访专员。您的爱车 {plate} 于 {last_visit} 在我店服务，想了解一下：故障是否已经排除？使用中还有什么问题吗？下次保养大约在什么时候？请您为我们的服务打个分（1–5 分）。</source>
        <translation>Hello {name}, this is the customer care team of {shop}. Your car {plate} was serviced with us on {last_visit}; we would like to ask: is the problem fixed? Any other issues while driving? When is your next service roughly due? Please rate our service (1–5).</translation>
    </message>
    <message>
        <source>导出短信…</source>
        <translation>Export messages…</translation>
    </message>
    <message>
        <source>把今日名单导出为短信平台的 CSV（只含已同意的客户）</source>
        <translation>Export today&apos;s list as a CSV for the SMS platform (customers with consent only)</translation>
    </message>
    <message>
        <source>正在生成回访名单……(可以继续操作)</source>
        <translation>Planning the callback list… (you can keep working)</translation>
    </message>
    <message>
        <source>今日 %1 条 / 共 %2 条到期</source>
        <translation>Today %1 of %2 due</translation>
    </message>
    <message>
        <source>(已拨 %1)</source>
        <translation> (%1 called)</translation>
    </message>
    <message>
        <source> · 无积压</source>
        <translation> · no backlog</translation>
    </message>
    <message>
        <source> · 积压 %1 条:%2</source>
        <translation> · backlog %1: %2</translation>
    </message>
    <message>
        <source>每人每天 %1 条,按得分排序(紧迫、价值、成功率);未拨完的顺延到明天</source>
        <translation>%1 items per person a day, ranked by score (urgency, value, chance); what is not reached rolls over to tomorrow</translation>
    </message>
    <message>
        <source>正在读取客户资料……</source>
        <translation>Reading the customer&apos;s record…</translation>
    </message>
    <message>
        <source>预约提醒</source>
        <translation>Appointment reminder</translation>
    </message>
    <message>
        <source>您好，{name}，我是{shop}的客服。提醒您：您预约了明天到店，车辆 {plate}。请问时间是否方便？如需改期请告诉我们。</source>
        <translation>Hello {name}, this is {shop}. A reminder: you booked a visit for tomorrow with {plate}. Does the time still suit you? If you need another day, just tell us.</translation>
    </message>
    <message>
        <source>爽约回访</source>
        <translation>Missed appointment</translation>
    </message>
    <message>
        <source>您好，{name}，我是{shop}的客服。您预约的到店时间已过，我们没有等到您，请问是否需要重新安排时间？</source>
        <translation>Hello {name}, this is {shop}. We expected you for your appointment but missed you. Would you like to book another time?</translation>
    </message>
    <message>
        <source>发送短信…</source>
        <translation>Send SMS…</translation>
    </message>
    <message>
        <source>通过短信网关发送今日名单的短信（只发给已同意的客户）</source>
        <translation>Send today&apos;s list&apos;s messages through the SMS gateway (only to customers who consented)</translation>
    </message>
    <message>
        <source>时段请按 HH:MM 填写，如 09:30。</source>
        <translation>Enter the time as HH:MM, e.g. 09:30.</translation>
    </message>
    <message>
        <source>已预约 %1，接待处可见</source>
        <translation>appointment booked for %1, shown at reception</translation>
    </message>
    <message>
        <source>未做项目</source>
        <translation>Declined work</translation>
    </message>
    <message>
        <source>今天起 %1 天内到期</source>
        <translation>Due within %1 days from today</translation>
    </message>
    <message>
        <source>即将到期</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <source>显示积压</source>
        <translation>Show backlog</translation>
    </message>
    <message>
        <source>同时列出超出今日名单的到期项目(按排名,未分配)</source>
        <translation>Also list the due items beyond today&apos;s list (by rank, not yet assigned)</translation>
    </message>
    <message>
        <source>积压按逾期天数:%1</source>
        <translation>Backlog by days overdue: %1</translation>
    </message>
    <message>
        <source>未到期</source>
        <translation>not yet due</translation>
    </message>
    <message>
        <source>客户资料无法读取：%1</source>
        <translation>The customer&apos;s record could not be read: %1</translation>
    </message>
    <message>
        <source>最近回访无法读取：%1</source>
        <translation>The recent calls could not be read: %1</translation>
    </message>
    <message>
        <source>黄色的天数无法读取：%1</source>
        <translation>Yellow window cannot be read: %1</translation>
    </message>
    <message>
        <source>%1–%2 天</source>
        <translation>%1–%2 days</translation>
    </message>
    <message>
        <source>%1 天以上</source>
        <translation>over %1 days</translation>
    </message>
    <message>
        <source>门店名称无法读取，话术中用“本店”：%1</source>
        <translation>The shop name cannot be read; the script says &quot;our shop&quot;: %1</translation>
    </message>
</context>
<context>
    <name>hc::ui::CampaignView</name>
    <message>
        <source>活动效果</source>
        <translation>Campaign results</translation>
    </message>
    <message>
        <source>活动</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>目标</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>优惠</source>
        <translation>Discount</translation>
    </message>
    <message>
        <source>开始</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>统计天数</source>
        <translation>Window (days)</translation>
    </message>
    <message>
        <source>邀约</source>
        <translation>Invited</translation>
    </message>
    <message>
        <source>回厂</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>回厂率</source>
        <translation>Return rate</translation>
    </message>
    <message>
        <source>回厂后营收</source>
        <translation>Revenue after return</translation>
    </message>
    <message>
        <source>总成本</source>
        <translation>Total cost</translation>
    </message>
    <message>
        <source>每回厂客户成本</source>
        <translation>Cost per returning customer</translation>
    </message>
    <message>
        <source>新建活动</source>
        <translation>New campaign</translation>
    </message>
    <message>
        <source>如：流失客户换季关怀</source>
        <translation>e.g. seasonal care for lost customers</translation>
    </message>
    <message>
        <source>可选：细分说明，如 RFM 重要挽留客户</source>
        <translation>Optional: segment note, e.g. RFM key win back</translation>
    </message>
    <message>
        <source>如：老旧车易损件 9 折，工时 7 折（事故车除外）</source>
        <translation>e.g. 10% off wear parts for older cars, 30% off labour (accident repairs excluded)</translation>
    </message>
    <message>
        <source>元，如 15</source>
        <translation>yuan, e.g. 15</translation>
    </message>
    <message>
        <source> 天</source>
        <translation> days</translation>
    </message>
    <message>
        <source>创建并邀约该阶段客户</source>
        <translation>Create and invite customers in this stage</translation>
    </message>
    <message>
        <source>活动名称(&amp;M)*</source>
        <translation>Ca&amp;mpaign name*</translation>
    </message>
    <message>
        <source>目标阶段(&amp;G)</source>
        <translation>Tar&amp;get stage</translation>
    </message>
    <message>
        <source>客户细分</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>优惠内容(&amp;O)</source>
        <translation>&amp;Offer</translation>
    </message>
    <message>
        <source>每位客户成本(&amp;C)</source>
        <translation>&amp;Cost per customer</translation>
    </message>
    <message>
        <source>开始日期</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>回厂统计天数</source>
        <translation>Return window (days)</translation>
    </message>
    <message>
        <source>无人回厂</source>
        <translation>No returns</translation>
    </message>
    <message>
        <source>活动已创建，但邀约失败：%1</source>
        <translation>The campaign was created, but inviting failed: %1</translation>
    </message>
    <message>
        <source>活动已创建，邀约 %1 位客户，已加入回访列表。</source>
        <translation>Campaign created; %1 customers invited and added to the callback list.</translation>
    </message>
    <message>
        <source>导出短信…</source>
        <translation>Export SMS…</translation>
    </message>
    <message>
        <source>把所选活动邀约客户的短信导出为短信平台的 CSV（只含同意接收营销短信的客户）</source>
        <translation>Export the messages of the selected campaign&apos;s invited customers as a CSV for the SMS platform (only customers who consented to marketing messages)</translation>
    </message>
    <message>
        <source>发送短信…</source>
        <translation>Send SMS…</translation>
    </message>
    <message>
        <source>通过短信平台给所选活动邀约的客户发送短信（只发给已同意的客户）</source>
        <translation>Send the selected campaign&apos;s invited customers messages through the SMS platform (only customers who consented)</translation>
    </message>
    <message>
        <source>请输入</source>
        <translation>enter</translation>
    </message>
    <message>
        <source>回厂统计天数的默认值无法读取，请填写：%1</source>
        <translation>The default return window cannot be read, please enter it: %1</translation>
    </message>
    <message>
        <source>请填写回厂统计天数。</source>
        <translation>Please enter the return window in days.</translation>
    </message>
</context>
<context>
    <name>hc::ui::CancelAppointmentDialog</name>
    <message>
        <source>取消预约</source>
        <translation>Cancel appointment</translation>
    </message>
    <message>
        <source>确定取消这个预约吗？
%1</source>
        <translation>Cancel this appointment?
%1</translation>
    </message>
    <message>
        <source>如：客户改期、车辆已修好</source>
        <translation>e.g. customer rescheduled, car already repaired</translation>
    </message>
    <message>
        <source>取消原因(&amp;R)</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>取消预约(&amp;C)</source>
        <translation>&amp;Cancel appointment</translation>
    </message>
    <message>
        <source>不取消</source>
        <translation>Keep it</translation>
    </message>
    <message>
        <source>请填写取消原因。</source>
        <translation>Please give the reason for cancelling.</translation>
    </message>
</context>
<context>
    <name>hc::ui::ComplaintDialog</name>
    <message>
        <source>登记投诉</source>
        <translation>Register complaint</translation>
    </message>
    <message>
        <source>车牌、电话尾号或姓名</source>
        <translation>Plate, last digits of phone, or name</translation>
    </message>
    <message>
        <source>客户(&amp;C)*</source>
        <translation>&amp;Customer*</translation>
    </message>
    <message>
        <source>车辆(&amp;V)</source>
        <translation>&amp;Vehicle</translation>
    </message>
    <message>
        <source>相关进厂(&amp;I)</source>
        <translation>Related v&amp;isit</translation>
    </message>
    <message>
        <source>投诉渠道(&amp;H)</source>
        <translation>C&amp;hannel</translation>
    </message>
    <message>
        <source>一般投诉</source>
        <translation>Normal complaint</translation>
    </message>
    <message>
        <source>严重程度(&amp;S)</source>
        <translation>&amp;Severity</translation>
    </message>
    <message>
        <source>客户反映的问题，尽量记录原话</source>
        <translation>The customer&apos;s problem, in their own words where possible</translation>
    </message>
    <message>
        <source>投诉内容(&amp;D)*</source>
        <translation>Complaint(&amp;D)*</translation>
    </message>
    <message>
        <source>责任人(&amp;P)</source>
        <translation>Res&amp;ponsible</translation>
    </message>
    <message>
        <source>受理时间(&amp;T)</source>
        <translation>Received a&amp;t</translation>
    </message>
    <message>
        <source>（不指定）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>已选择：%1</source>
        <translation>Selected: %1</translation>
    </message>
    <message>
        <source>请先查找并选择客户。</source>
        <translation>Please find and select the customer first.</translation>
    </message>
    <message>
        <source>请填写投诉内容。</source>
        <translation>Please describe the complaint.</translation>
    </message>
    <message>
        <source>投诉未保存</source>
        <translation>Complaint not saved</translation>
    </message>
    <message>
        <source>重大投诉（需高层 %1内答复）</source>
        <translation>Major complaint (senior answer within %1)</translation>
    </message>
    <message>
        <source>重大投诉（需高层答复）</source>
        <translation>Major complaint (senior answer required)</translation>
    </message>
    <message>
        <source>答复期限无法读取：%1</source>
        <translation>Response deadlines cannot be read: %1</translation>
    </message>
</context>
<context>
    <name>hc::ui::ComplaintView</name>
    <message>
        <source>期限 %1</source>
        <translation>Deadline %1</translation>
    </message>
    <message>
        <source>未结投诉（超时的在最上面）</source>
        <translation>Open complaints (overdue first)</translation>
    </message>
    <message>
        <source>刷新 (F5)</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message>
        <source>登记投诉 (Ctrl+N)</source>
        <translation>Register complaint (Ctrl+N)</translation>
    </message>
    <message>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>级别</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>受理时间</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>责任人</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>没有未结投诉。</source>
        <translation>No open complaints.</translation>
    </message>
    <message>
        <source>投诉统计与 2123 达标率</source>
        <translation>Complaint statistics and 2123 compliance</translation>
    </message>
    <message>
        <source>期间</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>受理</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>重大</source>
        <translation>Major</translation>
    </message>
    <message>
        <source>已解决</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>已结案</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>未结</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>当前超时</source>
        <translation>Overdue now</translation>
    </message>
    <message>
        <source>全部按时</source>
        <translation>All on time</translation>
    </message>
    <message>
        <source>有超时</source>
        <translation>Some late</translation>
    </message>
    <message>
        <source>达标率</source>
        <translation>Compliance</translation>
    </message>
    <message>
        <source>投诉单</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>2123 时限</source>
        <translation>2123 deadlines</translation>
    </message>
    <message>
        <source>步骤</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>完成时间</source>
        <translation>Done at</translation>
    </message>
    <message>
        <source>剩余/超时</source>
        <translation>Left / overdue</translation>
    </message>
    <message>
        <source>说明；记录“已解决”时填写处理结果</source>
        <translation>Note; when recording &quot;Resolved&quot;, describe the outcome</translation>
    </message>
    <message>
        <source>已联系客户</source>
        <translation>Customer contacted</translation>
    </message>
    <message>
        <source>已答复客户</source>
        <translation>Customer answered</translation>
    </message>
    <message>
        <source>高层已答复</source>
        <translation>Senior answer given</translation>
    </message>
    <message>
        <source>已回访</source>
        <translation>Followed up</translation>
    </message>
    <message>
        <source>处理记录</source>
        <translation>History</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>操作人</source>
        <translation>By</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>在列表中选择一条投诉，或按 Ctrl+N 登记新的投诉。</source>
        <translation>Select a complaint in the list, or press Ctrl+N to register a new one.</translation>
    </message>
    <message>
        <source>受理：%1 &amp;nbsp; 责任人：%2</source>
        <translation>Received: %1 &amp;nbsp; Responsible: %2</translation>
    </message>
    <message>
        <source>（未指定）</source>
        <translation>(not assigned)</translation>
    </message>
    <message>
        <source>内容：%1</source>
        <translation>Complaint: %1</translation>
    </message>
    <message>
        <source>处理结果：%1</source>
        <translation>Outcome: %1</translation>
    </message>
    <message>
        <source>解决后开始计时</source>
        <translation>Starts when resolved</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>请在说明中填写处理结果，再点“已解决”。</source>
        <translation>Describe the outcome in the note, then click &quot;Resolved&quot;.</translation>
    </message>
    <message>
        <source>投诉未更新</source>
        <translation>Complaint not updated</translation>
    </message>
    <message>
        <source>本周 %1 至 %2</source>
        <translation>This week %1 to %2</translation>
    </message>
    <message>
        <source>本月 %1</source>
        <translation>This month %1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>客户 %1</source>
        <translation>Customer %1</translation>
    </message>
    <message>
        <source>未开始</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>转交责任人(&amp;R)…</source>
        <translation>&amp;Reassign…</translation>
    </message>
    <message>
        <source>把这条投诉交给另一位责任人（记入操作日志）</source>
        <translation>Hand this complaint to another responsible person (recorded in the audit log)</translation>
    </message>
    <message>
        <source>已转交给 %1。</source>
        <translation>Reassigned to %1.</translation>
    </message>
    <message>
        <source>处理记录无法读取：%1</source>
        <translation>The history could not be read: %1</translation>
    </message>
    <message>
        <source>无法读取：%1</source>
        <translation>Could not be read: %1</translation>
    </message>
</context>
<context>
    <name>hc::ui::CustomerAppointmentsLabel</name>
    <message>
        <source>✓ 已到店</source>
        <translation>✓ arrived</translation>
    </message>
    <message>
        <source>待到店</source>
        <translation>expected</translation>
    </message>
    <message>
        <source>爽约</source>
        <translation>no-show</translation>
    </message>
    <message>
        <source>已取消</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>今天</source>
        <translation>today</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>预约：%1</source>
        <translation>Appointments: %1</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>hc::ui::CustomerBadgePanel</name>
    <message>
        <source>忠诚客户</source>
        <translation>Loyal</translation>
    </message>
    <message>
        <source>摇摆客户</source>
        <translation>Swing</translation>
    </message>
    <message>
        <source>流失客户</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>无效客户</source>
        <translation>Invalid</translation>
    </message>
    <message>
        <source>未进厂</source>
        <translation>No visit</translation>
    </message>
    <message>
        <source>活跃</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>非流失</source>
        <translation>Not lost</translation>
    </message>
    <message>
        <source>准流失</source>
        <translation>Nearly lost</translation>
    </message>
    <message>
        <source>流失</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>趋向彻底流失</source>
        <translation>Drifting away</translation>
    </message>
    <message>
        <source>彻底流失</source>
        <translation>Gone</translation>
    </message>
    <message>
        <source>A 金牌客户</source>
        <translation>A Gold customer</translation>
    </message>
    <message>
        <source>B 重要客户</source>
        <translation>B Key customer</translation>
    </message>
    <message>
        <source>C 一般客户</source>
        <translation>C Regular customer</translation>
    </message>
    <message>
        <source>重要价值</source>
        <translation>Key value</translation>
    </message>
    <message>
        <source>重要发展</source>
        <translation>Key develop</translation>
    </message>
    <message>
        <source>重要保持</source>
        <translation>Key keep</translation>
    </message>
    <message>
        <source>重要挽留</source>
        <translation>Key win back</translation>
    </message>
    <message>
        <source>一般价值</source>
        <translation>General value</translation>
    </message>
    <message>
        <source>一般发展</source>
        <translation>General develop</translation>
    </message>
    <message>
        <source>一般保持</source>
        <translation>General keep</translation>
    </message>
    <message>
        <source>一般挽留</source>
        <translation>General win back</translation>
    </message>
    <message>
        <source>新增客户</source>
        <translation>New</translation>
    </message>
    <message>
        <source>阶段：%1</source>
        <translation>Stage: %1</translation>
    </message>
    <message>
        <source>矩阵 %1</source>
        <translation>Matrix %1</translation>
    </message>
    <message>
        <source>RFM %1</source>
        <translation>RFM %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;：%2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2</translation>
    </message>
</context>
<context>
    <name>hc::ui::CustomerBaseHoldoutPanel</name>
    <message>
        <source>当前客户模型</source>
        <translation>Current customer model</translation>
    </message>
    <message>
        <source>重新拟合(&amp;T)</source>
        <translation>Refi&amp;t</translation>
    </message>
    <message>
        <source>用截至昨天的全部进厂记录重新拟合并保存(每月也会自动进行)</source>
        <translation>Refit on all visits up to yesterday and save (also done every month)</translation>
    </message>
    <message>
        <source>留出检验:模型预测准不准</source>
        <translation>Holdout check: how good are the model&apos;s forecasts</translation>
    </message>
    <message>
        <source>拟合数据截至(&amp;C):</source>
        <translation>&amp;Calibration end:</translation>
    </message>
    <message>
        <source>检验期截至(&amp;E):</source>
        <translation>Check period &amp;ends:</translation>
    </message>
    <message>
        <source>运行检验(&amp;R)</source>
        <translation>&amp;Run check</translation>
    </message>
    <message>
        <source>拟合期回头次数</source>
        <translation>Repeat visits in fit period</translation>
    </message>
    <message>
        <source>客户数</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>检验期实际(人均)</source>
        <translation>Actual per customer</translation>
    </message>
    <message>
        <source>模型预测(人均)</source>
        <translation>Forecast per customer</translation>
    </message>
    <message>
        <source>做法:只用“拟合数据截至”之前的进厂记录拟合模型,预测每位客户在之后到“检验期截至”之间的进厂次数,再与实际发生的比较;检验期的数据模型没有见过。AUC 衡量把检验期内真的回来的客户排在前面的能力:0.5 等于随便排,1 为完全排对。“仅按最近进厂”是老办法(最近来过的排前面),用来对比。模型的 AUC 若不比老办法高,说明它在“谁会回来”上没有优势,它的用处只在次数和金额的估计;一次检验只说明这段时间的情况。</source>
        <translation>How it works: the model is fitted only on visits up to &quot;Fit on data up to&quot;, predicts each customer&apos;s visits from then to &quot;Check period ends&quot;, and is compared with what actually happened; the model never saw the check period. AUC measures how well the customers who really came back are ranked first: 0.5 is a random order, 1 a perfect one. &quot;Recency only&quot; is the old way (most recent visitors first), shown for comparison. If the model&apos;s AUC is not higher than the old way, it has no edge in who comes back and is useful only for the number of visits and the amounts; one check speaks only for its period.</translation>
    </message>
    <message>
        <source>%1 拟合,使用 %2 至 %3 的进厂记录:%4 位客户,其中 %5 位回头。r = %6,α = %7,a = %8,b = %9。</source>
        <translation>Fitted %1 on the visits of %2 to %3: %4 customers, %5 of them came back. r = %6, α = %7, a = %8, b = %9.</translation>
    </message>
    <message>
        <source>留出检验</source>
        <translation>Holdout check</translation>
    </message>
    <message>
        <source>检验期截至日期必须晚于拟合数据截至日期。</source>
        <translation>The check period must end after the fit data end.</translation>
    </message>
    <message>
        <source>正在拟合并检验……(可以继续操作)</source>
        <translation>Fitting and checking… (you can keep working)</translation>
    </message>
    <message>
        <source>无法打开数据库的第二个连接。</source>
        <translation>Cannot open a second connection to the database.</translation>
    </message>
    <message>
        <source>正在重新拟合客户模型……</source>
        <translation>Refitting the customer model…</translation>
    </message>
    <message>
        <source>重新拟合</source>
        <translation>Refit</translation>
    </message>
    <message>
        <source>拟合:%1 位客户(%2 位回头)。检验期 %3 至 %4:实际进厂 %5 次,模型预测 %6 次(%7%)。</source>
        <translation>Fit: %1 customers (%2 came back). Check period %3 to %4: %5 actual visits, %6 forecast (%7%).</translation>
    </message>
    <message>
        <source>谁会回来(AUC):模型 %1,仅按最近进厂 %2。</source>
        <translation>Who comes back (AUC): model %1, recency only %2.</translation>
    </message>
    <message>
        <source>这次模型排得比老办法好。</source>
        <translation>This time the model ranked better than the old way.</translation>
    </message>
    <message>
        <source>这次模型排得不如老办法。</source>
        <translation>This time the model ranked worse than the old way.</translation>
    </message>
    <message>
        <source>这次两者差不多。</source>
        <translation>This time both ranked about the same.</translation>
    </message>
    <message>
        <source>检验期内全部或没有客户回来,无法计算 AUC。</source>
        <translation>Everybody or nobody came back in the check period: no AUC.</translation>
    </message>
    <message>
        <source>尚无保存的客户模型:卡片、回访优先级和月报按 %1/%2 规则和 ABC 分级。点“重新拟合”或等每月自动拟合(需要足够的回头客户)。</source>
        <translation>No customer model saved yet: the card, callback priority and monthly report use the %1/%2 rule and the ABC grades. Click &quot;Refit&quot; or wait for the monthly automatic fit (it needs enough repeat customers).</translation>
    </message>
    <message>
        <source>尚无保存的客户模型:卡片、回访优先级和月报按客户分类规则和 ABC 分级。点“重新拟合”或等每月自动拟合(需要足够的回头客户)。</source>
        <translation>No customer model saved yet: the card, callback priority and monthly report use the customer class rules and the ABC grades. Click &quot;Refit&quot; or wait for the monthly automatic fit (it needs enough repeat customers).</translation>
    </message>
</context>
<context>
    <name>hc::ui::CustomerCardView</name>
    <message>
        <source>在上方搜索客户、电话或车牌，打开客户档案。</source>
        <translation>Search above for a customer, phone or plate to open the customer&apos;s archive.</translation>
    </message>
    <message>
        <source>上次建议、客户尚未做的项目</source>
        <translation>Last recommendations the customer has not done yet</translation>
    </message>
    <message>
        <source>撤销无效(&amp;Z)</source>
        <translation>Undo invalid(&amp;Z)</translation>
    </message>
    <message>
        <source>车牌号</source>
        <translation>Plate</translation>
    </message>
    <message>
        <source>品牌车型</source>
        <translation>Make and model</translation>
    </message>
    <message>
        <source>车架号</source>
        <translation>VIN</translation>
    </message>
    <message>
        <source>最近进厂</source>
        <translation>Last visit</translation>
    </message>
    <message>
        <source>最近里程</source>
        <translation>Last mileage</translation>
    </message>
    <message>
        <source>下次保养</source>
        <translation>Next service</translation>
    </message>
    <message>
        <source>预计里程</source>
        <translation>Expected mileage</translation>
    </message>
    <message>
        <source>保养提醒</source>
        <translation>Service reminder</translation>
    </message>
    <message>
        <source>保险到期</source>
        <translation>Insurance due</translation>
    </message>
    <message>
        <source>年检到期</source>
        <translation>Inspection due</translation>
    </message>
    <message>
        <source>编辑车辆</source>
        <translation>Edit vehicle</translation>
    </message>
    <message>
        <source>过户…</source>
        <translation>Transfer…</translation>
    </message>
    <message>
        <source>车辆(&amp;1)</source>
        <translation>Vehicles (&amp;1)</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>派工单号</source>
        <translation>Work order no.</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>里程</source>
        <translation>Mileage</translation>
    </message>
    <message>
        <source>实收金额</source>
        <translation>Amount received</translation>
    </message>
    <message>
        <source>服务顾问</source>
        <translation>Service advisor</translation>
    </message>
    <message>
        <source>维修技师</source>
        <translation>Technician</translation>
    </message>
    <message>
        <source>维修内容</source>
        <translation>Work done</translation>
    </message>
    <message>
        <source>下次建议</source>
        <translation>Next recommendation</translation>
    </message>
    <message>
        <source>进厂记录(&amp;2)</source>
        <translation>Visits (&amp;2)</translation>
    </message>
    <message>
        <source>编辑资料(&amp;E)</source>
        <translation>&amp;Edit details</translation>
    </message>
    <message>
        <source>新增车辆(&amp;A)</source>
        <translation>&amp;Add vehicle</translation>
    </message>
    <message>
        <source>登记进厂(&amp;R)</source>
        <translation>&amp;Register visit</translation>
    </message>
    <message>
        <source>标记无效…</source>
        <translation>Mark invalid…</translation>
    </message>
    <message>
        <source>显示完整号码</source>
        <translation>Show full number</translation>
    </message>
    <message>
        <source>显示完整证件号</source>
        <translation>Show full ID number</translation>
    </message>
    <message>
        <source>电话：</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>身份证：</source>
        <translation>ID card:</translation>
    </message>
    <message>
        <source>复核：</source>
        <translation>Checked:</translation>
    </message>
    <message>
        <source>未选择客户</source>
        <translation>No customer selected</translation>
    </message>
    <message>
        <source>没有找到编号为 %1 的客户，可能已被删除或合并。</source>
        <translation>Customer no. %1 was not found; it may have been deleted or merged.</translation>
    </message>
    <message>
        <source>用户 %1</source>
        <translation>User %1</translation>
    </message>
    <message>
        <source>（没有电话）</source>
        <translation>(no phone)</translation>
    </message>
    <message>
        <source>单位客户</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>个人客户</source>
        <translation>Individual</translation>
    </message>
    <message>
        <source>来源：%1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <source>拒绝营销联系</source>
        <translation>No marketing contact</translation>
    </message>
    <message>
        <source>（未登记）</source>
        <translation>(not recorded)</translation>
    </message>
    <message>
        <source>已复核 · %1 · %2</source>
        <translation>Checked · %1 · %2</translation>
    </message>
    <message>
        <source>未复核：前台登记的信息需由第二人核对确认</source>
        <translation>Not checked: details entered at reception must be confirmed by a second person</translation>
    </message>
    <message>
        <source>号码错误或空号</source>
        <translation>Wrong or dead number</translation>
    </message>
    <message>
        <source>车辆已卖出或置换</source>
        <translation>Vehicle sold or traded in</translation>
    </message>
    <message>
        <source>多次联系不上</source>
        <translation>Unreachable after several tries</translation>
    </message>
    <message>
        <source>其他原因</source>
        <translation>Other reason</translation>
    </message>
    <message>
        <source>无效客户：%1（%2，%3 标记）</source>
        <translation>Invalid: %1 (%2, marked by %3)</translation>
    </message>
    <message>
        <source>无记录</source>
        <translation>No record</translation>
    </message>
    <message>
        <source>已逾期 %1 天</source>
        <translation>Overdue by %1 days</translation>
    </message>
    <message>
        <source>%1 天内到期</source>
        <translation>Due within %1 days</translation>
    </message>
    <message>
        <source>正常</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>按本车日均里程，先到保养里程</source>
        <translation>By this vehicle&apos;s daily mileage, the service mileage comes first</translation>
    </message>
    <message>
        <source>按保养间隔时间</source>
        <translation>By service interval</translation>
    </message>
    <message>
        <source>保养</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <source>维修</source>
        <translation>Repair</translation>
    </message>
    <message>
        <source>事故</source>
        <translation>Accident</translation>
    </message>
    <message>
        <source>质保</source>
        <translation>Warranty</translation>
    </message>
    <message>
        <source>保险</source>
        <translation>Insurance</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>%1（已过户）</source>
        <translation>%1 (transferred)</translation>
    </message>
    <message>
        <source>进厂记录已保存。</source>
        <translation>Visit saved.</translation>
    </message>
    <message>
        <source>车辆 %1 已过户。</source>
        <translation>Vehicle %1 transferred.</translation>
    </message>
    <message>
        <source>已撤销无效标记，客户恢复为有效。</source>
        <translation>Invalid mark undone; the customer is valid again.</translation>
    </message>
    <message>
        <source>已记录二次复核。</source>
        <translation>Second check recorded.</translation>
    </message>
    <message>
        <source>二次复核(&amp;K)</source>
        <translation>Second chec&amp;k</translation>
    </message>
    <message>
        <source>短信与同意(&amp;3)</source>
        <translation>Messages and consent (&amp;3)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;:%2 %3,到期 %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 %3, due %4</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;：%2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2</translation>
    </message>
</context>
<context>
    <name>hc::ui::CustomerDialog</name>
    <message>
        <source>新建客户</source>
        <translation>New customer</translation>
    </message>
    <message>
        <source>编辑客户 %1</source>
        <translation>Edit customer %1</translation>
    </message>
    <message>
        <source>姓名或单位名称</source>
        <translation>Name or company name</translation>
    </message>
    <message>
        <source>个人</source>
        <translation>Individual</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>手机或座机，如 13812345678 / 029-81234567</source>
        <translation>Mobile or landline, e.g. 13812345678 / 029-81234567</translation>
    </message>
    <message>
        <source>备用电话（可不填）</source>
        <translation>Second phone (optional)</translation>
    </message>
    <message>
        <source>18 位身份证号（可不填）</source>
        <translation>18-digit ID number (optional)</translation>
    </message>
    <message>
        <source>未填</source>
        <translation>Not entered</translation>
    </message>
    <message>
        <source>男</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>女</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>如 1985-03-12</source>
        <translation>e.g. 1985-03-12</translation>
    </message>
    <message>
        <source>姓名/单位(&amp;N)*</source>
        <translation>&amp;Name*</translation>
    </message>
    <message>
        <source>类型(&amp;K)</source>
        <translation>Type(&amp;K)</translation>
    </message>
    <message>
        <source>电话(&amp;P)*</source>
        <translation>&amp;Phone*</translation>
    </message>
    <message>
        <source>电话 2</source>
        <translation>Phone 2</translation>
    </message>
    <message>
        <source>身份证号(&amp;I)</source>
        <translation>&amp;ID number</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>生日</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <source>如 雁塔区</source>
        <translation>e.g. Yanta District</translation>
    </message>
    <message>
        <source>如 朋友介绍、保险公司</source>
        <translation>e.g. friend&apos;s referral, insurer</translation>
    </message>
    <message>
        <source>私家车</source>
        <translation>Private car</translation>
    </message>
    <message>
        <source>公务车</source>
        <translation>Company car</translation>
    </message>
    <message>
        <source>保险车</source>
        <translation>Insurance job</translation>
    </message>
    <message>
        <source>出租车</source>
        <translation>Taxi</translation>
    </message>
    <message>
        <source>要求型</source>
        <translation>Demanding</translation>
    </message>
    <message>
        <source>困惑型</source>
        <translation>Unsure</translation>
    </message>
    <message>
        <source>激动型</source>
        <translation>Excitable</translation>
    </message>
    <message>
        <source>理性</source>
        <translation>Rational</translation>
    </message>
    <message>
        <source>感性</source>
        <translation>Emotional</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>邮编</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>所在区域</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>客户来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>客户属性</source>
        <translation>Customer type</translation>
    </message>
    <message>
        <source>客户表现</source>
        <translation>Behaviour</translation>
    </message>
    <message>
        <source>客户色彩</source>
        <translation>Temperament</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>请填写客户姓名或单位名称。</source>
        <translation>Please enter the customer&apos;s name or company name.</translation>
    </message>
    <message>
        <source>没有电话无法回访，客户将计为无效。请尽量填写手机号。</source>
        <translation>Without a phone the customer cannot be called back and counts as invalid. Please enter a mobile number if you can.</translation>
    </message>
    <message>
        <source>生日不能晚于今天，请检查年份。</source>
        <translation>The birthday cannot be after today; please check the year.</translation>
    </message>
    <message>
        <source>此身份证号</source>
        <translation>This ID number</translation>
    </message>
    <message>
        <source>此电话</source>
        <translation>This phone</translation>
    </message>
    <message>
        <source>%1已登记在客户 &lt;a href=&quot;%2&quot;&gt;%3&lt;/a&gt; 名下。是同一人请打开该档案，不要重复建档。</source>
        <translation>%1 is already registered to customer &lt;a href=&quot;%2&quot;&gt;%3&lt;/a&gt;. If it is the same person, open that record instead of creating a duplicate.</translation>
    </message>
    <message>
        <source>有标红的项目需要更正，更正后再保存。</source>
        <translation>Fields marked in red need correcting before you can save.</translation>
    </message>
    <message>
        <source>重复检查未完成：%1</source>
        <translation>The duplicate check did not run: %1</translation>
    </message>
</context>
<context>
    <name>hc::ui::CustomerMessagesPanel</name>
    <message>
        <source>记录同意状态</source>
        <translation>Record consent</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>模板</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>操作人</source>
        <translation>By</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>服务短信：%1</source>
        <translation>Service messages: %1</translation>
    </message>
    <message>
        <source>营销短信：%1</source>
        <translation>Marketing messages: %1</translation>
    </message>
    <message>
        <source>已记录。</source>
        <translation>Recorded.</translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>hc::ui::CustomerOutlookLabel</name>
    <message>
        <source>客户模型(%1 拟合):%2</source>
        <translation>Customer model (fitted %1): %2</translation>
    </message>
</context>
<context>
    <name>hc::ui::CustomerPrivacyActions</name>
    <message>
        <source>个人信息…</source>
        <translation>Personal data…</translation>
    </message>
    <message>
        <source>个人信息保护法:导出或删除该客户的个人信息(经理)</source>
        <translation>PIPL: export or erase this customer&apos;s personal data (manager)</translation>
    </message>
    <message>
        <source>导出数据(JSON)…</source>
        <translation>Export data (JSON)…</translation>
    </message>
    <message>
        <source>导出数据(PDF)…</source>
        <translation>Export data (PDF)…</translation>
    </message>
    <message>
        <source>删除个人信息…</source>
        <translation>Erase personal data…</translation>
    </message>
    <message>
        <source>导出客户个人信息</source>
        <translation>Export customer personal data</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>JSON 文件 (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <source>已导出个人信息:%1</source>
        <translation>Personal data exported: %1</translation>
    </message>
    <message>
        <source>已删除个人信息;删除前的备份:%1</source>
        <translation>Personal data erased; backup made before: %1</translation>
    </message>
    <message>
        <source>正在删除个人信息(先做备份)……</source>
        <translation>Erasing the personal data (backing up first)…</translation>
    </message>
</context>
<context>
    <name>hc::ui::DateInput</name>
    <message>
        <source>选择日期 (F4)</source>
        <translation>Pick a date (F4)</translation>
    </message>
</context>
<context>
    <name>hc::ui::DeclinedWorkEditor</name>
    <message>
        <source>本车未做的建议项目(勾选 = 本次已做)</source>
        <translation>Open declined work on this car (tick = done this visit)</translation>
    </message>
    <message>
        <source>本次建议未做的项目</source>
        <translation>Work advised and declined this visit</translation>
    </message>
    <message>
        <source>添加建议项目(&amp;N)</source>
        <translation>&amp;New declined item</translation>
    </message>
    <message>
        <source>删除该行</source>
        <translation>Remove row</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Work</translation>
    </message>
    <message>
        <source>预估金额(元)</source>
        <translation>Estimate (yuan)</translation>
    </message>
    <message>
        <source>紧急程度</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>到期日期</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>到期里程(km)</source>
        <translation>Due at (km)</translation>
    </message>
    <message>
        <source>%1 %2(%3),%4 建议,到期 %5</source>
        <translation>%1 %2 (%3), advised %4, due %5</translation>
    </message>
    <message>
        <source>建议项目第 %1 行:%2</source>
        <translation>Declined work row %1: %2</translation>
    </message>
    <message>
        <source>请填写项目内容</source>
        <translation>Please say what the work is</translation>
    </message>
</context>
<context>
    <name>hc::ui::DirtyTracker</name>
    <message>
        <source>放弃修改</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <source>表单中有尚未保存的内容。关闭后这些内容将丢失，确定放弃吗？</source>
        <translation>The form has unsaved changes. Closing it loses them. Discard them?</translation>
    </message>
    <message>
        <source>放弃修改(&amp;D)</source>
        <translation>&amp;Discard changes</translation>
    </message>
    <message>
        <source>继续编辑(&amp;K)</source>
        <translation>&amp;Keep editing</translation>
    </message>
</context>
<context>
    <name>hc::ui::DrillDownDialog</name>
    <message>
        <source>%1:共 %2 位客户</source>
        <translation>%1: %2 customers</translation>
    </message>
    <message>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>分类</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>回访名单标题:</source>
        <translation>Callback list title:</translation>
    </message>
    <message>
        <source>报表回访:%1</source>
        <translation>Report callback: %1</translation>
    </message>
    <message>
        <source>加入回访名单</source>
        <translation>Add to callback list</translation>
    </message>
    <message>
        <source>只有经理可以把客户加入回访名单。</source>
        <translation>Only a manager can add customers to a callback list.</translation>
    </message>
    <message>
        <source>请填写回访名单标题。</source>
        <translation>Please enter the callback list title.</translation>
    </message>
    <message>
        <source>已把 %1 位客户加入回访名单“%2”。</source>
        <translation>%1 customers added to the callback list &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>导出短信…</source>
        <translation>Export SMS…</translation>
    </message>
    <message>
        <source>把这些客户的短信导出为短信平台的 CSV（只含已同意的客户）</source>
        <translation>Export these customers&apos; messages as a CSV for the SMS platform (only customers who consented)</translation>
    </message>
    <message>
        <source>发送短信…</source>
        <translation>Send SMS…</translation>
    </message>
    <message>
        <source>通过短信平台给这些客户发送短信（只发给已同意的客户，每条记入客户的短信记录）</source>
        <translation>Send these customers messages through the SMS platform (only customers who consented; each message goes into the customer&apos;s message log)</translation>
    </message>
</context>
<context>
    <name>hc::ui::DuplicatesDialog</name>
    <message>
        <source>重复客户</source>
        <translation>Duplicate customers</translation>
    </message>
    <message>
        <source>疑似重复的客户(&amp;L)</source>
        <translation>&amp;Likely duplicates</translation>
    </message>
    <message>
        <source>客户</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>分数</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>保留的客户(&amp;K)</source>
        <translation>&amp;Keep customer</translation>
    </message>
    <message>
        <source>合并掉的客户(&amp;R)</source>
        <translation>Me&amp;rge away</translation>
    </message>
    <message>
        <source>交换(&amp;W)</source>
        <translation>S&amp;wap</translation>
    </message>
    <message>
        <source>每个字段保留的值(&amp;V)（空格键选择）</source>
        <translation>&amp;Value kept for each field (Space chooses)</translation>
    </message>
    <message>
        <source>字段</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>保留的客户</source>
        <translation>Kept customer</translation>
    </message>
    <message>
        <source>合并掉的客户</source>
        <translation>Merged away</translation>
    </message>
    <message>
        <source>合并(&amp;M)</source>
        <translation>&amp;Merge</translation>
    </message>
    <message>
        <source>疑似重复(&amp;G)</source>
        <translation>Likely duplicates (&amp;G)</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>记录数</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>撤销合并(&amp;U)</source>
        <translation>&amp;Undo merge</translation>
    </message>
    <message>
        <source>合并记录(&amp;H)</source>
        <translation>Merge &amp;history</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>没有发现疑似重复的客户。</source>
        <translation>No likely duplicate customers found.</translation>
    </message>
    <message>
        <source>（空）</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>请选择两个不同的客户。</source>
        <translation>Choose two different customers.</translation>
    </message>
    <message>
        <source>把客户 %1 合并到客户 %2？
合并前会自动备份；之后可以在“合并记录”中撤销。</source>
        <translation>Merge customer %1 into customer %2?
A backup is taken first; the merge can be undone under &quot;Merge history&quot;.</translation>
    </message>
    <message>
        <source>已把客户 %1 合并到客户 %2（合并编号 %3）。合并前的备份：%4</source>
        <translation>Merged customer %1 into customer %2 (merge %3). Backup taken before the merge: %4</translation>
    </message>
    <message>
        <source>已合并</source>
        <translation>Merged</translation>
    </message>
    <message>
        <source>已撤销（%1）</source>
        <translation>Undone (%1)</translation>
    </message>
    <message>
        <source>撤销合并 %1，恢复客户 %2？</source>
        <translation>Undo merge %1 and restore customer %2?</translation>
    </message>
    <message>
        <source>已撤销合并 %1：客户 %2 已恢复。</source>
        <translation>Undid merge %1: customer %2 is back.</translation>
    </message>
    <message>
        <source>合并后改过的字段保留新值：%1</source>
        <translation> Fields changed after the merge keep their new value: %1</translation>
    </message>
    <message>
        <source>手机号相同</source>
        <translation>Same mobile</translation>
    </message>
    <message>
        <source>证件号相同</source>
        <translation>Same ID number</translation>
    </message>
    <message>
        <source>车架号相同</source>
        <translation>Same VIN</translation>
    </message>
    <message>
        <source>同一车牌两个车主</source>
        <translation>Same plate, two owners</translation>
    </message>
    <message>
        <source>姓名拼音相同、手机号差一位</source>
        <translation>Same name in pinyin, mobile one digit apart</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>电话2</source>
        <translation>Phone 2</translation>
    </message>
    <message>
        <source>证件号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>邮编</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <source>生日</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>区域</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>客户属性</source>
        <translation>Attribute</translation>
    </message>
    <message>
        <source>客户表现</source>
        <translation>Behaviour</translation>
    </message>
    <message>
        <source>决策风格</source>
        <translation>Decision style</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>个人</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>男</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>女</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>公务车</source>
        <translation>Official car</translation>
    </message>
    <message>
        <source>保险车</source>
        <translation>Insurance car</translation>
    </message>
    <message>
        <source>私家车</source>
        <translation>Private car</translation>
    </message>
    <message>
        <source>出租车</source>
        <translation>Taxi</translation>
    </message>
    <message>
        <source>要求型</source>
        <translation>Demanding</translation>
    </message>
    <message>
        <source>困惑型</source>
        <translation>Confused</translation>
    </message>
    <message>
        <source>激动型</source>
        <translation>Agitated</translation>
    </message>
    <message>
        <source>理性</source>
        <translation>Rational</translation>
    </message>
    <message>
        <source>感性</source>
        <translation>Emotional</translation>
    </message>
    <message>
        <source>不是同一客户(&amp;N)</source>
        <translation>&amp;Not the same customer</translation>
    </message>
    <message>
        <source>这两个客户是不同的人：以后不再提示这一对</source>
        <translation>These are two different people: do not suggest this pair again</translation>
    </message>
    <message>
        <source>客户 %1 和客户 %2 不是同一个人？
以后不再把这两个客户作为疑似重复提示。</source>
        <translation>Are customers %1 and %2 different people?
The two will no longer be suggested as likely duplicates.</translation>
    </message>
    <message>
        <source>已标记客户 %1 和客户 %2 不是同一客户，不再提示。</source>
        <translation>Customers %1 and %2 are marked as not the same customer and will no longer be suggested.</translation>
    </message>
    <message>
        <source>正在查找疑似重复的客户……</source>
        <translation>Looking for likely duplicate customers…</translation>
    </message>
    <message>
        <source>正在合并(先做备份)……</source>
        <translation>Merging (backing up first)…</translation>
    </message>
</context>
<context>
    <name>hc::ui::EraseCustomerDialog</name>
    <message>
        <source>删除个人信息</source>
        <translation>Erase personal data</translation>
    </message>
    <message>
        <source>将删除客户 %1(编号 %2)的个人信息:姓名、电话、证件号、地址、生日、备注,名下车辆的车牌、车架号、发动机号,以及回访、投诉和进厂记录中的文字说明。
进厂日期、里程和金额匿名保留,统计不受影响。删除前会自动备份。此操作不能撤销。</source>
        <translation>This erases the personal data of customer %1 (number %2): name, phones, ID number, address, birthday, notes, the plates, VINs and engine numbers of their vehicles, and the texts of their calls, complaints and visits.
Visit dates, mileage and amounts stay, anonymously; the statistics are not affected. A backup is made first. This cannot be undone.</translation>
    </message>
    <message>
        <source>请输入客户编号 %1 以确认(&amp;N):</source>
        <translation>Type the customer &amp;number %1 to confirm:</translation>
    </message>
    <message>
        <source>删除个人信息(&amp;D)</source>
        <translation>&amp;Erase personal data</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>hc::ui::FieldFeedback</name>
    <message>
        <source>中文</source>
        <translation>Chinese</translation>
    </message>
</context>
<context>
    <name>hc::ui::FollowUpLabels</name>
    <message>
        <source>投诉回访</source>
        <translation>Complaint callback</translation>
    </message>
    <message>
        <source>服务回访</source>
        <translation>Service callback</translation>
    </message>
    <message>
        <source>保养提醒</source>
        <translation>Service reminder</translation>
    </message>
    <message>
        <source>流失招揽</source>
        <translation>Win-back</translation>
    </message>
    <message>
        <source>客户关怀</source>
        <translation>Customer care</translation>
    </message>
    <message>
        <source>已到期</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>近期</source>
        <translation>Soon</translation>
    </message>
    <message>
        <source>提前</source>
        <translation>Early</translation>
    </message>
    <message>
        <source>已接通</source>
        <translation>Reached</translation>
    </message>
    <message>
        <source>未接听</source>
        <translation>No answer</translation>
    </message>
    <message>
        <source>电话错误</source>
        <translation>Wrong number</translation>
    </message>
    <message>
        <source>车辆已转卖</source>
        <translation>Vehicle sold</translation>
    </message>
    <message>
        <source>会来店</source>
        <translation>Will come in</translation>
    </message>
    <message>
        <source>明确拒绝</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>价格贵</source>
        <translation>Too expensive</translation>
    </message>
    <message>
        <source>维修技术差</source>
        <translation>Poor workmanship</translation>
    </message>
    <message>
        <source>等待时间长</source>
        <translation>Long waits</translation>
    </message>
    <message>
        <source>服务态度差</source>
        <translation>Poor service attitude</translation>
    </message>
    <message>
        <source>距离远</source>
        <translation>Too far</translation>
    </message>
    <message>
        <source>朋友开维修厂</source>
        <translation>Friend owns a garage</translation>
    </message>
    <message>
        <source>车辆转卖</source>
        <translation>Vehicle sold</translation>
    </message>
    <message>
        <source>车不常开/里程少</source>
        <translation>Rarely driven / low mileage</translation>
    </message>
    <message>
        <source>外地车</source>
        <translation>Out of town</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>联系客户</source>
        <translation>Contact customer</translation>
    </message>
    <message>
        <source>答复客户</source>
        <translation>Answer customer</translation>
    </message>
    <message>
        <source>高层答复</source>
        <translation>Senior answer</translation>
    </message>
    <message>
        <source>解决后回访</source>
        <translation>Follow-up after resolution</translation>
    </message>
    <message>
        <source>按时完成</source>
        <translation>Done on time</translation>
    </message>
    <message>
        <source>超时完成</source>
        <translation>Done late</translation>
    </message>
    <message>
        <source>进行中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>已超时</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>重大</source>
        <translation>Major</translation>
    </message>
    <message>
        <source>一般</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>到店</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>网络</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>信函</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>已受理</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>已联系</source>
        <translation>Contacted</translation>
    </message>
    <message>
        <source>已答复</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>已解决</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>已结案</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>%1 天 %2 小时</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1 天</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>%1 小时 %2 分</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 小时</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 分</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>剩 %1</source>
        <translation>%1 left</translation>
    </message>
    <message>
        <source>超时 %1</source>
        <translation>%1 overdue</translation>
    </message>
    <message>
        <source>待解决后开始</source>
        <translation>Starts after resolution</translation>
    </message>
    <message>
        <source>预约提醒</source>
        <translation>Appointment reminder</translation>
    </message>
    <message>
        <source>爽约回访</source>
        <translation>Missed appointment</translation>
    </message>
    <message>
        <source>未做项目</source>
        <translation>Declined work</translation>
    </message>
    <message>
        <source>2123 原则：%1内联系客户，%2内答复，重大投诉 %3内高层答复，解决后 %4内回访。</source>
        <translation>2123 principle: contact the customer within %1, answer within %2, senior management answers a major complaint within %3, follow up within %4 after resolution.</translation>
    </message>
</context>
<context>
    <name>hc::ui::FollowUpListModel</name>
    <message>
        <source>建议发短信 · %1</source>
        <translation>Send SMS · %1</translation>
    </message>
    <message>
        <source>第 %1 次</source>
        <translation>Attempt %1</translation>
    </message>
    <message>
        <source>同时到期：%1</source>
        <translation>Also due: %1</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>紧急</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>车牌</source>
        <translation>Plate</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>阶段</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>到期</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>事由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>次数</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>第 %1 位,得分 %2
%3</source>
        <translation>Rank %1, score %2
%3</translation>
    </message>
    <message>
        <source>排名</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>得分</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>回访人</source>
        <translation>Clerk</translation>
    </message>
</context>
<context>
    <name>hc::ui::FollowUpSettingsPanel</name>
    <message>
        <source>已保存。回访名单和投诉时限刷新后按新规则计算。</source>
        <translation>Saved. The callback list and the complaint deadlines use the new rules from their next refresh.</translation>
    </message>
    <message>
        <source>已填入默认值，保存后生效。</source>
        <translation>Defaults filled in; they apply once saved.</translation>
    </message>
    <message>
        <source>%1 起</source>
        <translation>%1 and further</translation>
    </message>
    <message>
        <source>节日</source>
        <translation>Holiday</translation>
    </message>
    <message>
        <source>历法</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>月</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>日</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>例如：春节</source>
        <translation>e.g. Spring Festival</translation>
    </message>
    <message>
        <source>公历</source>
        <translation>Gregorian</translation>
    </message>
    <message>
        <source>农历</source>
        <translation>Lunar</translation>
    </message>
    <message>
        <source> 月</source>
        <translation> </translation>
    </message>
    <message>
        <source> 日</source>
        <translation> </translation>
    </message>
    <message>
        <source>按排名轮流分配</source>
        <translation>In turn by rank</translation>
    </message>
    <message>
        <source>同一客户固定给同一人</source>
        <translation>Same customer, same clerk</translation>
    </message>
    <message>
        <source>按地区</source>
        <translation>By region</translation>
    </message>
    <message>
        <source>按服务顾问</source>
        <translation>By advisor</translation>
    </message>
    <message>
        <source>地区或服务顾问</source>
        <translation>Region or advisor</translation>
    </message>
    <message>
        <source>回访专员</source>
        <translation>Callback user</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>例如：雁塔区 或 li</source>
        <translation>e.g. Yanta District or li</translation>
    </message>
</context>
<context>
    <name>hc::ui::ImportWizard</name>
    <message>
        <source>导入历史数据</source>
        <translation>Import history</translation>
    </message>
    <message>
        <source>&lt; 上一步(&amp;B)</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>下一步(&amp;N) &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>导入(&amp;I)</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>完成(&amp;F)</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>选择文件</source>
        <translation>Choose the file</translation>
    </message>
    <message>
        <source>CSV(任何编码)或 Excel .xlsx 文件,第一行是列标题。</source>
        <translation>A CSV file (any encoding) or an Excel .xlsx file; the first row holds the column titles.</translation>
    </message>
    <message>
        <source>浏览(&amp;W)…</source>
        <translation>Bro&amp;wse…</translation>
    </message>
    <message>
        <source>文件(&amp;L):</source>
        <translation>Fi&amp;le:</translation>
    </message>
    <message>
        <source>工作表(&amp;S):</source>
        <translation>&amp;Sheet:</translation>
    </message>
    <message>
        <source>到店记录(每行一张工单)</source>
        <translation>Visits (one work order per row)</translation>
    </message>
    <message>
        <source>导入内容(&amp;K):</source>
        <translation>&amp;Kind of data:</translation>
    </message>
    <message>
        <source>列对应</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>按列标题自动识别;每一列都可以改。常用的对应可以保存为方案。</source>
        <translation>Recognised from the column titles; every column can be changed. Save a mapping you use often as a profile.</translation>
    </message>
    <message>
        <source>方案(&amp;P):</source>
        <translation>&amp;Profile:</translation>
    </message>
    <message>
        <source>文件中的列</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <source>导入为</source>
        <translation>Import as</translation>
    </message>
    <message>
        <source>示例</source>
        <translation>Example</translation>
    </message>
    <message>
        <source>列对应(&amp;M):</source>
        <translation>Column &amp;mapping:</translation>
    </message>
    <message>
        <source>方案名称(&amp;A):</source>
        <translation>Profile n&amp;ame:</translation>
    </message>
    <message>
        <source>保存方案(&amp;V)</source>
        <translation>Sa&amp;ve profile</translation>
    </message>
    <message>
        <source>预览</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>文件的前 %1 行;有问题的格子标红,问题列表里双击可跳到该格。</source>
        <translation>The first %1 rows of the file; cells with a problem are red. Double-click a problem in the list to go to its cell.</translation>
    </message>
    <message>
        <source>预览(&amp;R):</source>
        <translation>P&amp;review:</translation>
    </message>
    <message>
        <source>问题(&amp;Q):</source>
        <translation>Problems (&amp;Q):</translation>
    </message>
    <message>
        <source>试运行</source>
        <translation>Dry run</translation>
    </message>
    <message>
        <source>按导入的规则检查整个文件,不写入任何数据。</source>
        <translation>Checks the whole file by the import&apos;s rules and writes nothing.</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>导入前先自动备份;取消则不保留任何数据。</source>
        <translation>A backup is taken first; cancelling keeps nothing.</translation>
    </message>
    <message>
        <source>取消导入(&amp;X)</source>
        <translation>Cancel import (&amp;X)</translation>
    </message>
    <message>
        <source>打开拒绝文件(&amp;O)</source>
        <translation>&amp;Open rejects file</translation>
    </message>
    <message>
        <source>选择要导入的文件</source>
        <translation>Choose the file to import</translation>
    </message>
    <message>
        <source>表格文件 (*.csv *.xlsx *.txt);;所有文件 (*)</source>
        <translation>Spreadsheet files (*.csv *.xlsx *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>无法打开文件:%1</source>
        <translation>Cannot open the file: %1</translation>
    </message>
    <message>
        <source>请选择要导入的文件。</source>
        <translation>Please choose the file to import.</translation>
    </message>
    <message>
        <source>客户姓名</source>
        <translation>Customer name</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>车牌号</source>
        <translation>Plate</translation>
    </message>
    <message>
        <source>车架号</source>
        <translation>VIN</translation>
    </message>
    <message>
        <source>车型</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>购车日期</source>
        <translation>Purchase date</translation>
    </message>
    <message>
        <source>地区</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>进厂日期</source>
        <translation>Visit date</translation>
    </message>
    <message>
        <source>里程</source>
        <translation>Mileage</translation>
    </message>
    <message>
        <source>维修类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>工单号</source>
        <translation>Work order</translation>
    </message>
    <message>
        <source>实收金额(元)</source>
        <translation>Amount received (yuan)</translation>
    </message>
    <message>
        <source>(不导入)</source>
        <translation>(not imported)</translation>
    </message>
    <message>
        <source>(按列标题自动识别)</source>
        <translation>(recognised from the column titles)</translation>
    </message>
    <message>
        <source>方案“%1”已保存。</source>
        <translation>Profile &quot;%1&quot; saved.</translation>
    </message>
    <message>
        <source>正在检查…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>整行</source>
        <translation>whole row</translation>
    </message>
    <message>
        <source>第 %1 行 · %2:%3</source>
        <translation>Line %1 · %2: %3</translation>
    </message>
    <message>
        <source>前 %1 行没有发现问题。</source>
        <translation>No problems in the first %1 rows.</translation>
    </message>
    <message>
        <source>前 %1 行中有 %2 个问题;有问题的行不会导入,其余照常导入。</source>
        <translation>%2 problems in the first %1 rows; rows with problems are not imported, the others are.</translation>
    </message>
    <message>
        <source>正在试运行…</source>
        <translation>Dry run in progress…</translation>
    </message>
    <message>
        <source>正在导入…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>无法打开第二个数据库连接。</source>
        <translation>Cannot open a second database connection.</translation>
    </message>
    <message>
        <source>共 %1 行:导入 %2 行,有问题 %3 行,重复跳过 %4 行;新建客户 %5 位,车辆 %6 辆。</source>
        <translation>%1 rows: %2 imported, %3 with problems, %4 duplicates skipped; %5 new customers, %6 new vehicles.</translation>
    </message>
    <message>
        <source>试运行完成,没有写入任何数据。</source>
        <translation>Dry run finished; nothing was written.</translation>
    </message>
    <message>
        <source>按“导入”开始导入。</source>
        <translation>Press &quot;Import&quot; to start the import.</translation>
    </message>
    <message>
        <source>导入完成。</source>
        <translation>Import finished.</translation>
    </message>
    <message>
        <source>有问题的行已保存到:%1</source>
        <translation>The rows with problems were saved to: %1</translation>
    </message>
    <message>
        <source>无法保存有问题的行:%1</source>
        <translation>Cannot save the rows with problems: %1</translation>
    </message>
    <message>
        <source>电话2</source>
        <translation>Phone 2</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>车牌号(可多个)</source>
        <translation>Plates (several allowed)</translation>
    </message>
    <message>
        <source>车架号(可多个)</source>
        <translation>VINs (several allowed)</translation>
    </message>
    <message>
        <source>客户名单(每行一位客户及其车辆,不含到店记录)</source>
        <translation>Customer list (one customer and their vehicles per row, no visits)</translation>
    </message>
    <message>
        <source>正在读取文件……</source>
        <translation>Reading the file…</translation>
    </message>
</context>
<context>
    <name>hc::ui::InvalidDialog</name>
    <message>
        <source>标记为无效客户</source>
        <translation>Mark as invalid customer</translation>
    </message>
    <message>
        <source>将 %1 标记为无效后，不再计入有效客户、ABC 分析和回访名单。可以在档案中撤销。</source>
        <translation>Once %1 is marked invalid, the customer no longer counts in valid customers, ABC analysis or callback lists. You can undo this in the archive.</translation>
    </message>
    <message>
        <source>号码错误或空号(&amp;W)</source>
        <translation>&amp;Wrong or dead number</translation>
    </message>
    <message>
        <source>车辆已卖出或置换(&amp;S)</source>
        <translation>Vehicle &amp;sold or traded in</translation>
    </message>
    <message>
        <source>多次联系不上(&amp;U)</source>
        <translation>&amp;Unreachable after several tries</translation>
    </message>
    <message>
        <source>其他原因(&amp;O)</source>
        <translation>&amp;Other reason</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>说明，如：新车主电话 139…；选“其他原因”时必填</source>
        <translation>Note, e.g. new owner&apos;s phone 139…; required for &quot;Other reason&quot;</translation>
    </message>
    <message>
        <source>备注(&amp;N)</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>标记无效</source>
        <translation>Mark invalid</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>选择“其他原因”时，请写明原因。</source>
        <translation>Please write down the reason when you choose &quot;Other reason&quot;.</translation>
    </message>
</context>
<context>
    <name>hc::ui::LoginDialog</name>
    <message>
        <source>请输入用户名和密码。</source>
        <translation>Please enter your username and password.</translation>
    </message>
    <message>
        <source>用户名或密码错误。</source>
        <translation>Wrong username or password.</translation>
    </message>
</context>
<context>
    <name>hc::ui::MainWindow</name>
    <message>
        <source>服务顾问</source>
        <translation>Service advisor</translation>
    </message>
    <message>
        <source>回访专员</source>
        <translation>Callback staff</translation>
    </message>
    <message>
        <source>经理</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>接待 / 档案</source>
        <translation>Reception / Archive</translation>
    </message>
    <message>
        <source>语言已保存，下次启动时生效。</source>
        <translation>Language saved; it applies at the next start.</translation>
    </message>
    <message>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>关于回厂</source>
        <translation>About Huichang</translation>
    </message>
    <message>
        <source>回厂 %1
汽修厂客户关系管理：客户档案、进厂登记、分类与回访。</source>
        <translation>Huichang %1
Customer relationship management for car repair shops: archive, visits, classification and callbacks.</translation>
    </message>
    <message>
        <source>未登录</source>
        <translation>not logged in</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>用户：%1</source>
        <translation>User: %1</translation>
    </message>
    <message>
        <source>数据库：%1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>回访</source>
        <translation>Callbacks</translation>
    </message>
    <message>
        <source>投诉</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>活动</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>报表</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>账户(&amp;U)</source>
        <translation>Acco&amp;unt</translation>
    </message>
    <message>
        <source>修改密码(&amp;P)…</source>
        <translation>Change &amp;password…</translation>
    </message>
    <message>
        <source>用户管理(&amp;U)…</source>
        <translation>&amp;Users…</translation>
    </message>
    <message>
        <source>注销 / 切换用户(&amp;L)</source>
        <translation>&amp;Log out / switch user</translation>
    </message>
    <message>
        <source>密码已修改。</source>
        <translation>Password changed.</translation>
    </message>
    <message>
        <source>回厂</source>
        <translation>Huichang</translation>
    </message>
    <message>
        <source>重复客户(&amp;D)…</source>
        <translation>&amp;Duplicate customers…</translation>
    </message>
    <message>
        <source>数据(&amp;D)</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <source>导入历史数据(&amp;I)…</source>
        <translation>&amp;Import history…</translation>
    </message>
</context>
<context>
    <name>hc::ui::MessageBatchExport</name>
    <message>
        <source>导出短信</source>
        <translation>Export SMS</translation>
    </message>
    <message>
        <source>短信模板：</source>
        <translation>Message template:</translation>
    </message>
    <message>
        <source>CSV 文件 (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>已导出 %1 条短信（共 %2 条计费短信）到 %3。
未导出：%4 位客户未同意，%5 位客户无效或没有手机号。</source>
        <translation>Exported %1 messages (%2 billed SMS) to %3.
Not exported: %4 customers without consent, %5 invalid or without a mobile number.</translation>
    </message>
</context>
<context>
    <name>hc::ui::MessageTemplatesPanel</name>
    <message>
        <source>模板：</source>
        <translation>Template:</translation>
    </message>
    <message>
        <source>内容：</source>
        <translation>Text:</translation>
    </message>
    <message>
        <source>合并字段：%1。签名【门店名】自动加在开头，营销短信末尾自动加“回T退订”。</source>
        <translation>Merge fields: %1. The shop signature (its name in the lenticular brackets SMS platforms require) is added at the start, and “回T退订” (reply T to unsubscribe) at the end of marketing messages.</translation>
    </message>
    <message>
        <source>预览：</source>
        <translation>Preview:</translation>
    </message>
    <message>
        <source>保存模板</source>
        <translation>Save template</translation>
    </message>
    <message>
        <source>恢复默认模板</source>
        <translation>Restore default</translation>
    </message>
    <message>
        <source>网关地址 https://…</source>
        <translation>Gateway URL https://…</translation>
    </message>
    <message>
        <source>令牌（留空不变）</source>
        <translation>Token (empty = unchanged)</translation>
    </message>
    <message>
        <source> 毫秒</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>保存网关</source>
        <translation>Save gateway</translation>
    </message>
    <message>
        <source>短信网关：</source>
        <translation>SMS gateway:</translation>
    </message>
    <message>
        <source>营销短信：只发给已同意的客户</source>
        <translation>Marketing: sent only to customers who agreed</translation>
    </message>
    <message>
        <source>服务短信：客户未拒绝即可发送</source>
        <translation>Service: sent unless the customer refused</translation>
    </message>
    <message>
        <source>%1 字，%2 条短信（每条 70 字，超过时每条 67 字）</source>
        <translation>%1 characters, %2 SMS (70 characters in one, 67 per part when longer)</translation>
    </message>
    <message>
        <source>未知的合并字段：%1</source>
        <translation>Unknown merge field: %1</translation>
    </message>
    <message>
        <source>尚未设置门店名称：短信没有签名，无法发送。</source>
        <translation>No shop name set: the message has no signature and cannot be sent.</translation>
    </message>
    <message>
        <source>模板已保存。</source>
        <translation>Template saved.</translation>
    </message>
    <message>
        <source>已恢复默认模板。</source>
        <translation>Default template restored.</translation>
    </message>
    <message>
        <source>短信网关已保存。</source>
        <translation>SMS gateway saved.</translation>
    </message>
</context>
<context>
    <name>hc::ui::PasswordDialog</name>
    <message>
        <source>修改密码</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>修改 %1 的登录密码。</source>
        <translation>Change the login password of %1.</translation>
    </message>
    <message>
        <source>重设密码</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>为 %1 设置新密码，并解除锁定。请把新密码当面告诉本人。</source>
        <translation>Set a new password for %1 and lift any lock. Tell the new password to the person directly.</translation>
    </message>
    <message>
        <source>请输入当前密码。</source>
        <translation>Please enter the current password.</translation>
    </message>
    <message>
        <source>两次输入的新密码不一致。</source>
        <translation>The two new passwords differ.</translation>
    </message>
</context>
<context>
    <name>hc::ui::PrintPreview</name>
    <message>
        <source>打印结算单</source>
        <translation>Print receipt</translation>
    </message>
    <message>
        <source>结算单 %1</source>
        <translation>Receipt %1</translation>
    </message>
    <message>
        <source>%1(共 %2 条)</source>
        <translation>%1 (%2 rows)</translation>
    </message>
</context>
<context>
    <name>hc::ui::PrivacySettingsPanel</name>
    <message>
        <source>个人信息保护</source>
        <translation>Personal data protection</translation>
    </message>
    <message>
        <source> 年</source>
        <translation> years</translation>
    </message>
    <message>
        <source>无联系满(&amp;Y):</source>
        <translation>No contact for (&amp;Y):</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>统计人数</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>匿名化…</source>
        <translation>Anonymise…</translation>
    </message>
    <message>
        <source>长期未联系的客户可批量匿名化:删除姓名、电话、车牌等个人信息,进厂记录匿名保留。</source>
        <translation>Customers without contact for a long time can be anonymised together: name, phones, plates and other personal data are erased; visits stay, anonymously.</translation>
    </message>
    <message>
        <source>已保存。</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>%1 之前最后联系的客户:%2 位。</source>
        <translation>Customers last contacted before %1: %2.</translation>
    </message>
    <message>
        <source>匿名化客户</source>
        <translation>Anonymise customers</translation>
    </message>
    <message>
        <source>将删除 %1 位 %2 年未联系客户的个人信息(先自动备份)。此操作不能撤销,确定继续吗?</source>
        <translation>This erases the personal data of %1 customers without contact for %2 years (a backup is made first). This cannot be undone. Continue?</translation>
    </message>
    <message>
        <source>已匿名化 %1 位客户;之前的备份:%2</source>
        <translation>Anonymised %1 customers; backup made before: %2</translation>
    </message>
    <message>
        <source>正在匿名化(先做备份)……</source>
        <translation>Anonymising (backing up first)…</translation>
    </message>
</context>
<context>
    <name>hc::ui::ReadErrors</name>
    <message>
        <source>读取数据失败</source>
        <translation>Could not read the data</translation>
    </message>
    <message>
        <source>无法读取数据:%1</source>
        <translation>Could not read the data: %1</translation>
    </message>
</context>
<context>
    <name>hc::ui::ReceptionView</name>
    <message>
        <source>输入后自动搜索：↑/↓ 选择，回车打开客户，Esc 清空。</source>
        <translation>Searches as you type: ↑/↓ to choose, Enter opens the customer, Esc clears.</translation>
    </message>
    <message>
        <source>在左侧搜索并选择客户后，这里显示客户卡片。
没有找到？按 F2 登记新客户。</source>
        <translation>Search on the left and choose a customer to see the customer card here.
Not found? Press F2 to register a new customer.</translation>
    </message>
    <message>
        <source>没有找到“%1”。</source>
        <translation>Nothing found for “%1”.</translation>
    </message>
    <message>
        <source>显示前 %1 位客户，请输入更多内容缩小范围。</source>
        <translation>Showing the first %1 customers; type more to narrow down.</translation>
    </message>
    <message>
        <source>找到 %1 位客户。</source>
        <translation>%1 customer(s) found.</translation>
    </message>
    <message>
        <source>已开始新的搜索：请选择结果后按回车打开客户。</source>
        <translation>New search: select a result and press Enter to open the customer.</translation>
    </message>
    <message>
        <source>按回车打开高亮的客户。</source>
        <translation>Press Enter to open the highlighted customer.</translation>
    </message>
    <message>
        <source>没有找到“%1”。按回车登记新客进厂（客户、车辆和本次进厂一次填完）。</source>
        <translation>Nothing found for “%1”. Press Enter for a new walk-in (customer, vehicle and this visit in one form).</translation>
    </message>
    <message>
        <source>右侧卡片中的客户不在搜索结果中。</source>
        <translation>The customer on the card is not among the results.</translation>
    </message>
    <message>
        <source>客户分类无法计算：%1</source>
        <translation>Customer classes cannot be computed: %1</translation>
    </message>
</context>
<context>
    <name>hc::ui::ReportTableModel</name>
    <message>
        <source>点击查看客户名单</source>
        <translation>Click to list the customers</translation>
    </message>
</context>
<context>
    <name>hc::ui::ReportView</name>
    <message>
        <source>报表月份:</source>
        <translation>Report month:</translation>
    </message>
    <message>
        <source>生成报表</source>
        <translation>Build report</translation>
    </message>
    <message>
        <source>导出 PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <source>导出 Excel</source>
        <translation>Export Excel</translation>
    </message>
    <message>
        <source>导出 CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <source>报表</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>截至 %1,与上月(截至 %2)比较</source>
        <translation>As of %1, compared with last month (as of %2)</translation>
    </message>
    <message>
        <source>客户构成</source>
        <translation>Customer mix</translation>
    </message>
    <message>
        <source>ABC 分析</source>
        <translation>ABC analysis</translation>
    </message>
    <message>
        <source>忠诚度×贡献度</source>
        <translation>Loyalty × contribution</translation>
    </message>
    <message>
        <source>RFM</source>
        <translation>RFM</translation>
    </message>
    <message>
        <source>流失分析</source>
        <translation>Churn analysis</translation>
    </message>
    <message>
        <source>流失招揽</source>
        <translation>Win-back</translation>
    </message>
    <message>
        <source>满意度</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>投诉与2123</source>
        <translation>Complaints and 2123</translation>
    </message>
    <message>
        <source>%1 月 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Excel 文件 (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV 文件 (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>JSON 文件 (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <source>月报-%1.%2</source>
        <translation>monthly-report-%1.%2</translation>
    </message>
    <message>
        <source>导出报表</source>
        <translation>Export report</translation>
    </message>
    <message>
        <source>正在导出 %1 月报表……</source>
        <translation>Exporting the report for %1…</translation>
    </message>
    <message>
        <source>月末保存 ABC 排名…</source>
        <translation>Save month&apos;s ABC ranking…</translation>
    </message>
    <message>
        <source>保存本月 ABC 排名,下月报表据此比较名次变化</source>
        <translation>Saves this month&apos;s ABC ranking; next month&apos;s report compares ranks with it</translation>
    </message>
    <message>
        <source>保存 ABC 排名</source>
        <translation>Save ABC ranking</translation>
    </message>
    <message>
        <source>保存 %1 月的 ABC 排名?下月报表将与它比较名次变化;已保存的同月排名会被替换。</source>
        <translation>Save the ABC ranking of %1? Next month&apos;s report compares ranks with it; a ranking saved earlier for the same month is replaced.</translation>
    </message>
    <message>
        <source>已保存 %1 月 ABC 排名:%2 位客户。</source>
        <translation>ABC ranking of %1 saved: %2 customers.</translation>
    </message>
    <message>
        <source>打印本页…</source>
        <translation>Print this tab…</translation>
    </message>
    <message>
        <source>打印当前标签页的报表（先预览）</source>
        <translation>Print the current tab&apos;s report (with preview)</translation>
    </message>
    <message>
        <source>打印报表 · %1</source>
        <translation>Print report · %1</translation>
    </message>
    <message>
        <source>正在生成 %1 月报表……(可以继续操作)</source>
        <translation>Building the report of %1… (you can go on working)</translation>
    </message>
    <message>
        <source>模型检验</source>
        <translation>Model check</translation>
    </message>
    <message>
        <source>客户基础</source>
        <translation>Customer base</translation>
    </message>
    <message>
        <source>正在生成……</source>
        <translation>Building…</translation>
    </message>
    <message>
        <source>正在保存 %1 月 ABC 排名……</source>
        <translation>Saving the ABC ranking of %1…</translation>
    </message>
</context>
<context>
    <name>hc::ui::ResponsibleCombo</name>
    <message>
        <source>从用户中选择，或直接输入负责人姓名</source>
        <translation>Choose a user, or type the name of the person responsible</translation>
    </message>
</context>
<context>
    <name>hc::ui::SatisfactionItemsDialog</name>
    <message>
        <source>满意度调查项目</source>
        <translation>Satisfaction survey items</translation>
    </message>
    <message>
        <source>服务回访时按 1–5 分询问以下项目；停用的项目不再询问，历史评分保留。</source>
        <translation>These items are asked on a 1–5 scale in service callbacks; disabled items are no longer asked, past scores are kept.</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>启用</source>
        <translation>Enabled</translation>
    </message>
    <message>
        <source>排序</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>添加项目</source>
        <translation>Add item</translation>
    </message>
    <message>
        <source>项目未保存</source>
        <translation>Items not saved</translation>
    </message>
    <message>
        <source>第 %1 行的项目名称不能为空。</source>
        <translation>The item name in row %1 cannot be empty.</translation>
    </message>
</context>
<context>
    <name>hc::ui::SatisfactionPanel</name>
    <message>
        <source>满意度调查（1 很不满意 … 5 很满意）</source>
        <translation>Satisfaction survey (1 very dissatisfied … 5 very satisfied)</translation>
    </message>
    <message>
        <source>%1 分</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>经理尚未设置调查项目。</source>
        <translation>The manager has not set up survey items yet.</translation>
    </message>
    <message>
        <source>满意度项目无法读取：%1</source>
        <translation>The survey items could not be read: %1</translation>
    </message>
</context>
<context>
    <name>hc::ui::SaveCancelButtons</name>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>hc::ui::ScriptEditorDialog</name>
    <message>
        <source>话术设置</source>
        <translation>Scripts</translation>
    </message>
    <message>
        <source>开场白</source>
        <translation>Opening</translation>
    </message>
    <message>
        <source>阶段：%1</source>
        <translation>Stage: %1</translation>
    </message>
    <message>
        <source>流失原因：%1</source>
        <translation>Churn reason: %1</translation>
    </message>
    <message>
        <source>可用占位符：%1</source>
        <translation>Available placeholders: %1</translation>
    </message>
    <message>
        <source>恢复默认</source>
        <translation>Restore default</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>话术未保存</source>
        <translation>Script not saved</translation>
    </message>
    <message>
        <source>放弃对当前话术的修改？</source>
        <translation>Discard the changes to this script?</translation>
    </message>
    <message>
        <source>本店修改版</source>
        <translation>Shop&apos;s version</translation>
    </message>
    <message>
        <source>默认话术（来自资料 003）</source>
        <translation>Default script (from document 003)</translation>
    </message>
    <message>
        <source>话术未恢复</source>
        <translation>Script not restored</translation>
    </message>
</context>
<context>
    <name>hc::ui::SearchModel</name>
    <message>
        <source>无效</source>
        <translation>Invalid</translation>
    </message>
    <message>
        <source>未进厂</source>
        <translation>No visit</translation>
    </message>
    <message>
        <source>忠诚</source>
        <translation>Loyal</translation>
    </message>
    <message>
        <source>摇摆</source>
        <translation>Swing</translation>
    </message>
    <message>
        <source>流失</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>%1 · 新</source>
        <translation>%1 · new</translation>
    </message>
    <message>
        <source>工单 %1</source>
        <translation>WO %1</translation>
    </message>
    <message>
        <source>VIN %1</source>
        <translation>VIN %1</translation>
    </message>
    <message>
        <source>号码已隐藏；客户卡片中可查看完整号码。</source>
        <translation>Number hidden; the customer card can reveal it.</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>车牌</source>
        <translation>Plates</translation>
    </message>
    <message>
        <source>分类</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>最近进厂</source>
        <translation>Last visit</translation>
    </message>
    <message>
        <source>分类不可用</source>
        <translation>class unavailable</translation>
    </message>
</context>
<context>
    <name>hc::ui::SendMessagesDialog</name>
    <message>
        <source>发送短信</source>
        <translation>Send SMS</translation>
    </message>
    <message>
        <source>通过短信平台发送 %1 回访名单中的短信。只发给同意接收的客户，营销短信带退订方式。</source>
        <translation>Send the messages of the %1 call list through the SMS platform. Only customers who consented receive them; marketing messages carry the unsubscribe line.</translation>
    </message>
    <message>
        <source>短信模板(&amp;M)</source>
        <translation>&amp;Message template</translation>
    </message>
    <message>
        <source>发送(&amp;S)</source>
        <translation>&amp;Send</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>短信网关尚未设置（设置 → 短信模板 → 短信网关）。</source>
        <translation>The SMS gateway is not set up (Settings → Message templates → SMS gateway).</translation>
    </message>
    <message>
        <source>正在发送，请稍候…</source>
        <translation>Sending, please wait…</translation>
    </message>
    <message>
        <source>已发送 %1 条，失败 %2 条（共 %3 条计费短信）。
未发送：%4 位客户未同意，%5 位客户无效或没有手机号。</source>
        <translation>Sent: %1, failed: %2 (%3 billed SMS).
Not sent: %4 customers without consent, %5 invalid or without a mobile number.</translation>
    </message>
    <message>
        <source>通过短信平台给活动“%1”邀约的客户发送短信。只发给同意接收的客户，营销短信带退订方式。</source>
        <translation>Send messages through the SMS platform to the customers invited by the campaign “%1”. Only customers who consented receive them; marketing messages carry the unsubscribe line.</translation>
    </message>
    <message>
        <source>通过短信平台给“%1”的 %2 位客户发送短信。只发给同意接收的客户，营销短信带退订方式。</source>
        <translation>Send messages through the SMS platform to the %2 customers of “%1”. Only customers who consented receive them; marketing messages carry the unsubscribe line.</translation>
    </message>
    <message>
        <source>正在准备短信，请稍候…</source>
        <translation>Preparing the messages, please wait…</translation>
    </message>
    <message>
        <source>将发送 %1 条短信（%2 条计费短信）；%3 位客户未同意、%4 位无效或没有手机号，不发送。</source>
        <translation>%1 messages will be sent (%2 billed SMS); %3 customers without consent and %4 invalid or without a mobile number are not sent to.</translation>
    </message>
    <message>
        <source>另有 %1 位客户今天已收到同一模板的短信、%2 位客户缺少模板所需的内容（如到期日期），也不发送。</source>
        <translation>Also not sent to: %1 customers who already got this template today and %2 customers missing something the template needs (such as the due date).</translation>
    </message>
    <message>
        <source>没有要发送的短信。</source>
        <translation>There are no messages to send.</translation>
    </message>
    <message>
        <source>已取消，没有发送短信。</source>
        <translation>Cancelled; no messages were sent.</translation>
    </message>
    <message>
        <source>完成之前不能关闭此窗口。</source>
        <translation>This window cannot be closed until it has finished.</translation>
    </message>
</context>
<context>
    <name>hc::ui::SettingsView</name>
    <message>
        <source>服务顾问</source>
        <translation>Service advisor</translation>
    </message>
    <message>
        <source>回访专员</source>
        <translation>Callback staff</translation>
    </message>
    <message>
        <source>经理</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>中文（简体）</source>
        <translation>中文（简体）</translation>
    </message>
    <message>
        <source>更改后在下次启动时生效。</source>
        <translation>Takes effect at the next start.</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>启用</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>停用</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>锁定至 %1</source>
        <translation>Locked until %1</translation>
    </message>
    <message>
        <source> 次</source>
        <translation> failures</translation>
    </message>
    <message>
        <source> 分钟</source>
        <translation> min</translation>
    </message>
    <message>
        <source> 毫秒</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>已保存，下次启动时生效。</source>
        <translation>Saved; applies at the next start.</translation>
    </message>
    <message>
        <source>客户分类与分析</source>
        <translation>Classification and analysis</translation>
    </message>
    <message>
        <source>回访规则</source>
        <translation>Follow-up rules</translation>
    </message>
    <message>
        <source>短信模板</source>
        <translation>Message templates</translation>
    </message>
</context>
<context>
    <name>hc::ui::ShopProfilePanel</name>
    <message>
        <source>门店信息</source>
        <translation>Shop profile</translation>
    </message>
    <message>
        <source>打印在结算单和报表上，回访话术中的 {shop}</source>
        <translation>Printed on receipts and reports; {shop} in the call scripts</translation>
    </message>
    <message>
        <source>如 029-81629900</source>
        <translation>e.g. 029-81629900</translation>
    </message>
    <message>
        <source>如 周一至周日 8:30–18:00</source>
        <translation>e.g. Mon–Sun 8:30–18:00</translation>
    </message>
    <message>
        <source>门店名称(&amp;N)：</source>
        <translation>Shop &amp;name:</translation>
    </message>
    <message>
        <source>地址：</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>电话：</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>营业时间：</source>
        <translation>Opening hours:</translation>
    </message>
    <message>
        <source>保存门店信息</source>
        <translation>Save shop profile</translation>
    </message>
    <message>
        <source>门店信息已保存。</source>
        <translation>Shop profile saved.</translation>
    </message>
</context>
<context>
    <name>hc::ui::SpanEdit</name>
    <message>
        <source>个月</source>
        <translation>months</translation>
    </message>
    <message>
        <source>天</source>
        <translation>days</translation>
    </message>
</context>
<context>
    <name>hc::ui::StartupMessages</name>
    <message>
        <source>无法打开数据库</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <source>无法打开数据库：
%1

%2</source>
        <translation>Cannot open the database:
%1

%2</translation>
    </message>
    <message>
        <source>还没有用户</source>
        <translation>No users yet</translation>
    </message>
    <message>
        <source>数据库 %1 中还没有用户。
请先用命令行创建经理账户：
huichang-cli --db &quot;%1&quot; user add 用户名 --role manager</source>
        <translation>The database %1 has no users yet.
Create the manager account on the command line first:
huichang-cli --db &quot;%1&quot; user add USERNAME --role manager</translation>
    </message>
    <message>
        <source>数据库文件已损坏:
%1

为防止进一步损坏,已以只读方式打开,不能保存任何修改。</source>
        <translation>The database file is damaged:
%1

To prevent further damage it was opened read-only; no changes can be saved.</translation>
    </message>
    <message>
        <source>数据库已损坏</source>
        <translation>Database damaged</translation>
    </message>
    <message>
        <source>没有找到校验过的备份。请联系技术支持,不要删除这个文件。</source>
        <translation>No verified backup was found. Contact support and do not delete this file.</translation>
    </message>
    <message>
        <source>是否从最近一次校验过的备份(%1)恢复?当前文件会先另存一份。</source>
        <translation>Restore the latest verified backup (%1)? The current file is saved as a backup first.</translation>
    </message>
    <message>
        <source>从备份恢复</source>
        <translation>Restore from Backup</translation>
    </message>
    <message>
        <source>只读打开</source>
        <translation>Open Read-Only</translation>
    </message>
    <message>
        <source>备份与恢复</source>
        <translation>Backup and Restore</translation>
    </message>
    <message>
        <source>操作日志被改动</source>
        <translation>Audit log altered</translation>
    </message>
    <message>
        <source>操作日志校验不通过:从第 %1 条记录起(共 %2 条)内容与记录时不一致,可能被人改动、删除或改了日期。
请保留数据库文件和备份,并用 huichang-cli audit verify 核对。</source>
        <translation>The audit log check failed: from record %1 on (%2 records) the content no longer matches what was recorded; records may have been edited, deleted or back-dated.
Keep the database file and the backups, and check with huichang-cli audit verify.</translation>
    </message>
    <message>
        <source>正在恢复备份……完成后回厂会重新打开。</source>
        <translation>Restoring the backup… Huichang opens again when it is done.</translation>
    </message>
</context>
<context>
    <name>hc::ui::TransferDialog</name>
    <message>
        <source>车辆过户 %1</source>
        <translation>Transfer vehicle %1</translation>
    </message>
    <message>
        <source>过户后，以前的进厂记录仍归原车主，以后的进厂记录归新车主。</source>
        <translation>After the transfer, past visits stay with the previous owner; later visits belong to the new owner.</translation>
    </message>
    <message>
        <source>输入新车主的姓名、电话或车牌查找</source>
        <translation>Type the new owner&apos;s name, phone or plate to search</translation>
    </message>
    <message>
        <source>新建客户(&amp;C)…</source>
        <translation>New &amp;customer…</translation>
    </message>
    <message>
        <source>新车主(&amp;F)</source>
        <translation>New owner(&amp;F)</translation>
    </message>
    <message>
        <source>过户日期(&amp;D)</source>
        <translation>Transfer &amp;date</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>过户</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>（无效）</source>
        <translation>(invalid)</translation>
    </message>
    <message>
        <source>没有找到。可以点“新建客户”为新车主建档。</source>
        <translation>Nothing found. Click &quot;New customer&quot; to create a record for the new owner.</translation>
    </message>
    <message>
        <source>请先在列表中选择新车主，或新建客户。</source>
        <translation>Select the new owner in the list first, or create a new customer.</translation>
    </message>
</context>
<context>
    <name>hc::ui::UsersDialog</name>
    <message>
        <source>服务顾问</source>
        <translation>Service advisor</translation>
    </message>
    <message>
        <source>回访专员</source>
        <translation>Callback staff</translation>
    </message>
    <message>
        <source>经理</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>启用</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>停用</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>锁定至 %1</source>
        <translation>Locked until %1</translation>
    </message>
    <message>
        <source>停用(&amp;D)</source>
        <translation>&amp;Disable</translation>
    </message>
    <message>
        <source>启用(&amp;E)</source>
        <translation>&amp;Enable</translation>
    </message>
    <message>
        <source>已添加用户 %1。</source>
        <translation>User %1 added.</translation>
    </message>
    <message>
        <source>角色已改为%1。</source>
        <translation>Role changed to %1.</translation>
    </message>
    <message>
        <source>已为 %1 设置新密码。</source>
        <translation>New password set for %1.</translation>
    </message>
    <message>
        <source>已解除锁定。</source>
        <translation>Unlocked.</translation>
    </message>
    <message>
        <source>账户已停用，不能再登录；记录保留。</source>
        <translation>Account disabled: it can no longer log in; its records stay.</translation>
    </message>
    <message>
        <source>账户已重新启用。</source>
        <translation>Account enabled again.</translation>
    </message>
</context>
<context>
    <name>hc::ui::VehicleDialog</name>
    <message>
        <source>新增车辆</source>
        <translation>Add vehicle</translation>
    </message>
    <message>
        <source>编辑车辆 %1</source>
        <translation>Edit vehicle %1</translation>
    </message>
    <message>
        <source>如 2024-05-20</source>
        <translation>e.g. 2024-05-20</translation>
    </message>
    <message>
        <source>如 陕A12345</source>
        <translation>e.g. 陕A12345</translation>
    </message>
    <message>
        <source>17 位车架号（可不填）</source>
        <translation>17-character VIN (optional)</translation>
    </message>
    <message>
        <source>如 大众</source>
        <translation>e.g. Volkswagen</translation>
    </message>
    <message>
        <source>如 帕萨特</source>
        <translation>e.g. Passat</translation>
    </message>
    <message>
        <source>升，如 1.8</source>
        <translation>litres, e.g. 1.8</translation>
    </message>
    <message>
        <source>未填</source>
        <translation>Not entered</translation>
    </message>
    <message>
        <source>手动</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>自动</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <source>高档</source>
        <translation>Premium</translation>
    </message>
    <message>
        <source>中档</source>
        <translation>Mid-range</translation>
    </message>
    <message>
        <source>中低档</source>
        <translation>Lower mid-range</translation>
    </message>
    <message>
        <source>低档</source>
        <translation>Economy</translation>
    </message>
    <message>
        <source>车牌号(&amp;P)*</source>
        <translation>&amp;Plate*</translation>
    </message>
    <message>
        <source>车架号(&amp;V)</source>
        <translation>&amp;VIN</translation>
    </message>
    <message>
        <source>发动机号</source>
        <translation>Engine no.</translation>
    </message>
    <message>
        <source>品牌</source>
        <translation>Make</translation>
    </message>
    <message>
        <source>车型</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>排量</source>
        <translation>Displacement</translation>
    </message>
    <message>
        <source>变速箱</source>
        <translation>Gearbox</translation>
    </message>
    <message>
        <source>颜色</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>钥匙号</source>
        <translation>Key no.</translation>
    </message>
    <message>
        <source>车辆档次</source>
        <translation>Vehicle class</translation>
    </message>
    <message>
        <source>上牌日期</source>
        <translation>Registration date</translation>
    </message>
    <message>
        <source>购车日期</source>
        <translation>Purchase date</translation>
    </message>
    <message>
        <source>首保日期</source>
        <translation>First service date</translation>
    </message>
    <message>
        <source>公里</source>
        <translation>km</translation>
    </message>
    <message>
        <source>首保里程</source>
        <translation>First service mileage</translation>
    </message>
    <message>
        <source>保险到期</source>
        <translation>Insurance due</translation>
    </message>
    <message>
        <source>年检到期</source>
        <translation>Inspection due</translation>
    </message>
    <message>
        <source>请填写车牌号，如 陕A12345。</source>
        <translation>Please enter the plate, e.g. 陕A12345.</translation>
    </message>
    <message>
        <source>此车架号</source>
        <translation>This VIN</translation>
    </message>
    <message>
        <source>此车牌号</source>
        <translation>This plate</translation>
    </message>
    <message>
        <source>%1已登记在客户 &lt;a href=&quot;%2&quot;&gt;%3&lt;/a&gt; 名下。若车辆已过户，请在原档案中办理过户。</source>
        <translation>%1 is already registered to customer &lt;a href=&quot;%2&quot;&gt;%3&lt;/a&gt;. If the vehicle changed hands, transfer it from that record.</translation>
    </message>
    <message>
        <source>有标红的项目需要更正，更正后再保存。</source>
        <translation>Fields marked in red need correcting before you can save.</translation>
    </message>
    <message>
        <source>重复检查未完成：%1</source>
        <translation>The duplicate check did not run: %1</translation>
    </message>
</context>
<context>
    <name>hc::ui::VisitDialog</name>
    <message>
        <source>登记进厂</source>
        <translation>Register visit</translation>
    </message>
    <message>
        <source>（不指定车辆）</source>
        <translation>(no specific vehicle)</translation>
    </message>
    <message>
        <source>公里，如 45200</source>
        <translation>km, e.g. 45200</translation>
    </message>
    <message>
        <source>保养</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <source>维修</source>
        <translation>Repair</translation>
    </message>
    <message>
        <source>事故</source>
        <translation>Accident</translation>
    </message>
    <message>
        <source>质保</source>
        <translation>Warranty</translation>
    </message>
    <message>
        <source>保险</source>
        <translation>Insurance</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>派工单编号</source>
        <translation>Work order number</translation>
    </message>
    <message>
        <source>车辆(&amp;V)</source>
        <translation>&amp;Vehicle</translation>
    </message>
    <message>
        <source>进厂日期(&amp;D)</source>
        <translation>Visit &amp;date</translation>
    </message>
    <message>
        <source>里程(&amp;M)</source>
        <translation>&amp;Mileage</translation>
    </message>
    <message>
        <source>类别(&amp;C)</source>
        <translation>&amp;Category</translation>
    </message>
    <message>
        <source>派工单号(&amp;W)</source>
        <translation>&amp;Work order no.</translation>
    </message>
    <message>
        <source>鉴定单号</source>
        <translation>Assessment no.</translation>
    </message>
    <message>
        <source>服务顾问</source>
        <translation>Service advisor</translation>
    </message>
    <message>
        <source>维修技师</source>
        <translation>Technician</translation>
    </message>
    <message>
        <source>0.00</source>
        <translation>0.00</translation>
    </message>
    <message>
        <source>工时费(&amp;L)</source>
        <translation>&amp;Labour</translation>
    </message>
    <message>
        <source>材料费(&amp;P)</source>
        <translation>&amp;Parts</translation>
    </message>
    <message>
        <source>其他费用</source>
        <translation>Other charges</translation>
    </message>
    <message>
        <source>优惠</source>
        <translation>Discount</translation>
    </message>
    <message>
        <source>实收金额</source>
        <translation>Amount received</translation>
    </message>
    <message>
        <source>本次完成的项目</source>
        <translation>Work done this visit</translation>
    </message>
    <message>
        <source>建议客户下次做、本次未做的项目（下次进厂时醒目提示）</source>
        <translation>Work recommended for next time and not done now (highlighted at the next visit)</translation>
    </message>
    <message>
        <source>维修内容</source>
        <translation>Work done</translation>
    </message>
    <message>
        <source>下次建议</source>
        <translation>Next recommendation</translation>
    </message>
    <message>
        <source>比上次记录的 %1 公里还少，请核对仪表读数。</source>
        <translation>Less than the last recorded %1 km; please check the odometer.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>优惠大于费用合计，实收不能为负，请核对优惠金额。</source>
        <translation>The discount exceeds the total, so the amount received would be negative; please check the discount.</translation>
    </message>
    <message>
        <source>建议下次保养：%1</source>
        <translation>Next service suggested: %1</translation>
    </message>
    <message>
        <source>，约 %1 公里</source>
        <translation>, about %1 km</translation>
    </message>
    <message>
        <source>，或 %1 公里（以先到者为准）</source>
        <translation>, or %1 km (whichever comes first)</translation>
    </message>
    <message>
        <source>（按本车日均 %1 公里估算）</source>
        <translation> (estimated from this vehicle&apos;s %1 km a day)</translation>
    </message>
    <message>
        <source>有标红的项目需要更正，更正后再保存。</source>
        <translation>Fields marked in red need correcting before you can save.</translation>
    </message>
    <message>
        <source>修改进厂记录 %1</source>
        <translation>Edit visit %1</translation>
    </message>
    <message>
        <source>原车辆</source>
        <translation>Original vehicle</translation>
    </message>
    <message>
        <source>无法计算下次保养：%1</source>
        <translation>Next maintenance cannot be computed: %1</translation>
    </message>
</context>
<context>
    <name>hc::ui::VisitHistoryActions</name>
    <message>
        <source>修改记录…</source>
        <translation>Edit visit…</translation>
    </message>
    <message>
        <source>作废…</source>
        <translation>Void…</translation>
    </message>
    <message>
        <source>打印结算单…</source>
        <translation>Print receipt…</translation>
    </message>
    <message>
        <source>经理可随时修改；服务顾问只能在录入当天修改自己录入的记录</source>
        <translation>The manager may edit at any time; an advisor only the visits they entered, on the same day</translation>
    </message>
    <message>
        <source>作废后不再计入分类、ABC、回访和报表，记录和原因保留在审计日志中</source>
        <translation>A voided visit no longer counts for classes, ABC, callbacks and reports; the visit and the reason stay in the audit log</translation>
    </message>
    <message>
        <source>进厂记录已修改。</source>
        <translation>Visit updated.</translation>
    </message>
    <message>
        <source>进厂记录已作废，不再计入分析和回访。</source>
        <translation>Visit voided; it no longer counts for analysis and callbacks.</translation>
    </message>
</context>
<context>
    <name>hc::ui::VoidVisitDialog</name>
    <message>
        <source>作废进厂记录</source>
        <translation>Void visit</translation>
    </message>
    <message>
        <source>%1 工单 %2，实收 %3</source>
        <translation>%1 work order %2, received %3</translation>
    </message>
    <message>
        <source>（无工单号）</source>
        <translation>(no work-order number)</translation>
    </message>
    <message>
        <source>作废：%1。
作废后记录仍保留在档案和审计日志中，但客户分类、ABC 分析、回访名单、报表和搜索都不再计入。此操作不能撤销。</source>
        <translation>Void: %1.
The visit stays in the archive and the audit log, but customer classes, ABC analysis, callback lists, reports and search no longer count it. This cannot be undone.</translation>
    </message>
    <message>
        <source>如：重复录入、金额录错、客户取消</source>
        <translation>e.g. entered twice, wrong amount, customer cancelled</translation>
    </message>
    <message>
        <source>作废原因(&amp;R)</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>作废</source>
        <translation>Void</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>请写明作废原因。</source>
        <translation>Please give the reason for voiding.</translation>
    </message>
</context>
<context>
    <name>hc::ui::WalkInDialog</name>
    <message>
        <source>保养</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <source>维修</source>
        <translation>Repair</translation>
    </message>
    <message>
        <source>事故</source>
        <translation>Accident</translation>
    </message>
    <message>
        <source>质保</source>
        <translation>Warranty</translation>
    </message>
    <message>
        <source>保险</source>
        <translation>Insurance</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
</context>
</TS>
