// End to end: a Markdown tree with no stilas.yaml (e.g. from Hugo or Jekyll) builds in generic
// mode, with warnings for what Stilas does not understand.
#include <doctest/doctest.h>

#include "support/inline_site.hpp"
#include "support/printers.hpp"

using stilas::test::build_inline;
using Lines = std::vector<std::string>;

TEST_CASE("a Hugo-style tree builds in generic mode with warnings, not failures") {
    auto b = build_inline(R"(-- _index.md --
---
title: Min gamle Hugo-side
---
Velkommen.
-- posts/forste-innlegg.md --
+++
title = "Første innlegg"
date = 2020-01-02
+++
Her er en figur: {{< figure src="x.png" >}}
-- posts/andre.md --
---
title: Andre innlegg
tags: [a, b]
weight: 2
---
Se [det første](forste-innlegg.md).
-- om.md --
# Om meg
Tekst.
-- jekyll/side.md --
---
layout: post
---
{% include footer.html %}
)");
    CHECK(b->headlines() ==
          Lines{"content/jekyll/side.md:4:1: advarsel[GEN003]: Liquid-koden «{%» forstås ikke og vises som tekst. "
                "Skriv innholdet om til vanlig Markdown.",
                "content/posts/forste-innlegg.md:1:1: advarsel[GEN002]: TOML-front matter (+++) forstås ikke; feltene "
                "i den blir hoppet over. Skriv front matter som YAML mellom to linjer med «---».",
                "content/posts/forste-innlegg.md:5:18: advarsel[GEN001]: Hugo-kortkoden «{{<» forstås ikke og vises "
                "som tekst. Skriv innholdet om til vanlig Markdown."});
    CHECK(b->diagnostics.error_count() == 0);
    REQUIRE(b->sink.committed());
    CHECK(b->has("index.html"));
    CHECK(b->has("posts/forste-innlegg/index.html"));
    CHECK(b->file("posts/forste-innlegg/index.html").find("Første innlegg") != std::string::npos);
    CHECK(b->file("posts/andre/index.html").find("href=\"/posts/forste-innlegg/\"") != std::string::npos);
    CHECK(b->file("om/index.html").find("Om meg") != std::string::npos);
    CHECK(b->has("posts/index.html"));
}

TEST_CASE("generic mode still reports broken links") {
    auto b = build_inline(R"(-- a.md --
# A
[b](b.md)
)");
    CHECK(b->headlines() == Lines{"content/a.md:2:5: feil[LINK001]: Lenken peker på «b.md», som ikke finnes (b.md)."});
}
