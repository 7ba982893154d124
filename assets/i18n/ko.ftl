# CareDesk — 한국어. en.ftl과 같은 키, 같은 $인수를 씁니다.
# 규칙 ID와 코드(REP-PART, battery, US)는 번역하지 않습니다.
# 용어: Care Refresh = 케어 리프레쉬, Care Refresh+ = 케어 리프레쉬+,
# replacement = 교체, extended warranty = 연장 보증.

language-name = 한국어

## Codes: the label a person reads for each code (`code_enum!`, key <prefix>-<code>).
## The codes themselves are never translated.

# Part
part-aircraft = 기체(제품 본체)
part-gimbal = 짐벌
part-camera = 카메라
part-propellers = 프로펠러(쌍)
part-battery = 배터리
part-grip = 그립
part-handle = 핸들
part-main_body = 본체
part-main_controller = 메인 컨트롤러
part-motor = 모터
part-esc = ESC
part-vision_system = 비전 시스템

# Cause
cause-user_error = 사용자 과실
cause-signal_interference = 신호 간섭
cause-collision = 충돌
cause-water_damage = 침수
cause-drop_damage = 낙하 파손
cause-accident = 사고
cause-normal_use = 정상 사용 중 고장

# ServiceChannel
service-channel-online = 온라인(수리 센터로 발송)
service-channel-express = 익스프레스(접수 즉시 교체품 발송)
service-channel-ssc = 신속 서비스 센터

# SalesChannel
sales-channel-official = DJI 공식
sales-channel-authorized = 공인 대리점
sales-channel-unofficial = 비공식 경로

# Term
term-1y = 1년 플랜
term-2y = 2년 플랜

# Exclusion
exclusion-non_dji_product = DJI 제품이 아닌 제품의 손상
exclusion-third_party_accessory = 승인되지 않은 타사 제품, 액세서리 또는 소프트웨어와 함께 사용
exclusion-parts_lost = 보장 부품 분실
exclusion-parts_stolen_or_discarded = 보장 부품 도난, 약탈 또는 폐기
exclusion-unauthorized_repair = 비인가 수리로 인한 손상
exclusion-not_per_manual = 사용자 매뉴얼과 다르게 설치, 사용 또는 조작
exclusion-illegal_use = 불법 활동에 사용
exclusion-disaster_or_war = 자연재해, 전쟁, 폭동 또는 테러
exclusion-paid_enhancement = 유료 기술 업그레이드
exclusion-indirect_loss = 간접 손실 또는 기대 이익
exclusion-personal_injury_or_property = 신체 상해 또는 재산 손실
exclusion-legal_fees = 소송, 중재 또는 법률 비용
exclusion-unsuitable_conditions = 부적합한 환경에서 비행
exclusion-airworthiness_violation = 감항 요건 위반
exclusion-modification_or_dismantling = 개조 또는 분해
exclusion-defective_battery = 결함 있는 배터리로 인한 손상
exclusion-cosmetic_wear = 성능에 영향이 없는 외관 마모

# RequestKind
request-kind-plus_purchase = 케어 리프레쉬+ 구매
request-kind-replacement = 교체
request-kind-extended_warranty = 연장 보증 수리
request-kind-plus_return = 케어 리프레쉬+ 반품

# PlanKind
plan-care_refresh = 케어 리프레쉬
plan-care_refresh_plus = 케어 리프레쉬+

# Charge
charge-replacement_fee = 교체 비용
charge-transregional_fees = 지역 간 배송비, 세금 및 수수료

# Verdict
verdict-approved = 승인
verdict-refused = 거절

# ClaimKind
claim-kind-replacement = 교체
claim-kind-extended_warranty = 연장 보증 수리

# ClaimStatus
claim-status-submitted = 접수됨
claim-status-approved = 승인됨
claim-status-refused = 거절됨
claim-status-awaiting_product = 제품 도착 대기
claim-status-received = 입고됨
claim-status-assessed = 점검 완료
claim-status-replacement_shipped = 교체품 발송됨
claim-status-paid_repair = 유상 수리
claim-status-repaired = 수리 완료
claim-status-closed = 종료됨

# ProductStatus
product-status-active = 사용 중
product-status-reclaimed = 회수됨

# PlanService
plan-service-replacement = 교체
plan-service-extended_warranty = 연장 보증

# Role
role-technician = 기술자
role-ssc = SSC 직원
role-supervisor = 관리자

# ClaimActionCode
claim-action-await_product = 제품 도착 대기
claim-action-receive = 제품 입고
claim-action-assess = 점검 완료
claim-action-ship_replacement = 교체품 발송
claim-action-choose_paid_repair = 고객이 유상 수리 선택
claim-action-repair = 수리 완료
claim-action-lapse = 실효(기한 내 미발송)
claim-action-close = 종료
parcel-direction-inbound = 입고(손상 기기 또는 부품)
parcel-direction-outbound = 출고(교체품 또는 수리된 기기)
claim-queue-overdue = 기한 초과
claim-queue-awaiting_product = 제품 도착 대기
claim-queue-received = 입고됨
claim-queue-assessed = 점검 완료
claim-queue-ready_to_ship = 발송 준비
claim-queue-open = 진행 중 전체

# ServiceState
service-state-not_started = 시작 전
service-state-active = 유효
service-state-expired = 만료됨
service-state-used_up = 모두 사용함
service-state-withdrawn = 해지됨
service-state-not_offered = 제공 안 함

## Rules: the plain-language reason for each rule ID (SPEC §2), key rule-<ID>.

rule-BUY-NO-BASE = 이 제품에는 DJI 케어 리프레쉬(1년 플랜)가 없습니다. 케어 리프레쉬+는 1년 플랜이 있는 제품에만 구매할 수 있습니다.
rule-BUY-BASE-TERM = 이 제품에는 DJI 케어 리프레쉬(2년 플랜)가 있습니다. 2년 플랜에는 케어 리프레쉬+를 지원하지 않습니다.
rule-BUY-BASE-EXPIRED = DJI 케어 리프레쉬가 이미 만료되었습니다. 케어 리프레쉬+는 만료 전에 구매해야 합니다.
rule-BUY-NO-REPLACEMENT-LEFT = DJI 케어 리프레쉬에 남은 교체 횟수가 없습니다. 케어 리프레쉬+를 구매하려면 교체가 한 번 이상 남아 있어야 합니다.
rule-BUY-ONCE = 이 제품(또는 이 제품으로 교체된 이전 제품)은 이미 케어 리프레쉬+를 구매했습니다. 제품당 한 번만 구매할 수 있습니다.
rule-BUY-REGION-UNSUPPORTED = 구매하려는 지역에서는 케어 리프레쉬+를 판매하지 않습니다.
rule-BUY-REGION-MISMATCH = 케어 리프레쉬+와 제품은 같은 국가 또는 지역(서비스 지역)에서 구매해야 합니다.
rule-BUY-CHANNEL = 케어 리프레쉬+는 DJI 공식 또는 공인 경로에서 구매한 제품에만 등록할 수 있습니다.
rule-REP-EXPIRED = 신청일이 교체 서비스의 유효 기간에 속하지 않습니다.
rule-REP-IN-ADVANCE = 케어 리프레쉬에 남은 교체 횟수가 없으며, 케어 리프레쉬+의 교체 서비스는 케어 리프레쉬 만료 전에 미리 사용할 수 없습니다.
rule-REP-NONE-LEFT = 현재 유효한 플랜의 교체 횟수를 모두 사용했습니다.
rule-REP-WITHDRAWN = 고객의 현재 플랜 해지가 확정되어 교체 서비스가 종료되었습니다.
rule-REP-CHANNEL = DJI 공식 또는 공인 경로에서 구매한 제품이 아닙니다.
rule-REP-REGION-MISMATCH = 플랜과 제품을 서로 다른 국가 또는 지역에서 구매하여 서비스를 이용할 수 없습니다.
rule-REP-MFG-DEFECT = 보증 기간이 끝난 제품에서 케어 리프레쉬+ 발효 전에 제조 결함이 발견되어 케어 리프레쉬+를 사용할 수 없습니다.
rule-REP-PART = 신청한 부품이 이 제품 시리즈의 교체 서비스 대상이 아닙니다.
rule-REP-PART-QTY = 신청한 부품 수량이 너무 많습니다. 교체 1회당 제품 본체, 짐벌 또는 배터리는 최대 1개, 프로펠러는 최대 2쌍입니다.
rule-REP-EXCLUDED = 손상이 교체 서비스의 보장 제외 사항에 해당합니다(예: 분실, 도난, 비인가 수리 또는 매뉴얼과 다른 사용).
rule-REP-SHIP-LATE = 온라인 신청 후 7일(역일) 이내, 또는 익스프레스 신청 후 3일 이내에 부품을 발송하지 않았습니다.
rule-REP-OUTSIDE-COVERAGE = 서비스 지역 밖에서 신청했습니다. 해당 지역에서는 케어 리프레쉬+ 서비스를 제공하지 않습니다.
rule-REP-TRANSREGIONAL = 플랜의 서비스 지역 밖에서 신청했습니다. 고객이 지역 간 배송비, 세금 및 기타 수수료를 부담하는 경우에만 진행할 수 있습니다.
rule-REP-PRIVACY = 고객이 DJI 개인정보 처리방침에 동의하지 않았습니다. 교체 서비스를 신청하려면 먼저 동의해야 합니다.
rule-EW-NO-PLUS = 이 제품에는 연장 보증을 제공하는 케어 리프레쉬+가 등록되어 있지 않습니다.
rule-EW-NOT-STARTED = 연장 보증은 케어 리프레쉬(1년 플랜)가 만료된 후 시작되며 미리 사용할 수 없습니다.
rule-EW-EXPIRED = 신청일이 연장 보증 서비스의 유효 기간을 지났습니다.
rule-EW-NOT-OFFERED = EU 국가, 영국, 스위스, 노르웨이의 케어 리프레쉬+는 교체 서비스만 제공하며 연장 보증은 제공하지 않습니다.
rule-EW-WITHDRAWN = 고객의 케어 리프레쉬+ 해지가 확정되어 연장 보증이 종료되었습니다.
rule-EW-CHANNEL = DJI 공식 또는 공인 경로에서 구매한 제품이 아닙니다.
rule-EW-REGION-MISMATCH = 케어 리프레쉬+와 제품을 서로 다른 국가 또는 지역에서 구매하여 서비스를 이용할 수 없습니다.
rule-EW-MFG-DEFECT = 보증 기간이 끝난 제품에서 케어 리프레쉬+ 발효 전에 제조 결함이 발견되어 케어 리프레쉬+를 사용할 수 없습니다.
rule-EW-CAUSE = 연장 보증은 정상 사용 중 발생한 고장만 보장하며, 사용자 과실이나 사고로 인한 손상은 보장하지 않습니다.
rule-EW-PART = 이 제품 시리즈의 연장 보증 대상이 아닌 부품입니다.
rule-EW-EXCLUDED = 고장이 연장 보증의 보장 제외 사항에 해당합니다(예: 개조, 결함 있는 배터리, 외관 마모 또는 매뉴얼과 다른 사용).
rule-EW-SHIP-LATE = 연장 보증 서비스 확정 후 7일(역일) 이내에 부품을 발송하지 않았습니다.
rule-EW-OUTSIDE-COVERAGE = 서비스 지역 밖에서 신청했습니다. 해당 지역에서는 케어 리프레쉬+ 서비스를 제공하지 않습니다.
rule-EW-AREA = 이 제품은 국제 보증 서비스가 없어 연장 보증은 케어 리프레쉬+를 구매한 지역에서만 이용할 수 있습니다(수수료를 내도 달라지지 않습니다).
rule-RET-PRODUCT-NOT-RETURNED = 케어 리프레쉬+는 제품 자체가 DJI 반품 정책에 따라 반품된 경우에만 반품할 수 있습니다(케어 리프레쉬를 먼저 반품한 다음 케어 리프레쉬+를 반품).
rule-RET-SERVICE-USED = 케어 리프레쉬+의 교체 서비스나 연장 보증 서비스를 이미 사용했다면 반품할 수 없습니다.

## Interpretations of the terms (SPEC "Interpretation"), key interpretation-<ID>.

interpretation-INT-EU-SERVICE-REGION = 모든 EU 회원국은 하나의 서비스 지역 EU를 이룹니다. 프랑스에서 구매한 제품과 독일에서 구매한 플랜은 같은 서비스 지역입니다.
interpretation-INT-EUROPEAN-CAP = 유럽형(EU, 영국, 스위스, 노르웨이): 케어 리프레쉬와 케어 리프레쉬+를 합친 2년 동안 최대 3회까지 교체할 수 있으므로, 케어 리프레쉬+로는 3회에서 케어 리프레쉬로 사용한 횟수를 뺀 만큼 교체할 수 있습니다. 그 밖의 지역에서 케어 리프레쉬+는 정확히 1회입니다.
interpretation-INT-OSMO-MOBILE-PARTS = Osmo Mobile: 교체 서비스는 본체와 배터리를 보장합니다(약관의 Osmo 시리즈 "카메라와 배터리"는 스마트폰 짐벌에 맞지 않습니다).
interpretation-INT-SSC-NO-SHIP-DEADLINE = 신속 서비스 센터 예약에는 발송 기한이 없습니다. 약관은 온라인(7일, 역일)과 익스프레스(3일) 신청에만 기한을 정합니다.

## SPEC §5 advice: what the person at the counter can do about each failing rule.
## $parts is a list of part names, $series a product series, $date a day in
## words, $region a region code, $plan a plan name, $days a number of days.

advice-accept-privacy = 고객에게 DJI 개인정보 처리방침을 읽고 동의하도록 안내하고, 동의 사실을 기록하세요.
advice-remove-parts = 신청에서 { $parts }을(를) 빼세요: { $series } 시리즈에서는 교체할 수 없습니다.
advice-remove-parts-warranty = 신청에서 { $parts }을(를) 빼세요: { $series } 시리즈의 연장 보증 대상이 아닙니다.
advice-reduce-parts = 수량을 한도까지 줄이세요: { $parts }.
advice-reduce-part = { $part } { $cap }개로
advice-accept-transregional = 고객이 지역 간 배송비, 세금 및 수수료를 부담할지 확인하세요. 고객이 동의하면 고객 부담으로 진행할 수 있습니다.
advice-wait-plus = 케어 리프레쉬+가 시작되는 { $date }부터 다시 방문하세요. 미리 사용할 수 없습니다.
advice-wait-base = 케어 리프레쉬가 시작되는 { $date }부터 다시 방문하세요.
advice-service-in = { $plan }이(가) 유효한 { $region }에서 제품 서비스를 받으세요.
advice-buy-in = 제품을 구매한 { $region }을(를) 통해 케어 리프레쉬+를 판매하세요(해당 지역의 매장 또는 활성화 카드).
advice-return-product = 먼저 DJI 반품 정책에 따라 제품을 반품하세요. 그다음 케어 리프레쉬, 이어서 케어 리프레쉬+가 반품됩니다.

advice-none-buy-no-base = 여기서 할 수 있는 조치가 없습니다: 케어 리프레쉬+에는 제품에 DJI 케어 리프레쉬(1년 플랜)가 있어야 합니다.
advice-none-buy-base-term = 여기서 할 수 있는 조치가 없습니다: 케어 리프레쉬(2년 플랜)에는 케어 리프레쉬+를 추가할 수 없습니다.
advice-none-buy-base-expired = 너무 늦었습니다: 케어 리프레쉬+는 케어 리프레쉬의 마지막 날인 { $date }까지 구매할 수 있었습니다.
advice-none-buy-no-replacement-left = 여기서 할 수 있는 조치가 없습니다: 케어 리프레쉬+에는 케어 리프레쉬에 남은 교체 횟수가 있어야 합니다.
advice-none-buy-once = 여기서 할 수 있는 조치가 없습니다: 제품(및 그 교체품)은 케어 리프레쉬+를 한 번만 구매할 수 있습니다.
advice-none-buy-region = { $region }에서 구매한 제품에는 케어 리프레쉬+를 제공하지 않습니다.
advice-none-channel = DJI 또는 공인 대리점 구매 증빙이 없으면 플랜으로 이 제품을 서비스할 수 없습니다. 유상 수리를 안내하세요.
advice-none-rep-expired = 이날을 보장하는 플랜이 없습니다. 유상 수리를 안내하세요.
advice-none-rep-none-left = { $plan }에 남은 교체 횟수가 없습니다. 유상 수리를 안내하세요.
advice-none-withdrawn = { $plan } 해지가 확정되어 서비스가 종료되었습니다. 유상 수리를 안내하세요.
advice-none-region-mismatch = 플랜과 제품을 서로 다른 지역에서 구매했습니다. 이 플랜으로는 이 제품을 서비스할 수 없습니다.
advice-none-mfg-defect = 케어 리프레쉬+ 발효 전에 발견된 제조 결함은 보장되지 않습니다. 유상 수리를 안내하세요.
advice-none-excluded = 보장 제외({ $exclusions }): 플랜이 보장하지 않습니다. 유상 수리를 안내하세요.
advice-none-ship-late = 신청 후 { $days }일 이내에 부품을 발송하지 않아 이 신청은 효력을 잃었습니다. 새 신청은 기한 내에 발송해야 합니다.
advice-none-outside-coverage = { $region }에서는 케어 리프레쉬+ 서비스를 제공하지 않습니다. 케어 리프레쉬+ 지역에서 서비스를 받아야 합니다.
advice-none-ew-no-plus = 연장 보증에는 제품에 케어 리프레쉬+가 있어야 합니다. 유상 수리를 안내하세요.
advice-none-ew-expired = 연장 보증이 { $date }에 종료되었습니다. 유상 수리를 안내하세요.
advice-none-ew-not-offered = EU, 영국, 스위스 또는 노르웨이에서 구매한 케어 리프레쉬+에는 연장 보증이 없습니다. 대신 교체 신청이 가능할 수 있습니다.
advice-none-ew-cause = 연장 보증은 정상 사용 중 고장만 보장합니다. 손상이라면 대신 교체를 신청하세요.
advice-none-ret-service-used = 여기서 할 수 있는 조치가 없습니다: 케어 리프레쉬+ 서비스를 이미 사용했습니다.

## How long a decision holds (SPEC §5 windows).
advice-after-steps-approved = 이 조치를 거치면 신청이 승인됩니다.
advice-after-steps-refused = 이 조치를 거쳐도 신청은 거절됩니다.
advice-approvable-from = { $date }부터 승인 가능합니다.
advice-never-approvable = 현재 상태로는 향후 3년 동안 어느 날에도 승인할 수 없습니다.
advice-buy-until = 케어 리프레쉬+는 { $date }까지 구매할 수 있습니다.
advice-ship-by = 고객은 { $date }까지 부품을 발송해야 합니다.
advice-approved-through = { $date }까지 승인 가능합니다.
report-advice-step = 조치: { $text }
advice-no-end = 현재 상태로 향후 3년 동안 매일 승인 가능합니다.
fee-missing = 요금표에 { $region }의 { $model } { $number }번째 교체 비용이 없습니다. 이 승인된 신청을 접수하기 전에 관리자가 설정해야 합니다(설정, 또는 caredesk fee set "{ $model }" { $number } AMOUNT --region { $region }).
unit-reclaimed = 기기 { $serial }은(는) DJI가 회수했습니다. { $replaced_by }(으)로 교체되었으니 { $replaced_by }(으)로 신청을 접수하세요.
unit-reclaimed-chain = 기기 { $serial }은(는) DJI가 회수했습니다. { $replaced_by }(으)로 교체되었고 현재 사용 중인 기기는 { $in_service }입니다. { $in_service }(으)로 신청을 접수하세요.
unit-reclaimed-unknown = 기기 { $serial }은(는) DJI가 회수하여 신청을 받을 수 없습니다.
bound-in-future = { $field }: { $day }은(는) 미래 날짜입니다(오늘은 { $today }).
bound-before-cr = { $field }: { $day }은(는) 제품의 케어 리프레쉬 시작일({ $starts }) 이전입니다.
bound-before-submitted = { $field }: { $day }은(는) 신청 접수일({ $submitted }) 이전입니다.
bound-received-before-shipped = parcel.received_on: { $received }은(는) 소포 발송일({ $shipped }) 이전입니다.
bound-longer-than-term = cr_ends: { $term }은(는) 최대 { $latest }까지입니다({ $starts } 시작). { $ends }은(는) 안 됩니다.
bound-too-many-replacements = cr_replacements_total: { $term }의 교체 횟수는 최대 { $max }회입니다. { $total }회는 안 됩니다.
lapse-not-overdue = { $id }은(는) 기한이 지나지 않았습니다. 고객은 { $ship_by }까지 소포를 발송할 수 있거나(오늘은 { $today }) 이미 기한 내에 발송했습니다. 기한이 지난 신청만 실효 처리할 수 있습니다.
lapse-no-deadline = { $id }에는 발송 기한이 없어(또는 고객의 소포를 기다리는 중이 아니어서) 실효 처리할 수 없습니다.
receive-needs-shipped = { $id }을(를) 입고하려면 배송 추적에서 확인한 소포 발송일(--shipped DATE)이 필요합니다. 발송 기한은 이 날짜로 판단합니다.
replacement-serial-known = 시리얼 번호 { $serial }은(는) 이미 CareDesk에 있습니다. 교체품은 고유한 시리얼 번호를 가진 새 기기입니다. 새 기기의 시리얼 번호를 다시 스캔하세요.
replacement-other-model = 교체품 { $serial }이(가) { $model }(으)로 스캔되었지만 교체 대상 기기는 { $expected }입니다. 교체품은 같은 모델이어야 합니다.
event-received-shipped = 소포 입고({ $shipped } 발송)
event-refused-on-receipt = 입고 시 거절: { $rules }. 확보해 둔 교체품을 해제했습니다. 기기를 고객에게 돌려보내고(출고 소포 기록) 신청을 종료하세요.
event-lapsed = 실효: { $ship_by }까지 발송되지 않음({ $rule }). 거절로 종료되었으며 확보해 둔 교체품을 해제했습니다
event-parcel = 소포({ $direction }): { $carrier } { $tracking }
event-parcel-shipped = , { $day } 발송
event-parcel-received = , { $day } 입고
parcel-bad-carrier = parcel.carrier: 택배사를 입력하세요(최대 { $max }자).
parcel-bad-tracking = parcel.tracking: `{ $tracking }`은(는) 운송장 번호가 아닙니다(영문, 숫자, 하이픈, 최대 { $max }자).
parcel-duplicate = parcel.tracking: { $tracking }은(는) 이미 같은 방향으로 { $id }에 기록되어 있습니다.
checklist-item-data_backed_up = 개인 데이터 백업 후 기기에서 삭제함
checklist-item-microsd_removed = microSD 카드를 빼서 돌려줌
checklist-item-only_parts_to_replace = 교체할 부품만 보냄
checklist-data-backed-up = 고객이 기기의 개인 데이터(사진, 동영상, 비행 데이터, 타사 소프트웨어)를 백업하고 삭제했습니다.
checklist-microsd-removed = microSD 카드를 빼서 고객에게 돌려주었습니다.
checklist-short-data-backed-up = 데이터 백업 및 삭제
checklist-short-microsd-removed = microSD 카드 제거
checklist-short-only-parts-to-replace = 교체할 부품만
checklist-only-parts-to-replace = 교체할 부품만 보냅니다. 조종기, 배터리(콤보 구성품 또는 별도 구매품), 기타 DJI 액세서리, 타사 액세서리는 보내지 않습니다.
customer-erased = 삭제됨
customer-name-missing = 고객 이름이 필요합니다.
customer-field-too-long = { $field }이(가) 저장 가능한 { $max }자보다 깁니다. 줄여 주세요.
customer-field-control = { $field }에 제어 문자가 있습니다. 제어 문자 없이 다시 입력하세요.
customer-phone-invalid = “{ $phone }”은(는) 전화번호가 아닙니다. 숫자, 공백, + - ( ) . / 만 쓸 수 있으며 숫자가 3개 이상이어야 합니다.
customer-email-invalid = “{ $email }”은(는) name@example.com 같은 이메일 주소가 아닙니다.
customer-lang-invalid = “{ $lang }”은(는) zh-Hant, ko, de 같은 언어 태그가 아닙니다.
customer-not-found = 고객 { $id }이(가) 없습니다.
customer-is-erased = 고객 { $id }은(는) { $date }에 삭제 처리되었습니다. 데이터가 지워져 새 작업에 사용할 수 없습니다.
customer-batch-row = 일괄 처리의 { $row }번째 고객: { $error }
customer-product-linked = { $serial }은(는) 이미 고객 { $id }의 제품입니다.
search-too-short = 검색하려면 { $min }자 이상 입력하세요.
intake-not-ticked = 선택 안 됨: { $items }
intake-no-description = 손상 설명 없음
intake-incomplete = 접수 체크리스트가 완료되지 않았습니다: { $missing }. 직원과 고객이 이대로 확인한 경우에만 신청을 접수하세요.
photo-already-attached = { $name }은(는) 이미 { $claim }에 첨부되어 있습니다(같은 사진).
photo-not-found = 사진 { $id }이(가) 없습니다.
signature-erased = { $claim }의 고객은 삭제 처리되어 서명을 바꿀 수 없습니다.
cli-confirm-incomplete = { $why } 그래도 접수하려면 { $flag }을(를) 추가하세요.

## A refusal's reason, with what in the request made the rule fail.
reason-observed = 확인된 사항: { $items }.
reason-not-covered-parts = { $series } 시리즈에서 보장하지 않음: { $items }.
reason-shipped-after = { $submitted } 신청 후 { $days }일 만에 소포가 발송되었습니다(최대 { $limit }).
reason-not-shipped-after = { $submitted } 신청 후 { $days }일이 지나도록 발송되지 않았습니다(최대 { $limit }).

## The window's fonts. $scripts names writing systems ("Chinese and Korean"),
## $package a Debian package to install.
fonts-missing-title = 글꼴 없음
fonts-missing = { $scripts } 텍스트를 표시할 수 없습니다. 설치된 글꼴 중 해당 문자를 가진 글꼴이 없습니다. { $package }을(를) 설치하세요.
fonts-missing-dismiss = 확인

## Errors from the service layer and storage (src/store/message.rs).
error-refused = 거절됨: { $rules }
error-not-found = 찾을 수 없음: { $what }
error-illegal-transition = 상태가 “{ $status }”인 신청에는 `{ $action }` 작업을 할 수 없습니다
error-not-allowed = 허용되지 않음: { $why }
error-code-already-used = 활성화 코드 { $code }은(는) 이미 제품에 등록되어 있습니다. 코드는 한 번만 등록할 수 있습니다
error-schema-too-new = 이 데이터베이스의 스키마 버전은 { $found }(으)로, 이 CareDesk가 아는 버전({ $known })보다 새롭습니다. 더 새로운 CareDesk를 사용하세요
error-corrupt = 데이터베이스에 읽을 수 없는 값이 있습니다: { $what }
error-busy = 다른 프로그램이나 워크스테이션이 데이터베이스를 잠갔습니다. 아무것도 저장되지 않았으니 다시 시도하세요(데이터베이스: { $database })
error-conflict = 다른 워크스테이션이 같은 기록을 동시에 변경했습니다. 아무것도 저장되지 않았으니 다시 시도하세요(데이터베이스: { $database })
error-read-only = 여기서는 데이터베이스가 읽기 전용입니다. 아무것도 저장되지 않았습니다(데이터베이스: { $database })
error-disk-full = 디스크가 가득 찼습니다. 아무것도 저장되지 않았으니 공간을 확보한 뒤 다시 시도하세요(데이터베이스: { $database })
error-connection-lost = 데이터베이스 서버와의 연결이 끊어졌습니다. 아무것도 저장되지 않았으며, 서버가 돌아오면 CareDesk가 자동으로 다시 연결합니다(데이터베이스: { $database })
error-cannot-open = 데이터베이스를 열 수 없습니다: { $why }
error-backend = 데이터베이스: { $why }
error-unfinished = 아직 완료되지 않음: { $what }

## ---------------------------------------------------------------- the window
## Every text the window shows (src/ui/). Arguments are filled in as given:
## $keys a keyboard shortcut (Ctrl+5), $date a YYYY-MM-DD day.

## The window (src/ui/mod.rs, src/ui/app/, src/ui/command.rs, src/ui/widgets.rs)

app-title = CareDesk
start-no-catalog = 카탈로그를 불러올 수 없습니다
start-no-database = 데이터베이스 { $location }을(를) 열 수 없습니다
start-no-window = 창을 열 수 없습니다: { $error }

# Menus and the shortcut help.
menu-file = 파일
menu-view = 보기
menu-help = 도움말
menu-export-claims = 신청 내보내기(표 필터 기준)
menu-export-expiring = 만료 예정 플랜 내보내기
menu-expiring-within = { $days }일 이내 만료
menu-quit = 종료
help-scan = 시리얼 번호를 스캔하면 제품이 바로 열립니다.
help-focus-serial = { $keys } 또는 { $alt }: 시리얼 번호 입력란으로 커서 이동
help-panels = { $first } … { $last }: 패널 전환
help-file-claim = { $keys }: 신청 접수(신청 접수 패널)
help-dialogs = Enter: 대화 상자 확인 · Esc: 취소
help-theme = { $keys }: 다크 / 라이트 테마
shortcut-or = { $first } / { $second }
button-with-shortcut = { $label } ({ $keys })

# Commands with one label wherever they are offered (src/ui/command.rs).
command-focus-serial = 시리얼 번호 스캔 / 조회
command-toggle-theme = 다크 / 라이트 테마
command-clear-recent = 목록 지우기
command-search = 검색
command-open-product = 열기
command-load-demo = 데모 데이터 불러오기…
command-import-products = CSV에서 제품 가져오기…
command-cancel-job = 취소
command-dismiss = 닫기

# The scanner row and the status line.
scanner-label = 시리얼 번호
scanner-hint = 시리얼 번호를 스캔하거나 입력 후 Enter
scanner-reclaimed = 회수됨
scanner-unknown = { $serial }: 해당 제품 없음 — 열린 제품이 없습니다
scanner-today = 오늘 { $date }
scanner-staff = { $name } ({ $role })
scanner-staff-hover = 근무자 변경(설정)
scanner-no-staff = 잠김: PIN으로 로그인하세요
status-ready = 준비됨.

# Dialogs.
staff-dialog-title = 누가 근무 중인가요?
staff-dialog-body = 모든 작업은 이름과 함께 기록됩니다. 본인 이름을 고르고 PIN을 입력하세요.
staff-name-role = { $name } — { $role }
dialog-cancel = 취소
dialog-ok = 확인
dialog-keys = Enter 확인 · Esc 취소
dialog-cancelled = 취소되었습니다. 변경된 내용이 없습니다.
pin-title = 관리자 PIN
pin-label = PIN:
pin-not-staff-action = 직원 관련 작업이 아닙니다.
pin-set-fee = { $region }의 { $model } { $number }번째 교체 비용을 { $amount }(으)로 설정합니다.
pin-reopen-claim = 신청 { $id }을(를) 다시 엽니다.

# Shared widgets and the live decision.
day-today = 오늘
day-tomorrow = 내일
day-yesterday = 어제
day-in-days = { $days }일 후
day-days-ago = { $days }일 전
window-ends = { $when } 종료
window-ended = { $when } 종료됨
window-starts = { $when } 시작
window-started = { $when } 시작됨
decision-approved = 승인
decision-refused = 거절
decision-plan-in-effect = 적용 플랜: { $plan }
interpretation = 해석
date-hint = YYYY-MM-DD
date-invalid = 날짜가 아닙니다(YYYY-MM-DD)
region-unknown = 알 수 없는 지역
region-unknown-code = 알 수 없는 지역 코드
serial-and-model = { $serial } — { $model }
preview-checking = 확인 중…
preview-updating = 업데이트 중…
export-format-entry = { $format }…
export-format-csv = CSV(스프레드시트)
export-format-pdf = PDF(인쇄용 보고서)
export-format-json = JSON(기계 판독용)
export-busy = 다른 작업이 실행 중입니다.

# What the window says after an action (the status line).
app-demo-loaded = 새 데모 데이터베이스: 데모 데이터를 불러왔습니다(제품 { $products }개, 신청 { $claims }건). 데모 직원과 PIN: { $supervisors }.
app-demo-pin = { $name } (PIN { $pin })
app-empty-database = 데이터베이스가 비어 있습니다. 설정에서 데모 데이터를 불러오거나 제품을 가져오세요({ $keys }).
app-live-off = 실시간 새로 고침이 꺼져 있습니다({ $error }). 다른 워크스테이션의 변경 사항은 보기를 다시 열 때 표시됩니다.
app-choose-staff-first = 먼저 근무자를 선택하세요(설정, { $keys }). 모든 작업은 이름과 함께 기록됩니다.
app-choose-staff = 먼저 근무자를 선택하세요.
app-refused = { $what }: 약관에 따라 거절되었습니다.
app-failed = { $what }: { $error }.
app-serial-unknown = 시리얼 번호가 “{ $serial }”인 제품이 없으며, 일부 일치하는 항목도 없습니다.
app-serial-partial = 시리얼 번호가 “{ $serial }”인 제품이 없습니다. 일부 일치하는 항목 { $count }개가 { $panel }에 표시됩니다.
app-plus-sold = 케어 리프레쉬+를 판매하여 { $serial }에 등록했습니다.
app-card-bound = 활성화 카드 { $code } 등록 완료: { $serial }에 케어 리프레쉬+가 적용되었습니다.
app-card-registered = 활성화 카드 { $code }({ $region })를 등록했습니다.
app-withdrawn = { $serial }의 { $plan } 해지를 확정했습니다.
app-plus-returned = { $serial }의 케어 리프레쉬+를 반품했습니다.
app-claim-filed-approved = 신청 { $id } 접수: 승인됨.
app-claim-filed-refused = 신청 { $id } 접수: 거절됨.
app-claim-advanced = { $id }: { $step } — 현재 { $status }
app-claims-reader-stopped = 신청 읽기가 중단되었습니다. CareDesk를 다시 시작하세요.
app-cannot-read-claims = 신청을 읽을 수 없습니다: { $error }.
app-staff-working = { $name } 님이 근무 중입니다. 모든 작업이 이 이름으로 기록됩니다.
app-staff-added = { $name } 님을 { $role }(으)로 추가했습니다.
app-fee-set = { $region }의 { $model } { $number }번째 교체 비용을 { $amount }(으)로 설정했습니다.
app-claim-reopened = { $id }을(를) 다시 열었습니다.
app-pin-not-allowed = 허용되지 않음: { $why }.
app-demo-confirm-title = 데모 데이터 불러오기
app-demo-confirm-body = 이 데이터베이스에는 이미 제품이 있습니다. 그래도 데모 제품 { $products }개와 플랜, 신청을 추가할까요?
app-demo-confirm = 데모 데이터 추가
app-csv-filter = CSV
app-import-title = 제품 가져오기
app-export-title = 내보내기
app-connection-lost = 데이터베이스 연결이 끊어졌습니다({ $reason }). CareDesk가 자동으로 다시 연결하며, 그때까지는 저장할 수 없습니다.
app-connection-restored = 데이터베이스에 다시 연결되었습니다.

# What failed, at the start of an error message ("{ $what }: …").
app-what-staff-option = --staff { $name }
app-what-search = 검색 실패
app-what-lookup = { $serial }을(를) 조회할 수 없습니다
app-what-refresh = { $serial }을(를) 새로 고칠 수 없습니다
app-what-staff-list = 직원 목록을 읽을 수 없습니다
app-what-fees = 요금표를 읽을 수 없습니다
app-what-plus-not-bound = 케어 리프레쉬+가 등록되지 않았습니다
app-what-card-not-bound = 카드 { $code }이(가) 등록되지 않았습니다
app-what-card-not-registered = 카드가 등록되지 않았습니다
app-what-withdrawal = 해지가 기록되지 않았습니다
app-what-plus-not-returned = 케어 리프레쉬+가 반품되지 않았습니다
app-what-claim-not-filed = 신청이 접수되지 않았습니다
app-what-open-claim = 신청 { $id }을(를) 열 수 없습니다
app-what-claim-not-changed = { $id }이(가) 변경되지 않았습니다
app-what-count-claims = 신청 건수를 셀 수 없습니다
app-what-parcel-not-added = { $id }에 소포가 기록되지 않았습니다
app-parcel-added = { $id }: 소포 { $tracking }({ $direction }) 기록됨.
app-what-read-claims = 신청을 읽을 수 없습니다
app-what-not-done = 완료되지 않음

# Background jobs.
job-another-running = 다른 작업이 실행 중입니다. 완료될 때까지 기다리거나 취소하세요.
job-exporting = { $target }(으)로 내보내는 중…
job-exported = { $items }개 항목을 { $format } 형식으로 { $target }에 내보냈습니다({ $kb } KB).
job-export-failed = 내보내기 실패({ $error }). 파일을 쓰지 않았습니다
job-loading-demo = 데모 제품 { $products }개를 불러오는 중…
job-demo-cancelled = 데모 데이터를 취소했습니다. 추가된 항목이 없습니다.
job-demo-loaded = 데모 데이터를 불러왔습니다: 제품 { $products }개, 신청 { $claims }건, 활성화 카드 { $cards }장.
job-importing = { $file } 가져오는 중…
job-imported = { $file }에서 제품 { $count }개를 가져왔습니다.
job-stopped = 작업이 중단되었습니다: { $error }.
job-no-result = 작업이 결과 없이 끝났습니다.

## Serial lookup (src/ui/lookup.rs)

panel-lookup = 시리얼 번호 조회
lookup-intro = 상단 입력란에 시리얼 번호를 스캔하세요({ $keys } 또는 { $alt }로 커서 이동). Enter를 누르면 제품이 열립니다.
lookup-search-label = 검색:
lookup-search-hint = 시리얼 번호 일부, 모델 또는 신청 ID
lookup-results = 결과
lookup-no-search-yet = 아직 검색하지 않았습니다.
lookup-nothing-matches = “{ $query }”와(과) 일치하는 항목이 없습니다.
lookup-matches = “{ $query }” 검색 결과 { $count }건:
lookup-recent = 최근 조회
lookup-recent-none = 아직 없습니다.
lookup-open-product = 제품 열기

## Plan status (src/ui/plan_status.rs)

panel-plans = 플랜 상태
plans-scan-first = 상단 바에서 시리얼 번호를 스캔하거나 입력하면({ $keys }) 플랜이 표시됩니다.
plans-claims-on-unit = 이 기기의 신청
plans-claim-line = { $kind } · { $status } · { $submitted } 접수
plans-product-returned = DJI 반품 정책에 따라 제품 반품됨
plans-return-plus-button = 케어 리프레쉬+ 반품…
plans-return-plus-title = 케어 리프레쉬+ 반품
plans-return-plus-body = { $serial }의 케어 리프레쉬+를 반품할까요? RET 규칙이 판정하며, 거절되면 사유가 표시되고 아무것도 변경되지 않습니다.
plans-return-plus-confirm = 케어 리프레쉬+ 반품
plans-model-series = { $model } · { $series } 시리즈
plans-unit-active = 사용 중
plans-unit-reclaimed = 회수됨 — DJI 소유
plans-bought-in = 구매 지역 { $region } · { $channel }
plans-international-yes = 국제 보증 서비스: 예
plans-international-no = 국제 보증 서비스: 아니요
plans-replaced-by = · 교체 후 기기
plans-replaces = · 교체 전 기기
plans-take-claim = 신청 접수
service-active = 유효
service-not-started = 시작 전(미리 사용할 수 없음)
service-expired = 종료: 유효 기간 만료
service-used-up = 종료: 교체 횟수 모두 사용
service-withdrawn = 종료: 해지 확정
service-not-offered = 제공 안 함(유럽형)
plans-not-on-product = 이 제품에는 없습니다.
plans-had-plus = 이 기기로 교체되기 전의 기기에 이미 케어 리프레쉬+가 있었습니다(BUY-ONCE).
plans-withdraw-button = { $plan } 해지 확정…
plans-withdraw-title = { $plan } 해지
plans-withdraw-body = { $serial }의 { $plan }에 대한 고객의 해지를 확정할까요? 서비스가 오늘 종료되며 되돌릴 수 없습니다.
plans-withdraw-confirm = 해지 확정
plans-term = 기간:
plans-bought = 구매일:
plans-region = 지역:
plans-region-service-region = { $region } (서비스 지역 { $service_region })
plans-starts = 시작:
plans-date-relative = { $date }  ({ $relative })
plans-valid-through = 유효 기한:
plans-replacements-label = 교체:
plans-replacements = { $allowed }회 중 { $used }회 사용, { $left }회 남음
plans-replacements-european = { $allowed }회 중 { $used }회 사용, { $left }회 남음(유럽 한도)
plans-replacement-service = 교체 서비스:
plans-extended-warranty = 연장 보증:

## Coverage (src/ui/coverage.rs)

panel-coverage = 보장 범위
coverage-for-model = { $model }({ $series } 시리즈) 보장 범위
coverage-checklist = 보장 체크리스트
coverage-series-label = 시리즈:
coverage-open-product-hint = 제품을 열면 오늘 적용되는 내용이 표시됩니다.
coverage-no-series = 카탈로그에 시리즈가 없습니다.
coverage-replacement = 교체 서비스
coverage-warranty = 연장 보증(케어 리프레쉬+)
coverage-no-warranty-in-europe = EU, 영국, 스위스 또는 노르웨이에서 구매한 케어 리프레쉬+에는 연장 보증이 없습니다.
coverage-replacement-today = 오늘 교체는 { $plan }(으)로 처리됩니다.
coverage-no-replacement-today = 오늘 교체 서비스를 제공하는 플랜이 없습니다.
coverage-never-send-back = 보내지 말 것
coverage-send-only-parts = 교체할 부품만 보내세요. 그 밖의 물품 배송비는 고객이 부담합니다.
coverage-never-item = ×  { $item }
coverage-before-leaving = 제품이 카운터를 떠나기 전에
coverage-back-up = 고객의 사진, 동영상, 비행 데이터를 백업한 다음 개인 데이터를 삭제하세요. 기기가 돌아오지 않을 수 있습니다.
coverage-microsd = microSD 카드를 빼서 고객에게 돌려주세요.
coverage-part = 부품
coverage-at-most = 최대
coverage-today = 오늘
coverage-pairs = { $cap }쌍
coverage-covered = 보장
coverage-not-today = 오늘은 불가

## Sell / bind CR+ (src/ui/sell_plus.rs)

panel-sell = 케어 리프레쉬+ 판매 / 등록
sell-heading = 케어 리프레쉬+ 판매 / 등록
sell-mode-store = 매장에서 시리얼 번호로
sell-mode-card = 활성화 카드로
sell-scan-first = 먼저 상단 바에서 시리얼 번호를 스캔하거나 입력하세요({ $keys }).
sell-product = 제품: { $serial }
sell-store-region = 구매 매장 지역:
sell-purchase-date = 구매일:
sell-eligibility = 가입 자격
sell-button = 케어 리프레쉬+ 판매 및 등록
sell-button-disabled = 자격 확인이 승인되고 근무자를 선택하면 사용할 수 있습니다.
sell-card-code = 활성화 코드:
sell-card-serial = 시리얼 번호:
sell-card-bind = 카드 등록
sell-card-hint = 코드는 한 번만 등록할 수 있습니다. BUY 규칙이 카드의 지역으로 판정하며, 거절되면 사유가 여기에 표시됩니다.
sell-register-heading = 새 활성화 카드 등록
sell-register-code = 코드:
sell-register-region = 지역:
sell-register-button = 등록

## Claim intake (src/ui/claim_intake.rs)

panel-intake = 신청 접수
intake-scan-first = 먼저 상단 바에서 시리얼 번호를 스캔하거나 입력하세요({ $keys }).
intake-heading = 신청 접수 — { $serial }
intake-model-region = { $model } · { $region }
intake-open-replacement = { $serial } 열기
intake-set-fee = { $region } 비용:
intake-set-fee-button = 비용 설정…(PIN)
intake-problem-on = 신청일이 날짜가 아닙니다(YYYY-MM-DD).
intake-problem-submitted = 접수일이 날짜가 아닙니다(YYYY-MM-DD).
intake-problem-shipped = 발송일이 날짜가 아닙니다(YYYY-MM-DD).
intake-problem-region = `{ $code }`은(는) 알 수 없는 지역 코드입니다(두 글자, 예: US 또는 DE).
intake-problem-no-part = 부품을 하나 이상 선택하세요.
intake-service = 서비스:
intake-channel = 경로:
intake-cause = 원인:
intake-service-region = 서비스 지역:
intake-service-region-is = 서비스 지역 { $region }
intake-service-region-no-plus = { $region }: 케어 리프레쉬+ 미제공 지역
intake-on = 신청일:
intake-submitted = 접수일:
intake-shipped-yet = 부품 발송 완료
intake-shipped-on = 발송일
intake-parts = 부품
intake-parts-not-covered = 이 시리즈에서 보장되지 않는 부품
intake-of-max = 최대 { $cap }
intake-customer = 고객
intake-privacy = DJI 개인정보 처리방침에 동의함
intake-transregional = 지역 간 배송비, 세금 및 수수료 부담에 동의함
intake-mfg-defect = 케어 리프레쉬+ 발효 전 제조 결함 발견
intake-exclusions-some = 보장 제외 사항(일부 확인됨)
intake-exclusions-none = 보장 제외 사항(확인된 것 없음)
intake-decision = 판정
intake-file-approved = 신청 접수(승인)
intake-file-refused = 거절된 신청 기록
intake-choose-staff = 접수하기 전에 근무자를 선택하세요(설정).
intake-customer-pays = 고객 부담
intake-pays-nothing = 없음: 연장 보증으로 수리비와 공임이 무료입니다.
intake-fee-number = 교체 비용: { $fee } ({ $number }번째 교체)
intake-fee = 교체 비용: { $fee }
intake-fee-missing-number = 교체 비용({ $number }번째 교체): 요금표에 없음 — 관리자에게 문의하세요
intake-fee-missing = 교체 비용: 요금표에 없음 — 관리자에게 문의하세요
intake-pays-transregional = 지역 간 배송비, 세금 및 기타 수수료(서비스 지역에서 견적).
intake-dji-pays-shipping = 서비스 지역 내 왕복 배송비는 DJI가 부담합니다.
intake-replacements-left = 이번 교체 후 남은 교체 횟수: { $left }

## Claims (src/ui/claims.rs)

panel-claims = 신청 목록
claims-col-id = 신청
claims-col-serial = 시리얼 번호
claims-col-model = 모델
claims-col-kind = 유형
claims-col-status = 상태
claims-col-decided = 신청일
claims-col-updated = 업데이트
claims-col-decision = 판정 / 비용
claims-col-deadline = 발송 기한
claims-kind-replacement = 교체
claims-kind-warranty = 보증
claims-approved = 승인
claims-approved-fee = 승인 · { $fee }
claims-refused-rules = 거절 · { $rules }
claims-shown = { $count }건 표시
claims-counting = 세는 중…
claims-any = 전체
claims-status = 상태:
claims-kind = 유형:
claims-from = 신청일 시작:
claims-to = 종료:
claims-date-hover = 해당 날짜 포함. 비워 두면 제한 없음.
claims-serial-contains = 시리얼 번호 또는 신청 ID 포함:
claims-clear-filters = 필터 지우기
claims-export-shown = 표시된 신청 내보내기…
claims-export-one = 이 신청 내보내기…
claims-none-match = 이 필터와 일치하는 신청이 없습니다.
claims-close-detail = 상세 닫기(Esc)
claims-sorted-asc = { $column } (오름차순)
claims-sorted-desc = { $column } (내림차순)
claims-sort-hover = 이 열로 정렬(다시 누르면 역순)
claims-kind-channel = { $kind } · { $channel } ·
claims-model = · { $model }
claims-dates = { $submitted } 접수 · { $decided } 판정
claims-pays = 고객 부담: { $fee }
claims-pays-number = 고객 부담: { $fee } ({ $number }번째 교체)
claims-replacement-unit = 교체 기기:
claims-part-quantity = { $part } ×{ $quantity }
claims-parts = 부품: { $parts }
claims-cause-region = 원인: { $cause } · 서비스 지역 { $region }
claims-timeline = 진행 내역
claims-step-from = { $to } ({ $from }에서)
claims-next-step = 다음 단계
claims-choose-staff = 신청을 진행하려면 근무자를 선택하세요(설정).
claims-nothing-left = 이 신청에 남은 작업이 없습니다.
claims-note = 메모:
claims-note-hint = 선택 사항
claims-close-button = 신청 종료…
claims-close-title = 신청 종료
claims-close-body = { $id }을(를) 종료할까요? 종료된 신청은 관리자만 다시 열 수 있습니다.
claims-close-confirm = 신청 종료
claims-reopen-button = 다시 열기…(관리자)
claims-reopen-disabled = 사유를 메모에 적은 다음 다시 여세요.
claims-new-serial = 새 기기 시리얼 번호:
claims-ship-button = 교체품 발송…
claims-ship-disabled = 교체 기기의 시리얼 번호를 스캔하고 CareDesk가 먼저 확인하게 하세요.
claims-ship-title = 교체 완료
claims-ship-body = { $serial }의 교체품으로 { $new }을(를) 발송할까요?

    적용 중인 플랜에 교체 1회가 계산되고, 새 시리얼 번호가 같은 플랜과 유효 기간으로 등록되며, { $serial }은(는) DJI 회수로 표시됩니다. 되돌릴 수 없습니다.
claims-ship-confirm = 교체품 발송
claims-queue = 작업 대기열:
claims-queue-all = 전체 신청
claims-queue-count = { $queue } ({ $count })
claims-ship-by = { $day }까지 발송
claims-shipped-on = 소포 { $day } 발송
claims-days-left = { $days ->
    [0] 늦어도 오늘 발송
   *[other] { $days }일 남음
}
claims-days-late = { $days ->
   *[other] 기한 초과: { $days }일 늦음
}
claims-days-late-short = { $days ->
   *[other] { $days }일 늦음
}
claims-deadline-shipped = { $day } 발송
claims-lapse-hover = { $rule }에 따라 거절로 종료: 고객의 소포가 기한 내에 발송되지 않았습니다. 확보해 둔 교체품이 해제됩니다.
claims-lapse-title = 신청 실효 처리
claims-lapse-body = { $id }은(는) { $ship_by }까지 발송되어야 했지만 기한 내에 아무것도 발송되지 않았습니다.

    { $rule }에 따라 거절로 종료되며, 확보해 둔 교체품이 해제됩니다. 관리자는 다시 열 수 있습니다.
claims-lapse-confirm = 신청 실효 처리
claims-receive-title = 고객의 소포가 도착했습니다
claims-receive-shipped = 발송일(배송 추적 기준):
claims-receive-hint = 이 날짜로 신청을 다시 판정합니다. { $ship_by } 이후에 발송되었다면 입고 시 거절됩니다({ $rule }).
claims-receive-disabled = 소포 발송일을 입력하세요(YYYY-MM-DD).
claims-receive-late-title = 기한 이후 발송됨
claims-receive-late-body = { $id }의 소포는 { $ship_by } 이후인 { $day }에 발송되었습니다.

    입고하면 신청을 다시 판정합니다. { $rule }에 따라 입고 시 거절되고, 교체품이 해제되며, 기기는 고객에게 돌아갑니다.
claims-receive-late-confirm = 입고 후 다시 판정
claims-parcels = 소포
claims-no-parcels = 아직 기록된 소포가 없습니다.
claims-parcel-add-heading = 소포 기록
claims-parcel-carrier = 택배사:
claims-parcel-tracking = 운송장 번호:
claims-parcel-shipped = 발송일:
claims-parcel-received = 입고일:
claims-parcel-add = 소포 추가
claims-parcel-add-disabled = 택배사와 운송장 번호를 입력하세요. 날짜는 YYYY-MM-DD 또는 비워 두세요.
claims-parcel-days-both = { $shipped } 발송, { $received } 입고
claims-parcel-days-shipped = { $shipped } 발송
claims-parcel-days-received = { $received } 입고
claims-parcel-days-none = 아직 발송 안 됨
claims-ship-heading = 교체품 발송
claims-ship-check = 확인
claims-ship-scan-hint = 새 기기의 시리얼 번호를 스캔하세요(Enter로 확인).
claims-ship-checked = { $new }이(가) { $model }(으)로 발송되어 { $serial }을(를) 교체합니다.

## Settings (src/ui/settings.rs)

panel-settings = 설정
settings-who-is-working = 근무자
settings-no-staff = 아직 직원이 없습니다. 아래에서 첫 번째 직원(PIN이 있는 관리자)을 추가하세요.
settings-add-staff = 직원 추가
settings-name = 이름:
settings-role = 역할:
settings-pin = 본인 PIN:
settings-add = 추가
settings-add-disabled = 이름과 본인의 { $digits }자리 이상 숫자 PIN이 필요합니다. 다음에 관리자 PIN을 묻습니다.
settings-database = 데이터베이스
settings-other-database = 다른 파일을 사용하려면 다음과 같이 시작하세요
settings-other-database-command = caredesk --db PATH
settings-demo-products = 데모 제품 수:
settings-appearance = 화면 모양
settings-use-light = 라이트 테마 사용
settings-use-dark = 다크 테마 사용
settings-language = 언어
settings-language-label = 언어:
settings-language-system = 시스템 언어({ $language })
settings-language-set = 이제 { $language }(으)로 표시됩니다.
settings-language-this-run = 이번 실행은 { $language }(으)로 표시됩니다(--lang 또는 CAREDESK_LANG). 여기서 고른 언어는 다음 시작부터 유지됩니다.
settings-fee-schedule = 요금표
settings-fees-supervisor-only = 관리자만 요금을 변경할 수 있습니다.
settings-fee-filter = 모델 포함:
settings-fee-model = 모델
settings-fee-replacement = 교체
settings-fee-amount = 비용
settings-fee-number = { $region } { $number }번째
settings-fee-edit = 편집
settings-fee-new-amount = 새 금액
settings-fee-not-an-amount = 금액이 아닙니다
settings-fee-save = 저장…
settings-fee-cancel = 취소
sign-in-pin = PIN:
sign-in-button = 로그인
command-lock = 잠금
scanner-lock-hover = 자리를 비울 때 창을 잠급니다({ $keys }). PIN으로 다시 열 수 있습니다.
app-locked = 잠김: 계속하려면 PIN으로 로그인하세요. 입력한 내용은 유지됩니다.
app-locked-idle = { $minutes }분 동안 사용하지 않아 잠겼습니다. 계속하려면 PIN으로 로그인하세요. 입력한 내용은 유지됩니다.
app-set-up-real = { $name } 님이 이 데이터베이스의 첫 관리자이며 로그인되었습니다.
app-idle-lock-set = 이제 모든 워크스테이션에서 { $minutes }분 동안 사용하지 않으면 창이 잠깁니다(0: 잠그지 않음).
pin-add-staff = { $name } 님을 { $role }(으)로 추가합니다.
pin-set-idle-lock = 모든 워크스테이션을 { $minutes }분 동안 사용하지 않으면 잠급니다(0: 잠그지 않음).
pin-supervisor-needed = 관리자가 필요합니다. 관리자가 자기 이름을 고르고 본인 PIN을 입력하세요.
pin-no-supervisor = 이 데이터베이스에는 관리자가 없습니다.
pin-choose-supervisor = 먼저 관리자를 선택하세요.
setup-title = 새 데이터베이스
setup-body = 아직 아무도 이 데이터베이스를 쓰지 않습니다. 첫 관리자를 만들거나(본인 PIN, 6자리 이상 숫자) 데모 데이터로 CareDesk를 체험해 보세요.
setup-pin = PIN:
setup-pin-again = PIN 다시 입력:
setup-button = 첫 관리자 만들기
setup-demo = 데모 데이터로 채우기
setup-pins-differ = 두 PIN이 다릅니다. PIN을 다시 입력하세요.
banner-demo = 데모 데이터 — 가상의 제품, 고객, 신청이며 실제 서비스용이 아닙니다
banner-read-only = 데이터베이스가 무결성 검사를 통과하지 못해 읽기 전용으로 열렸습니다({ $why }). 저장할 수 없습니다. 백업을 복원하세요(caredesk restore FILE).
settings-switch-hint = 이름을 누르면 근무자가 바뀝니다. 해당 직원의 PIN을 묻습니다.
settings-idle-lock = 자동 잠금
settings-idle-lock-minutes = 잠금까지(분):
settings-idle-lock-set = 설정(관리자)
settings-idle-lock-hint = 모든 워크스테이션에서 이 시간(분) 동안 사용하지 않으면 창이 잠깁니다. 0이면 잠그지 않습니다.
settings-demo-database = 데모 데이터베이스: 직원 PIN은 README에 있습니다.
settings-last-backup = 마지막 백업: { $at } UTC
settings-no-backup = 이 데이터베이스의 백업이 아직 없습니다.
app-backup-failed = 오늘의 자동 백업이 실패했습니다: { $error }. 직접 백업하세요(caredesk backup --out FILE).
save-title = { $format } 내보내기 저장
save-no-native = 여기서는 시스템 파일 대화 상자를 쓸 수 없습니다. 폴더와 파일 이름을 고르세요.
save-folder = 폴더:
save-name = 파일 이름:
save-replace = 같은 이름의 파일 바꾸기
save-button = 저장
save-cancelled = 취소됨: 아무것도 저장하거나 가져오지 않았습니다.
save-native-gave-nothing = 시스템 대화 상자에서 파일을 고르지 않았습니다(또는 표시할 수 없었습니다). 여기서 폴더와 파일 이름을 고르거나 취소하세요.
save-no-folder = 폴더 { $folder }이(가) 없습니다.
save-bad-name = 파일 이름을 입력하세요(폴더 구분자 없이).
save-exists = 그곳에 { $name }이(가) 있습니다. 바꾸려면 “바꾸기”를 선택하고, 아니면 다른 이름을 고르세요.
open-title = CSV 파일에서 제품 가져오기
open-button = 가져오기
open-no-file = 그 폴더에 { $name } 파일이 없습니다.
open-native-gave-nothing = 시스템 대화 상자에서 파일을 고르지 않았습니다(또는 표시할 수 없었습니다). 여기서 폴더와 파일 이름을 고르거나 취소하세요.
pin-set-role = { $name } 님을 { $role }(으)로 지정합니다.
pin-reset-pin = { $name } 님에게 새 PIN을 지정합니다(잠금도 해제됩니다).
app-role-set = { $name } 님은 이제 { $role }입니다.
app-pin-reset = { $name } 님에게 새 PIN이 지정되었고 잠금이 해제되었습니다.
settings-manage-staff = 역할 및 PIN
settings-person = 직원:
settings-choose-person = 직원 선택
settings-person-locked = PIN 오류로 { $until } UTC까지 잠김. 새 PIN을 지정하면 잠금이 해제됩니다.
settings-set-role = 역할 변경(관리자)
settings-new-pin = 새 PIN:
settings-reset-pin = 새 PIN 지정(관리자)
receipt-pdf-title = 접수증 { $claim }
receipt-title = CareDesk — 접수증
receipt-subtitle = { $printed } UTC 인쇄 · 신청 번호가 적힌 이 접수증을 보관하세요
receipt-footer = 접수증 { $claim }
receipt-claim-line = { $kind } · { $channel } · 서비스 지역 { $region }
receipt-dates-line = { $submitted } 접수 · 상태: { $status }
receipt-customer = 고객
receipt-no-customer = 이 신청에 기록된 고객이 없습니다.
receipt-name = 이름
receipt-phone = 전화
receipt-email = 이메일
receipt-address = 주소
receipt-product = 입고된 제품 및 부품
receipt-model = 모델
receipt-serial = 시리얼 번호
receipt-parts = 입고된 부품
receipt-intake = 접수 체크리스트 및 손상 내용
receipt-no-intake = 이 신청에 기록된 접수 체크리스트가 없습니다.
receipt-incomplete-confirmed = 체크리스트 또는 설명이 미완료인 상태로 접수했으며, 카운터에서 확인했습니다.
receipt-description = 고객이 설명한 손상
receipt-no-description = 설명이 없습니다.
receipt-privacy-recorded = 개인정보 처리방침 동의: { $who }이(가) { $at } UTC에 기록.
receipt-privacy-accepted = 개인정보 처리방침에 동의했습니다.
receipt-privacy-not-accepted = 개인정보 처리방침에 동의하지 않았습니다.
receipt-decision = 판정
receipt-approved = 승인
receipt-refused = 거절
receipt-under-plan = { $plan } 적용
receipt-no-plan = 적용 플랜 없음
receipt-decided-on = { $day } 기준 판정
receipt-advice = 승인받으려면:
receipt-pays = 부담 비용 및 발송 기한
receipt-pays-nothing-refused = 없음: 신청이 거절되었습니다.
receipt-pays-nothing = 없음.
receipt-fee = 교체 비용: { $amount }({ $currency }).
receipt-fee-missing = 교체 비용: 요금표 기준(금액 미기록).
receipt-transregional = 지역 간 배송비, 세금 및 기타 수수료, 견적대로(동의함).
receipt-ship-by = 늦어도 { $date }까지 부품을 발송하세요.
receipt-never-send-back = 보내지 말 것
receipt-signature = 고객 서명
receipt-signed-at = { $at } UTC 서명
receipt-not-signed = 서명 없음.
label-pdf-title = 박스 라벨 { $claim }
label-serial = 시리얼 번호
label-parts = 동봉 부품
label-customer = 고객
label-submitted = { $date } 접수
label-ship-by = { $date }까지 발송
claim-pdf-customer = 고객
claim-pdf-customer-id = 고객 ID
claim-pdf-photos = 손상 사진
claim-pdf-photo-unreadable = (미리보기를 읽을 수 없음)
claim-pdf-photo-caption = { $name } · { $width }×{ $height } · sha256 { $sha256 }
claim-pdf-signature = 고객 서명
claim-pdf-signature-erased = 삭제됨({ $at } UTC 서명)
claim-pdf-signed = { $at } UTC 서명 · { $who } 기록
panel-customers = 고객
customers-intro = 이름, 전화번호, 이메일의 일부로 고객을 찾거나 새 고객을 추가하세요. 수정은 감사 기록에 남으며, 삭제 처리하면 모든 곳에서 개인 데이터가 지워집니다.
customers-none-open = 열린 고객이 없습니다. 왼쪽에서 찾으세요.
customers-heading = 고객 #{ $id }: { $name }
customers-erased-note = { $date } UTC에 삭제 처리됨: 이름, 전화번호, 이메일, 주소, 메모가 모든 곳에서 지워졌으며 신청은 남아 있습니다.
customers-save = 변경 사항 저장
customers-undo = 변경 취소
customers-papers-language = 서류 인쇄 언어: { $lang }
customers-products = 제품
customers-no-products = 제품이 없습니다.
customers-claims = 신청
customers-no-claims = 신청이 없습니다.
customers-claim-line = { $serial } · { $status }
customers-privacy = 고객 데이터
customers-export = 이 고객의 데이터 내보내기…
customers-forget = 이 고객 삭제 처리…
customers-forget-title = 이 고객을 삭제 처리할까요?
customers-forget-body = { $name }(#{ $id }): 이름, 전화번호, 이메일, 주소, 메모, 서명이 모든 곳에서 지워지며 되돌릴 수 없습니다. 신청, 판정, 이벤트는 “삭제됨”으로 표시되어 남습니다. 다음에 관리자 PIN을 묻습니다.
customers-forget-confirm = 관리자 PIN으로 삭제 처리
pin-forget-customer = 고객 #{ $id }({ $name }) 삭제 처리: 모든 곳에서 개인 데이터를 지웁니다.
customer-find = 고객 찾기
customer-new = 새 고객
customer-find-label = 이름, 전화번호 또는 이메일
customer-find-hint = 3자 이상
customer-none-found = 일치하는 고객이 없습니다.
customer-add = 고객 추가
customer-change = 변경
customer-field-name = 이름
customer-field-phone = 전화
customer-field-email = 이메일
customer-field-address = 주소
customer-field-lang = 언어(예: zh-Hant, ko, de)
customer-field-notes = 메모
intake-customer-who = 신청 고객
intake-checklist = 접수 체크리스트
intake-description = 고객이 설명한 손상 내용
intake-description-hint = 무슨 일이 있었는지, 어디가 고장 났는지
intake-photos = 손상 사진
intake-photo-remove = 삭제
intake-signature = 고객 서명
intake-confirm-title = 접수 정보가 미완료인 상태로 접수할까요?
intake-confirm-file = 그래도 접수
photos-add = 사진 추가…
photos-drop-hint = 또는 JPEG/PNG 파일을 창에 끌어다 놓으세요(파일당 최대 20MB)
signature-pad = 서명 패드
signature-hint = 마우스, 펜 또는 손가락으로 여기에 서명하세요
signature-clear = 서명 지우기
sell-customer = 고객
lookup-customers = 고객
lookup-no-customers = 일치하는 고객이 없습니다.
lookup-customer-claims = 일치하는 고객의 신청
lookup-claim-of = { $serial } · { $customer }
claims-customer = 고객 및 접수 정보
claims-customer-line = #{ $id } { $name }
claims-no-customer = 이 신청에 기록된 고객이 없습니다.
claims-incomplete-confirmed = 접수 정보 미완료 상태로 접수함(확인됨).
claims-description = 손상: { $text }
claims-privacy-recorded = 개인정보 처리방침 동의: { $who }이(가) { $at } UTC에 기록
claims-photos = 사진
claims-no-photos = 아직 사진이 없습니다.
claims-photo-hover = { $name } · { $width }×{ $height } · sha256 { $sha256 }
claims-signature = 서명
claims-not-signed = 서명 없음.
claims-signed = { $at } UTC 서명, { $who } 기록
claims-sign = 지금 서명…
claims-keep-signature = 서명 저장
claims-papers = 고객용 서류
claims-print-receipt = 접수증 인쇄…
claims-print-label = 박스 라벨 인쇄…
app-customer-added = 고객 #{ $id } 추가: { $name }.
app-customer-saved = 고객 #{ $id } 저장: { $name }.
app-customer-exported = 고객 #{ $id }에 관한 모든 데이터를 { $file }에 저장했습니다.
app-customer-export-title = 고객 데이터 내보내기
app-customer-forgotten = 고객 #{ $id }을(를) 삭제 처리했습니다. 개인 데이터가 지워졌습니다.
app-what-find-customers = 고객 찾기
app-what-customer-not-added = 고객이 추가되지 않았습니다
app-what-customer-not-saved = 고객 #{ $id }이(가) 저장되지 않았습니다
app-what-open-customer = 고객 #{ $id } 열기
app-what-customer-export = 고객 #{ $id } 내보내기
app-what-signature = { $id }의 서명이 저장되지 않았습니다
app-what-print = { $id } 인쇄
app-photos-title = 손상 사진
app-photos-filter = 사진
app-photos-reading = 사진 { $count }장 읽는 중…
app-photos-drop-where = 신청 접수(제품을 연 상태) 또는 열린 신청에 사진을 끌어다 놓으세요.
app-photo-ready = { $name } 준비됨. 신청을 접수하면 함께 저장됩니다.
app-photo-attached = { $name }이(가) { $id }에 저장되었습니다.
app-photo-unreadable = { $name }을(를) 읽을 수 없습니다({ $error }).
app-photo-not-kept = { $name }이(가) 저장되지 않았습니다: { $error }
app-signed = 서명이 { $id }에 저장되었습니다.
app-print-title = 인쇄할 PDF 저장
app-paper-receipt = 접수증
app-paper-label = 박스 라벨
app-printed = { $id }의 { $what }을(를) { $file }에 저장했습니다.
app-customer-export-file = customer-{ $id }.json
app-receipt-file = { $id }-receipt.pdf
app-label-file = { $id }-label.pdf
app-json-filter = JSON
app-pdf-filter = PDF
app-photo-no-thumbnail = 미리보기를 만들 수 없음
advice-open-clause = 이 규칙의 근거가 되는 약관 조항 열기
advice-button-accept-privacy = 개인정보 동의 기록
advice-button-remove-parts = { $parts } 빼기
advice-button-reduce-parts = 한도까지 줄이기
advice-button-accept-transregional = 수수료 동의 기록
advice-button-service-in = { $region }에서 서비스
advice-button-buy-in = { $region }에서 판매
advice-button-apply-all = { $count }단계 모두 적용
advice-not-kept = 이 신청에는 저장된 안내가 없습니다(CareDesk가 안내를 저장하기 전에 판정됨).
clause-title = { $rule }의 근거 약관
clause-lines = 약관, { $first }–{ $last }행
clause-line = 약관, { $line }행
clause-none = 이 규칙에 연결된 약관 조항이 없습니다.
clause-unreadable = 약관을 읽을 수 없습니다: { $error }
appointment-status-booked = 예약됨
appointment-status-checked_in = 체크인됨
appointment-status-cancelled = 취소됨
appointment-status-no_show = 노쇼
repair-choice-replacement = 교체 서비스
repair-choice-paid_repair = 유상 수리
panel-today = 오늘
today-heading = { $date } 예약
today-previous-day = ‹ 전날
today-next-day = 다음 날 ›
today-today = 오늘
today-counter = 카운터:
today-counter-hint = 모든 카운터
today-refresh = 새로 고침
today-import = CSV 가져오기…
today-import-hover = 신속 서비스 페이지에서 내보낸 파일을 가져옵니다(전부 가져오거나 전혀 가져오지 않으며, 잘못된 행은 줄 번호로 알려 줍니다).
today-scan-hint = 예약된 제품의 시리얼 번호를 스캔하면 고객이 체크인되고 신청을 접수합니다.
today-loading = 해당 날짜를 읽는 중…
today-none = 이날에는 예약이 없습니다.
today-count-total = 전체 예약 { $count }건
today-count-waiting = 대기 { $count }건
today-count-late = 지각 { $count }건
today-count-checked-in = 체크인 { $count }건
today-count-no-show = 노쇼 { $count }건
today-count-cancelled = 취소 { $count }건
today-col-time = 시간
today-col-customer = 고객
today-col-serial = 제품
today-col-case = 내용
today-col-counter = 카운터
today-col-status = 상태
today-late = 지각
today-serial-hint = 스캔 또는 입력
today-check-in = 체크인
today-check-in-disabled = 먼저 제품의 시리얼 번호를 스캔하거나 입력하세요(근무자도 선택).
today-take-claim = 신청 접수
today-open-claim = 신청 열기
today-edit = 편집
today-more = 더 보기…
today-no-show = 노쇼
today-no-show-title = 노쇼로 표시할까요?
today-no-show-body = { $name }({ $slot }) 님이 오지 않았습니다. 예약이 노쇼로 종료되며 기록됩니다.
today-cancel = 취소…
today-cancel-title = 예약을 취소할까요?
today-cancel-body = { $name } 님의 { $slot } 예약이 취소되며 기록됩니다.
today-cancel-confirm = 예약 취소
today-form-new = 예약하기
today-form-edit = 예약 { $id } 변경
today-form-book = 예약
today-form-save = 변경 사항 저장
today-form-clear = 지우기
today-form-incomplete = 날짜(YYYY-MM-DD), 시간(HH:MM), 카운터, 고객 이름(및 근무자)이 필요합니다.
today-field-day = 날짜:
today-field-slot = 시간:
today-field-name = 고객:
today-field-phone = 전화:
today-field-store = 카운터:
today-field-serial = 시리얼 번호:
today-field-case-ref = 케이스 번호:
today-field-case = 내용:
today-banner = 체크인: 예약 { $id }, { $slot }, { $store }
today-banner-customer = 고객: { $customer }
today-banner-case = 케이스 { $reference }: { $case }
today-banner-link = 여기서 접수한 신청은 이 예약과 연결됩니다.
quote-heading = 교체 또는 유상 수리
quote-heading-warranty = 연장 보증 수리
quote-col-replacement = 교체 서비스
quote-col-repair = 유상 수리
quote-row-pays = 고객 부담
quote-row-left = 이후 남은 교체 횟수
quote-row-plan = 플랜 유효 기한
quote-row-warranty = 연장 보증 기한
quote-free = 무료: 수리비와 공임이 보장됩니다
quote-no-fee = 비용 없음
quote-not-quoted = 아직 견적 없음
quote-warranty-through = 연장 보증 기한 { $date }
quote-recorded-by = { $who } 견적, { $at }
quote-valid-until = { $date }까지 유효
quote-covers-text = 포함: { $covers }
quote-choice = 고객 선택: { $choice }({ $who } 기록, { $at })
quote-choose-replacement = 고객이 교체 선택
quote-choose-repair = 고객이 유상 수리 선택
quote-choose-repair-title = 유상 수리로 할까요?
quote-choose-repair-confirm = 유상 수리 기록
quote-choose-repair-body = 고객이 { $id }을(를) { $amount }에 유상 수리하기로 했습니다. 신청이 유상 수리로 바뀌며 기록됩니다.
quote-form-new = 유상 수리 견적 기록
quote-form-replace = 견적 변경
quote-amount = 금액:
quote-currency = 통화:
quote-covers = 포함:
quote-covers-hint = 수리 범위
quote-valid-until-label = 유효 기한:
quote-valid-until-bad = 오늘 이후의 날짜가 아닙니다(YYYY-MM-DD). 비워 두어도 됩니다
quote-record = 견적 기록
app-what-appointments = 예약을 읽을 수 없습니다
app-what-appointment-not-saved = 예약이 저장되지 않았습니다
app-what-check-in = 예약 { $id }이(가) 체크인되지 않았습니다
app-what-import-appointments = { $file }에서 아무것도 가져오지 않았습니다
app-what-quote-not-recorded = { $id }에 견적이 기록되지 않았습니다
app-what-choice-not-recorded = { $id }의 선택이 기록되지 않았습니다
app-import-appointments-title = 예약 가져오기
app-appointment-added = 예약 { $id } 완료: { $name }, { $slot }.
app-appointment-changed = 예약 { $id }이(가) 변경되었습니다.
app-appointment-status = 예약 { $id }: { $status }.
app-appointments-imported = { $file }에서 예약 { $count }건을 가져왔습니다.
app-checked-in = 예약 { $id }: { $name } 님이 { $serial }(으)로 체크인했습니다. 신청을 접수하세요.
app-quote-recorded = { $id }: 유상 수리 견적 { $amount } 기록됨.
app-choice-recorded = { $id }: 고객이 { $choice }을(를) 선택했습니다.
today-field-email = 이메일:
appointment-bad-slot = 시간대 “{ $slot }”은(는) 09:30 같은 시각이 아닙니다.
appointment-no-store = 고객이 예약한 Swift 서비스 센터 창구(매장)를 입력하세요.
appointment-not-found = 예약 { $id }이(가) 없습니다.
appointment-erased = 예약 { $id }의 고객 정보가 삭제되었습니다. 예약에 고객 정보가 남아 있지 않으며 더 이상 변경할 수 없습니다.
appointment-not-booked = 예약 { $id }의 상태는 “{ $status }”입니다. 예약됨 상태인 예약만 변경, 취소, 노쇼 표시 또는 체크인할 수 있습니다.
appointment-changed-meanwhile = 예약 { $id }이(가) 다른 작업대에서 변경되었습니다. 아무것도 저장되지 않았으니 다시 확인하세요.
appointment-no-serial = 예약 { $id }에 아직 시리얼 번호가 없습니다. 체크인하려면 제품의 시리얼 번호를 스캔하거나 입력하세요.
appointment-link-not-checked-in = 예약 { $id }의 상태는 “{ $status }”입니다. 청구를 연결하기 전에 체크인하세요.
appointment-already-linked = 예약 { $id }은(는) 이미 청구 { $claim }에 연결되어 있습니다.
appointment-claim-other-serial = 청구 { $claim }은(는) { $serial }용이고, 예약 { $id }은(는) { $booked }용입니다.
appointment-csv-line = { $line }행: { $error }
appointment-csv-missing-column = 머리글에 “{ $column }” 열이 없습니다(예상: { $expected })
appointment-csv-unknown-column = 알 수 없는 열 “{ $column }”(예상: { $expected })
appointment-csv-bad-day = 날짜: “{ $day }”은(는) 날짜(YYYY-MM-DD)가 아닙니다
appointment-csv-empty = 파일에 예약이 없습니다(머리글만 있거나 비어 있음).
quote-refused-warranty = { $id }은(는) 연장 보증 수리입니다. 무료이므로 견적할 것이 없습니다.
quote-refused-express = { $id }은(는) 익스프레스 교체입니다. 익스프레스 서비스에는 유상 수리 선택지가 없습니다.
quote-refused-status = { $id }의 상태는 “{ $status }”입니다. 유상 수리 견적은 손상 평가 후에 기록합니다.
quote-refused-chosen = { $id }에 대한 고객의 선택이 기록되었습니다. 견적은 더 이상 바뀌지 않습니다.
quote-expired = { $date }까지 유효한 견적은 이미 만료되었습니다.
quote-amount-not-positive = 견적 금액은 0보다 커야 합니다({ $amount } 불가).
quote-none-yet = { $id }에 유상 수리 견적이 없습니다. 고객의 선택 전에 견적을 기록하세요.
quote-lapsed = { $id }의 견적은 { $date }까지 유효했습니다. 먼저 새 견적을 기록하세요.
event-paid-repair-chosen = 고객이 유상 수리를 선택했습니다({ $amount }).
claim-pdf-quote = 교체 또는 유상 수리
claim-pdf-quote-replacement = 교체 서비스
claim-pdf-quote-repair = 유상 수리(견적)
claim-pdf-quote-covers = 수리 범위
claim-pdf-quote-valid-until = 견적 유효 기한
claim-pdf-quoted-by = 견적 작성자
claim-pdf-quote-choice = 고객의 선택
claim-pdf-quote-side = { $amount } · 이후 남은 교체 횟수: { $left }
claim-pdf-quote-no-fee = 기록된 요금 없음
claim-pdf-quote-not-stated = 명시되지 않음
claim-pdf-quote-not-chosen = 아직 기록되지 않음
claim-pdf-quote-chosen = { $choice }({ $who }, { $at } UTC 기록)
claim-pdf-quoted = { $who }, { $at } UTC

## The service layer's refusals and errors (issue 16). Codes, serials,
## ids and rule IDs stay as they are. $id a claim id or a number, $serial a
## serial, $name a person, $role/$status a label in words.
desk-err-no-claim = 청구 `{ $id }`이(가) 없습니다
desk-err-claim-input = 청구 입력: { $error }
desk-err-reopen-needs-note = 청구를 다시 열려면 이유를 적은 메모가 필요합니다
desk-err-reopen-only-refused = 거절된 청구만 다시 열 수 있습니다. { $id }은(는) { $status } 상태입니다
desk-err-reopen-only-refused-approved = 거절된 청구만 다시 열 수 있습니다. { $id }은(는) { $status } 상태입니다(승인됨)
desk-err-no-plus-for-repair = { $serial }에는 수리를 차감할 Care Refresh+가 없습니다
desk-err-no-plan-for-replacement = 청구 { $id }에는 교체를 차감할 플랜이 없습니다
desk-err-unit-reclaimed = 기기 { $serial }은(는) 이미 회수되었습니다
desk-err-warranty-no-ship = { $id }은(는) 연장 보증 청구입니다. 교체품은 발송되지 않습니다
desk-err-needs-supervisor-now = { $name }은(는) 이제 { $role }입니다. 이 작업에는 관리자가 필요합니다
desk-err-needs-supervisor = { $name }은(는) { $role }입니다. 이 작업에는 관리자가 필요합니다
desk-err-no-staff = 직원 { $id }이(가) 없습니다
desk-err-salt = 솔트를 만들 수 없습니다: { $error }
desk-err-hash = PIN을 해시할 수 없습니다: { $error }
desk-err-staff-name-not-found = 직원 `{ $name }`
desk-err-staff-id-not-found = 직원 { $id }
desk-err-staff-name-empty = 직원 이름은 비워 둘 수 없습니다
desk-err-staff-name-long = 직원 이름은 최대 { $max }자입니다
desk-err-staff-exists = `{ $name }`(이)라는 직원이 이미 있습니다
desk-err-only-supervisor = { $name }은(는) 유일한 관리자입니다. 먼저 다른 사람을 관리자로 지정하세요
desk-err-pin-shape = PIN은 { $min }~{ $max }자리 숫자(0–9)입니다
desk-err-no-pin = { $name }에게는 아직 PIN이 없습니다. 관리자가 설정합니다(caredesk staff pin "{ $name }")
desk-err-wrong-pin = { $name }의 PIN이 틀렸습니다({ $left }번 더 틀리면 { $name }은(는) { $minutes }분 동안 잠깁니다)
desk-err-unknown-model = 알 수 없는 모델 `{ $model }`
desk-err-fee-region = { $region }은(는) Care Refresh+ 서비스 지역이 아닙니다(요금 설정 지역: { $regions })
desk-err-fee-number = 교체 번호 { $number }은(는) 1~{ $most } 범위가 아닙니다(2년 플랜은 최대 { $most }회 교체)
desk-err-fee-negative = 요금은 음수일 수 없습니다
desk-err-fee-currency-code = 통화 `{ $currency }`은(는) USD 같은 세 글자 코드가 아닙니다
desk-err-fee-currency = { $region }의 요금은 { $currency }가 아니라 { $want }입니다
desk-err-no-cr-for-plus = CR+를 연결할 CR 플랜이 없습니다
desk-err-code-shape = 활성화 코드 `{ $code }`은(는) 4자 이상의 문자, 숫자, 대시가 아닙니다
desk-err-code-exists = 활성화 코드 { $code }이(가) 이미 있습니다
desk-err-code-unknown = 알 수 없는 활성화 코드 { $code }
desk-err-no-plus-to-return = { $serial }에는 반품할 Care Refresh+가 없습니다
desk-err-plus-returned = { $serial }의 Care Refresh+는 이미 반품되었습니다
desk-err-no-cr = { $serial }에는 Care Refresh 플랜이 없습니다
desk-err-no-plus = { $serial }에는 Care Refresh+가 없습니다
desk-err-plan-withdrawn = { $serial }의 { $plan }은(는) 이미 철회되었습니다
desk-err-past-calendar = { $today }로부터 { $days }일 후는 달력의 범위를 벗어납니다
desk-err-no-serial = 시리얼 `{ $serial }`인 제품이 없습니다
desk-err-no-product-id = ID가 { $id }인 제품이 없습니다
desk-err-serial-shape = 시리얼 `{ $serial }`은(는) 4~32자의 문자, 숫자, 대시가 아닙니다
desk-err-region-code = { $field }: 알 수 없는 지역 코드 `{ $region }`(US나 DE 같은 ISO 3166-1 alpha-2 코드여야 합니다)
desk-err-cr-ends = CR 종료일({ $ends })은 시작일({ $starts }) 이후여야 합니다
desk-err-cr-used = 사용한 CR 교체 횟수({ $used })가 총 횟수({ $total })를 넘습니다
desk-err-no-parcel = 소포 { $id }이(가) 없습니다

## The store's errors (StoreError). $db/$path a database, $error the
## backend's or the file's own words, $until a UTC time.
store-err-refused = 거절됨: { $reasons }
store-err-not-found = 찾을 수 없음: { $what }
store-err-no-database = { $path }에 CareDesk 데이터베이스가 없습니다. 아무것도 만들지 않았습니다(경로를 확인하거나 --create를 주어 그곳에 새 데이터베이스를 만드세요)
store-err-not-caredesk = { $path }은(는) CareDesk 데이터베이스가 아닙니다. 변경하지 않았습니다
store-err-damaged = 데이터베이스가 손상되었습니다({ $error }). 읽기 전용으로 열었으며 아무것도 저장하지 않았습니다. 백업을 복원하세요(caredesk restore FILE)
store-err-locked = { $name }은(는) PIN을 { $attempts }번 틀려 { $until } UTC까지 잠겼습니다. 그때 다시 시도하거나 관리자에게 PIN 재설정을 요청하세요
store-err-illegal-transition = { $status } 상태인 청구에는 `{ $action }` 작업을 할 수 없습니다
store-err-not-allowed = 허용되지 않음: { $reason }
store-err-code-used = 활성화 코드 { $code }은(는) 이미 제품에 연결되었습니다. 코드는 한 번만 연결됩니다
store-err-schema-too-new = 이 데이터베이스의 스키마 버전은 { $found }(으)로, 이 CareDesk가 아는 버전({ $known })보다 새롭습니다. 더 새로운 CareDesk를 사용하세요
store-err-corrupt = 데이터베이스에 읽을 수 없는 값이 있습니다: { $error }
store-err-busy = 다른 프로그램이나 워크스테이션이 데이터베이스를 잠갔습니다. 아무것도 저장하지 않았으니 다시 시도하세요(데이터베이스: { $db })
store-err-conflict = 다른 워크스테이션이 같은 순간에 같은 기록을 바꾸었습니다. 아무것도 저장하지 않았으니 다시 시도하세요(데이터베이스: { $db })
store-err-read-only = 여기서는 데이터베이스가 읽기 전용입니다. 아무것도 저장하지 않았습니다(데이터베이스: { $db })
store-err-disk-full = 디스크가 가득 찼습니다. 아무것도 저장하지 않았으니 공간을 확보한 뒤 다시 시도하세요(데이터베이스: { $db })
store-err-connection-lost = 데이터베이스 서버와의 연결이 끊겼습니다. 아무것도 저장하지 않았으며, 서버가 돌아오면 CareDesk가 스스로 다시 연결합니다(데이터베이스: { $db })
store-err-cannot-open = 데이터베이스를 열 수 없습니다: { $error }
store-err-backend = 데이터베이스: { $error }
store-err-unfinished = 아직 완료되지 않음: { $what }

## The service layer: demo data, first setup, backups, the product CSV import.
desk-err-demo-max = 데모 제품은 한 번에 최대 { $max }개입니다
desk-err-demo-real-data = { $db }에는 실제 데이터가 있습니다. 데모 데이터는 데모 데이터베이스에만 넣습니다(caredesk --db NEW_FILE demo)
desk-err-demo-real-data-here = 이 데이터베이스에는 실제 데이터가 있습니다. 데모 데이터는 데모 데이터베이스에만 넣습니다
desk-err-setup-demo-db = 이것은 데모 데이터베이스입니다. 새 파일에 실제 데이터베이스를 만드세요(caredesk --db NEW_FILE --create staff init NAME)
desk-err-setup-has-staff = 이 데이터베이스에는 이미 직원이 있습니다. 관리자가 사람을 추가합니다(caredesk staff add)
desk-err-idle-lock-range = 유휴 잠금은 0(사용 안 함)~{ $max }분입니다
desk-err-backup-not-file = { $path }은(는) 일반 파일이 아닙니다(폴더, 링크, 장치 또는 파이프). 백업은 파일에만 씁니다
desk-err-backup-no-folder = 폴더 { $path }이(가) 없습니다
desk-err-backup-postgres = { $what }: PostgreSQL 데이터베이스는 서버의 pg_dump와 psql로 백업하고 복원합니다(README, "Backups")
desk-err-backup-no-dir = 백업 폴더가 없습니다
desk-err-no-file = { $path }에 파일이 없습니다
desk-err-history-altered = { $path }의 기록이 변경되었습니다({ $first }). 복원하지 않았습니다
desk-err-line = { $line }행: { $error }
desk-err-import-no-column = 1행: 머리글에 `{ $column }` 열이 없습니다(예상: { $expected })
desk-err-import-unknown-column = 1행: 알 수 없는 열 `{ $column }`(예상: { $expected })
desk-err-import-cancelled = 가져오기를 취소했습니다. 아무것도 가져오지 않았습니다

## Reopening read-only and moving a database (caredesk migrate).
desk-err-read-only-sqlite = SQLite 파일만 읽기 전용으로 다시 열 수 있습니다
desk-err-migrate-same = --from과 --to가 같은 데이터베이스를 가리킵니다
desk-err-migrate-not-empty = 대상 데이터베이스가 비어 있지 않습니다({ $there }). 마이그레이션은 새 빈 데이터베이스로만 복사합니다
