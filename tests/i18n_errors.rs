//! Issue 16: the service layer's refusals and the store's errors speak the
//! desk's language. Real refused actions on a real SQLite file — a claim
//! dated in the future (a bounded day, SPEC §6), a wrong PIN, an unknown
//! serial, a technician doing a supervisor's work — give the Korean and
//! German messages with the language set to `ko` and `de`, and the English
//! ones, word for word as before, with `en`. Serials, names, days and codes
//! stay as they are.
//!
//! The language is the process's: the cases here take it one after the
//! other (`LANGUAGE_LOCK`), and each puts English back.

#[macro_use]
mod store_support;

use caredesk::desk::{ClaimFilter, ClaimKind, Money, StoreError};
use caredesk::i18n::{self, Lang};
use caredesk::rules::{ServiceChannel, Term};
use std::sync::{Mutex, MutexGuard, PoisonError};
use store_support::{Desk, TECH_PIN, d, r, replacement};

const SERIAL: &str = "1SSDH7R00B0001";

static LANGUAGE_LOCK: Mutex<()> = Mutex::new(());

/// Holds the process's language for one case; English again when dropped.
struct InLanguage(#[allow(dead_code)] MutexGuard<'static, ()>);

impl InLanguage {
    fn set(tag: &str) -> Self {
        let guard = LANGUAGE_LOCK.lock().unwrap_or_else(PoisonError::into_inner);
        let lang = Lang::all()
            .find(|l| l.tag() == tag)
            .expect("the desk has it");
        i18n::set_current(lang);
        InLanguage(guard)
    }
}

impl Drop for InLanguage {
    fn drop(&mut self) {
        i18n::set_current(Lang::EN);
    }
}

fn desk() -> Desk {
    let mut desk = Desk::new();
    desk.product(SERIAL, "DJI Mavic 3", "US", Term::TwoYear, "2025-03-01");
    desk
}

/// Files a replacement claim submitted on `on` (today is 2026-11-25).
fn file_on(desk: &Desk, serial: &str, on: &str) -> StoreError {
    let input = caredesk::desk::ClaimInput {
        shipped: None,
        ..replacement("US", ServiceChannel::Online, on)
    };
    desk.store
        .file_claim(desk.tech, serial, ClaimKind::Replacement, &input, d(on))
        .expect_err("refused")
}

#[test]
fn a_claim_dated_in_the_future_is_refused_in_the_desks_language() {
    let desk = desk();
    let cases = [
        (
            "en",
            "claim.submitted: 2026-11-26 is in the future (today is 2026-11-25).",
        ),
        (
            "ko",
            "claim.submitted: 2026-11-26은(는) 미래 날짜입니다(오늘은 2026-11-25).",
        ),
        (
            "de",
            "claim.submitted: 2026-11-26 liegt in der Zukunft (heute ist 2026-11-25).",
        ),
    ];
    for (tag, want) in cases {
        let _lang = InLanguage::set(tag);
        let e = file_on(&desk, SERIAL, "2026-11-26");
        assert!(matches!(e, StoreError::OutOfBounds(_)), "{tag}: {e:?}");
        assert_eq!(e.to_string(), want, "{tag}");
    }
    // Nothing was filed in any language.
    assert_eq!(desk.store.count_claims(&ClaimFilter::default()).unwrap(), 0);
}

#[test]
fn a_wrong_pin_is_refused_in_the_desks_language() {
    let desk = desk();
    let cases = [
        (
            "en",
            "not allowed: wrong PIN for Tess Tech (4 more wrong PIN(s) lock Tess Tech for 5 minutes)",
        ),
        (
            "ko",
            "허용되지 않음: Tess Tech의 PIN이 틀렸습니다(3번 더 틀리면 Tess Tech은(는) 5분 동안 잠깁니다)",
        ),
        (
            "de",
            "nicht erlaubt: falsche PIN für Tess Tech (noch 2 falsche PIN(s) sperren Tess Tech für 5 Minuten)",
        ),
    ];
    for (tag, want) in cases {
        let _lang = InLanguage::set(tag);
        let e = desk.store.sign_in(desk.tech, "000000").unwrap_err();
        assert!(matches!(e, StoreError::NotAllowed(_)), "{tag}: {e:?}");
        assert_eq!(e.to_string(), want, "{tag}");
    }
    // The right PIN still signs in (three wrong ones do not lock).
    desk.store.sign_in(desk.tech, TECH_PIN).unwrap();
}

#[test]
fn an_unknown_serial_is_not_found_in_the_desks_language() {
    let desk = desk();
    let cases = [
        ("en", "not found: no product with serial `1SSDH7R00B9999`"),
        (
            "ko",
            "찾을 수 없음: 시리얼 `1SSDH7R00B9999`인 제품이 없습니다",
        ),
        (
            "de",
            "nicht gefunden: kein Produkt mit Seriennummer `1SSDH7R00B9999`",
        ),
    ];
    for (tag, want) in cases {
        let _lang = InLanguage::set(tag);
        let e = file_on(&desk, "1SSDH7R00B9999", "2026-11-20");
        assert!(matches!(e, StoreError::NotFound(_)), "{tag}: {e:?}");
        assert_eq!(e.to_string(), want, "{tag}");
    }
}

#[test]
fn a_technician_setting_a_fee_is_refused_in_the_desks_language() {
    let desk = desk();
    let fee = Money {
        cents: 7900,
        currency: "USD".into(),
    };
    let cases = [
        (
            "en",
            "not allowed: Tess Tech is a technician; this needs a supervisor",
        ),
        ("ko", "허용되지 않음: Tess Tech"),
        ("de", "nicht erlaubt: Tess Tech ist "),
    ];
    for (tag, want) in cases {
        let _lang = InLanguage::set(tag);
        let e = desk
            .store
            .set_fee(desk.tech, TECH_PIN, "DJI Mavic 3", r("US"), 1, fee.clone())
            .unwrap_err();
        assert!(matches!(e, StoreError::NotAllowed(_)), "{tag}: {e:?}");
        let text = e.to_string();
        assert!(text.starts_with(want), "{tag}: {text}");
        if tag != "en" {
            assert!(!text.contains("needs a supervisor"), "{tag}: {text}");
        }
    }
}
