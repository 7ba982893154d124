# CareDesk — 繁體中文（台灣、香港）。與 en.ftl 的鍵和 $參數 完全相同。
# 規則編號和代碼（REP-PART、battery、US）永不翻譯。
# 用語：Care Refresh = DJI Care 隨心換；Care Refresh+ = 隨心換+；
# replacement = 換新；extended warranty = 延長保固。

language-name = 繁體中文

## Codes: the label a person reads for each code (`code_enum!`, key <prefix>-<code>).
## The codes themselves are never translated.

# Part
part-aircraft = 飛行器（產品主體）
part-gimbal = 雲台
part-camera = 相機
part-propellers = 螺旋槳（對）
part-battery = 電池
part-grip = 手柄握把
part-handle = 手柄
part-main_body = 主機
part-main_controller = 主控
part-motor = 馬達
part-esc = 電變
part-vision_system = 視覺系統

# Cause
cause-user_error = 使用者操作失誤
cause-signal_interference = 訊號干擾
cause-collision = 碰撞
cause-water_damage = 進水
cause-drop_damage = 摔落
cause-accident = 意外
cause-normal_use = 正常使用下的故障

# ServiceChannel
service-channel-online = 線上寄修（寄往維修中心）
service-channel-express = 快速換新（收到即寄出新機）
service-channel-ssc = 快修服務中心

# SalesChannel
sales-channel-official = DJI 官方
sales-channel-authorized = 授權經銷商
sales-channel-unofficial = 非官方通路

# Term
term-1y = 1 年版
term-2y = 2 年版

# Exclusion
exclusion-non_dji_product = 非 DJI 產品的損壞
exclusion-third_party_accessory = 與未經授權的非 DJI 產品、配件或軟體一起使用
exclusion-parts_lost = 保障部件遺失
exclusion-parts_stolen_or_discarded = 保障部件遭竊、遭搶或被丟棄
exclusion-unauthorized_repair = 未經授權的維修造成的損壞
exclusion-not_per_manual = 未依使用手冊安裝、使用或操作
exclusion-illegal_use = 用於違法活動
exclusion-disaster_or_war = 天然災害、戰爭、暴動或恐怖活動
exclusion-paid_enhancement = 付費技術升級
exclusion-indirect_loss = 間接損失或預期利潤
exclusion-personal_injury_or_property = 人身傷害或財產損失
exclusion-legal_fees = 訴訟、仲裁或律師費用
exclusion-unsuitable_conditions = 在不適宜的條件下飛行
exclusion-airworthiness_violation = 違反適航要求
exclusion-modification_or_dismantling = 經過改裝或拆解
exclusion-defective_battery = 電池故障造成的損壞
exclusion-cosmetic_wear = 不影響效能的外觀磨損

# RequestKind
request-kind-plus_purchase = 購買隨心換+
request-kind-replacement = 換新
request-kind-extended_warranty = 延長保固維修
request-kind-plus_return = 退訂隨心換+

# PlanKind
plan-care_refresh = 隨心換
plan-care_refresh_plus = 隨心換+

# Charge
charge-replacement_fee = 換新費用
charge-transregional_fees = 跨區運費、稅費及其他費用

# Verdict
verdict-approved = 已核准
verdict-refused = 已拒絕

# ClaimKind
claim-kind-replacement = 換新
claim-kind-extended_warranty = 延長保固維修

# ClaimStatus
claim-status-submitted = 已提交
claim-status-approved = 已核准
claim-status-refused = 已拒絕
claim-status-awaiting_product = 等待產品寄達
claim-status-received = 已收件
claim-status-assessed = 已檢測
claim-status-replacement_shipped = 新機已寄出
claim-status-paid_repair = 付費維修
claim-status-repaired = 已維修
claim-status-closed = 已結案

# ProductStatus
product-status-active = 使用中
product-status-reclaimed = 已回收

# PlanService
plan-service-replacement = 換新
plan-service-extended_warranty = 延長保固

# Role
role-technician = 技術員
role-ssc = 快修中心店員
role-supervisor = 主管

# ClaimActionCode
claim-action-await_product = 等待產品寄達
claim-action-receive = 已收到產品
claim-action-assess = 已檢測
claim-action-ship_replacement = 寄出新機
claim-action-choose_paid_repair = 客戶選擇付費維修
claim-action-repair = 已維修
claim-action-lapse = 失效（未準時寄出）
claim-action-close = 結案
parcel-direction-inbound = 寄入（損壞裝置或部件）
parcel-direction-outbound = 寄出（換新裝置或已修復的裝置）
claim-queue-overdue = 已逾期
claim-queue-awaiting_product = 等待產品寄達
claim-queue-received = 已收件
claim-queue-assessed = 已檢測
claim-queue-ready_to_ship = 待寄出
claim-queue-open = 全部未結

# ServiceState
service-state-not_started = 尚未開始
service-state-active = 生效中
service-state-expired = 已到期
service-state-used_up = 已用完
service-state-withdrawn = 已退出
service-state-not_offered = 不提供

## Rules: the plain-language reason for each rule ID (SPEC §2), key rule-<ID>.

rule-BUY-NO-BASE = 此產品沒有 DJI Care 隨心換（1 年版）；隨心換+ 只能為已有隨心換 1 年版的產品購買。
rule-BUY-BASE-TERM = 此產品的 DJI Care 隨心換為 2 年版；隨心換+ 不支援 2 年版。
rule-BUY-BASE-EXPIRED = DJI Care 隨心換已到期；隨心換+ 須在其到期前購買。
rule-BUY-NO-REPLACEMENT-LEFT = DJI Care 隨心換已無剩餘換新次數；隨心換+ 要求其至少剩餘一次換新。
rule-BUY-ONCE = 此產品（或其換新前的產品）已購買過隨心換+；每台產品僅可購買一次。
rule-BUY-REGION-UNSUPPORTED = 購買地所在的國家或地區不提供隨心換+。
rule-BUY-REGION-MISMATCH = 隨心換+ 與產品須在同一國家或地區（服務區域）購買。
rule-BUY-CHANNEL = 隨心換+ 只能綁定從 DJI 官方或授權通路購買的產品。
rule-REP-EXPIRED = 申請日期不在換新服務的有效期間內。
rule-REP-IN-ADVANCE = 隨心換已無剩餘換新次數，且在隨心換到期前不可提前使用隨心換+ 的換新服務。
rule-REP-NONE-LEFT = 目前生效服務方案的換新次數已用完。
rule-REP-WITHDRAWN = 客戶已確認退出目前生效的服務方案，其換新服務已終止。
rule-REP-CHANNEL = 此產品並非從 DJI 官方或授權通路購買。
rule-REP-REGION-MISMATCH = 服務方案與產品在不同國家或地區購買，無法使用該服務。
rule-REP-MFG-DEFECT = 此過保產品在隨心換+ 生效前已被發現有製造瑕疵，因此不能使用隨心換+。
rule-REP-PART = 所申請的部件不在此產品系列的換新服務範圍內。
rule-REP-PART-QTY = 申請的部件數量過多：每次換新最多一個產品主體、雲台或電池，螺旋槳最多兩對。
rule-REP-EXCLUDED = 損壞屬於換新服務的除外責任（例如遺失、遭竊、未經授權的維修或未依手冊使用）。
rule-REP-SHIP-LATE = 未在提交線上寄修申請後 7 個自然日內寄出部件，或未在提交快速換新申請後 3 日內寄出。
rule-REP-OUTSIDE-COVERAGE = 在服務涵蓋範圍以外申請服務：該地區不提供隨心換+ 服務。
rule-REP-TRANSREGIONAL = 在服務方案的服務區域以外申請服務；僅在客戶支付跨區運費、稅費及其他費用時才能進行。
rule-REP-PRIVACY = 客戶尚未同意《DJI 隱私權政策》，申請換新服務前必須同意。
rule-EW-NO-PLUS = 此產品未綁定提供延長保固的隨心換+。
rule-EW-NOT-STARTED = 延長保固在隨心換（1 年版）到期後開始，不可提前使用。
rule-EW-EXPIRED = 申請日期已超出延長保固服務的有效期間。
rule-EW-NOT-OFFERED = 在歐盟國家、英國、瑞士和挪威，隨心換+ 只提供換新服務，不提供延長保固。
rule-EW-WITHDRAWN = 客戶已確認退出隨心換+，其延長保固已終止。
rule-EW-CHANNEL = 此產品並非從 DJI 官方或授權通路購買。
rule-EW-REGION-MISMATCH = 隨心換+ 與產品在不同國家或地區購買，無法使用該服務。
rule-EW-MFG-DEFECT = 此過保產品在隨心換+ 生效前已被發現有製造瑕疵，因此不能使用隨心換+。
rule-EW-CAUSE = 延長保固僅保障正常使用下的故障，不保障使用者操作失誤或意外造成的損壞。
rule-EW-PART = 此部件不在此產品系列的延長保固範圍內。
rule-EW-EXCLUDED = 故障屬於延長保固的除外責任（例如改裝、電池故障、外觀磨損或未依手冊使用）。
rule-EW-SHIP-LATE = 未在確認延長保固服務後 7 個自然日內寄出部件。
rule-EW-OUTSIDE-COVERAGE = 在服務涵蓋範圍以外申請服務：該地區不提供隨心換+ 服務。
rule-EW-AREA = 此產品不支援國際保固，延長保固只能在購買隨心換+ 的地區使用（支付費用也無法改變）。
rule-RET-PRODUCT-NOT-RETURNED = 只有在產品本身已依 DJI 退貨政策退貨時才能退訂隨心換+（先退隨心換，再退隨心換+）。
rule-RET-SERVICE-USED = 隨心換+ 的換新服務或延長保固服務一經使用，即不能退訂。

## Interpretations of the terms (SPEC "Interpretation"), key interpretation-<ID>.

interpretation-INT-EU-SERVICE-REGION = 所有歐盟成員國構成同一個服務區域 EU：在法國購買的產品與在德國購買的服務方案屬於同一服務區域。
interpretation-INT-EUROPEAN-CAP = 歐洲版（歐盟、英國、瑞士、挪威）：在隨心換與隨心換+ 的兩年內最多換新三次，因此隨心換+ 可用次數為 3 減去隨心換已用的次數。其他地區隨心換+ 恰好提供一次。
interpretation-INT-OSMO-MOBILE-PARTS = Osmo Mobile：換新服務保障主機和電池（條款中 Osmo 系列的「相機和電池」不適用於手機雲台）。
interpretation-INT-SSC-NO-SHIP-DEADLINE = 快修服務中心的預約沒有寄件期限：條款只對線上寄修（7 個自然日）和快速換新（3 日）申請規定了期限。

## SPEC §5 advice: what the person at the counter can do about each failing rule.
## $parts is a list of part names, $series a product series, $date a day in
## words, $region a region code, $plan a plan name, $days a number of days.

advice-accept-privacy = 請客戶閱讀並同意《DJI 隱私權政策》，並記錄客戶已同意。
advice-remove-parts = 從申請中移除 { $parts }：{ $series } 系列不可換新這些部件。
advice-remove-parts-warranty = 從申請中移除 { $parts }：{ $series } 系列的延長保固不保障這些部件。
advice-reduce-parts = 將數量降至上限：{ $parts }。
advice-reduce-part = { $part } 降至 { $cap }
advice-accept-transregional = 詢問客戶是否接受跨區運費、稅費及其他費用；經客戶同意後即可繼續申請，費用由客戶負擔。
advice-wait-plus = 請於 { $date } 起再來，屆時隨心換+ 開始生效：不可提前使用。
advice-wait-base = 請於 { $date } 起再來，屆時隨心換開始生效。
advice-service-in = 請在 { $region } 為產品辦理服務，該產品的{ $plan }在當地有效。
advice-buy-in = 請透過 { $region } 銷售隨心換+，即產品的購買地（該地區的門市或啟用卡）。
advice-return-product = 請先依 DJI 退貨政策退回產品；接著退訂隨心換，再退訂隨心換+。

advice-none-buy-no-base = 此處無法處理：隨心換+ 要求產品已有 DJI Care 隨心換（1 年版）。
advice-none-buy-base-term = 此處無法處理：隨心換（2 年版）無法加購隨心換+。
advice-none-buy-base-expired = 為時已晚：隨心換+ 最晚可在 { $date }（隨心換的最後一天）購買。
advice-none-buy-no-replacement-left = 此處無法處理：隨心換+ 要求隨心換仍有剩餘換新次數。
advice-none-buy-once = 此處無法處理：每台產品（及其換新後的產品）只能購買一次隨心換+。
advice-none-buy-region = 在 { $region } 購買的產品不提供隨心換+。
advice-none-channel = 沒有向 DJI 或授權經銷商購買的證明，服務方案無法為此產品提供服務；可提供付費維修。
advice-none-rep-expired = 當天沒有任何服務方案生效；可提供付費維修。
advice-none-rep-none-left = { $plan }已無剩餘換新次數；可提供付費維修。
advice-none-withdrawn = 已確認退出{ $plan }，服務已終止；可提供付費維修。
advice-none-region-mismatch = 服務方案與產品在不同地區購買；該服務方案無法為此產品提供服務。
advice-none-mfg-defect = 隨心換+ 生效前已發現的製造瑕疵不在其保障範圍內；可提供付費維修。
advice-none-excluded = 屬於除外責任（{ $exclusions }）：服務方案不保障此情況；可提供付費維修。
advice-none-ship-late = 部件未在提交後 { $days } 日內寄出，本次申請已失效；新的申請須準時寄出。
advice-none-outside-coverage = { $region } 不提供隨心換+ 服務；產品須在提供隨心換+ 的地區辦理服務。
advice-none-ew-no-plus = 延長保固要求產品已綁定隨心換+；可提供付費維修。
advice-none-ew-expired = 延長保固已於 { $date } 結束；可提供付費維修。
advice-none-ew-not-offered = 在歐盟、英國、瑞士或挪威購買的隨心換+ 不含延長保固；可改為申請換新。
advice-none-ew-cause = 延長保固僅保障正常使用下的故障；如屬損壞，請改為申請換新。
advice-none-ret-service-used = 此處無法處理：隨心換+ 的服務已被使用。

## How long a decision holds (SPEC §5 windows).
advice-after-steps-approved = 完成以上步驟後，申請即可核准。
advice-after-steps-refused = 即使完成以上步驟，申請仍會被拒絕。
advice-approvable-from = 自 { $date } 起可核准。
advice-never-approvable = 依目前狀況，未來三年內任何一天都無法核准。
advice-buy-until = 隨心換+ 最晚可在 { $date } 購買。
advice-ship-by = 客戶須在 { $date } 前寄出部件。
advice-approved-through = 在 { $date } 前（含當日）可核准。
report-advice-step = 處理方式：{ $text }
advice-no-end = 依目前狀況，未來三年內每一天都可核准。
fee-missing = 收費標準中沒有 { $model } 在 { $region } 第 { $number } 次換新的費用。須由主管先設定（設定，或 caredesk fee set "{ $model }" { $number } AMOUNT --region { $region }），才能提交這件已核准的申請。
unit-reclaimed = 裝置 { $serial } 已由 DJI 回收：已換新為 { $replaced_by }。請為 { $replaced_by } 受理申請。
unit-reclaimed-chain = 裝置 { $serial } 已由 DJI 回收：已換新為 { $replaced_by }，目前使用中的裝置是 { $in_service }。請為 { $in_service } 受理申請。
unit-reclaimed-unknown = 裝置 { $serial } 已由 DJI 回收；無法再受理申請。
bound-in-future = { $field }：{ $day } 是未來的日期（今天是 { $today }）。
bound-before-cr = { $field }：{ $day } 早於產品的隨心換開始日期（{ $starts }）。
bound-before-submitted = { $field }：{ $day } 早於申請提交日期（{ $submitted }）。
bound-received-before-shipped = parcel.received_on：{ $received } 早於包裹寄出日期（{ $shipped }）。
bound-longer-than-term = cr_ends：{ $term }最晚到 { $latest }（開始於 { $starts }），不能是 { $ends }。
bound-too-many-replacements = cr_replacements_total：{ $term }最多 { $max } 次換新，不能是 { $total }。
lapse-not-overdue = { $id } 未逾期：客戶可在 { $ship_by } 前寄出包裹（今天是 { $today }），或已準時寄出。只有逾期的申請才能失效。
lapse-no-deadline = { $id } 沒有寄件期限（或不在等待客戶的包裹），因此不能失效。
receive-needs-shipped = 接收 { $id } 需要包裹的寄出日期（來自物流追蹤，--shipped DATE）：寄件期限以此判定。
replacement-serial-known = 序號 { $serial } 在 CareDesk 中已存在；換新裝置是有自己序號的新裝置。請重新掃描新裝置的序號。
replacement-other-model = 換新裝置 { $serial } 掃描為 { $model }，但被替換的裝置是 { $expected }：換新裝置必須是同一型號。
event-received-shipped = 已收到包裹（寄出於 { $shipped }）
event-refused-on-receipt = 收件時拒絕：{ $rules }。為其保留的換新裝置已釋出；請將裝置退還客戶（記錄寄出包裹），然後結案。
event-lapsed = 已失效：未在 { $ship_by } 前寄出（{ $rule }）；以拒絕結案，為其保留的換新裝置已釋出
event-parcel = 包裹（{ $direction }）：{ $carrier } { $tracking }
event-parcel-shipped = ，寄出於 { $day }
event-parcel-received = ，收到於 { $day }
parcel-bad-carrier = parcel.carrier：請填寫物流業者（最多 { $max } 個字元）。
parcel-bad-tracking = parcel.tracking：`{ $tracking }` 不是追蹤號碼（字母、數字和連字號，最多 { $max } 個）。
parcel-duplicate = parcel.tracking：{ $tracking } 已在 { $id } 上依該方向記錄。
checklist-item-data_backed_up = 已備份並刪除裝置中的個人資料
checklist-item-microsd_removed = 已取出並交還 microSD 卡
checklist-item-only_parts_to_replace = 只寄送需要換新的部件
checklist-data-backed-up = 客戶已備份並刪除裝置中的個人資料（相片、影片、飛行資料、第三方軟體）。
checklist-microsd-removed = 已取出 microSD 卡並交還客戶。
checklist-short-data-backed-up = 資料已備份並刪除
checklist-short-microsd-removed = microSD 卡已取出
checklist-short-only-parts-to-replace = 僅寄送需換新的部件
checklist-only-parts-to-replace = 只寄送需要換新的部件：不含遙控器、電池（套裝內或單獨購買的）、其他 DJI 配件及第三方配件。
customer-erased = 已清除
customer-name-missing = 客戶必須有姓名。
customer-field-too-long = { $field }超過可保存的 { $max } 個字元；請縮短。
customer-field-control = { $field }中含有控制字元；請去除後重新輸入。
customer-phone-invalid = 「{ $phone }」不是電話號碼：只能包含數字、空格和 + - ( ) . /，且至少 3 位數字。
customer-email-invalid = 「{ $email }」不是電子郵件地址（例如 name@example.com）。
customer-lang-invalid = 「{ $lang }」不是語言標籤（例如 zh-Hant、ko 或 de）。
customer-not-found = 沒有客戶 { $id }。
customer-is-erased = 客戶 { $id } 已於 { $date } 被遺忘：其資料已清除，不能再用於任何新業務。
customer-batch-row = 批次中的第 { $row } 位客戶：{ $error }
customer-product-linked = { $serial } 已屬於客戶 { $id }。
search-too-short = 請至少輸入 { $min } 個字元再搜尋。
intake-not-ticked = 未勾選：{ $items }
intake-no-description = 沒有損壞描述
intake-incomplete = 受理核對清單不完整：{ $missing }。只有在您和客戶都確認的情況下才提交申請。
photo-already-attached = { $name } 已附加至 { $claim }（同一張相片）。
photo-not-found = 沒有相片 { $id }。
signature-erased = { $claim } 的客戶已被遺忘；其簽名無法替換。
cli-confirm-incomplete = { $why } 若仍要提交，請加上 { $flag }。

## A refusal's reason, with what in the request made the rule fail.
reason-observed = 發現：{ $items }。
reason-not-covered-parts = { $series } 系列不保障：{ $items }。
reason-shipped-after = 包裹在 { $submitted } 提交申請後第 { $days } 天才寄出（最多 { $limit }）。
reason-not-shipped-after = 在 { $submitted } 提交申請後 { $days } 天仍未寄出（最多 { $limit }）。

## The window's fonts. $scripts names writing systems ("Chinese and Korean"),
## $package a Debian package to install.
fonts-missing-title = 缺少字型
fonts-missing = 無法顯示{ $scripts }文字：已安裝的字型皆不包含這些字元。請安裝 { $package }。
fonts-missing-dismiss = 確定

## Errors from the service layer and storage (src/store/message.rs).
error-refused = 已拒絕：{ $rules }
error-not-found = 找不到：{ $what }
error-illegal-transition = 狀態為「{ $status }」的申請不能執行操作 `{ $action }`
error-not-allowed = 不允許：{ $why }
error-code-already-used = 啟用碼 { $code } 已綁定至某個產品；每個啟用碼只能綁定一次
error-schema-too-new = 此資料庫的結構版本為 { $found }，比此 CareDesk 所支援的版本（{ $known }）更新；請使用較新版本的 CareDesk
error-corrupt = 資料庫中有無法讀取的值：{ $what }
error-busy = 資料庫遭其他程式或工作站鎖定；未儲存任何內容，請重試（資料庫：{ $database }）
error-conflict = 另一個工作站同時修改了相同的紀錄；未儲存任何內容，請重試（資料庫：{ $database }）
error-read-only = 此處的資料庫為唯讀；未儲存任何內容（資料庫：{ $database }）
error-disk-full = 磁碟已滿；未儲存任何內容，請釋放空間後重試（資料庫：{ $database }）
error-connection-lost = 與資料庫伺服器的連線已中斷；未儲存任何內容，伺服器恢復後 CareDesk 會自動重新連線（資料庫：{ $database }）
error-cannot-open = 無法開啟資料庫：{ $why }
error-backend = 資料庫：{ $why }
error-unfinished = 尚未完成：{ $what }

## ---------------------------------------------------------------- the window
## Every text the window shows (src/ui/). Arguments are filled in as given:
## $keys a keyboard shortcut (Ctrl+5), $date a YYYY-MM-DD day.

## The window (src/ui/mod.rs, src/ui/app/, src/ui/command.rs, src/ui/widgets.rs)

app-title = CareDesk
start-no-catalog = 無法載入產品目錄
start-no-database = 無法開啟資料庫 { $location }
start-no-window = 無法開啟視窗：{ $error }

# Menus and the shortcut help.
menu-file = 檔案
menu-view = 檢視
menu-help = 說明
menu-export-claims = 匯出申請（依表格篩選）
menu-export-expiring = 匯出即將到期的服務方案
menu-expiring-within = { $days } 天內到期
menu-quit = 結束
help-scan = 掃描序號：立即開啟產品。
help-focus-serial = { $keys } 或 { $alt }：游標移到序號欄
help-panels = { $first } … { $last }：切換面板
help-file-claim = { $keys }：提交申請（申請受理）
help-dialogs = Enter：確認對話框 · Esc：取消
help-theme = { $keys }：深色 / 淺色主題
shortcut-or = { $first } / { $second }
button-with-shortcut = { $label }（{ $keys }）

# Commands with one label wherever they are offered (src/ui/command.rs).
command-focus-serial = 掃描 / 查詢序號
command-toggle-theme = 深色 / 淺色主題
command-clear-recent = 清除清單
command-search = 搜尋
command-open-product = 開啟
command-load-demo = 載入示範資料…
command-import-products = 從 CSV 匯入產品…
command-cancel-job = 取消
command-dismiss = 關閉

# The scanner row and the status line.
scanner-label = 序號
scanner-hint = 掃描或輸入序號，按 Enter
scanner-reclaimed = 已回收
scanner-unknown = { $serial }：沒有此產品 — 未開啟任何產品
scanner-today = 今天 { $date }
scanner-staff = { $name }（{ $role }）
scanner-staff-hover = 更換目前值班人員（設定）
scanner-no-staff = 已鎖定：請用 PIN 碼登入
status-ready = 就緒。

# Dialogs.
staff-dialog-title = 誰在值班？
staff-dialog-body = 每項操作都會以您的姓名記錄：請選擇您的姓名並輸入 PIN 碼。
staff-name-role = { $name } — { $role }
dialog-cancel = 取消
dialog-ok = 確定
dialog-keys = Enter 確認 · Esc 取消
dialog-cancelled = 已取消；未做任何變更。
pin-title = 主管 PIN 碼
pin-label = PIN 碼：
pin-not-staff-action = 這不是人員操作。
pin-set-fee = 將 { $model } 在 { $region } 第 { $number } 次換新的費用設為 { $amount }。
pin-reopen-claim = 重新開啟申請 { $id }。

# Shared widgets and the live decision.
day-today = 今天
day-tomorrow = 明天
day-yesterday = 昨天
day-in-days = { $days } 天後
day-days-ago = { $days } 天前
window-ends = { $when }結束
window-ended = { $when }已結束
window-starts = { $when }開始
window-started = { $when }已開始
decision-approved = 核准
decision-refused = 拒絕
decision-plan-in-effect = 生效的服務方案：{ $plan }
interpretation = 解釋
date-hint = YYYY-MM-DD
date-invalid = 不是日期（YYYY-MM-DD）
region-unknown = 未知地區
region-unknown-code = 未知地區代碼
serial-and-model = { $serial } — { $model }
preview-checking = 正在檢查…
preview-updating = 正在更新…
export-format-entry = { $format }…
export-format-csv = CSV（試算表）
export-format-pdf = PDF（可列印報告）
export-format-json = JSON（機器可讀）
export-busy = 另一項工作正在執行。

# What the window says after an action (the status line).
app-demo-loaded = 新的示範資料庫：已載入示範資料（{ $products } 個產品，{ $claims } 件申請）。示範人員及其 PIN 碼：{ $supervisors }。
app-demo-pin = { $name }（PIN { $pin }）
app-empty-database = 資料庫是空的：請在設定中載入示範資料或匯入產品（{ $keys }）。
app-live-off = 即時更新已關閉（{ $error }）；其他工作站的變更會在重新開啟檢視時顯示。
app-choose-staff-first = 請先選擇目前值班人員（設定，{ $keys }）：每項操作都會記錄姓名。
app-choose-staff = 請先選擇目前值班人員。
app-refused = { $what }：依條款遭拒絕。
app-failed = { $what }：{ $error }。
app-serial-unknown = 沒有序號為「{ $serial }」的產品，也沒有部分相符的結果。
app-serial-partial = 沒有序號為「{ $serial }」的產品；{ $count } 筆部分相符的結果列在「{ $panel }」中。
app-plus-sold = 隨心換+ 已售出並綁定至 { $serial }。
app-card-bound = 啟用卡 { $code } 已綁定：{ $serial } 已開通隨心換+。
app-card-registered = 啟用卡 { $code }（{ $region }）已登錄。
app-withdrawn = 已確認 { $serial } 退出{ $plan }。
app-plus-returned = { $serial } 的隨心換+ 已退訂。
app-claim-filed-approved = 申請 { $id } 已提交：已核准。
app-claim-filed-refused = 申請 { $id } 已提交：已拒絕。
app-claim-advanced = { $id }：{ $step } — 目前狀態：{ $status }
app-claims-reader-stopped = 申請讀取程式已停止；請重新啟動 CareDesk。
app-cannot-read-claims = 無法讀取申請：{ $error }。
app-staff-working = { $name } 正在值班；每項操作都會以此姓名記錄。
app-staff-added = 已新增 { $name }，角色：{ $role }。
app-fee-set = { $model } 在 { $region } 第 { $number } 次換新的費用已設為 { $amount }。
app-claim-reopened = { $id } 已重新開啟。
app-pin-not-allowed = 不允許：{ $why }。
app-demo-confirm-title = 載入示範資料
app-demo-confirm-body = 此資料庫中已有產品。仍要新增 { $products } 個示範產品、服務方案和申請嗎？
app-demo-confirm = 新增示範資料
app-csv-filter = CSV
app-import-title = 匯入產品
app-export-title = 匯出
app-connection-lost = 與資料庫的連線已中斷（{ $reason }）。CareDesk 會自動重新連線；在此之前無法儲存任何內容。
app-connection-restored = 已重新連線至資料庫。

# What failed, at the start of an error message ("{ $what }: …").
app-what-staff-option = --staff { $name }
app-what-search = 搜尋失敗
app-what-lookup = 無法查詢 { $serial }
app-what-refresh = 無法重新整理 { $serial }
app-what-staff-list = 無法讀取人員清單
app-what-fees = 無法讀取收費標準
app-what-plus-not-bound = 隨心換+ 未綁定
app-what-card-not-bound = 啟用卡 { $code } 未綁定
app-what-card-not-registered = 啟用卡未登錄
app-what-withdrawal = 退出未記錄
app-what-plus-not-returned = 隨心換+ 未退訂
app-what-claim-not-filed = 申請未提交
app-what-open-claim = 無法開啟申請 { $id }
app-what-claim-not-changed = { $id } 未變更
app-what-count-claims = 無法統計申請數量
app-what-parcel-not-added = 未在 { $id } 上記錄包裹
app-parcel-added = { $id }：已記錄包裹 { $tracking }（{ $direction }）。
app-what-read-claims = 無法讀取申請
app-what-not-done = 未完成

# Background jobs.
job-another-running = 另一項工作正在執行；請等待其完成或將其取消。
job-exporting = 正在匯出至 { $target }…
job-exported = 已將 { $items } 筆以 { $format } 格式匯出至 { $target }（{ $kb } KB）。
job-export-failed = 匯出失敗（{ $error }）；未寫入任何檔案
job-loading-demo = 正在載入 { $products } 個示範產品…
job-demo-cancelled = 已取消示範資料；未新增任何內容。
job-demo-loaded = 示範資料已載入：{ $products } 個產品，{ $claims } 件申請，{ $cards } 張啟用卡。
job-importing = 正在匯入 { $file }…
job-imported = 已從 { $file } 匯入 { $count } 個產品。
job-stopped = 工作已停止：{ $error }。
job-no-result = 工作結束，但沒有結果。

## Serial lookup (src/ui/lookup.rs)

panel-lookup = 序號查詢
lookup-intro = 將序號掃描至頂端輸入欄（{ $keys } 或 { $alt } 可將游標移到該處）；按 Enter 開啟產品。
lookup-search-label = 搜尋：
lookup-search-hint = 部分序號、型號或申請編號
lookup-results = 結果
lookup-no-search-yet = 尚未搜尋。
lookup-nothing-matches = 沒有與「{ $query }」相符的結果。
lookup-matches = 與「{ $query }」相符的結果共 { $count } 筆：
lookup-recent = 最近查詢
lookup-recent-none = 尚無。
lookup-open-product = 開啟產品

## Plan status (src/ui/plan_status.rs)

panel-plans = 服務方案狀態
plans-scan-first = 在頂端列掃描或輸入序號（{ $keys }）以查看其服務方案。
plans-claims-on-unit = 此裝置的申請
plans-claim-line = { $kind } · { $status } · 提交於 { $submitted }
plans-product-returned = 產品已依 DJI 退貨政策退貨
plans-return-plus-button = 退訂隨心換+…
plans-return-plus-title = 退訂隨心換+
plans-return-plus-body = 退訂 { $serial } 的隨心換+？由 RET 規則決定；若遭拒絕，將顯示原因且不做任何變更。
plans-return-plus-confirm = 退訂隨心換+
plans-model-series = { $model } · { $series } 系列
plans-unit-active = 使用中
plans-unit-reclaimed = 已回收 — 歸 DJI 所有
plans-bought-in = 購買地 { $region } · { $channel }
plans-international-yes = 國際保固：是
plans-international-no = 國際保固：否
plans-replaced-by = · 換新後裝置
plans-replaces = · 換新前裝置
plans-take-claim = 受理申請
service-active = 生效中
service-not-started = 尚未開始（不可提前使用）
service-expired = 已結束：超出有效期間
service-used-up = 已結束：換新次數已用完
service-withdrawn = 已結束：已確認退出
service-not-offered = 不提供（歐洲版）
plans-not-on-product = 此產品沒有此服務方案。
plans-had-plus = 此裝置所替換的裝置已購買過隨心換+（BUY-ONCE）。
plans-withdraw-button = 確認退出{ $plan }…
plans-withdraw-title = 退出{ $plan }
plans-withdraw-body = 確認客戶對 { $serial } 退出{ $plan }？其服務將於今天終止，且無法復原。
plans-withdraw-confirm = 確認退出
plans-term = 版本：
plans-bought = 購買日期：
plans-region = 地區：
plans-region-service-region = { $region }（服務區域 { $service_region }）
plans-starts = 開始：
plans-date-relative = { $date }（{ $relative }）
plans-valid-through = 有效期至：
plans-replacements-label = 換新次數：
plans-replacements = 已用 { $used } 次，剩餘 { $left } 次，共 { $allowed } 次
plans-replacements-european = 已用 { $used } 次，剩餘 { $left } 次，共 { $allowed } 次（歐洲上限）
plans-replacement-service = 換新服務：
plans-extended-warranty = 延長保固：

## Coverage (src/ui/coverage.rs)

panel-coverage = 保障範圍
coverage-for-model = { $model }（{ $series } 系列）的保障範圍
coverage-checklist = 保障核對清單
coverage-series-label = 系列：
coverage-open-product-hint = 開啟產品即可查看今天適用的內容。
coverage-no-series = 產品目錄中沒有系列。
coverage-replacement = 換新服務
coverage-warranty = 延長保固（隨心換+）
coverage-no-warranty-in-europe = 在歐盟、英國、瑞士或挪威購買的隨心換+ 不含延長保固。
coverage-replacement-today = 今天的換新由{ $plan }提供。
coverage-no-replacement-today = 今天沒有服務方案提供換新服務。
coverage-never-send-back = 切勿寄回
coverage-send-only-parts = 只寄送需要換新的部件。寄送其他物品的運費由客戶負擔。
coverage-never-item = ×  { $item }
coverage-before-leaving = 產品離開櫃檯前
coverage-back-up = 備份客戶的相片、影片和飛行資料，然後刪除個人資料：裝置可能不會寄回。
coverage-microsd = 取出 microSD 卡並交還客戶。
coverage-part = 部件
coverage-at-most = 最多
coverage-today = 今天
coverage-pairs = { $cap } 對
coverage-covered = 保障
coverage-not-today = 今天不保障

## Sell / bind CR+ (src/ui/sell_plus.rs)

panel-sell = 隨心換+ 銷售
sell-heading = 銷售 / 綁定隨心換+
sell-mode-store = 門市銷售，依序號
sell-mode-card = 使用啟用卡
sell-scan-first = 請先在頂端列掃描或輸入序號（{ $keys }）。
sell-product = 產品：{ $serial }
sell-store-region = 門市所在地區：
sell-purchase-date = 購買日期：
sell-eligibility = 資格
sell-button = 銷售並綁定隨心換+
sell-button-disabled = 資格檢查通過且已選擇值班人員後即可使用。
sell-card-code = 啟用碼：
sell-card-serial = 序號：
sell-card-bind = 綁定啟用卡
sell-card-hint = 每個啟用碼只能綁定一次。BUY 規則依啟用卡所屬地區判定；若遭拒絕，原因會列在此處。
sell-register-heading = 登錄新的啟用卡
sell-register-code = 啟用碼：
sell-register-region = 地區：
sell-register-button = 登錄

## Claim intake (src/ui/claim_intake.rs)

panel-intake = 申請受理
intake-scan-first = 請先在頂端列掃描或輸入序號（{ $keys }）。
intake-heading = 申請受理 — { $serial }
intake-model-region = { $model } · { $region }
intake-open-replacement = 開啟 { $serial }
intake-set-fee = { $region } 的費用：
intake-set-fee-button = 設定費用…（PIN）
intake-problem-on = 申請日期不是有效日期（YYYY-MM-DD）。
intake-problem-submitted = 提交日期不是有效日期（YYYY-MM-DD）。
intake-problem-shipped = 寄出日期不是有效日期（YYYY-MM-DD）。
intake-problem-region = `{ $code }` 不是已知的地區代碼（兩個字母，例如 US 或 DE）。
intake-problem-no-part = 請至少勾選一個部件。
intake-service = 服務：
intake-channel = 通路：
intake-cause = 原因：
intake-service-region = 服務地區：
intake-service-region-is = 服務區域 { $region }
intake-service-region-no-plus = { $region }：該地區不提供隨心換+
intake-on = 申請日期：
intake-submitted = 提交日期：
intake-shipped-yet = 部件已寄出
intake-shipped-on = 寄出日期
intake-parts = 部件
intake-parts-not-covered = 此系列不保障的部件
intake-of-max = 最多 { $cap }
intake-customer = 客戶
intake-privacy = 已同意《DJI 隱私權政策》
intake-transregional = 接受跨區運費、稅費及其他費用
intake-mfg-defect = 隨心換+ 生效前已發現製造瑕疵
intake-exclusions-some = 除外責任（發現部分情況）
intake-exclusions-none = 除外責任（未發現）
intake-decision = 判定
intake-file-approved = 提交申請（已核准）
intake-file-refused = 記錄遭拒絕的申請
intake-choose-staff = 提交前請先選擇目前值班人員（設定）。
intake-customer-pays = 客戶需支付
intake-pays-nothing = 無：延長保固期間維修及工資皆免費。
intake-fee-number = 換新費用：{ $fee }（第 { $number } 次換新）
intake-fee = 換新費用：{ $fee }
intake-fee-missing-number = 換新費用（第 { $number } 次換新）：不在收費標準中 — 請洽主管
intake-fee-missing = 換新費用：不在收費標準中 — 請洽主管
intake-pays-transregional = 跨區運費、稅費及其他費用（由服務區域報價）。
intake-dji-pays-shipping = DJI 負擔服務區域內的雙向運費。
intake-replacements-left = 本次之後剩餘換新次數：{ $left }

## Claims (src/ui/claims.rs)

panel-claims = 申請
claims-col-id = 申請
claims-col-serial = 序號
claims-col-model = 型號
claims-col-kind = 類型
claims-col-status = 狀態
claims-col-decided = 申請日期
claims-col-updated = 更新時間
claims-col-decision = 判定 / 費用
claims-col-deadline = 寄出期限
claims-kind-replacement = 換新
claims-kind-warranty = 保固
claims-approved = 已核准
claims-approved-fee = 已核准 · { $fee }
claims-refused-rules = 已拒絕 · { $rules }
claims-shown = 顯示 { $count } 筆
claims-counting = 正在統計…
claims-any = 全部
claims-status = 狀態：
claims-kind = 類型：
claims-from = 申請日期從：
claims-to = 至：
claims-date-hover = 包含當日；留空表示不限。
claims-serial-contains = 序號或申請編號包含：
claims-clear-filters = 清除篩選
claims-export-shown = 匯出顯示的申請…
claims-export-one = 匯出此申請…
claims-none-match = 沒有符合這些篩選條件的申請。
claims-close-detail = 關閉詳細資料（Esc）
claims-sorted-asc = { $column }（遞增）
claims-sorted-desc = { $column }（遞減）
claims-sort-hover = 依此欄排序（再按一次反向）
claims-kind-channel = { $kind } · { $channel } ·
claims-model = · { $model }
claims-dates = 提交於 { $submitted } · 判定於 { $decided }
claims-pays = 客戶需支付：{ $fee }
claims-pays-number = 客戶需支付：{ $fee }（第 { $number } 次換新）
claims-replacement-unit = 換新裝置：
claims-part-quantity = { $part } ×{ $quantity }
claims-parts = 部件：{ $parts }
claims-cause-region = 原因：{ $cause } · 服務區域 { $region }
claims-timeline = 時間軸
claims-step-from = { $to }（自 { $from }）
claims-next-step = 下一步
claims-choose-staff = 請先選擇目前值班人員（設定）才能推進申請。
claims-nothing-left = 此申請已無待辦事項。
claims-note = 備註：
claims-note-hint = 選填
claims-close-button = 結案…
claims-close-title = 結案
claims-close-body = 將 { $id } 結案？已結案的申請只能由主管重新開啟。
claims-close-confirm = 結案
claims-reopen-button = 重新開啟…（主管）
claims-reopen-disabled = 請先寫下原因備註，再重新開啟。
claims-new-serial = 新裝置序號：
claims-ship-button = 寄出新機…
claims-ship-disabled = 請先掃描換新裝置的序號，並讓 CareDesk 檢查。
claims-ship-title = 完成換新
claims-ship-body = 寄出 { $new } 作為 { $serial } 的換新裝置？

    此操作會在生效的服務方案上計一次換新，將新序號綁定至相同的服務方案和有效期間，並將 { $serial } 標記為由 DJI 回收。此操作無法復原。
claims-ship-confirm = 寄出新機
claims-queue = 工作佇列：
claims-queue-all = 全部申請
claims-queue-count = { $queue }（{ $count }）
claims-ship-by = 寄出期限 { $day }
claims-shipped-on = 包裹寄出於 { $day }
claims-days-left = { $days ->
    [0] 最遲今天寄出
   *[other] 還剩 { $days } 天
}
claims-days-late = { $days ->
   *[other] 已逾期：晚了 { $days } 天
}
claims-days-late-short = { $days ->
   *[other] 晚了 { $days } 天
}
claims-deadline-shipped = 寄出於 { $day }
claims-lapse-hover = 依 { $rule } 以拒絕結案：客戶的包裹未準時寄出。為其保留的換新裝置將被釋出。
claims-lapse-title = 使申請失效
claims-lapse-body = { $id } 應在 { $ship_by } 前寄出，但未準時寄出任何物品。

    它將依 { $rule } 以拒絕結案，為其保留的換新裝置將被釋出。主管可以重新開啟。
claims-lapse-confirm = 使申請失效
claims-receive-title = 客戶的包裹已送達
claims-receive-shipped = 寄出日期（來自物流追蹤）：
claims-receive-hint = 將以此日期重新判定申請：若晚於 { $ship_by } 寄出，收件時會遭拒絕（{ $rule }）。
claims-receive-disabled = 請輸入包裹的寄出日期（YYYY-MM-DD）。
claims-receive-late-title = 超過期限後寄出
claims-receive-late-body = { $id } 的包裹於 { $day } 寄出，晚於 { $ship_by }。

    接收後將重新判定：收件時依 { $rule } 拒絕，釋出其換新裝置，並將裝置退還客戶。
claims-receive-late-confirm = 接收並重新判定
claims-parcels = 包裹
claims-no-parcels = 尚未記錄包裹。
claims-parcel-add-heading = 記錄包裹
claims-parcel-carrier = 物流業者：
claims-parcel-tracking = 追蹤號碼：
claims-parcel-shipped = 寄出日期：
claims-parcel-received = 收到日期：
claims-parcel-add = 新增包裹
claims-parcel-add-disabled = 請填寫物流業者和追蹤號碼；日期為 YYYY-MM-DD 或留空。
claims-parcel-days-both = 寄出於 { $shipped }，收到於 { $received }
claims-parcel-days-shipped = 寄出於 { $shipped }
claims-parcel-days-received = 收到於 { $received }
claims-parcel-days-none = 尚未寄出
claims-ship-heading = 寄出換新裝置
claims-ship-check = 檢查
claims-ship-scan-hint = 掃描新裝置的序號（按 Enter 檢查）。
claims-ship-checked = { $new } 作為 { $model } 寄出，替換 { $serial }。

## Settings (src/ui/settings.rs)

panel-settings = 設定
settings-who-is-working = 目前值班人員
settings-no-staff = 尚無人員：請在下方新增第一位（主管，需設定 PIN 碼）。
settings-add-staff = 新增人員
settings-name = 姓名：
settings-role = 角色：
settings-pin = 其 PIN 碼：
settings-add = 新增
settings-add-disabled = 需要姓名和本人至少 { $digits } 位數字的 PIN 碼；接著需要主管 PIN 碼。
settings-database = 資料庫
settings-other-database = 若要使用其他檔案，請以下列方式啟動：
settings-other-database-command = caredesk --db PATH
settings-demo-products = 示範產品數量：
settings-appearance = 外觀
settings-use-light = 使用淺色主題
settings-use-dark = 使用深色主題
settings-language = 語言
settings-language-label = 語言：
settings-language-system = 系統語言（{ $language }）
settings-language-set = 介面語言已切換為{ $language }。
settings-language-this-run = 本次執行使用{ $language }（--lang 或 CAREDESK_LANG）；在此處的選擇會保留到下次啟動。
settings-fee-schedule = 收費標準
settings-fees-supervisor-only = 只有主管可以修改費用。
settings-fee-filter = 型號包含：
settings-fee-model = 型號
settings-fee-replacement = 換新
settings-fee-amount = 費用
settings-fee-number = { $region } 第 { $number } 次
settings-fee-edit = 編輯
settings-fee-new-amount = 新金額
settings-fee-not-an-amount = 不是有效金額
settings-fee-save = 儲存…
settings-fee-cancel = 取消
sign-in-pin = 您的 PIN 碼：
sign-in-button = 登入
command-lock = 鎖定
scanner-lock-hover = 離開時鎖定視窗（{ $keys }）；用您的 PIN 碼重新開啟。
app-locked = 已鎖定：請用 PIN 碼登入以繼續。已輸入的內容會保留。
app-locked-idle = 閒置 { $minutes } 分鐘後已鎖定：請用 PIN 碼登入以繼續。已輸入的內容會保留。
app-set-up-real = { $name } 是此資料庫的第一位主管，已登入。
app-idle-lock-set = 現在視窗閒置 { $minutes } 分鐘後會鎖定（0：永不），適用於所有工作站。
pin-add-staff = 新增 { $name }，角色：{ $role }。
pin-set-idle-lock = 所有工作站閒置 { $minutes } 分鐘後鎖定（0：永不）。
pin-supervisor-needed = 此操作需要主管：由主管選擇自己的姓名並輸入自己的 PIN 碼。
pin-no-supervisor = 此資料庫沒有主管。
pin-choose-supervisor = 請先選擇主管。
setup-title = 新資料庫
setup-body = 還沒有人使用此資料庫。請建立第一位主管（本人 PIN 碼，至少 6 位數字），或填入示範資料試用 CareDesk。
setup-pin = PIN 碼：
setup-pin-again = 再次輸入 PIN 碼：
setup-button = 建立第一位主管
setup-demo = 填入示範資料
setup-pins-differ = 兩次輸入的 PIN 碼不一致；請重新輸入。
banner-demo = 示範資料 — 虛構的產品、客戶和申請；不得用於實際服務
banner-read-only = 資料庫未通過完整性檢查，已以唯讀方式開啟（{ $why }）：無法儲存任何內容。請還原備份（caredesk restore FILE）。
settings-switch-hint = 按一下姓名即可切換人員：需要輸入其 PIN 碼。
settings-idle-lock = 閒置鎖定
settings-idle-lock-minutes = 閒置多久後鎖定（分鐘）：
settings-idle-lock-set = 設定（主管）
settings-idle-lock-hint = 視窗閒置達此分鐘數後鎖定，適用於所有工作站；0 表示永不鎖定。
settings-demo-database = 示範資料庫：其人員的 PIN 碼列於 README。
settings-last-backup = 上次備份：{ $at } UTC
settings-no-backup = 此資料庫尚無備份。
app-backup-failed = 今天的自動備份失敗：{ $error }。請手動備份（caredesk backup --out FILE）。
save-title = 儲存 { $format } 匯出檔
save-no-native = 此處沒有系統檔案對話框：請選擇資料夾和檔名。
save-folder = 資料夾：
save-name = 檔名：
save-replace = 取代同名檔案
save-button = 儲存
save-cancelled = 已取消：未寫入或匯入任何內容。
save-native-gave-nothing = 系統對話框中未選擇檔案（或無法顯示）。請在此選擇資料夾和檔名，或取消。
save-no-folder = 沒有資料夾 { $folder }。
save-bad-name = 請輸入檔名（不含資料夾分隔符號）。
save-exists = 該處已有 { $name }：勾選「取代」以取代，或另選檔名。
open-title = 從 CSV 檔案匯入產品
open-button = 匯入
open-no-file = 該資料夾中沒有檔案 { $name }。
open-native-gave-nothing = 系統對話框中未選擇檔案（或無法顯示）。請在此選擇資料夾和檔名，或取消。
pin-set-role = 將 { $name } 設為{ $role }。
pin-reset-pin = 為 { $name } 設定新的 PIN 碼（同時解除鎖定）。
app-role-set = { $name } 現在是{ $role }。
app-pin-reset = { $name } 已有新的 PIN 碼；鎖定已解除。
settings-manage-staff = 角色與 PIN 碼
settings-person = 人員：
settings-choose-person = 選擇人員
settings-person-locked = 因 PIN 碼錯誤遭鎖定至 { $until } UTC；設定新 PIN 碼即可解除鎖定。
settings-set-role = 變更角色（主管）
settings-new-pin = 新 PIN 碼：
settings-reset-pin = 設定新 PIN 碼（主管）
receipt-pdf-title = 受理收據 { $claim }
receipt-title = CareDesk — 受理收據
receipt-subtitle = 列印於 { $printed } UTC · 請保留此收據：上面有您的申請編號
receipt-footer = 受理收據 { $claim }
receipt-claim-line = { $kind } · { $channel } · 服務區域 { $region }
receipt-dates-line = 提交於 { $submitted } · 狀態：{ $status }
receipt-customer = 客戶
receipt-no-customer = 此申請未記錄客戶。
receipt-name = 姓名
receipt-phone = 電話
receipt-email = 電子郵件
receipt-address = 地址
receipt-product = 收到的產品和部件
receipt-model = 型號
receipt-serial = 序號
receipt-parts = 收到的部件
receipt-intake = 受理核對清單與損壞情況
receipt-no-intake = 此申請未記錄受理核對清單。
receipt-incomplete-confirmed = 受理時核對清單或描述不完整，已在櫃檯確認。
receipt-description = 損壞描述
receipt-no-description = 未提供描述。
receipt-privacy-recorded = 已同意隱私權政策；由 { $who } 於 { $at } UTC 記錄。
receipt-privacy-accepted = 已同意隱私權政策。
receipt-privacy-not-accepted = 未同意隱私權政策。
receipt-decision = 判定
receipt-approved = 核准
receipt-refused = 拒絕
receipt-under-plan = 依據{ $plan }
receipt-no-plan = 無生效的服務方案
receipt-decided-on = 判定日期 { $day }
receipt-advice = 如何才能獲得核准：
receipt-pays = 您需支付的費用及寄件期限
receipt-pays-nothing-refused = 無：申請已遭拒絕。
receipt-pays-nothing = 無。
receipt-fee = 換新費用：{ $amount }（{ $currency }）。
receipt-fee-missing = 換新費用：依收費標準（尚未記錄金額）。
receipt-transregional = 跨區運費、稅費及其他費用，依報價（已接受）。
receipt-ship-by = 最遲請於 { $date } 寄出部件。
receipt-never-send-back = 切勿寄回
receipt-signature = 客戶簽名
receipt-signed-at = 簽於 { $at } UTC
receipt-not-signed = 未簽名。
label-pdf-title = 箱貼 { $claim }
label-serial = 序號
label-parts = 箱內部件
label-customer = 客戶
label-submitted = 提交於 { $date }
label-ship-by = 寄出期限 { $date }
claim-pdf-customer = 客戶
claim-pdf-customer-id = 客戶編號
claim-pdf-photos = 損壞相片
claim-pdf-photo-unreadable = （縮圖無法讀取）
claim-pdf-photo-caption = { $name } · { $width }×{ $height } · sha256 { $sha256 }
claim-pdf-signature = 客戶簽名
claim-pdf-signature-erased = 已清除（簽於 { $at } UTC）
claim-pdf-signed = 簽於 { $at } UTC · 由 { $who } 記錄
panel-customers = 客戶
customers-intro = 依姓名、電話或電子郵件的任意部分尋找客戶，或新增客戶。編輯會記入稽核；遺忘會在所有地方清除其個人資料。
customers-none-open = 未開啟客戶：請在左側尋找。
customers-heading = 客戶 #{ $id }：{ $name }
customers-erased-note = 已於 { $date } UTC 被遺忘：其姓名、電話、電子郵件、地址和備註已在所有地方清除；其申請仍保留。
customers-save = 儲存變更
customers-undo = 復原變更
customers-papers-language = 文件列印語言：{ $lang }
customers-products = 產品
customers-no-products = 沒有產品。
customers-claims = 申請
customers-no-claims = 沒有申請。
customers-claim-line = { $serial } · { $status }
customers-privacy = 客戶資料
customers-export = 匯出此客戶的資料…
customers-forget = 遺忘此客戶…
customers-forget-title = 遺忘此客戶？
customers-forget-body = { $name }（#{ $id }）：其姓名、電話、電子郵件、地址、備註和簽名將在所有地方清除且無法復原。其申請、判定和事件會保留，顯示為「已清除」。接著需要主管 PIN 碼。
customers-forget-confirm = 遺忘（需主管 PIN 碼）
pin-forget-customer = 遺忘客戶 #{ $id }（{ $name }）：在所有地方清除其個人資料。
customer-find = 尋找客戶
customer-new = 新客戶
customer-find-label = 姓名、電話或電子郵件
customer-find-hint = 至少 3 個字元
customer-none-found = 沒有符合的客戶。
customer-add = 新增客戶
customer-change = 修改
customer-field-name = 姓名
customer-field-phone = 電話
customer-field-email = 電子郵件
customer-field-address = 地址
customer-field-lang = 語言（例如 zh-Hant、ko、de）
customer-field-notes = 備註
intake-customer-who = 申請人
intake-checklist = 受理核對清單
intake-description = 客戶描述的損壞情況
intake-description-hint = 發生了什麼事，哪裡損壞
intake-photos = 損壞相片
intake-photo-remove = 移除
intake-signature = 客戶簽名
intake-confirm-title = 在受理資料不完整的情況下提交？
intake-confirm-file = 仍然提交
photos-add = 新增相片…
photos-drop-hint = 或將 JPEG/PNG 檔案拖曳到視窗上（每個最大 20 MB）
signature-pad = 簽名板
signature-hint = 請用滑鼠、觸控筆或手指在此簽名
signature-clear = 清除簽名
sell-customer = 客戶
lookup-customers = 客戶
lookup-no-customers = 沒有符合的客戶。
lookup-customer-claims = 符合客戶的申請
lookup-claim-of = { $serial } · { $customer }
claims-customer = 客戶與受理資料
claims-customer-line = #{ $id } { $name }
claims-no-customer = 此申請未記錄客戶。
claims-incomplete-confirmed = 在受理資料不完整時受理（已確認）。
claims-description = 損壞：{ $text }
claims-privacy-recorded = 隱私權政策同意由 { $who } 於 { $at } UTC 記錄
claims-photos = 相片
claims-no-photos = 尚無相片。
claims-photo-hover = { $name } · { $width }×{ $height } · sha256 { $sha256 }
claims-signature = 簽名
claims-not-signed = 未簽名。
claims-signed = 簽於 { $at } UTC，由 { $who } 記錄
claims-sign = 立即簽名…
claims-keep-signature = 儲存簽名
claims-papers = 給客戶的文件
claims-print-receipt = 列印收據…
claims-print-label = 列印箱貼…
app-customer-added = 已新增客戶 #{ $id }：{ $name }。
app-customer-saved = 已儲存客戶 #{ $id }：{ $name }。
app-customer-exported = 客戶 #{ $id } 的全部資料已寫入 { $file }。
app-customer-export-title = 匯出客戶資料
app-customer-forgotten = 客戶 #{ $id } 已被遺忘：其個人資料已清除。
app-what-find-customers = 尋找客戶
app-what-customer-not-added = 未新增客戶
app-what-customer-not-saved = 未儲存客戶 #{ $id }
app-what-open-customer = 開啟客戶 #{ $id }
app-what-customer-export = 匯出客戶 #{ $id }
app-what-signature = 未儲存 { $id } 的簽名
app-what-print = 為 { $id } 列印
app-photos-title = 損壞相片
app-photos-filter = 相片
app-photos-reading = 正在讀取 { $count } 張相片…
app-photos-drop-where = 請將相片拖曳到申請受理（已開啟產品時）或已開啟的申請上。
app-photo-ready = { $name } 已就緒；提交申請時會一併儲存。
app-photo-attached = { $name } 已與 { $id } 一起儲存。
app-photo-unreadable = 無法讀取 { $name }（{ $error }）。
app-photo-not-kept = 未儲存 { $name }：{ $error }
app-signed = 簽名已與 { $id } 一起儲存。
app-print-title = 儲存 PDF 以便列印
app-paper-receipt = 收據
app-paper-label = 箱貼
app-printed = { $id } 的{ $what }已寫入 { $file }。
app-customer-export-file = customer-{ $id }.json
app-receipt-file = { $id }-receipt.pdf
app-label-file = { $id }-label.pdf
app-json-filter = JSON
app-pdf-filter = PDF
app-photo-no-thumbnail = 無法產生縮圖
advice-open-clause = 開啟此規則所依據的條款
advice-button-accept-privacy = 記錄已同意隱私權政策
advice-button-remove-parts = 移除 { $parts }
advice-button-reduce-parts = 降至上限
advice-button-accept-transregional = 記錄已接受費用
advice-button-service-in = 在 { $region } 辦理服務
advice-button-buy-in = 透過 { $region } 銷售
advice-button-apply-all = 套用全部 { $count } 個步驟
advice-not-kept = 此申請未保存處理建議（在 CareDesk 開始保存之前判定）。
clause-title = { $rule } 所依據的條款
clause-lines = 條款，第 { $first }–{ $last } 行
clause-line = 條款，第 { $line } 行
clause-none = 此規則沒有對應的條款。
clause-unreadable = 無法讀取條款：{ $error }
appointment-status-booked = 已預約
appointment-status-checked_in = 已報到
appointment-status-cancelled = 已取消
appointment-status-no_show = 未到場
repair-choice-replacement = 換新服務
repair-choice-paid_repair = 付費維修
panel-today = 今日
today-heading = { $date } 的預約
today-previous-day = ‹ 前一天
today-next-day = 後一天 ›
today-today = 今天
today-counter = 櫃檯：
today-counter-hint = 所有櫃檯
today-refresh = 重新整理
today-import = 匯入 CSV…
today-import-hover = 匯入快修服務頁面匯出的檔案（全部成功或全部不匯入；出錯的列會標明行號）。
today-scan-hint = 掃描已預約產品的序號，為客戶報到並受理申請。
today-loading = 正在讀取當天資料…
today-none = 當天沒有預約。
today-count-total = 共預約 { $count } 筆
today-count-waiting = 還有 { $count } 筆未到
today-count-late = { $count } 筆遲到
today-count-checked-in = { $count } 筆已報到
today-count-no-show = { $count } 筆未到場
today-count-cancelled = { $count } 筆已取消
today-col-time = 時間
today-col-customer = 客戶
today-col-serial = 產品
today-col-case = 事由
today-col-counter = 櫃檯
today-col-status = 狀態
today-late = 遲到
today-serial-hint = 掃描或輸入
today-check-in = 報到
today-check-in-disabled = 請先掃描或輸入產品序號（並選擇目前值班人員）。
today-take-claim = 受理申請
today-open-claim = 開啟申請
today-edit = 編輯
today-more = 更多…
today-no-show = 未到場
today-no-show-title = 標記為未到場？
today-no-show-body = { $name }（{ $slot }）未到場。此預約將以未到場關閉；此操作會被記錄。
today-cancel = 取消…
today-cancel-title = 取消預約？
today-cancel-body = { $name } 在 { $slot } 的預約將被取消；此操作會被記錄。
today-cancel-confirm = 取消預約
today-form-new = 新增預約
today-form-edit = 修改預約 { $id }
today-form-book = 預約
today-form-save = 儲存變更
today-form-clear = 清除
today-form-incomplete = 需要日期（YYYY-MM-DD）、時間（HH:MM）、櫃檯和客戶姓名（以及目前值班人員）。
today-field-day = 日期：
today-field-slot = 時間：
today-field-name = 客戶：
today-field-phone = 電話：
today-field-store = 櫃檯：
today-field-serial = 序號：
today-field-case-ref = 案件編號：
today-field-case = 事由：
today-banner = 報到：預約 { $id }，{ $slot }，{ $store }
today-banner-customer = 客戶：{ $customer }
today-banner-case = 案件 { $reference }：{ $case }
today-banner-link = 在此提交的申請會連結到此預約。
quote-heading = 換新或付費維修
quote-heading-warranty = 延長保固維修
quote-col-replacement = 換新服務
quote-col-repair = 付費維修
quote-row-pays = 客戶需支付
quote-row-left = 之後剩餘換新次數
quote-row-plan = 服務方案有效期至
quote-row-warranty = 延長保固有效期至
quote-free = 免費：維修及工資皆在保障範圍內
quote-no-fee = 缺少費用
quote-not-quoted = 尚未報價
quote-warranty-through = 延長保固有效期至 { $date }
quote-recorded-by = 由 { $who } 於 { $at } 報價
quote-valid-until = 有效期至 { $date }
quote-covers-text = 包含：{ $covers }
quote-choice = 客戶選擇：{ $choice }（由 { $who } 於 { $at } 記錄）
quote-choose-replacement = 客戶選擇換新
quote-choose-repair = 客戶選擇付費維修
quote-choose-repair-title = 付費維修？
quote-choose-repair-confirm = 記錄付費維修
quote-choose-repair-body = 客戶以 { $amount } 選擇對 { $id } 進行付費維修；申請將轉為付費維修。此操作會被記錄。
quote-form-new = 記錄付費維修報價
quote-form-replace = 修改報價
quote-amount = 金額：
quote-currency = 幣別：
quote-covers = 包含：
quote-covers-hint = 維修包含的內容
quote-valid-until-label = 有效期至：
quote-valid-until-bad = 不是今天或之後的日期（YYYY-MM-DD），或請留空
quote-record = 記錄報價
app-what-appointments = 無法讀取預約
app-what-appointment-not-saved = 預約未儲存
app-what-check-in = 預約 { $id } 未報到
app-what-import-appointments = 未從 { $file } 匯入任何內容
app-what-quote-not-recorded = 未在 { $id } 上記錄報價
app-what-choice-not-recorded = 未記錄 { $id } 的選擇
app-import-appointments-title = 匯入預約
app-appointment-added = 已預約 { $id }：{ $name }，{ $slot }。
app-appointment-changed = 預約 { $id } 已修改。
app-appointment-status = 預約 { $id }：{ $status }。
app-appointments-imported = 已從 { $file } 匯入 { $count } 筆預約。
app-checked-in = 預約 { $id }：{ $name } 已憑 { $serial } 報到；請受理申請。
app-quote-recorded = { $id }：已記錄付費維修報價 { $amount }。
app-choice-recorded = { $id }：客戶選擇了{ $choice }。
today-field-email = 電子郵件：
appointment-bad-slot = 時段「{ $slot }」不是有效時間，例如 09:30。
appointment-no-store = 請填寫客戶預約的 Swift 服務中心櫃檯（門市）。
appointment-not-found = 沒有預約 { $id }。
appointment-erased = 預約 { $id } 的客戶已被遺忘：該預約不再保留其任何資料，也不能再更改。
appointment-not-booked = 預約 { $id } 的狀態為「{ $status }」：只有已預約的預約才能更改、取消、標記為未到或報到。
appointment-changed-meanwhile = 預約 { $id } 已在另一台工作站上被更改；未儲存任何內容，請重新查看。
appointment-no-serial = 預約 { $id } 還沒有序號：請掃描或輸入產品序號以報到。
appointment-link-not-checked-in = 預約 { $id } 的狀態為「{ $status }」：請先報到，再關聯申請。
appointment-already-linked = 預約 { $id } 已關聯到申請 { $claim }。
appointment-claim-other-serial = 申請 { $claim } 針對 { $serial }，而預約 { $id } 針對 { $booked }。
appointment-csv-line = 第 { $line } 行：{ $error }
appointment-csv-missing-column = 表頭缺少「{ $column }」欄（應為：{ $expected }）
appointment-csv-unknown-column = 未知的欄「{ $column }」（應為：{ $expected }）
appointment-csv-bad-day = 日期：「{ $day }」不是日期（YYYY-MM-DD）
appointment-csv-empty = 檔案中沒有預約（只有表頭，或為空）。
quote-refused-warranty = { $id } 是延長保固維修：免費，因此無需報價。
quote-refused-express = { $id } 是快速更換：快速服務沒有付費維修選項。
quote-refused-status = { $id } 的狀態為「{ $status }」：付費維修報價須在損壞評估後記錄。
quote-refused-chosen = { $id } 的客戶選擇已記錄：報價不能再更改。
quote-expired = 有效期至 { $date } 的報價已過期。
quote-amount-not-positive = 報價金額必須大於零（而不是 { $amount }）。
quote-none-yet = { $id } 沒有付費維修報價：請先記錄報價，再記錄客戶的選擇。
quote-lapsed = { $id } 的報價有效期至 { $date }：請先記錄新的報價。
event-paid-repair-chosen = 客戶選擇了付費維修（{ $amount }）。
claim-pdf-quote = 更換或付費維修
claim-pdf-quote-replacement = 更換服務
claim-pdf-quote-repair = 付費維修（報價）
claim-pdf-quote-covers = 維修範圍
claim-pdf-quote-valid-until = 報價有效期至
claim-pdf-quoted-by = 報價人
claim-pdf-quote-choice = 客戶的選擇
claim-pdf-quote-side = { $amount } · 之後剩餘更換次數：{ $left }
claim-pdf-quote-no-fee = 未記錄費用
claim-pdf-quote-not-stated = 未註明
claim-pdf-quote-not-chosen = 尚未記錄
claim-pdf-quote-chosen = { $choice }（由 { $who } 於 { $at } UTC 記錄）
claim-pdf-quoted = { $who }，{ $at } UTC

## The service layer's refusals and errors (issue 16). Codes, serials,
## ids and rule IDs stay as they are. $id a claim id or a number, $serial a
## serial, $name a person, $role/$status a label in words.
desk-err-no-claim = 沒有理賠 `{ $id }`
desk-err-claim-input = 理賠輸入：{ $error }
desk-err-reopen-needs-note = 重新開啟理賠需要一則說明原因的備註
desk-err-reopen-only-refused = 只有被拒絕的理賠才能重新開啟；{ $id } 的狀態是{ $status }
desk-err-reopen-only-refused-approved = 只有被拒絕的理賠才能重新開啟；{ $id } 的狀態是{ $status }（已核准）
desk-err-no-plus-for-repair = { $serial } 沒有可計入此次維修的 Care Refresh+
desk-err-no-plan-for-replacement = 理賠 { $id } 沒有可計入此次換新的服務計畫
desk-err-unit-reclaimed = 裝置 { $serial } 已被回收
desk-err-warranty-no-ship = { $id } 是延長保固理賠：不會寄出換新裝置
desk-err-needs-supervisor-now = { $name } 現在是{ $role }；此操作需要主管
desk-err-needs-supervisor = { $name } 是{ $role }；此操作需要主管
desk-err-no-staff = 沒有員工 { $id }
desk-err-salt = 無法產生鹽值：{ $error }
desk-err-hash = 無法對 PIN 進行雜湊：{ $error }
desk-err-staff-name-not-found = 員工 `{ $name }`
desk-err-staff-id-not-found = 員工 { $id }
desk-err-staff-name-empty = 員工姓名不能為空
desk-err-staff-name-long = 員工姓名最多 { $max } 個字元
desk-err-staff-exists = 名為 `{ $name }` 的員工已存在
desk-err-only-supervisor = { $name } 是唯一的主管；請先將其他人設為主管
desk-err-pin-shape = PIN 為 { $min } 到 { $max } 位數字（0–9）
desk-err-no-pin = { $name } 還沒有 PIN；由主管設定（caredesk staff pin "{ $name }"）
desk-err-wrong-pin = { $name } 的 PIN 錯誤（再錯 { $left } 次將鎖定 { $name } { $minutes } 分鐘）
desk-err-unknown-model = 未知型號 `{ $model }`
desk-err-fee-region = { $region } 不是 Care Refresh+ 服務地區（費用適用於 { $regions }）
desk-err-fee-number = 換新次數 { $number } 不在 1 到 { $most } 之間（2 年計畫最多 { $most } 次換新）
desk-err-fee-negative = 費用不能為負數
desk-err-fee-currency-code = 貨幣 `{ $currency }` 不是 USD 這樣的三字母代碼
desk-err-fee-currency = { $region } 的費用以 { $want } 計，而非 { $currency }
desk-err-no-cr-for-plus = 沒有可綁定 CR+ 的 CR 計畫
desk-err-code-shape = 啟用碼 `{ $code }` 不是 4 個或更多字母、數字或連字號
desk-err-code-exists = 啟用碼 { $code } 已存在
desk-err-code-unknown = 未知啟用碼 { $code }
desk-err-no-plus-to-return = { $serial } 沒有可退回的 Care Refresh+
desk-err-plus-returned = { $serial } 的 Care Refresh+ 已退回
desk-err-no-cr = { $serial } 沒有 Care Refresh 計畫
desk-err-no-plus = { $serial } 沒有 Care Refresh+
desk-err-plan-withdrawn = { $serial } 的{ $plan }已撤銷
desk-err-past-calendar = { $today } 之後 { $days } 天超出了日曆範圍
desk-err-no-serial = 沒有序號為 `{ $serial }` 的產品
desk-err-no-product-id = 沒有 ID 為 { $id } 的產品
desk-err-serial-shape = 序號 `{ $serial }` 不是 4 到 32 個字母、數字或連字號
desk-err-region-code = { $field }：未知地區代碼 `{ $region }`（應為 US 或 DE 這樣的 ISO 3166-1 alpha-2 代碼）
desk-err-cr-ends = CR 結束日（{ $ends }）必須晚於開始日（{ $starts }）
desk-err-cr-used = 已用 CR 換新次數（{ $used }）超過總數（{ $total }）
desk-err-no-parcel = 沒有包裹 { $id }

## The store's errors (StoreError). $db/$path a database, $error the
## backend's or the file's own words, $until a UTC time.
store-err-refused = 已拒絕：{ $reasons }
store-err-not-found = 找不到：{ $what }
store-err-no-database = { $path } 處沒有 CareDesk 資料庫；未建立任何內容（請檢查路徑，或加上 --create 在那裡新建資料庫）
store-err-not-caredesk = { $path } 不是 CareDesk 資料庫；未作任何變更
store-err-damaged = 資料庫已損壞（{ $error }）；已以唯讀方式開啟，未儲存任何內容——請還原備份（caredesk restore FILE）
store-err-locked = { $name } 因 { $attempts } 次 PIN 錯誤被鎖定至 { $until } UTC；請屆時再試，或請主管重設 PIN
store-err-illegal-transition = 狀態為{ $status }的理賠不能執行操作 `{ $action }`
store-err-not-allowed = 不允許：{ $reason }
store-err-code-used = 啟用碼 { $code } 已綁定到一個產品；一個啟用碼只能綁定一次
store-err-schema-too-new = 此資料庫的結構版本為 { $found }，比此 CareDesk 所知的（{ $known }）更新；請使用較新版本的 CareDesk
store-err-corrupt = 資料庫中有無法讀取的值：{ $error }
store-err-busy = 資料庫被另一個程式或工作站鎖定；未儲存任何內容，請重試（資料庫：{ $db }）
store-err-conflict = 另一個工作站在同一時刻修改了相同的記錄；未儲存任何內容，請重試（資料庫：{ $db }）
store-err-read-only = 此處資料庫為唯讀；未儲存任何內容（資料庫：{ $db }）
store-err-disk-full = 磁碟已滿；未儲存任何內容，請釋放一些空間後重試（資料庫：{ $db }）
store-err-connection-lost = 與資料庫伺服器的連線已中斷；未儲存任何內容，伺服器恢復後 CareDesk 會自動重新連線（資料庫：{ $db }）
store-err-cannot-open = 無法開啟資料庫：{ $error }
store-err-backend = 資料庫：{ $error }
store-err-unfinished = 尚未完成：{ $what }

## The service layer: demo data, first setup, backups, the product CSV import.
desk-err-demo-max = 一次最多 { $max } 個示範產品
desk-err-demo-real-data = { $db } 存有真實資料：示範資料只能放入示範資料庫（caredesk --db NEW_FILE demo）
desk-err-demo-real-data-here = 此資料庫存有真實資料：示範資料只能放入示範資料庫
desk-err-setup-demo-db = 這是示範資料庫；請在新檔案中建立真實資料庫（caredesk --db NEW_FILE --create staff init NAME）
desk-err-setup-has-staff = 此資料庫已有員工；由主管新增人員（caredesk staff add）
desk-err-idle-lock-range = 閒置鎖定為 0（永不）到 { $max } 分鐘
desk-err-backup-not-file = { $path } 不是一般檔案（是資料夾、連結、裝置或管道）；備份只寫入檔案
desk-err-backup-no-folder = 資料夾 { $path } 不存在
desk-err-backup-postgres = { $what }：PostgreSQL 資料庫以伺服器本身的 pg_dump 和 psql 備份與還原（README，「Backups」）
desk-err-backup-no-dir = 沒有備份資料夾
desk-err-no-file = { $path } 處沒有檔案
desk-err-history-altered = { $path } 中的歷史記錄已被變更（{ $first }）；未還原
desk-err-line = 第 { $line } 行：{ $error }
desk-err-import-no-column = 第 1 行：標題列沒有 `{ $column }` 欄（應為：{ $expected }）
desk-err-import-unknown-column = 第 1 行：未知欄 `{ $column }`（應為：{ $expected }）
desk-err-import-cancelled = 匯入已取消；未匯入任何內容

## Reopening read-only and moving a database (caredesk migrate).
desk-err-read-only-sqlite = 只有 SQLite 檔案可以唯讀方式重新開啟
desk-err-migrate-same = --from 和 --to 指向同一個資料庫
desk-err-migrate-not-empty = 目標資料庫不是空的（{ $there }）；遷移只複製到新的空資料庫
