// Reading import bytes from a file or from memory.
#include "duedesk/importing/ByteSource.h"

#include "duedesk/importing/TextDecoding.h"

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace duedesk {
namespace {
[[noreturn]] void failed(const std::string& path) {
    throw ImportFileError("cannot read " + path + ": " + std::strerror(errno));
}
} // namespace

FileBytes::FileBytes(const std::string& path) : path_(path), file_(std::fopen(path.c_str(), "rb"), &std::fclose) {
    if (!file_) failed(path_);
    // The stdio buffer would only add a copy: reads are large blocks.
    std::setvbuf(file_.get(), nullptr, _IONBF, 0);
    if (std::fseek(file_.get(), 0, SEEK_END) != 0) failed(path_);
    const long end = std::ftell(file_.get());
    if (end < 0) failed(path_);
    size_ = static_cast<std::size_t>(end);
    rewind();
}

std::size_t FileBytes::read(char* out, std::size_t capacity) {
    const std::size_t n = std::fread(out, 1, capacity, file_.get());
    if (n == 0 && std::ferror(file_.get())) failed(path_);
    return n;
}

void FileBytes::rewind() {
    if (std::fseek(file_.get(), 0, SEEK_SET) != 0) failed(path_);
}

std::size_t MemoryBytes::read(char* out, std::size_t capacity) {
    const std::size_t n = std::min({capacity, blockSize_, bytes_.size() - offset_});
    std::memcpy(out, bytes_.data() + offset_, n);
    offset_ += n;
    return n;
}

} // namespace duedesk
