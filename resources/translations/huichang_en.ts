<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="zh_CN">
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
    <name>ReceptionView</name>
    <message>
        <source>车牌、电话或尾号、姓名、拼音首字母、VIN、工单号 (Ctrl+F)</source>
        <translation>Plate, phone or last 4 digits, name, pinyin initials, VIN, work order (Ctrl+F)</translation>
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
</context>
<context>
    <name>hc::ui::CustomerBadgePanel</name>
    <message>
        <source>忠诚客户</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>摇摆客户</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>流失客户</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>无效客户</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>未进厂</source>
        <translation>No visit</translation>
    </message>
    <message>
        <source>活跃</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>非流失</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>准流失</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>流失</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>趋向彻底流失</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>彻底流失</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A 金牌客户</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>B 重要客户</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C 一般客户</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>重要价值</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>重要发展</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>重要保持</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>重要挽留</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>一般价值</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>一般发展</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>一般保持</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>一般挽留</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>新增客户</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>阶段：%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>矩阵 %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>RFM %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hc::ui::CustomerCardView</name>
    <message>
        <source>在上方搜索客户、电话或车牌，打开客户档案。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>上次建议、客户尚未做的项目</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>撤销无效(&amp;Z)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>车牌号</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>品牌车型</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>车架号</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>最近进厂</source>
        <translation>Last visit</translation>
    </message>
    <message>
        <source>最近里程</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>下次保养</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>预计里程</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>保养提醒</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>保险到期</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>年检到期</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>编辑车辆</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>过户…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>车辆(&amp;1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>日期</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>派工单号</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>类别</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>里程</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>实收金额</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>服务顾问</source>
        <translation>Service advisor</translation>
    </message>
    <message>
        <source>维修技师</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>维修内容</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>下次建议</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>进厂记录(&amp;2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>编辑资料(&amp;E)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>新增车辆(&amp;A)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>登记进厂(&amp;R)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>标记无效…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>显示完整号码</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>显示完整证件号</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>二次复核(&amp;V)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>电话：</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>身份证：</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>复核：</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>未选择客户</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>没有找到编号为 %1 的客户，可能已被删除或合并。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>用户 %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>（没有电话）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>单位客户</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>个人客户</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>来源：%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>拒绝营销联系</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>（未登记）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>已复核 · %1 · %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>未复核：前台登记的信息需由第二人核对确认</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>号码错误或空号</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>车辆已卖出或置换</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>多次联系不上</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>其他原因</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>无效客户：%1（%2，%3 标记）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>无记录</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>已逾期 %1 天</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 天内到期</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>正常</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>按本车日均里程，先到保养里程</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>按保养间隔时间</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>保养</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>维修</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>事故</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>质保</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>保险</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>其他</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1（已过户）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>进厂记录已保存。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>车辆 %1 已过户。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>已撤销无效标记，客户恢复为有效。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>已记录二次复核。</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hc::ui::CustomerDialog</name>
    <message>
        <source>新建客户</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>编辑客户 %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>姓名或单位名称</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>个人</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>单位</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>手机或座机，如 13812345678 / 029-81234567</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>备用电话（可不填）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>18 位身份证号（可不填）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>未填</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>男</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>女</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>如 1985-03-12</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>姓名/单位(&amp;N)*</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>类型(&amp;K)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>电话(&amp;P)*</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>电话 2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>身份证号(&amp;I)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>性别</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>生日</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>如 雁塔区</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>如 朋友介绍、保险公司</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>私家车</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>公务车</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>保险车</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>出租车</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>要求型</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>困惑型</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>激动型</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>理性</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>感性</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>地址</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>邮编</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>所在区域</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>客户来源</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>客户属性</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>客户表现</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>客户色彩</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>备注</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>保存</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>请填写客户姓名或单位名称。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>没有电话无法回访，客户将计为无效。请尽量填写手机号。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>生日不能晚于今天，请检查年份。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>此身份证号</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>此电话</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1已登记在客户 &lt;a href="%2"&gt;%3&lt;/a&gt; 名下。是同一人请打开该档案，不要重复建档。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>有标红的项目需要更正，更正后再保存。</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hc::ui::FieldFeedback</name>
    <message>
        <source>中文</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hc::ui::InvalidDialog</name>
    <message>
        <source>标记为无效客户</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>将 %1 标记为无效后，不再计入有效客户、ABC 分析和回访名单。可以在档案中撤销。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>号码错误或空号(&amp;W)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>车辆已卖出或置换(&amp;S)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>多次联系不上(&amp;U)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>其他原因(&amp;O)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>原因</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>说明，如：新车主电话 139…；选“其他原因”时必填</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>备注(&amp;N)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>标记无效</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>选择“其他原因”时，请写明原因。</source>
        <translation type="unfinished" />
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
</context>
<context>
    <name>hc::ui::StartupMessages</name>
    <message>
        <source>数据库正被其他程序占用。请关闭其他回厂窗口后重试。</source>
        <translation>The database is in use by another program. Close other Huichang windows and try again.</translation>
    </message>
    <message>
        <source>数据库文件已损坏或不是回厂数据库。请从备份恢复。</source>
        <translation>The database file is damaged or not a Huichang database. Restore it from a backup.</translation>
    </message>
    <message>
        <source>无法打开或写入数据库文件。请检查文件夹是否存在以及访问权限。</source>
        <translation>The database file cannot be opened or written. Check that the folder exists and that you may write to it.</translation>
    </message>
    <message>
        <source>磁盘已满，无法写入数据库。</source>
        <translation>The disk is full; the database cannot be written.</translation>
    </message>
    <message>
        <source>该数据库由更新版本的回厂创建，请升级本程序。</source>
        <translation>This database was written by a newer Huichang. Please update this program.</translation>
    </message>
    <message>
        <source>打开数据库时出错。</source>
        <translation>Error while opening the database.</translation>
    </message>
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
huichang-cli --db "%1" user add 用户名 --role manager</source>
        <translation>The database %1 has no users yet.
Create the manager account on the command line first:
huichang-cli --db "%1" user add USERNAME --role manager</translation>
    </message>
    <message>
        <source>登录失败</source>
        <translation>Login failed</translation>
    </message>
</context>
<context>
    <name>hc::ui::TransferDialog</name>
    <message>
        <source>车辆过户 %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>过户后，以前的进厂记录仍归原车主，以后的进厂记录归新车主。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>输入新车主的姓名、电话或车牌查找</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>新建客户(&amp;C)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>新车主(&amp;F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>过户日期(&amp;D)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>备注</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>过户</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>（无效）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>没有找到。可以点“新建客户”为新车主建档。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>请先在列表中选择新车主，或新建客户。</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hc::ui::VehicleDialog</name>
    <message>
        <source>新增车辆</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>编辑车辆 %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>如 2024-05-20</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>如 陕A12345</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>17 位车架号（可不填）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>如 大众</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>如 帕萨特</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>升，如 1.8</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>未填</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>手动</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>自动</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>高档</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>中档</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>中低档</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>低档</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>车牌号(&amp;P)*</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>车架号(&amp;V)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>发动机号</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>品牌</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>车型</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>排量</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>变速箱</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>颜色</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>钥匙号</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>车辆档次</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>上牌日期</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>购车日期</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>首保日期</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>公里</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>首保里程</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>保险到期</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>年检到期</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>保存</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>请填写车牌号，如 陕A12345。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>此车架号</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>此车牌号</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1已登记在客户 &lt;a href="%2"&gt;%3&lt;/a&gt; 名下。若车辆已过户，请在原档案中办理过户。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>有标红的项目需要更正，更正后再保存。</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hc::ui::VisitDialog</name>
    <message>
        <source>登记进厂</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>（不指定车辆）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>公里，如 45200</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>保养</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>维修</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>事故</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>质保</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>保险</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>其他</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>派工单编号</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>车辆(&amp;V)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>进厂日期(&amp;D)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>里程(&amp;M)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>类别(&amp;C)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>派工单号(&amp;W)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>鉴定单号</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>服务顾问</source>
        <translation>Service advisor</translation>
    </message>
    <message>
        <source>维修技师</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>0.00</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>工时费(&amp;L)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>材料费(&amp;P)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>其他费用</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>优惠</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>实收金额</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>本次完成的项目</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>建议客户下次做、本次未做的项目（下次进厂时醒目提示）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>维修内容</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>下次建议</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>保存</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>比上次记录的 %1 公里还少，请核对仪表读数。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>优惠大于费用合计，实收不能为负，请核对优惠金额。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>建议下次保养：%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>，约 %1 公里</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>，或 %1 公里（以先到者为准）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>（按本车日均 %1 公里估算）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>有标红的项目需要更正，更正后再保存。</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>