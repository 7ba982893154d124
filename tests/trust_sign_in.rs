//! Issue 15, sign-in: every staff member has a personal PIN (6+ digits,
//! Argon2); five wrong PINs lock that person for five minutes, kept in the
//! database and audited; adding staff, changing roles and resetting PINs
//! need a signed-in supervisor; the first supervisor is made once; the idle
//! lock is a setting of the database. On SQLite and PostgreSQL.

#[macro_use]
mod store_support;

use caredesk::desk::{
    DEFAULT_IDLE_LOCK_MINUTES, LOCK_MINUTES, MAX_IDLE_LOCK_MINUTES, Role, StoreError,
    WRONG_PINS_BEFORE_LOCK,
};
use chrono::{Duration, NaiveDateTime};
use store_support::{Backend, Desk, PIN, SSC_PIN, TECH_PIN, TestDb};

fn at(s: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M:%S").unwrap()
}

fn actions(desk: &Desk, n: usize) -> Vec<String> {
    desk.store
        .audit_log(n)
        .unwrap()
        .into_iter()
        .map(|a| a.action)
        .collect()
}

fn five_wrong_pins_lock_a_person_for_five_minutes(b: Backend) {
    let desk = Desk::on(b);
    let t0 = at("2026-11-25T10:00:00");
    // The right PIN signs in.
    let who = desk.store.sign_in_at(desk.tech, TECH_PIN, t0).unwrap();
    assert_eq!(who.name(), "Tess Tech");
    assert_eq!(who.role(), Role::Technician);
    // Four wrong ones: refused, each counted and audited.
    for n in 1..WRONG_PINS_BEFORE_LOCK {
        let e = desk.store.sign_in_at(desk.tech, "000000", t0).unwrap_err();
        assert!(
            matches!(&e, StoreError::NotAllowed(m) if m.contains("wrong PIN")),
            "{e:?}"
        );
        let left = WRONG_PINS_BEFORE_LOCK - n;
        assert!(e.to_string().contains(&format!("{left} more")), "{e}");
    }
    // The fifth locks, for five minutes.
    let e = desk.store.sign_in_at(desk.tech, "000000", t0).unwrap_err();
    let until = t0 + Duration::minutes(LOCK_MINUTES);
    assert!(
        matches!(&e, StoreError::Locked { name, until: u, .. } if name == "Tess Tech" && *u == until),
        "{e:?}"
    );
    assert!(e.is_not_allowed());
    // While locked, even the right PIN is refused — from another
    // workstation too: the lock is in the database.
    let other = desk.reopen();
    let e = other
        .sign_in_at(desk.tech, TECH_PIN, t0 + Duration::minutes(4))
        .unwrap_err();
    assert!(matches!(e, StoreError::Locked { .. }), "{e:?}");
    let listed = other.staff_by_name("Tess Tech").unwrap();
    assert_eq!(listed.locked_until, Some(until));
    // Someone else is not locked.
    other.sign_in_at(desk.ssc, SSC_PIN, t0).unwrap();
    // Audited: every wrong PIN, the lock, the attempt while locked.
    let log = actions(&desk, 7);
    assert_eq!(log[0], "sign_in_while_locked");
    assert_eq!(log[1], "staff_locked");
    assert_eq!(
        log[2..].iter().filter(|a| *a == "wrong_pin").count(),
        5,
        "{log:?}"
    );
    // Five minutes later the right PIN works, and the count starts again.
    let back = other.sign_in_at(desk.tech, TECH_PIN, until).unwrap();
    assert_eq!(back.id(), desk.tech);
    assert_eq!(other.staff_by_name("Tess Tech").unwrap().locked_until, None);
    let e = other.sign_in_at(desk.tech, "999999", until).unwrap_err();
    assert!(e.to_string().contains("4 more"), "{e}");
}

fn pins_are_personal_and_six_digits_or_more(b: Backend) {
    let desk = Desk::on(b);
    let sup = desk.store.sign_in(desk.sup, PIN).unwrap();
    for bad in [
        "1234",
        "12345",
        "12345a",
        "",
        " 123456",
        "1".repeat(65).as_str(),
    ] {
        let e = desk
            .store
            .add_staff(&sup, "Short Pin", Role::Technician, bad)
            .unwrap_err();
        assert!(
            matches!(&e, StoreError::Invalid(m) if m.contains("6 to 64 digits")),
            "{bad:?}: {e:?}"
        );
    }
    assert!(desk.store.staff_by_name("Short Pin").is_err(), "none added");
    let s = desk
        .store
        .add_staff(&sup, "Long Pin", Role::Technician, "12345678901234")
        .unwrap();
    assert!(s.has_pin);
    // Each person signs in with their own PIN, not another's.
    assert!(desk.store.sign_in(s.id, PIN).is_err());
    desk.store.sign_in(s.id, "12345678901234").unwrap();
}

fn only_a_signed_in_supervisor_adds_staff_changes_roles_and_resets_pins(b: Backend) {
    let desk = Desk::on(b);
    let tech = desk.store.sign_in(desk.tech, TECH_PIN).unwrap();
    let sup = desk.store.sign_in(desk.sup, PIN).unwrap();
    let refused = |r: Result<caredesk::desk::Staff, StoreError>| {
        let e = r.unwrap_err();
        assert!(
            matches!(&e, StoreError::NotAllowed(m) if m.contains("needs a supervisor")),
            "{e:?}"
        );
    };
    // The attack of the issue: a technician adding a supervisor "Eve".
    refused(
        desk.store
            .add_staff(&tech, "Eve", Role::Supervisor, "000000"),
    );
    refused(
        desk.store
            .set_staff_role(&tech, desk.tech, Role::Supervisor),
    );
    refused(desk.store.set_staff_pin(&tech, desk.sup, "000000"));
    assert!(desk.store.staff_by_name("Eve").is_err());
    assert_eq!(
        desk.store.staff_by_name("Tess Tech").unwrap().role,
        Role::Technician
    );
    // Anyone changes their own PIN.
    desk.store
        .set_staff_pin(&tech, desk.tech, "246802")
        .unwrap();
    desk.store.sign_in(desk.tech, "246802").unwrap();
    // A supervisor adds people, changes roles, resets PINs (lifting a lock).
    let eve = desk
        .store
        .add_staff(&sup, "Eve Evans", Role::Ssc, "555555")
        .unwrap();
    let t0 = at("2026-11-25T10:00:00");
    for _ in 0..WRONG_PINS_BEFORE_LOCK {
        let _ = desk.store.sign_in_at(eve.id, "000000", t0);
    }
    assert!(
        desk.store
            .staff_by_name("Eve Evans")
            .unwrap()
            .locked_until
            .is_some()
    );
    desk.store.set_staff_pin(&sup, eve.id, "777777").unwrap();
    desk.store.sign_in_at(eve.id, "777777", t0).unwrap();
    let promoted = desk
        .store
        .set_staff_role(&sup, eve.id, Role::Supervisor)
        .unwrap();
    assert_eq!(promoted.role, Role::Supervisor);
    // A sign-in proves the PIN, not a role forever: demoted, no more.
    let eve_in = desk.store.sign_in(eve.id, "777777").unwrap();
    desk.store
        .set_staff_role(&sup, eve.id, Role::Technician)
        .unwrap();
    let e = desk
        .store
        .add_staff(&eve_in, "Mallory", Role::Supervisor, "666666")
        .unwrap_err();
    assert!(e.is_not_allowed(), "{e:?}");
    // The last supervisor stays one.
    let e = desk
        .store
        .set_staff_role(&sup, desk.sup, Role::Technician)
        .unwrap_err();
    assert!(e.to_string().contains("only supervisor"), "{e}");
    let log = actions(&desk, 20);
    for a in ["add_staff", "set_staff_role", "reset_pin", "change_own_pin"] {
        assert!(log.iter().any(|x| x == a), "{a} audited: {log:?}");
    }
}

fn the_first_supervisor_is_made_once_and_never_on_a_demo_database(b: Backend) {
    let db = TestDb::new(b);
    let store = db.open();
    assert!(store.needs_setup().unwrap());
    assert_eq!(store.kind().unwrap(), caredesk::desk::DatabaseKind::New);
    let ana = store.set_up_real("Ana Admin", "192837").unwrap();
    assert_eq!(ana.role(), Role::Supervisor);
    assert_eq!(store.kind().unwrap(), caredesk::desk::DatabaseKind::Real);
    assert!(!store.is_demo().unwrap());
    let e = store.set_up_real("Eve", "000000").unwrap_err();
    assert!(e.is_not_allowed(), "{e:?}");
    assert_eq!(store.staff().unwrap().len(), 1);

    let demo_db = TestDb::new(b);
    let demo = demo_db.open();
    demo.load_demo(5, store_support::d("2026-11-25"), &|_| true)
        .unwrap();
    let e = demo.set_up_real("Eve", "000000").unwrap_err();
    assert!(e.to_string().contains("demo database"), "{e}");
}

fn the_idle_lock_is_a_setting_of_the_database(b: Backend) {
    let desk = Desk::on(b);
    assert_eq!(
        desk.store.idle_lock_minutes().unwrap(),
        DEFAULT_IDLE_LOCK_MINUTES
    );
    let sup = desk.store.sign_in(desk.sup, PIN).unwrap();
    let tech = desk.store.sign_in(desk.tech, TECH_PIN).unwrap();
    assert!(
        desk.store
            .set_idle_lock_minutes(&tech, 1)
            .unwrap_err()
            .is_not_allowed()
    );
    assert!(matches!(
        desk.store
            .set_idle_lock_minutes(&sup, MAX_IDLE_LOCK_MINUTES + 1),
        Err(StoreError::Invalid(_))
    ));
    desk.store.set_idle_lock_minutes(&sup, 3).unwrap();
    // Every workstation reads the same.
    assert_eq!(desk.reopen().idle_lock_minutes().unwrap(), 3);
}

on_both_backends!(
    five_wrong_pins_lock_a_person_for_five_minutes,
    pins_are_personal_and_six_digits_or_more,
    only_a_signed_in_supervisor_adds_staff_changes_roles_and_resets_pins,
    the_first_supervisor_is_made_once_and_never_on_a_demo_database,
    the_idle_lock_is_a_setting_of_the_database,
);
