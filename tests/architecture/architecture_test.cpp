// The architecture in generator/ARCHITECTURE.md, checked: every component includes only the
// components its row names, and each third-party library only from the component that wraps it.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>

namespace fs = std::filesystem;

namespace {
const fs::path k_generator = fs::path(STILAS_SOURCE_DIR) / "generator";

std::string read(const fs::path& p) {
    std::ifstream in(p);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

// component → the components its row says it uses, from the table in ARCHITECTURE.md.
std::map<std::string, std::set<std::string>> declared_uses() {
    std::map<std::string, std::set<std::string>> out;
    std::regex row(R"(^\| `(\w+)/` \| [^|]* \| ([^|]*) \|)");
    std::istringstream lines(read(k_generator / "ARCHITECTURE.md"));
    for (std::string line; std::getline(lines, line);) {
        std::smatch m;
        if (!std::regex_search(line, m, row)) continue;
        std::set<std::string>& uses = out[m[1]];
        std::string list = m[2];
        std::regex word(R"(\b([a-z0-9]+)\b)");
        for (auto it = std::sregex_iterator(list.begin(), list.end(), word); it != std::sregex_iterator(); ++it)
            uses.insert((*it)[1]);
    }
    return out;
}

// Includes of other components ("x/..."), per component folder.
std::map<std::string, std::set<std::string>> actual_uses(const std::set<std::string>& components,
                                                        std::map<std::string, std::set<std::string>>& third_party) {
    std::map<std::string, std::set<std::string>> out;
    std::regex include(R"(#include\s+["<]([^">]+)[">])");
    for (const auto& c : components) {
        for (const auto& entry : fs::directory_iterator(k_generator / c)) {
            std::string text = read(entry.path());
            for (auto it = std::sregex_iterator(text.begin(), text.end(), include); it != std::sregex_iterator(); ++it) {
                std::string header = (*it)[1];
                std::string first = header.substr(0, header.find('/'));
                if (header.find('/') != std::string::npos && components.count(first)) {
                    if (first != c) out[c].insert(first);
                } else {
                    third_party[header].insert(c);
                }
            }
        }
    }
    return out;
}
}  // namespace

TEST_CASE("every component includes only the components its row in ARCHITECTURE.md names") {
    auto declared = declared_uses();
    REQUIRE(declared.size() >= 13);
    std::set<std::string> components;
    for (const auto& [name, uses] : declared) components.insert(name);
    std::map<std::string, std::set<std::string>> third_party;
    auto actual = actual_uses(components, third_party);
    for (const auto& [component, used] : actual)
        for (const auto& dep : used) {
            INFO(component << " includes " << dep);
            CHECK(declared[component].count(dep) > 0);
        }
}

TEST_CASE("each third-party library is included by the one component that wraps it") {
    auto declared = declared_uses();
    std::set<std::string> components;
    for (const auto& [name, uses] : declared) components.insert(name);
    std::map<std::string, std::set<std::string>> third_party;
    actual_uses(components, third_party);
    const std::map<std::string, std::string> owner{{"yaml-cpp", "yaml"},   {"git2", "source"},  {"cmark-gfm", "markdown"},
                                                   {"kainjow", "render"},  {"unicode", "i18n"}, {"CLI", "cli"},
                                                   {"openssl", "source"}, {"libstemmer", "search"},
                                                   {"lz4", "markdown"},     {"mimalloc", "memory"}};
    for (const auto& [header, users] : third_party)
        for (const auto& [prefix, component] : owner)
            if (header.rfind(prefix, 0) == 0) {
                INFO(header << " is included outside " << component);
                CHECK(users == std::set<std::string>{component});
            }
}
