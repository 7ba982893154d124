# CareDesk — English. Every user-facing text of the desk has a key here; the
# other languages' files have the same keys and the same $arguments.
# Rule IDs and codes (REP-PART, battery, US) are never translated.

language-name = English

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
