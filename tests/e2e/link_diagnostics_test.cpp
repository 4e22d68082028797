// End to end: every diagnostic of the link phase, with its exact text and position, and
// nothing published when there is one.
#include <doctest/doctest.h>

#include "e2e/site_fixture.hpp"
#include "support/inline_site.hpp"
#include "support/printers.hpp"

using stilas::test::build_inline;
using stilas::test::typed_site_config;
using stilas::test::typed_site_pages;
using Lines = std::vector<std::string>;

// A method page that is a draft, for the DRAFT001 cases.
const std::string k_draft_method = R"(-- metoder/utkast.md --
---
title: Utkast
draft: true
---
)";

TEST_CASE("a clean typed site builds with no diagnostics and is published") {
    auto b = build_inline(typed_site_config() + typed_site_pages());
    CHECK(b->headlines() == Lines{});
    CHECK(b->sink.committed());
    CHECK(b->has("verktoy/igp/index.html"));
    CHECK(b->has("metoder/aksjonslaering/index.html"));
}

TEST_CASE("reports a reference to a page that does not exist, with a suggestion") {
    auto b = build_inline(typed_site_config() + typed_site_pages() + R"(-- verktoy/ny.md --
---
title: Ny
metoder: [aksjonslaring]
---
)");
    CHECK(b->headlines() == Lines{"content/verktoy/ny.md:3:11: feil[REF001]: Fant ingen side «aksjonslaring» blant "
                                  "metoder. Mente du «aksjonslaering»?"});
    CHECK_FALSE(b->sink.committed());
    CHECK(b->sink.files().empty());
}

TEST_CASE("reports a reference to a page of the wrong type") {
    auto b = build_inline(typed_site_config() + typed_site_pages() + R"(-- verktoy/ny.md --
---
title: Ny
metoder: [igp]
---
)");
    CHECK(b->headlines() == Lines{"content/verktoy/ny.md:3:11: feil[REF002]: «igp» er en side av typen «verktoy», men "
                                  "feltet «metoder» skal peke på «metoder». Velg en side av riktig type."});
}

TEST_CASE("reports a broken relative link and a broken anchor at their line and column") {
    auto b = build_inline(typed_site_config() + typed_site_pages() + R"(-- verktoy/ny.md --
---
title: Ny
---
Første linje.
Se [her](../metoder/aksjonslaring.md) og [der](../metoder/aksjonslaering.md#fire-laringsrom).
)");
    CHECK(b->headlines() ==
          Lines{"content/verktoy/ny.md:5:10: feil[LINK001]: Lenken peker på «../metoder/aksjonslaring.md», som ikke "
                "finnes (metoder/aksjonslaring.md). Mente du «metoder/aksjonslaering.md»?",
                "content/verktoy/ny.md:5:48: feil[LINK002]: Siden «Aksjonslæring» (content/metoder/aksjonslaering.md) "
                "har ingen overskrift med ankeret «#fire-laringsrom». Mente du «#fire-laeringsrom»?"});
}

TEST_CASE("reports a wikilink to nothing and an ambiguous wikilink") {
    auto b = build_inline(typed_site_config() + typed_site_pages() + R"(-- metoder/igp.md --
---
title: IGP som metode
---
-- verktoy/ny.md --
---
title: Ny
---
Se [[aksjonslaring]] og [[igp]].
)");
    CHECK(b->headlines() ==
          Lines{"content/verktoy/ny.md:4:6: feil[LINK004]: Wikilenken [[aksjonslaring]] peker på en side som ikke "
                "finnes. Mente du «aksjonslaering»?",
                "content/verktoy/ny.md:4:27: feil[LINK005]: Wikilenken [[igp]] passer på flere sider (metoder, "
                "verktoy). Skriv [[metoder/igp]] for å velge én."});
}

TEST_CASE("reports a site path that leads nowhere and a same-page anchor that does not exist") {
    auto b = build_inline(typed_site_config() + typed_site_pages() + R"(-- verktoy/ny.md --
---
title: Ny
---
## Om verktøyet
[a](/verktoy/finnes-ikke/) [b](#om-verktoyet) [c](#om-verktoy)
)");
    CHECK(b->headlines() ==
          Lines{"content/verktoy/ny.md:5:5: feil[LINK003]: Fant ingen side eller fil på adressen «/verktoy/finnes-ikke/». "
                "Sjekk adressen, eller lenk til .md-filen til siden.",
                "content/verktoy/ny.md:5:51: feil[LINK002]: Siden «Ny» (content/verktoy/ny.md) har ingen overskrift "
                "med ankeret «#om-verktoy». Mente du «#om-verktoyet»?"});
}

TEST_CASE("reports two files that map to one URL after æ, ø and å are spelled out") {
    auto b = build_inline(typed_site_config() + typed_site_pages() + R"(-- verktoy/far.md --
---
title: Far
---
-- verktoy/får.md --
---
title: Får
---
)");
    CHECK(b->headlines() == Lines{"content/verktoy/får.md:1:1: feil[URL001]: Siden får samme adresse (/verktoy/far/) "
                                  "som content/verktoy/far.md. Gi en av filene et annet navn; æ, ø og å blir ae, o og "
                                  "a i adresser."});
}

TEST_CASE("reports a root page that takes the address of a generated listing") {
    auto b = build_inline(typed_site_config() + typed_site_pages() + R"(-- temaer.md --
---
title: Temaer
---
)");
    CHECK(b->headlines() == Lines{"content/temaer.md:1:1: feil[URL002]: Siden får adressen /temaer/, som allerede "
                                  "brukes av oversikten over Temaer. Gi filen et annet navn."});
}

TEST_CASE("a published page that links to a draft is an error, and a warning with --drafts") {
    std::string site = typed_site_config() + typed_site_pages() + k_draft_method + R"(-- verktoy/ny.md --
---
title: Ny
metoder: [utkast]
---
)";
    auto b = build_inline(site);
    CHECK(b->headlines() == Lines{"content/verktoy/ny.md:3:11: feil[DRAFT001]: «Utkast» (content/metoder/utkast.md) er "
                                  "et utkast (draft: true) og blir ikke publisert. Publiser siden, eller fjern lenken "
                                  "til den."});
    stilas::site::BuildOptions options;
    options.drafts = stilas::site::Drafts::publish;
    auto with_drafts = build_inline(site, options);
    CHECK(with_drafts->diagnostics.error_count() == 0);
    CHECK(with_drafts->has("metoder/utkast/index.html"));
}

TEST_CASE("drafts are left out of the site and out of backlinks") {
    auto b = build_inline(typed_site_config() + typed_site_pages() + R"(-- verktoy/utkast.md --
---
title: Hemmelig utkast
draft: true
metoder: [aksjonslaering]
---
)");
    CHECK(b->headlines() == Lines{});
    CHECK_FALSE(b->has("verktoy/utkast/index.html"));
    CHECK(b->file("metoder/aksjonslaering/index.html").find("Hemmelig utkast") == std::string::npos);
}

TEST_CASE("body links point to the right pages when drafts before them are left out") {
    // The drafts sort before every page, so leaving them out renumbers all pages; the links
    // must still lead to their own targets, with their anchors and the wikilink's title.
    auto b = build_inline(typed_site_config() + typed_site_pages() + R"(-- metoder/aaa-utkast.md --
---
title: Utkast til metode
draft: true
---
-- verktoy/aaa-utkast.md --
---
title: Utkast til verktøy
draft: true
---
)");
    CHECK(b->headlines() == Lines{});
    const std::string igp = b->file("verktoy/igp/index.html");
    CHECK(igp.find("<a href=\"/metoder/aksjonslaering/#fire-laeringsrom\">rommene</a>") != std::string::npos);
    CHECK(igp.find("<a href=\"/metoder/aksjonslaering/\">Aksjonslæring</a>") != std::string::npos);
    CHECK(igp.find("Utkast") == std::string::npos);
}

TEST_CASE("every error of every phase is reported in one run") {
    auto b = build_inline(typed_site_config() + typed_site_pages() + R"(-- verktoy/a.md --
---
title: A
metoder: [mangler]
---
[[mangler-ogsa]]
-- verktoy/b.md --
---
title: B
temaer: [samskapning]
---
)");
    auto lines = b->headlines();
    REQUIRE(lines.size() == 3);
    CHECK(lines[0].starts_with("content/verktoy/a.md:3:11: feil[REF001]"));
    CHECK(lines[1].starts_with("content/verktoy/a.md:5:3: feil[LINK004]"));
    CHECK(lines[2] == "content/verktoy/b.md:3:10: feil[TAX001]: «samskapning» finnes ikke i temaer. Mente du "
                      "«samskaping»?");
}

TEST_CASE("a page that cannot be read leaves the pages after it whole: their links are still checked") {
    // metoder/a-ugyldig.md sorts first and fails (not UTF-8); every page after it moves up one
    // place in the parsed pages, and each must arrive with its own links and headings.
    auto b = build_inline(typed_site_config() + typed_site_pages() +
                          "-- metoder/a-ugyldig.md --\n---\ntitle: Ugyldig\n---\nTekst \xff.\n" + R"(-- verktoy/ny.md --
---
title: Ny
metoder: [aksjonslaering]
---
Se [der](../metoder/aksjonslaering.md#fire-laringsrom) og [[igp]].
)");
    CHECK(b->headlines() ==
          Lines{"content/metoder/a-ugyldig.md:4:7: feil[ENC001]: Filen er ikke gyldig UTF-8. Lagre filen med "
                "tegnkodingen UTF-8.",
                "content/verktoy/ny.md:5:10: feil[LINK002]: Siden «Aksjonslæring» (content/metoder/aksjonslaering.md) "
                "har ingen overskrift med ankeret «#fire-laringsrom». Mente du «#fire-laeringsrom»?"});
    CHECK_FALSE(b->sink.committed());
}

TEST_CASE("a body link to a draft is reported at the link, in the linking page") {
    auto b = build_inline(typed_site_config() + typed_site_pages() + k_draft_method + R"(-- verktoy/ny.md --
---
title: Ny
---
Først [[igp]], så [utkastet](../metoder/utkast.md).
)");
    CHECK(b->headlines() == Lines{"content/verktoy/ny.md:4:30: feil[DRAFT001]: «Utkast» (content/metoder/utkast.md) er "
                                  "et utkast (draft: true) og blir ikke publisert. Publiser siden, eller fjern lenken "
                                  "til den."});
}
