# CareDesk — Deutsch. Dieselben Schlüssel und $Argumente wie en.ftl.
# Regel-IDs und Codes (REP-PART, battery, US) werden nie übersetzt.
# Markennamen bleiben: DJI Care Refresh, Care Refresh+.

language-name = Deutsch

## Codes: the label a person reads for each code (`code_enum!`, key <prefix>-<code>).
## The codes themselves are never translated.

# Part
part-aircraft = Fluggerät (Produktkörper)
part-gimbal = Gimbal
part-camera = Kamera
part-propellers = Propeller (Paare)
part-battery = Akku
part-grip = Griff
part-handle = Handgriff
part-main_body = Hauptgehäuse
part-main_controller = Hauptsteuerung
part-motor = Motor
part-esc = ESC (Motorregler)
part-vision_system = Sichtsystem

# Cause
cause-user_error = Bedienfehler
cause-signal_interference = Signalstörung
cause-collision = Kollision
cause-water_damage = Wasserschaden
cause-drop_damage = Sturzschaden
cause-accident = Unfall
cause-normal_use = Störung bei normalem Gebrauch

# ServiceChannel
service-channel-online = Online (Einsendung an das Reparaturzentrum)
service-channel-express = Express (Ersatz wird bei Eingang versandt)
service-channel-ssc = Swift Service Center

# SalesChannel
sales-channel-official = DJI offiziell
sales-channel-authorized = Autorisierter Händler
sales-channel-unofficial = Inoffizieller Kanal

# Term
term-1y = 1-Jahres-Plan
term-2y = 2-Jahres-Plan

# Exclusion
exclusion-non_dji_product = Schaden an einem Nicht-DJI-Produkt
exclusion-third_party_accessory = Verwendung mit nicht autorisierten Fremdprodukten, Zubehör oder Software
exclusion-parts_lost = Abgedeckte Teile verloren
exclusion-parts_stolen_or_discarded = Abgedeckte Teile gestohlen, geplündert oder entsorgt
exclusion-unauthorized_repair = Schaden durch nicht autorisierte Reparatur
exclusion-not_per_manual = Entgegen dem Benutzerhandbuch installiert, verwendet oder bedient
exclusion-illegal_use = Für illegale Aktivitäten verwendet
exclusion-disaster_or_war = Naturkatastrophe, Krieg, Aufruhr oder Terrorismus
exclusion-paid_enhancement = Kostenpflichtige technische Erweiterung
exclusion-indirect_loss = Indirekter Schaden oder entgangener Gewinn
exclusion-personal_injury_or_property = Personen- oder Sachschaden
exclusion-legal_fees = Prozess-, Schiedsgerichts- oder Anwaltskosten
exclusion-unsuitable_conditions = Flug unter ungeeigneten Bedingungen
exclusion-airworthiness_violation = Lufttüchtigkeitsanforderungen verletzt
exclusion-modification_or_dismantling = Verändert oder zerlegt
exclusion-defective_battery = Schaden durch einen defekten Akku
exclusion-cosmetic_wear = Optische Abnutzung ohne Einfluss auf die Funktion

# RequestKind
request-kind-plus_purchase = Care Refresh+ kaufen
request-kind-replacement = Austausch
request-kind-extended_warranty = Reparatur im Rahmen der erweiterten Garantie
request-kind-plus_return = Care Refresh+ zurückgeben

# PlanKind
plan-care_refresh = Care Refresh
plan-care_refresh_plus = Care Refresh+

# Charge
charge-replacement_fee = Austauschgebühr
charge-transregional_fees = Überregionale Versandkosten, Steuern und Gebühren

# Verdict
verdict-approved = Genehmigt
verdict-refused = Abgelehnt

# ClaimKind
claim-kind-replacement = Austausch
claim-kind-extended_warranty = Reparatur im Rahmen der erweiterten Garantie

# ClaimStatus
claim-status-submitted = Eingereicht
claim-status-approved = Genehmigt
claim-status-refused = Abgelehnt
claim-status-awaiting_product = Warten auf das Produkt
claim-status-received = Eingegangen
claim-status-assessed = Geprüft
claim-status-replacement_shipped = Ersatz versandt
claim-status-paid_repair = Kostenpflichtige Reparatur
claim-status-repaired = Repariert
claim-status-closed = Abgeschlossen

# ProductStatus
product-status-active = Aktiv
product-status-reclaimed = Zurückgenommen

# PlanService
plan-service-replacement = Austausch
plan-service-extended_warranty = Erweiterte Garantie

# Role
role-technician = Techniker
role-ssc = SSC-Mitarbeiter
role-supervisor = Teamleitung

# ClaimActionCode
claim-action-await_product = Auf das Produkt warten
claim-action-receive = Produkt eingegangen
claim-action-assess = Geprüft
claim-action-ship_replacement = Ersatz versenden
claim-action-choose_paid_repair = Kunde wählt kostenpflichtige Reparatur
claim-action-repair = Repariert
claim-action-lapse = Verfallen lassen (nicht rechtzeitig versandt)
claim-action-close = Abschließen
parcel-direction-inbound = Eingehend (beschädigtes Gerät oder Teile)
parcel-direction-outbound = Ausgehend (Ersatz- oder repariertes Gerät)
claim-queue-overdue = Überfällig
claim-queue-awaiting_product = Warten auf das Produkt
claim-queue-received = Eingegangen
claim-queue-assessed = Geprüft
claim-queue-ready_to_ship = Versandbereit
claim-queue-open = Alle offenen

# ServiceState
service-state-not_started = Noch nicht begonnen
service-state-active = Aktiv
service-state-expired = Abgelaufen
service-state-used_up = Aufgebraucht
service-state-withdrawn = Widerrufen
service-state-not_offered = Nicht angeboten

## Rules: the plain-language reason for each rule ID (SPEC §2), key rule-<ID>.

rule-BUY-NO-BASE = Das Produkt hat kein DJI Care Refresh (1-Jahres-Plan); Care Refresh+ kann nur für ein Produkt mit diesem Plan gekauft werden.
rule-BUY-BASE-TERM = Das Produkt hat DJI Care Refresh (2-Jahres-Plan); für den 2-Jahres-Plan wird Care Refresh+ nicht unterstützt.
rule-BUY-BASE-EXPIRED = DJI Care Refresh ist bereits abgelaufen; Care Refresh+ muss vor dem Ablauf gekauft werden.
rule-BUY-NO-REPLACEMENT-LEFT = DJI Care Refresh hat keinen Produktaustausch mehr übrig; für Care Refresh+ muss mindestens ein Austausch übrig sein.
rule-BUY-ONCE = Dieses Produkt (oder ein Gerät, das es ersetzt hat) hatte bereits Care Refresh+; jedes Produkt ist nur einmal berechtigt.
rule-BUY-REGION-UNSUPPORTED = Care Refresh+ wird in der Region, in der es gekauft werden soll, nicht angeboten.
rule-BUY-REGION-MISMATCH = Care Refresh+ und das Produkt müssen im selben Land bzw. in derselben Region (Serviceregion) gekauft werden.
rule-BUY-CHANNEL = Care Refresh+ kann nur an ein Produkt gebunden werden, das bei DJI oder über autorisierte Kanäle gekauft wurde.
rule-REP-EXPIRED = Das Antragsdatum liegt nicht in der Gültigkeitsdauer des Austauschservice.
rule-REP-IN-ADVANCE = Care Refresh hat keinen Austausch mehr übrig, und der Austauschservice von Care Refresh+ kann nicht vorzeitig, vor dem Ablauf von Care Refresh, genutzt werden.
rule-REP-NONE-LEFT = Die Austausche des geltenden Plans sind aufgebraucht.
rule-REP-WITHDRAWN = Der Widerruf des geltenden Plans durch den Kunden wurde bestätigt; sein Austauschservice ist damit beendet.
rule-REP-CHANNEL = Das Produkt wurde nicht bei DJI oder über autorisierte Kanäle gekauft.
rule-REP-REGION-MISMATCH = Plan und Produkt wurden in verschiedenen Ländern oder Regionen gekauft; der Service kann daher nicht genutzt werden.
rule-REP-MFG-DEFECT = Bei dem Produkt außerhalb der Garantie wurde vor dem Inkrafttreten von Care Refresh+ ein Herstellungsfehler festgestellt; Care Refresh+ kann dafür nicht genutzt werden.
rule-REP-PART = Ein beantragtes Teil ist für diese Produktserie nicht vom Austauschservice abgedeckt.
rule-REP-PART-QTY = Zu viele Teile einer Art beantragt: höchstens ein Produktkörper, ein Gimbal oder ein Akku und höchstens zwei Paar Propeller je Austausch.
rule-REP-EXCLUDED = Der Schaden fällt unter einen Ausschluss des Austauschservice (zum Beispiel Verlust, Diebstahl, nicht autorisierte Reparatur oder Gebrauch entgegen dem Handbuch).
rule-REP-SHIP-LATE = Die Teile wurden nicht innerhalb von 7 Kalendertagen nach Einreichen des Online-Antrags bzw. innerhalb von 3 Tagen bei Express versandt.
rule-REP-OUTSIDE-COVERAGE = Der Service wurde außerhalb des Abdeckungsgebiets beantragt: Care Refresh+ wird in dieser Region nicht angeboten.
rule-REP-TRANSREGIONAL = Der Service wurde außerhalb des Servicegebiets des Plans beantragt; er ist nur möglich, wenn der Kunde die überregionalen Versandkosten, Steuern und sonstigen Gebühren trägt.
rule-REP-PRIVACY = Der Kunde hat der DJI-Datenschutzrichtlinie nicht zugestimmt; das ist vor dem Antrag auf Austausch erforderlich.
rule-EW-NO-PLUS = An das Produkt ist kein Care Refresh+ gebunden, das die erweiterte Garantie bietet.
rule-EW-NOT-STARTED = Die erweiterte Garantie beginnt mit dem Ablauf von Care Refresh (1-Jahres-Plan) und kann nicht vorzeitig genutzt werden.
rule-EW-EXPIRED = Das Antragsdatum liegt nach der Gültigkeitsdauer der erweiterten Garantie.
rule-EW-NOT-OFFERED = Care Refresh+ in EU-Ländern, im Vereinigten Königreich, in der Schweiz und in Norwegen bietet nur den Austauschservice, keine erweiterte Garantie.
rule-EW-WITHDRAWN = Der Widerruf von Care Refresh+ durch den Kunden wurde bestätigt; die erweiterte Garantie ist damit beendet.
rule-EW-CHANNEL = Das Produkt wurde nicht bei DJI oder über autorisierte Kanäle gekauft.
rule-EW-REGION-MISMATCH = Care Refresh+ und das Produkt wurden in verschiedenen Ländern oder Regionen gekauft; der Service kann daher nicht genutzt werden.
rule-EW-MFG-DEFECT = Bei dem Produkt außerhalb der Garantie wurde vor dem Inkrafttreten von Care Refresh+ ein Herstellungsfehler festgestellt; Care Refresh+ kann dafür nicht genutzt werden.
rule-EW-CAUSE = Die erweiterte Garantie deckt nur Störungen bei normalem Gebrauch ab, keine Schäden durch Bedienfehler oder Unfälle.
rule-EW-PART = Ein Teil ist für diese Produktserie nicht von der erweiterten Garantie abgedeckt.
rule-EW-EXCLUDED = Die Störung fällt unter einen Ausschluss der erweiterten Garantie (zum Beispiel Veränderung, defekter Akku, optische Abnutzung oder Gebrauch entgegen dem Handbuch).
rule-EW-SHIP-LATE = Die Teile wurden nicht innerhalb von 7 Kalendertagen nach Bestätigung des Garantieservice versandt.
rule-EW-OUTSIDE-COVERAGE = Der Service wurde außerhalb des Abdeckungsgebiets beantragt: Care Refresh+ wird in dieser Region nicht angeboten.
rule-EW-AREA = Dieses Produkt hat keinen internationalen Garantieservice; die erweiterte Garantie gilt nur dort, wo Care Refresh+ gekauft wurde (Gebühren zu zahlen ändert daran nichts).
rule-RET-PRODUCT-NOT-RETURNED = Care Refresh+ kann nur zurückgegeben werden, wenn das Produkt selbst nach der DJI-Rückgaberichtlinie zurückgegeben wurde (zuerst Care Refresh, dann Care Refresh+).
rule-RET-SERVICE-USED = Care Refresh+ kann nicht mehr zurückgegeben werden, sobald sein Austauschservice oder seine erweiterte Garantie genutzt wurde.

## Interpretations of the terms (SPEC "Interpretation"), key interpretation-<ID>.

interpretation-INT-EU-SERVICE-REGION = Alle EU-Mitgliedstaaten bilden eine Serviceregion, EU: Ein in Frankreich gekauftes Produkt und ein in Deutschland gekaufter Plan liegen in derselben Serviceregion.
interpretation-INT-EUROPEAN-CAP = Europäische Variante (EU, Vereinigtes Königreich, Schweiz, Norwegen): höchstens drei Austausche in den zwei Jahren von Care Refresh und Care Refresh+ zusammen; Care Refresh+ erlaubt also 3 minus die unter Care Refresh genutzten Austausche. Anderswo erlaubt Care Refresh+ genau einen.
interpretation-INT-OSMO-MOBILE-PARTS = Osmo Mobile: Der Austauschservice deckt Hauptgehäuse und Akku ab („Kamera und Akku“ der Bedingungen für die Osmo-Serie passt nicht zu einem Smartphone-Gimbal).
interpretation-INT-SSC-NO-SHIP-DEADLINE = Ein Termin im Swift Service Center hat keine Versandfrist: Die Bedingungen setzen eine nur für Online- (7 Kalendertage) und Express-Anträge (3 Tage).

## SPEC §5 advice: what the person at the counter can do about each failing rule.
## $parts is a list of part names, $series a product series, $date a day in
## words, $region a region code, $plan a plan name, $days a number of days.

advice-accept-privacy = Bitten Sie den Kunden, die DJI-Datenschutzrichtlinie zu lesen und ihr zuzustimmen, und vermerken Sie die Zustimmung.
advice-remove-parts = { $parts } aus dem Antrag entfernen: für die Serie { $series } nicht austauschbar.
advice-remove-parts-warranty = { $parts } aus dem Antrag entfernen: für die Serie { $series } nicht von der erweiterten Garantie abgedeckt.
advice-reduce-parts = Menge auf die Obergrenze senken: { $parts }.
advice-reduce-part = { $part } auf { $cap }
advice-accept-transregional = Fragen Sie, ob der Kunde die überregionalen Versandkosten, Steuern und Gebühren übernimmt; mit seiner Zustimmung kann der Antrag auf seine Kosten weiterlaufen.
advice-wait-plus = Ab { $date } wiederkommen, wenn Care Refresh+ beginnt: Es kann nicht vorzeitig genutzt werden.
advice-wait-base = Ab { $date } wiederkommen, wenn Care Refresh beginnt.
advice-service-in = Das Produkt in { $region } warten lassen, wo sein { $plan } gilt.
advice-buy-in = Care Refresh+ über { $region } verkaufen, wo das Produkt gekauft wurde (Geschäft oder Aktivierungskarte dieser Region).
advice-return-product = Zuerst das Produkt nach der DJI-Rückgaberichtlinie zurückgeben; dann wird Care Refresh zurückgegeben, danach Care Refresh+.

advice-none-buy-no-base = Hier ist nichts zu machen: Care Refresh+ setzt DJI Care Refresh (1-Jahres-Plan) auf dem Produkt voraus.
advice-none-buy-base-term = Hier ist nichts zu machen: Zu Care Refresh (2-Jahres-Plan) gibt es kein Care Refresh+.
advice-none-buy-base-expired = Zu spät: Care Refresh+ konnte bis { $date } gekauft werden, dem letzten Tag von Care Refresh.
advice-none-buy-no-replacement-left = Hier ist nichts zu machen: Care Refresh+ setzt einen verbleibenden Austausch unter Care Refresh voraus.
advice-none-buy-once = Hier ist nichts zu machen: Ein Produkt (und die Geräte, die es ersetzen) kann Care Refresh+ nur einmal erhalten.
advice-none-buy-region = Für ein in { $region } gekauftes Produkt wird Care Refresh+ nicht angeboten.
advice-none-channel = Ohne Kaufnachweis von DJI oder einem autorisierten Händler kann der Plan dieses Produkt nicht abdecken; bieten Sie eine kostenpflichtige Reparatur an.
advice-none-rep-expired = Kein Plan deckt diesen Tag ab; bieten Sie eine kostenpflichtige Reparatur an.
advice-none-rep-none-left = Auf { $plan } ist kein Austausch mehr übrig; bieten Sie eine kostenpflichtige Reparatur an.
advice-none-withdrawn = Der Widerruf von { $plan } wurde bestätigt, der Service ist beendet; bieten Sie eine kostenpflichtige Reparatur an.
advice-none-region-mismatch = Plan und Produkt wurden in verschiedenen Regionen gekauft; der Plan kann dieses Produkt nicht abdecken.
advice-none-mfg-defect = Ein vor dem Inkrafttreten von Care Refresh+ festgestellter Herstellungsfehler ist nicht abgedeckt; bieten Sie eine kostenpflichtige Reparatur an.
advice-none-excluded = Ausgeschlossen ({ $exclusions }): Der Plan deckt das nicht ab; bieten Sie eine kostenpflichtige Reparatur an.
advice-none-ship-late = Die Teile wurden nicht innerhalb von { $days } Tagen nach dem Einreichen versandt, dieser Antrag ist verfallen; ein neuer Antrag muss rechtzeitig versandt werden.
advice-none-outside-coverage = Care Refresh+ wird in { $region } nicht angeboten; das Produkt muss in einer Care-Refresh+-Region gewartet werden.
advice-none-ew-no-plus = Die erweiterte Garantie setzt Care Refresh+ auf dem Produkt voraus; bieten Sie eine kostenpflichtige Reparatur an.
advice-none-ew-expired = Die erweiterte Garantie endete am { $date }; bieten Sie eine kostenpflichtige Reparatur an.
advice-none-ew-not-offered = In der EU, im Vereinigten Königreich, in der Schweiz oder in Norwegen gekauftes Care Refresh+ hat keine erweiterte Garantie; stattdessen ist vielleicht ein Austauschantrag möglich.
advice-none-ew-cause = Die erweiterte Garantie deckt nur Störungen bei normalem Gebrauch ab; stellen Sie bei einem Schaden stattdessen einen Austauschantrag.
advice-none-ret-service-used = Hier ist nichts zu machen: Ein Service von Care Refresh+ wurde bereits genutzt.

## How long a decision holds (SPEC §5 windows).
advice-after-steps-approved = Mit diesen Schritten wird der Antrag genehmigt.
advice-after-steps-refused = Auch mit diesen Schritten bleibt der Antrag abgelehnt.
advice-approvable-from = Genehmigungsfähig ab { $date }.
advice-never-approvable = So wie er ist, an keinem Tag der nächsten drei Jahre genehmigungsfähig.
advice-buy-until = Care Refresh+ kann bis { $date } gekauft werden.
advice-ship-by = Der Kunde muss die Teile bis { $date } versenden.
advice-approved-through = Genehmigungsfähig bis einschließlich { $date }.
report-advice-step = Was zu tun ist: { $text }
advice-no-end = So wie er ist, an jedem Tag der nächsten drei Jahre genehmigungsfähig.
fee-missing = Keine Austauschgebühr für { $model } in { $region }, Austausch Nr. { $number }: Die Gebührentabelle enthält sie nicht. Die Teamleitung legt sie fest (Einstellungen, oder caredesk fee set "{ $model }" { $number } AMOUNT --region { $region }), bevor dieser genehmigte Antrag eingereicht werden kann.
unit-reclaimed = Gerät { $serial } wurde von DJI zurückgenommen: Es wurde durch { $replaced_by } ersetzt. Nehmen Sie den Antrag zu { $replaced_by } auf.
unit-reclaimed-chain = Gerät { $serial } wurde von DJI zurückgenommen: Es wurde durch { $replaced_by } ersetzt, und das Gerät im Einsatz ist jetzt { $in_service }. Nehmen Sie den Antrag zu { $in_service } auf.
unit-reclaimed-unknown = Gerät { $serial } wurde von DJI zurückgenommen; es nimmt keinen Antrag an.
bound-in-future = { $field }: { $day } liegt in der Zukunft (heute ist { $today }).
bound-before-cr = { $field }: { $day } liegt vor dem Beginn von Care Refresh für das Produkt ({ $starts }).
bound-before-submitted = { $field }: { $day } liegt vor der Einreichung des Antrags ({ $submitted }).
bound-received-before-shipped = parcel.received_on: { $received } liegt vor dem Versand des Pakets ({ $shipped }).
bound-longer-than-term = cr_ends: Ein { $term } läuft höchstens bis { $latest } (Beginn { $starts }), nicht bis { $ends }.
bound-too-many-replacements = cr_replacements_total: Ein { $term } hat höchstens { $max } Austausche, nicht { $total }.
lapse-not-overdue = { $id } ist nicht überfällig: Der Kunde kann das Paket bis { $ship_by } versenden (heute ist { $today }), oder es wurde rechtzeitig versandt. Nur ein überfälliger Antrag kann verfallen.
lapse-no-deadline = { $id } hat keine Versandfrist (oder wartet nicht auf das Paket des Kunden) und kann daher nicht verfallen.
receive-needs-shipped = Für den Eingang von { $id } wird der Versandtag des Pakets aus der Sendungsverfolgung benötigt (--shipped DATE): Danach wird die Versandfrist beurteilt.
replacement-serial-known = Die Seriennummer { $serial } ist CareDesk bereits bekannt; ein Ersatz ist ein neues Gerät mit eigener Seriennummer. Scannen Sie die Seriennummer des neuen Geräts erneut.
replacement-other-model = Der Ersatz { $serial } wurde als { $model } gescannt, das ersetzte Gerät ist aber ein { $expected }: Ein Ersatz ist dasselbe Modell.
# Claim timeline notes the desk writes (in the language of the counter that wrote them).
event-taken-in = angenommen
event-approved = genehmigt
event-approved-under = genehmigt unter { $plan }
event-refused = abgelehnt: { $rules }
event-reopened = wieder geöffnet: { $note }
event-received-shipped = Paket eingegangen (versandt { $shipped })
event-refused-on-receipt = bei Eingang abgelehnt: { $rules }. Der reservierte Ersatz wird freigegeben; senden Sie das Gerät an den Kunden zurück (ausgehendes Paket erfassen) und schließen Sie dann den Antrag.
event-lapsed = verfallen: nicht bis { $ship_by } versandt ({ $rule }); als abgelehnt abgeschlossen, der reservierte Ersatz wird freigegeben
event-parcel = { $direction ->
    [inbound] Eingehendes Paket
   *[outbound] Ausgehendes Paket
}: { $carrier } { $tracking }
event-parcel-shipped = , versandt { $day }
event-parcel-received = , eingegangen { $day }
parcel-bad-carrier = parcel.carrier: Nennen Sie den Versanddienst (höchstens { $max } Zeichen).
parcel-bad-tracking = parcel.tracking: `{ $tracking }` ist keine Sendungsnummer (Buchstaben, Ziffern und Bindestriche, höchstens { $max }).
parcel-duplicate = parcel.tracking: { $tracking } ist bei { $id } in dieser Richtung bereits erfasst.
checklist-item-data_backed_up = Persönliche Daten gesichert und vom Gerät gelöscht
checklist-item-microsd_removed = microSD-Karte entnommen und zurückgegeben
checklist-item-only_parts_to_replace = Nur die auszutauschenden Teile werden eingesandt
checklist-data-backed-up = Der Kunde hat die persönlichen Daten auf dem Gerät gesichert und gelöscht (Fotos, Videos, Flugdaten, Software von Drittanbietern).
checklist-microsd-removed = Die microSD-Karte ist entnommen und dem Kunden zurückgegeben.
checklist-short-data-backed-up = Daten gesichert und gelöscht
checklist-short-microsd-removed = microSD-Karte entnommen
checklist-short-only-parts-to-replace = nur die auszutauschenden Teile
checklist-only-parts-to-replace = Nur die auszutauschenden Teile werden eingesandt: keine Fernsteuerung, keine Akkus (aus dem Combo oder separat gekauft), kein anderes DJI-Zubehör, kein Fremdzubehör.
customer-erased = gelöscht
customer-name-missing = Ein Kunde braucht einen Namen.
customer-field-too-long = { $field } ist länger als die { $max } gespeicherten Zeichen; bitte kürzen.
customer-field-control = { $field } enthält ein Steuerzeichen; bitte ohne es neu eingeben.
customer-phone-invalid = „{ $phone }“ ist keine Telefonnummer: nur Ziffern, Leerzeichen und + - ( ) . /, mindestens 3 Ziffern.
customer-email-invalid = „{ $email }“ ist keine E-Mail-Adresse wie name@example.com.
customer-lang-invalid = „{ $lang }“ ist kein Sprach-Tag wie zh-Hant, ko oder de.
customer-not-found = Es gibt keinen Kunden { $id }.
customer-is-erased = Kunde { $id } wurde am { $date } vergessen: Seine Daten sind gelöscht, und er kann für nichts Neues verwendet werden.
customer-batch-row = Kunde { $row } des Stapels: { $error }
customer-product-linked = { $serial } gehört bereits zu Kunde { $id }.
search-too-short = Geben Sie für die Suche mindestens { $min } Zeichen ein.
intake-not-ticked = nicht angekreuzt: { $items }
intake-no-description = keine Beschreibung des Schadens
intake-incomplete = Die Aufnahme-Checkliste ist unvollständig: { $missing }. Reichen Sie den Antrag nur ein, wenn Sie und der Kunde das so bestätigen.
photo-already-attached = { $name } ist bereits an { $claim } angehängt (dasselbe Foto).
intake-photo-twice = { $name } und { $other } sind dasselbe Foto: Behalten Sie es einmal und reichen Sie dann den Antrag ein.
photo-not-found = Es gibt kein Foto { $id }.
signature-erased = Der Kunde von { $claim } wurde vergessen; seine Unterschrift kann nicht ersetzt werden.
cli-confirm-incomplete = { $why } Um ihn trotzdem einzureichen, fügen Sie { $flag } hinzu.
# The command line's usage errors (src/cli/usage.rs); flags and values as typed.
cli-usage-error = Fehler:
cli-usage-unknown-arg = unerwartetes Argument '{ $arg }'
cli-usage-unknown-subcommand = unbekannter Unterbefehl '{ $subcommand }'
cli-usage-missing = diese erforderlichen Argumente fehlen: { $args }
cli-usage-no-value = '{ $arg }' braucht einen Wert, es wurde keiner angegeben
cli-usage-invalid-value = ungültiger Wert '{ $value }' für '{ $arg }'
cli-usage-possible-values = mögliche Werte: { $values }
cli-usage-conflict = das Argument '{ $arg }' kann nicht mit '{ $other }' verwendet werden
cli-usage-twice = das Argument '{ $arg }' darf nur einmal angegeben werden
cli-usage-too-many = unerwarteter Wert '{ $value }' für '{ $arg }': es wurden keine weiteren erwartet
cli-usage-needs-subcommand = '{ $command }' braucht einen Unterbefehl
cli-usage-subcommands = Unterbefehle: { $values }
cli-usage-similar-subcommand = Tipp: ein ähnlicher Unterbefehl ist '{ $suggestion }'
cli-usage-similar-arg = Tipp: ein ähnliches Argument ist '{ $suggestion }'
cli-usage-similar-value = Tipp: ein ähnlicher Wert ist '{ $suggestion }'
cli-usage-usage = Aufruf:
cli-usage-more-info = Mehr dazu mit '--help'.

## A refusal's reason, with what in the request made the rule fail.
reason-observed = Festgestellt: { $items }.
reason-not-covered-parts = Für die Serie { $series } nicht abgedeckt: { $items }.
reason-shipped-after = Das Paket ging { $days } Tage nach dem Antrag vom { $submitted } ab (höchstens { $limit }).
reason-not-shipped-after = { $days } Tage nach dem Antrag vom { $submitted } nicht versandt (höchstens { $limit }).

## The window's fonts. $scripts names writing systems ("Chinese and Korean"),
## $package a Debian package to install.
fonts-missing-title = Fehlende Schriften
fonts-missing = Text in { $scripts } kann nicht angezeigt werden: Keine installierte Schrift enthält ihn. Installieren Sie { $package }.
fonts-missing-dismiss = OK

## Errors from the service layer and storage (src/store/message.rs).
error-refused = abgelehnt: { $rules }
error-not-found = nicht gefunden: { $what }
error-illegal-transition = ein Antrag im Status „{ $status }“ kann die Aktion `{ $action }` nicht ausführen
error-not-allowed = nicht erlaubt: { $why }
error-code-already-used = Aktivierungscode { $code } ist bereits an ein Produkt gebunden; ein Code bindet nur einmal
error-schema-too-new = diese Datenbank hat die Schemaversion { $found }, neuer als diese CareDesk-Version kennt ({ $known }); verwenden Sie eine neuere CareDesk-Version
error-corrupt = die Datenbank enthält einen unlesbaren Wert: { $what }
error-busy = die Datenbank ist von einem anderen Programm oder Arbeitsplatz gesperrt; nichts wurde gespeichert, bitte erneut versuchen (Datenbank: { $database })
error-conflict = ein anderer Arbeitsplatz hat im selben Moment dieselben Datensätze geändert; nichts wurde gespeichert, bitte erneut versuchen (Datenbank: { $database })
error-read-only = die Datenbank ist hier schreibgeschützt; nichts wurde gespeichert (Datenbank: { $database })
error-disk-full = der Datenträger ist voll; nichts wurde gespeichert, schaffen Sie Platz und versuchen Sie es erneut (Datenbank: { $database })
error-connection-lost = die Verbindung zum Datenbankserver ist unterbrochen; nichts wurde gespeichert, CareDesk verbindet sich selbst neu, sobald der Server wieder da ist (Datenbank: { $database })
error-cannot-open = die Datenbank kann nicht geöffnet werden: { $why }
error-backend = Datenbank: { $why }
error-unfinished = noch nicht fertig: { $what }

## ---------------------------------------------------------------- the window
## Every text the window shows (src/ui/). Arguments are filled in as given:
## $keys a keyboard shortcut (Ctrl+5), $date a YYYY-MM-DD day.

## The window (src/ui/mod.rs, src/ui/app/, src/ui/command.rs, src/ui/widgets.rs)

app-title = CareDesk
start-no-catalog = Der Katalog kann nicht geladen werden
start-no-database = Die Datenbank { $location } kann nicht geöffnet werden
start-no-window = Das Fenster kann nicht geöffnet werden: { $error }

# Menus and the shortcut help.
menu-file = Datei
menu-view = Ansicht
menu-help = Hilfe
menu-export-claims = Anträge exportieren (Tabellenfilter)
menu-export-expiring = Auslaufende Pläne exportieren
menu-expiring-within = Endet innerhalb von { $days } Tagen
menu-quit = Beenden
help-scan = Seriennummer scannen: Das Produkt öffnet sich sofort.
help-focus-serial = { $keys } oder { $alt }: Cursor ins Seriennummernfeld
help-panels = { $first } … { $last }: Bereich wechseln
help-file-claim = { $keys }: Antrag einreichen (Neuer Antrag)
help-dialogs = Enter: Dialog bestätigen · Esc: abbrechen
help-theme = { $keys }: dunkles / helles Design
shortcut-or = { $first } / { $second }
button-with-shortcut = { $label } ({ $keys })

# Commands with one label wherever they are offered (src/ui/command.rs).
command-focus-serial = Seriennummer scannen / suchen
command-toggle-theme = Dunkles / helles Design
command-clear-recent = Liste leeren
command-search = Suchen
command-open-product = Öffnen
command-load-demo = Demodaten laden…
command-import-products = Produkte aus CSV importieren…
command-cancel-job = Abbrechen
command-dismiss = Schließen

# The scanner row and the status line.
scanner-label = Seriennummer
scanner-hint = Seriennummer scannen oder eingeben, Enter
scanner-reclaimed = zurückgenommen
scanner-unknown = { $serial }: kein solches Produkt — nichts ist geöffnet
scanner-today = Heute { $date }
scanner-staff = { $name } ({ $role })
scanner-staff-hover = Wer arbeitet, ändern (Einstellungen)
scanner-no-staff = gesperrt: mit Ihrer PIN anmelden
status-ready = Bereit.

# Dialogs.
staff-dialog-title = Wer arbeitet?
staff-dialog-body = Jede Aktion wird mit Ihrem Namen protokolliert: Wählen Sie sich aus und geben Sie Ihre PIN ein.
staff-name-role = { $name } — { $role }
dialog-cancel = Abbrechen
dialog-ok = OK
dialog-keys = Enter bestätigt · Esc bricht ab
dialog-cancelled = Abgebrochen; nichts wurde geändert.
pin-title = PIN der Teamleitung
pin-label = PIN:
pin-set-fee = Gebühr für { $model } in { $region }, Austausch { $number }, auf { $amount } setzen.
pin-reopen-claim = Antrag { $id } wieder öffnen.

# Shared widgets and the live decision.
day-today = heute
day-tomorrow = morgen
day-yesterday = gestern
day-in-days = in { $days } Tagen
day-days-ago = vor { $days } Tagen
window-ends = endet { $when }
window-ended = endete { $when }
window-starts = beginnt { $when }
window-started = begann { $when }
decision-approved = GENEHMIGT
decision-refused = ABGELEHNT
decision-plan-in-effect = Geltender Plan: { $plan }
interpretation = Auslegung
date-hint = JJJJ-MM-TT
date-invalid = kein Datum (JJJJ-MM-TT)
region-unknown = unbekannte Region
region-unknown-code = unbekannter Regionscode
serial-and-model = { $serial } — { $model }
preview-checking = Wird geprüft…
preview-updating = wird aktualisiert…
export-format-entry = { $format }…
export-unknown-format = unbekanntes Format { $format } (erwartet: csv, pdf oder json)
export-format-csv = CSV (Tabellenkalkulation)
export-format-pdf = PDF (druckbarer Bericht)
export-format-json = JSON (maschinenlesbar)
export-busy = Ein anderer Vorgang läuft.

# What the window says after an action (the status line).
app-demo-loaded = Neue Demo-Datenbank: Demodaten geladen ({ $products } Produkte, { $claims } Anträge). Demo-Mitarbeiter und ihre PINs: { $supervisors }.
app-demo-pin = { $name } (PIN { $pin })
app-empty-database = Diese Datenbank ist leer: Laden Sie Demodaten oder importieren Sie Produkte in den Einstellungen ({ $keys }).
app-live-off = Live-Aktualisierung ist aus ({ $error }); Änderungen anderer Arbeitsplätze erscheinen, wenn Sie eine Ansicht neu öffnen.
app-choose-staff-first = Wählen Sie zuerst, wer arbeitet (Einstellungen, { $keys }): Jede Aktion wird mit einem Namen protokolliert.
app-choose-staff = Wählen Sie zuerst, wer arbeitet.
app-refused = { $what }: nach den Bedingungen abgelehnt.
app-failed = { $what }: { $error }.
app-serial-unknown = Kein Produkt hat die Seriennummer „{ $serial }“, und nichts stimmt teilweise überein.
app-serial-partial = Kein Produkt hat die Seriennummer „{ $serial }“; { $count } Teiltreffer stehen unter { $panel }.
app-plus-sold = Care Refresh+ verkauft und an { $serial } gebunden.
app-card-bound = Aktivierungskarte { $code } gebunden: { $serial } hat jetzt Care Refresh+.
app-card-registered = Aktivierungskarte { $code } ({ $region }) registriert.
app-withdrawn = Widerruf von { $plan } für { $serial } bestätigt.
app-plus-returned = Care Refresh+ von { $serial } zurückgegeben.
app-claim-filed-approved = Antrag { $id } eingereicht: genehmigt.
app-claim-filed-refused = Antrag { $id } eingereicht: abgelehnt.
app-claim-advanced = { $id }: { $step } — jetzt { $status }
app-claims-reader-stopped = Das Lesen der Anträge wurde gestoppt; starten Sie CareDesk neu.
app-cannot-read-claims = Die Anträge können nicht gelesen werden: { $error }.
app-staff-working = { $name } arbeitet; jede Aktion wird mit diesem Namen protokolliert.
app-staff-added = { $name } als { $role } hinzugefügt.
app-fee-set = Gebühr für { $model } in { $region }, Austausch { $number }, auf { $amount } gesetzt.
app-claim-reopened = { $id } wieder geöffnet.
app-pin-not-allowed = Nicht erlaubt: { $why }.
app-demo-confirm-title = Demodaten laden
app-demo-confirm-body = Diese Datenbank enthält bereits Produkte. Trotzdem { $products } Demoprodukte, Pläne und Anträge hinzufügen?
app-demo-confirm = Demodaten hinzufügen
app-csv-filter = CSV
app-import-title = Produkte importieren
app-export-title = Exportieren
app-connection-lost = Die Verbindung zur Datenbank ist unterbrochen ({ $reason }). CareDesk verbindet sich selbst neu; bis dahin kann nichts gespeichert werden.
app-connection-restored = Wieder mit der Datenbank verbunden.

# What failed, at the start of an error message ("{ $what }: …").
app-what-staff-option = --staff { $name }
app-what-search = Suche fehlgeschlagen
app-what-lookup = { $serial } kann nicht abgefragt werden
app-what-refresh = { $serial } kann nicht aktualisiert werden
app-what-staff-list = Die Mitarbeiterliste kann nicht gelesen werden
app-what-fees = Die Gebührentabelle kann nicht gelesen werden
app-what-plus-not-bound = Care Refresh+ wurde nicht gebunden
app-what-card-not-bound = Karte { $code } wurde nicht gebunden
app-what-card-not-registered = Die Karte wurde nicht registriert
app-what-withdrawal = Der Widerruf wurde nicht erfasst
app-what-plus-not-returned = Care Refresh+ wurde nicht zurückgegeben
app-what-claim-not-filed = Der Antrag wurde nicht eingereicht
app-what-open-claim = Antrag { $id } kann nicht geöffnet werden
app-what-claim-not-changed = { $id } wurde nicht geändert
app-what-count-claims = Die Anträge können nicht gezählt werden
app-what-parcel-not-added = Das Paket wurde bei { $id } nicht erfasst
app-parcel-added = { $id }: Paket { $tracking } ({ $direction }) erfasst.
app-what-read-claims = Die Anträge können nicht gelesen werden
app-what-not-done = Nicht erledigt

# Background jobs.
job-another-running = Ein anderer Vorgang läuft; warten Sie darauf oder brechen Sie ihn ab.
job-exporting = Export nach { $target }…
job-exported = { $items } Einträge als { $format } nach { $target } exportiert ({ $kb } KB).
job-export-failed = Export fehlgeschlagen ({ $error }); keine Datei wurde geschrieben
job-loading-demo = { $products } Demoprodukte werden geladen…
job-demo-cancelled = Demodaten abgebrochen; nichts wurde hinzugefügt.
job-demo-loaded = Demodaten geladen: { $products } Produkte, { $claims } Anträge, { $cards } Aktivierungskarten.
job-importing = { $file } wird importiert…
job-imported = { $count } Produkte aus { $file } importiert.
job-stopped = Der Vorgang wurde abgebrochen: { $error }.
job-no-result = Der Vorgang endete ohne Ergebnis.

## Serial lookup (src/ui/lookup.rs)

panel-lookup = Gerätesuche
lookup-intro = Scannen Sie eine Seriennummer in das Feld oben ({ $keys } oder { $alt } setzt den Cursor dorthin); Enter öffnet das Produkt.
lookup-search-label = Suche:
lookup-search-hint = Teil einer Seriennummer, ein Modell oder eine Antrags-ID
lookup-results = Ergebnisse
lookup-no-search-yet = Noch keine Suche.
lookup-nothing-matches = Nichts passt zu „{ $query }“.
lookup-matches = { $count } Treffer für „{ $query }“:
lookup-recent = Letzte Abfragen
lookup-recent-none = Noch keine.
lookup-open-product = Produkt öffnen

## Plan status (src/ui/plan_status.rs)

panel-plans = Planstatus
plans-scan-first = Scannen oder tippen Sie oben eine Seriennummer ein ({ $keys }), um ihre Pläne zu sehen.
plans-claims-on-unit = Anträge zu diesem Gerät
plans-claim-line = { $kind } · { $status } · eingereicht { $submitted }
plans-product-returned = Produkt nach der DJI-Rückgaberichtlinie zurückgegeben
plans-return-plus-button = Care Refresh+ zurückgeben…
plans-return-plus-title = Care Refresh+ zurückgeben
plans-return-plus-body = Care Refresh+ von { $serial } zurückgeben? Die RET-Regeln entscheiden; eine Ablehnung wird angezeigt, und nichts wird geändert.
plans-return-plus-confirm = CR+ zurückgeben
plans-model-series = { $model } · Serie { $series }
plans-unit-active = aktiv
plans-unit-reclaimed = zurückgenommen — gehört DJI
plans-bought-in = Gekauft in { $region } · { $channel }
plans-international-yes = Internationaler Service: ja
plans-international-no = Internationaler Service: nein
plans-replaced-by = · ersetzt durch
plans-replaces = · ersetzt
plans-take-claim = Antrag aufnehmen
service-active = aktiv
service-not-started = noch nicht begonnen (nicht vorzeitig nutzbar)
service-expired = beendet: Gültigkeit abgelaufen
service-used-up = beendet: Austausche aufgebraucht
service-withdrawn = beendet: Widerruf bestätigt
service-not-offered = nicht angeboten (europäische Variante)
plans-not-on-product = Nicht auf diesem Produkt.
plans-had-plus = Ein Gerät, das dieses ersetzt hat, hatte bereits Care Refresh+ (BUY-ONCE).
plans-withdraw-button = Widerruf von { $plan } bestätigen…
plans-withdraw-title = Widerruf von { $plan }
plans-withdraw-body = Den Widerruf des Kunden von { $plan } für { $serial } bestätigen? Die Leistungen enden heute; das kann nicht rückgängig gemacht werden.
plans-withdraw-confirm = Widerruf bestätigen
plans-term = Laufzeit:
plans-bought = Gekauft:
plans-region = Region:
plans-region-service-region = { $region } (Serviceregion { $service_region })
plans-starts = Beginnt:
plans-date-relative = { $date }  ({ $relative })
plans-valid-through = Gültig bis:
plans-replacements-label = Austausche:
plans-replacements = { $used } genutzt, { $left } von { $allowed } übrig
plans-replacements-european = { $used } genutzt, { $left } von { $allowed } übrig (europäische Obergrenze)
plans-replacement-service = Austauschservice:
plans-extended-warranty = Erweiterte Garantie:

## Coverage (src/ui/coverage.rs)

panel-coverage = Abdeckung
coverage-for-model = Abdeckung für { $model } (Serie { $series })
coverage-checklist = Checkliste Abdeckung
coverage-series-label = Serie:
coverage-open-product-hint = Öffnen Sie ein Produkt, um zu sehen, was heute gilt.
coverage-no-series = Der Katalog enthält keine Serie.
coverage-replacement = Austauschservice
coverage-warranty = Erweiterte Garantie (Care Refresh+)
coverage-no-warranty-in-europe = In der EU, im Vereinigten Königreich, in der Schweiz oder in Norwegen gekauftes Care Refresh+ hat keine erweiterte Garantie.
coverage-replacement-today = Ein Austausch läuft heute über { $plan }.
coverage-no-replacement-today = Heute bietet kein Plan einen Austauschservice.
coverage-never-send-back = Niemals einsenden
coverage-send-only-parts = Nur die auszutauschenden Teile einsenden. Für alles andere zahlt der Kunde den Versand.
coverage-never-item = ×  { $item }
# The never-send-back list: codes of the catalog (assets/catalog.json).
never-send-back-remote-controller = Fernsteuerung
never-send-back-combo-battery = Der Akku aus dem Combo-Paket
never-send-back-spare-batteries = Separat gekaufte Akkus
never-send-back-other-dji-accessories = Anderes DJI-Zubehör
never-send-back-third-party-accessories = Zubehör von Drittanbietern
never-send-back-microsd-card = Die microSD-Karte (vorher sichern und persönliche Daten löschen)
coverage-before-leaving = Bevor das Produkt die Theke verlässt
coverage-back-up = Fotos, Videos und Flugdaten des Kunden sichern, dann persönliche Daten löschen: Das Gerät kommt womöglich nicht zurück.
coverage-microsd = Die microSD-Karte entnehmen und dem Kunden geben.
coverage-part = Teil
coverage-at-most = Höchstens
coverage-today = Heute
coverage-pairs = { $cap } Paar
coverage-covered = abgedeckt
coverage-not-today = heute nicht

## Sell / bind CR+ (src/ui/sell_plus.rs)

panel-sell = CR+ verkaufen / binden
sell-heading = Care Refresh+ verkaufen / binden
sell-mode-store = Im Geschäft, per Seriennummer
sell-mode-card = Mit einer Aktivierungskarte
sell-scan-first = Scannen oder tippen Sie zuerst oben eine Seriennummer ein ({ $keys }).
sell-product = Produkt: { $serial }
sell-store-region = Gekauft über ein Geschäft in der Region:
sell-purchase-date = Kaufdatum:
sell-eligibility = Berechtigung
sell-button = Care Refresh+ verkaufen und binden
sell-button-disabled = Aktiv, sobald die Berechtigungsprüfung zustimmt und ein Mitarbeiter gewählt ist.
sell-card-code = Aktivierungscode:
sell-card-serial = Seriennummer:
sell-card-bind = Karte binden
sell-card-hint = Ein Code bindet nur einmal. Die BUY-Regeln entscheiden mit der Region der Karte; eine Ablehnung listet sie hier auf.
sell-register-heading = Neue Aktivierungskarte registrieren
sell-register-code = Code:
sell-register-region = Region:
sell-register-button = Registrieren

## Claim intake (src/ui/claim_intake.rs)

panel-intake = Neuer Antrag
intake-scan-first = Scannen oder tippen Sie zuerst oben eine Seriennummer ein ({ $keys }).
intake-heading = Antragsaufnahme — { $serial }
intake-model-region = { $model } · { $region }
intake-open-replacement = { $serial } öffnen
intake-set-fee = Gebühr in { $region }:
intake-set-fee-button = Gebühr festlegen… (PIN)
intake-problem-on = Das Antragsdatum ist kein Datum (JJJJ-MM-TT).
intake-problem-submitted = Das Einreichungsdatum ist kein Datum (JJJJ-MM-TT).
intake-problem-shipped = Das Versanddatum ist kein Datum (JJJJ-MM-TT).
intake-problem-region = `{ $code }` ist kein bekannter Regionscode (zwei Buchstaben, z. B. US oder DE).
intake-problem-no-part = Mindestens ein Teil ankreuzen.
intake-service = Service:
intake-channel = Kanal:
intake-cause = Ursache:
intake-service-region = Serviceregion:
intake-service-region-is = Serviceregion { $region }
intake-service-region-no-plus = { $region }: Care Refresh+ dort nicht angeboten
intake-on = Antragsdatum:
intake-submitted = Eingereicht:
intake-shipped-yet = Teile bereits versandt
intake-shipped-on = am
intake-parts = Teile
intake-parts-not-covered = Für diese Serie nicht abgedeckte Teile
intake-of-max = von max. { $cap }
intake-customer = Kunde
intake-privacy = Hat der DJI-Datenschutzrichtlinie zugestimmt
intake-transregional = Übernimmt die überregionalen Versandkosten, Steuern und Gebühren
intake-mfg-defect = Herstellungsfehler vor Inkrafttreten von Care Refresh+ festgestellt
intake-exclusions-some = Ausschlüsse (einige festgestellt)
intake-exclusions-none = Ausschlüsse (keine festgestellt)
intake-decision = Entscheidung
intake-file-approved = Antrag einreichen (genehmigt)
intake-file-refused = Abgelehnten Antrag erfassen
intake-choose-staff = Wählen Sie vor dem Einreichen, wer arbeitet (Einstellungen).
intake-photos-busy = Die Fotos werden gelesen oder gespeichert: einen Moment.
intake-customer-pays = Kunde zahlt
intake-pays-nothing = Nichts: Reparatur und Arbeitszeit sind unter der erweiterten Garantie kostenlos.
intake-fee-number = Austauschgebühr: { $fee } (Austausch Nr. { $number })
intake-fee = Austauschgebühr: { $fee }
intake-fee-missing-number = Austauschgebühr (Austausch Nr. { $number }): nicht in der Gebührentabelle — Teamleitung fragen
intake-fee-missing = Austauschgebühr: nicht in der Gebührentabelle — Teamleitung fragen
intake-pays-transregional = Überregionale Versandkosten, Steuern und sonstige Gebühren (vom Servicegebiet beziffert).
intake-dji-pays-shipping = DJI zahlt den Hin- und Rückversand innerhalb des Servicegebiets.
intake-replacements-left = Verbleibende Austausche nach diesem: { $left }

## Claims (src/ui/claims.rs)

panel-claims = Anträge
claims-col-id = Antrag
claims-col-serial = Seriennummer
claims-col-model = Modell
claims-col-kind = Art
claims-col-status = Status
claims-col-decided = Beantragt
claims-col-updated = Aktualisiert
claims-col-decision = Entscheidung / Gebühr
claims-col-deadline = Versand bis
claims-kind-replacement = Austausch
claims-kind-warranty = Garantie
claims-approved = genehmigt
claims-approved-fee = genehmigt · { $fee }
claims-refused-rules = abgelehnt · { $rules }
claims-shown = { $count } angezeigt
claims-counting = wird gezählt…
claims-any = alle
claims-status = Status:
claims-kind = Art:
claims-from = Beantragt ab:
claims-to = bis:
claims-date-hover = Einschließlich; leer lassen für keine Grenze.
claims-serial-contains = Seriennummer oder Antrags-ID enthält:
claims-clear-filters = Filter zurücksetzen
claims-export-shown = Angezeigte Anträge exportieren…
claims-export-one = Diesen Antrag exportieren…
claims-none-match = Kein Antrag passt zu diesen Filtern.
claims-close-detail = Details schließen (Esc)
claims-sorted-asc = { $column } (aufst.)
claims-sorted-desc = { $column } (abst.)
claims-sort-hover = Nach dieser Spalte sortieren (erneut zum Umkehren)
claims-kind-channel = { $kind } · { $channel } ·
claims-model = · { $model }
claims-dates = Eingereicht { $submitted } · entschieden am { $decided }
claims-pays = Kunde zahlt: { $fee }
claims-pays-number = Kunde zahlt: { $fee } (Austausch Nr. { $number })
claims-replacement-unit = Ersatzgerät:
claims-part-quantity = { $part } ×{ $quantity }
claims-parts = Teile: { $parts }
claims-cause-region = Ursache: { $cause } · Serviceregion { $region }
claims-timeline = Verlauf
claims-timeline-zone = Verlauf (Zeiten in { $zone })
claims-step-from = { $to } (von { $from })
claims-next-step = Nächster Schritt
claims-choose-staff = Wählen Sie, wer arbeitet (Einstellungen), um den Antrag weiterzuführen.
claims-nothing-left = Für diesen Antrag ist nichts mehr zu tun.
claims-note = Notiz:
claims-note-hint = optional
claims-close-button = Antrag abschließen…
claims-close-title = Antrag abschließen
claims-close-body = { $id } abschließen? Ein abgeschlossener Antrag kann nur von der Teamleitung wieder geöffnet werden.
claims-close-confirm = Antrag abschließen
claims-reopen-button = Wieder öffnen… (Teamleitung)
claims-reopen-disabled = Schreiben Sie in einer Notiz, warum, und öffnen Sie dann wieder.
claims-new-serial = Seriennummer des neuen Geräts:
claims-ship-button = Ersatz versenden…
claims-ship-disabled = Scannen Sie die Seriennummer des Ersatzgeräts und lassen Sie CareDesk sie zuerst prüfen.
claims-ship-title = Austausch abschließen
claims-ship-body = { $new } als Ersatz für { $serial } versenden?

    Das zählt den Austausch auf dem geltenden Plan, bindet die neue Seriennummer an dieselben Pläne und Gültigkeiten und markiert { $serial } als von DJI zurückgenommen. Das kann nicht rückgängig gemacht werden.
claims-ship-confirm = Ersatz versenden
claims-queue = Arbeitsliste:
claims-queue-all = Alle Anträge
claims-queue-count = { $queue } ({ $count })
claims-ship-by = Versand bis { $day }
claims-shipped-on = Paket versandt { $day }
claims-days-left = { $days ->
    [0] spätestens heute versenden
    [one] noch 1 Tag
   *[other] noch { $days } Tage
}
claims-days-late = { $days ->
    [one] überfällig: 1 Tag zu spät
   *[other] überfällig: { $days } Tage zu spät
}
claims-days-late-short = { $days ->
    [one] 1 Tag zu spät
   *[other] { $days } Tage zu spät
}
claims-deadline-shipped = versandt { $day }
claims-deadline-shipped-short = versandt
claims-lapse-hover = Als abgelehnt mit { $rule } abschließen: Das Paket des Kunden ging nicht rechtzeitig ab. Der reservierte Ersatz wird freigegeben.
claims-lapse-title = Antrag verfallen lassen
claims-lapse-body = { $id } sollte bis { $ship_by } versandt werden, und nichts ging rechtzeitig ab.

    Er wird als abgelehnt mit { $rule } abgeschlossen, und der reservierte Ersatz wird freigegeben. Die Teamleitung kann ihn wieder öffnen.
claims-lapse-confirm = Antrag verfallen lassen
claims-receive-title = Das Paket des Kunden ist angekommen
claims-receive-shipped = Versandt am (laut Sendungsverfolgung):
claims-receive-hint = Der Antrag wird mit diesem Tag neu entschieden: nach { $ship_by } versandt, wird er bei Eingang abgelehnt ({ $rule }).
claims-receive-disabled = Geben Sie den Versandtag des Pakets ein (JJJJ-MM-TT).
claims-receive-late-title = Nach der Frist versandt
claims-receive-late-body = Das Paket von { $id } wurde am { $day } versandt, nach { $ship_by }.

    Der Eingang entscheidet den Antrag neu: Er wird bei Eingang mit { $rule } abgelehnt, sein Ersatz freigegeben, und das Gerät geht an den Kunden zurück.
claims-receive-late-confirm = Eingang erfassen und neu entscheiden
claims-parcels = Pakete
claims-no-parcels = Noch kein Paket erfasst.
claims-parcel-add-heading = Paket erfassen
claims-parcel-carrier = Versanddienst:
claims-parcel-tracking = Sendungsnummer:
claims-parcel-shipped = Versandt am:
claims-parcel-received = Eingegangen am:
claims-parcel-add = Paket hinzufügen
claims-parcel-add-disabled = Nennen Sie Versanddienst und Sendungsnummer; Tage als JJJJ-MM-TT oder leer.
claims-parcel-days-both = versandt { $shipped }, eingegangen { $received }
claims-parcel-days-shipped = versandt { $shipped }
claims-parcel-days-received = eingegangen { $received }
claims-parcel-days-none = noch nicht versandt
claims-ship-heading = Ersatz versenden
claims-ship-check = Prüfen
claims-ship-scan-hint = Seriennummer des neuen Geräts scannen (Enter prüft sie).
claims-ship-checked = { $new } geht als { $model } hinaus und ersetzt { $serial }.

## Settings (src/ui/settings.rs)

panel-settings = Einstellungen
settings-who-is-working = Wer arbeitet
settings-no-staff = Noch keine Mitarbeiter: Legen Sie unten die erste Person an (Teamleitung, mit PIN).
settings-add-staff = Mitarbeiter hinzufügen
settings-name = Name:
settings-role = Rolle:
settings-pin = Eigene PIN:
settings-add = Hinzufügen
settings-add-disabled = Ein Name und eine eigene PIN mit mindestens { $digits } Ziffern; danach wird die PIN der Teamleitung abgefragt.
settings-database = Datenbank
settings-other-database = Für eine andere Datei starten Sie mit
settings-other-database-command = caredesk --db PATH
settings-demo-products = Demoprodukte:
settings-appearance = Darstellung
settings-use-light = Helles Design verwenden
settings-use-dark = Dunkles Design verwenden
settings-language = Sprache
settings-language-label = Sprache:
settings-language-system = Systemsprache ({ $language })
settings-language-set = CareDesk ist jetzt auf { $language }.
settings-language-this-run = Dieser Start ist auf { $language } (--lang oder CAREDESK_LANG); eine Wahl hier gilt auch für die nächsten Starts.
settings-fee-schedule = Gebührentabelle
settings-fees-supervisor-only = Nur die Teamleitung kann Gebühren ändern.
settings-fee-filter = Modell enthält:
settings-fee-model = Modell
settings-fee-replacement = Austausch
settings-fee-amount = Gebühr
settings-fee-number = { $region } Nr. { $number }
settings-fee-edit = Bearbeiten
settings-fee-new-amount = Neuer Betrag
settings-fee-not-an-amount = kein Betrag
settings-fee-save = Speichern…
settings-fee-cancel = Abbrechen
sign-in-pin = Ihre PIN:
sign-in-button = Anmelden
command-lock = Sperren
scanner-lock-hover = Sperren Sie das Fenster, wenn Sie weggehen ({ $keys }); Ihre PIN entsperrt es wieder.
app-locked = Gesperrt: Melden Sie sich mit Ihrer PIN an, um fortzufahren. Eingegebenes bleibt erhalten.
app-locked-idle = Nach { $minutes } Minuten ohne Nutzung gesperrt: Melden Sie sich mit Ihrer PIN an, um fortzufahren. Eingegebenes bleibt erhalten.
app-set-up-real = { $name } ist die erste Teamleitung dieser Datenbank und ist angemeldet.
app-idle-lock-set = Das Fenster sperrt sich jetzt nach { $minutes } Minuten ohne Nutzung (0: nie), an jedem Arbeitsplatz.
pin-add-staff = { $name } als { $role } hinzufügen.
pin-set-idle-lock = Jeden Arbeitsplatz nach { $minutes } Minuten ohne Nutzung sperren (0: nie).
pin-supervisor-needed = Dafür braucht es die Teamleitung: Sie wählt ihren Namen und gibt ihre eigene PIN ein.
pin-no-supervisor = Diese Datenbank hat keine Teamleitung.
pin-choose-supervisor = Wählen Sie zuerst die Teamleitung.
setup-title = Eine neue Datenbank
setup-body = Noch niemand nutzt diese Datenbank. Legen Sie ihre erste Teamleitung an (eigene PIN, mindestens 6 Ziffern) oder füllen Sie sie mit Demodaten, um CareDesk auszuprobieren.
setup-pin = PIN:
setup-pin-again = PIN wiederholen:
setup-button = Erste Teamleitung anlegen
setup-demo = Mit Demodaten füllen
setup-pins-differ = Die beiden PINs unterscheiden sich; geben Sie die PIN erneut ein.
banner-demo = DEMODATEN — erfundene Produkte, Kunden und Anträge; nicht für echten Service
banner-read-only = Die Datenbank hat ihre Integritätsprüfung nicht bestanden und ist schreibgeschützt geöffnet ({ $why }): Nichts kann gespeichert werden. Stellen Sie eine Sicherung wieder her (caredesk restore FILE).
settings-switch-hint = Klicken Sie auf einen Namen, um die Person zu wechseln: Ihre PIN wird abgefragt.
settings-idle-lock = Automatische Sperre
settings-idle-lock-minutes = Sperren nach (Minuten):
settings-idle-lock-set = Festlegen (Teamleitung)
settings-idle-lock-hint = Das Fenster sperrt sich nach so vielen Minuten ohne Nutzung, an jedem Arbeitsplatz; 0 sperrt nie.
settings-demo-database = Eine Demo-Datenbank: Ihre Mitarbeiter haben die PINs aus der README.
settings-last-backup = Letzte Sicherung: { $at }
settings-no-backup = Noch keine Sicherung dieser Datenbank.
app-backup-failed = Die automatische Sicherung von heute ist fehlgeschlagen: { $error }. Erstellen Sie eine von Hand (caredesk backup --out FILE).
save-title = { $format }-Export speichern
save-no-native = Hier gibt es keinen Dateidialog des Systems: Wählen Sie Ordner und Dateinamen.
save-folder = Ordner:
save-name = Dateiname:
save-replace = Eine Datei mit diesem Namen ersetzen
save-button = Speichern
save-cancelled = Abgebrochen: Nichts wurde geschrieben oder importiert.
save-native-gave-nothing = Im Systemdialog wurde keine Datei gewählt (oder er konnte nicht angezeigt werden). Wählen Sie hier Ordner und Dateinamen, oder Abbrechen.
save-no-folder = Es gibt keinen Ordner { $folder }.
save-bad-name = Geben Sie einen Dateinamen ein (ohne Ordnertrenner).
save-exists = { $name } gibt es dort schon: Kreuzen Sie „Ersetzen“ an, um es zu ersetzen, oder wählen Sie einen anderen Namen.
open-title = Produkte aus einer CSV-Datei importieren
open-button = Importieren
open-no-file = In diesem Ordner gibt es keine Datei { $name }.
open-native-gave-nothing = Im Systemdialog wurde keine Datei gewählt (oder er konnte nicht angezeigt werden). Wählen Sie hier Ordner und Dateinamen, oder Abbrechen.
pin-set-role = { $name } zu { $role } machen.
pin-reset-pin = { $name } eine neue PIN geben (das hebt auch eine Sperre auf).
app-role-set = { $name } ist jetzt { $role }.
app-pin-reset = { $name } hat eine neue PIN; eine Sperre ist aufgehoben.
settings-manage-staff = Rollen und PINs
settings-person = Person:
settings-choose-person = Person wählen
settings-person-locked = Nach falschen PINs gesperrt bis { $until }; eine neue PIN hebt die Sperre auf.
settings-set-role = Rolle ändern (Teamleitung)
settings-new-pin = Neue PIN:
settings-reset-pin = Neue PIN festlegen (Teamleitung)
receipt-pdf-title = Annahmebeleg { $claim }
receipt-title = CareDesk — Annahmebeleg
receipt-subtitle = Gedruckt { $printed } · Bewahren Sie diesen Beleg auf: Er nennt Ihren Antrag
receipt-footer = Annahmebeleg { $claim }
receipt-claim-line = { $kind } · { $channel } · Serviceregion { $region }
receipt-dates-line = Eingereicht { $submitted } · Status: { $status }
receipt-customer = Kunde
receipt-no-customer = Zu diesem Antrag wurde kein Kunde erfasst.
receipt-name = Name
receipt-phone = Telefon
receipt-email = E-Mail
receipt-address = Adresse
receipt-product = Erhaltenes Produkt und Teile
receipt-model = Modell
receipt-serial = Seriennummer
receipt-parts = Erhaltene Teile
receipt-intake = Aufnahme-Checkliste und Schaden
receipt-no-intake = Zu diesem Antrag wurde keine Aufnahme-Checkliste erfasst.
receipt-incomplete-confirmed = Mit unvollständiger Checkliste oder Beschreibung angenommen, wie an der Theke bestätigt.
receipt-description = Schaden laut Beschreibung
receipt-no-description = Es wurde keine Beschreibung angegeben.
receipt-privacy-recorded = Datenschutzrichtlinie akzeptiert; erfasst von { $who } am { $at }.
receipt-privacy-accepted = Datenschutzrichtlinie akzeptiert.
receipt-privacy-not-accepted = Die Datenschutzrichtlinie wurde nicht akzeptiert.
receipt-decision = Entscheidung
receipt-approved = GENEHMIGT
receipt-refused = ABGELEHNT
receipt-under-plan = unter { $plan }
receipt-no-plan = kein geltender Plan
receipt-decided-on = entschieden für { $day }
receipt-advice = Was ihn genehmigungsfähig machen würde:
receipt-pays = Was Sie zahlen und bis wann Sie versenden
receipt-pays-nothing-refused = Nichts: Der Antrag wurde abgelehnt.
receipt-pays-nothing = Nichts.
receipt-fee = Austauschgebühr: { $amount } ({ $currency }).
receipt-fee-missing = Austauschgebühr: laut Gebührentabelle (noch kein Betrag erfasst).
receipt-transregional = Überregionale Versandkosten, Steuern und sonstige Gebühren laut Angebot (akzeptiert).
receipt-ship-by = Versenden Sie die Teile spätestens am { $date }.
receipt-never-send-back = Niemals einsenden
receipt-signature = Unterschrift des Kunden
receipt-signed-at = Unterschrieben { $at }
receipt-not-signed = Nicht unterschrieben.
label-pdf-title = Paketetikett { $claim }
label-serial = Seriennummer
label-parts = Enthaltene Teile
label-customer = Kunde
label-submitted = Eingereicht { $date }
label-ship-by = Versand bis { $date }
claim-pdf-customer = Kunde
claim-pdf-customer-id = Kunden-ID
claim-pdf-photos = Fotos des Schadens
claim-pdf-photo-unreadable = (Vorschaubild nicht lesbar)
claim-pdf-photo-caption = { $name } · { $width }×{ $height } · sha256 { $sha256 }
claim-pdf-signature = Unterschrift des Kunden
claim-pdf-signature-erased = gelöscht (unterschrieben { $at })
claim-pdf-signed = unterschrieben { $at } · erfasst von { $who }
pdf-footer = CareDesk — { $what }
pdf-footer-page = Seite { $n } von { $total }
pdf-continued = { $title } — { $what } (Fortsetzung)
pdf-yes = ja
pdf-no = nein
claim-pdf-doc-title = CareDesk-Antragsbericht
claim-pdf-doc-title-one = CareDesk-Antragsbericht { $claim }
claim-pdf-title = CareDesk — Antragsbericht
claim-pdf-footer = Antragsbericht { $claim }
claim-pdf-generated = Erstellt { $at } · Planstand vom { $day }
claim-pdf-status-line = Antrag: { $kind } · Status: { $status } · eingereicht { $submitted } · entschieden { $decided }
claim-pdf-product = Produkt
claim-pdf-serial = Seriennummer
claim-pdf-model = Modell
claim-pdf-series = Serie
claim-pdf-bought-via = Gekauft über
claim-pdf-bought-in = Gekauft in
claim-pdf-unit-status = Gerätestatus
claim-pdf-international = Internationaler Service
claim-pdf-replaces = Ersetzt Gerät
claim-pdf-replaced-by = Ersetzt durch
claim-pdf-plans = Pläne
claim-pdf-no-plans = Für dieses Produkt gibt es keinen Care-Refresh-Plan.
claim-pdf-plan-term = { $plan } ({ $term })
claim-pdf-plan-withdrawn = { $plan }, widerrufen
claim-pdf-replacements-used = { $used } von { $allowed } genutzt, { $left } übrig
claim-pdf-col-plan = Plan
claim-pdf-col-region = Region
claim-pdf-col-starts = Beginn
claim-pdf-col-valid-through = Gültig bis
claim-pdf-col-replacements = Austausche
claim-pdf-col-replacement = Austausch
claim-pdf-col-ext-warranty = Verl. Garantie
claim-pdf-claim-and-parts = Antrag und angefragte Teile
claim-pdf-no-parts = Keine Teile angegeben.
claim-pdf-col-part = Teil
claim-pdf-col-code = Code
claim-pdf-col-quantity = Menge
claim-pdf-exclusions-none = keine
claim-pdf-transregional-accepted = akzeptiert
claim-pdf-transregional-not-accepted = nicht akzeptiert
claim-pdf-channel = Servicekanal
claim-pdf-service-region = Serviceregion
claim-pdf-cause = Ursache
claim-pdf-shipped-on = Teile versandt am
claim-pdf-privacy = Datenschutz akzeptiert
claim-pdf-transregional = Überregionale Gebühren
claim-pdf-exclusions = Festgestellte Ausschlüsse
claim-pdf-decision = Entscheidung
claim-pdf-approved = GENEHMIGT
claim-pdf-refused = ABGELEHNT
claim-pdf-under-plan = unter { $plan }
claim-pdf-no-plan-in-effect = kein geltender Plan
claim-pdf-approved-line = { $plan } · keine Regel lehnte diesen Antrag ab
claim-pdf-approved-left = { $plan } · verbleibende Austausche nach diesem Antrag: { $left } · keine Regel lehnte diesen Antrag ab
claim-pdf-refused-line = { $plan } · { $rules ->
    [one] 1 Regel lehnte diesen Antrag ab
   *[other] { $rules } Regeln lehnten diesen Antrag ab
}
claim-pdf-interpretations = Angewandte Auslegungen der Bedingungen
claim-pdf-pays = Kunde zahlt
claim-pdf-pays-refused = Nichts: Der Antrag wurde abgelehnt.
claim-pdf-fee = Austauschgebühr: { $amount }
claim-pdf-fee-missing = Austauschgebühr: laut Gebührentabelle (kein Betrag erfasst)
claim-pdf-transregional-fees = Überregionale Versandkosten, Steuern und sonstige Gebühren laut Angebot (vom Kunden akzeptiert)
claim-pdf-pays-nothing-warranty = Nichts: Reparatur und Arbeitszeit sind unter der verlängerten Garantie kostenlos.
claim-pdf-pays-nothing = Nichts.
claim-pdf-dji-pays-shipping = DJI zahlt den Hin- und Rückversand innerhalb des Servicegebiets.
claim-pdf-never-send-back = Niemals einsenden
claim-pdf-never-send-back-intro = Nur die zu ersetzenden Teile einsenden; den Versand von allem anderen zahlt der Kunde:
claim-pdf-timeline = Verlauf
claim-pdf-no-events = Keine Ereignisse erfasst.
claim-pdf-col-when = Wann ({ $zone })
claim-pdf-col-when-plain = Wann
claim-pdf-col-who = Wer
claim-pdf-col-from = Von
claim-pdf-col-to = Nach
claim-pdf-col-note = Notiz
claim-pdf-summary-footer = Zusammenfassung des Antragsberichts
claim-pdf-count = { $claims ->
    [one] 1 Antrag
   *[other] { $claims } Anträge
}
claim-pdf-claims = Anträge
claim-pdf-filter = Filter
claim-pdf-at-a-glance = Auf einen Blick
claim-pdf-col-decision = Entscheidung
claim-pdf-col-kind = Art
claim-pdf-col-status = Status
claim-pdf-cited-rules = Regeln, die Anträge ablehnten
claim-pdf-col-rule = Regel
claim-pdf-col-reason = Grund
claim-pdf-kind-replacement = Austausch
claim-pdf-kind-warranty = Garantie
claim-pdf-claims-heading = Anträge in diesem Bericht
claim-pdf-no-claims = Kein Antrag entspricht dem Filter.
claim-pdf-col-claim = Antrag
claim-pdf-col-submitted = Eingereicht
claim-pdf-col-serial = Seriennr.
claim-pdf-col-rules = Regeln
report-filter-all = alle Anträge
report-filter-claim = Antrag { $claim }
report-filter-status = Status { $status }
report-filter-kind = Art { $kind }
report-filter-decided-between = entschieden { $from } bis { $to }
report-filter-decided-from = entschieden ab { $from }
report-filter-decided-to = entschieden bis { $to }
report-filter-serial = Seriennummer oder Nummer enthält „{ $text }“
expiring-pdf-doc-title = CareDesk auslaufender Schutz
expiring-pdf-title = CareDesk — Auslaufender Schutz
expiring-pdf-generated = Erstellt { $at } · Leistungen, die ab { $from } bis zu { $days } Tage später enden
expiring-pdf-footer = Auslaufender Schutz, nächste { $days } Tage
expiring-pdf-next = nächste { $days } Tage
expiring-pdf-none = In diesem Zeitraum endet kein Austauschservice und keine verlängerte Garantie.
expiring-pdf-col-service = Leistung
expiring-pdf-col-ends = Endet
expiring-pdf-col-days-left = Tage übrig
panel-customers = Kunden
customers-intro = Finden Sie einen Kunden über einen Teil von Name, Telefon oder E-Mail, oder legen Sie einen an. Änderungen werden protokolliert; Vergessen löscht die persönlichen Daten überall.
customers-none-open = Kein Kunde geöffnet: links suchen.
customers-heading = Kunde #{ $id }: { $name }
customers-erased-note = Vergessen am { $date }: Name, Telefon, E-Mail, Adresse und Notizen sind überall gelöscht; die Anträge bleiben.
customers-save = Änderungen speichern
customers-undo = Änderungen verwerfen
customers-papers-language = Unterlagen werden gedruckt in: { $lang }
customers-products = Produkte
customers-no-products = Keine Produkte.
customers-claims = Anträge
customers-no-claims = Keine Anträge.
customers-claim-line = { $serial } · { $status }
customers-privacy = Seine Daten
customers-export = Daten dieses Kunden exportieren…
customers-forget = Diesen Kunden vergessen…
customers-forget-title = Diesen Kunden vergessen?
customers-forget-body = { $name } (#{ $id }): Name, Telefon, E-Mail, Adresse, Notizen und Unterschriften werden überall gelöscht und können nicht wiederhergestellt werden. Anträge, Entscheidungen und Ereignisse bleiben und zeigen „gelöscht“. Als Nächstes wird die PIN der Teamleitung abgefragt.
customers-forget-confirm = Vergessen, mit PIN der Teamleitung
pin-forget-customer = Kunde #{ $id } ({ $name }) vergessen: seine persönlichen Daten überall löschen.
customer-find = Kunden suchen
customer-new = Neuer Kunde
customer-find-label = Name, Telefon oder E-Mail
customer-find-hint = mindestens 3 Zeichen
customer-none-found = Kein Kunde passt.
customer-add = Kunden hinzufügen
customer-change = Ändern
customer-field-name = Name
customer-field-phone = Telefon
customer-field-email = E-Mail
customer-field-address = Adresse
customer-field-lang = Sprache (z. B. zh-Hant, ko, de)
customer-field-notes = Notizen
intake-customer-who = Für wen der Antrag ist
intake-checklist = Aufnahme-Checkliste
intake-description = Schaden, wie der Kunde ihn beschreibt
intake-description-hint = Was passiert ist, was kaputt ist
intake-photos = Fotos des Schadens
intake-photo-remove = Entfernen
intake-signature = Unterschrift des Kunden
intake-confirm-title = Mit unvollständiger Aufnahme einreichen?
intake-confirm-file = Trotzdem einreichen
photos-add = Fotos hinzufügen…
photos-drop-hint = oder JPEG/PNG-Dateien auf das Fenster ziehen (je höchstens 20 MB)
signature-pad = Unterschriftenfeld
signature-hint = Hier mit Maus, Stift oder Finger unterschreiben
signature-clear = Unterschrift löschen
sell-customer = Kunde
lookup-customers = Kunden
lookup-no-customers = Kein Kunde passt.
lookup-customer-claims = Anträge passender Kunden
lookup-claim-of = { $serial } · { $customer }
claims-customer = Kunde und Aufnahme
claims-customer-line = #{ $id } { $name }
claims-no-customer = Zu diesem Antrag ist kein Kunde erfasst.
claims-incomplete-confirmed = Mit unvollständiger Aufnahme angenommen (bestätigt).
claims-description = Schaden: { $text }
claims-privacy-recorded = Datenschutz-Zustimmung erfasst von { $who } am { $at }
claims-photos = Fotos
claims-no-photos = Noch keine Fotos.
claims-photo-hover = { $name } · { $width }×{ $height } · sha256 { $sha256 }
claims-signature = Unterschrift
claims-not-signed = Nicht unterschrieben.
claims-signed = Unterschrieben { $at }, erfasst von { $who }
claims-sign = Jetzt unterschreiben…
claims-keep-signature = Unterschrift speichern
claims-papers = Unterlagen für den Kunden
claims-print-receipt = Beleg drucken…
claims-print-label = Paketetikett drucken…
app-customer-added = Kunde #{ $id } hinzugefügt: { $name }.
app-customer-saved = Kunde #{ $id } gespeichert: { $name }.
app-customer-exported = Alles über Kunde #{ $id } wurde nach { $file } geschrieben.
app-customer-export-title = Kundendaten exportieren
app-customer-forgotten = Kunde #{ $id } wurde vergessen: Seine persönlichen Daten sind gelöscht.
app-what-find-customers = Kundensuche
app-what-customer-not-added = Der Kunde wurde nicht hinzugefügt
app-what-customer-not-saved = Kunde #{ $id } wurde nicht gespeichert
app-what-open-customer = Kunde #{ $id } öffnen
app-what-customer-export = Kunde #{ $id } exportieren
app-what-signature = Die Unterschrift zu { $id } wurde nicht gespeichert
app-what-print = Drucken für { $id }
app-photos-title = Fotos des Schadens
app-photos-filter = Fotos
app-photos-reading = { $count } Foto(s) werden gelesen…
app-photos-drop-where = Ziehen Sie Fotos auf die Antragsaufnahme (mit geöffnetem Produkt) oder auf einen geöffneten Antrag.
app-filing-with-photos = Antrag mit { $count } Fotos wird abgelegt …
app-no-thread = Für die Fotos konnte kein Thread gestartet werden ({ $error }); nichts wurde getan, bitte erneut versuchen.
app-photo-ready = { $name } ist bereit; es wird beim Einreichen des Antrags gespeichert.
app-photo-attached = { $name } ist bei { $id } gespeichert.
app-photo-unreadable = { $name } kann nicht gelesen werden ({ $error }).
app-photo-not-kept = { $name } wurde nicht gespeichert: { $error }
app-signed = Die Unterschrift ist bei { $id } gespeichert.
app-print-title = PDF zum Drucken speichern
app-paper-receipt = Der Beleg
app-paper-label = Das Paketetikett
app-printed = { $what } zu { $id } wurde nach { $file } geschrieben.
app-customer-export-file = customer-{ $id }.json
app-receipt-file = { $id }-receipt.pdf
app-label-file = { $id }-label.pdf
app-json-filter = JSON
app-pdf-filter = PDF
app-photo-no-thumbnail = es konnte kein Vorschaubild erstellt werden
advice-open-clause = Die Klausel der Bedingungen öffnen, auf der diese Regel beruht
advice-button-accept-privacy = Datenschutz-Zustimmung erfassen
advice-button-remove-parts = { $parts } entfernen
advice-button-reduce-parts = Auf die Obergrenze senken
advice-button-accept-transregional = Gebühren-Zustimmung erfassen
advice-button-service-in = Service in { $region }
advice-button-buy-in = Über { $region } verkaufen
advice-button-apply-all = Alle { $count } Schritte anwenden
advice-not-kept = Zu diesem Antrag wurde kein Rat gespeichert (entschieden, bevor CareDesk ihn speicherte).
clause-title = Bedingungen hinter { $rule }
clause-lines = Bedingungen, Zeilen { $first }–{ $last }
clause-line = Bedingungen, Zeile { $line }
clause-none = Dieser Regel ist keine Klausel der Bedingungen zugeordnet.
clause-unreadable = Die Bedingungen konnten nicht gelesen werden: { $error }
appointment-status-booked = Gebucht
appointment-status-checked_in = Eingecheckt
appointment-status-cancelled = Storniert
appointment-status-no_show = Nicht erschienen
repair-choice-replacement = Austauschservice
repair-choice-paid_repair = Kostenpflichtige Reparatur
panel-today = Heute
today-heading = Termine am { $date }
today-previous-day = ‹ Vortag
today-next-day = Folgetag ›
today-today = Heute
today-counter = Schalter:
today-counter-hint = alle Schalter
today-refresh = Aktualisieren
today-import = CSV importieren…
today-import-hover = Den Export der Swift-Service-Seite importieren (alles oder nichts; eine fehlerhafte Zeile wird mit Nummer genannt).
today-scan-hint = Scannen Sie die Seriennummer eines gebuchten Produkts, um den Kunden einzuchecken und den Antrag aufzunehmen.
today-loading = Der Tag wird gelesen…
today-none = Keine Termine an diesem Tag.
today-count-total = { $count } gebucht insgesamt
today-count-waiting = { $count } stehen noch aus
today-count-late = { $count } verspätet
today-count-checked-in = { $count } eingecheckt
today-count-no-show = { $count } nicht erschienen
today-count-cancelled = { $count } storniert
today-col-time = Uhrzeit
today-col-customer = Kunde
today-col-serial = Produkt
today-col-case = Anliegen
today-col-counter = Schalter
today-col-status = Status
today-late = Verspätet
today-serial-hint = scannen oder eingeben
today-check-in = Einchecken
today-check-in-disabled = Zuerst die Seriennummer des Produkts scannen oder eingeben (und wählen, wer arbeitet).
today-take-claim = Antrag aufnehmen
today-open-claim = Antrag öffnen
today-edit = Bearbeiten
today-more = Mehr…
today-no-show = Nicht erschienen
today-no-show-title = Als nicht erschienen markieren?
today-no-show-body = { $name } ({ $slot }) ist nicht gekommen. Der Termin wird als nicht erschienen geschlossen; das wird protokolliert.
today-cancel = Stornieren…
today-cancel-title = Termin stornieren?
today-cancel-body = Der Termin von { $name } um { $slot } wird storniert; das wird protokolliert.
today-cancel-confirm = Termin stornieren
today-form-new = Termin buchen
today-form-edit = Termin { $id } ändern
today-form-book = Buchen
today-form-save = Änderungen speichern
today-form-clear = Leeren
today-form-incomplete = Ein Tag (JJJJ-MM-TT), eine Uhrzeit (HH:MM), der Schalter und der Name des Kunden (und wer arbeitet).
today-field-day = Tag:
today-field-slot = Uhrzeit:
today-field-name = Kunde:
today-field-phone = Telefon:
today-field-store = Schalter:
today-field-serial = Seriennummer:
today-field-case-ref = Fall-Nr.:
today-field-case = Anliegen:
today-banner = Check-in: Termin { $id } um { $slot }, { $store }
today-banner-customer = Kunde: { $customer }
today-banner-case = Fall { $reference }: { $case }
today-banner-link = Der hier eingereichte Antrag wird mit diesem Termin verknüpft.
quote-heading = Austausch oder kostenpflichtige Reparatur
quote-heading-warranty = Reparatur im Rahmen der erweiterten Garantie
quote-col-replacement = Austauschservice
quote-col-repair = Kostenpflichtige Reparatur
quote-row-pays = Kunde zahlt
quote-row-left = Verbleibende Austausche danach
quote-row-plan = Plan gültig bis
quote-row-warranty = Erweiterte Garantie bis
quote-free = Kostenlos: Reparatur und Arbeitszeit sind abgedeckt
quote-no-fee = Gebühr fehlt
quote-not-quoted = noch kein Angebot
quote-warranty-through = Erweiterte Garantie bis { $date }
quote-recorded-by = Angebot von { $who }, { $at }
quote-valid-until = gültig bis { $date }
quote-covers-text = Umfasst: { $covers }
quote-choice = Der Kunde wählte: { $choice } (erfasst von { $who }, { $at })
quote-choose-replacement = Kunde wählt den Austausch
quote-choose-repair = Kunde wählt die kostenpflichtige Reparatur
quote-choose-repair-title = Kostenpflichtige Reparatur?
quote-choose-repair-confirm = Kostenpflichtige Reparatur erfassen
quote-choose-repair-body = Der Kunde nimmt die kostenpflichtige Reparatur von { $id } für { $amount }; der Antrag geht in die kostenpflichtige Reparatur über. Das wird protokolliert.
quote-form-new = Angebot für die kostenpflichtige Reparatur erfassen
quote-form-replace = Angebot ändern
quote-amount = Betrag:
quote-currency = Währung:
quote-covers = Umfasst:
quote-covers-hint = was die Reparatur umfasst
quote-valid-until-label = Gültig bis:
quote-valid-until-bad = kein Datum ab heute (JJJJ-MM-TT), oder leer lassen
quote-record = Angebot erfassen
app-what-appointments = Die Termine können nicht gelesen werden
app-what-appointment-not-saved = Der Termin wurde nicht gespeichert
app-what-check-in = Termin { $id } wurde nicht eingecheckt
app-what-import-appointments = Nichts aus { $file } importiert
app-what-quote-not-recorded = Kein Angebot bei { $id } erfasst
app-what-choice-not-recorded = Die Wahl bei { $id } wurde nicht erfasst
app-import-appointments-title = Termine importieren
app-appointment-added = Termin { $id } gebucht: { $name } um { $slot }.
app-appointment-changed = Termin { $id } geändert.
app-appointment-status = Termin { $id }: { $status }.
app-appointments-imported = { $count } Termine aus { $file } importiert.
app-checked-in = Termin { $id }: { $name } mit { $serial } eingecheckt; nehmen Sie den Antrag auf.
app-quote-recorded = { $id }: Angebot für kostenpflichtige Reparatur über { $amount } erfasst.
app-choice-recorded = { $id }: Der Kunde wählte { $choice }.
today-field-email = E-Mail:
appointment-bad-slot = Das Zeitfenster „{ $slot }“ ist keine Uhrzeit wie 09:30.
appointment-no-store = Geben Sie den gebuchten Schalter (Store) des Swift Service Centers an.
appointment-not-found = Es gibt keinen Termin { $id }.
appointment-erased = Der Kunde von Termin { $id } wurde vergessen: Der Termin enthält keine seiner Daten mehr und kann nicht mehr geändert werden.
appointment-not-booked = Termin { $id } ist { $status }: Nur ein gebuchter Termin kann geändert, storniert, als nicht erschienen markiert oder eingecheckt werden.
appointment-changed-meanwhile = Termin { $id } wurde an einem anderen Arbeitsplatz geändert; nichts wurde gespeichert: Sehen Sie ihn sich erneut an.
appointment-no-serial = Termin { $id } hat noch keine Seriennummer: Scannen oder tippen Sie die Seriennummer des Produkts, um ihn einzuchecken.
appointment-link-not-checked-in = Termin { $id } ist { $status }: Checken Sie ihn ein, bevor Sie einen Antrag verknüpfen.
appointment-already-linked = Termin { $id } ist bereits mit Antrag { $claim } verknüpft.
appointment-claim-other-serial = Antrag { $claim } gilt für { $serial }, Termin { $id } für { $booked }.
appointment-csv-line = Zeile { $line }: { $error }
appointment-csv-missing-column = der Kopfzeile fehlt die Spalte „{ $column }“ (erwartet: { $expected })
appointment-csv-unknown-column = unbekannte Spalte „{ $column }“ (erwartet: { $expected })
appointment-csv-bad-day = Tag: „{ $day }“ ist kein Datum (JJJJ-MM-TT)
appointment-csv-empty = Die Datei enthält keine Termine (nur eine Kopfzeile oder nichts).
quote-refused-warranty = { $id } ist eine Reparatur im Rahmen der erweiterten Garantie: Sie ist kostenlos, es gibt nichts anzubieten.
quote-refused-express = { $id } ist ein Express-Austausch: Der Express-Service bietet keine kostenpflichtige Reparatur zur Wahl.
quote-refused-status = { $id } ist { $status }: Ein Angebot für die kostenpflichtige Reparatur wird erfasst, sobald der Schaden begutachtet ist.
quote-refused-chosen = Die Wahl des Kunden zu { $id } ist erfasst: Das Angebot ändert sich nicht mehr.
quote-expired = Ein Angebot, das bis { $date } gilt, ist bereits abgelaufen.
quote-amount-not-positive = Der angebotene Betrag muss größer als null sein (nicht { $amount }).
quote-none-yet = { $id } hat kein Angebot für die kostenpflichtige Reparatur: Erfassen Sie das Angebot vor der Wahl des Kunden.
quote-lapsed = Das Angebot zu { $id } galt bis { $date }: Erfassen Sie zuerst ein neues Angebot.
event-paid-repair-chosen = Der Kunde wählte die kostenpflichtige Reparatur ({ $amount }).
claim-pdf-quote = Austausch oder kostenpflichtige Reparatur
claim-pdf-quote-replacement = Austauschservice
claim-pdf-quote-repair = Kostenpflichtige Reparatur (Angebot)
claim-pdf-quote-covers = Die Reparatur umfasst
claim-pdf-quote-valid-until = Angebot gültig bis
claim-pdf-quoted-by = Angebot von
claim-pdf-quote-choice = Wahl des Kunden
claim-pdf-quote-side = { $amount } · danach verbleibende Austausche: { $left }
claim-pdf-quote-no-fee = keine Gebühr erfasst
claim-pdf-quote-not-stated = nicht angegeben
claim-pdf-quote-not-chosen = noch nicht erfasst
claim-pdf-quote-chosen = { $choice } (erfasst von { $who }, { $at })
claim-pdf-quoted = { $who }, { $at }

## The service layer's refusals and errors (issue 16). Codes, serials,
## ids and rule IDs stay as they are. $id a claim id or a number, $serial a
## serial, $name a person, $role/$status a label in words.
desk-err-no-claim = kein Anspruch `{ $id }`
desk-err-claim-input = Anspruchsdaten: { $error }
desk-err-reopen-needs-note = zum Wiedereröffnen eines Anspruchs ist eine Notiz mit dem Grund nötig
desk-err-reopen-only-refused = nur ein abgelehnter Anspruch kann wiedereröffnet werden; { $id } ist { $status }
desk-err-reopen-only-refused-approved = nur ein abgelehnter Anspruch kann wiedereröffnet werden; { $id } ist { $status } (genehmigt)
desk-err-no-plus-for-repair = { $serial } hat kein Care Refresh+, auf das die Reparatur angerechnet werden kann
desk-err-no-plan-for-replacement = Anspruch { $id } hat keinen Plan, auf den der Ersatz angerechnet werden kann
desk-err-unit-reclaimed = Gerät { $serial } wurde bereits zurückgenommen
desk-err-warranty-no-ship = { $id } ist ein Anspruch aus der verlängerten Garantie: Es wird kein Ersatz versandt
desk-err-needs-supervisor-now = { $name } ist jetzt { $role }; dafür ist eine Aufsicht nötig
desk-err-needs-supervisor = { $name } ist { $role }; dafür ist eine Aufsicht nötig
desk-err-no-staff = kein Mitarbeiter { $id }
desk-err-salt = kein Salt erzeugbar: { $error }
desk-err-hash = die PIN kann nicht gehasht werden: { $error }
desk-err-staff-name-not-found = Mitarbeiter `{ $name }`
desk-err-staff-id-not-found = Mitarbeiter { $id }
desk-err-staff-name-empty = der Name des Mitarbeiters darf nicht leer sein
desk-err-staff-name-long = ein Mitarbeitername hat höchstens { $max } Zeichen
desk-err-staff-exists = ein Mitarbeiter namens `{ $name }` existiert bereits
desk-err-only-supervisor = { $name } ist die einzige Aufsicht; machen Sie zuerst jemand anderen zur Aufsicht
desk-err-pin-shape = eine PIN hat { $min } bis { $max } Ziffern (0–9)
desk-err-no-pin = { $name } hat noch keine PIN; eine Aufsicht legt sie fest (caredesk staff pin "{ $name }")
desk-err-wrong-pin = falsche PIN für { $name } (noch { $left } falsche PIN(s) sperren { $name } für { $minutes } Minuten)
desk-err-unknown-model = unbekanntes Modell `{ $model }`
desk-err-fee-region = { $region } ist keine Care-Refresh+-Serviceregion (Gebühren gibt es für { $regions })
desk-err-fee-number = Ersatz Nummer { $number } liegt nicht zwischen 1 und { $most } (ein 2-Jahres-Plan hat höchstens { $most } Ersatzleistungen)
desk-err-fee-negative = eine Gebühr kann nicht negativ sein
desk-err-fee-currency-code = Währung `{ $currency }` ist kein dreibuchstabiger Code wie USD
desk-err-fee-currency = Gebühren in { $region } sind in { $want }, nicht in { $currency }
desk-err-no-cr-for-plus = kein CR-Plan, an den CR+ gebunden werden kann
desk-err-code-shape = Aktivierungscode `{ $code }` besteht nicht aus 4 oder mehr Buchstaben, Ziffern oder Bindestrichen
desk-err-code-exists = Aktivierungscode { $code } existiert bereits
desk-err-code-unknown = unbekannter Aktivierungscode { $code }
desk-err-no-plus-to-return = { $serial } hat kein Care Refresh+ zum Zurückgeben
desk-err-plus-returned = Care Refresh+ von { $serial } wurde bereits zurückgegeben
desk-err-no-cr = { $serial } hat keinen Care-Refresh-Plan
desk-err-no-plus = { $serial } hat kein Care Refresh+
desk-err-plan-withdrawn = { $plan } von { $serial } ist bereits widerrufen
desk-err-past-calendar = { $days } Tage nach { $today } liegen jenseits des Kalenders
desk-err-no-serial = kein Produkt mit Seriennummer `{ $serial }`
desk-err-no-product-id = kein Produkt mit ID { $id }
desk-err-serial-shape = Seriennummer `{ $serial }` besteht nicht aus 4 bis 32 Buchstaben, Ziffern oder Bindestrichen
desk-err-region-code = { $field }: unbekannter Regionscode `{ $region }` (erwartet ein ISO-3166-1-alpha-2-Code wie US oder DE)
desk-err-cr-ends = das CR-Ende ({ $ends }) muss nach dem Beginn ({ $starts }) liegen
desk-err-cr-used = genutzte CR-Ersatzleistungen ({ $used }) übersteigen die Gesamtzahl ({ $total })
desk-err-no-parcel = kein Paket { $id }

## The store's errors (StoreError). $db/$path a database, $error the
## backend's or the file's own words, $until a UTC time.
store-err-refused = abgelehnt: { $reasons }
store-err-not-found = nicht gefunden: { $what }
store-err-no-database = unter { $path } gibt es keine CareDesk-Datenbank; es wurde nichts angelegt (prüfen Sie den Pfad, oder geben Sie --create an, um dort eine neue Datenbank anzulegen)
store-err-not-caredesk = { $path } ist keine CareDesk-Datenbank; sie blieb unverändert
store-err-damaged = die Datenbank ist beschädigt ({ $error }); sie ist schreibgeschützt geöffnet, und nichts wurde gespeichert – stellen Sie eine Sicherung wieder her (caredesk restore FILE)
store-err-locked = { $name } ist nach { $attempts } falschen PINs bis { $until } gesperrt; versuchen Sie es dann erneut, oder bitten Sie eine Aufsicht, die PIN zurückzusetzen
store-err-illegal-transition = ein Anspruch im Status { $status } kann die Aktion `{ $action }` nicht ausführen
store-err-not-allowed = nicht erlaubt: { $reason }
store-err-code-used = Aktivierungscode { $code } ist bereits an ein Produkt gebunden; ein Code bindet nur einmal
store-err-schema-too-new = diese Datenbank hat Schemaversion { $found }, neuer als diese CareDesk-Version kennt ({ $known }); verwenden Sie ein neueres CareDesk
store-err-corrupt = die Datenbank enthält einen unlesbaren Wert: { $error }
store-err-busy = die Datenbank ist von einem anderen Programm oder Arbeitsplatz gesperrt; nichts wurde gespeichert, versuchen Sie es erneut (Datenbank: { $db })
store-err-conflict = ein anderer Arbeitsplatz hat im selben Moment dieselben Datensätze geändert; nichts wurde gespeichert, versuchen Sie es erneut (Datenbank: { $db })
store-err-read-only = die Datenbank ist hier schreibgeschützt; nichts wurde gespeichert (Datenbank: { $db })
store-err-disk-full = der Datenträger ist voll; nichts wurde gespeichert, schaffen Sie Platz und versuchen Sie es erneut (Datenbank: { $db })
store-err-connection-lost = die Verbindung zum Datenbankserver ist unterbrochen; nichts wurde gespeichert, und CareDesk verbindet sich selbst neu, sobald der Server wieder da ist (Datenbank: { $db })
store-err-cannot-open = die Datenbank kann nicht geöffnet werden: { $error }
store-err-backend = Datenbank: { $error }
store-err-unfinished = noch nicht fertig: { $what }

## The service layer: demo data, first setup, backups, the product CSV import.
desk-err-demo-max = höchstens { $max } Demo-Produkte auf einmal
desk-err-demo-real-data = { $db } enthält echte Daten: Demodaten kommen nur in eine Demo-Datenbank (caredesk --db NEW_FILE demo)
desk-err-demo-real-data-here = diese Datenbank enthält echte Daten: Demodaten kommen nur in eine Demo-Datenbank
desk-err-setup-demo-db = dies ist eine Demo-Datenbank; legen Sie eine echte in einer neuen Datei an (caredesk --db NEW_FILE --create staff init NAME)
desk-err-setup-has-staff = diese Datenbank hat bereits Mitarbeiter; eine Aufsicht fügt Personen hinzu (caredesk staff add)
desk-err-idle-lock-range = die Leerlaufsperre beträgt 0 (nie) bis { $max } Minuten
desk-err-backup-not-file = { $path } ist keine normale Datei (ein Ordner, Link, Gerät oder eine Pipe); eine Sicherung wird nur in eine Datei geschrieben
desk-err-backup-no-folder = der Ordner { $path } existiert nicht
desk-err-backup-postgres = { $what }: Eine PostgreSQL-Datenbank wird mit pg_dump und psql des Servers gesichert und wiederhergestellt (README, „Backups“)
desk-err-backup-no-dir = kein Sicherungsordner
desk-err-no-file = keine Datei unter { $path }
desk-err-history-altered = der Verlauf in { $path } wurde verändert ({ $first }); er wurde nicht wiederhergestellt
desk-err-line = Zeile { $line }: { $error }
desk-err-import-no-column = Zeile 1: Die Kopfzeile hat keine Spalte `{ $column }` (erwartet: { $expected })
desk-err-import-unknown-column = Zeile 1: unbekannte Spalte `{ $column }` (erwartet: { $expected })
desk-err-import-cancelled = Import abgebrochen; nichts wurde importiert

## Reopening read-only and moving a database (caredesk migrate).
desk-err-read-only-sqlite = nur eine SQLite-Datei kann schreibgeschützt wieder geöffnet werden
desk-err-migrate-same = --from und --to nennen dieselbe Datenbank
desk-err-migrate-not-empty = die Zieldatenbank ist nicht leer ({ $there }); migrate kopiert in eine neue, leere Datenbank
