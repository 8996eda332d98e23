// Run-time compilation of the standard library's fixed source templates without a host
// compiler (interp/templates.cpp).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace taipan::interp {

// The marshalled code object compile(source, filename, mode, flags) gives, when `source` is
// a template this file knows (collections.namedtuple's __new__); "" otherwise.
std::string compile_template(std::string_view source, std::string_view filename, std::string_view mode,
                             int64_t flags);

}  // namespace taipan::interp
