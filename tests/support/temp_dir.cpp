#include "support/temp_dir.hpp"

#include <unistd.h>

#include <fstream>
#include <sstream>
#include <stdexcept>

namespace stilas::test {

TempDir::TempDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "stilas-test-XXXXXX").string();
    if (::mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
    m_path = pattern;
}

TempDir::~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(m_path, ec);
}

void TempDir::write(const std::string& relative, const std::string& bytes) const { write_file(m_path / relative, bytes); }

void TempDir::write_files(const std::map<std::string, std::string>& files, const std::string& sub) const {
    for (const auto& [rel, bytes] : files) write_file(m_path / sub / rel, bytes);
}

void write_file(const std::filesystem::path& path, const std::string& bytes) {
    std::filesystem::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes;
}

std::map<std::string, std::string> read_tree(const std::filesystem::path& root) {
    std::map<std::string, std::string> out;
    if (!std::filesystem::exists(root)) return out;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(root)) {
        if (!entry.is_regular_file()) continue;
        std::ifstream in(entry.path(), std::ios::binary);
        std::ostringstream ss;
        ss << in.rdbuf();
        out[std::filesystem::relative(entry.path(), root).string()] = ss.str();
    }
    return out;
}

}  // namespace stilas::test
