// ByteSource: the raw bytes of an import, read block by block, so a file of
// any size is never held in memory whole.
#pragma once

#include <cstddef>
#include <cstdio>
#include <memory>
#include <string>
#include <string_view>

namespace duedesk {

class ByteSource {
public:
    virtual ~ByteSource() = default;
    // Copies up to `capacity` of the next bytes to `out`; 0 only at the end.
    virtual std::size_t read(char* out, std::size_t capacity) = 0;
    // Back to the first byte: the encoding is checked in a pass of its own
    // before the records are read.
    virtual void rewind() = 0;
    // Bytes in all, for progress.
    virtual std::size_t size() const = 0;
};

// A file, read with the system's reads straight into the caller's buffer.
class FileBytes final : public ByteSource {
public:
    // Throws ImportFileError with the system's reason.
    explicit FileBytes(const std::string& path);
    std::size_t read(char* out, std::size_t capacity) override;
    void rewind() override;
    std::size_t size() const override { return size_; }

private:
    std::string path_;
    std::unique_ptr<std::FILE, int (*)(std::FILE*)> file_;
    std::size_t size_ = 0;
};

// Bytes already in memory (text from a test or the workstation). The bytes
// must outlive the source. `blockSize` caps each read: tests make it tiny
// so that records and characters straddle the blocks.
class MemoryBytes final : public ByteSource {
public:
    explicit MemoryBytes(std::string_view bytes, std::size_t blockSize = std::string_view::npos)
        : bytes_(bytes), blockSize_(blockSize) {}
    std::size_t read(char* out, std::size_t capacity) override;
    void rewind() override { offset_ = 0; }
    std::size_t size() const override { return bytes_.size(); }

private:
    std::string_view bytes_;
    std::size_t blockSize_;
    std::size_t offset_ = 0;
};

} // namespace duedesk
