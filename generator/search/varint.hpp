// Unsigned LEB128 varints: how every number in the binary index files is written.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace stilas::search {

/// Appends `value` as an unsigned LEB128 varint (7 bits per byte, low bits first).
inline void put_varint(std::string& out, uint64_t value) {
    if (value < 0x80) {  // most numbers
        out.push_back(static_cast<char>(value));
        return;
    }
    while (value >= 0x80) {
        out += static_cast<char>((value & 0x7F) | 0x80);
        value >>= 7;
    }
    out += static_cast<char>(value);
}

/// The most bytes put_varint() and write_varint() write for a 32-bit value.
inline constexpr size_t k_max_varint_bytes = 5;

/// Writes `value` at `p` as put_varint() does (the caller makes room); returns the end.
inline char* write_varint(char* p, uint64_t value) {
    while (value >= 0x80) {
        *p++ = static_cast<char>((value & 0x7F) | 0x80);
        value >>= 7;
    }
    *p++ = static_cast<char>(value);
    return p;
}

/// Reads a varint at `pos` and advances it; 0 past the end (callers check sizes themselves).
inline uint64_t get_varint(std::string_view in, size_t& pos) {
    if (pos < in.size() && !(in[pos] & 0x80)) return static_cast<unsigned char>(in[pos++]);  // most numbers
    uint64_t value = 0;
    for (int shift = 0; pos < in.size() && shift < 64; shift += 7) {
        auto byte = static_cast<unsigned char>(in[pos++]);
        value |= static_cast<uint64_t>(byte & 0x7F) << shift;
        if (!(byte & 0x80)) break;
    }
    return value;
}

/// Reads a varint at `p` and advances it, without bounds checks: only for bytes known to be
/// whole varints (written by write_varint() in this process, like a PageRecord's entries).
inline uint64_t read_varint(const char*& p) {
    uint64_t byte = static_cast<unsigned char>(*p++);
    if (!(byte & 0x80)) return byte;  // most numbers
    uint64_t value = byte & 0x7F;
    for (unsigned shift = 7;; shift += 7) {
        byte = static_cast<unsigned char>(*p++);
        value |= (byte & 0x7F) << shift;
        if (!(byte & 0x80)) return value;
    }
}

/// Bytes that put_varint() writes for `value`.
inline size_t varint_size(uint64_t value) {
    size_t n = 1;
    while (value >= 0x80) {
        value >>= 7;
        ++n;
    }
    return n;
}

/// Appends a length-prefixed byte string.
inline void put_bytes(std::string& out, std::string_view bytes) {
    put_varint(out, bytes.size());
    out.append(bytes);
}

/// Reads a length-prefixed byte string written by put_bytes().
inline std::string_view get_bytes(std::string_view in, size_t& pos) {
    size_t n = get_varint(in, pos);
    if (n > in.size() - pos) n = in.size() - pos;
    std::string_view out = in.substr(pos, n);
    pos += n;
    return out;
}

}  // namespace stilas::search
