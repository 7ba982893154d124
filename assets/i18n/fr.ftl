# CareDesk — Français. Les mêmes clés et les mêmes $arguments que en.ftl.
# Les identifiants de règle et les codes (REP-PART, battery, US) ne sont
# jamais traduits. Les noms de marque restent : DJI Care Refresh, Care Refresh+.

language-name = Français

## Codes: the label a person reads for each code (`code_enum!`, key <prefix>-<code>).
## The codes themselves are never translated.

# Part
part-aircraft = Appareil (corps du produit)
part-gimbal = Nacelle
part-camera = Caméra
part-propellers = Hélices (paires)
part-battery = Batterie
part-grip = Poignée
part-handle = Manche
part-main_body = Corps principal
part-main_controller = Contrôleur principal
part-motor = Moteur
part-esc = ESC (variateur)
part-vision_system = Système de vision

# Cause
cause-user_error = Erreur d'utilisation
cause-signal_interference = Interférences de signal
cause-collision = Collision
cause-water_damage = Dégâts des eaux
cause-drop_damage = Dommages dus à une chute
cause-accident = Accident
cause-normal_use = Panne en utilisation normale

# ServiceChannel
service-channel-online = En ligne (envoi au centre de réparation)
service-channel-express = Express (remplacement expédié à réception)
service-channel-ssc = Swift Service Center

# SalesChannel
sales-channel-official = DJI officiel
sales-channel-authorized = Revendeur agréé
sales-channel-unofficial = Circuit non officiel

# Term
term-1y = Formule 1 an
term-2y = Formule 2 ans

# Exclusion
exclusion-non_dji_product = Dommages sur un produit non DJI
exclusion-third_party_accessory = Utilisé avec un produit, un accessoire ou un logiciel non DJI non autorisé
exclusion-parts_lost = Pièces couvertes perdues
exclusion-parts_stolen_or_discarded = Pièces couvertes volées, pillées ou jetées
exclusion-unauthorized_repair = Dommages dus à une réparation non autorisée
exclusion-not_per_manual = Installé, utilisé ou manipulé contrairement au manuel
exclusion-illegal_use = Utilisé pour des activités illégales
exclusion-disaster_or_war = Catastrophe naturelle, guerre, émeute ou terrorisme
exclusion-paid_enhancement = Amélioration technique payante
exclusion-indirect_loss = Perte indirecte ou manque à gagner
exclusion-personal_injury_or_property = Dommages corporels ou matériels
exclusion-legal_fees = Frais de procédure, d'arbitrage ou d'avocat
exclusion-unsuitable_conditions = Vol dans des conditions inadaptées
exclusion-airworthiness_violation = Exigences de navigabilité non respectées
exclusion-modification_or_dismantling = Modifié ou démonté
exclusion-defective_battery = Dommages dus à une batterie défectueuse
exclusion-cosmetic_wear = Usure esthétique sans effet sur les performances

# RequestKind
request-kind-plus_purchase = Acheter Care Refresh+
request-kind-replacement = Remplacement
request-kind-extended_warranty = Réparation sous garantie étendue
request-kind-plus_return = Retourner Care Refresh+

# PlanKind
plan-care_refresh = Care Refresh
plan-care_refresh_plus = Care Refresh+

# Charge
charge-replacement_fee = Frais de remplacement
charge-transregional_fees = Frais d'expédition, taxes et frais transrégionaux

# Verdict
verdict-approved = Approuvée
verdict-refused = Refusée

# ClaimKind
claim-kind-replacement = Remplacement
claim-kind-extended_warranty = Réparation sous garantie étendue

# ClaimStatus
claim-status-submitted = Soumise
claim-status-approved = Approuvée
claim-status-refused = Refusée
claim-status-awaiting_product = En attente du produit
claim-status-received = Reçue
claim-status-assessed = Évaluée
claim-status-replacement_shipped = Remplacement expédié
claim-status-paid_repair = Réparation payante
claim-status-repaired = Réparée
claim-status-closed = Clôturée

# ProductStatus
product-status-active = Actif
product-status-reclaimed = Repris

# PlanService
plan-service-replacement = Remplacement
plan-service-extended_warranty = Garantie étendue

# Role
role-technician = Technicien
role-ssc = Agent SSC
role-supervisor = Responsable

# ClaimActionCode
claim-action-await_product = Attendre le produit
claim-action-receive = Produit reçu
claim-action-assess = Évalué
claim-action-ship_replacement = Expédier le remplacement
claim-action-choose_paid_repair = Le client choisit une réparation payante
claim-action-repair = Réparé
claim-action-lapse = Caducité (pas expédié à temps)
claim-action-close = Clôturer
parcel-direction-inbound = Entrant (appareil endommagé ou pièces)
parcel-direction-outbound = Sortant (appareil de remplacement ou réparé)
claim-queue-overdue = En retard
claim-queue-awaiting_product = En attente du produit
claim-queue-received = Reçues
claim-queue-assessed = Évaluées
claim-queue-ready_to_ship = Prêtes à expédier
claim-queue-open = Toutes les ouvertes

# ServiceState
service-state-not_started = Pas commencé
service-state-active = Actif
service-state-expired = Expiré
service-state-used_up = Épuisé
service-state-withdrawn = Résilié
service-state-not_offered = Non proposé

## Rules: the plain-language reason for each rule ID (SPEC §2), key rule-<ID>.

rule-BUY-NO-BASE = Le produit n'a pas DJI Care Refresh (formule 1 an) ; Care Refresh+ ne peut être acheté que pour un produit qui l'a.
rule-BUY-BASE-TERM = Le produit a DJI Care Refresh (formule 2 ans) ; Care Refresh+ n'est pas disponible pour la formule 2 ans.
rule-BUY-BASE-EXPIRED = DJI Care Refresh a déjà expiré ; Care Refresh+ doit être acheté avant son expiration.
rule-BUY-NO-REPLACEMENT-LEFT = DJI Care Refresh n'a plus de remplacement de produit ; Care Refresh+ exige qu'il en reste au moins un.
rule-BUY-ONCE = Ce produit (ou un appareil qu'il a remplacé) a déjà eu Care Refresh+ ; chaque produit n'y a droit qu'une fois.
rule-BUY-REGION-UNSUPPORTED = Care Refresh+ n'est pas proposé dans la région où il est acheté.
rule-BUY-REGION-MISMATCH = Care Refresh+ et le produit doivent être achetés dans le même pays ou la même région (région de service).
rule-BUY-CHANNEL = Care Refresh+ ne peut être associé qu'à un produit acheté auprès de DJI ou de circuits agréés.
rule-REP-EXPIRED = La date de la demande n'est pas comprise dans la période de validité du service de remplacement.
rule-REP-IN-ADVANCE = Care Refresh n'a plus de remplacement, et le service de remplacement de Care Refresh+ ne peut pas être utilisé par anticipation, avant l'expiration de Care Refresh.
rule-REP-NONE-LEFT = Les remplacements de la formule en vigueur ont tous été utilisés.
rule-REP-WITHDRAWN = La résiliation de la formule en vigueur par le client a été confirmée ; son service de remplacement a pris fin.
rule-REP-CHANNEL = Le produit n'a pas été acheté auprès de DJI ou de circuits agréés.
rule-REP-REGION-MISMATCH = La formule et le produit ont été achetés dans des pays ou régions différents ; le service ne peut pas être utilisé.
rule-REP-MFG-DEFECT = Un défaut de fabrication a été constaté sur le produit hors garantie avant l'entrée en vigueur de Care Refresh+ ; Care Refresh+ ne peut pas être utilisé pour ce défaut.
rule-REP-PART = Une pièce demandée n'est pas couverte par le service de remplacement pour cette gamme de produits.
rule-REP-PART-QTY = Trop de pièces d'un même type demandées : au plus un corps de produit, une nacelle ou une batterie, et au plus deux paires d'hélices par remplacement.
rule-REP-EXCLUDED = Les dommages relèvent d'une exclusion du service de remplacement (par exemple perte, vol, réparation non autorisée ou utilisation contraire au manuel).
rule-REP-SHIP-LATE = Les pièces n'ont pas été expédiées dans les 7 jours calendaires suivant la demande en ligne, ou dans les 3 jours pour Express.
rule-REP-OUTSIDE-COVERAGE = Le service a été demandé hors de la zone couverte : le service Care Refresh+ n'est pas proposé dans cette région.
rule-REP-TRANSREGIONAL = Le service a été demandé hors de la zone de service de la formule ; il n'est possible que si le client paie les frais d'expédition, taxes et autres frais transrégionaux.
rule-REP-PRIVACY = Le client n'a pas accepté la politique de confidentialité de DJI, ce qui est obligatoire avant de demander un remplacement.
rule-EW-NO-PLUS = Aucun Care Refresh+, qui fournit la garantie étendue, n'est associé au produit.
rule-EW-NOT-STARTED = La garantie étendue commence à l'expiration de Care Refresh (formule 1 an) et ne peut pas être utilisée par anticipation.
rule-EW-EXPIRED = La date de la demande est postérieure à la période de validité de la garantie étendue.
rule-EW-NOT-OFFERED = Dans les pays de l'UE, au Royaume-Uni, en Suisse et en Norvège, Care Refresh+ n'offre que le service de remplacement, sans garantie étendue.
rule-EW-WITHDRAWN = La résiliation de Care Refresh+ par le client a été confirmée ; sa garantie étendue a pris fin.
rule-EW-CHANNEL = Le produit n'a pas été acheté auprès de DJI ou de circuits agréés.
rule-EW-REGION-MISMATCH = Care Refresh+ et le produit ont été achetés dans des pays ou régions différents ; le service ne peut pas être utilisé.
rule-EW-MFG-DEFECT = Un défaut de fabrication a été constaté sur le produit hors garantie avant l'entrée en vigueur de Care Refresh+ ; Care Refresh+ ne peut pas être utilisé pour ce défaut.
rule-EW-CAUSE = La garantie étendue ne couvre que les pannes en utilisation normale, pas les dommages dus à une erreur d'utilisation ou à un accident.
rule-EW-PART = Une pièce n'est pas couverte par la garantie étendue pour cette gamme de produits.
rule-EW-EXCLUDED = La panne relève d'une exclusion de la garantie étendue (par exemple modification, batterie défectueuse, usure esthétique ou utilisation contraire au manuel).
rule-EW-SHIP-LATE = Les pièces n'ont pas été expédiées dans les 7 jours calendaires suivant la confirmation du service de garantie étendue.
rule-EW-OUTSIDE-COVERAGE = Le service a été demandé hors de la zone couverte : le service Care Refresh+ n'est pas proposé dans cette région.
rule-EW-AREA = Ce produit n'a pas de garantie internationale ; la garantie étendue n'est disponible que là où Care Refresh+ a été acheté (payer des frais n'y change rien).
rule-RET-PRODUCT-NOT-RETURNED = Care Refresh+ ne peut être retourné que si le produit lui-même a été retourné selon la politique de retour de DJI (Care Refresh est retourné d'abord, puis Care Refresh+).
rule-RET-SERVICE-USED = Care Refresh+ ne peut plus être retourné dès que son service de remplacement ou de garantie étendue a été utilisé.

## Interpretations of the terms (SPEC "Interpretation"), key interpretation-<ID>.

interpretation-INT-EU-SERVICE-REGION = Tous les États membres de l'UE forment une seule région de service, EU : un produit acheté en France et une formule achetée en Allemagne sont dans la même région de service.
interpretation-INT-EUROPEAN-CAP = Variante européenne (UE, Royaume-Uni, Suisse, Norvège) : au plus trois remplacements sur les deux années de Care Refresh et Care Refresh+ réunis ; Care Refresh+ en permet donc 3 moins ceux utilisés sous Care Refresh. Ailleurs, Care Refresh+ en permet exactement un.
interpretation-INT-OSMO-MOBILE-PARTS = Osmo Mobile : le service de remplacement couvre le corps principal et la batterie (la mention « caméra et batterie » des conditions pour la gamme Osmo ne convient pas à une nacelle pour smartphone).
interpretation-INT-SSC-NO-SHIP-DEADLINE = Un rendez-vous au Swift Service Center n'a pas de délai d'expédition : les conditions n'en fixent que pour les demandes en ligne (7 jours calendaires) et Express (3 jours).

## SPEC §5 advice: what the person at the counter can do about each failing rule.
## $parts is a list of part names, $series a product series, $date a day in
## words, $region a region code, $plan a plan name, $days a number of days.

advice-accept-privacy = Demandez au client de lire et d'accepter la politique de confidentialité de DJI, et notez qu'il l'a fait.
advice-remove-parts = Retirer { $parts } de la demande : non remplaçable pour la gamme { $series }.
advice-remove-parts-warranty = Retirer { $parts } de la demande : non couvert par la garantie étendue pour la gamme { $series }.
advice-reduce-parts = Réduire la quantité au maximum : { $parts }.
advice-reduce-part = { $part } à { $cap }
advice-accept-transregional = Demandez au client s'il accepte les frais d'expédition, taxes et frais transrégionaux ; avec son accord, la demande peut se poursuivre à ses frais.
advice-wait-plus = Revenir à partir du { $date }, quand Care Refresh+ commence : il ne peut pas être utilisé par anticipation.
advice-wait-base = Revenir à partir du { $date }, quand Care Refresh commence.
advice-service-in = Faire prendre en charge le produit en { $region }, où sa formule { $plan } est valable.
advice-buy-in = Vendre Care Refresh+ via { $region }, où le produit a été acheté (magasin ou carte d'activation de cette région).
advice-return-product = Retourner d'abord le produit selon la politique de retour de DJI ; Care Refresh est alors retourné, puis Care Refresh+.

advice-none-buy-no-base = Rien à faire ici : Care Refresh+ exige DJI Care Refresh (formule 1 an) sur le produit.
advice-none-buy-base-term = Rien à faire ici : Care Refresh (formule 2 ans) n'accepte pas Care Refresh+.
advice-none-buy-base-expired = Trop tard : Care Refresh+ pouvait être acheté jusqu'au { $date }, dernier jour de Care Refresh.
advice-none-buy-no-replacement-left = Rien à faire ici : Care Refresh+ exige qu'il reste un remplacement sur Care Refresh.
advice-none-buy-once = Rien à faire ici : un produit (et les appareils qui le remplacent) ne peut avoir Care Refresh+ qu'une seule fois.
advice-none-buy-region = Care Refresh+ n'est pas proposé pour un produit acheté en { $region }.
advice-none-channel = Sans preuve d'achat auprès de DJI ou d'un revendeur agréé, la formule ne peut pas couvrir ce produit ; proposez une réparation payante.
advice-none-rep-expired = Aucune formule ne couvre ce jour ; proposez une réparation payante.
advice-none-rep-none-left = Il ne reste aucun remplacement sur { $plan } ; proposez une réparation payante.
advice-none-withdrawn = La résiliation de { $plan } a été confirmée, le service a pris fin ; proposez une réparation payante.
advice-none-region-mismatch = La formule et le produit ont été achetés dans des régions différentes ; la formule ne peut pas couvrir ce produit.
advice-none-mfg-defect = Un défaut de fabrication constaté avant l'entrée en vigueur de Care Refresh+ n'est pas couvert ; proposez une réparation payante.
advice-none-excluded = Exclu ({ $exclusions }) : la formule ne le couvre pas ; proposez une réparation payante.
advice-none-ship-late = Les pièces n'ont pas été expédiées dans les { $days } jours suivant la demande, qui est donc caduque ; une nouvelle demande doit être expédiée à temps.
advice-none-outside-coverage = Le service Care Refresh+ n'est pas proposé en { $region } ; le produit doit être pris en charge dans une région Care Refresh+.
advice-none-ew-no-plus = La garantie étendue exige Care Refresh+ sur le produit ; proposez une réparation payante.
advice-none-ew-expired = La garantie étendue a pris fin le { $date } ; proposez une réparation payante.
advice-none-ew-not-offered = Care Refresh+ acheté dans l'UE, au Royaume-Uni, en Suisse ou en Norvège n'a pas de garantie étendue ; une demande de remplacement est peut-être possible à la place.
advice-none-ew-cause = La garantie étendue ne couvre que les pannes en utilisation normale ; pour des dommages, faites plutôt une demande de remplacement.
advice-none-ret-service-used = Rien à faire ici : un service de Care Refresh+ a déjà été utilisé.

## How long a decision holds (SPEC §5 windows).
advice-after-steps-approved = Avec ces étapes, la demande est approuvée.
advice-after-steps-refused = Même avec ces étapes, la demande reste refusée.
advice-approvable-from = Approuvable à partir du { $date }.
advice-never-approvable = En l'état, approuvable à aucune date des trois prochaines années.
advice-buy-until = Care Refresh+ peut être acheté jusqu'au { $date }.
advice-ship-by = Le client doit expédier les pièces au plus tard le { $date }.
advice-approved-through = Approuvable jusqu'au { $date } inclus.
report-advice-step = Que faire : { $text }
advice-no-end = En l'état, approuvable chaque jour des trois prochaines années.
fee-missing = Pas de frais de remplacement pour { $model } en { $region }, remplacement n° { $number } : le barème ne les a pas. Un responsable les fixe (Paramètres, ou caredesk fee set "{ $model }" { $number } AMOUNT --region { $region }) avant que cette demande approuvée puisse être déposée.
unit-reclaimed = L'appareil { $serial } a été repris par DJI : il a été remplacé par { $replaced_by }. Prenez la demande sur { $replaced_by }.
unit-reclaimed-chain = L'appareil { $serial } a été repris par DJI : il a été remplacé par { $replaced_by }, et l'appareil en service est désormais { $in_service }. Prenez la demande sur { $in_service }.
unit-reclaimed-unknown = L'appareil { $serial } a été repris par DJI ; il ne prend aucune demande.
bound-in-future = { $field } : { $day } est dans le futur (nous sommes le { $today }).
bound-before-cr = { $field } : { $day } est antérieur au début de Care Refresh du produit ({ $starts }).
bound-before-submitted = { $field } : { $day } est antérieur à la soumission de la demande ({ $submitted }).
bound-received-before-shipped = parcel.received_on : { $received } est antérieur à l'expédition du colis ({ $shipped }).
bound-longer-than-term = cr_ends : une { $term } dure au plus jusqu'au { $latest } (elle commence le { $starts }), pas jusqu'au { $ends }.
bound-too-many-replacements = cr_replacements_total : une { $term } a au plus { $max } remplacements, pas { $total }.
lapse-not-overdue = { $id } n'est pas en retard : le client peut expédier le colis jusqu'au { $ship_by } (nous sommes le { $today }), ou il a été expédié à temps. Seule une demande en retard peut devenir caduque.
lapse-no-deadline = { $id } n'a pas de délai d'expédition (ou n'attend pas le colis du client) : elle ne peut pas devenir caduque.
receive-needs-shipped = La réception de { $id } demande le jour d'expédition du colis, d'après son suivi (--shipped DATE) : le délai d'expédition est jugé sur ce jour.
replacement-serial-known = Le numéro de série { $serial } est déjà connu de CareDesk ; un remplacement est un nouvel appareil avec son propre numéro. Scannez à nouveau le numéro du nouvel appareil.
replacement-other-model = Le remplacement { $serial } a été scanné comme { $model }, mais l'appareil remplacé est un { $expected } : un remplacement est du même modèle.
# Claim timeline notes the desk writes (in the language of the counter that wrote them).
event-taken-in = pris en charge
event-approved = approuvée
event-approved-under = approuvée au titre de { $plan }
event-refused = refusée : { $rules }
event-reopened = rouverte : { $note }
event-received-shipped = colis reçu (expédié le { $shipped })
event-refused-on-receipt = refusée à réception : { $rules }. Le remplacement réservé est libéré ; renvoyez l'appareil au client (enregistrez le colis sortant), puis clôturez la demande.
event-lapsed = caduque : pas expédiée avant le { $ship_by } ({ $rule }) ; clôturée comme refusée, et le remplacement réservé est libéré
event-parcel = { $direction ->
    [inbound] Colis entrant
   *[outbound] Colis sortant
} : { $carrier } { $tracking }
event-parcel-shipped = , expédié le { $day }
event-parcel-received = , reçu le { $day }
parcel-bad-carrier = parcel.carrier : indiquez le transporteur (au plus { $max } caractères).
parcel-bad-tracking = parcel.tracking : `{ $tracking }` n'est pas un numéro de suivi (lettres, chiffres et tirets, au plus { $max }).
parcel-duplicate = parcel.tracking : { $tracking } est déjà enregistré sur { $id } dans ce sens.
checklist-item-data_backed_up = Données personnelles sauvegardées et effacées de l'appareil
checklist-item-microsd_removed = Carte microSD retirée et rendue
checklist-item-only_parts_to_replace = Seules les pièces à remplacer sont envoyées
checklist-data-backed-up = Le client a sauvegardé puis effacé les données personnelles de l'appareil (photos, vidéos, données de vol, logiciels tiers).
checklist-microsd-removed = La carte microSD est retirée et rendue au client.
checklist-short-data-backed-up = données sauvegardées et effacées
checklist-short-microsd-removed = carte microSD retirée
checklist-short-only-parts-to-replace = seulement les pièces à remplacer
checklist-only-parts-to-replace = Seules les pièces à remplacer sont envoyées : pas de radiocommande, pas de batteries (du combo ou achetées à part), pas d'autres accessoires DJI, pas d'accessoires tiers.
customer-erased = effacé
customer-name-missing = Un client doit avoir un nom.
customer-field-too-long = Le champ { $field } dépasse les { $max } caractères conservés ; raccourcissez-le.
customer-field-control = Le champ { $field } contient un caractère de contrôle ; ressaisissez-le sans.
customer-phone-invalid = « { $phone } » n'est pas un numéro de téléphone : chiffres, espaces et + - ( ) . / uniquement, au moins 3 chiffres.
customer-email-invalid = « { $email } » n'est pas une adresse e-mail comme nom@example.com.
customer-lang-invalid = « { $lang } » n'est pas une étiquette de langue comme zh-Hant, ko ou de.
customer-not-found = Il n'y a pas de client { $id }.
customer-is-erased = Le client { $id } a été oublié le { $date } : ses données sont effacées et il ne peut plus servir à rien de nouveau.
customer-batch-row = Client { $row } du lot : { $error }
customer-product-linked = { $serial } appartient déjà au client { $id }.
search-too-short = Saisissez au moins { $min } caractères pour rechercher.
intake-not-ticked = non coché : { $items }
intake-no-description = aucune description des dommages
intake-incomplete = La liste de contrôle de prise en charge est incomplète : { $missing }. Ne déposez la demande que si vous et le client le confirmez ainsi.
photo-already-attached = { $name } est déjà joint à { $claim } (même photo).
intake-photo-twice = { $name } et { $other } sont la même photo : gardez-la une fois, puis déposez la demande.
photo-not-found = Il n'y a pas de photo { $id }.
signature-erased = Le client de { $claim } a été oublié ; sa signature ne peut pas être remplacée.
cli-confirm-incomplete = { $why } Pour la déposer quand même, ajoutez { $flag }.
# The command line's usage errors (src/cli/usage.rs); flags and values as typed.
cli-usage-error = erreur :
cli-usage-unknown-arg = argument inattendu '{ $arg }'
cli-usage-unknown-subcommand = sous-commande inconnue '{ $subcommand }'
cli-usage-missing = ces arguments obligatoires manquent : { $args }
cli-usage-no-value = '{ $arg }' demande une valeur, aucune n'a été donnée
cli-usage-invalid-value = valeur '{ $value }' invalide pour '{ $arg }'
cli-usage-possible-values = valeurs possibles : { $values }
cli-usage-conflict = l'argument '{ $arg }' ne peut pas être utilisé avec '{ $other }'
cli-usage-twice = l'argument '{ $arg }' ne peut être donné qu'une fois
cli-usage-too-many = valeur '{ $value }' inattendue pour '{ $arg }' : aucune autre n'était attendue
cli-usage-needs-subcommand = '{ $command }' demande une sous-commande
cli-usage-subcommands = sous-commandes : { $values }
cli-usage-similar-subcommand = astuce : une sous-commande proche existe : '{ $suggestion }'
cli-usage-similar-arg = astuce : un argument proche existe : '{ $suggestion }'
cli-usage-similar-value = astuce : une valeur proche existe : '{ $suggestion }'
cli-usage-usage = Utilisation :
cli-usage-more-info = Pour en savoir plus, essayez '--help'.

## A refusal's reason, with what in the request made the rule fail.
reason-observed = Constaté : { $items }.
reason-not-covered-parts = Non couvert pour la gamme { $series } : { $items }.
reason-shipped-after = Le colis est parti { $days } jours après la demande du { $submitted } (au plus { $limit }).
reason-not-shipped-after = Non expédié { $days } jours après la demande du { $submitted } (au plus { $limit }).

## The window's fonts. $scripts names writing systems ("Chinese and Korean"),
## $package a Debian package to install.
fonts-missing-title = Polices manquantes
fonts-missing = Le texte en { $scripts } ne peut pas être affiché : aucune police installée ne le contient. Installez { $package }.
fonts-missing-dismiss = OK

## Errors from the service layer and storage (src/store/message.rs).
error-refused = refusé : { $rules }
error-not-found = introuvable : { $what }
error-illegal-transition = une demande au statut « { $status } » ne peut pas recevoir l'action `{ $action }`
error-not-allowed = non autorisé : { $why }
error-code-already-used = le code d'activation { $code } est déjà associé à un produit ; un code ne s'associe qu'une fois
error-schema-too-new = cette base de données a la version de schéma { $found }, plus récente que celle que connaît ce CareDesk ({ $known }) ; utilisez un CareDesk plus récent
error-corrupt = la base de données contient une valeur illisible : { $what }
error-busy = la base de données est verrouillée par un autre programme ou poste ; rien n'a été enregistré, réessayez (base de données : { $database })
error-conflict = un autre poste a modifié les mêmes enregistrements au même moment ; rien n'a été enregistré, réessayez (base de données : { $database })
error-read-only = la base de données est en lecture seule ici ; rien n'a été enregistré (base de données : { $database })
error-disk-full = le disque est plein ; rien n'a été enregistré, libérez de l'espace et réessayez (base de données : { $database })
error-connection-lost = la connexion au serveur de base de données est perdue ; rien n'a été enregistré, et CareDesk se reconnecte seul quand le serveur revient (base de données : { $database })
error-cannot-open = impossible d'ouvrir la base de données : { $why }
error-backend = base de données : { $why }
error-unfinished = pas encore terminé : { $what }

## ---------------------------------------------------------------- the window
## Every text the window shows (src/ui/). Arguments are filled in as given:
## $keys a keyboard shortcut (Ctrl+5), $date a YYYY-MM-DD day.

## The window (src/ui/mod.rs, src/ui/app/, src/ui/command.rs, src/ui/widgets.rs)

app-title = CareDesk
start-no-catalog = impossible de charger le catalogue
start-no-database = impossible d'ouvrir la base de données { $location }
start-no-window = impossible d'ouvrir la fenêtre : { $error }

# Menus and the shortcut help.
menu-file = Fichier
menu-view = Affichage
menu-help = Aide
menu-export-claims = Exporter les demandes (filtre du tableau)
menu-export-expiring = Exporter les formules arrivant à échéance
menu-expiring-within = Se terminant dans { $days } jours
menu-quit = Quitter
help-scan = Scanner un numéro de série : le produit s'ouvre aussitôt.
help-focus-serial = { $keys } ou { $alt } : curseur dans le champ du numéro de série
help-panels = { $first } … { $last } : changer de panneau
help-file-claim = { $keys } : déposer la demande (prise en charge)
help-dialogs = Entrée : confirmer une boîte de dialogue · Échap : l'annuler
help-theme = { $keys } : thème sombre / clair
shortcut-or = { $first } / { $second }
button-with-shortcut = { $label } ({ $keys })

# Commands with one label wherever they are offered (src/ui/command.rs).
command-focus-serial = Scanner / rechercher un numéro de série
command-toggle-theme = Thème sombre / clair
command-clear-recent = Vider la liste
command-search = Rechercher
command-open-product = Ouvrir
command-load-demo = Charger les données de démonstration…
command-import-products = Importer des produits depuis un CSV…
command-cancel-job = Annuler
command-dismiss = Fermer

# The scanner row and the status line.
scanner-label = N° de série
scanner-hint = scannez ou saisissez un numéro de série, Entrée
scanner-reclaimed = repris
scanner-unknown = { $serial } : aucun produit de ce numéro — rien n'est ouvert
scanner-today = Aujourd'hui { $date }
scanner-staff = { $name } ({ $role })
scanner-staff-hover = Changer la personne au poste (Paramètres)
scanner-no-staff = verrouillé : connectez-vous avec votre PIN
status-ready = Prêt.

# Dialogs.
staff-dialog-title = Qui est au poste ?
staff-dialog-body = Chaque action est enregistrée avec votre nom : choisissez-vous et saisissez votre PIN.
staff-name-role = { $name } — { $role }
dialog-cancel = Annuler
dialog-ok = OK
dialog-keys = Entrée confirme · Échap annule
dialog-cancelled = Annulé ; rien n'a été modifié.
pin-title = Code PIN du responsable
pin-label = PIN :
pin-set-fee = Fixer les frais pour { $model } en { $region }, remplacement { $number }, à { $amount }.
pin-reopen-claim = Rouvrir la demande { $id }.

# Shared widgets and the live decision.
day-today = aujourd'hui
day-tomorrow = demain
day-yesterday = hier
day-in-days = dans { $days } jours
day-days-ago = il y a { $days } jours
window-ends = se termine { $when }
window-ended = s'est terminé { $when }
window-starts = commence { $when }
window-started = a commencé { $when }
decision-approved = APPROUVÉE
decision-refused = REFUSÉE
decision-plan-in-effect = Formule en vigueur : { $plan }
interpretation = Interprétation
date-hint = AAAA-MM-JJ
date-invalid = pas une date (AAAA-MM-JJ)
region-unknown = région inconnue
region-unknown-code = code de région inconnu
serial-and-model = { $serial } — { $model }
preview-checking = Vérification…
preview-updating = mise à jour…
export-format-entry = { $format }…
export-unknown-format = format { $format } inconnu (attendu : csv, pdf ou json)
export-format-csv = CSV (tableur)
export-format-pdf = PDF (rapport imprimable)
export-format-json = JSON (lisible par machine)
export-busy = Une autre tâche est en cours.

# What the window says after an action (the status line).
app-demo-loaded = Nouvelle base de démonstration : données de démonstration chargées ({ $products } produits, { $claims } demandes). Personnel de démonstration et leurs PIN : { $supervisors }.
app-demo-pin = { $name } (PIN { $pin })
app-empty-database = Cette base de données est vide : chargez les données de démonstration ou importez des produits dans les Paramètres ({ $keys }).
app-live-off = L'actualisation en direct est désactivée ({ $error }) ; les modifications des autres postes apparaissent quand vous rouvrez une vue.
app-choose-staff-first = Choisissez d'abord qui est au poste (Paramètres, { $keys }) : chaque action est enregistrée avec un nom.
app-choose-staff = Choisissez d'abord qui est au poste.
app-refused = { $what } : refusé selon les conditions.
app-failed = { $what } : { $error }.
app-serial-unknown = Aucun produit n'a le numéro de série « { $serial } », et rien n'y correspond partiellement.
app-serial-partial = Aucun produit n'a le numéro de série « { $serial } » ; { $count } correspondance(s) partielle(s) sont listées sous { $panel }.
app-plus-sold = Care Refresh+ vendu et associé à { $serial }.
app-card-bound = Carte d'activation { $code } associée : Care Refresh+ est actif sur { $serial }.
app-card-registered = Carte d'activation { $code } ({ $region }) enregistrée.
app-withdrawn = Résiliation de { $plan } confirmée pour { $serial }.
app-plus-returned = Care Refresh+ de { $serial } retourné.
app-claim-filed-approved = Demande { $id } déposée : approuvée.
app-claim-filed-refused = Demande { $id } déposée : refusée.
app-claim-advanced = { $id } : { $step } — désormais { $status }
app-claims-reader-stopped = La lecture des demandes s'est arrêtée ; redémarrez CareDesk.
app-cannot-read-claims = Impossible de lire les demandes : { $error }.
app-staff-working = { $name } est au poste ; chaque action est enregistrée sous ce nom.
app-staff-added = { $name } ajouté(e) comme { $role }.
app-fee-set = Frais pour { $model } en { $region }, remplacement { $number }, fixés à { $amount }.
app-claim-reopened = { $id } rouverte.
app-pin-not-allowed = Non autorisé : { $why }.
app-demo-confirm-title = Charger les données de démonstration
app-demo-confirm-body = Cette base de données contient déjà des produits. Y ajouter quand même { $products } produits, formules et demandes de démonstration ?
app-demo-confirm = Ajouter les données de démonstration
app-csv-filter = CSV
app-import-title = Importer des produits
app-export-title = Exporter
app-connection-lost = La connexion à la base de données est perdue ({ $reason }). CareDesk se reconnecte seul ; d'ici là, rien ne peut être enregistré.
app-connection-restored = De nouveau connecté à la base de données.

# What failed, at the start of an error message ("{ $what }: …").
app-what-staff-option = --staff { $name }
app-what-search = La recherche a échoué
app-what-lookup = Impossible de rechercher { $serial }
app-what-refresh = Impossible d'actualiser { $serial }
app-what-staff-list = Impossible de lire la liste du personnel
app-what-fees = Impossible de lire le barème des frais
app-what-plus-not-bound = Care Refresh+ n'a pas été associé
app-what-card-not-bound = La carte { $code } n'a pas été associée
app-what-card-not-registered = La carte n'a pas été enregistrée
app-what-withdrawal = La résiliation n'a pas été enregistrée
app-what-plus-not-returned = Care Refresh+ n'a pas été retourné
app-what-claim-not-filed = La demande n'a pas été déposée
app-what-open-claim = Impossible d'ouvrir la demande { $id }
app-what-claim-not-changed = { $id } n'a pas été modifiée
app-what-count-claims = Impossible de compter les demandes
app-what-parcel-not-added = Le colis n'a pas été enregistré sur { $id }
app-parcel-added = { $id } : colis { $tracking } ({ $direction }) enregistré.
app-what-read-claims = Impossible de lire les demandes
app-what-not-done = Non effectué

# Background jobs.
job-another-running = Une autre tâche est en cours ; attendez-la ou annulez-la.
job-exporting = Export vers { $target }…
job-exported = { $items } élément(s) exporté(s) en { $format } vers { $target } ({ $kb } Ko).
job-export-failed = échec de l'export ({ $error }) ; aucun fichier n'a été écrit
job-loading-demo = Chargement de { $products } produits de démonstration…
job-demo-cancelled = Données de démonstration annulées ; rien n'a été ajouté.
job-demo-loaded = Données de démonstration chargées : { $products } produits, { $claims } demandes, { $cards } cartes d'activation.
job-importing = Import de { $file }…
job-imported = { $count } produits importés depuis { $file }.
job-stopped = La tâche s'est arrêtée : { $error }.
job-no-result = La tâche s'est terminée sans résultat.

## Serial lookup (src/ui/lookup.rs)

panel-lookup = Recherche par n° de série
lookup-intro = Scannez un numéro de série dans le champ en haut ({ $keys } ou { $alt } y place le curseur) ; Entrée ouvre le produit.
lookup-search-label = Rechercher :
lookup-search-hint = une partie d'un numéro de série, un modèle ou un n° de demande
lookup-results = Résultats
lookup-no-search-yet = Aucune recherche pour l'instant.
lookup-nothing-matches = Rien ne correspond à « { $query } ».
lookup-matches = { $count } correspondance(s) pour « { $query } » :
lookup-recent = Recherches récentes
lookup-recent-none = Aucune pour l'instant.
lookup-open-product = Ouvrir le produit

## Plan status (src/ui/plan_status.rs)

panel-plans = État des formules
plans-scan-first = Scannez ou saisissez un numéro de série dans la barre du haut ({ $keys }) pour voir ses formules.
plans-claims-on-unit = Demandes sur cet appareil
plans-claim-line = { $kind } · { $status } · soumise le { $submitted }
plans-product-returned = Produit retourné selon la politique de retour de DJI
plans-return-plus-button = Retourner Care Refresh+…
plans-return-plus-title = Retourner Care Refresh+
plans-return-plus-body = Retourner Care Refresh+ de { $serial } ? Les règles RET décident ; un refus est affiché et rien n'est modifié.
plans-return-plus-confirm = Retourner CR+
plans-model-series = { $model } · gamme { $series }
plans-unit-active = actif
plans-unit-reclaimed = repris — appartient à DJI
plans-bought-in = Acheté en { $region } · { $channel }
plans-international-yes = Service international : oui
plans-international-no = Service international : non
plans-replaced-by = · remplacé par
plans-replaces = · remplace
plans-take-claim = Prendre une demande
service-active = actif
service-not-started = pas commencé (ne peut pas être utilisé par anticipation)
service-expired = terminé : fin de validité
service-used-up = terminé : remplacements épuisés
service-withdrawn = terminé : résiliation confirmée
service-not-offered = non proposé (variante européenne)
plans-not-on-product = Pas sur ce produit.
plans-had-plus = Un appareil remplacé par celui-ci avait déjà Care Refresh+ (BUY-ONCE).
plans-withdraw-button = Confirmer la résiliation de { $plan }…
plans-withdraw-title = Résilier { $plan }
plans-withdraw-body = Confirmer la résiliation par le client de { $plan } sur { $serial } ? Ses services prennent fin aujourd'hui, et c'est irréversible.
plans-withdraw-confirm = Confirmer la résiliation
plans-term = Durée :
plans-bought = Acheté le :
plans-region = Région :
plans-region-service-region = { $region } (région de service { $service_region })
plans-starts = Début :
plans-date-relative = { $date }  ({ $relative })
plans-valid-through = Valable jusqu'au :
plans-replacements-label = Remplacements :
plans-replacements = { $used } utilisé(s), { $left } restant(s) sur { $allowed }
plans-replacements-european = { $used } utilisé(s), { $left } restant(s) sur { $allowed } (plafond européen)
plans-replacement-service = Service de remplacement :
plans-extended-warranty = Garantie étendue :

## Coverage (src/ui/coverage.rs)

panel-coverage = Couverture
coverage-for-model = Couverture pour { $model } (gamme { $series })
coverage-checklist = Liste de contrôle de la couverture
coverage-series-label = Gamme :
coverage-open-product-hint = Ouvrez un produit pour voir ce qui s'applique aujourd'hui.
coverage-no-series = Le catalogue ne contient aucune gamme.
coverage-replacement = Service de remplacement
coverage-warranty = Garantie étendue (Care Refresh+)
coverage-no-warranty-in-europe = Care Refresh+ acheté dans l'UE, au Royaume-Uni, en Suisse ou en Norvège n'a pas de garantie étendue.
coverage-replacement-today = Aujourd'hui, le remplacement relève de { $plan }.
coverage-no-replacement-today = Aucune formule n'offre de remplacement aujourd'hui.
coverage-never-send-back = Ne jamais renvoyer
coverage-send-only-parts = N'envoyez que les pièces à remplacer. Le client paie l'expédition de tout le reste.
coverage-never-item = ×  { $item }
# The never-send-back list: codes of the catalog (assets/catalog.json).
never-send-back-remote-controller = Radiocommande
never-send-back-combo-battery = La batterie fournie dans le combo
never-send-back-spare-batteries = Les batteries achetées séparément
never-send-back-other-dji-accessories = Les autres accessoires DJI
never-send-back-third-party-accessories = Les accessoires d'autres marques
never-send-back-microsd-card = La carte microSD (sauvegardez-la et effacez les données personnelles avant)
coverage-before-leaving = Avant que le produit quitte le comptoir
coverage-back-up = Sauvegardez les photos, vidéos et données de vol du client, puis supprimez les données personnelles : l'appareil peut ne pas revenir.
coverage-microsd = Retirez la carte microSD et remettez-la au client.
coverage-part = Pièce
coverage-at-most = Au plus
coverage-today = Aujourd'hui
coverage-pairs = { $cap } paires
coverage-covered = couvert
coverage-not-today = pas aujourd'hui

## Sell / bind CR+ (src/ui/sell_plus.rs)

panel-sell = Vendre / associer CR+
sell-heading = Vendre / associer Care Refresh+
sell-mode-store = En magasin, par numéro de série
sell-mode-card = Avec une carte d'activation
sell-scan-first = Scannez ou saisissez d'abord un numéro de série dans la barre du haut ({ $keys }).
sell-product = Produit : { $serial }
sell-store-region = Acheté dans un magasin de la région :
sell-purchase-date = Date d'achat :
sell-eligibility = Éligibilité
sell-button = Vendre et associer Care Refresh+
sell-button-disabled = Disponible quand la vérification d'éligibilité approuve et qu'une personne est au poste.
sell-card-code = Code d'activation :
sell-card-serial = N° de série :
sell-card-bind = Associer la carte
sell-card-hint = Un code ne s'associe qu'une fois. Les règles BUY décident avec la région de la carte ; un refus les liste ici.
sell-register-heading = Enregistrer une nouvelle carte d'activation
sell-register-code = Code :
sell-register-region = Région :
sell-register-button = Enregistrer

## Claim intake (src/ui/claim_intake.rs)

panel-intake = Prise en charge
intake-scan-first = Scannez ou saisissez d'abord un numéro de série dans la barre du haut ({ $keys }).
intake-heading = Prise en charge — { $serial }
intake-model-region = { $model } · { $region }
intake-open-replacement = Ouvrir { $serial }
intake-set-fee = Frais en { $region } :
intake-set-fee-button = Fixer les frais… (PIN)
intake-problem-on = La date de la demande n'est pas une date (AAAA-MM-JJ).
intake-problem-submitted = La date de soumission n'est pas une date (AAAA-MM-JJ).
intake-problem-shipped = La date d'expédition n'est pas une date (AAAA-MM-JJ).
intake-problem-region = `{ $code }` n'est pas un code de région connu (deux lettres, par ex. US ou DE).
intake-problem-no-part = Cochez au moins une pièce.
intake-service = Service :
intake-channel = Canal :
intake-cause = Cause :
intake-service-region = Région de service :
intake-service-region-is = région de service { $region }
intake-service-region-no-plus = { $region } : Care Refresh+ n'y est pas proposé
intake-on = Date de la demande :
intake-submitted = Soumise le :
intake-shipped-yet = Pièces déjà expédiées
intake-shipped-on = le
intake-parts = Pièces
intake-parts-not-covered = Pièces non couvertes pour cette gamme
intake-of-max = sur { $cap } max.
intake-customer = Client
intake-privacy = A accepté la politique de confidentialité de DJI
intake-transregional = Accepte les frais d'expédition, taxes et frais transrégionaux
intake-mfg-defect = Défaut de fabrication constaté avant l'entrée en vigueur de Care Refresh+
intake-exclusions-some = Exclusions (certaines constatées)
intake-exclusions-none = Exclusions (aucune constatée)
intake-decision = Décision
intake-file-approved = Déposer la demande (approuvée)
intake-file-refused = Enregistrer la demande refusée
intake-choose-staff = Choisissez qui est au poste (Paramètres) avant de déposer.
intake-photos-busy = Les photos sont en cours de lecture ou d'enregistrement : un instant.
intake-customer-pays = Le client paie
intake-pays-nothing = Rien : réparation et main-d'œuvre sont gratuites sous garantie étendue.
intake-fee-number = Frais de remplacement : { $fee } (remplacement n° { $number })
intake-fee = Frais de remplacement : { $fee }
intake-fee-missing-number = Frais de remplacement (remplacement n° { $number }) : absents du barème — demandez à un responsable
intake-fee-missing = Frais de remplacement : absents du barème — demandez à un responsable
intake-pays-transregional = Frais d'expédition, taxes et autres frais transrégionaux (chiffrés par la zone de service).
intake-dji-pays-shipping = DJI paie l'expédition aller-retour dans la zone de service.
intake-replacements-left = Remplacements restants après celui-ci : { $left }

## Claims (src/ui/claims.rs)

panel-claims = Demandes
claims-col-id = Demande
claims-col-serial = N° de série
claims-col-model = Modèle
claims-col-kind = Type
claims-col-status = Statut
claims-col-decided = Demandée le
claims-col-updated = Mise à jour
claims-col-decision = Décision / frais
claims-col-deadline = À expédier avant
claims-kind-replacement = Remplacement
claims-kind-warranty = Garantie
claims-approved = approuvée
claims-approved-fee = approuvée · { $fee }
claims-refused-rules = refusée · { $rules }
claims-shown = { $count } affichée(s)
claims-counting = comptage…
claims-any = tous
claims-status = Statut :
claims-kind = Type :
claims-from = Demandée du :
claims-to = au :
claims-date-hover = Inclus ; laisser vide pour ne pas limiter.
claims-serial-contains = N° de série ou de demande contenant :
claims-clear-filters = Effacer les filtres
claims-export-shown = Exporter les demandes affichées…
claims-export-one = Exporter cette demande…
claims-none-match = Aucune demande ne correspond à ces filtres.
claims-close-detail = Fermer le détail (Échap)
claims-sorted-asc = { $column } (croiss.)
claims-sorted-desc = { $column } (décroiss.)
claims-sort-hover = Trier selon cette colonne (à nouveau pour inverser)
claims-kind-channel = { $kind } · { $channel } ·
claims-model = · { $model }
claims-dates = Soumise le { $submitted } · décidée le { $decided }
claims-pays = Le client paie : { $fee }
claims-pays-number = Le client paie : { $fee } (remplacement n° { $number })
claims-replacement-unit = Appareil de remplacement :
claims-part-quantity = { $part } ×{ $quantity }
claims-parts = Pièces : { $parts }
claims-cause-region = Cause : { $cause } · région de service { $region }
claims-timeline = Chronologie
claims-timeline-zone = Chronologie (heures en { $zone })
claims-step-from = { $to } (depuis { $from })
claims-next-step = Étape suivante
claims-choose-staff = Choisissez qui est au poste (Paramètres) pour faire avancer la demande.
claims-nothing-left = Plus rien à faire sur cette demande.
claims-note = Note :
claims-note-hint = facultatif
claims-close-button = Clôturer la demande…
claims-close-title = Clôturer la demande
claims-close-body = Clôturer { $id } ? Une demande clôturée ne peut être rouverte que par un responsable.
claims-close-confirm = Clôturer la demande
claims-reopen-button = Rouvrir… (responsable)
claims-reopen-disabled = Écrivez une note expliquant pourquoi, puis rouvrez.
claims-new-serial = N° de série du nouvel appareil :
claims-ship-button = Expédier le remplacement…
claims-ship-disabled = Scannez le numéro de série de l'appareil de remplacement et laissez d'abord CareDesk le vérifier.
claims-ship-title = Finaliser le remplacement
claims-ship-body = Expédier { $new } en remplacement de { $serial } ?

    Le remplacement est décompté sur la formule en vigueur, le nouveau numéro de série est associé aux mêmes formules et validités, et { $serial } est marqué comme repris par DJI. C'est irréversible.
claims-ship-confirm = Expédier le remplacement
claims-queue = File de travail :
claims-queue-all = Toutes les demandes
claims-queue-count = { $queue } ({ $count })
claims-ship-by = À expédier avant le { $day }
claims-shipped-on = colis expédié le { $day }
claims-days-left = { $days ->
    [0] à expédier aujourd'hui au plus tard
    [one] 1 jour restant
   *[other] { $days } jours restants
}
claims-days-late = { $days ->
    [one] en retard : 1 jour de retard
   *[other] en retard : { $days } jours de retard
}
claims-days-late-short = { $days ->
    [one] 1 jour de retard
   *[other] { $days } jours de retard
}
claims-deadline-shipped = expédié le { $day }
claims-deadline-shipped-short = expédié
claims-lapse-hover = Clôturer comme refusée avec { $rule } : le colis du client n'est pas parti à temps. Le remplacement réservé est libéré.
claims-lapse-title = Rendre la demande caduque
claims-lapse-body = { $id } devait être expédiée avant le { $ship_by } et rien n'est parti à temps.

    Elle est clôturée comme refusée avec { $rule }, et le remplacement réservé est libéré. Un responsable peut la rouvrir.
claims-lapse-confirm = Rendre caduque
claims-receive-title = Le colis du client est arrivé
claims-receive-shipped = Expédié le (d'après le suivi) :
claims-receive-hint = La demande est à nouveau décidée avec ce jour : expédiée après le { $ship_by }, elle est refusée à réception ({ $rule }).
claims-receive-disabled = Saisissez le jour d'expédition du colis (AAAA-MM-JJ).
claims-receive-late-title = Expédié après le délai
claims-receive-late-body = Le colis de { $id } a été expédié le { $day }, après le { $ship_by }.

    Le recevoir décide à nouveau la demande : elle sera refusée à réception avec { $rule }, son remplacement libéré, et l'appareil retournera au client.
claims-receive-late-confirm = Recevoir et décider à nouveau
claims-parcels = Colis
claims-no-parcels = Aucun colis enregistré pour l'instant.
claims-parcel-add-heading = Enregistrer un colis
claims-parcel-carrier = Transporteur :
claims-parcel-tracking = Numéro de suivi :
claims-parcel-shipped = Expédié le :
claims-parcel-received = Reçu le :
claims-parcel-add = Ajouter le colis
claims-parcel-add-disabled = Indiquez le transporteur et le numéro de suivi ; les jours en AAAA-MM-JJ ou vides.
claims-parcel-days-both = expédié le { $shipped }, reçu le { $received }
claims-parcel-days-shipped = expédié le { $shipped }
claims-parcel-days-received = reçu le { $received }
claims-parcel-days-none = pas encore expédié
claims-ship-heading = Expédier le remplacement
claims-ship-check = Vérifier
claims-ship-scan-hint = Scannez le numéro de série du nouvel appareil (Entrée le vérifie).
claims-ship-checked = { $new } part comme { $model } et remplace { $serial }.

## Settings (src/ui/settings.rs)

panel-settings = Paramètres
settings-who-is-working = Qui est au poste
settings-no-staff = Pas encore de personnel : ajoutez la première personne ci-dessous (un responsable, avec un PIN).
settings-add-staff = Ajouter un membre du personnel
settings-name = Nom :
settings-role = Rôle :
settings-pin = Son PIN :
settings-add = Ajouter
settings-add-disabled = Un nom et son propre PIN d'au moins { $digits } chiffres ; le PIN d'un responsable est demandé ensuite.
settings-database = Base de données
settings-other-database = Pour utiliser un autre fichier, démarrez avec
settings-other-database-command = caredesk --db PATH
settings-demo-products = Produits de démonstration :
settings-appearance = Apparence
settings-use-light = Utiliser le thème clair
settings-use-dark = Utiliser le thème sombre
settings-language = Langue
settings-language-label = Langue :
settings-language-system = Langue du système ({ $language })
settings-language-set = Langue de CareDesk : { $language }.
settings-language-this-run = Langue de cette session : { $language } (--lang ou CAREDESK_LANG) ; un choix ici est conservé pour les prochains démarrages.
settings-fee-schedule = Barème des frais
settings-fees-supervisor-only = Seul un responsable peut modifier les frais.
settings-fee-filter = Modèle contenant :
settings-fee-model = Modèle
settings-fee-replacement = Remplacement
settings-fee-amount = Frais
settings-fee-number = { $region } n° { $number }
settings-fee-edit = Modifier
settings-fee-new-amount = Nouveau montant
settings-fee-not-an-amount = pas un montant
settings-fee-save = Enregistrer…
settings-fee-cancel = Annuler
sign-in-pin = Votre PIN :
sign-in-button = Se connecter
command-lock = Verrouiller
scanner-lock-hover = Verrouillez la fenêtre quand vous vous absentez ({ $keys }) ; votre PIN la rouvre.
app-locked = Verrouillé : connectez-vous avec votre PIN pour continuer. Ce qui a été saisi est conservé.
app-locked-idle = Verrouillé après { $minutes } minutes d'inactivité : connectez-vous avec votre PIN pour continuer. Ce qui a été saisi est conservé.
app-set-up-real = { $name } est le premier responsable de cette base de données et est connecté.
app-idle-lock-set = La fenêtre se verrouille désormais après { $minutes } minutes d'inactivité (0 : jamais), sur chaque poste.
pin-add-staff = Ajouter { $name } comme { $role }.
pin-set-idle-lock = Verrouiller chaque poste après { $minutes } minutes d'inactivité (0 : jamais).
pin-supervisor-needed = Il faut un responsable : il choisit son nom et saisit son propre PIN.
pin-no-supervisor = Cette base de données n'a pas de responsable.
pin-choose-supervisor = Choisissez d'abord le responsable.
setup-title = Une nouvelle base de données
setup-body = Personne n'utilise encore cette base de données. Créez son premier responsable (son propre PIN, 6 chiffres ou plus), ou remplissez-la de données de démonstration pour essayer CareDesk.
setup-pin = PIN :
setup-pin-again = PIN à nouveau :
setup-button = Créer le premier responsable
setup-demo = Remplir de données de démonstration
setup-pins-differ = Les deux PIN diffèrent ; saisissez à nouveau le PIN.
banner-demo = DONNÉES DE DÉMONSTRATION — produits, clients et demandes inventés ; pas pour un vrai service
banner-read-only = La base de données a échoué à son contrôle d'intégrité et est ouverte en lecture seule ({ $why }) : rien ne peut être enregistré. Restaurez une sauvegarde (caredesk restore FILE).
settings-switch-hint = Cliquez sur un nom pour changer de personne : son PIN est demandé.
settings-idle-lock = Verrouillage automatique
settings-idle-lock-minutes = Verrouiller après (minutes) :
settings-idle-lock-set = Définir (responsable)
settings-idle-lock-hint = La fenêtre se verrouille après ce nombre de minutes d'inactivité, sur chaque poste ; 0 ne verrouille jamais.
settings-demo-database = Une base de démonstration : son personnel a les PIN indiqués dans le README.
settings-last-backup = Dernière sauvegarde : { $at }
settings-no-backup = Pas encore de sauvegarde de cette base de données.
app-backup-failed = La sauvegarde automatique du jour a échoué : { $error }. Faites-en une à la main (caredesk backup --out FILE).
save-title = Enregistrer l'export { $format }
save-no-native = Aucune boîte de dialogue de fichiers du système n'est disponible ici : choisissez le dossier et le nom du fichier.
save-folder = Dossier :
save-name = Nom du fichier :
save-replace = Remplacer un fichier de ce nom
save-button = Enregistrer
save-cancelled = Annulé : rien n'a été écrit ni importé.
save-native-gave-nothing = Aucun fichier n'a été choisi dans la boîte de dialogue du système (ou elle n'a pas pu s'afficher). Choisissez ici le dossier et le nom du fichier, ou Annuler.
save-no-folder = Il n'y a pas de dossier { $folder }.
save-bad-name = Saisissez un nom de fichier (sans séparateur de dossier).
save-exists = { $name } existe déjà ici : cochez « Remplacer » pour le remplacer, ou choisissez un autre nom.
open-title = Importer des produits depuis un fichier CSV
open-button = Importer
open-no-file = Il n'y a pas de fichier { $name } dans ce dossier.
open-native-gave-nothing = Aucun fichier n'a été choisi dans la boîte de dialogue du système (ou elle n'a pas pu s'afficher). Choisissez ici le dossier et le nom du fichier, ou Annuler.
pin-set-role = Faire de { $name } un { $role }.
pin-reset-pin = Donner un nouveau PIN à { $name } (cela lève aussi un verrouillage).
app-role-set = { $name } est désormais { $role }.
app-pin-reset = { $name } a un nouveau PIN ; un verrouillage est levé.
settings-manage-staff = Rôles et PIN
settings-person = Personne :
settings-choose-person = choisir une personne
settings-person-locked = Verrouillé après des PIN erronés jusqu'au { $until } ; un nouveau PIN lève le verrouillage.
settings-set-role = Changer le rôle (responsable)
settings-new-pin = Nouveau PIN :
settings-reset-pin = Définir un nouveau PIN (responsable)
receipt-pdf-title = Reçu de prise en charge { $claim }
receipt-title = CareDesk — Reçu de prise en charge
receipt-subtitle = Imprimé le { $printed } · conservez ce reçu : il indique votre demande
receipt-footer = Reçu de prise en charge { $claim }
receipt-claim-line = { $kind } · { $channel } · région de service { $region }
receipt-dates-line = Soumise le { $submitted } · statut : { $status }
receipt-customer = Client
receipt-no-customer = Aucun client n'a été enregistré avec cette demande.
receipt-name = Nom
receipt-phone = Téléphone
receipt-email = E-mail
receipt-address = Adresse
receipt-product = Produit et pièces reçus
receipt-model = Modèle
receipt-serial = Numéro de série
receipt-parts = Pièces reçues
receipt-intake = Liste de contrôle et dommages
receipt-no-intake = Aucune liste de contrôle n'a été enregistrée avec cette demande.
receipt-incomplete-confirmed = Prise en charge avec une liste de contrôle ou une description incomplète, comme confirmé au comptoir.
receipt-description = Dommages décrits
receipt-no-description = Aucune description n'a été donnée.
receipt-privacy-recorded = Politique de confidentialité acceptée ; enregistré par { $who } le { $at }.
receipt-privacy-accepted = Politique de confidentialité acceptée.
receipt-privacy-not-accepted = La politique de confidentialité n'a pas été acceptée.
receipt-decision = Décision
receipt-approved = APPROUVÉE
receipt-refused = REFUSÉE
receipt-under-plan = au titre de { $plan }
receipt-no-plan = aucune formule en vigueur
receipt-decided-on = décidée pour le { $day }
receipt-advice = Ce qui la rendrait approuvable :
receipt-pays = Ce que vous payez et quand expédier
receipt-pays-nothing-refused = Rien : la demande a été refusée.
receipt-pays-nothing = Rien.
receipt-fee = Frais de remplacement : { $amount } ({ $currency }).
receipt-fee-missing = Frais de remplacement : selon le barème (aucun montant enregistré pour l'instant).
receipt-transregional = Frais d'expédition, taxes et autres frais transrégionaux, selon devis (acceptés).
receipt-ship-by = Expédiez les pièces au plus tard le { $date }.
receipt-never-send-back = Ne jamais renvoyer
receipt-signature = Signature du client
receipt-signed-at = Signé le { $at }
receipt-not-signed = Non signé.
label-pdf-title = Étiquette de colis { $claim }
label-serial = Numéro de série
label-parts = Pièces dans le colis
label-customer = Client
label-submitted = Soumise le { $date }
label-ship-by = À expédier avant le { $date }
claim-pdf-customer = Client
claim-pdf-customer-id = N° client
claim-pdf-photos = Photos des dommages
claim-pdf-photo-unreadable = (miniature illisible)
claim-pdf-photo-caption = { $name } · { $width }×{ $height } · sha256 { $sha256 }
claim-pdf-signature = Signature du client
claim-pdf-signature-erased = effacée (signée le { $at })
claim-pdf-signed = signée le { $at } · enregistrée par { $who }
pdf-footer = CareDesk — { $what }
pdf-footer-page = page { $n } sur { $total }
pdf-continued = { $title } — { $what } (suite)
pdf-yes = oui
pdf-no = non
claim-pdf-doc-title = Rapport de demandes CareDesk
claim-pdf-doc-title-one = Rapport de demande CareDesk { $claim }
claim-pdf-title = CareDesk — Rapport de demande
claim-pdf-footer = Rapport de demande { $claim }
claim-pdf-generated = Généré le { $at } · état des formules au { $day }
claim-pdf-status-line = Demande : { $kind } · statut : { $status } · déposée le { $submitted } · décidée le { $decided }
claim-pdf-product = Produit
claim-pdf-serial = Numéro de série
claim-pdf-model = Modèle
claim-pdf-series = Gamme
claim-pdf-bought-via = Acheté via
claim-pdf-bought-in = Acheté en/au
claim-pdf-unit-status = État de l'appareil
claim-pdf-international = Service international
claim-pdf-replaces = Remplace l'appareil
claim-pdf-replaced-by = Remplacé par
claim-pdf-plans = Formules
claim-pdf-no-plans = Aucune formule Care Refresh sur ce produit.
claim-pdf-plan-term = { $plan } ({ $term })
claim-pdf-plan-withdrawn = { $plan }, rétractée
claim-pdf-replacements-used = { $used } sur { $allowed } utilisés, { $left } restants
claim-pdf-col-plan = Formule
claim-pdf-col-region = Région
claim-pdf-col-starts = Début
claim-pdf-col-valid-through = Valable jusqu'au
claim-pdf-col-replacements = Remplacements
claim-pdf-col-replacement = Remplacement
claim-pdf-col-ext-warranty = Garantie étendue
claim-pdf-claim-and-parts = Demande et pièces demandées
claim-pdf-no-parts = Aucune pièce indiquée.
claim-pdf-col-part = Pièce
claim-pdf-col-code = Code
claim-pdf-col-quantity = Quantité
claim-pdf-exclusions-none = aucune
claim-pdf-transregional-accepted = acceptés
claim-pdf-transregional-not-accepted = non acceptés
claim-pdf-channel = Canal de service
claim-pdf-service-region = Région de service
claim-pdf-cause = Cause
claim-pdf-shipped-on = Pièces expédiées le
claim-pdf-privacy = Confidentialité acceptée
claim-pdf-transregional = Frais transrégionaux
claim-pdf-exclusions = Exclusions constatées
claim-pdf-decision = Décision
claim-pdf-approved = APPROUVÉE
claim-pdf-refused = REFUSÉE
claim-pdf-under-plan = au titre de { $plan }
claim-pdf-no-plan-in-effect = aucune formule en vigueur
claim-pdf-approved-line = { $plan } · aucune règle n'a refusé cette demande
claim-pdf-approved-left = { $plan } · remplacements restants après cette demande : { $left } · aucune règle n'a refusé cette demande
claim-pdf-refused-line = { $plan } · { $rules ->
    [one] 1 règle a refusé cette demande
   *[other] { $rules } règles ont refusé cette demande
}
claim-pdf-interpretations = Interprétations des conditions appliquées
claim-pdf-pays = Le client paie
claim-pdf-pays-refused = Rien : la demande a été refusée.
claim-pdf-fee = Frais de remplacement : { $amount }
claim-pdf-fee-missing = Frais de remplacement : selon le barème (aucun montant enregistré)
claim-pdf-transregional-fees = Frais d'expédition, taxes et autres frais transrégionaux, selon devis (acceptés par le client)
claim-pdf-pays-nothing-warranty = Rien : la réparation et la main-d'œuvre sont gratuites sous la garantie étendue.
claim-pdf-pays-nothing = Rien.
claim-pdf-dji-pays-shipping = DJI prend en charge l'expédition aller-retour dans la zone de service.
claim-pdf-never-send-back = Ne jamais renvoyer
claim-pdf-never-send-back-intro = Ne renvoyer que les pièces à remplacer ; le client paie l'expédition de tout le reste :
claim-pdf-timeline = Chronologie
claim-pdf-no-events = Aucun événement enregistré.
claim-pdf-col-when = Quand ({ $zone })
claim-pdf-col-when-plain = Quand
claim-pdf-col-who = Qui
claim-pdf-col-from = De
claim-pdf-col-to = À
claim-pdf-col-note = Note
claim-pdf-summary-footer = Synthèse du rapport de demandes
claim-pdf-count = { $claims ->
    [one] 1 demande
   *[other] { $claims } demandes
}
claim-pdf-claims = Demandes
claim-pdf-filter = Filtre
claim-pdf-at-a-glance = Vue d'ensemble
claim-pdf-col-decision = Décision
claim-pdf-col-kind = Type
claim-pdf-col-status = Statut
claim-pdf-cited-rules = Règles ayant refusé des demandes
claim-pdf-col-rule = Règle
claim-pdf-col-reason = Motif
claim-pdf-kind-replacement = Remplacement
claim-pdf-kind-warranty = Garantie
claim-pdf-claims-heading = Demandes de ce rapport
claim-pdf-no-claims = Aucune demande ne correspond au filtre.
claim-pdf-col-claim = Demande
claim-pdf-col-submitted = Déposée
claim-pdf-col-serial = N° de série
claim-pdf-col-rules = Règles
report-filter-all = toutes les demandes
report-filter-claim = demande { $claim }
report-filter-status = statut { $status }
report-filter-kind = type { $kind }
report-filter-decided-between = décidées du { $from } au { $to }
report-filter-decided-from = décidées à partir du { $from }
report-filter-decided-to = décidées jusqu'au { $to }
report-filter-serial = n° de série ou de demande contenant « { $text } »
expiring-pdf-doc-title = Couvertures CareDesk arrivant à échéance
expiring-pdf-title = CareDesk — Couvertures arrivant à échéance
expiring-pdf-generated = Généré le { $at } · services se terminant du { $from } à { $days } jours plus tard
expiring-pdf-footer = Couvertures arrivant à échéance, { $days } prochains jours
expiring-pdf-next = { $days } prochains jours
expiring-pdf-none = Aucun service de remplacement ni garantie étendue ne se termine dans cette période.
expiring-pdf-col-service = Service
expiring-pdf-col-ends = Fin
expiring-pdf-col-days-left = Jours restants
panel-customers = Clients
customers-intro = Trouvez un client par une partie de son nom, téléphone ou e-mail, ou ajoutez-en un. Les modifications sont journalisées ; l'oubli efface ses données personnelles partout.
customers-none-open = Aucun client ouvert : cherchez-en un à gauche.
customers-heading = Client n° { $id } : { $name }
customers-erased-note = Oublié le { $date } : son nom, téléphone, e-mail, adresse et notes sont effacés partout ; ses demandes restent.
customers-save = Enregistrer les modifications
customers-undo = Annuler les modifications
customers-papers-language = Documents imprimés en : { $lang }
customers-products = Produits
customers-no-products = Aucun produit.
customers-claims = Demandes
customers-no-claims = Aucune demande.
customers-claim-line = { $serial } · { $status }
customers-privacy = Ses données
customers-export = Exporter les données de ce client…
customers-forget = Oublier ce client…
customers-forget-title = Oublier ce client ?
customers-forget-body = { $name } (n° { $id }) : son nom, téléphone, e-mail, adresse, notes et signatures sont effacés partout, sans retour possible. Ses demandes, décisions et événements restent, avec la mention « effacé ». Le PIN d'un responsable est demandé ensuite.
customers-forget-confirm = Oublier, avec le PIN d'un responsable
pin-forget-customer = Oublier le client n° { $id } ({ $name }) : effacer ses données personnelles partout.
customer-find = Trouver un client
customer-new = Nouveau client
customer-find-label = Nom, téléphone ou e-mail
customer-find-hint = au moins 3 caractères
customer-none-found = Aucun client ne correspond.
customer-add = Ajouter le client
customer-change = Modifier
customer-field-name = Nom
customer-field-phone = Téléphone
customer-field-email = E-mail
customer-field-address = Adresse
customer-field-lang = Langue (par ex. zh-Hant, ko, de)
customer-field-notes = Notes
intake-customer-who = Pour qui est la demande
intake-checklist = Liste de contrôle de prise en charge
intake-description = Dommages tels que le client les décrit
intake-description-hint = Ce qui s'est passé, ce qui est cassé
intake-photos = Photos des dommages
intake-photo-remove = Retirer
intake-signature = Signature du client
intake-confirm-title = Déposer avec une prise en charge incomplète ?
intake-confirm-file = Déposer quand même
photos-add = Ajouter des photos…
photos-drop-hint = ou déposez des fichiers JPEG/PNG sur la fenêtre (20 Mo chacun au plus)
signature-pad = Pavé de signature
signature-hint = Signez ici avec la souris, un stylet ou le doigt
signature-clear = Effacer la signature
sell-customer = Client
lookup-customers = Clients
lookup-no-customers = Aucun client ne correspond.
lookup-customer-claims = Demandes des clients correspondants
lookup-claim-of = { $serial } · { $customer }
claims-customer = Client et prise en charge
claims-customer-line = n° { $id } { $name }
claims-no-customer = Aucun client enregistré avec cette demande.
claims-incomplete-confirmed = Prise en charge incomplète (confirmée).
claims-description = Dommages : { $text }
claims-privacy-recorded = Acceptation de la confidentialité enregistrée par { $who } le { $at }
claims-photos = Photos
claims-no-photos = Pas encore de photos.
claims-photo-hover = { $name } · { $width }×{ $height } · sha256 { $sha256 }
claims-signature = Signature
claims-not-signed = Non signé.
claims-signed = Signé le { $at }, enregistré par { $who }
claims-sign = Signer maintenant…
claims-keep-signature = Conserver la signature
claims-papers = Documents pour le client
claims-print-receipt = Imprimer le reçu…
claims-print-label = Imprimer l'étiquette de colis…
app-customer-added = Client n° { $id } ajouté : { $name }.
app-customer-saved = Client n° { $id } enregistré : { $name }.
app-customer-exported = Tout ce qui est conservé sur le client n° { $id } a été écrit dans { $file }.
app-customer-export-title = Exporter les données du client
app-customer-forgotten = Le client n° { $id } a été oublié : ses données personnelles sont effacées.
app-what-find-customers = Recherche de clients
app-what-customer-not-added = Le client n'a pas été ajouté
app-what-customer-not-saved = Le client n° { $id } n'a pas été enregistré
app-what-open-customer = Ouverture du client n° { $id }
app-what-customer-export = Export du client n° { $id }
app-what-signature = La signature de { $id } n'a pas été conservée
app-what-print = Impression pour { $id }
app-photos-title = Photos des dommages
app-photos-filter = Photos
app-photos-reading = Lecture de { $count } photo(s)…
app-photos-drop-where = Déposez les photos sur la prise en charge (avec un produit ouvert) ou sur une demande ouverte.
app-filing-with-photos = Enregistrement de la demande avec { $count } photos…
app-no-thread = Impossible de lancer un fil pour les photos ({ $error }) ; rien n'a été fait, réessayez.
app-photo-ready = { $name } est prête ; elle sera conservée au dépôt de la demande.
app-photo-attached = { $name } est conservée avec { $id }.
app-photo-unreadable = { $name } est illisible ({ $error }).
app-photo-not-kept = { $name } n'a pas été conservée : { $error }
app-signed = La signature est conservée avec { $id }.
app-print-title = Enregistrer le PDF à imprimer
app-paper-receipt = Le reçu
app-paper-label = L'étiquette de colis
app-printed = { $what } de { $id } a été écrit dans { $file }.
app-customer-export-file = customer-{ $id }.json
app-receipt-file = { $id }-receipt.pdf
app-label-file = { $id }-label.pdf
app-json-filter = JSON
app-pdf-filter = PDF
app-photo-no-thumbnail = aucune miniature n'a pu être créée
advice-open-clause = Ouvrir la clause des conditions sur laquelle repose cette règle
advice-button-accept-privacy = Noter la confidentialité acceptée
advice-button-remove-parts = Retirer { $parts }
advice-button-reduce-parts = Réduire au maximum
advice-button-accept-transregional = Noter les frais acceptés
advice-button-service-in = Prise en charge en { $region }
advice-button-buy-in = Vendre via { $region }
advice-button-apply-all = Appliquer les { $count } étapes
advice-not-kept = Aucun conseil n'a été conservé avec cette demande (décidée avant que CareDesk ne les conserve).
clause-title = Conditions derrière { $rule }
clause-lines = Conditions, lignes { $first }–{ $last }
clause-line = Conditions, ligne { $line }
clause-none = Aucune clause des conditions n'est associée à cette règle.
clause-unreadable = Les conditions n'ont pas pu être lues : { $error }
appointment-status-booked = Réservé
appointment-status-checked_in = Arrivé
appointment-status-cancelled = Annulé
appointment-status-no_show = Absent
repair-choice-replacement = Service de remplacement
repair-choice-paid_repair = Réparation payante
panel-today = Aujourd'hui
today-heading = Rendez-vous du { $date }
today-previous-day = ‹ Veille
today-next-day = Lendemain ›
today-today = Aujourd'hui
today-counter = Comptoir :
today-counter-hint = tous les comptoirs
today-refresh = Actualiser
today-import = Importer un CSV…
today-import-hover = Importer l'export de la page Swift Service (tout ou rien ; une ligne fautive est indiquée par son numéro).
today-scan-hint = Scannez le numéro de série d'un produit réservé pour enregistrer l'arrivée du client et prendre la demande.
today-loading = Lecture de la journée…
today-none = Aucun rendez-vous ce jour-là.
today-count-total = { $count } réservés en tout
today-count-waiting = { $count } encore attendus
today-count-late = { $count } en retard
today-count-checked-in = { $count } arrivés
today-count-no-show = { $count } absents
today-count-cancelled = { $count } annulés
today-col-time = Heure
today-col-customer = Client
today-col-serial = Produit
today-col-case = Motif
today-col-counter = Comptoir
today-col-status = Statut
today-late = En retard
today-serial-hint = scanner ou saisir
today-check-in = Enregistrer l'arrivée
today-check-in-disabled = Scannez ou saisissez d'abord le numéro de série du produit (et choisissez qui est au poste).
today-take-claim = Prendre la demande
today-open-claim = Ouvrir la demande
today-edit = Modifier
today-more = Plus…
today-no-show = Absent
today-no-show-title = Marquer comme absent ?
today-no-show-body = { $name } ({ $slot }) n'est pas venu. Le rendez-vous est clos comme absence ; c'est enregistré.
today-cancel = Annuler…
today-cancel-title = Annuler le rendez-vous ?
today-cancel-body = Le rendez-vous de { $name } à { $slot } est annulé ; c'est enregistré.
today-cancel-confirm = Annuler le rendez-vous
today-form-new = Prendre un rendez-vous
today-form-edit = Modifier le rendez-vous { $id }
today-form-book = Réserver
today-form-save = Enregistrer les modifications
today-form-clear = Effacer
today-form-incomplete = Un jour (AAAA-MM-JJ), une heure (HH:MM), le comptoir et le nom du client (et qui est au poste).
today-field-day = Jour :
today-field-slot = Heure :
today-field-name = Client :
today-field-phone = Téléphone :
today-field-store = Comptoir :
today-field-serial = N° de série :
today-field-case-ref = N° de dossier :
today-field-case = Motif :
today-banner = Arrivée : rendez-vous { $id } à { $slot }, { $store }
today-banner-customer = Client : { $customer }
today-banner-case = Dossier { $reference } : { $case }
today-banner-link = La demande déposée ici est liée à ce rendez-vous.
quote-heading = Remplacement ou réparation payante
quote-heading-warranty = Réparation sous garantie étendue
quote-col-replacement = Service de remplacement
quote-col-repair = Réparation payante
quote-row-pays = Le client paie
quote-row-left = Remplacements restants ensuite
quote-row-plan = Formule valable jusqu'au
quote-row-warranty = Garantie étendue jusqu'au
quote-free = Gratuit : réparation et main-d'œuvre sont couvertes
quote-no-fee = frais manquants
quote-not-quoted = pas encore de devis
quote-warranty-through = Garantie étendue jusqu'au { $date }
quote-recorded-by = Devis de { $who }, { $at }
quote-valid-until = valable jusqu'au { $date }
quote-covers-text = Comprend : { $covers }
quote-choice = Le client a choisi : { $choice } (enregistré par { $who }, { $at })
quote-choose-replacement = Le client choisit le remplacement
quote-choose-repair = Le client choisit la réparation payante
quote-choose-repair-title = Réparation payante ?
quote-choose-repair-confirm = Enregistrer la réparation payante
quote-choose-repair-body = Le client prend la réparation payante de { $id } pour { $amount } ; la demande passe en réparation payante. C'est enregistré.
quote-form-new = Enregistrer le devis de réparation payante
quote-form-replace = Modifier le devis
quote-amount = Montant :
quote-currency = Devise :
quote-covers = Comprend :
quote-covers-hint = ce que couvre la réparation
quote-valid-until-label = Valable jusqu'au :
quote-valid-until-bad = pas une date à partir d'aujourd'hui (AAAA-MM-JJ), ou laissez vide
quote-record = Enregistrer le devis
app-what-appointments = Impossible de lire les rendez-vous
app-what-appointment-not-saved = Le rendez-vous n'a pas été enregistré
app-what-check-in = L'arrivée pour le rendez-vous { $id } n'a pas été enregistrée
app-what-import-appointments = Rien n'a été importé depuis { $file }
app-what-quote-not-recorded = Aucun devis enregistré sur { $id }
app-what-choice-not-recorded = Le choix sur { $id } n'a pas été enregistré
app-import-appointments-title = Importer des rendez-vous
app-appointment-added = Rendez-vous { $id } réservé : { $name } à { $slot }.
app-appointment-changed = Rendez-vous { $id } modifié.
app-appointment-status = Rendez-vous { $id } : { $status }.
app-appointments-imported = { $count } rendez-vous importés depuis { $file }.
app-checked-in = Rendez-vous { $id } : arrivée de { $name } enregistrée avec { $serial } ; prenez la demande.
app-quote-recorded = { $id } : devis de réparation payante de { $amount } enregistré.
app-choice-recorded = { $id } : le client a choisi { $choice }.
today-field-email = E-mail :
appointment-bad-slot = Le créneau « { $slot } » n'est pas une heure comme 09:30.
appointment-no-store = Indiquez le comptoir (magasin) du Swift Service Center réservé par le client.
appointment-not-found = Il n'y a pas de rendez-vous { $id }.
appointment-erased = Le client du rendez-vous { $id } a été oublié : le rendez-vous ne garde aucune de ses données et ne peut plus être modifié.
appointment-not-booked = Le rendez-vous { $id } est { $status } : seul un rendez-vous réservé peut être modifié, annulé, marqué absent ou enregistré.
appointment-changed-meanwhile = Le rendez-vous { $id } a été modifié sur un autre poste ; rien n'a été enregistré : consultez-le à nouveau.
appointment-no-serial = Le rendez-vous { $id } n'a pas encore de numéro de série : scannez ou saisissez celui du produit pour l'enregistrer.
appointment-link-not-checked-in = Le rendez-vous { $id } est { $status } : enregistrez-le avant d'y lier une demande.
appointment-already-linked = Le rendez-vous { $id } est déjà lié à la demande { $claim }.
appointment-claim-other-serial = La demande { $claim } concerne { $serial }, le rendez-vous { $id } concerne { $booked }.
appointment-csv-line = ligne { $line } : { $error }
appointment-csv-missing-column = l'en-tête n'a pas de colonne « { $column } » (attendu : { $expected })
appointment-csv-unknown-column = colonne inconnue « { $column } » (attendu : { $expected })
appointment-csv-bad-day = jour : « { $day } » n'est pas une date (AAAA-MM-JJ)
appointment-csv-empty = Le fichier ne contient aucun rendez-vous (seulement un en-tête, ou rien).
quote-refused-warranty = { $id } est une réparation sous garantie étendue : elle est gratuite, il n'y a rien à chiffrer.
quote-refused-express = { $id } est un remplacement express : le service express n'offre pas le choix d'une réparation payante.
quote-refused-status = { $id } est { $status } : le devis de réparation payante s'enregistre une fois les dommages évalués.
quote-refused-chosen = Le choix du client pour { $id } est enregistré : le devis ne change plus.
quote-expired = Un devis valable jusqu'au { $date } a déjà expiré.
quote-amount-not-positive = Le montant du devis doit être supérieur à zéro (pas { $amount }).
quote-none-yet = { $id } n'a pas de devis de réparation payante : enregistrez le devis avant le choix du client.
quote-lapsed = Le devis de { $id } était valable jusqu'au { $date } : enregistrez d'abord un nouveau devis.
event-paid-repair-chosen = Le client a choisi la réparation payante ({ $amount }).
claim-pdf-quote = Remplacement ou réparation payante
claim-pdf-quote-replacement = Service de remplacement
claim-pdf-quote-repair = Réparation payante (devis)
claim-pdf-quote-covers = La réparation couvre
claim-pdf-quote-valid-until = Devis valable jusqu'au
claim-pdf-quoted-by = Devis établi par
claim-pdf-quote-choice = Choix du client
claim-pdf-quote-side = { $amount } · remplacements restants ensuite : { $left }
claim-pdf-quote-no-fee = aucuns frais enregistrés
claim-pdf-quote-not-stated = non précisé
claim-pdf-quote-not-chosen = pas encore enregistré
claim-pdf-quote-chosen = { $choice } (enregistré par { $who }, { $at })
claim-pdf-quoted = { $who }, { $at }

## The service layer's refusals and errors (issue 16). Codes, serials,
## ids and rule IDs stay as they are. $id a claim id or a number, $serial a
## serial, $name a person, $role/$status a label in words.
desk-err-no-claim = aucune demande `{ $id }`
desk-err-claim-input = données de la demande : { $error }
desk-err-reopen-needs-note = rouvrir une demande demande une note qui dit pourquoi
desk-err-reopen-only-refused = seule une demande refusée peut être rouverte ; { $id } est { $status }
desk-err-reopen-only-refused-approved = seule une demande refusée peut être rouverte ; { $id } est { $status } (approuvée)
desk-err-no-plus-for-repair = { $serial } n'a pas de Care Refresh+ sur lequel compter la réparation
desk-err-no-plan-for-replacement = la demande { $id } n'a pas de plan sur lequel compter le remplacement
desk-err-unit-reclaimed = l'appareil { $serial } a déjà été repris
desk-err-warranty-no-ship = { $id } est une demande de garantie prolongée : aucun remplacement n'est expédié
desk-err-needs-supervisor-now = { $name } est maintenant { $role } ; il faut un superviseur pour cela
desk-err-needs-supervisor = { $name } est { $role } ; il faut un superviseur pour cela
desk-err-no-staff = aucun membre du personnel { $id }
desk-err-salt = impossible de créer un sel : { $error }
desk-err-hash = impossible de hacher le PIN : { $error }
desk-err-staff-name-not-found = membre du personnel `{ $name }`
desk-err-staff-id-not-found = membre du personnel { $id }
desk-err-staff-name-empty = le nom du membre du personnel ne peut pas être vide
desk-err-staff-name-long = un nom de membre du personnel compte au plus { $max } caractères
desk-err-staff-exists = un membre du personnel nommé `{ $name }` existe déjà
desk-err-only-supervisor = { $name } est le seul superviseur ; nommez d'abord quelqu'un d'autre superviseur
desk-err-pin-shape = un PIN compte de { $min } à { $max } chiffres (0–9)
desk-err-no-pin = { $name } n'a pas encore de PIN ; un superviseur en définit un (caredesk staff pin "{ $name }")
desk-err-wrong-pin = PIN erroné pour { $name } (encore { $left } PIN erroné(s) et { $name } est bloqué { $minutes } minutes)
desk-err-unknown-model = modèle inconnu `{ $model }`
desk-err-fee-region = { $region } n'est pas une région de service Care Refresh+ (les frais sont fixés pour { $regions })
desk-err-fee-number = le remplacement n° { $number } n'est pas entre 1 et { $most } (un plan de 2 ans compte au plus { $most } remplacements)
desk-err-fee-negative = des frais ne peuvent pas être négatifs
desk-err-fee-currency-code = la devise `{ $currency }` n'est pas un code de trois lettres comme USD
desk-err-fee-currency = les frais en { $region } sont en { $want }, pas en { $currency }
desk-err-no-cr-for-plus = aucun plan CR auquel lier le CR+
desk-err-code-shape = le code d'activation `{ $code }` ne compte pas 4 lettres, chiffres ou tirets ou plus
desk-err-code-exists = le code d'activation { $code } existe déjà
desk-err-code-unknown = code d'activation inconnu { $code }
desk-err-no-plus-to-return = { $serial } n'a pas de Care Refresh+ à retourner
desk-err-plus-returned = le Care Refresh+ de { $serial } a déjà été retourné
desk-err-no-cr = { $serial } n'a pas de plan Care Refresh
desk-err-no-plus = { $serial } n'a pas de Care Refresh+
desk-err-plan-withdrawn = { $plan } de { $serial } est déjà retiré
desk-err-past-calendar = { $days } jours après le { $today } dépassent la fin du calendrier
desk-err-no-serial = aucun produit avec le numéro de série `{ $serial }`
desk-err-no-product-id = aucun produit avec l'identifiant { $id }
desk-err-serial-shape = le numéro de série `{ $serial }` ne compte pas de 4 à 32 lettres, chiffres ou tirets
desk-err-region-code = { $field } : code de région inconnu `{ $region }` (un code ISO 3166-1 alpha-2 comme US ou DE est attendu)
desk-err-cr-ends = la fin du CR ({ $ends }) doit suivre son début ({ $starts })
desk-err-cr-used = les remplacements CR utilisés ({ $used }) dépassent le total ({ $total })
desk-err-no-parcel = aucun colis { $id }

## The store's errors (StoreError). $db/$path a database, $error the
## backend's or the file's own words, $until a UTC time.
store-err-refused = refusé : { $reasons }
store-err-not-found = introuvable : { $what }
store-err-no-database = il n'y a pas de base CareDesk à { $path } ; rien n'a été créé (vérifiez le chemin, ou donnez --create pour y créer une nouvelle base)
store-err-not-caredesk = { $path } n'est pas une base CareDesk ; elle est restée inchangée
store-err-damaged = la base est endommagée ({ $error }) ; elle est ouverte en lecture seule et rien n'a été enregistré — restaurez une sauvegarde (caredesk restore FILE)
store-err-locked = { $name } est bloqué après { $attempts } PIN erronés jusqu'à { $until } ; réessayez alors, ou demandez à un superviseur de réinitialiser le PIN
store-err-illegal-transition = une demande à l'état { $status } ne peut pas recevoir l'action `{ $action }`
store-err-not-allowed = non autorisé : { $reason }
store-err-code-used = le code d'activation { $code } est déjà lié à un produit ; un code ne se lie qu'une fois
store-err-schema-too-new = cette base a la version de schéma { $found }, plus récente que celle que connaît ce CareDesk ({ $known }) ; utilisez un CareDesk plus récent
store-err-corrupt = la base contient une valeur illisible : { $error }
store-err-busy = la base est verrouillée par un autre programme ou poste ; rien n'a été enregistré, réessayez (base : { $db })
store-err-conflict = un autre poste a modifié les mêmes enregistrements au même moment ; rien n'a été enregistré, réessayez (base : { $db })
store-err-read-only = la base est ici en lecture seule ; rien n'a été enregistré (base : { $db })
store-err-disk-full = le disque est plein ; rien n'a été enregistré, libérez de la place et réessayez (base : { $db })
store-err-connection-lost = la connexion au serveur de base de données est perdue ; rien n'a été enregistré, et CareDesk se reconnecte seul quand le serveur revient (base : { $db })
store-err-cannot-open = la base ne peut pas être ouverte : { $error }
store-err-backend = base de données : { $error }
store-err-unfinished = pas encore terminé : { $what }

## The service layer: demo data, first setup, backups, the product CSV import.
desk-err-demo-max = au plus { $max } produits de démonstration à la fois
desk-err-demo-real-data = { $db } contient des données réelles : les données de démonstration ne vont que dans une base de démonstration (caredesk --db NEW_FILE demo)
desk-err-demo-real-data-here = cette base contient des données réelles : les données de démonstration ne vont que dans une base de démonstration
desk-err-setup-demo-db = ceci est une base de démonstration ; créez-en une réelle dans un nouveau fichier (caredesk --db NEW_FILE --create staff init NAME)
desk-err-setup-has-staff = cette base a déjà du personnel ; un superviseur ajoute les personnes (caredesk staff add)
desk-err-idle-lock-range = le verrouillage d'inactivité va de 0 (jamais) à { $max } minutes
desk-err-backup-not-file = { $path } n'est pas un fichier ordinaire (un dossier, un lien, un périphérique ou un tube) ; une sauvegarde ne s'écrit que dans un fichier
desk-err-backup-no-folder = le dossier { $path } n'existe pas
desk-err-backup-postgres = { $what } : une base PostgreSQL se sauvegarde et se restaure avec pg_dump et psql du serveur (README, « Backups »)
desk-err-backup-no-dir = aucun dossier de sauvegarde
desk-err-no-file = aucun fichier à { $path }
desk-err-history-altered = l'historique de { $path } a été modifié ({ $first }) ; il n'a pas été restauré
desk-err-line = ligne { $line } : { $error }
desk-err-import-no-column = ligne 1 : l'en-tête n'a pas de colonne `{ $column }` (attendu : { $expected })
desk-err-import-unknown-column = ligne 1 : colonne inconnue `{ $column }` (attendu : { $expected })
desk-err-import-cancelled = import annulé ; rien n'a été importé

## Reopening read-only and moving a database (caredesk migrate).
desk-err-read-only-sqlite = seul un fichier SQLite peut être rouvert en lecture seule
desk-err-migrate-same = --from et --to désignent la même base
desk-err-migrate-not-empty = la base cible n'est pas vide ({ $there }) ; migrate copie dans une base nouvelle et vide
