// Temporary folders for tests, and reading or writing whole file trees in them.
#pragma once

#include <filesystem>
#include <map>
#include <string>

namespace stilas::test {

/// A fresh folder under the system temp folder, removed with everything in it at the end.
class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    const std::filesystem::path& path() const { return m_path; }
    std::string str() const { return m_path.string(); }
    /// Writes `bytes` to `relative` below this folder, creating folders.
    void write(const std::string& relative, const std::string& bytes) const;
    /// Writes the files (relative paths) below `sub`.
    void write_files(const std::map<std::string, std::string>& files, const std::string& sub = "") const;

private:
    std::filesystem::path m_path;
};

/// Writes `bytes` to `path`, creating its folders.
void write_file(const std::filesystem::path& path, const std::string& bytes);

/// Every regular file below `root` as relative path → bytes, hidden files included.
std::map<std::string, std::string> read_tree(const std::filesystem::path& root);

}  // namespace stilas::test
