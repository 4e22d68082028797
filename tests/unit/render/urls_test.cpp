#include <doctest/doctest.h>

#include "render/urls.hpp"

using namespace stilas::render;

TEST_CASE("the href sanitiser lets through web, mail, site and anchor links") {
    CHECK(safe_href("https://example.no/a?b=c#d") == "https://example.no/a?b=c#d");
    CHECK(safe_href("HTTP://example.no") == "HTTP://example.no");
    CHECK(safe_href("mailto:post@example.no") == "mailto:post@example.no");
    CHECK(safe_href("/media/rapport.pdf") == "/media/rapport.pdf");
    CHECK(safe_href("#fire-laeringsrom") == "#fire-laeringsrom");
    CHECK(safe_href("  /a b/ ") == "/a%20b/");
}

TEST_CASE("the href sanitiser refuses scripts, data, other hosts and disguised schemes") {
    CHECK_FALSE(safe_href("javascript:alert(1)"));
    CHECK_FALSE(safe_href("JavaScript:alert(1)"));
    CHECK_FALSE(safe_href(" javascript:alert(1)"));
    CHECK_FALSE(safe_href("java\tscript:alert(1)"));
    CHECK_FALSE(safe_href("data:text/html;base64,PHNjcmlwdD4="));
    CHECK_FALSE(safe_href("vbscript:msgbox"));
    CHECK_FALSE(safe_href("file:///etc/passwd"));
    CHECK_FALSE(safe_href("//evil.example"));
    CHECK_FALSE(safe_href("/\\evil.example"));
    CHECK_FALSE(safe_href("https:///path-without-host"));
    CHECK_FALSE(safe_href("relativ/sti"));
    CHECK_FALSE(safe_href("&#106;avascript:alert(1)"));
    CHECK_FALSE(safe_href("mailto:"));
    CHECK_FALSE(safe_href(""));
}

TEST_CASE("page URLs become index.html files below the output root") {
    CHECK(output_path("/verktoy/igp/") == "verktoy/igp/index.html");
    CHECK(output_path("/") == "index.html");
    CHECK(output_path("/404.html") == "404.html");
    CHECK_FALSE(output_path("/../etc/"));
    CHECK_FALSE(output_path("verktoy/"));
    CHECK_FALSE(output_path("//x/"));
}

TEST_CASE("generated URLs and absolute URLs follow the URL rules") {
    CHECK(section_url("verktoy") == "/verktoy/");
    CHECK(term_url("verdiomrader", "inkluderende") == "/verdiomrader/inkluderende/");
    CHECK(absolute_url("https://kulturskole.example.no/", "/verktoy/igp/") ==
          "https://kulturskole.example.no/verktoy/igp/");
    CHECK(absolute_url("https://kulturskole.example.no/", "/") == "https://kulturskole.example.no/");
}

TEST_CASE("edit links fill in the content path and are sanitised") {
    CHECK(edit_url("https://git.example.no/edit/main/content/{path}", "verktoy/igp.md") ==
          "https://git.example.no/edit/main/content/verktoy/igp.md");
    CHECK_FALSE(edit_url("", "verktoy/igp.md"));
    CHECK_FALSE(edit_url("javascript:alert('{path}')", "a.md"));
}

TEST_CASE("a contact address becomes a mailto link, a URL stays a URL") {
    CHECK(contact_href("post@example.no") == "mailto:post@example.no");
    CHECK(contact_href("https://example.no/kontakt") == "https://example.no/kontakt");
    CHECK_FALSE(contact_href("javascript:alert(1)"));
    CHECK_FALSE(contact_href("Ring oss"));
}
