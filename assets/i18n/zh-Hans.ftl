# CareDesk — 简体中文。与 en.ftl 的键和 $参数 完全相同。
# 规则编号和代码（REP-PART、battery、US）永不翻译。
# 用语：Care Refresh = DJI Care 随心换；Care Refresh+ = 随心换+；
# replacement = 换新；extended warranty = 延保。

language-name = 简体中文

## Codes: the label a person reads for each code (`code_enum!`, key <prefix>-<code>).
## The codes themselves are never translated.

# Part
part-aircraft = 飞行器（产品主体）
part-gimbal = 云台
part-camera = 相机
part-propellers = 螺旋桨（对）
part-battery = 电池
part-grip = 手柄握把
part-handle = 手柄
part-main_body = 主机
part-main_controller = 主控
part-motor = 电机
part-esc = 电调
part-vision_system = 视觉系统

# Cause
cause-user_error = 用户操作失误
cause-signal_interference = 信号干扰
cause-collision = 碰撞
cause-water_damage = 进水
cause-drop_damage = 摔落
cause-accident = 意外
cause-normal_use = 正常使用下的故障

# ServiceChannel
service-channel-online = 线上寄修（寄往维修中心）
service-channel-express = 极速换新（收到即寄出新机）
service-channel-ssc = 快修服务中心

# SalesChannel
sales-channel-official = DJI 官方
sales-channel-authorized = 授权经销商
sales-channel-unofficial = 非官方渠道

# Term
term-1y = 1年版
term-2y = 2年版

# Exclusion
exclusion-non_dji_product = 非 DJI 产品的损坏
exclusion-third_party_accessory = 与未经授权的非 DJI 产品、配件或软件一起使用
exclusion-parts_lost = 保障部件丢失
exclusion-parts_stolen_or_discarded = 保障部件被盗、被抢或被丢弃
exclusion-unauthorized_repair = 未经授权的维修造成的损坏
exclusion-not_per_manual = 未按用户手册安装、使用或操作
exclusion-illegal_use = 用于违法活动
exclusion-disaster_or_war = 自然灾害、战争、暴乱或恐怖活动
exclusion-paid_enhancement = 付费技术升级
exclusion-indirect_loss = 间接损失或预期利润
exclusion-personal_injury_or_property = 人身伤害或财产损失
exclusion-legal_fees = 诉讼、仲裁或律师费用
exclusion-unsuitable_conditions = 在不适宜的条件下飞行
exclusion-airworthiness_violation = 违反适航要求
exclusion-modification_or_dismantling = 经过改装或拆解
exclusion-defective_battery = 电池故障造成的损坏
exclusion-cosmetic_wear = 不影响性能的外观磨损

# RequestKind
request-kind-plus_purchase = 购买随心换+
request-kind-replacement = 换新
request-kind-extended_warranty = 延保维修
request-kind-plus_return = 退订随心换+

# PlanKind
plan-care_refresh = 随心换
plan-care_refresh_plus = 随心换+

# Charge
charge-replacement_fee = 换新费用
charge-transregional_fees = 跨区运费、税费及其他费用

# Verdict
verdict-approved = 已批准
verdict-refused = 已拒绝

# ClaimKind
claim-kind-replacement = 换新
claim-kind-extended_warranty = 延保维修

# ClaimStatus
claim-status-submitted = 已提交
claim-status-approved = 已批准
claim-status-refused = 已拒绝
claim-status-awaiting_product = 等待产品寄达
claim-status-received = 已收货
claim-status-assessed = 已检测
claim-status-replacement_shipped = 新机已寄出
claim-status-paid_repair = 付费维修
claim-status-repaired = 已维修
claim-status-closed = 已结案

# ProductStatus
product-status-active = 在用
product-status-reclaimed = 已回收

# PlanService
plan-service-replacement = 换新
plan-service-extended_warranty = 延保

# Role
role-technician = 技术员
role-ssc = 快修中心店员
role-supervisor = 主管

# ClaimActionCode
claim-action-await_product = 等待产品寄达
claim-action-receive = 已收到产品
claim-action-assess = 已检测
claim-action-ship_replacement = 寄出新机
claim-action-choose_paid_repair = 客户选择付费维修
claim-action-repair = 已维修
claim-action-lapse = 失效（未按时寄出）
claim-action-close = 结案
parcel-direction-inbound = 寄入（损坏设备或部件）
parcel-direction-outbound = 寄出（换新设备或已修好的设备）
claim-queue-overdue = 已逾期
claim-queue-awaiting_product = 等待产品寄达
claim-queue-received = 已收货
claim-queue-assessed = 已检测
claim-queue-ready_to_ship = 待寄出
claim-queue-open = 全部未结

# ServiceState
service-state-not_started = 未开始
service-state-active = 生效中
service-state-expired = 已过期
service-state-used_up = 已用完
service-state-withdrawn = 已退出
service-state-not_offered = 不提供

## Rules: the plain-language reason for each rule ID (SPEC §2), key rule-<ID>.

rule-BUY-NO-BASE = 该产品没有 DJI Care 随心换（1年版）；随心换+ 只能为已有随心换 1年版的产品购买。
rule-BUY-BASE-TERM = 该产品的 DJI Care 随心换为 2年版；随心换+ 不支持 2年版。
rule-BUY-BASE-EXPIRED = DJI Care 随心换已过期；随心换+ 须在其到期前购买。
rule-BUY-NO-REPLACEMENT-LEFT = DJI Care 随心换已无剩余换新次数；随心换+ 要求其至少剩余一次换新。
rule-BUY-ONCE = 该产品（或其替换前的产品）已购买过随心换+；每台产品仅可购买一次。
rule-BUY-REGION-UNSUPPORTED = 购买地所在的国家或地区不提供随心换+。
rule-BUY-REGION-MISMATCH = 随心换+ 与产品须在同一国家或地区（服务区域）购买。
rule-BUY-CHANNEL = 随心换+ 只能绑定从 DJI 官方或授权渠道购买的产品。
rule-REP-EXPIRED = 申请日期不在换新服务的有效期内。
rule-REP-IN-ADVANCE = 随心换已无剩余换新次数，且在随心换到期前不可提前使用随心换+ 的换新服务。
rule-REP-NONE-LEFT = 当前生效服务计划的换新次数已用完。
rule-REP-WITHDRAWN = 客户已确认退出当前生效的服务计划，其换新服务已终止。
rule-REP-CHANNEL = 该产品并非从 DJI 官方或授权渠道购买。
rule-REP-REGION-MISMATCH = 服务计划与产品在不同国家或地区购买，无法使用该服务。
rule-REP-MFG-DEFECT = 该过保产品在随心换+ 生效前已被发现存在制造缺陷，因此不能使用随心换+。
rule-REP-PART = 所申请的部件不在该产品系列的换新服务范围内。
rule-REP-PART-QTY = 申请的部件数量过多：每次换新最多一个产品主体、云台或电池，螺旋桨最多两对。
rule-REP-EXCLUDED = 损坏属于换新服务的除外责任（例如丢失、被盗、未经授权的维修或未按手册使用）。
rule-REP-SHIP-LATE = 未在提交线上寄修申请后 7 个自然日内寄出部件，或未在提交极速换新申请后 3 日内寄出。
rule-REP-OUTSIDE-COVERAGE = 在服务覆盖范围以外申请服务：该地区不提供随心换+ 服务。
rule-REP-TRANSREGIONAL = 在服务计划的服务区域以外申请服务；仅当客户支付跨区运费、税费及其他费用时方可进行。
rule-REP-PRIVACY = 客户尚未同意《DJI 隐私政策》，申请换新服务前必须同意。
rule-EW-NO-PLUS = 该产品未绑定提供延保的随心换+。
rule-EW-NOT-STARTED = 延保在随心换（1年版）到期后开始，不可提前使用。
rule-EW-EXPIRED = 申请日期已超出延保服务的有效期。
rule-EW-NOT-OFFERED = 在欧盟国家、英国、瑞士和挪威，随心换+ 只提供换新服务，不提供延保。
rule-EW-WITHDRAWN = 客户已确认退出随心换+，其延保已终止。
rule-EW-CHANNEL = 该产品并非从 DJI 官方或授权渠道购买。
rule-EW-REGION-MISMATCH = 随心换+ 与产品在不同国家或地区购买，无法使用该服务。
rule-EW-MFG-DEFECT = 该过保产品在随心换+ 生效前已被发现存在制造缺陷，因此不能使用随心换+。
rule-EW-CAUSE = 延保仅保障正常使用下的故障，不保障用户操作失误或意外造成的损坏。
rule-EW-PART = 该部件不在该产品系列的延保范围内。
rule-EW-EXCLUDED = 故障属于延保的除外责任（例如改装、电池故障、外观磨损或未按手册使用）。
rule-EW-SHIP-LATE = 未在确认延保服务后 7 个自然日内寄出部件。
rule-EW-OUTSIDE-COVERAGE = 在服务覆盖范围以外申请服务：该地区不提供随心换+ 服务。
rule-EW-AREA = 该产品不支持国际联保，延保只能在购买随心换+ 的地区使用（支付费用也不能改变这一点）。
rule-RET-PRODUCT-NOT-RETURNED = 只有当产品本身已按 DJI 退货政策退货时才能退订随心换+（先退随心换，再退随心换+）。
rule-RET-SERVICE-USED = 随心换+ 的换新服务或延保服务一经使用，便不能退订。

## Interpretations of the terms (SPEC "Interpretation"), key interpretation-<ID>.

interpretation-INT-EU-SERVICE-REGION = 所有欧盟成员国构成同一个服务区域 EU：在法国购买的产品与在德国购买的服务计划属于同一服务区域。
interpretation-INT-EUROPEAN-CAP = 欧洲版（欧盟、英国、瑞士、挪威）：在随心换与随心换+ 的两年内最多换新三次，因此随心换+ 可用次数为 3 减去随心换已用的次数。其他地区随心换+ 恰好提供一次。
interpretation-INT-OSMO-MOBILE-PARTS = Osmo Mobile：换新服务保障主机和电池（条款中 Osmo 系列的“相机和电池”不适用于手机云台）。
interpretation-INT-SSC-NO-SHIP-DEADLINE = 快修服务中心的预约没有寄件期限：条款只对线上寄修（7 个自然日）和极速换新（3 日）申请规定了期限。

## SPEC §5 advice: what the person at the counter can do about each failing rule.
## $parts is a list of part names, $series a product series, $date a day in
## words, $region a region code, $plan a plan name, $days a number of days.

advice-accept-privacy = 请客户阅读并同意《DJI 隐私政策》，并记录客户已同意。
advice-remove-parts = 从申请中移除 { $parts }：{ $series } 系列不可换新这些部件。
advice-remove-parts-warranty = 从申请中移除 { $parts }：{ $series } 系列的延保不保障这些部件。
advice-reduce-parts = 将数量降至上限：{ $parts }。
advice-reduce-part = { $part } 降至 { $cap }
advice-accept-transregional = 询问客户是否接受跨区运费、税费及其他费用；经客户同意后可继续申请，费用由客户承担。
advice-wait-plus = 请于 { $date } 起再来，届时随心换+ 开始生效：不可提前使用。
advice-wait-base = 请于 { $date } 起再来，届时随心换开始生效。
advice-service-in = 请在 { $region } 为产品办理服务，该产品的{ $plan }在那里有效。
advice-buy-in = 请通过 { $region } 销售随心换+，即产品的购买地（该地区的门店或激活卡）。
advice-return-product = 请先按 DJI 退货政策退回产品；然后退订随心换，再退订随心换+。

advice-none-buy-no-base = 此处无法处理：随心换+ 要求产品已有 DJI Care 随心换（1年版）。
advice-none-buy-base-term = 此处无法处理：随心换（2年版）不能加购随心换+。
advice-none-buy-base-expired = 为时已晚：随心换+ 最晚可在 { $date }（随心换的最后一天）购买。
advice-none-buy-no-replacement-left = 此处无法处理：随心换+ 要求随心换仍有剩余换新次数。
advice-none-buy-once = 此处无法处理：每台产品（及其换新后的产品）只能购买一次随心换+。
advice-none-buy-region = 在 { $region } 购买的产品不提供随心换+。
advice-none-channel = 没有从 DJI 或授权经销商处购买的凭证，服务计划无法为该产品提供服务；可提供付费维修。
advice-none-rep-expired = 当天没有任何服务计划生效；可提供付费维修。
advice-none-rep-none-left = { $plan }已无剩余换新次数；可提供付费维修。
advice-none-withdrawn = 已确认退出{ $plan }，服务已终止；可提供付费维修。
advice-none-region-mismatch = 服务计划与产品在不同地区购买；该服务计划无法为此产品提供服务。
advice-none-mfg-defect = 随心换+ 生效前已发现的制造缺陷不在其保障范围内；可提供付费维修。
advice-none-excluded = 属于除外责任（{ $exclusions }）：服务计划不保障此情况；可提供付费维修。
advice-none-ship-late = 部件未在提交后 { $days } 日内寄出，本次申请已失效；新的申请须按时寄出。
advice-none-outside-coverage = { $region } 不提供随心换+ 服务；产品须在提供随心换+ 的地区办理服务。
advice-none-ew-no-plus = 延保要求产品已绑定随心换+；可提供付费维修。
advice-none-ew-expired = 延保已于 { $date } 结束；可提供付费维修。
advice-none-ew-not-offered = 在欧盟、英国、瑞士或挪威购买的随心换+ 不含延保；可改为申请换新。
advice-none-ew-cause = 延保仅保障正常使用下的故障；如属损坏，请改为申请换新。
advice-none-ret-service-used = 此处无法处理：随心换+ 的服务已被使用。

## How long a decision holds (SPEC §5 windows).
advice-after-steps-approved = 完成以上步骤后，申请即可批准。
advice-after-steps-refused = 即使完成以上步骤，申请仍会被拒绝。
advice-approvable-from = 自 { $date } 起可批准。
advice-never-approvable = 按现状，未来三年内任何一天都无法批准。
advice-buy-until = 随心换+ 最晚可在 { $date } 购买。
advice-ship-by = 客户须在 { $date } 前寄出部件。
advice-approved-through = 在 { $date } 前（含当日）可批准。
report-advice-step = 处理方法：{ $text }
advice-no-end = 按现状，未来三年内每一天都可批准。
fee-missing = 收费标准中没有 { $model } 在 { $region } 第 { $number } 次换新的费用。须由主管先设定（设置，或 caredesk fee set "{ $model }" { $number } AMOUNT --region { $region }），才能提交这个已批准的申请。
unit-reclaimed = 设备 { $serial } 已由 DJI 回收：已换新为 { $replaced_by }。请为 { $replaced_by } 受理申请。
unit-reclaimed-chain = 设备 { $serial } 已由 DJI 回收：已换新为 { $replaced_by }，目前在用的设备是 { $in_service }。请为 { $in_service } 受理申请。
unit-reclaimed-unknown = 设备 { $serial } 已由 DJI 回收；不能再受理申请。
bound-in-future = { $field }：{ $day } 是将来的日期（今天是 { $today }）。
bound-before-cr = { $field }：{ $day } 早于产品的随心换开始日期（{ $starts }）。
bound-before-submitted = { $field }：{ $day } 早于申请提交日期（{ $submitted }）。
bound-received-before-shipped = parcel.received_on：{ $received } 早于包裹寄出日期（{ $shipped }）。
bound-longer-than-term = cr_ends：{ $term }最晚到 { $latest }（开始于 { $starts }），不能是 { $ends }。
bound-too-many-replacements = cr_replacements_total：{ $term }最多 { $max } 次换新，不能是 { $total }。
lapse-not-overdue = { $id } 未逾期：客户可在 { $ship_by } 前寄出包裹（今天是 { $today }），或已按时寄出。只有逾期的申请才能失效。
lapse-no-deadline = { $id } 没有寄件期限（或不在等待客户的包裹），因此不能失效。
receive-needs-shipped = 接收 { $id } 需要包裹的寄出日期（来自物流跟踪，--shipped DATE）：寄件期限以此判定。
replacement-serial-known = 序列号 { $serial } 在 CareDesk 中已存在；换新设备是带有自己序列号的新设备。请重新扫描新设备的序列号。
replacement-other-model = 换新设备 { $serial } 扫描为 { $model }，但被替换的设备是 { $expected }：换新设备必须是同一型号。
event-received-shipped = 已收到包裹（寄出于 { $shipped }）
event-refused-on-receipt = 收货时拒绝：{ $rules }。为其预留的换新设备已释放；请将设备退还客户（记录寄出包裹），然后结案。
event-lapsed = 已失效：未在 { $ship_by } 前寄出（{ $rule }）；按拒绝结案，为其预留的换新设备已释放
event-parcel = 包裹（{ $direction }）：{ $carrier } { $tracking }
event-parcel-shipped = ，寄出于 { $day }
event-parcel-received = ，收到于 { $day }
parcel-bad-carrier = parcel.carrier：请填写承运商（最多 { $max } 个字符）。
parcel-bad-tracking = parcel.tracking：`{ $tracking }` 不是运单号（字母、数字和连字符，最多 { $max } 个）。
parcel-duplicate = parcel.tracking：{ $tracking } 已在 { $id } 上按该方向记录。
checklist-item-data_backed_up = 已备份并删除设备中的个人数据
checklist-item-microsd_removed = 已取出并交还 microSD 卡
checklist-item-only_parts_to_replace = 只寄送需要换新的部件
checklist-data-backed-up = 客户已备份并删除设备中的个人数据（照片、视频、飞行数据、第三方软件）。
checklist-microsd-removed = 已取出 microSD 卡并交还客户。
checklist-short-data-backed-up = 数据已备份并删除
checklist-short-microsd-removed = microSD 卡已取出
checklist-short-only-parts-to-replace = 仅寄送需换新的部件
checklist-only-parts-to-replace = 只寄送需要换新的部件：不含遥控器、电池（套装内或单独购买的）、其他 DJI 配件及第三方配件。
customer-erased = 已清除
customer-name-missing = 客户必须有姓名。
customer-field-too-long = { $field }超过了可保存的 { $max } 个字符；请缩短。
customer-field-control = { $field }中含有控制字符；请去掉后重新输入。
customer-phone-invalid = “{ $phone }”不是电话号码：只能包含数字、空格和 + - ( ) . /，且至少 3 位数字。
customer-email-invalid = “{ $email }”不是电子邮箱地址（例如 name@example.com）。
customer-lang-invalid = “{ $lang }”不是语言标签（例如 zh-Hant、ko 或 de）。
customer-not-found = 没有客户 { $id }。
customer-is-erased = 客户 { $id } 已于 { $date } 被遗忘：其数据已清除，不能再用于任何新业务。
customer-batch-row = 批量中的第 { $row } 位客户：{ $error }
customer-product-linked = { $serial } 已属于客户 { $id }。
search-too-short = 请至少输入 { $min } 个字符再搜索。
intake-not-ticked = 未勾选：{ $items }
intake-no-description = 没有损坏描述
intake-incomplete = 受理核对清单不完整：{ $missing }。只有在您和客户都确认的情况下才提交申请。
photo-already-attached = { $name } 已附加到 { $claim }（同一张照片）。
photo-not-found = 没有照片 { $id }。
signature-erased = { $claim } 的客户已被遗忘；其签名不能被替换。
cli-confirm-incomplete = { $why } 如仍要提交，请加上 { $flag }。

## A refusal's reason, with what in the request made the rule fail.
reason-observed = 发现：{ $items }。
reason-not-covered-parts = { $series } 系列不保障：{ $items }。
reason-shipped-after = 包裹在 { $submitted } 提交申请后第 { $days } 天才寄出（最多 { $limit }）。
reason-not-shipped-after = 在 { $submitted } 提交申请后 { $days } 天仍未寄出（最多 { $limit }）。

## The window's fonts. $scripts names writing systems ("Chinese and Korean"),
## $package a Debian package to install.
fonts-missing-title = 缺少字体
fonts-missing = 无法显示{ $scripts }文字：已安装的字体均不包含这些字符。请安装 { $package }。
fonts-missing-dismiss = 确定

## Errors from the service layer and storage (src/store/message.rs).
error-refused = 已拒绝：{ $rules }
error-not-found = 未找到：{ $what }
error-illegal-transition = 状态为“{ $status }”的申请不能执行操作 `{ $action }`
error-not-allowed = 不允许：{ $why }
error-code-already-used = 激活码 { $code } 已绑定到某个产品；每个激活码只能绑定一次
error-schema-too-new = 该数据库的结构版本为 { $found }，比本 CareDesk 所支持的版本（{ $known }）更新；请使用更新版本的 CareDesk
error-corrupt = 数据库中有无法读取的值：{ $what }
error-busy = 数据库被其他程序或工作站锁定；未保存任何内容，请重试（数据库：{ $database }）
error-conflict = 另一工作站同时修改了相同的记录；未保存任何内容，请重试（数据库：{ $database }）
error-read-only = 此处的数据库为只读；未保存任何内容（数据库：{ $database }）
error-disk-full = 磁盘已满；未保存任何内容，请释放空间后重试（数据库：{ $database }）
error-connection-lost = 与数据库服务器的连接已断开；未保存任何内容，服务器恢复后 CareDesk 会自动重新连接（数据库：{ $database }）
error-cannot-open = 无法打开数据库：{ $why }
error-backend = 数据库：{ $why }
error-unfinished = 尚未完成：{ $what }

## ---------------------------------------------------------------- the window
## Every text the window shows (src/ui/). Arguments are filled in as given:
## $keys a keyboard shortcut (Ctrl+5), $date a YYYY-MM-DD day.

## The window (src/ui/mod.rs, src/ui/app/, src/ui/command.rs, src/ui/widgets.rs)

app-title = CareDesk
start-no-catalog = 无法加载产品目录
start-no-database = 无法打开数据库 { $location }
start-no-window = 无法打开窗口：{ $error }

# Menus and the shortcut help.
menu-file = 文件
menu-view = 视图
menu-help = 帮助
menu-export-claims = 导出申请（按表格筛选）
menu-export-expiring = 导出即将到期的服务计划
menu-expiring-within = { $days } 天内到期
menu-quit = 退出
help-scan = 扫描序列号：立即打开产品。
help-focus-serial = { $keys } 或 { $alt }：光标移到序列号栏
help-panels = { $first } … { $last }：切换面板
help-file-claim = { $keys }：提交申请（申请受理）
help-dialogs = Enter：确认对话框 · Esc：取消
help-theme = { $keys }：深色 / 浅色主题
shortcut-or = { $first } / { $second }
button-with-shortcut = { $label }（{ $keys }）

# Commands with one label wherever they are offered (src/ui/command.rs).
command-focus-serial = 扫描 / 查询序列号
command-toggle-theme = 深色 / 浅色主题
command-clear-recent = 清空列表
command-search = 搜索
command-open-product = 打开
command-load-demo = 加载演示数据…
command-import-products = 从 CSV 导入产品…
command-cancel-job = 取消
command-dismiss = 关闭

# The scanner row and the status line.
scanner-label = 序列号
scanner-hint = 扫描或输入序列号，按 Enter
scanner-reclaimed = 已回收
scanner-unknown = { $serial }：没有此产品 — 未打开任何产品
scanner-today = 今天 { $date }
scanner-staff = { $name }（{ $role }）
scanner-staff-hover = 更换当前工作人员（设置）
scanner-no-staff = 已锁定：请用 PIN 码登录
status-ready = 就绪。

# Dialogs.
staff-dialog-title = 谁在工作？
staff-dialog-body = 每项操作都会以您的姓名记录：请选择您的姓名并输入 PIN 码。
staff-name-role = { $name } — { $role }
dialog-cancel = 取消
dialog-ok = 确定
dialog-keys = Enter 确认 · Esc 取消
dialog-cancelled = 已取消；未做任何更改。
pin-title = 主管 PIN 码
pin-label = PIN 码：
pin-not-staff-action = 这不是人员操作。
pin-set-fee = 将 { $model } 在 { $region } 第 { $number } 次换新的费用设为 { $amount }。
pin-reopen-claim = 重新打开申请 { $id }。

# Shared widgets and the live decision.
day-today = 今天
day-tomorrow = 明天
day-yesterday = 昨天
day-in-days = { $days } 天后
day-days-ago = { $days } 天前
window-ends = { $when }结束
window-ended = { $when }已结束
window-starts = { $when }开始
window-started = { $when }已开始
decision-approved = 批准
decision-refused = 拒绝
decision-plan-in-effect = 生效的服务计划：{ $plan }
interpretation = 解释
date-hint = YYYY-MM-DD
date-invalid = 不是日期（YYYY-MM-DD）
region-unknown = 未知地区
region-unknown-code = 未知地区代码
serial-and-model = { $serial } — { $model }
preview-checking = 正在检查…
preview-updating = 正在更新…
export-format-entry = { $format }…
export-format-csv = CSV（电子表格）
export-format-pdf = PDF（可打印报告）
export-format-json = JSON（机器可读）
export-busy = 另一项任务正在运行。

# What the window says after an action (the status line).
app-demo-loaded = 新的演示数据库：已加载演示数据（{ $products } 个产品，{ $claims } 个申请）。演示人员及其 PIN 码：{ $supervisors }。
app-demo-pin = { $name }（PIN { $pin }）
app-empty-database = 数据库为空：请在设置中加载演示数据或导入产品（{ $keys }）。
app-live-off = 实时刷新已关闭（{ $error }）；其他工作站的更改将在重新打开视图时显示。
app-choose-staff-first = 请先选择当前工作人员（设置，{ $keys }）：每项操作都会记录姓名。
app-choose-staff = 请先选择当前工作人员。
app-refused = { $what }：根据条款被拒绝。
app-failed = { $what }：{ $error }。
app-serial-unknown = 没有序列号为“{ $serial }”的产品，也没有部分匹配的结果。
app-serial-partial = 没有序列号为“{ $serial }”的产品；{ $count } 个部分匹配结果列在“{ $panel }”中。
app-plus-sold = 随心换+ 已售出并绑定到 { $serial }。
app-card-bound = 激活卡 { $code } 已绑定：{ $serial } 已开通随心换+。
app-card-registered = 激活卡 { $code }（{ $region }）已登记。
app-withdrawn = 已确认 { $serial } 退出{ $plan }。
app-plus-returned = { $serial } 的随心换+ 已退订。
app-claim-filed-approved = 申请 { $id } 已提交：已批准。
app-claim-filed-refused = 申请 { $id } 已提交：已拒绝。
app-claim-advanced = { $id }：{ $step } — 当前状态：{ $status }
app-claims-reader-stopped = 申请读取程序已停止；请重新启动 CareDesk。
app-cannot-read-claims = 无法读取申请：{ $error }。
app-staff-working = { $name } 正在工作；每项操作都将以此姓名记录。
app-staff-added = 已添加 { $name }，角色：{ $role }。
app-fee-set = { $model } 在 { $region } 第 { $number } 次换新的费用已设为 { $amount }。
app-claim-reopened = { $id } 已重新打开。
app-pin-not-allowed = 不允许：{ $why }。
app-demo-confirm-title = 加载演示数据
app-demo-confirm-body = 该数据库中已有产品。仍要向其中添加 { $products } 个演示产品、服务计划和申请吗？
app-demo-confirm = 添加演示数据
app-csv-filter = CSV
app-import-title = 导入产品
app-export-title = 导出
app-connection-lost = 与数据库的连接已断开（{ $reason }）。CareDesk 会自动重新连接；在此之前无法保存任何内容。
app-connection-restored = 已重新连接到数据库。

# What failed, at the start of an error message ("{ $what }: …").
app-what-staff-option = --staff { $name }
app-what-search = 搜索失败
app-what-lookup = 无法查询 { $serial }
app-what-refresh = 无法刷新 { $serial }
app-what-staff-list = 无法读取人员列表
app-what-fees = 无法读取收费标准
app-what-plus-not-bound = 随心换+ 未绑定
app-what-card-not-bound = 激活卡 { $code } 未绑定
app-what-card-not-registered = 激活卡未登记
app-what-withdrawal = 退出未记录
app-what-plus-not-returned = 随心换+ 未退订
app-what-claim-not-filed = 申请未提交
app-what-open-claim = 无法打开申请 { $id }
app-what-claim-not-changed = { $id } 未更改
app-what-count-claims = 无法统计申请数量
app-what-parcel-not-added = 未在 { $id } 上记录包裹
app-parcel-added = { $id }：已记录包裹 { $tracking }（{ $direction }）。
app-what-read-claims = 无法读取申请
app-what-not-done = 未完成

# Background jobs.
job-another-running = 另一项任务正在运行；请等待其完成或将其取消。
job-exporting = 正在导出到 { $target }…
job-exported = 已将 { $items } 项以 { $format } 格式导出到 { $target }（{ $kb } KB）。
job-export-failed = 导出失败（{ $error }）；未写入任何文件
job-loading-demo = 正在加载 { $products } 个演示产品…
job-demo-cancelled = 已取消演示数据；未添加任何内容。
job-demo-loaded = 演示数据已加载：{ $products } 个产品，{ $claims } 个申请，{ $cards } 张激活卡。
job-importing = 正在导入 { $file }…
job-imported = 已从 { $file } 导入 { $count } 个产品。
job-stopped = 任务已停止：{ $error }。
job-no-result = 任务结束，但没有结果。

## Serial lookup (src/ui/lookup.rs)

panel-lookup = 序列号查询
lookup-intro = 将序列号扫描到顶部输入栏（{ $keys } 或 { $alt } 可将光标移到该处）；按 Enter 打开产品。
lookup-search-label = 搜索：
lookup-search-hint = 部分序列号、型号或申请编号
lookup-results = 结果
lookup-no-search-yet = 尚未搜索。
lookup-nothing-matches = 没有与“{ $query }”匹配的结果。
lookup-matches = 与“{ $query }”匹配的结果共 { $count } 个：
lookup-recent = 最近查询
lookup-recent-none = 暂无。
lookup-open-product = 打开产品

## Plan status (src/ui/plan_status.rs)

panel-plans = 服务计划状态
plans-scan-first = 在顶部栏扫描或输入序列号（{ $keys }）以查看其服务计划。
plans-claims-on-unit = 该设备的申请
plans-claim-line = { $kind } · { $status } · 提交于 { $submitted }
plans-product-returned = 产品已按 DJI 退货政策退货
plans-return-plus-button = 退订随心换+…
plans-return-plus-title = 退订随心换+
plans-return-plus-body = 退订 { $serial } 的随心换+？由 RET 规则决定；如被拒绝，将显示原因且不做任何更改。
plans-return-plus-confirm = 退订随心换+
plans-model-series = { $model } · { $series } 系列
plans-unit-active = 在用
plans-unit-reclaimed = 已回收 — 归 DJI 所有
plans-bought-in = 购买地 { $region } · { $channel }
plans-international-yes = 国际联保：是
plans-international-no = 国际联保：否
plans-replaced-by = · 换新后设备
plans-replaces = · 换新前设备
plans-take-claim = 受理申请
service-active = 生效中
service-not-started = 未开始（不可提前使用）
service-expired = 已结束：超出有效期
service-used-up = 已结束：换新次数已用完
service-withdrawn = 已结束：已确认退出
service-not-offered = 不提供（欧洲版）
plans-not-on-product = 该产品没有此服务计划。
plans-had-plus = 此设备所替换的设备已购买过随心换+（BUY-ONCE）。
plans-withdraw-button = 确认退出{ $plan }…
plans-withdraw-title = 退出{ $plan }
plans-withdraw-body = 确认客户对 { $serial } 退出{ $plan }？其服务将于今天终止，且无法撤销。
plans-withdraw-confirm = 确认退出
plans-term = 版本：
plans-bought = 购买日期：
plans-region = 地区：
plans-region-service-region = { $region }（服务区域 { $service_region }）
plans-starts = 开始：
plans-date-relative = { $date }（{ $relative }）
plans-valid-through = 有效期至：
plans-replacements-label = 换新次数：
plans-replacements = 已用 { $used } 次，剩余 { $left } 次，共 { $allowed } 次
plans-replacements-european = 已用 { $used } 次，剩余 { $left } 次，共 { $allowed } 次（欧洲上限）
plans-replacement-service = 换新服务：
plans-extended-warranty = 延保：

## Coverage (src/ui/coverage.rs)

panel-coverage = 保障范围
coverage-for-model = { $model }（{ $series } 系列）的保障范围
coverage-checklist = 保障核对清单
coverage-series-label = 系列：
coverage-open-product-hint = 打开产品即可查看今天适用的内容。
coverage-no-series = 产品目录中没有系列。
coverage-replacement = 换新服务
coverage-warranty = 延保（随心换+）
coverage-no-warranty-in-europe = 在欧盟、英国、瑞士或挪威购买的随心换+ 不含延保。
coverage-replacement-today = 今天的换新由{ $plan }提供。
coverage-no-replacement-today = 今天没有服务计划提供换新服务。
coverage-never-send-back = 切勿寄回
coverage-send-only-parts = 只寄送需要换新的部件。寄送其他物品的运费由客户承担。
coverage-never-item = ×  { $item }
coverage-before-leaving = 产品离开柜台前
coverage-back-up = 备份客户的照片、视频和飞行数据，然后删除个人数据：设备可能不会寄回。
coverage-microsd = 取出 microSD 卡并交还客户。
coverage-part = 部件
coverage-at-most = 最多
coverage-today = 今天
coverage-pairs = { $cap } 对
coverage-covered = 保障
coverage-not-today = 今天不保障

## Sell / bind CR+ (src/ui/sell_plus.rs)

panel-sell = 随心换+ 销售
sell-heading = 销售 / 绑定随心换+
sell-mode-store = 门店销售，按序列号
sell-mode-card = 使用激活卡
sell-scan-first = 请先在顶部栏扫描或输入序列号（{ $keys }）。
sell-product = 产品：{ $serial }
sell-store-region = 门店所在地区：
sell-purchase-date = 购买日期：
sell-eligibility = 资格
sell-button = 销售并绑定随心换+
sell-button-disabled = 资格检查通过且已选择工作人员后可用。
sell-card-code = 激活码：
sell-card-serial = 序列号：
sell-card-bind = 绑定激活卡
sell-card-hint = 每个激活码只能绑定一次。BUY 规则按激活卡所属地区判定；如被拒绝，原因会列在此处。
sell-register-heading = 登记新的激活卡
sell-register-code = 激活码：
sell-register-region = 地区：
sell-register-button = 登记

## Claim intake (src/ui/claim_intake.rs)

panel-intake = 申请受理
intake-scan-first = 请先在顶部栏扫描或输入序列号（{ $keys }）。
intake-heading = 申请受理 — { $serial }
intake-model-region = { $model } · { $region }
intake-open-replacement = 打开 { $serial }
intake-set-fee = { $region } 的费用：
intake-set-fee-button = 设置费用…（PIN）
intake-problem-on = 申请日期不是有效日期（YYYY-MM-DD）。
intake-problem-submitted = 提交日期不是有效日期（YYYY-MM-DD）。
intake-problem-shipped = 寄出日期不是有效日期（YYYY-MM-DD）。
intake-problem-region = `{ $code }` 不是已知的地区代码（两个字母，例如 US 或 DE）。
intake-problem-no-part = 请至少勾选一个部件。
intake-service = 服务：
intake-channel = 渠道：
intake-cause = 原因：
intake-service-region = 服务地区：
intake-service-region-is = 服务区域 { $region }
intake-service-region-no-plus = { $region }：该地区不提供随心换+
intake-on = 申请日期：
intake-submitted = 提交日期：
intake-shipped-yet = 部件已寄出
intake-shipped-on = 寄出日期
intake-parts = 部件
intake-parts-not-covered = 该系列不保障的部件
intake-of-max = 最多 { $cap }
intake-customer = 客户
intake-privacy = 已同意《DJI 隐私政策》
intake-transregional = 接受跨区运费、税费及其他费用
intake-mfg-defect = 随心换+ 生效前已发现制造缺陷
intake-exclusions-some = 除外责任（发现部分情况）
intake-exclusions-none = 除外责任（未发现）
intake-decision = 判定
intake-file-approved = 提交申请（已批准）
intake-file-refused = 记录被拒绝的申请
intake-choose-staff = 提交前请先选择当前工作人员（设置）。
intake-customer-pays = 客户需支付
intake-pays-nothing = 无：延保期内维修和人工均免费。
intake-fee-number = 换新费用：{ $fee }（第 { $number } 次换新）
intake-fee = 换新费用：{ $fee }
intake-fee-missing-number = 换新费用（第 { $number } 次换新）：不在收费标准中 — 请咨询主管
intake-fee-missing = 换新费用：不在收费标准中 — 请咨询主管
intake-pays-transregional = 跨区运费、税费及其他费用（由服务区域报价）。
intake-dji-pays-shipping = DJI 承担服务区域内的双向运费。
intake-replacements-left = 本次之后剩余换新次数：{ $left }

## Claims (src/ui/claims.rs)

panel-claims = 申请
claims-col-id = 申请
claims-col-serial = 序列号
claims-col-model = 型号
claims-col-kind = 类型
claims-col-status = 状态
claims-col-decided = 申请日期
claims-col-updated = 更新时间
claims-col-decision = 判定 / 费用
claims-col-deadline = 寄出期限
claims-kind-replacement = 换新
claims-kind-warranty = 延保
claims-approved = 已批准
claims-approved-fee = 已批准 · { $fee }
claims-refused-rules = 已拒绝 · { $rules }
claims-shown = 显示 { $count } 条
claims-counting = 正在统计…
claims-any = 全部
claims-status = 状态：
claims-kind = 类型：
claims-from = 申请日期从：
claims-to = 至：
claims-date-hover = 包含当日；留空表示不限。
claims-serial-contains = 序列号或申请编号包含：
claims-clear-filters = 清除筛选
claims-export-shown = 导出显示的申请…
claims-export-one = 导出此申请…
claims-none-match = 没有符合这些筛选条件的申请。
claims-close-detail = 关闭详情（Esc）
claims-sorted-asc = { $column }（升序）
claims-sorted-desc = { $column }（降序）
claims-sort-hover = 按此列排序（再次点击反向）
claims-kind-channel = { $kind } · { $channel } ·
claims-model = · { $model }
claims-dates = 提交于 { $submitted } · 判定于 { $decided }
claims-pays = 客户需支付：{ $fee }
claims-pays-number = 客户需支付：{ $fee }（第 { $number } 次换新）
claims-replacement-unit = 换新设备：
claims-part-quantity = { $part } ×{ $quantity }
claims-parts = 部件：{ $parts }
claims-cause-region = 原因：{ $cause } · 服务区域 { $region }
claims-timeline = 时间线
claims-step-from = { $to }（自 { $from }）
claims-next-step = 下一步
claims-choose-staff = 请先选择当前工作人员（设置）才能推进申请。
claims-nothing-left = 此申请已无待办事项。
claims-note = 备注：
claims-note-hint = 可选
claims-close-button = 结案…
claims-close-title = 结案
claims-close-body = 将 { $id } 结案？已结案的申请只能由主管重新打开。
claims-close-confirm = 结案
claims-reopen-button = 重新打开…（主管）
claims-reopen-disabled = 请先写明原因备注，再重新打开。
claims-new-serial = 新设备序列号：
claims-ship-button = 寄出新机…
claims-ship-title = 完成换新
claims-ship-disabled = 请先扫描换新设备的序列号，并让 CareDesk 检查。
claims-ship-body = 寄出 { $new } 作为 { $serial } 的换新设备？

    此操作将在生效的服务计划上计一次换新，把新序列号绑定到相同的服务计划和有效期，并将 { $serial } 标记为由 DJI 回收。此操作无法撤销。
claims-ship-confirm = 寄出新机
claims-queue = 工作队列：
claims-queue-all = 全部申请
claims-queue-count = { $queue }（{ $count }）
claims-ship-by = 寄出期限 { $day }
claims-shipped-on = 包裹寄出于 { $day }
claims-days-left = { $days ->
    [0] 最迟今天寄出
   *[other] 还剩 { $days } 天
}
claims-days-late = { $days ->
   *[other] 已逾期：晚了 { $days } 天
}
claims-days-late-short = { $days ->
   *[other] 晚了 { $days } 天
}
claims-deadline-shipped = 寄出于 { $day }
claims-lapse-hover = 按 { $rule } 以拒绝结案：客户的包裹未按时寄出。为其预留的换新设备将被释放。
claims-lapse-title = 使申请失效
claims-lapse-body = { $id } 应在 { $ship_by } 前寄出，但未按时寄出任何物品。

    它将按 { $rule } 以拒绝结案，为其预留的换新设备将被释放。主管可以重新打开。
claims-lapse-confirm = 使申请失效
claims-receive-title = 客户的包裹已到达
claims-receive-shipped = 寄出日期（来自物流跟踪）：
claims-receive-hint = 将以此日期重新判定申请：若晚于 { $ship_by } 寄出，收货时会被拒绝（{ $rule }）。
claims-receive-disabled = 请输入包裹的寄出日期（YYYY-MM-DD）。
claims-receive-late-title = 超过期限后寄出
claims-receive-late-body = { $id } 的包裹于 { $day } 寄出，晚于 { $ship_by }。

    接收后将重新判定：收货时按 { $rule } 拒绝，释放其换新设备，并将设备退还客户。
claims-receive-late-confirm = 接收并重新判定
claims-parcels = 包裹
claims-no-parcels = 尚未记录包裹。
claims-parcel-add-heading = 记录包裹
claims-parcel-carrier = 承运商：
claims-parcel-tracking = 运单号：
claims-parcel-shipped = 寄出日期：
claims-parcel-received = 收到日期：
claims-parcel-add = 添加包裹
claims-parcel-add-disabled = 请填写承运商和运单号；日期为 YYYY-MM-DD 或留空。
claims-parcel-days-both = 寄出于 { $shipped }，收到于 { $received }
claims-parcel-days-shipped = 寄出于 { $shipped }
claims-parcel-days-received = 收到于 { $received }
claims-parcel-days-none = 尚未寄出
claims-ship-heading = 寄出换新设备
claims-ship-check = 检查
claims-ship-scan-hint = 扫描新设备的序列号（按 Enter 检查）。
claims-ship-checked = { $new } 作为 { $model } 寄出，替换 { $serial }。

## Settings (src/ui/settings.rs)

panel-settings = 设置
settings-who-is-working = 当前工作人员
settings-no-staff = 尚无工作人员：请在下方添加第一位（主管，需设置 PIN 码）。
settings-add-staff = 添加工作人员
settings-name = 姓名：
settings-role = 角色：
settings-pin = 其 PIN 码：
settings-add = 添加
settings-add-disabled = 需要姓名和本人至少 { $digits } 位数字的 PIN 码；接下来需要主管 PIN 码。
settings-database = 数据库
settings-other-database = 要使用其他文件，请以如下方式启动：
settings-other-database-command = caredesk --db PATH
settings-demo-products = 演示产品数量：
settings-appearance = 外观
settings-use-light = 使用浅色主题
settings-use-dark = 使用深色主题
settings-language = 语言
settings-language-label = 语言：
settings-language-system = 系统语言（{ $language }）
settings-language-set = 界面语言已切换为{ $language }。
settings-language-this-run = 本次运行使用{ $language }（--lang 或 CAREDESK_LANG）；在此处的选择会保留到下次启动。
settings-fee-schedule = 收费标准
settings-fees-supervisor-only = 只有主管可以修改费用。
settings-fee-filter = 型号包含：
settings-fee-model = 型号
settings-fee-replacement = 换新
settings-fee-amount = 费用
settings-fee-number = { $region } 第 { $number } 次
settings-fee-edit = 编辑
settings-fee-new-amount = 新金额
settings-fee-not-an-amount = 不是有效金额
settings-fee-save = 保存…
settings-fee-cancel = 取消
sign-in-pin = 您的 PIN 码：
sign-in-button = 登录
command-lock = 锁定
scanner-lock-hover = 离开时锁定窗口（{ $keys }）；用您的 PIN 码重新打开。
app-locked = 已锁定：请用 PIN 码登录以继续。已输入的内容会保留。
app-locked-idle = 闲置 { $minutes } 分钟后已锁定：请用 PIN 码登录以继续。已输入的内容会保留。
app-set-up-real = { $name } 是该数据库的第一位主管，已登录。
app-idle-lock-set = 现在窗口闲置 { $minutes } 分钟后会锁定（0：永不），适用于所有工作站。
pin-add-staff = 添加 { $name }，角色：{ $role }。
pin-set-idle-lock = 所有工作站闲置 { $minutes } 分钟后锁定（0：永不）。
pin-supervisor-needed = 此操作需要主管：由主管选择自己的姓名并输入自己的 PIN 码。
pin-no-supervisor = 该数据库没有主管。
pin-choose-supervisor = 请先选择主管。
setup-title = 新数据库
setup-body = 还没有人使用该数据库。请创建第一位主管（本人 PIN 码，至少 6 位数字），或填入演示数据试用 CareDesk。
setup-pin = PIN 码：
setup-pin-again = 再次输入 PIN 码：
setup-button = 创建第一位主管
setup-demo = 填入演示数据
setup-pins-differ = 两次输入的 PIN 码不一致；请重新输入。
banner-demo = 演示数据 — 虚构的产品、客户和申请；不得用于真实服务
banner-read-only = 数据库未通过完整性检查，已以只读方式打开（{ $why }）：无法保存任何内容。请恢复备份（caredesk restore FILE）。
settings-switch-hint = 点击姓名切换人员：需要输入其 PIN 码。
settings-idle-lock = 闲置锁定
settings-idle-lock-minutes = 闲置多久后锁定（分钟）：
settings-idle-lock-set = 设置（主管）
settings-idle-lock-hint = 窗口闲置达到此分钟数后锁定，适用于所有工作站；0 表示永不锁定。
settings-demo-database = 演示数据库：其人员的 PIN 码见 README。
settings-last-backup = 上次备份：{ $at } UTC
settings-no-backup = 该数据库尚无备份。
app-backup-failed = 今天的自动备份失败：{ $error }。请手动备份（caredesk backup --out FILE）。
save-title = 保存 { $format } 导出文件
save-no-native = 此处没有系统文件对话框：请选择文件夹和文件名。
save-folder = 文件夹：
save-name = 文件名：
save-replace = 替换同名文件
save-button = 保存
save-cancelled = 已取消：未写入或导入任何内容。
save-native-gave-nothing = 系统对话框中未选择文件（或无法显示）。请在此选择文件夹和文件名，或取消。
save-no-folder = 没有文件夹 { $folder }。
save-bad-name = 请输入文件名（不含文件夹分隔符）。
save-exists = 该处已有 { $name }：勾选“替换”以替换，或换一个文件名。
open-title = 从 CSV 文件导入产品
open-button = 导入
open-no-file = 该文件夹中没有文件 { $name }。
open-native-gave-nothing = 系统对话框中未选择文件（或无法显示）。请在此选择文件夹和文件名，或取消。
pin-set-role = 将 { $name } 设为{ $role }。
pin-reset-pin = 为 { $name } 设置新的 PIN 码（同时解除锁定）。
app-role-set = { $name } 现在是{ $role }。
app-pin-reset = { $name } 已有新的 PIN 码；锁定已解除。
settings-manage-staff = 角色和 PIN 码
settings-person = 人员：
settings-choose-person = 选择人员
settings-person-locked = 因 PIN 码错误被锁定至 { $until } UTC；设置新 PIN 码即可解除锁定。
settings-set-role = 更改角色（主管）
settings-new-pin = 新 PIN 码：
settings-reset-pin = 设置新 PIN 码（主管）
receipt-pdf-title = 受理回执 { $claim }
receipt-title = CareDesk — 受理回执
receipt-subtitle = 打印于 { $printed } UTC · 请保留此回执：上面写有您的申请编号
receipt-footer = 受理回执 { $claim }
receipt-claim-line = { $kind } · { $channel } · 服务区域 { $region }
receipt-dates-line = 提交于 { $submitted } · 状态：{ $status }
receipt-customer = 客户
receipt-no-customer = 此申请未记录客户。
receipt-name = 姓名
receipt-phone = 电话
receipt-email = 电子邮箱
receipt-address = 地址
receipt-product = 收到的产品和部件
receipt-model = 型号
receipt-serial = 序列号
receipt-parts = 收到的部件
receipt-intake = 受理核对清单和损坏情况
receipt-no-intake = 此申请未记录受理核对清单。
receipt-incomplete-confirmed = 受理时核对清单或描述不完整，已在柜台确认。
receipt-description = 损坏描述
receipt-no-description = 未提供描述。
receipt-privacy-recorded = 已同意隐私政策；由 { $who } 于 { $at } UTC 记录。
receipt-privacy-accepted = 已同意隐私政策。
receipt-privacy-not-accepted = 未同意隐私政策。
receipt-decision = 判定
receipt-approved = 批准
receipt-refused = 拒绝
receipt-under-plan = 依据{ $plan }
receipt-no-plan = 无生效的服务计划
receipt-decided-on = 判定日期 { $day }
receipt-advice = 如何才能获批：
receipt-pays = 您需支付的费用及寄件期限
receipt-pays-nothing-refused = 无：申请已被拒绝。
receipt-pays-nothing = 无。
receipt-fee = 换新费用：{ $amount }（{ $currency }）。
receipt-fee-missing = 换新费用：按收费标准（尚未记录金额）。
receipt-transregional = 跨区运费、税费及其他费用，按报价（已接受）。
receipt-ship-by = 最迟请于 { $date } 寄出部件。
receipt-never-send-back = 切勿寄回
receipt-signature = 客户签名
receipt-signed-at = 签于 { $at } UTC
receipt-not-signed = 未签名。
label-pdf-title = 箱贴 { $claim }
label-serial = 序列号
label-parts = 箱内部件
label-customer = 客户
label-submitted = 提交于 { $date }
label-ship-by = 寄出期限 { $date }
claim-pdf-customer = 客户
claim-pdf-customer-id = 客户编号
claim-pdf-photos = 损坏照片
claim-pdf-photo-unreadable = （缩略图无法读取）
claim-pdf-photo-caption = { $name } · { $width }×{ $height } · sha256 { $sha256 }
claim-pdf-signature = 客户签名
claim-pdf-signature-erased = 已清除（签于 { $at } UTC）
claim-pdf-signed = 签于 { $at } UTC · 由 { $who } 记录
panel-customers = 客户
customers-intro = 按姓名、电话或邮箱的任意部分查找客户，或添加新客户。编辑会记入审计；遗忘会在所有地方清除其个人数据。
customers-none-open = 未打开客户：请在左侧查找。
customers-heading = 客户 #{ $id }：{ $name }
customers-erased-note = 已于 { $date } UTC 被遗忘：其姓名、电话、邮箱、地址和备注已在所有地方清除；其申请仍保留。
customers-save = 保存更改
customers-undo = 撤销更改
customers-papers-language = 文件打印语言：{ $lang }
customers-products = 产品
customers-no-products = 没有产品。
customers-claims = 申请
customers-no-claims = 没有申请。
customers-claim-line = { $serial } · { $status }
customers-privacy = 客户数据
customers-export = 导出此客户的数据…
customers-forget = 遗忘此客户…
customers-forget-title = 遗忘此客户？
customers-forget-body = { $name }（#{ $id }）：其姓名、电话、邮箱、地址、备注和签名将在所有地方清除且无法恢复。其申请、判定和事件会保留，显示为“已清除”。接下来需要主管 PIN 码。
customers-forget-confirm = 遗忘（需主管 PIN 码）
pin-forget-customer = 遗忘客户 #{ $id }（{ $name }）：在所有地方清除其个人数据。
customer-find = 查找客户
customer-new = 新客户
customer-find-label = 姓名、电话或邮箱
customer-find-hint = 至少 3 个字符
customer-none-found = 没有匹配的客户。
customer-add = 添加客户
customer-change = 修改
customer-field-name = 姓名
customer-field-phone = 电话
customer-field-email = 电子邮箱
customer-field-address = 地址
customer-field-lang = 语言（例如 zh-Hant、ko、de）
customer-field-notes = 备注
intake-customer-who = 申请人
intake-checklist = 受理核对清单
intake-description = 客户描述的损坏情况
intake-description-hint = 发生了什么，哪里损坏
intake-photos = 损坏照片
intake-photo-remove = 移除
intake-signature = 客户签名
intake-confirm-title = 在受理信息不完整的情况下提交？
intake-confirm-file = 仍然提交
photos-add = 添加照片…
photos-drop-hint = 或将 JPEG/PNG 文件拖到窗口上（每个最大 20 MB）
signature-pad = 签名板
signature-hint = 请用鼠标、手写笔或手指在此签名
signature-clear = 清除签名
sell-customer = 客户
lookup-customers = 客户
lookup-no-customers = 没有匹配的客户。
lookup-customer-claims = 匹配客户的申请
lookup-claim-of = { $serial } · { $customer }
claims-customer = 客户和受理信息
claims-customer-line = #{ $id } { $name }
claims-no-customer = 此申请未记录客户。
claims-incomplete-confirmed = 受理信息不完整时受理（已确认）。
claims-description = 损坏：{ $text }
claims-privacy-recorded = 隐私政策同意由 { $who } 于 { $at } UTC 记录
claims-photos = 照片
claims-no-photos = 暂无照片。
claims-photo-hover = { $name } · { $width }×{ $height } · sha256 { $sha256 }
claims-signature = 签名
claims-not-signed = 未签名。
claims-signed = 签于 { $at } UTC，由 { $who } 记录
claims-sign = 立即签名…
claims-keep-signature = 保存签名
claims-papers = 给客户的文件
claims-print-receipt = 打印回执…
claims-print-label = 打印箱贴…
app-customer-added = 已添加客户 #{ $id }：{ $name }。
app-customer-saved = 已保存客户 #{ $id }：{ $name }。
app-customer-exported = 客户 #{ $id } 的全部数据已写入 { $file }。
app-customer-export-title = 导出客户数据
app-customer-forgotten = 客户 #{ $id } 已被遗忘：其个人数据已清除。
app-what-find-customers = 查找客户
app-what-customer-not-added = 未添加客户
app-what-customer-not-saved = 未保存客户 #{ $id }
app-what-open-customer = 打开客户 #{ $id }
app-what-customer-export = 导出客户 #{ $id }
app-what-signature = 未保存 { $id } 的签名
app-what-print = 为 { $id } 打印
app-photos-title = 损坏照片
app-photos-filter = 照片
app-photos-reading = 正在读取 { $count } 张照片…
app-photos-drop-where = 请将照片拖到申请受理（已打开产品时）或已打开的申请上。
app-photo-ready = { $name } 已就绪；提交申请时会一并保存。
app-photo-attached = { $name } 已与 { $id } 一起保存。
app-photo-unreadable = 无法读取 { $name }（{ $error }）。
app-photo-not-kept = 未保存 { $name }：{ $error }
app-signed = 签名已与 { $id } 一起保存。
app-print-title = 保存 PDF 以便打印
app-paper-receipt = 回执
app-paper-label = 箱贴
app-printed = { $id } 的{ $what }已写入 { $file }。
app-customer-export-file = customer-{ $id }.json
app-receipt-file = { $id }-receipt.pdf
app-label-file = { $id }-label.pdf
app-json-filter = JSON
app-pdf-filter = PDF
app-photo-no-thumbnail = 无法生成缩略图
advice-open-clause = 打开该规则所依据的条款
advice-button-accept-privacy = 记录已同意隐私政策
advice-button-remove-parts = 移除 { $parts }
advice-button-reduce-parts = 降至上限
advice-button-accept-transregional = 记录已接受费用
advice-button-service-in = 在 { $region } 办理服务
advice-button-buy-in = 通过 { $region } 销售
advice-button-apply-all = 应用全部 { $count } 个步骤
advice-not-kept = 此申请未保存处理建议（在 CareDesk 开始保存之前判定）。
clause-title = { $rule } 所依据的条款
clause-lines = 条款，第 { $first }–{ $last } 行
clause-line = 条款，第 { $line } 行
clause-none = 此规则没有对应的条款。
clause-unreadable = 无法读取条款：{ $error }
appointment-status-booked = 已预约
appointment-status-checked_in = 已签到
appointment-status-cancelled = 已取消
appointment-status-no_show = 未到场
repair-choice-replacement = 换新服务
repair-choice-paid_repair = 付费维修
panel-today = 今日
today-heading = { $date } 的预约
today-previous-day = ‹ 前一天
today-next-day = 后一天 ›
today-today = 今天
today-counter = 柜台：
today-counter-hint = 所有柜台
today-refresh = 刷新
today-import = 导入 CSV…
today-import-hover = 导入快修服务页面导出的文件（全部成功或全部不导入；出错的行会标明行号）。
today-scan-hint = 扫描已预约产品的序列号，为客户签到并受理申请。
today-loading = 正在读取当天数据…
today-none = 当天没有预约。
today-count-total = 共预约 { $count } 个
today-count-waiting = 还有 { $count } 个未到
today-count-late = { $count } 个迟到
today-count-checked-in = { $count } 个已签到
today-count-no-show = { $count } 个未到场
today-count-cancelled = { $count } 个已取消
today-col-time = 时间
today-col-customer = 客户
today-col-serial = 产品
today-col-case = 事由
today-col-counter = 柜台
today-col-status = 状态
today-late = 迟到
today-serial-hint = 扫描或输入
today-check-in = 签到
today-check-in-disabled = 请先扫描或输入产品序列号（并选择当前工作人员）。
today-take-claim = 受理申请
today-open-claim = 打开申请
today-edit = 编辑
today-more = 更多…
today-no-show = 未到场
today-no-show-title = 标记为未到场？
today-no-show-body = { $name }（{ $slot }）未到场。该预约将按未到场关闭；此操作会被记录。
today-cancel = 取消…
today-cancel-title = 取消预约？
today-cancel-body = { $name } 在 { $slot } 的预约将被取消；此操作会被记录。
today-cancel-confirm = 取消预约
today-form-new = 新建预约
today-form-edit = 修改预约 { $id }
today-form-book = 预约
today-form-save = 保存更改
today-form-clear = 清空
today-form-incomplete = 需要日期（YYYY-MM-DD）、时间（HH:MM）、柜台和客户姓名（以及当前工作人员）。
today-field-day = 日期：
today-field-slot = 时间：
today-field-name = 客户：
today-field-phone = 电话：
today-field-store = 柜台：
today-field-serial = 序列号：
today-field-case-ref = 案件编号：
today-field-case = 事由：
today-banner = 签到：预约 { $id }，{ $slot }，{ $store }
today-banner-customer = 客户：{ $customer }
today-banner-case = 案件 { $reference }：{ $case }
today-banner-link = 在此提交的申请会关联到该预约。
quote-heading = 换新或付费维修
quote-heading-warranty = 延保维修
quote-col-replacement = 换新服务
quote-col-repair = 付费维修
quote-row-pays = 客户需支付
quote-row-left = 之后剩余换新次数
quote-row-plan = 服务计划有效期至
quote-row-warranty = 延保有效期至
quote-free = 免费：维修和人工均在保障范围内
quote-no-fee = 缺少费用
quote-not-quoted = 尚未报价
quote-warranty-through = 延保有效期至 { $date }
quote-recorded-by = 由 { $who } 于 { $at } 报价
quote-valid-until = 有效期至 { $date }
quote-covers-text = 包含：{ $covers }
quote-choice = 客户选择：{ $choice }（由 { $who } 于 { $at } 记录）
quote-choose-replacement = 客户选择换新
quote-choose-repair = 客户选择付费维修
quote-choose-repair-title = 付费维修？
quote-choose-repair-confirm = 记录付费维修
quote-choose-repair-body = 客户以 { $amount } 选择对 { $id } 进行付费维修；申请将转为付费维修。此操作会被记录。
quote-form-new = 记录付费维修报价
quote-form-replace = 修改报价
quote-amount = 金额：
quote-currency = 币种：
quote-covers = 包含：
quote-covers-hint = 维修包含的内容
quote-valid-until-label = 有效期至：
quote-valid-until-bad = 不是今天或之后的日期（YYYY-MM-DD），或请留空
quote-record = 记录报价
app-what-appointments = 无法读取预约
app-what-appointment-not-saved = 预约未保存
app-what-check-in = 预约 { $id } 未签到
app-what-import-appointments = 未从 { $file } 导入任何内容
app-what-quote-not-recorded = 未在 { $id } 上记录报价
app-what-choice-not-recorded = 未记录 { $id } 的选择
app-import-appointments-title = 导入预约
app-appointment-added = 已预约 { $id }：{ $name }，{ $slot }。
app-appointment-changed = 预约 { $id } 已修改。
app-appointment-status = 预约 { $id }：{ $status }。
app-appointments-imported = 已从 { $file } 导入 { $count } 个预约。
app-checked-in = 预约 { $id }：{ $name } 已凭 { $serial } 签到；请受理申请。
app-quote-recorded = { $id }：已记录付费维修报价 { $amount }。
app-choice-recorded = { $id }：客户选择了{ $choice }。
today-field-email = 电子邮件：
appointment-bad-slot = 时段“{ $slot }”不是有效时间，例如 09:30。
appointment-no-store = 请填写客户预约的 Swift 服务中心柜台（门店）。
appointment-not-found = 没有预约 { $id }。
appointment-erased = 预约 { $id } 的客户已被遗忘：该预约不再保留其任何资料，也不能再更改。
appointment-not-booked = 预约 { $id } 的状态为“{ $status }”：只有已预约的预约才能更改、取消、标记为未到或签到。
appointment-changed-meanwhile = 预约 { $id } 已在另一台工作站上被更改；未保存任何内容，请重新查看。
appointment-no-serial = 预约 { $id } 还没有序列号：请扫描或输入产品序列号以签到。
appointment-link-not-checked-in = 预约 { $id } 的状态为“{ $status }”：请先签到，再关联申请。
appointment-already-linked = 预约 { $id } 已关联到申请 { $claim }。
appointment-claim-other-serial = 申请 { $claim } 针对 { $serial }，而预约 { $id } 针对 { $booked }。
appointment-csv-line = 第 { $line } 行：{ $error }
appointment-csv-missing-column = 表头缺少“{ $column }”列（应为：{ $expected }）
appointment-csv-unknown-column = 未知的列“{ $column }”（应为：{ $expected }）
appointment-csv-bad-day = 日期：“{ $day }”不是日期（YYYY-MM-DD）
appointment-csv-empty = 文件中没有预约（只有表头，或为空）。
quote-refused-warranty = { $id } 是延长保修维修：免费，因此无需报价。
quote-refused-express = { $id } 是快速更换：快速服务没有付费维修选项。
quote-refused-status = { $id } 的状态为“{ $status }”：付费维修报价须在损坏评估后记录。
quote-refused-chosen = { $id } 的客户选择已记录：报价不能再更改。
quote-expired = 有效期至 { $date } 的报价已过期。
quote-amount-not-positive = 报价金额必须大于零（而不是 { $amount }）。
quote-none-yet = { $id } 没有付费维修报价：请先记录报价，再记录客户的选择。
quote-lapsed = { $id } 的报价有效期至 { $date }：请先记录新的报价。
event-paid-repair-chosen = 客户选择了付费维修（{ $amount }）。
claim-pdf-quote = 更换或付费维修
claim-pdf-quote-replacement = 更换服务
claim-pdf-quote-repair = 付费维修（报价）
claim-pdf-quote-covers = 维修范围
claim-pdf-quote-valid-until = 报价有效期至
claim-pdf-quoted-by = 报价人
claim-pdf-quote-choice = 客户的选择
claim-pdf-quote-side = { $amount } · 之后剩余更换次数：{ $left }
claim-pdf-quote-no-fee = 未记录费用
claim-pdf-quote-not-stated = 未注明
claim-pdf-quote-not-chosen = 尚未记录
claim-pdf-quote-chosen = { $choice }（由 { $who } 于 { $at } UTC 记录）
claim-pdf-quoted = { $who }，{ $at } UTC

## The service layer's refusals and errors (issue 16). Codes, serials,
## ids and rule IDs stay as they are. $id a claim id or a number, $serial a
## serial, $name a person, $role/$status a label in words.
desk-err-no-claim = 没有理赔 `{ $id }`
desk-err-claim-input = 理赔输入：{ $error }
desk-err-reopen-needs-note = 重新打开理赔需要一条说明原因的备注
desk-err-reopen-only-refused = 只有被拒绝的理赔才能重新打开；{ $id } 的状态是{ $status }
desk-err-reopen-only-refused-approved = 只有被拒绝的理赔才能重新打开；{ $id } 的状态是{ $status }（已批准）
desk-err-no-plus-for-repair = { $serial } 没有可计入此次维修的 Care Refresh+
desk-err-no-plan-for-replacement = 理赔 { $id } 没有可计入此次换新的服务计划
desk-err-unit-reclaimed = 设备 { $serial } 已被回收
desk-err-warranty-no-ship = { $id } 是延保理赔：不会寄出换新设备
desk-err-needs-supervisor-now = { $name } 现在是{ $role }；此操作需要主管
desk-err-needs-supervisor = { $name } 是{ $role }；此操作需要主管
desk-err-no-staff = 没有员工 { $id }
desk-err-salt = 无法生成盐值：{ $error }
desk-err-hash = 无法对 PIN 进行哈希：{ $error }
desk-err-staff-name-not-found = 员工 `{ $name }`
desk-err-staff-id-not-found = 员工 { $id }
desk-err-staff-name-empty = 员工姓名不能为空
desk-err-staff-name-long = 员工姓名最多 { $max } 个字符
desk-err-staff-exists = 名为 `{ $name }` 的员工已存在
desk-err-only-supervisor = { $name } 是唯一的主管；请先将其他人设为主管
desk-err-pin-shape = PIN 为 { $min } 到 { $max } 位数字（0–9）
desk-err-no-pin = { $name } 还没有 PIN；由主管设置（caredesk staff pin "{ $name }"）
desk-err-wrong-pin = { $name } 的 PIN 错误（再错 { $left } 次将锁定 { $name } { $minutes } 分钟）
desk-err-unknown-model = 未知型号 `{ $model }`
desk-err-fee-region = { $region } 不是 Care Refresh+ 服务地区（费用适用于 { $regions }）
desk-err-fee-number = 换新次数 { $number } 不在 1 到 { $most } 之间（2 年计划最多 { $most } 次换新）
desk-err-fee-negative = 费用不能为负数
desk-err-fee-currency-code = 货币 `{ $currency }` 不是 USD 这样的三字母代码
desk-err-fee-currency = { $region } 的费用以 { $want } 计，而非 { $currency }
desk-err-no-cr-for-plus = 没有可绑定 CR+ 的 CR 计划
desk-err-code-shape = 激活码 `{ $code }` 不是 4 个或更多字母、数字或连字符
desk-err-code-exists = 激活码 { $code } 已存在
desk-err-code-unknown = 未知激活码 { $code }
desk-err-no-plus-to-return = { $serial } 没有可退回的 Care Refresh+
desk-err-plus-returned = { $serial } 的 Care Refresh+ 已退回
desk-err-no-cr = { $serial } 没有 Care Refresh 计划
desk-err-no-plus = { $serial } 没有 Care Refresh+
desk-err-plan-withdrawn = { $serial } 的{ $plan }已撤销
desk-err-past-calendar = { $today } 之后 { $days } 天超出了日历范围
desk-err-no-serial = 没有序列号为 `{ $serial }` 的产品
desk-err-no-product-id = 没有 ID 为 { $id } 的产品
desk-err-serial-shape = 序列号 `{ $serial }` 不是 4 到 32 个字母、数字或连字符
desk-err-region-code = { $field }：未知地区代码 `{ $region }`（应为 US 或 DE 这样的 ISO 3166-1 alpha-2 代码）
desk-err-cr-ends = CR 结束日（{ $ends }）必须晚于开始日（{ $starts }）
desk-err-cr-used = 已用 CR 换新次数（{ $used }）超过总数（{ $total }）
desk-err-no-parcel = 没有包裹 { $id }

## The store's errors (StoreError). $db/$path a database, $error the
## backend's or the file's own words, $until a UTC time.
store-err-refused = 已拒绝：{ $reasons }
store-err-not-found = 未找到：{ $what }
store-err-no-database = { $path } 处没有 CareDesk 数据库；未创建任何内容（请检查路径，或加上 --create 在那里新建数据库）
store-err-not-caredesk = { $path } 不是 CareDesk 数据库；未作任何改动
store-err-damaged = 数据库已损坏（{ $error }）；已以只读方式打开，未保存任何内容——请恢复备份（caredesk restore FILE）
store-err-locked = { $name } 因 { $attempts } 次 PIN 错误被锁定至 { $until } UTC；请届时再试，或请主管重置 PIN
store-err-illegal-transition = 状态为{ $status }的理赔不能执行操作 `{ $action }`
store-err-not-allowed = 不允许：{ $reason }
store-err-code-used = 激活码 { $code } 已绑定到一个产品；一个激活码只能绑定一次
store-err-schema-too-new = 此数据库的结构版本为 { $found }，比此 CareDesk 所知的（{ $known }）更新；请使用更新版本的 CareDesk
store-err-corrupt = 数据库中有无法读取的值：{ $error }
store-err-busy = 数据库被另一个程序或工作站锁定；未保存任何内容，请重试（数据库：{ $db }）
store-err-conflict = 另一个工作站在同一时刻修改了相同的记录；未保存任何内容，请重试（数据库：{ $db }）
store-err-read-only = 此处数据库为只读；未保存任何内容（数据库：{ $db }）
store-err-disk-full = 磁盘已满；未保存任何内容，请释放一些空间后重试（数据库：{ $db }）
store-err-connection-lost = 与数据库服务器的连接已断开；未保存任何内容，服务器恢复后 CareDesk 会自动重新连接（数据库：{ $db }）
store-err-cannot-open = 无法打开数据库：{ $error }
store-err-backend = 数据库：{ $error }
store-err-unfinished = 尚未完成：{ $what }

## The service layer: demo data, first setup, backups, the product CSV import.
desk-err-demo-max = 一次最多 { $max } 个演示产品
desk-err-demo-real-data = { $db } 存有真实数据：演示数据只能放入演示数据库（caredesk --db NEW_FILE demo）
desk-err-demo-real-data-here = 此数据库存有真实数据：演示数据只能放入演示数据库
desk-err-setup-demo-db = 这是演示数据库；请在新文件中建立真实数据库（caredesk --db NEW_FILE --create staff init NAME）
desk-err-setup-has-staff = 此数据库已有员工；由主管添加人员（caredesk staff add）
desk-err-idle-lock-range = 闲置锁定为 0（从不）到 { $max } 分钟
desk-err-backup-not-file = { $path } 不是普通文件（是文件夹、链接、设备或管道）；备份只写入文件
desk-err-backup-no-folder = 文件夹 { $path } 不存在
desk-err-backup-postgres = { $what }：PostgreSQL 数据库用服务器自带的 pg_dump 和 psql 备份和恢复（README，“Backups”）
desk-err-backup-no-dir = 没有备份文件夹
desk-err-no-file = { $path } 处没有文件
desk-err-history-altered = { $path } 中的历史记录已被改动（{ $first }）；未恢复
desk-err-line = 第 { $line } 行：{ $error }
desk-err-import-no-column = 第 1 行：表头没有 `{ $column }` 列（应为：{ $expected }）
desk-err-import-unknown-column = 第 1 行：未知列 `{ $column }`（应为：{ $expected }）
desk-err-import-cancelled = 导入已取消；未导入任何内容

## Reopening read-only and moving a database (caredesk migrate).
desk-err-read-only-sqlite = 只有 SQLite 文件可以以只读方式重新打开
desk-err-migrate-same = --from 和 --to 指向同一个数据库
desk-err-migrate-not-empty = 目标数据库不是空的（{ $there }）；迁移只复制到新的空数据库
