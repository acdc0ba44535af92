//! The app as an address asks for it: compact chrome for an embed, the
//! theme chosen by `theme=`, and one notice line per ignored parameter.

use kubeplay::embed::params::Params;
use wasm_bindgen_test::*;

use super::support::{fresh_key, mount, mount_with};

#[wasm_bindgen_test]
async fn an_embed_address_gives_compact_chrome_its_theme_and_notices() {
    let params = Params::parse("?embed=1&theme=dark&lang=fr&step=2");
    let pg = mount_with(&fresh_key("embed"), params).await;
    let class = pg.find(".kp-app").unwrap().class_name();
    assert!(class.contains("kp-embed"), "{class}");
    assert!(class.contains("kp-theme-dark"), "{class}");
    assert!(
        pg.find(".kp-header").is_none(),
        "no page header when embedded"
    );
    assert!(pg.find(".kp-toolbar").is_some(), "the time controls stay");
    assert_eq!(
        pg.lines(),
        [
            "kubeplay: ignored lang=\"fr\": expected one of en, zh-TW, ja, ko, es",
            "kubeplay: ignored step=\"2\": it needs a lesson= parameter",
        ]
    );
    pg.run("echo still-works").await;
    assert_eq!(pg.lines().last().map(String::as_str), Some("still-works"));
}

#[wasm_bindgen_test]
async fn a_plain_address_keeps_the_header_and_prints_nothing() {
    let pg = mount(&fresh_key("plain")).await;
    assert!(pg.find(".kp-header").is_some());
    assert!(!pg
        .find(".kp-app")
        .unwrap()
        .class_name()
        .contains("kp-embed"));
    assert_eq!(pg.lines(), Vec::<String>::new());
}
