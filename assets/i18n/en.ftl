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
claim-action-lapse = Lapse (not shipped in time)
claim-action-close = Close

# ParcelDirection
parcel-direction-inbound = Inbound (damaged unit or parts)
parcel-direction-outbound = Outbound (replacement or repaired unit)

# ClaimQueue
claim-queue-overdue = Overdue
claim-queue-awaiting_product = Awaiting product
claim-queue-received = Received
claim-queue-assessed = Assessed
claim-queue-ready_to_ship = Ready to ship
claim-queue-open = All open

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
report-advice-step = What to do: { $text }
advice-no-end = Approvable on every day of the next three years as it stands.

## Claims in flight (SPEC §6): reservations, deadlines and lapses, parcels,
## fees per region, bounded dates. $field is a field code (claim.submitted),
## days are YYYY-MM-DD, $id a claim id, $serial a product serial.

fee-missing = No replacement fee for { $model } in { $region }, replacement no. { $number }: the fee schedule does not have it. A supervisor sets it (Settings, or caredesk fee set "{ $model }" { $number } AMOUNT --region { $region }) before this approved claim can be filed.
unit-reclaimed = Unit { $serial } was reclaimed by DJI: it was replaced by { $replaced_by }. Take the claim on { $replaced_by }.
unit-reclaimed-chain = Unit { $serial } was reclaimed by DJI: it was replaced by { $replaced_by }, and the unit in service now is { $in_service }. Take the claim on { $in_service }.
unit-reclaimed-unknown = Unit { $serial } was reclaimed by DJI; it takes no claim.
bound-in-future = { $field }: { $day } is in the future (today is { $today }).
bound-before-cr = { $field }: { $day } is before the product's Care Refresh starts ({ $starts }).
bound-before-submitted = { $field }: { $day } is before the claim was submitted ({ $submitted }).
bound-received-before-shipped = parcel.received_on: { $received } is before the parcel was shipped ({ $shipped }).
bound-longer-than-term = cr_ends: a { $term } runs at most until { $latest } (it starts { $starts }), not { $ends }.
bound-too-many-replacements = cr_replacements_total: a { $term } has at most { $max } replacements, not { $total }.
lapse-not-overdue = { $id } is not overdue: the customer may ship the parcel until { $ship_by } (today is { $today }), or it was shipped in time. Only an overdue claim can lapse.
lapse-no-deadline = { $id } has no shipping deadline (or is not waiting for the customer's parcel), so it cannot lapse.
receive-needs-shipped = Receiving { $id } needs the day the parcel was shipped, from its tracking (--shipped DATE): the shipping deadline is judged on it.
replacement-serial-known = Serial { $serial } is already known to CareDesk; a replacement is a new unit with a serial of its own. Scan the new unit's serial again.
replacement-other-model = The replacement { $serial } was scanned as { $model }, but the unit it replaces is a { $expected }: a replacement is the same model.
# Claim timeline notes the desk writes (in the language of the counter that wrote them).
event-taken-in = taken in
event-approved = approved
event-approved-under = approved under { $plan }
event-refused = refused: { $rules }
event-reopened = reopened: { $note }
event-received-shipped = parcel received (shipped { $shipped })
event-refused-on-receipt = refused on receipt: { $rules }. The replacement it held is released; return the unit to the customer (record the outbound parcel), then close the claim.
event-lapsed = lapsed: not shipped by { $ship_by } ({ $rule }); closed as refused, and the replacement it held is released
event-parcel = { $direction ->
    [inbound] inbound
   *[outbound] outbound
} parcel: { $carrier } { $tracking }
event-parcel-shipped = , shipped { $day }
event-parcel-received = , received { $day }
parcel-bad-carrier = parcel.carrier: name the carrier (at most { $max } characters).
parcel-bad-tracking = parcel.tracking: `{ $tracking }` is not a tracking number (letters, digits and dashes, at most { $max }).
parcel-duplicate = parcel.tracking: { $tracking } is already recorded on { $id } in that direction.
## The intake checklist (SPEC §6), ticked at the counter and printed on the
## customer's receipt.
checklist-item-data_backed_up = Personal data backed up and deleted from the unit
checklist-item-microsd_removed = microSD card removed and handed back
checklist-item-only_parts_to_replace = Only the parts to be replaced are sent
checklist-data-backed-up = The customer backed up and deleted the personal data on the unit (photos, videos, flight data, third-party software).
checklist-microsd-removed = The microSD card is removed and handed back to the customer.
checklist-short-data-backed-up = data backed up and deleted
checklist-short-microsd-removed = microSD card removed
checklist-short-only-parts-to-replace = only the parts to be replaced
checklist-only-parts-to-replace = Only the parts to be replaced are sent: no remote controller, no batteries (of the combo or bought separately), no other DJI accessories, no third-party accessories.

## Customers and their personal data (SPEC §6). $field is a field's name
## (name, phone, email, address, lang, notes, description).
customer-erased = erased
customer-name-missing = A customer needs a name.
customer-field-too-long = The { $field } is longer than the { $max } characters kept; shorten it.
customer-field-control = The { $field } holds a control character; type it again without it.
customer-phone-invalid = “{ $phone }” is not a phone number: digits, spaces and + - ( ) . / only, at least 3 digits.
customer-email-invalid = “{ $email }” is not an email address such as name@example.com.
customer-lang-invalid = “{ $lang }” is not a language tag such as zh-Hant, ko or de.
customer-not-found = There is no customer { $id }.
customer-is-erased = Customer { $id } was forgotten on { $date }: their data is erased and they cannot be used for anything new.
customer-batch-row = Customer { $row } of the batch: { $error }
customer-product-linked = { $serial } already belongs to customer { $id }.

## The top search.
search-too-short = Type at least { $min } characters to search.

## The claim at the counter: intake checklist, description, photos, signature.
intake-not-ticked = not ticked: { $items }
intake-no-description = no description of the damage
intake-incomplete = The intake checklist is incomplete: { $missing }. File the claim only if you and the customer confirm it so.
photo-already-attached = { $name } is already attached to { $claim } (same photo).
intake-photo-twice = { $name } and { $other } are the same photo: keep it once, then file the claim.
photo-not-found = There is no photo { $id }.
signature-erased = The customer of { $claim } was forgotten; their signature cannot be replaced.

## The command line's own words.
cli-confirm-incomplete = { $why } To file it anyway, add { $flag }.
# The command line's usage errors (src/cli/usage.rs); flags and values as typed.
cli-usage-error = error:
cli-usage-unknown-arg = unexpected argument '{ $arg }' found
cli-usage-unknown-subcommand = unrecognized subcommand '{ $subcommand }'
cli-usage-missing = the following required arguments were not provided: { $args }
cli-usage-no-value = a value is required for '{ $arg }' but none was supplied
cli-usage-invalid-value = invalid value '{ $value }' for '{ $arg }'
cli-usage-possible-values = possible values: { $values }
cli-usage-conflict = the argument '{ $arg }' cannot be used with '{ $other }'
cli-usage-twice = the argument '{ $arg }' cannot be used more than once
cli-usage-too-many = unexpected value '{ $value }' for '{ $arg }': no more were expected
cli-usage-needs-subcommand = '{ $command }' needs a subcommand
cli-usage-subcommands = subcommands: { $values }
cli-usage-similar-subcommand = tip: a similar subcommand exists: '{ $suggestion }'
cli-usage-similar-arg = tip: a similar argument exists: '{ $suggestion }'
cli-usage-similar-value = tip: a similar value exists: '{ $suggestion }'
cli-usage-usage = Usage:
cli-usage-more-info = For more information, try '--help'.

## A refusal's reason, with what in the request made the rule fail.
reason-observed = Observed: { $items }.
reason-not-covered-parts = Not covered for the { $series } series: { $items }.
reason-shipped-after = The parcel left { $days } days after the request of { $submitted } (at most { $limit }).
reason-not-shipped-after = Not shipped { $days } days after the request of { $submitted } (at most { $limit }).

## The window's fonts. $scripts names writing systems ("Chinese and Korean"),
## $package a Debian package to install.
fonts-missing-title = Missing fonts
fonts-missing = { $scripts } text cannot be shown: no installed font has it. Install { $package }.
fonts-missing-dismiss = OK

## Errors from the service layer and storage (src/store/message.rs), in the
## window's status line and on the CLI's error line. $database is where the
## database is; $why and $what are the service's or the backend's own words.
error-refused = refused: { $rules }
error-not-found = not found: { $what }
error-illegal-transition = a claim that is { $status } cannot take the action `{ $action }`
error-not-allowed = not allowed: { $why }
error-code-already-used = activation code { $code } is already bound to a product; a code binds once
error-schema-too-new = this database has schema version { $found }, newer than this CareDesk knows ({ $known }); use a newer CareDesk
error-corrupt = database holds an unreadable value: { $what }
error-busy = the database is locked by another program or workstation; nothing was saved, try again (database: { $database })
error-conflict = another workstation changed the same records at the same moment; nothing was saved, try again (database: { $database })
error-read-only = the database is read-only here; nothing was saved (database: { $database })
error-disk-full = the disk is full; nothing was saved, free some space and try again (database: { $database })
error-connection-lost = the connection to the database server is lost; nothing was saved, and CareDesk reconnects by itself when the server is back (database: { $database })
error-cannot-open = the database cannot be opened: { $why }
error-backend = database: { $why }
error-unfinished = not finished yet: { $what }

## ---------------------------------------------------------------- the window
## Every text the window shows (src/ui/). Arguments are filled in as given:
## $keys a keyboard shortcut (Ctrl+5), $date a YYYY-MM-DD day.

## The window (src/ui/mod.rs, src/ui/app/, src/ui/command.rs, src/ui/widgets.rs)

app-title = CareDesk
start-no-catalog = cannot load the catalog
start-no-database = cannot open the database { $location }
start-no-window = cannot open the window: { $error }

# Menus and the shortcut help.
menu-file = File
menu-view = View
menu-help = Help
menu-export-claims = Export claims (table filter)
menu-export-expiring = Export expiring plans
menu-expiring-within = Ending within { $days } days
menu-quit = Quit
help-scan = Scan a serial: the product opens at once.
help-focus-serial = { $keys } or { $alt }: cursor to the serial field
help-panels = { $first } … { $last }: switch panels
help-file-claim = { $keys }: file the claim (claim intake)
help-dialogs = Enter: confirm a dialog · Esc: cancel it
help-theme = { $keys }: dark / light theme
shortcut-or = { $first } / { $second }
button-with-shortcut = { $label } ({ $keys })

# Commands with one label wherever they are offered (src/ui/command.rs).
command-focus-serial = Scan / look up serial
command-toggle-theme = Dark / light theme
command-clear-recent = Clear the list
command-search = Search
command-open-product = Open
command-load-demo = Load demo data…
command-import-products = Import products from CSV…
command-cancel-job = Cancel
command-dismiss = Dismiss

# The scanner row and the status line.
scanner-label = Serial
scanner-hint = scan or type a serial, Enter
scanner-reclaimed = reclaimed
scanner-unknown = { $serial }: no such product — nothing is open
scanner-today = Today { $date }
scanner-staff = { $name } ({ $role })
scanner-staff-hover = Change who is working (Settings)
scanner-no-staff = locked: sign in with your PIN
status-ready = Ready.

# Dialogs.
staff-dialog-title = Who is working?
staff-dialog-body = Every action is recorded with your name: choose yourself and type your PIN.
staff-name-role = { $name } — { $role }
dialog-cancel = Cancel
dialog-ok = OK
dialog-keys = Enter confirms · Esc cancels
dialog-cancelled = Cancelled; nothing was changed.
pin-title = Supervisor PIN
pin-label = PIN:
pin-set-fee = Set the fee for { $model } in { $region }, replacement { $number }, to { $amount }.
pin-reopen-claim = Reopen claim { $id }.

# Shared widgets and the live decision.
day-today = today
day-tomorrow = tomorrow
day-yesterday = yesterday
day-in-days = in { $days } days
day-days-ago = { $days } days ago
window-ends = ends { $when }
window-ended = ended { $when }
window-starts = starts { $when }
window-started = started { $when }
decision-approved = APPROVED
decision-refused = REFUSED
decision-plan-in-effect = Plan in effect: { $plan }
interpretation = Interpretation
date-hint = YYYY-MM-DD
date-invalid = not a date (YYYY-MM-DD)
region-unknown = unknown region
region-unknown-code = unknown region code
serial-and-model = { $serial } — { $model }
preview-checking = Checking…
preview-updating = updating…
export-format-entry = { $format }…
export-unknown-format = unknown format { $format } (expected csv, pdf or json)
export-format-csv = CSV (spreadsheet)
export-format-pdf = PDF (printable report)
export-format-json = JSON (machine-readable)
export-busy = Another job is running.

# What the window says after an action (the status line).
app-demo-loaded = New demo database: demo data loaded ({ $products } products, { $claims } claims). Demo staff and their PINs: { $supervisors }.
app-demo-pin = { $name } (PIN { $pin })
app-empty-database = This database is empty: load demo data or import products in Settings ({ $keys }).
app-live-off = Live refresh is off ({ $error }); other workstations' changes show when you reopen a view.
app-choose-staff-first = Choose who is working first (Settings, { $keys }): every action is recorded with a name.
app-choose-staff = Choose who is working first.
app-refused = { $what }: refused under the terms.
app-failed = { $what }: { $error }.
app-serial-unknown = No product has the serial “{ $serial }”, and nothing partially matches it.
app-serial-partial = No product has the serial “{ $serial }”; { $count } partial match(es) are listed under { $panel }.
app-plus-sold = Care Refresh+ sold and bound to { $serial }.
app-card-bound = Activation card { $code } bound: Care Refresh+ is on { $serial }.
app-card-registered = Activation card { $code } ({ $region }) registered.
app-withdrawn = Withdrawal from { $plan } confirmed for { $serial }.
app-plus-returned = Care Refresh+ of { $serial } returned.
app-claim-filed-approved = Claim { $id } filed: approved.
app-claim-filed-refused = Claim { $id } filed: refused.
app-claim-advanced = { $id }: { $step } — now { $status }.
app-claims-reader-stopped = The claims reader stopped; restart CareDesk.
app-cannot-read-claims = Cannot read the claims: { $error }.
app-staff-working = { $name } is working; every action is recorded with this name.
app-staff-added = { $name } added as { $role }.
app-fee-set = Fee for { $model } in { $region }, replacement { $number }, set to { $amount }.
app-claim-reopened = { $id } reopened.
app-pin-not-allowed = Not allowed: { $why }.
app-demo-confirm-title = Load demo data
app-demo-confirm-body = This database already holds products. Add { $products } demo products, plans and claims to it anyway?
app-demo-confirm = Add demo data
app-csv-filter = CSV
app-import-title = Import products
app-export-title = Export
app-connection-lost = The connection to the database is lost ({ $reason }). CareDesk reconnects by itself; until then nothing can be saved.
app-connection-restored = Connected to the database again.

# What failed, at the start of an error message ("{ $what }: …").
app-what-staff-option = --staff { $name }
app-what-search = Search failed
app-what-lookup = Cannot look up { $serial }
app-what-refresh = Cannot refresh { $serial }
app-what-staff-list = Cannot read the staff list
app-what-fees = Cannot read the fee schedule
app-what-plus-not-bound = Care Refresh+ was not bound
app-what-card-not-bound = Card { $code } was not bound
app-what-card-not-registered = The card was not registered
app-what-withdrawal = The withdrawal was not recorded
app-what-plus-not-returned = Care Refresh+ was not returned
app-what-claim-not-filed = The claim was not filed
app-what-open-claim = Cannot open claim { $id }
app-what-claim-not-changed = { $id } was not changed
app-what-count-claims = Cannot count the claims
app-what-parcel-not-added = The parcel was not recorded on { $id }
app-parcel-added = { $id }: { $direction } parcel { $tracking } recorded.
app-what-read-claims = Cannot read the claims
app-what-not-done = Not done

# Background jobs.
job-another-running = Another job is running; wait for it or cancel it.
job-exporting = Exporting to { $target }…
job-exported = Exported { $items } item(s) as { $format } to { $target } ({ $kb } KB).
job-export-failed = export failed ({ $error }); no file was written
job-loading-demo = Loading { $products } demo products…
job-demo-cancelled = Demo data cancelled; nothing was added.
job-demo-loaded = Demo data loaded: { $products } products, { $claims } claims, { $cards } activation cards.
job-importing = Importing { $file }…
job-imported = Imported { $count } products from { $file }.
job-stopped = The job stopped: { $error }.
job-no-result = The job ended without a result.

## Serial lookup (src/ui/lookup.rs)

panel-lookup = Serial lookup
lookup-intro = Scan a serial into the field at the top ({ $keys } or { $alt } puts the cursor there); Enter opens the product.
lookup-search-label = Search:
lookup-search-hint = part of a serial, a model, or a claim id
lookup-results = Results
lookup-no-search-yet = No search yet.
lookup-nothing-matches = Nothing matches “{ $query }”.
lookup-matches = { $count } match(es) for “{ $query }”:
lookup-recent = Recent lookups
lookup-recent-none = None yet.
lookup-open-product = Open product

## Plan status (src/ui/plan_status.rs)

panel-plans = Plan status
plans-scan-first = Scan or type a serial in the top bar ({ $keys }) to see its plans.
plans-claims-on-unit = Claims on this unit
plans-claim-line = { $kind } · { $status } · submitted { $submitted }
plans-product-returned = Product returned under DJI's return policy
plans-return-plus-button = Return Care Refresh+…
plans-return-plus-title = Return Care Refresh+
plans-return-plus-body = Return Care Refresh+ of { $serial }? The RET rules decide; a refusal is shown and nothing is changed.
plans-return-plus-confirm = Return CR+
plans-model-series = { $model } · { $series } series
plans-unit-active = active
plans-unit-reclaimed = reclaimed — belongs to DJI
plans-bought-in = Bought in { $region } · { $channel }
plans-international-yes = International service: yes
plans-international-no = International service: no
plans-replaced-by = · replaced by
plans-replaces = · replaces
plans-take-claim = Take in a claim
service-active = active
service-not-started = not started (cannot be used in advance)
service-expired = ended: validity reached
service-used-up = ended: replacements used up
service-withdrawn = ended: withdrawal confirmed
service-not-offered = not offered (European variant)
plans-not-on-product = Not on this product.
plans-had-plus = A unit this one replaced already had Care Refresh+ (BUY-ONCE).
plans-withdraw-button = Confirm withdrawal from { $plan }…
plans-withdraw-title = Withdraw from { $plan }
plans-withdraw-body = Confirm the customer's withdrawal from { $plan } on { $serial }? Its services end today and this cannot be undone.
plans-withdraw-confirm = Confirm withdrawal
plans-term = Term:
plans-bought = Bought:
plans-region = Region:
plans-region-service-region = { $region } (service region { $service_region })
plans-starts = Starts:
plans-date-relative = { $date }  ({ $relative })
plans-valid-through = Valid through:
plans-replacements-label = Replacements:
plans-replacements = { $used } used, { $left } left of { $allowed }
plans-replacements-european = { $used } used, { $left } left of { $allowed } (European cap)
plans-replacement-service = Replacement service:
plans-extended-warranty = Extended warranty:

## Coverage (src/ui/coverage.rs)

panel-coverage = Coverage
coverage-for-model = Coverage for { $model } ({ $series } series)
coverage-checklist = Coverage checklist
coverage-series-label = Series:
coverage-open-product-hint = Open a product to see what applies today.
coverage-no-series = The catalog has no series.
coverage-replacement = Replacement service
coverage-warranty = Extended warranty (Care Refresh+)
coverage-no-warranty-in-europe = Care Refresh+ bought in the EU, the UK, Switzerland or Norway has no extended warranty.
coverage-replacement-today = Replacement today is under { $plan }.
coverage-no-replacement-today = No plan gives replacement service today.
coverage-never-send-back = Never send back
coverage-send-only-parts = Send only the parts to be replaced. The customer pays shipping for anything else sent.
coverage-never-item = ×  { $item }
# The never-send-back list: codes of the catalog (assets/catalog.json).
never-send-back-remote-controller = Remote controller
never-send-back-combo-battery = The battery that came in the combo
never-send-back-spare-batteries = Batteries bought separately
never-send-back-other-dji-accessories = Other DJI accessories
never-send-back-third-party-accessories = Third-party accessories
never-send-back-microsd-card = The microSD card (back it up and delete personal data first)
coverage-before-leaving = Before the product leaves the counter
coverage-back-up = Back up the customer's photos, videos and flight data, then delete personal data: the unit may not come back.
coverage-microsd = Remove the microSD card and hand it to the customer.
coverage-part = Part
coverage-at-most = At most
coverage-today = Today
coverage-pairs = { $cap } pairs
coverage-covered = covered
coverage-not-today = not today

## Sell / bind CR+ (src/ui/sell_plus.rs)

panel-sell = Sell / bind CR+
sell-heading = Sell / bind Care Refresh+
sell-mode-store = In the store, by serial
sell-mode-card = With an activation card
sell-scan-first = Scan or type a serial in the top bar ({ $keys }) first.
sell-product = Product: { $serial }
sell-store-region = Bought through a store in region:
sell-purchase-date = Purchase date:
sell-eligibility = Eligibility
sell-button = Sell and bind Care Refresh+
sell-button-disabled = Enabled when the eligibility check approves and a staff member is chosen.
sell-card-code = Activation code:
sell-card-serial = Serial:
sell-card-bind = Bind the card
sell-card-hint = A code binds once. The BUY rules decide with the card's region; a refusal lists them here.
sell-register-heading = Register a new activation card
sell-register-code = Code:
sell-register-region = Region:
sell-register-button = Register

## Claim intake (src/ui/claim_intake.rs)

panel-intake = Claim intake
intake-scan-first = Scan or type a serial in the top bar first ({ $keys }).
intake-heading = Claim intake — { $serial }
intake-model-region = { $model } · { $region }
intake-open-replacement = Open { $serial }
intake-set-fee = Fee in { $region }:
intake-set-fee-button = Set fee… (PIN)
intake-problem-on = The application date is not a date (YYYY-MM-DD).
intake-problem-submitted = The submitted date is not a date (YYYY-MM-DD).
intake-problem-shipped = The shipped date is not a date (YYYY-MM-DD).
intake-problem-region = `{ $code }` is not a known region code (two letters, e.g. US or DE).
intake-problem-no-part = Tick at least one part.
intake-service = Service:
intake-channel = Channel:
intake-cause = Cause:
intake-service-region = Service region:
intake-service-region-is = service region { $region }
intake-service-region-no-plus = { $region }: Care Refresh+ not offered there
intake-on = Application date:
intake-submitted = Submitted:
intake-shipped-yet = Parts already shipped
intake-shipped-on = on
intake-parts = Parts
intake-parts-not-covered = Parts not covered for this series
intake-of-max = of max { $cap }
intake-customer = Customer
intake-privacy = Accepted the DJI Privacy Policy
intake-transregional = Accepts the transregional shipping, tax and fees
intake-mfg-defect = Manufacturing defect found before Care Refresh+ took effect
intake-exclusions-some = Exclusions (some observed)
intake-exclusions-none = Exclusions (none observed)
intake-decision = Decision
intake-file-approved = File claim (approved)
intake-file-refused = Record refused claim
intake-choose-staff = Choose who is working (Settings) before filing.
intake-photos-busy = The photos are being read or kept: a moment.
intake-customer-pays = Customer pays
intake-pays-nothing = Nothing: repair and labour are free under the extended warranty.
intake-fee-number = Replacement fee: { $fee } (replacement no. { $number })
intake-fee = Replacement fee: { $fee }
intake-fee-missing-number = Replacement fee (replacement no. { $number }): not in the fee schedule — ask a supervisor
intake-fee-missing = Replacement fee: not in the fee schedule — ask a supervisor
intake-pays-transregional = Transregional shipping, tax and other fees (quoted by the service area).
intake-dji-pays-shipping = DJI pays two-way shipping within the service area.
intake-replacements-left = Replacements left after this one: { $left }

## Claims (src/ui/claims.rs)

panel-claims = Claims
claims-col-id = Claim
claims-col-serial = Serial
claims-col-model = Model
claims-col-kind = Kind
claims-col-status = Status
claims-col-decided = Applied
claims-col-updated = Updated
claims-col-decision = Decision / fee
claims-col-deadline = Ship by
claims-kind-replacement = Replacement
claims-kind-warranty = Warranty
claims-approved = approved
claims-approved-fee = approved · { $fee }
claims-refused-rules = refused · { $rules }
claims-shown = { $count } shown
claims-counting = counting…
claims-any = any
claims-status = Status:
claims-kind = Kind:
claims-from = Applied from:
claims-to = to:
claims-date-hover = Inclusive; leave empty for no limit.
claims-serial-contains = Serial or claim id contains:
claims-clear-filters = Clear filters
claims-export-shown = Export shown claims…
claims-export-one = Export this claim…
claims-none-match = No claim matches these filters.
claims-close-detail = Close the detail (Esc)
claims-sorted-asc = { $column } (asc)
claims-sorted-desc = { $column } (desc)
claims-sort-hover = Sort by this column (again to reverse)
claims-kind-channel = { $kind } · { $channel } ·
claims-model = · { $model }
claims-dates = Submitted { $submitted } · decided on { $decided }
claims-pays = Customer pays: { $fee }
claims-pays-number = Customer pays: { $fee } (replacement no. { $number })
claims-replacement-unit = Replacement unit:
claims-part-quantity = { $part } ×{ $quantity }
claims-parts = Parts: { $parts }
claims-cause-region = Cause: { $cause } · service region { $region }
claims-timeline = Timeline
# $zone: the workstation's offset from UTC ("UTC+08:00"), which every time below is on.
claims-timeline-zone = Timeline (times { $zone })
claims-step-from = { $to } (from { $from })
claims-next-step = Next step
claims-choose-staff = Choose who is working (Settings) to move the claim on.
claims-nothing-left = Nothing left to do on this claim.
claims-note = Note:
claims-note-hint = optional
claims-close-button = Close claim…
claims-close-title = Close the claim
claims-close-body = Close { $id }? A closed claim can only be reopened by a supervisor.
claims-close-confirm = Close claim
claims-reopen-button = Reopen… (supervisor)
claims-reopen-disabled = Write a note saying why, then reopen.
claims-new-serial = New unit serial:
claims-ship-button = Ship replacement…
claims-ship-disabled = Scan the replacement unit's serial and let CareDesk check it first.
claims-ship-title = Complete the replacement
claims-ship-body = Ship { $new } as the replacement for { $serial }?

    This counts the replacement on the plan in effect, binds the new serial to the same plans and validity, and marks { $serial } as reclaimed by DJI. It cannot be undone.
claims-ship-confirm = Ship replacement

## Claims in flight (src/ui/claims.rs, SPEC §6): work queues, deadlines,
## receiving, lapses, parcels, the replacement's serial. $rule is a rule ID,
## $day / $ship_by a YYYY-MM-DD day, $days a number of days.

claims-queue = Work queue:
claims-queue-all = All claims
claims-queue-count = { $queue } ({ $count })
claims-ship-by = Ship by { $day }
claims-shipped-on = parcel shipped { $day }
claims-days-left = { $days ->
    [0] ships today at the latest
    [one] 1 day left
   *[other] { $days } days left
}
claims-days-late = { $days ->
    [one] overdue: 1 day late
   *[other] overdue: { $days } days late
}
claims-days-late-short = { $days ->
    [one] 1 day late
   *[other] { $days } days late
}
claims-deadline-shipped = shipped { $day }
# In the claims table's narrow "Ship by" column: the parcel left in time (the day shows on hover).
claims-deadline-shipped-short = shipped
claims-lapse-hover = Close as refused with { $rule }: the customer's parcel did not leave in time. The replacement it holds is released.
claims-lapse-title = Lapse the claim
claims-lapse-body = { $id } was to be shipped by { $ship_by } and nothing left in time.

    It is closed as refused with { $rule }, and the replacement it holds is released. A supervisor may reopen it.
claims-lapse-confirm = Lapse claim
claims-receive-title = The customer's parcel arrived
claims-receive-shipped = Shipped on (from its tracking):
claims-receive-hint = The claim is decided again with this day: shipped after { $ship_by }, it is refused on receipt ({ $rule }).
claims-receive-disabled = Type the day the parcel was shipped (YYYY-MM-DD).
claims-receive-late-title = Shipped after the deadline
claims-receive-late-body = The parcel of { $id } was shipped { $day }, after { $ship_by }.

    Receiving it decides the claim again: it will be refused on receipt with { $rule }, its replacement released, and the unit goes back to the customer.
claims-receive-late-confirm = Receive and decide again
claims-parcels = Parcels
claims-no-parcels = No parcel recorded yet.
claims-parcel-add-heading = Record a parcel
claims-parcel-carrier = Carrier:
claims-parcel-tracking = Tracking number:
claims-parcel-shipped = Shipped on:
claims-parcel-received = Received on:
claims-parcel-add = Add parcel
claims-parcel-add-disabled = Name the carrier and the tracking number; days are YYYY-MM-DD or empty.
claims-parcel-days-both = shipped { $shipped }, received { $received }
claims-parcel-days-shipped = shipped { $shipped }
claims-parcel-days-received = received { $received }
claims-parcel-days-none = not shipped yet
claims-ship-heading = Ship the replacement
claims-ship-check = Check
claims-ship-scan-hint = Scan the new unit's serial (Enter checks it).
claims-ship-checked = { $new } ships as a { $model } and replaces { $serial }.

## Settings (src/ui/settings.rs)

panel-settings = Settings
settings-who-is-working = Who is working
settings-no-staff = No staff yet: add the first person below (a supervisor, with a PIN).
settings-add-staff = Add a staff member
settings-name = Name:
settings-role = Role:
settings-pin = Their PIN:
settings-add = Add
settings-add-disabled = A name and their own PIN of { $digits } or more digits; a supervisor's PIN is asked next.
settings-database = Database
settings-other-database = To use another file, start with
settings-other-database-command = caredesk --db PATH
settings-demo-products = Demo products:
settings-appearance = Appearance
settings-use-light = Use the light theme
settings-use-dark = Use the dark theme
settings-language = Language
settings-language-label = Language:
settings-language-system = System language ({ $language })
settings-language-set = The desk is now in { $language }.
settings-language-this-run = This run is in { $language } (--lang or CAREDESK_LANG); a choice here is kept for the next starts.
settings-fee-schedule = Fee schedule
settings-fees-supervisor-only = Only a supervisor can change fees.
settings-fee-filter = Model contains:
settings-fee-model = Model
settings-fee-replacement = Replacement
settings-fee-amount = Fee
settings-fee-number = { $region } no. { $number }
settings-fee-edit = Edit
settings-fee-new-amount = New amount
settings-fee-not-an-amount = not an amount
settings-fee-save = Save…
settings-fee-cancel = Cancel

## Signing in, the idle lock, supervisor PINs (issue 15)
sign-in-pin = Your PIN:
sign-in-button = Sign in
command-lock = Lock
scanner-lock-hover = Lock the window when you step away ({ $keys }); your PIN opens it again.
app-locked = Locked: sign in with your PIN to go on. What was typed is kept.
app-locked-idle = Locked after { $minutes } minutes without use: sign in with your PIN to go on. What was typed is kept.
app-set-up-real = { $name } is this database's first supervisor and is signed in.
app-idle-lock-set = The window now locks after { $minutes } minutes without use (0: never), on every workstation.
pin-add-staff = Add { $name } as { $role }.
pin-set-idle-lock = Lock every workstation after { $minutes } minutes without use (0: never).
pin-supervisor-needed = This needs a supervisor: the supervisor chooses their name and types their own PIN.
pin-no-supervisor = This database has no supervisor.
pin-choose-supervisor = Choose the supervisor first.
setup-title = A new database
setup-body = Nobody uses this database yet. Make its first supervisor (their own PIN, 6 or more digits), or fill it with demo data to try CareDesk.
setup-pin = PIN:
setup-pin-again = PIN again:
setup-button = Make the first supervisor
setup-demo = Fill with demo data
setup-pins-differ = The two PINs differ; type the PIN again.
banner-demo = DEMO DATA — made-up products, customers and claims; not for real service
banner-read-only = The database failed its integrity check and is open read-only ({ $why }): nothing can be saved. Restore a backup (caredesk restore FILE).
settings-switch-hint = Click a name to switch person: their PIN is asked.
settings-idle-lock = Idle lock
settings-idle-lock-minutes = Lock after (minutes):
settings-idle-lock-set = Set (supervisor)
settings-idle-lock-hint = The window locks after this many minutes without use, on every workstation; 0 never locks.
settings-demo-database = A demo database: its staff have the PINs the README lists.
settings-last-backup = Last backup: { $at }
settings-no-backup = No backup of this database yet.
app-backup-failed = Today's automatic backup failed: { $error }. Make one by hand (caredesk backup --out FILE).

## CareDesk's own save dialog
save-title = Save the { $format } export
save-no-native = No system file dialog is available here: choose the folder and the file name.
save-folder = Folder:
save-name = File name:
save-replace = Replace a file of that name
save-button = Save
save-cancelled = Cancelled: nothing was written or imported.
save-native-gave-nothing = No file was chosen in the system dialog (or it could not be shown). Choose the folder and file name here, or Cancel.
save-no-folder = There is no folder { $folder }.
save-bad-name = Type a file name (no folder separators).
save-exists = { $name } exists there: tick "Replace" to replace it, or choose another name.
open-title = Import products from a CSV file
open-button = Import
open-no-file = There is no file { $name } in that folder.
open-native-gave-nothing = No file was chosen in the system dialog (or it could not be shown). Choose the folder and file name here, or Cancel.
pin-set-role = Make { $name } { $role }.
pin-reset-pin = Give { $name } a new PIN (this also lifts a lock).
app-role-set = { $name } is now { $role }.
app-pin-reset = { $name } has a new PIN; a lock is lifted.
settings-manage-staff = Roles and PINs
settings-person = Person:
settings-choose-person = choose a person
settings-person-locked = Locked after wrong PINs until { $until }; a new PIN lifts the lock.
settings-set-role = Change role (supervisor)
settings-new-pin = New PIN:
settings-reset-pin = Set new PIN (supervisor)

## The intake receipt the customer takes home (one page) and the box label.
## $claim is a claim id (CL-2026-000123), $printed/$at a time, $day/$date a day
## in words, $plan a plan's name, $amount money with its symbol, $currency
## its ISO 4217 code.
receipt-pdf-title = Intake receipt { $claim }
receipt-title = CareDesk — Intake receipt
receipt-subtitle = Printed { $printed } · keep this receipt: it names your claim
receipt-footer = Intake receipt { $claim }
receipt-claim-line = { $kind } · { $channel } · service region { $region }
receipt-dates-line = Submitted { $submitted } · status: { $status }
receipt-customer = Customer
receipt-no-customer = No customer was recorded with this claim.
receipt-name = Name
receipt-phone = Phone
receipt-email = Email
receipt-address = Address
receipt-product = Product and parts received
receipt-model = Model
receipt-serial = Serial number
receipt-parts = Parts received
receipt-intake = Intake checklist and damage
receipt-no-intake = No intake checklist was recorded with this claim.
receipt-incomplete-confirmed = Taken in with the checklist or the description incomplete, as confirmed at the counter.
receipt-description = Damage as described
receipt-no-description = No description was given.
receipt-privacy-recorded = Privacy policy accepted; recorded by { $who } at { $at }.
receipt-privacy-accepted = Privacy policy accepted.
receipt-privacy-not-accepted = The privacy policy was not accepted.
receipt-decision = Decision
receipt-approved = APPROVED
receipt-refused = REFUSED
receipt-under-plan = under { $plan }
receipt-no-plan = no plan in effect
receipt-decided-on = decided for { $day }
receipt-advice = What would make it approvable:
receipt-pays = What you pay and when to ship
receipt-pays-nothing-refused = Nothing: the claim was refused.
receipt-pays-nothing = Nothing.
receipt-fee = Replacement fee: { $amount } ({ $currency }).
receipt-fee-missing = Replacement fee: per the fee schedule (no amount recorded yet).
receipt-transregional = Transregional shipping, tax and other fees, as quoted (accepted).
receipt-ship-by = Ship the parts by { $date } at the latest.
receipt-never-send-back = Never send back
receipt-signature = Customer's signature
receipt-signed-at = Signed { $at }
receipt-not-signed = Not signed.
label-pdf-title = Box label { $claim }
label-serial = Serial number
label-parts = Parts inside
label-customer = Customer
label-submitted = Submitted { $date }
label-ship-by = Ship by { $date }


## The claim PDF's visit sections. $width/$height in pixels, $sha256 the
## start of the photo's hash, $at a time (the workstation's, with its UTC offset), $who a staff member.
claim-pdf-customer = Customer
claim-pdf-customer-id = Customer id
claim-pdf-photos = Photos of the damage
claim-pdf-photo-unreadable = (thumbnail unreadable)
claim-pdf-photo-caption = { $name } · { $width }×{ $height } · sha256 { $sha256 }
claim-pdf-signature = Customer's signature
claim-pdf-signature-erased = erased (signed { $at })
claim-pdf-signed = signed { $at } · recorded by { $who }

## The PDF reports' own words: footers, the claim report (for staff, in the
## desk's language) and the expiring coverage report. $what names a page
## (a claim id, a report), $n/$total page numbers, $claims/$rules counts,
## $at a time, $day/$from/$to a day, $days a number of days; the report's
## filter in words (report-filter-*): $status/$kind codes, $text as typed.
pdf-footer = CareDesk — { $what }
pdf-footer-page = page { $n } of { $total }
pdf-continued = { $title } — { $what } (continued)
pdf-yes = yes
pdf-no = no
claim-pdf-doc-title = CareDesk claim report
claim-pdf-doc-title-one = CareDesk claim report { $claim }
claim-pdf-title = CareDesk — Claim report
claim-pdf-footer = Claim report { $claim }
claim-pdf-generated = Generated { $at } · plan states as of { $day }
claim-pdf-status-line = { $kind } claim · status: { $status } · submitted { $submitted } · decided { $decided }
claim-pdf-product = Product
claim-pdf-serial = Serial number
claim-pdf-model = Model
claim-pdf-series = Series
claim-pdf-bought-via = Bought via
claim-pdf-bought-in = Bought in
claim-pdf-unit-status = Unit status
claim-pdf-international = International service
claim-pdf-replaces = Replaces unit
claim-pdf-replaced-by = Replaced by
claim-pdf-plans = Plans
claim-pdf-no-plans = No Care Refresh plan on this product.
claim-pdf-plan-term = { $plan } ({ $term })
claim-pdf-plan-withdrawn = { $plan }, withdrawn
claim-pdf-replacements-used = { $used } of { $allowed } used, { $left } left
claim-pdf-col-plan = Plan
claim-pdf-col-region = Region
claim-pdf-col-starts = Starts
claim-pdf-col-valid-through = Valid through
claim-pdf-col-replacements = Replacements
claim-pdf-col-replacement = Replacement
claim-pdf-col-ext-warranty = Ext. warranty
claim-pdf-claim-and-parts = Claim and parts requested
claim-pdf-no-parts = No parts listed.
claim-pdf-col-part = Part
claim-pdf-col-code = Code
claim-pdf-col-quantity = Quantity
claim-pdf-exclusions-none = none
claim-pdf-transregional-accepted = accepted
claim-pdf-transregional-not-accepted = not accepted
claim-pdf-channel = Service channel
claim-pdf-service-region = Service region
claim-pdf-cause = Cause
claim-pdf-shipped-on = Parts shipped on
claim-pdf-privacy = Privacy accepted
claim-pdf-transregional = Transregional fees
claim-pdf-exclusions = Exclusions observed
claim-pdf-decision = Decision
claim-pdf-approved = APPROVED
claim-pdf-refused = REFUSED
claim-pdf-under-plan = under { $plan }
claim-pdf-no-plan-in-effect = no plan in effect
claim-pdf-approved-line = { $plan } · no rule refused this claim
claim-pdf-approved-left = { $plan } · replacements left after this claim: { $left } · no rule refused this claim
claim-pdf-refused-line = { $plan } · { $rules ->
    [one] 1 rule refused this claim
   *[other] { $rules } rules refused this claim
}
claim-pdf-interpretations = Interpretations of the terms applied
claim-pdf-pays = Customer pays
claim-pdf-pays-refused = Nothing: the claim was refused.
claim-pdf-fee = Replacement fee: { $amount }
claim-pdf-fee-missing = Replacement fee: per the fee schedule (no amount recorded)
claim-pdf-transregional-fees = Transregional shipping, tax and other fees, as quoted (the customer accepted them)
claim-pdf-pays-nothing-warranty = Nothing: repair and labour are free under the extended warranty.
claim-pdf-pays-nothing = Nothing.
claim-pdf-dji-pays-shipping = DJI pays the two-way shipping within the service area.
claim-pdf-never-send-back = Never send back
claim-pdf-never-send-back-intro = Send back only the parts to be replaced; the customer pays the shipping of anything else:
claim-pdf-timeline = Timeline
claim-pdf-no-events = No events recorded.
claim-pdf-col-when = When ({ $zone })
claim-pdf-col-when-plain = When
claim-pdf-col-who = Who
claim-pdf-col-from = From
claim-pdf-col-to = To
claim-pdf-col-note = Note
claim-pdf-summary-footer = Claim report summary
claim-pdf-count = { $claims ->
    [one] 1 claim
   *[other] { $claims } claims
}
claim-pdf-claims = Claims
claim-pdf-filter = Filter
claim-pdf-at-a-glance = At a glance
claim-pdf-col-decision = Decision
claim-pdf-col-kind = Kind
claim-pdf-col-status = Status
claim-pdf-cited-rules = Rules that refused claims
claim-pdf-col-rule = Rule
claim-pdf-col-reason = Reason
claim-pdf-kind-replacement = Replacement
claim-pdf-kind-warranty = Warranty
claim-pdf-claims-heading = Claims in this report
claim-pdf-no-claims = No claim matches the filter.
claim-pdf-col-claim = Claim
claim-pdf-col-submitted = Submitted
claim-pdf-col-serial = Serial
claim-pdf-col-rules = Rules
report-filter-all = all claims
report-filter-claim = claim { $claim }
report-filter-status = status { $status }
report-filter-kind = kind { $kind }
report-filter-decided-between = decided { $from } to { $to }
report-filter-decided-from = decided from { $from }
report-filter-decided-to = decided up to { $to }
report-filter-serial = serial or id containing "{ $text }"
expiring-pdf-doc-title = CareDesk expiring coverage
expiring-pdf-title = CareDesk — Expiring coverage
expiring-pdf-generated = Generated { $at } · services ending from { $from } up to { $days } days later
expiring-pdf-footer = Expiring coverage, next { $days } days
expiring-pdf-next = next { $days } days
expiring-pdf-none = No replacement service or extended warranty ends in this window.
expiring-pdf-col-service = Service
expiring-pdf-col-ends = Ends
expiring-pdf-col-days-left = Days left


## ---------------------------------------------------------------- the visit in the window
## Customers, the intake record, photos, the signature, the papers (issue 13).
## $id a customer's number or a claim id, $name a person's or file's name,
## $file a path, $count a number, $at a time (the workstation's, with its UTC offset), $who a staff member.
panel-customers = Customers
customers-intro = Find a customer by any part of a name, phone or email, or add one. Editing is audited; forgetting erases their personal data everywhere.
customers-none-open = No customer open: find one on the left.
customers-heading = Customer #{ $id }: { $name }
customers-erased-note = Forgotten on { $date }: their name, phone, email, address and notes are erased everywhere; their claims stay.
customers-save = Save changes
customers-undo = Undo changes
customers-papers-language = Papers are printed in: { $lang }
customers-products = Products
customers-no-products = No products.
customers-claims = Claims
customers-no-claims = No claims.
customers-claim-line = { $serial } · { $status }
customers-privacy = Their data
customers-export = Export this customer's data…
customers-forget = Forget this customer…
customers-forget-title = Forget this customer?
customers-forget-body = { $name } (#{ $id }): their name, phone, email, address, notes and signatures are erased everywhere and cannot be brought back. Their claims, decisions and events stay, showing "erased". A supervisor's PIN is asked next.
customers-forget-confirm = Forget, with a supervisor's PIN
pin-forget-customer = Forget customer #{ $id } ({ $name }): erase their personal data everywhere.
customer-find = Find a customer
customer-new = New customer
customer-find-label = Name, phone or email
customer-find-hint = at least 3 characters
customer-none-found = No customer matches.
customer-add = Add customer
customer-change = Change
customer-field-name = Name
customer-field-phone = Phone
customer-field-email = Email
customer-field-address = Address
customer-field-lang = Language (e.g. zh-Hant, ko, de)
customer-field-notes = Notes
intake-customer-who = Who the claim is for
intake-checklist = Intake checklist
intake-description = Damage as the customer describes it
intake-description-hint = What happened, what is broken
intake-photos = Photos of the damage
intake-photo-remove = Remove
intake-signature = Customer's signature
intake-confirm-title = File with the intake incomplete?
intake-confirm-file = File anyway
photos-add = Add photos…
photos-drop-hint = or drop JPEG/PNG files on the window (20 MB each at most)
signature-pad = Signature pad
signature-hint = Sign here with the mouse, a pen or a finger
signature-clear = Clear signature
sell-customer = Customer
lookup-customers = Customers
lookup-no-customers = No customer matches.
lookup-customer-claims = Claims of matching customers
lookup-claim-of = { $serial } · { $customer }
claims-customer = Customer and intake
claims-customer-line = #{ $id } { $name }
claims-no-customer = No customer recorded with this claim.
claims-incomplete-confirmed = Taken in with the intake incomplete (confirmed).
claims-description = Damage: { $text }
claims-privacy-recorded = Privacy acceptance recorded by { $who } at { $at }
claims-photos = Photos
claims-no-photos = No photos yet.
claims-photo-hover = { $name } · { $width }×{ $height } · sha256 { $sha256 }
claims-signature = Signature
claims-not-signed = Not signed.
claims-signed = Signed { $at }, recorded by { $who }
claims-sign = Sign now…
claims-keep-signature = Keep signature
claims-papers = Papers for the customer
claims-print-receipt = Print receipt…
claims-print-label = Print box label…
app-customer-added = Customer #{ $id } added: { $name }.
app-customer-saved = Customer #{ $id } saved: { $name }.
app-customer-exported = Everything held about customer #{ $id } was written to { $file }.
app-customer-export-title = Export the customer's data
app-customer-forgotten = Customer #{ $id } was forgotten: their personal data is erased.
app-what-find-customers = Finding customers
app-what-customer-not-added = The customer was not added
app-what-customer-not-saved = Customer #{ $id } was not saved
app-what-open-customer = Opening customer #{ $id }
app-what-customer-export = Exporting customer #{ $id }
app-what-signature = The signature of { $id } was not kept
app-what-print = Printing for { $id }
app-photos-title = Photos of the damage
app-photos-filter = Photos
app-photos-reading = Reading { $count } photo(s)…
app-photos-drop-where = Drop photos on the claim intake (with a product open) or on an open claim.
app-filing-with-photos = Filing the claim with { $count } photos…
app-no-thread = No thread could be started for the photos ({ $error }); nothing was done, try again.
app-photo-ready = { $name } is ready; it is kept when the claim is filed.
app-photo-attached = { $name } is kept with { $id }.
app-photo-unreadable = { $name } cannot be read ({ $error }).
app-photo-not-kept = { $name } was not kept: { $error }
app-signed = The signature is kept with { $id }.
app-print-title = Save the PDF to print
app-paper-receipt = The receipt
app-paper-label = The box label
app-printed = { $what } of { $id } was written to { $file }.
app-customer-export-file = customer-{ $id }.json
app-receipt-file = { $id }-receipt.pdf
app-label-file = { $id }-label.pdf
app-json-filter = JSON
app-pdf-filter = PDF
app-photo-no-thumbnail = no thumbnail could be made
## The decision with its advice (SPEC §5) in the window. A step's button
## applies it to the form; $parts lists part names, $region a region code.
advice-open-clause = Open the clause of the terms this rule rests on
advice-button-accept-privacy = Record privacy accepted
advice-button-remove-parts = Remove { $parts }
advice-button-reduce-parts = Lower to the cap
advice-button-accept-transregional = Record fees accepted
advice-button-service-in = Service in { $region }
advice-button-buy-in = Sell through { $region }
advice-button-apply-all = Apply all { $count } steps
advice-not-kept = No advice was kept with this claim (decided before CareDesk kept it).

## The clause of the terms a rule rests on. $rule is a rule ID.
clause-title = Terms behind { $rule }
clause-lines = Terms, lines { $first }–{ $last }
clause-line = Terms, line { $line }
clause-none = No clause of the terms is mapped to this rule.
clause-unreadable = The terms could not be read: { $error }

## The SSC day: appointments, check-in, quotes (issue 14)

# AppointmentStatus
appointment-status-booked = Booked
appointment-status-checked_in = Checked in
appointment-status-cancelled = Cancelled
appointment-status-no_show = No-show

# RepairChoice
repair-choice-replacement = Replacement service
repair-choice-paid_repair = Paid repair

panel-today = Today
today-heading = Appointments on { $date }
today-previous-day = ‹ Day before
today-next-day = Day after ›
today-today = Today
today-counter = Counter:
today-counter-hint = every counter
today-refresh = Refresh
today-import = Import CSV…
today-import-hover = Import the Swift Service page's export (all or nothing; a bad row names its line).
today-scan-hint = Scan a booked product's serial to check the customer in and take the claim in.
today-loading = Reading the day…
today-none = No appointments on this day.
today-count-total = { $count } booked in all
today-count-waiting = { $count } still to come
today-count-late = { $count } late
today-count-checked-in = { $count } checked in
today-count-no-show = { $count } no-show
today-count-cancelled = { $count } cancelled
today-col-time = Time
today-col-customer = Customer
today-col-serial = Product
today-col-case = Case
today-col-counter = Counter
today-col-status = Status
today-late = Late
today-serial-hint = scan or type
today-check-in = Check in
today-check-in-disabled = Scan or type the product's serial first (and choose who is working).
today-take-claim = Take the claim in
today-open-claim = Open the claim
today-edit = Edit
today-more = More…
today-no-show = No-show
today-no-show-title = Mark as no-show?
today-no-show-body = { $name } ({ $slot }) did not come. The appointment is closed as no-show; this is recorded.
today-cancel = Cancel…
today-cancel-title = Cancel the appointment?
today-cancel-body = The appointment of { $name } at { $slot } is cancelled; this is recorded.
today-cancel-confirm = Cancel the appointment
today-form-new = Book an appointment
today-form-edit = Change appointment { $id }
today-form-book = Book
today-form-save = Save the changes
today-form-clear = Clear
today-form-incomplete = A day (YYYY-MM-DD), a time (HH:MM), the counter and the customer's name (and who is working).
today-field-day = Day:
today-field-slot = Time:
today-field-name = Customer:
today-field-phone = Phone:
today-field-store = Counter:
today-field-serial = Serial:
today-field-case-ref = Case no.:
today-field-case = Case:
today-banner = Check-in: appointment { $id } at { $slot }, { $store }
today-banner-customer = Customer: { $customer }
today-banner-case = Case { $reference }: { $case }
today-banner-link = The claim filed here is linked to this appointment.

quote-heading = Replacement or paid repair
quote-heading-warranty = Extended warranty repair
quote-col-replacement = Replacement service
quote-col-repair = Paid repair
quote-row-pays = Customer pays
quote-row-left = Replacements left after
quote-row-plan = Plan valid through
quote-row-warranty = Extended warranty through
quote-free = Free: repair and labour are covered
quote-no-fee = fee missing
quote-not-quoted = not quoted yet
quote-warranty-through = Extended warranty through { $date }
quote-recorded-by = Quoted by { $who }, { $at }
quote-valid-until = valid until { $date }
quote-covers-text = Covers: { $covers }
quote-choice = The customer chose: { $choice } (recorded by { $who }, { $at })
quote-choose-replacement = Customer chose the replacement
quote-choose-repair = Customer chose the paid repair
quote-choose-repair-title = Paid repair?
quote-choose-repair-confirm = Record the paid repair
quote-choose-repair-body = The customer takes the paid repair of { $id } for { $amount }; the claim moves to paid repair. This is recorded.
quote-form-new = Record the paid-repair quote
quote-form-replace = Change the quote
quote-amount = Amount:
quote-currency = Currency:
quote-covers = Covers:
quote-covers-hint = what the repair covers
quote-valid-until-label = Valid until:
quote-valid-until-bad = not a date from today on (YYYY-MM-DD), or leave it empty
quote-record = Record the quote

app-what-appointments = Cannot read the appointments
app-what-appointment-not-saved = The appointment was not saved
app-what-check-in = Appointment { $id } was not checked in
app-what-import-appointments = Nothing imported from { $file }
app-what-quote-not-recorded = No quote recorded on { $id }
app-what-choice-not-recorded = The choice on { $id } was not recorded
app-import-appointments-title = Import appointments
app-appointment-added = Appointment { $id } booked: { $name } at { $slot }.
app-appointment-changed = Appointment { $id } changed.
app-appointment-status = Appointment { $id }: { $status }.
app-appointments-imported = Imported { $count } appointments from { $file }.
app-checked-in = Appointment { $id }: { $name } checked in with { $serial }; take the claim in.
app-quote-recorded = { $id }: paid-repair quote { $amount } recorded.
app-choice-recorded = { $id }: the customer chose { $choice }.

## The SSC day in the service layer: appointment and quote refusals,
## the CSV import's errors. $id an appointment number or a claim id,
## $status a status in words, $line a CSV line, $date a day.
today-field-email = Email:
appointment-bad-slot = The time slot “{ $slot }” is not a time such as 09:30.
appointment-no-store = Name the Swift Service Center counter (store) the customer booked.
appointment-not-found = There is no appointment { $id }.
appointment-erased = The customer of appointment { $id } was forgotten: the booking keeps none of their data and can no longer be changed.
appointment-not-booked = Appointment { $id } is { $status }: only a booked appointment can be changed, cancelled, marked no-show or checked in.
appointment-changed-meanwhile = Appointment { $id } was changed at another workstation; nothing was saved: look at it again.
appointment-no-serial = Appointment { $id } has no serial yet: scan or type the product’s serial to check it in.
appointment-link-not-checked-in = Appointment { $id } is { $status }: check it in before linking a claim.
appointment-already-linked = Appointment { $id } is already linked to claim { $claim }.
appointment-claim-other-serial = Claim { $claim } is for { $serial }, appointment { $id } for { $booked }.
appointment-csv-line = line { $line }: { $error }
appointment-csv-missing-column = the header has no “{ $column }” column (expected: { $expected })
appointment-csv-unknown-column = unknown column “{ $column }” (expected: { $expected })
appointment-csv-bad-day = day: “{ $day }” is not a date (YYYY-MM-DD)
appointment-csv-empty = The file has no appointments (only a header, or nothing).
quote-refused-warranty = { $id } is an extended-warranty repair: it is free, so there is nothing to quote.
quote-refused-express = { $id } is an express replacement: express service has no paid-repair choice.
quote-refused-status = { $id } is { $status }: a paid-repair quote is recorded once the damage is assessed.
quote-refused-chosen = The customer’s choice on { $id } is recorded: the quote no longer changes.
quote-expired = A quote valid until { $date } has already expired.
quote-amount-not-positive = The quoted amount must be more than zero (not { $amount }).
quote-none-yet = { $id } has no paid-repair quote: record the quote before the customer’s choice.
quote-lapsed = The quote on { $id } was valid until { $date }: record a new quote first.
event-paid-repair-chosen = The customer chose the paid repair ({ $amount }).

## The claim PDF's replacement-or-repair section (issue 14). $amount money
## with its symbol, $left a count, $who a staff member, $at a time (the
## workstation's, with its UTC offset).
claim-pdf-quote = Replacement or paid repair
claim-pdf-quote-replacement = Replacement service
claim-pdf-quote-repair = Paid repair (quote)
claim-pdf-quote-covers = The repair covers
claim-pdf-quote-valid-until = Quote valid until
claim-pdf-quoted-by = Quoted by
claim-pdf-quote-choice = Customer's choice
claim-pdf-quote-side = { $amount } · replacements left after: { $left }
claim-pdf-quote-no-fee = no fee recorded
claim-pdf-quote-not-stated = not stated
claim-pdf-quote-not-chosen = not recorded yet
claim-pdf-quote-chosen = { $choice } (recorded by { $who }, { $at })
claim-pdf-quoted = { $who }, { $at }

## The service layer's refusals and errors (issue 16). Codes, serials,
## ids and rule IDs stay as they are. $id a claim id or a number, $serial a
## serial, $name a person, $role/$status a label in words.
desk-err-no-claim = no claim `{ $id }`
desk-err-claim-input = claim input: { $error }
desk-err-reopen-needs-note = reopening a claim needs a note saying why
desk-err-reopen-only-refused = only a refused claim can be reopened; { $id } is { $status }
desk-err-reopen-only-refused-approved = only a refused claim can be reopened; { $id } is { $status } (approved)
desk-err-no-plus-for-repair = { $serial } has no Care Refresh+ to count the repair on
desk-err-no-plan-for-replacement = claim { $id } has no plan to count the replacement on
desk-err-unit-reclaimed = unit { $serial } was already reclaimed
desk-err-warranty-no-ship = { $id } is an extended-warranty claim: no replacement ships
desk-err-needs-supervisor-now = { $name } is a { $role } now; this needs a supervisor
desk-err-needs-supervisor = { $name } is a { $role }; this needs a supervisor
desk-err-no-staff = no staff member { $id }
desk-err-salt = cannot make a salt: { $error }
desk-err-hash = cannot hash the PIN: { $error }
desk-err-staff-name-not-found = staff member `{ $name }`
desk-err-staff-id-not-found = staff member { $id }
desk-err-staff-name-empty = staff name must not be empty
desk-err-staff-name-long = a staff name is at most { $max } characters
desk-err-staff-exists = a staff member named `{ $name }` already exists
desk-err-only-supervisor = { $name } is the only supervisor; make someone else a supervisor first
desk-err-pin-shape = a PIN is { $min } to { $max } digits (0–9)
desk-err-no-pin = { $name } has no PIN yet; a supervisor sets one (caredesk staff pin "{ $name }")
desk-err-wrong-pin = wrong PIN for { $name } ({ $left } more wrong PIN(s) lock { $name } for { $minutes } minutes)
desk-err-unknown-model = unknown model `{ $model }`
desk-err-fee-region = { $region } is not a Care Refresh+ service region (fees are set for { $regions })
desk-err-fee-number = replacement number { $number } is not 1 to { $most } (a 2-Year Plan has at most { $most } replacements)
desk-err-fee-negative = a fee cannot be negative
desk-err-fee-currency-code = currency `{ $currency }` is not a three-letter code such as USD
desk-err-fee-currency = fees in { $region } are in { $want }, not { $currency }
desk-err-no-cr-for-plus = no CR plan to bind CR+ to
desk-err-code-shape = activation code `{ $code }` is not 4 or more letters, digits or dashes
desk-err-code-exists = activation code { $code } already exists
desk-err-code-unknown = unknown activation code { $code }
desk-err-no-plus-to-return = { $serial } has no Care Refresh+ to return
desk-err-plus-returned = Care Refresh+ of { $serial } was already returned
desk-err-no-cr = { $serial } has no Care Refresh plan
desk-err-no-plus = { $serial } has no Care Refresh+
desk-err-plan-withdrawn = { $plan } of { $serial } is already withdrawn
desk-err-past-calendar = { $days } days after { $today } is past the end of the calendar
desk-err-no-serial = no product with serial `{ $serial }`
desk-err-no-product-id = no product with id { $id }
desk-err-serial-shape = serial `{ $serial }` is not 4 to 32 letters, digits or dashes
desk-err-region-code = { $field }: unknown region code `{ $region }` (expected an ISO 3166-1 alpha-2 code such as US or DE)
desk-err-cr-ends = CR ends ({ $ends }) must be after it starts ({ $starts })
desk-err-cr-used = CR replacements used ({ $used }) exceed the total ({ $total })
desk-err-no-parcel = no parcel { $id }

## The store's errors (StoreError). $db/$path a database, $error the
## backend's or the file's own words, $until a UTC time.
store-err-refused = refused: { $reasons }
store-err-not-found = not found: { $what }
store-err-no-database = there is no CareDesk database at { $path }; nothing was created (check the path, or give --create to make a new database there)
store-err-not-caredesk = { $path } is not a CareDesk database; it was left unchanged
store-err-damaged = the database is damaged ({ $error }); it is open read-only and nothing was saved — restore a backup (caredesk restore FILE)
store-err-locked = { $name } is locked after { $attempts } wrong PINs until { $until }; try again then, or ask a supervisor to reset the PIN
store-err-illegal-transition = a claim that is { $status } cannot take the action `{ $action }`
store-err-not-allowed = not allowed: { $reason }
store-err-code-used = activation code { $code } is already bound to a product; a code binds once
store-err-schema-too-new = this database has schema version { $found }, newer than this CareDesk knows ({ $known }); use a newer CareDesk
store-err-corrupt = database holds an unreadable value: { $error }
store-err-busy = the database is locked by another program or workstation; nothing was saved, try again (database: { $db })
store-err-conflict = another workstation changed the same records at the same moment; nothing was saved, try again (database: { $db })
store-err-read-only = the database is read-only here; nothing was saved (database: { $db })
store-err-disk-full = the disk is full; nothing was saved, free some space and try again (database: { $db })
store-err-connection-lost = the connection to the database server is lost; nothing was saved, and CareDesk reconnects by itself when the server is back (database: { $db })
store-err-cannot-open = the database cannot be opened: { $error }
store-err-backend = database: { $error }
store-err-unfinished = not finished yet: { $what }

## The service layer: demo data, first setup, backups, the product CSV import.
desk-err-demo-max = at most { $max } demo products at a time
desk-err-demo-real-data = { $db } holds real data: demo data goes only into a demo database (caredesk --db NEW_FILE demo)
desk-err-demo-real-data-here = this database holds real data: demo data goes only into a demo database
desk-err-setup-demo-db = this is a demo database; make a real one in a new file (caredesk --db NEW_FILE --create staff init NAME)
desk-err-setup-has-staff = this database already has staff; a supervisor adds people (caredesk staff add)
desk-err-idle-lock-range = the idle lock is 0 (never) to { $max } minutes
desk-err-backup-not-file = { $path } is not a regular file (a folder, link, device or pipe); a backup is written only to a file
desk-err-backup-no-folder = the folder { $path } does not exist
desk-err-backup-postgres = { $what }: a PostgreSQL database is backed up and restored with the server's own pg_dump and psql (README, "Backups")
desk-err-backup-no-dir = no backup folder
desk-err-no-file = no file at { $path }
desk-err-history-altered = the history in { $path } was altered ({ $first }); it was not restored
desk-err-line = line { $line }: { $error }
desk-err-import-no-column = line 1: the header has no `{ $column }` column (expected: { $expected })
desk-err-import-unknown-column = line 1: unknown column `{ $column }` (expected: { $expected })
desk-err-import-cancelled = import cancelled; nothing imported

## Reopening read-only and moving a database (caredesk migrate).
desk-err-read-only-sqlite = only a SQLite file can be reopened read-only
desk-err-migrate-same = --from and --to name the same database
desk-err-migrate-not-empty = the target database is not empty ({ $there }); migrate copies into a new, empty database
