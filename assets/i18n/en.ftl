# CareDesk — English. Every user-facing text of the desk has a key here; the
# other languages' files have the same keys and the same $arguments.
# Rule IDs and codes (REP-PART, battery, US) are never translated.

language-name = English

## Codes: the label a person reads for each code (`code_enum!`, key <prefix>-<code>).
## The codes themselves are never translated.

# Part
part-aircraft = Aircraft (product body)
part-gimbal = Gimbal
part-camera = Camera
part-propellers = Propellers (pairs)
part-battery = Battery
part-grip = Grip
part-handle = Handle
part-main_body = Main body
part-main_controller = Main controller
part-motor = Motor
part-esc = ESC
part-vision_system = Vision system

# Cause
cause-user_error = User error
cause-signal_interference = Signal interference
cause-collision = Collision
cause-water_damage = Water damage
cause-drop_damage = Drop damage
cause-accident = Accident
cause-normal_use = Malfunction in normal use

# ServiceChannel
service-channel-online = Online (send to repair center)
service-channel-express = Express (replacement ships on receipt)
service-channel-ssc = Swift Service Center

# SalesChannel
sales-channel-official = DJI official
sales-channel-authorized = Authorized dealer
sales-channel-unofficial = Unofficial channel

# Term
term-1y = 1-Year Plan
term-2y = 2-Year Plan

# Exclusion
exclusion-non_dji_product = Damage to a non-DJI product
exclusion-third_party_accessory = Used with an unauthorized non-DJI product, accessory or software
exclusion-parts_lost = Covered parts are lost
exclusion-parts_stolen_or_discarded = Covered parts stolen, looted or discarded
exclusion-unauthorized_repair = Damage from unauthorized repair
exclusion-not_per_manual = Installed, used or operated against the user manual
exclusion-illegal_use = Used for illegal activities
exclusion-disaster_or_war = Natural disaster, war, riot or terrorism
exclusion-paid_enhancement = Paid technical enhancement
exclusion-indirect_loss = Indirect loss or anticipated profit
exclusion-personal_injury_or_property = Personal injury or property loss
exclusion-legal_fees = Litigation, arbitration or legal fees
exclusion-unsuitable_conditions = Flown in unsuitable conditions
exclusion-airworthiness_violation = Airworthiness requirements violated
exclusion-modification_or_dismantling = Modified or dismantled
exclusion-defective_battery = Damage from a defective battery
exclusion-cosmetic_wear = Cosmetic wear that does not affect performance

# RequestKind
request-kind-plus_purchase = Buy Care Refresh+
request-kind-replacement = Replacement
request-kind-extended_warranty = Extended warranty repair
request-kind-plus_return = Return Care Refresh+

# PlanKind
plan-care_refresh = Care Refresh
plan-care_refresh_plus = Care Refresh+

# Charge
charge-replacement_fee = Replacement fee
charge-transregional_fees = Transregional shipping, tax and fees

# Verdict
verdict-approved = Approved
verdict-refused = Refused

# ClaimKind
claim-kind-replacement = Replacement
claim-kind-extended_warranty = Extended warranty repair

# ClaimStatus
claim-status-submitted = Submitted
claim-status-approved = Approved
claim-status-refused = Refused
claim-status-awaiting_product = Awaiting product
claim-status-received = Received
claim-status-assessed = Assessed
claim-status-replacement_shipped = Replacement shipped
claim-status-paid_repair = Paid repair
claim-status-repaired = Repaired
claim-status-closed = Closed

# ProductStatus
product-status-active = Active
product-status-reclaimed = Reclaimed

# PlanService
plan-service-replacement = Replacement
plan-service-extended_warranty = Extended warranty

# Role
role-technician = Technician
role-ssc = SSC clerk
role-supervisor = Supervisor

# ClaimActionCode
claim-action-await_product = Await the product
claim-action-receive = Product received
claim-action-assess = Assessed
claim-action-ship_replacement = Ship replacement
claim-action-choose_paid_repair = Customer chose paid repair
claim-action-repair = Repaired
claim-action-close = Close

# ServiceState
service-state-not_started = Not started
service-state-active = Active
service-state-expired = Expired
service-state-used_up = Used up
service-state-withdrawn = Withdrawn
service-state-not_offered = Not offered

## Rules: the plain-language reason for each rule ID (SPEC §2), key rule-<ID>.

rule-BUY-NO-BASE = The product has no DJI Care Refresh (1-Year Plan); Care Refresh+ can only be bought for a product that has one.
rule-BUY-BASE-TERM = The product has DJI Care Refresh (2-Year Plan); Care Refresh+ is not supported for the 2-Year Plan.
rule-BUY-BASE-EXPIRED = DJI Care Refresh has already expired; Care Refresh+ must be bought before it expires.
rule-BUY-NO-REPLACEMENT-LEFT = DJI Care Refresh has no product replacement left; Care Refresh+ needs at least one replacement left on it.
rule-BUY-ONCE = This product (or a unit it replaced) has already had Care Refresh+; each product is eligible only once.
rule-BUY-REGION-UNSUPPORTED = Care Refresh+ is not offered in the region it is being bought in.
rule-BUY-REGION-MISMATCH = Care Refresh+ and the product must be bought in the same country or region (service region).
rule-BUY-CHANNEL = Care Refresh+ can only be bound to a product bought from DJI official or authorized channels.
rule-REP-EXPIRED = The application date is not within the validity period of the replacement service.
rule-REP-IN-ADVANCE = Care Refresh has no replacement left, and the Care Refresh+ replacement service cannot be used in advance, before Care Refresh expires.
rule-REP-NONE-LEFT = The replacement times of the plan in effect have been used up.
rule-REP-WITHDRAWN = The customer's withdrawal from the plan in effect has been confirmed, so its replacement service has ended.
rule-REP-CHANNEL = The product was not bought from DJI official or authorized channels.
rule-REP-REGION-MISMATCH = The plan and the product were bought in different countries or regions, so the service cannot be used.
rule-REP-MFG-DEFECT = The out-of-warranty product was found to have a manufacturing defect before Care Refresh+ took effect, so Care Refresh+ cannot be used for it.
rule-REP-PART = A requested part is not covered by the replacement service for this product series.
rule-REP-PART-QTY = Too many of a part were requested: at most one product body, gimbal or battery, and at most two pairs of propellers per replacement.
rule-REP-EXCLUDED = The damage falls under an exclusion of the replacement service (for example loss, theft, unauthorized repair or use against the manual).
rule-REP-SHIP-LATE = The parts were not shipped within 7 natural days of submitting the Online request, or within 3 days for Express.
rule-REP-OUTSIDE-COVERAGE = The service was applied for outside the coverage area: Care Refresh+ service is not offered in that region.
rule-REP-TRANSREGIONAL = The service was applied for outside the plan's service area; it can go ahead only if the customer pays the transregional shipping, tax and other fees.
rule-REP-PRIVACY = The customer has not accepted the DJI Privacy Policy, which is required before applying for replacement service.
rule-EW-NO-PLUS = The product has no Care Refresh+ bound, which is what provides the extended warranty.
rule-EW-NOT-STARTED = The extended warranty starts when Care Refresh (1-Year Plan) expires and cannot be used in advance.
rule-EW-EXPIRED = The application date is past the validity period of the extended warranty service.
rule-EW-NOT-OFFERED = Care Refresh+ in EU countries, the UK, Switzerland and Norway provides replacement service only, with no extended warranty.
rule-EW-WITHDRAWN = The customer's withdrawal from Care Refresh+ has been confirmed, so its extended warranty has ended.
rule-EW-CHANNEL = The product was not bought from DJI official or authorized channels.
rule-EW-REGION-MISMATCH = Care Refresh+ and the product were bought in different countries or regions, so the service cannot be used.
rule-EW-MFG-DEFECT = The out-of-warranty product was found to have a manufacturing defect before Care Refresh+ took effect, so Care Refresh+ cannot be used for it.
rule-EW-CAUSE = The extended warranty covers malfunctions in normal use only, not damage from user error or accidents.
rule-EW-PART = A part is not covered by the extended warranty for this product series.
rule-EW-EXCLUDED = The malfunction falls under an exclusion of the extended warranty (for example modification, a defective battery, cosmetic wear or use against the manual).
rule-EW-SHIP-LATE = The parts were not shipped within 7 natural days of confirming the extended warranty service.
rule-EW-OUTSIDE-COVERAGE = The service was applied for outside the coverage area: Care Refresh+ service is not offered in that region.
rule-EW-AREA = This product has no international warranty service, so the extended warranty is only available where Care Refresh+ was bought (paying fees does not change this).
rule-RET-PRODUCT-NOT-RETURNED = Care Refresh+ can only be returned when the product itself was returned under DJI's return policy (Care Refresh is returned first, then Care Refresh+).
rule-RET-SERVICE-USED = Care Refresh+ cannot be returned once its replacement service or extended warranty service has been used.

## Interpretations of the terms (SPEC "Interpretation"), key interpretation-<ID>.

interpretation-INT-EU-SERVICE-REGION = All EU member states form one service region, EU: a product bought in France and a plan bought in Germany are in the same service region.
interpretation-INT-EUROPEAN-CAP = European variant (EU, UK, Switzerland, Norway): at most three replacements in the two years of Care Refresh plus Care Refresh+, so Care Refresh+ allows 3 minus the replacements used under Care Refresh. Elsewhere Care Refresh+ allows exactly one.
interpretation-INT-OSMO-MOBILE-PARTS = Osmo Mobile: the replacement service covers the main body and the battery (the terms' "camera and battery" for the Osmo series does not fit a phone gimbal).
interpretation-INT-SSC-NO-SHIP-DEADLINE = A Swift Service Center appointment has no shipping deadline: the terms set one only for Online (7 natural days) and Express (3 days) requests.

## SPEC §5 advice: what the person at the counter can do about each failing rule.
## $parts is a list of part names, $series a product series, $date a day in
## words, $region a region code, $plan a plan name, $days a number of days.

advice-accept-privacy = Ask the customer to read and accept the DJI Privacy Policy, and record that they did.
advice-remove-parts = Remove { $parts } from the claim: not replaceable for the { $series } series.
advice-remove-parts-warranty = Remove { $parts } from the claim: not covered by the extended warranty for the { $series } series.
advice-reduce-parts = Lower the quantity to the cap: { $parts }.
advice-reduce-part = { $part } to { $cap }
advice-accept-transregional = Ask whether the customer accepts the transregional shipping, tax and fees; with their consent the claim can go ahead, at their cost.
advice-wait-plus = Come back from { $date }, when Care Refresh+ starts: it cannot be used in advance.
advice-wait-base = Come back from { $date }, when Care Refresh starts.
advice-service-in = Have the product serviced in { $region }, where its { $plan } is valid.
advice-buy-in = Sell Care Refresh+ through { $region }, where the product was bought (store or activation card of that region).
advice-return-product = Return the product under DJI's return policy first; then Care Refresh is returned, then Care Refresh+.

advice-none-buy-no-base = Nothing can be done here: Care Refresh+ needs DJI Care Refresh (1-Year Plan) on the product.
advice-none-buy-base-term = Nothing can be done here: Care Refresh (2-Year Plan) does not take Care Refresh+.
advice-none-buy-base-expired = Too late: Care Refresh+ could be bought until { $date }, the last day of Care Refresh.
advice-none-buy-no-replacement-left = Nothing can be done here: Care Refresh+ needs a replacement left on Care Refresh.
advice-none-buy-once = Nothing can be done here: a product (and the units that replace it) can have Care Refresh+ only once.
advice-none-buy-region = Care Refresh+ is not offered for a product bought in { $region }.
advice-none-channel = Without proof of purchase from DJI or an authorized dealer the plan cannot serve this product; offer a paid repair.
advice-none-rep-expired = No plan covers this day; offer a paid repair.
advice-none-rep-none-left = No replacement is left on { $plan }; offer a paid repair.
advice-none-withdrawn = The withdrawal from { $plan } was confirmed, so the service has ended; offer a paid repair.
advice-none-region-mismatch = The plan and the product were bought in different regions; the plan cannot serve this product.
advice-none-mfg-defect = A manufacturing defect found before Care Refresh+ took effect is not covered by it; offer a paid repair.
advice-none-excluded = Excluded ({ $exclusions }): the plan does not cover this; offer a paid repair.
advice-none-ship-late = The parts were not shipped within { $days } days of submitting, so this request has lapsed; a new request must be shipped in time.
advice-none-outside-coverage = Care Refresh+ service is not offered in { $region }; the product must be serviced in a Care Refresh+ region.
advice-none-ew-no-plus = The extended warranty needs Care Refresh+ on the product; offer a paid repair.
advice-none-ew-expired = The extended warranty ended on { $date }; offer a paid repair.
advice-none-ew-not-offered = Care Refresh+ bought in the EU, the UK, Switzerland or Norway has no extended warranty; a replacement claim may be possible instead.
advice-none-ew-cause = The extended warranty covers malfunctions in normal use only; for damage, file a replacement claim instead.
advice-none-ret-service-used = Nothing can be done here: a Care Refresh+ service has already been used.

## How long a decision holds (SPEC §5 windows).
advice-after-steps-approved = With these steps the request is approved.
advice-after-steps-refused = Even with these steps the request stays refused.
advice-approvable-from = Approvable from { $date }.
advice-never-approvable = Not approvable on any day in the next three years as it stands.
advice-buy-until = Care Refresh+ can be bought until { $date }.
advice-ship-by = The customer must ship the parts by { $date }.
advice-approved-through = Approvable through { $date }.
