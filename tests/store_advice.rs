//! SPEC §5 advice kept with a claim when it is decided, on both backends:
//! the steps with the reasons naming what was observed (REP-EXCLUDED names
//! the exclusion, REP-PART the part), the decision after the steps and the
//! windows; the claim detail and the report reader give it back; reopening
//! a claim keeps the advice of its new decision, and so does lapsing one
//! (REP-SHIP-LATE); an approved online claim not shipped yet says by when
//! the parts must be shipped. The words are kept in every language of the
//! desk, so a claim decided at an English counter reads in German or Korean
//! at another (issue 16).

#[macro_use]
mod store_support;

use caredesk::desk::{ClaimAction, ClaimFilter, ClaimKind, ClaimStatus};
use caredesk::i18n::Lang;
use caredesk::rules::{Exclusion, Part, ServiceChannel, Term};
use caredesk::vocab::Verdict;
use store_support::{Backend, Desk, PIN, d, r, replacement, warranty};

const SERIAL: &str = "1SSDH7R00A0001";

fn desk_with_mavic(b: Backend) -> Desk {
    let mut desk = Desk::on(b);
    desk.product(SERIAL, "DJI Mavic 3", "US", Term::OneYear, "2025-03-15");
    desk
}

fn a_refusal_keeps_its_steps_and_the_exclusion_observed(b: Backend) {
    let desk = desk_with_mavic(b);
    let mut input = replacement("US", ServiceChannel::Ssc, "2025-06-01");
    input.parts.insert(Part::Motor, 1);
    input.exclusions = vec![Exclusion::UnauthorizedRepair];
    input.privacy_accepted = false;
    let c = desk.file_replacement(SERIAL, &input).unwrap();
    assert_eq!(c.row.rules, ["REP-PART", "REP-EXCLUDED", "REP-PRIVACY"]);
    let advice = c.advice.clone().expect("advice kept with the claim");
    let steps: Vec<(&str, &str)> = advice
        .steps
        .iter()
        .map(|s| (s.rule.as_str(), s.remedy.as_str()))
        .collect();
    assert_eq!(
        steps,
        [
            ("REP-PART", "remove_parts"),
            ("REP-EXCLUDED", "none"),
            ("REP-PRIVACY", "accept_privacy")
        ]
    );
    assert!(
        advice.steps[0]
            .reason
            .ends_with("Not covered for the Mavic series: Motor."),
        "{}",
        advice.steps[0].reason
    );
    assert!(
        advice.steps[1]
            .reason
            .contains(Exclusion::UnauthorizedRepair.label()),
        "{}",
        advice.steps[1].reason
    );
    assert!(advice.steps[0].text.contains("Remove Motor"));
    // The exclusion cannot be fixed at the counter; nor does time help.
    assert_eq!(advice.after_steps, Verdict::Refused);
    assert_eq!(advice.approved_through, None);
    assert_eq!(advice.approvable_from, None);
    assert_eq!(
        advice.window,
        "Not approvable on any day in the next three years as it stands."
    );

    // Read back as the detail and as the reports read it.
    assert_eq!(
        desk.store.claim(&c.row.id).unwrap().advice,
        Some(advice.clone())
    );
    let page = desk
        .store
        .claims_for_report(&ClaimFilter::default(), Some(&c.row.id), None, 10)
        .unwrap();
    assert_eq!(page.len(), 1);
    assert_eq!(page[0].advice, Some(advice));
}

fn an_approved_online_claim_says_by_when_to_ship(b: Backend) {
    let desk = desk_with_mavic(b);
    let mut input = replacement("US", ServiceChannel::Online, "2025-06-01");
    input.shipped = None;
    let c = desk.file_replacement(SERIAL, &input).unwrap();
    assert_eq!(c.row.status, ClaimStatus::Approved);
    let advice = c.advice.expect("advice kept");
    assert!(advice.steps.is_empty());
    assert_eq!(advice.after_steps, Verdict::Approved);
    // Online: within 7 natural days of submitting.
    assert_eq!(advice.approved_through, Some(d("2025-06-08")));
    assert_eq!(
        advice.window,
        "The customer must ship the parts by 8 June 2025."
    );
}

fn reopening_keeps_the_advice_of_the_new_decision(b: Backend) {
    let desk = desk_with_mavic(b);
    let c = desk
        .store
        .file_claim(
            desk.tech,
            SERIAL,
            ClaimKind::ExtendedWarranty,
            &warranty("US", "2026-04-01"),
            d("2026-04-01"),
        )
        .unwrap();
    let before = c.advice.expect("advice kept");
    assert_eq!(before.steps[0].rule, "EW-NO-PLUS");
    assert_eq!(before.after_steps, Verdict::Refused);
    let id = c.row.id;
    desk.store
        .buy_plus(desk.ssc, SERIAL, r("US"), d("2026-01-05"))
        .unwrap();
    let re = desk
        .store
        .reopen_claim(desk.sup, PIN, &id, "CR+ was sold in January")
        .unwrap();
    assert_eq!(re.row.status, ClaimStatus::Approved);
    let after = re.advice.expect("advice of the new decision");
    assert!(after.steps.is_empty());
    assert_eq!(after.after_steps, Verdict::Approved);
    // One row per claim: the new advice replaced the old.
    let counts = desk.store.storage().read().unwrap().counts().unwrap();
    assert_eq!(counts.claim_advice, counts.claims);
}

/// Lapsing an overdue claim (REP-SHIP-LATE) keeps the advice of the new
/// decision: nothing the counter can do, not approvable on any later day.
fn a_lapsed_claim_keeps_the_ship_late_advice(b: Backend) {
    let mut desk = Desk::on(b);
    desk.product(SERIAL, "DJI Mavic 3", "US", Term::OneYear, "2026-03-01");
    let mut input = replacement("US", ServiceChannel::Online, "2026-11-10");
    input.shipped = None;
    let c = desk.file_replacement(SERIAL, &input).unwrap();
    let before = c.advice.expect("advice kept");
    assert_eq!(
        before.window,
        "The customer must ship the parts by 17 November 2026."
    );
    let lapsed = desk
        .store
        .advance_claim(desk.tech, &c.row.id, ClaimAction::Lapse, "")
        .unwrap();
    assert_eq!(lapsed.row.rules, ["REP-SHIP-LATE"]);
    let after = lapsed.advice.expect("advice of the lapse");
    let steps: Vec<(&str, &str)> = after
        .steps
        .iter()
        .map(|s| (s.rule.as_str(), s.remedy.as_str()))
        .collect();
    assert_eq!(steps, [("REP-SHIP-LATE", "none")]);
    assert!(
        after.steps[0].text.contains("within 7 days"),
        "{}",
        after.steps[0].text
    );
    assert_eq!(after.after_steps, Verdict::Refused);
    assert_eq!(after.approvable_from, None);
}

fn lang(tag: &str) -> Lang {
    Lang::all()
        .find(|l| l.tag() == tag)
        .expect("a language of the desk")
}

/// Decided at an English counter, read in German and Korean: the window,
/// the steps' texts and the reasons in those languages, the rule IDs and
/// remedy codes unchanged (REP-PART, REP-PRIVACY); read back from the store.
fn the_words_are_kept_in_every_language(b: Backend) {
    let desk = desk_with_mavic(b);
    let mut input = replacement("US", ServiceChannel::Online, "2025-06-01");
    input.shipped = None;
    let approved = desk.file_replacement(SERIAL, &input).unwrap();
    input.parts.insert(Part::Motor, 1);
    input.privacy_accepted = false;
    let refused = desk.file_replacement(SERIAL, &input).unwrap();
    let approved = desk.store.claim(&approved.row.id).unwrap().advice.unwrap();
    let refused = desk.store.claim(&refused.row.id).unwrap().advice.unwrap();
    assert_eq!(
        approved.window,
        "The customer must ship the parts by 8 June 2025."
    );
    let de = approved.in_lang(lang("de"));
    assert!(
        de.window.starts_with("Der Kunde muss die Teile bis") && de.window.contains("2025"),
        "{}",
        de.window
    );
    assert!(de.other_languages.is_empty());
    let ko = approved.in_lang(lang("ko"));
    assert!(
        ko.window.contains("부품을 발송해야 합니다"),
        "{}",
        ko.window
    );
    // English asked: the words as decided.
    assert_eq!(approved.in_lang(Lang::EN).window, approved.window);

    let de = refused.in_lang(lang("de"));
    let codes = |a: &caredesk::desk::AdviceRecord| -> Vec<(String, String)> {
        a.steps
            .iter()
            .map(|s| (s.rule.clone(), s.remedy.clone()))
            .collect()
    };
    assert_eq!(codes(&de), codes(&refused));
    assert_eq!(
        codes(&de)[0],
        ("REP-PART".to_string(), "remove_parts".to_string())
    );
    for (en, de) in refused.steps.iter().zip(&de.steps) {
        assert_ne!(en.text, de.text, "{} in German", en.rule);
        assert_ne!(en.reason, de.reason, "{} in German", en.rule);
    }
    assert!(
        de.steps[0]
            .reason
            .starts_with(caredesk::rules::RuleId::RepPart.reason_in(lang("de"))),
        "{}",
        de.steps[0].reason
    );
    // All six languages of the desk, none twice, the deciding one apart.
    let mut tags: Vec<&str> = refused.other_languages.keys().map(String::as_str).collect();
    tags.sort_unstable();
    assert_eq!(tags, ["de", "fr", "ko", "zh-Hans", "zh-Hant"]);
}

on_both_backends!(
    a_lapsed_claim_keeps_the_ship_late_advice,
    a_refusal_keeps_its_steps_and_the_exclusion_observed,
    an_approved_online_claim_says_by_when_to_ship,
    reopening_keeps_the_advice_of_the_new_decision,
    the_words_are_kept_in_every_language,
);
