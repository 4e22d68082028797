// MappedFile: a file's bytes mapped read-only, for caches read once per build: the kernel's own
// pages of the file, so neither a copy nor memory of the process's own.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace stilas::util {

class MappedFile {
public:
    MappedFile() = default;
    /// The regular file at `path`; mapped() is false when it cannot be opened or mapped (an
    /// empty file is never mapped).
    explicit MappedFile(const std::string& path);
    ~MappedFile();
    MappedFile(MappedFile&& other) noexcept;
    MappedFile& operator=(MappedFile&& other) noexcept;
    MappedFile(const MappedFile&) = delete;
    MappedFile& operator=(const MappedFile&) = delete;

    bool mapped() const { return m_data != nullptr; }
    /// The bytes, valid while this is mapped. The file must not be cut short meanwhile (replacing
    /// it by a rename, as the caches do, is safe: the mapping keeps the old file).
    std::string_view bytes() const { return {static_cast<const char*>(m_data), m_size}; }
    /// Unmaps the file.
    void reset();

private:
    void* m_data = nullptr;
    size_t m_size = 0;
};

}  // namespace stilas::util
