// Reads import mappings from TOML. Every key is checked: an unknown key is
// an error, because a misspelt option silently ignored would import a
// file wrongly.
#include "duedesk/importing/MappingFile.h"

#include "duedesk/importing/TextDecoding.h"

#include <toml++/toml.h>

#include <algorithm>
#include <set>

namespace duedesk {
namespace {

class MappingReader final {
public:
    explicit MappingReader(std::string label) : label_(std::move(label)) {}

    [[noreturn]] void fail(const toml::node* node, const std::string& key, const std::string& reason) const {
        const auto line = node ? node->source().begin.line : 1;
        throw MappingError(label_ + ":" + std::to_string(line) + ": " + key + ": " + reason);
    }

    void onlyKeys(const toml::table& table, const std::string& prefix, const std::set<std::string>& allowed) const {
        for (auto&& [key, node] : table)
            if (!allowed.contains(std::string(key.str()))) fail(&node, prefix + std::string(key.str()), "unknown key");
    }

    const toml::table* section(const toml::table& root, const std::string& name, bool required) const {
        const toml::node* node = root.get(name);
        if (!node) {
            if (required) fail(nullptr, name, "section is missing");
            return nullptr;
        }
        if (!node->is_table()) fail(node, name, "must be a section ([" + name + "])");
        return node->as_table();
    }

    std::optional<std::string> text(const toml::table* t, const std::string& section, const std::string& key) const {
        if (!t) return std::nullopt;
        const toml::node* node = t->get(key);
        if (!node) return std::nullopt;
        if (!node->is_string()) fail(node, qualified(section, key), "must be text in quotes");
        return node->value<std::string>();
    }

    std::optional<bool> flag(const toml::table* t, const std::string& section, const std::string& key) const {
        if (!t) return std::nullopt;
        const toml::node* node = t->get(key);
        if (!node) return std::nullopt;
        if (!node->is_boolean()) fail(node, qualified(section, key), "must be true or false");
        return node->value<bool>();
    }

    std::optional<std::int64_t> integer(const toml::table* t, const std::string& section,
                                        const std::string& key) const {
        if (!t) return std::nullopt;
        const toml::node* node = t->get(key);
        if (!node) return std::nullopt;
        if (!node->is_integer()) fail(node, qualified(section, key), "must be a whole number");
        return node->value<std::int64_t>();
    }

    // One text or a list of texts.
    std::vector<std::string> texts(const toml::node* node, const std::string& key) const {
        std::vector<std::string> out;
        if (node->is_string()) {
            out.push_back(*node->value<std::string>());
        } else if (const toml::array* array = node->as_array()) {
            for (const toml::node& element : *array) {
                if (!element.is_string()) fail(&element, key, "must be a list of texts in quotes");
                out.push_back(*element.value<std::string>());
            }
        } else {
            fail(node, key, "must be a text or a list of texts");
        }
        if (out.empty()) fail(node, key, "must name at least one");
        for (const std::string& s : out)
            if (s.empty()) fail(node, key, "must not contain an empty name");
        return out;
    }

    static std::string qualified(const std::string& section, const std::string& key) {
        return section.empty() ? key : section + "." + key;
    }

private:
    std::string label_;
};

// A table's entries in the order the file writes them (toml++ keeps
// tables sorted by key), so lists and messages follow the file.
std::vector<std::pair<std::string, const toml::node*>> inFileOrder(const toml::table& table) {
    std::vector<std::pair<std::string, const toml::node*>> entries;
    for (auto&& [key, node] : table) entries.emplace_back(std::string(key.str()), &node);
    std::ranges::stable_sort(entries, {}, [](const auto& e) { return e.second->source().begin.line; });
    return entries;
}

char singleCharacter(const MappingReader& r, const toml::table* t, const std::string& key, const std::string& value,
                     bool allowEmpty) {
    if (value.empty() && allowEmpty) return '\0';
    if (value == "tab") return '\t';
    if (value.size() != 1) r.fail(t->get(key), "values." + key, "must be one character");
    return value[0];
}

void readFileSection(const MappingReader& r, const toml::table* file, ImportMapping& m) {
    if (!file) return;
    r.onlyKeys(
        *file, "file.",
        {"encoding", "separator", "header_line", "framed", "skip_rows_starting_with", "strict_width", "check_totals"});
    if (auto e = r.text(file, "file", "encoding")) {
        const auto encoding = textEncodingFromName(*e);
        if (!encoding) r.fail(file->get("encoding"), "file.encoding", "must be utf-8, utf-16, windows-1252 or auto");
        m.encoding = *encoding;
    }
    if (auto s = r.text(file, "file", "separator")) {
        if (*s == "auto")
            m.separator.reset();
        else if (*s == "tab")
            m.separator = '\t';
        else if (s->size() == 1 && *s != "\"" && *s != "\n")
            m.separator = (*s)[0];
        else
            r.fail(file->get("separator"), "file.separator", "must be one character, \"tab\" or \"auto\"");
    }
    if (auto line = r.integer(file, "file", "header_line")) {
        if (*line < 0 || *line > 1000)
            r.fail(file->get("header_line"), "file.header_line", "must be 0 (search) to 1000");
        m.headerLine = static_cast<int>(*line);
    }
    if (auto framed = r.flag(file, "file", "framed")) m.framed = *framed;
    if (auto strict = r.flag(file, "file", "strict_width")) m.strictWidth = *strict;
    if (const toml::node* skip = file->get("skip_rows_starting_with"))
        m.skipRowsStartingWith = r.texts(skip, "file.skip_rows_starting_with");
    if (auto check = r.flag(file, "file", "check_totals")) {
        if (*check && m.skipRowsStartingWith.empty())
            r.fail(file->get("check_totals"), "file.check_totals", "needs skip_rows_starting_with (the total lines)");
        m.checkTotals = *check;
    }
}

void readValuesSection(const MappingReader& r, const toml::table* values, ImportMapping& m) {
    if (!values) return;
    r.onlyKeys(*values, "values.",
               {"date_format", "decimal_point", "thousands_separator", "negative", "currency_symbols", "signed_amounts",
                "new_account_name"});
    if (auto format = r.text(values, "values", "date_format")) {
        std::string reason;
        auto pattern = DatePattern::parse(*format, &reason);
        if (!pattern) r.fail(values->get("date_format"), "values.date_format", reason);
        m.dates = *pattern;
    }
    if (auto d = r.text(values, "values", "decimal_point"))
        m.amounts.decimalPoint = singleCharacter(r, values, "decimal_point", *d, false);
    if (auto t = r.text(values, "values", "thousands_separator"))
        m.amounts.thousandsSeparator = singleCharacter(r, values, "thousands_separator", *t, true);
    if (m.amounts.thousandsSeparator == m.amounts.decimalPoint)
        r.fail(values->get("thousands_separator"), "values.thousands_separator", "must differ from the decimal point");
    if (const toml::node* negative = values->get("negative")) {
        m.amounts.leadingMinus = m.amounts.trailingMinus = m.amounts.parentheses = false;
        for (const std::string& style : r.texts(negative, "values.negative")) {
            if (style == "leading-minus")
                m.amounts.leadingMinus = true;
            else if (style == "trailing-minus")
                m.amounts.trailingMinus = true;
            else if (style == "parentheses")
                m.amounts.parentheses = true;
            else
                r.fail(negative, "values.negative",
                       "\"" + style + "\" is not leading-minus, trailing-minus or parentheses");
        }
    }
    if (auto symbols = r.flag(values, "values", "currency_symbols")) m.amounts.currencySymbols = *symbols;
    if (auto sign = r.flag(values, "values", "signed_amounts")) m.signedAmounts = *sign;
    if (auto naming = r.text(values, "values", "new_account_name")) {
        if (*naming == "required")
            m.newAccountName = NewAccountName::Required;
        else if (*naming == "account-number")
            m.newAccountName = NewAccountName::AccountNumber;
        else
            r.fail(values->get("new_account_name"), "values.new_account_name", "must be required or account-number");
    }
}

ColumnSpec readColumnSpec(const MappingReader& r, const std::string& section, const std::string& name,
                          const toml::node& node) {
    const auto field = importFieldFromName(name);
    if (!field) r.fail(&node, section + "." + name, "unknown field");
    ColumnSpec spec{*field, {}, ColumnPart::Whole};
    const std::string key = section + "." + name;
    if (const toml::table* detail = node.as_table()) {
        r.onlyKeys(*detail, key + ".", {"names", "part"});
        const toml::node* names = detail->get("names");
        if (!names) r.fail(&node, key + ".names", "is missing");
        spec.headerNames = r.texts(names, key + ".names");
        if (auto part = r.text(detail, key, "part")) {
            if (*part == "whole")
                spec.part = ColumnPart::Whole;
            else if (*part == "first-word")
                spec.part = ColumnPart::FirstWord;
            else if (*part == "after-first-word")
                spec.part = ColumnPart::AfterFirstWord;
            else
                r.fail(detail->get("part"), key + ".part", "must be whole, first-word or after-first-word");
        }
    } else {
        spec.headerNames = r.texts(&node, key);
    }
    return spec;
}

void readColumnsSection(const MappingReader& r, const toml::table& columns, ImportMapping& m) {
    for (const auto& [name, node] : inFileOrder(columns))
        m.columns.push_back(readColumnSpec(r, "columns", name, *node));
    for (int i = 0; i < kImportFieldCount; ++i) {
        const auto field = static_cast<ImportField>(i);
        if (isRequiredField(field) && !m.column(field))
            r.fail(&columns, "columns." + std::string(importFieldName(field)), "is required");
    }
}

void readFallbackColumnsSection(const MappingReader& r, const toml::table* fallback, ImportMapping& m) {
    if (!fallback) return;
    for (const auto& [name, node] : inFileOrder(*fallback)) {
        ColumnSpec spec = readColumnSpec(r, "fallback_columns", name, *node);
        if (!m.column(spec.field)) r.fail(node, "fallback_columns." + name, "stands in for no [columns] entry");
        m.fallbackColumns.push_back(std::move(spec));
    }
    if (m.fallbackColumns.empty()) r.fail(fallback, "fallback_columns", "must name at least one field");
}

void readTypesSection(const MappingReader& r, const toml::table& types, ImportMapping& m) {
    for (const auto& [name, node] : inFileOrder(types)) {
        const auto type = documentTypeFromName(name);
        if (!type) r.fail(node, "types." + name, "unknown type (invoice, credit_note, payment or adjustment)");
        for (const std::string& code : r.texts(node, "types." + name)) m.typeCodes.emplace_back(code, *type);
    }
    if (m.typeCodes.empty()) r.fail(&types, "types", "must map at least one code");
}

} // namespace

ImportMapping parseMapping(std::string_view text, const std::string& label) {
    toml::table root;
    try {
        root = toml::parse(text, label);
    } catch (const toml::parse_error& e) {
        throw MappingError(label + ":" + std::to_string(e.source().begin.line) +
                           ": syntax: " + std::string(e.description()));
    }
    const MappingReader r(label);
    r.onlyKeys(root, "", {"name", "description", "file", "values", "columns", "fallback_columns", "types"});
    ImportMapping m;
    const auto name = r.text(&root, "", "name");
    if (!name || name->empty()) r.fail(root.get("name"), "name", "is required");
    m.profileName = *name;
    m.description = r.text(&root, "", "description").value_or("");
    readFileSection(r, r.section(root, "file", false), m);
    readValuesSection(r, r.section(root, "values", false), m);
    readColumnsSection(r, *r.section(root, "columns", true), m);
    readFallbackColumnsSection(r, r.section(root, "fallback_columns", false), m);
    readTypesSection(r, *r.section(root, "types", true), m);
    if (m.checkTotals && !m.signedAmounts)
        r.fail(root.at_path("file.check_totals").node(), "file.check_totals",
               "needs values.signed_amounts = true (totals add signed amounts)");
    return m;
}

ImportMapping loadMappingFile(const std::string& path) {
    const std::string bytes = readWholeFile(path);
    return parseMapping(stripUtf8Bom(bytes), path);
}

} // namespace duedesk
