// git_blob_id with OpenSSL's SHA-1: it uses the processor's SHA instructions, many times faster
// than the collision-detecting SHA-1 libgit2 is built with, and reading a folder hashes every file.
#include "source/blob_id.hpp"

#include <openssl/evp.h>

#include <memory>
#include <new>

namespace stilas::source {

std::string git_blob_id(std::string_view bytes) {
    // git hashes "blob <size>\0" followed by the bytes.
    const std::string header = "blob " + std::to_string(bytes.size()) + '\0';
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (!ctx || EVP_DigestInit_ex(ctx.get(), EVP_sha1(), nullptr) != 1 ||
        EVP_DigestUpdate(ctx.get(), header.data(), header.size()) != 1 ||
        EVP_DigestUpdate(ctx.get(), bytes.data(), bytes.size()) != 1 ||
        EVP_DigestFinal_ex(ctx.get(), digest, &length) != 1) {
        throw std::bad_alloc();  // only fails when memory runs out
    }
    static constexpr char k_hex[] = "0123456789abcdef";
    std::string out;
    out.reserve(2 * length);
    for (unsigned int i = 0; i < length; ++i) {
        out += k_hex[digest[i] >> 4];
        out += k_hex[digest[i] & 0xF];
    }
    return out;
}

}  // namespace stilas::source
