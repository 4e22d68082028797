#include <doctest/doctest.h>

#include <atomic>
#include <string>
#include <thread>
#include <vector>

#include "markdown/markdown.hpp"

using namespace stilas;
using namespace stilas::markdown;

namespace {

std::string page(int i) {
    const std::string n = std::to_string(i);
    return "# Side " + n + "\n\nSe [[side-" + n + "]] og [lenke](../a" + n + ".md#x).\n\n| a |\n|---|\n| ~~b~~ |\n";
}

std::string rewrite_and_render(const Document& doc, int salt) {
    return doc.render_html([salt](size_t index, const Link&, std::string& url_out, std::string& text_out) {
        text_out = "Tittel " + std::to_string(salt);
        url_out = "/s/" + std::to_string(salt) + "/" + std::to_string(index) + "/";
        return true;
    });
}

}  // namespace

TEST_CASE("distinct documents render in parallel exactly as they do one at a time") {
    diag::Diagnostics d;
    std::vector<Document> docs;
    std::vector<std::string> expected;
    for (int i = 0; i < 8; ++i) {
        docs.push_back(Document::parse(page(i), "content/a.md", 1, d));
        expected.push_back(rewrite_and_render(docs.back(), i));
    }
    std::atomic<int> mismatches{0};
    std::vector<std::thread> threads;
    for (int i = 0; i < 8; ++i) {
        threads.emplace_back([&, i] {
            for (int round = 0; round < 50; ++round) {
                if (rewrite_and_render(docs[static_cast<size_t>(i)], i) != expected[static_cast<size_t>(i)]) ++mismatches;
            }
        });
    }
    for (std::thread& t : threads) t.join();
    CHECK(mismatches == 0);
}

// cmark-gfm keeps the extensions' special characters in a process-wide table during a parse;
// without serialised parses this test loses strikethroughs and autolinks now and then.
TEST_CASE("parsing in parallel gives the same result as parsing alone") {
    const std::string body = "| a |\n|---|\n| ~~b~~ www.x.no |\n\n~~c~~ post@x.no\n";
    diag::Diagnostics alone;
    const std::string expected = Document::parse(body, "a.md", 1, alone).render_html(nullptr);
    CHECK(expected.find("<del>b</del>") != std::string::npos);
    CHECK(expected.find("href=\"mailto:post@x.no\"") != std::string::npos);
    std::atomic<int> mismatches{0};
    std::vector<std::thread> threads;
    for (int i = 0; i < 8; ++i) {
        threads.emplace_back([&] {
            for (int round = 0; round < 200; ++round) {
                diag::Diagnostics d;
                if (Document::parse(body, "a.md", 1, d).render_html(nullptr) != expected) ++mismatches;
                if (render_inline_markdown("~~c~~ www.x.no") != "<p><del>c</del> <a href=\"http://www.x.no\">www.x.no</a></p>\n") {
                    ++mismatches;
                }
            }
        });
    }
    for (std::thread& t : threads) t.join();
    CHECK(mismatches == 0);
}

TEST_CASE("one document rendered from two threads with different rewriters stays consistent") {
    diag::Diagnostics d;
    const Document doc = Document::parse(page(1), "content/a.md", 1, d);
    const std::string a = rewrite_and_render(doc, 1);
    const std::string b = rewrite_and_render(doc, 2);
    CHECK(a != b);
    std::atomic<int> mismatches{0};
    std::thread t1([&] { for (int r = 0; r < 100; ++r) if (rewrite_and_render(doc, 1) != a) ++mismatches; });
    std::thread t2([&] { for (int r = 0; r < 100; ++r) if (rewrite_and_render(doc, 2) != b) ++mismatches; });
    t1.join();
    t2.join();
    CHECK(mismatches == 0);
    CHECK(doc.render_html(nullptr).find("href=\"side-1\">side-1</a>") != std::string::npos);
}
