#include "markdown/wikilinks.hpp"

#include "util/strings.hpp"

namespace stilas::markdown {

std::vector<WikilinkMatch> find_wikilinks(std::string_view text) {
    std::vector<WikilinkMatch> found;
    size_t i = 0;
    while (i + 1 < text.size()) {
        if (text[i] != '[' || text[i + 1] != '[') { ++i; continue; }
        // Scan the inside once; a '[' restarts the search there, so each byte is visited O(1) times.
        size_t j = i + 2;
        while (j < text.size() && text[j] != '[' && text[j] != ']' && text[j] != '\n') ++j;
        if (j < text.size() && text[j] == '[') { i = j - 1; continue; }
        if (j + 1 < text.size() && text[j] == ']' && text[j + 1] == ']' && j > i + 2) {
            WikilinkMatch m;
            m.begin = i;
            m.end = j + 2;
            m.inner = std::string(text.substr(i + 2, j - i - 2));
            const size_t bar = m.inner.find('|');
            m.target = std::string(util::trim(std::string_view(m.inner).substr(0, bar)));
            if (bar != std::string::npos) m.text = std::string(util::trim(std::string_view(m.inner).substr(bar + 1)));
            if (!m.target.empty()) {
                found.push_back(std::move(m));
                i = j + 2;
                continue;
            }
        }
        i = j;
    }
    return found;
}

}  // namespace stilas::markdown
