// A single-pass RFC 4180 tokenizer: fields are views into the text except
// for quoted fields with doubled quotes, which are unescaped into buffers
// reused from record to record (no allocation per row in the steady state).
#include "duedesk/importing/CsvReader.h"

namespace duedesk {

CsvReader::CsvReader(std::string_view text, char separator) : text_(text), separator_(separator) {}

CsvReader::CsvReader(std::string_view text, char separator, std::size_t offset, std::size_t line)
    : text_(text), separator_(separator), pos_(offset), line_(line) {}

std::string_view CsvReader::quotedField(std::size_t fieldIndex, std::size_t recordLine) {
    // pos_ is just past the opening quote.
    const std::size_t start = pos_;
    bool escaped = false;
    for (;;) {
        const std::size_t quote = text_.find('"', pos_);
        if (quote == std::string_view::npos)
            throw CsvSyntaxError(recordLine, "a quoted field is not closed before the end of the file");
        for (std::size_t i = pos_; i < quote; ++i)
            if (text_[i] == '\n') ++line_;
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
        if (!escaped) return raw;
        if (unescaped_.size() <= fieldIndex) unescaped_.resize(fieldIndex + 1);
        std::string& out = unescaped_[fieldIndex];
        out.clear();
        for (std::size_t i = 0; i < raw.size(); ++i) {
            out.push_back(raw[i]);
            if (raw[i] == '"') ++i; // skip the second quote of a pair
        }
        return out;
    }
}

bool CsvReader::next(CsvRecord& record) {
    record.fields.clear();
    // Skip blank lines between records.
    while (pos_ < text_.size() && (text_[pos_] == '\n' || text_[pos_] == '\r')) {
        if (text_[pos_] == '\n') ++line_;
        ++pos_;
    }
    if (pos_ >= text_.size()) return false;
    record.line = line_;

    for (;;) {
        std::string_view field;
        if (!quotesAreText_ && pos_ < text_.size() && text_[pos_] == '"') {
            ++pos_;
            field = quotedField(record.fields.size(), record.line);
        } else {
            const std::size_t start = pos_;
            while (pos_ < text_.size() && text_[pos_] != separator_ && text_[pos_] != '\n' && text_[pos_] != '\r')
                ++pos_;
            field = text_.substr(start, pos_ - start);
        }
        record.fields.push_back(field);

        if (pos_ >= text_.size()) return true;
        const char c = text_[pos_];
        if (c == separator_) {
            ++pos_;
            continue;
        }
        // End of record: \n, \r\n or a lone \r.
        ++pos_;
        if (c == '\r' && pos_ < text_.size() && text_[pos_] == '\n') ++pos_;
        ++line_;
        return true;
    }
}

} // namespace duedesk
