// A single-pass RFC 4180 tokenizer: fields are views into the text except
// for quoted fields with doubled quotes, which are unescaped into buffers
// reused from record to record (no allocation per row in the steady state).
//
// Reading from a source, a record that runs past the end of the buffer is
// parsed again from its start once the buffer has been compacted (the
// records before it dropped) and refilled: parsing never has to stop and
// resume in the middle of a field, and a record's fields are always views
// into one contiguous piece of text.
#include "duedesk/importing/CsvReader.h"

#include <algorithm>
#include <cstring>

namespace duedesk {

CsvReader::CsvReader(std::string_view text, char separator) : text_(text), separator_(separator) {}

CsvReader::CsvReader(TextSource& source, char separator, std::size_t bufferSize)
    : source_(&source), buffer_(std::max(bufferSize, 2 * TextSource::kMinimumRead)), atEnd_(false),
      separator_(separator) {}

bool CsvReader::readMore(std::size_t keepFrom) {
    if (atEnd_) return false;
    if (keepStart_) keepFrom = 0;
    if (keepFrom > 0) {
        std::memmove(buffer_.data(), buffer_.data() + keepFrom, text_.size() - keepFrom);
        text_ = std::string_view(buffer_.data(), text_.size() - keepFrom);
        base_ += keepFrom;
        pos_ -= std::min(pos_, keepFrom);
    }
    // Grow when what is kept fills half the buffer, so that every read adds
    // at least half a buffer and a long record is not parsed over and over.
    std::size_t filled = text_.size();
    if (filled > buffer_.size() / 2) buffer_.resize(buffer_.size() * 2);
    const std::size_t n = source_->read(buffer_.data() + filled, buffer_.size() - filled);
    if (n == 0) atEnd_ = true;
    filled += n;
    text_ = std::string_view(buffer_.data(), filled);
    return n > 0;
}

void CsvReader::restart(std::size_t offset, std::size_t line, char separator) {
    pos_ = offset - base_;
    line_ = line;
    separator_ = separator;
}

std::size_t CsvReader::nextLineStart(std::size_t offset) {
    for (std::size_t from = offset - base_;;) {
        const std::size_t newline = text_.find('\n', from);
        if (newline != std::string_view::npos) return base_ + newline + 1;
        from = text_.size();
        if (!readMore(0)) return base_ + text_.size();
    }
}

bool CsvReader::hasTextAt(std::size_t offset) {
    while (offset - base_ >= text_.size())
        if (!readMore(0)) return false;
    return true;
}

bool CsvReader::quotedField(std::size_t fieldIndex, std::size_t recordLine, std::string_view& field) {
    // pos_ is just past the opening quote.
    const std::size_t start = pos_;
    bool escaped = false;
    for (;;) {
        const std::size_t quote = text_.find('"', pos_);
        if (quote == std::string_view::npos) {
            if (!atEnd_) return false;
            throw CsvSyntaxError(recordLine, "a quoted field is not closed before the end of the file");
        }
        // What follows the quote decides whether it is doubled or closing.
        if (quote + 1 >= text_.size() && !atEnd_) return false;
        line_ += static_cast<std::size_t>(std::count(text_.begin() + static_cast<std::ptrdiff_t>(pos_),
                                                     text_.begin() + static_cast<std::ptrdiff_t>(quote), '\n'));
        if (quote + 1 < text_.size() && text_[quote + 1] == '"') {
            escaped = true;
            pos_ = quote + 2;
            continue;
        }
        pos_ = quote + 1;
        const std::string_view raw = text_.substr(start, quote - start);
        if (pos_ < text_.size()) {
            const char after = text_[pos_];
            if (after != separator_ && after != '\n' && after != '\r')
                throw CsvSyntaxError(line_, "unexpected character after a closing quote");
        }
        if (!escaped) {
            field = raw;
            return true;
        }
        if (unescaped_.size() <= fieldIndex) unescaped_.resize(fieldIndex + 1);
        std::string& out = unescaped_[fieldIndex];
        out.clear();
        for (std::size_t i = 0; i < raw.size(); ++i) {
            out.push_back(raw[i]);
            if (raw[i] == '"') ++i; // skip the second quote of a pair
        }
        field = out;
        return true;
    }
}

bool CsvReader::parseRecord(CsvRecord& record) {
    record.fields.clear();
    record.line = line_;
    for (;;) {
        std::string_view field;
        if (!quotesAreText_ && pos_ < text_.size() && text_[pos_] == '"') {
            ++pos_;
            if (!quotedField(record.fields.size(), record.line, field)) return false;
        } else {
            const char* const data = text_.data();
            const std::size_t size = text_.size();
            const char separator = separator_;
            const std::size_t start = pos_;
            std::size_t p = pos_;
            while (p < size && data[p] != separator && data[p] != '\n' && data[p] != '\r') ++p;
            pos_ = p;
            if (p >= size && !atEnd_) return false;
            field = text_.substr(start, p - start);
        }
        record.fields.push_back(field);

        if (pos_ >= text_.size()) return true; // the last record, without a line end
        const char c = text_[pos_];
        if (c == separator_) {
            ++pos_;
            continue;
        }
        // End of record: \n, \r\n or a lone \r.
        ++pos_;
        if (c == '\r') {
            if (pos_ >= text_.size() && !atEnd_) return false;
            if (pos_ < text_.size() && text_[pos_] == '\n') ++pos_;
        }
        ++line_;
        return true;
    }
}

bool CsvReader::next(CsvRecord& record) {
    for (;;) {
        // Skip blank lines between records.
        while (pos_ < text_.size() && (text_[pos_] == '\n' || text_[pos_] == '\r')) {
            if (text_[pos_] == '\n') ++line_;
            ++pos_;
        }
        if (pos_ >= text_.size()) {
            if (readMore(pos_)) continue;
            record.fields.clear();
            return false;
        }
        const std::size_t start = pos_;
        const std::size_t startLine = line_;
        if (parseRecord(record)) return true;
        // The record runs past the buffer: read on and parse it again.
        pos_ = start;
        line_ = startLine;
        readMore(start);
    }
}

} // namespace duedesk
