// The account view's layout and filling.
#include "app/account/AccountView.h"

#include "app/common/BackgroundTask.h"
#include "app/account/ContactDialogs.h"
#include "app/common/MoneyText.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QLabel>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace duedesk::app {
namespace {

QTableWidget* makeTable(QWidget* parent, const QString& name, const QStringList& headings) {
    auto* t = new QTableWidget(parent);
    t->setObjectName(name);
    t->setColumnCount(static_cast<int>(headings.size()));
    t->setHorizontalHeaderLabels(headings);
    t->verticalHeader()->hide();
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 8);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setAlternatingRowColors(true);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

QString q(const std::string& s) { return QString::fromStdString(s); }

// Writes one row; cells at `numeric` columns are right-aligned.
void putRow(QTableWidget* t, int row, const QStringList& cells, std::initializer_list<int> numeric) {
    for (int c = 0; c < cells.size(); ++c) {
        auto* item = new QTableWidgetItem(cells[c]);
        if (std::find(numeric.begin(), numeric.end(), c) != numeric.end())
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        t->setItem(row, c, item);
    }
}

// The non-empty parts, comma-separated: "Sam Clerk, +44 113 496 0000".
QString joined(std::initializer_list<const std::string*> parts) {
    QStringList out;
    for (const std::string* p : parts)
        if (!p->empty()) out << q(*p);
    return out.join(QStringLiteral(", "));
}

// A tab page: the table, and a row of buttons under it.
QWidget* pageWithButtons(QWidget* parent, QTableWidget* table, std::initializer_list<QPushButton*> buttons) {
    auto* page = new QWidget(parent);
    auto* row = new QHBoxLayout;
    for (QPushButton* b : buttons) row->addWidget(b);
    row->addStretch(1);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(table, 1);
    layout->addLayout(row);
    return page;
}

QString typeText(DocumentType t) {
    switch (t) {
    case DocumentType::Invoice: return QObject::tr("Invoice");
    case DocumentType::CreditNote: return QObject::tr("Credit note");
    case DocumentType::Payment: return QObject::tr("Payment");
    case DocumentType::Adjustment: return QObject::tr("Adjustment");
    }
    return {};
}

} // namespace

AccountView::AccountView(AppSession& session, AccountId account, QWidget* parent)
    : QWidget(parent, Qt::Window), session_(session), account_(account), title_(new QLabel(this)), facts_(new QLabel(this)),
      agingStrip_(new QLabel(this)), tabs_(new QTabWidget(this)),
      openItems_(makeTable(this, QStringLiteral("openItems"),
                           {tr("Document"), tr("Type"), tr("Date"), tr("Due"), tr("Days"), tr("Currency"),
                            tr("Amount"), tr("Open"), tr("Running balance"), tr("Reference")})),
      closedItems_(makeTable(this, QStringLiteral("closedItems"),
                             {tr("Document"), tr("Type"), tr("Date"), tr("Due"), tr("Currency"), tr("Amount"),
                              tr("Reference")})),
      addresses_(makeTable(this, QStringLiteral("addresses"),
                           {tr("Kind"), tr("Details"), tr("Valid from"), tr("Valid to"), tr("Recorded")})),
      activity_(makeTable(this, QStringLiteral("activity"),
                          {tr("Date"), tr("Document"), tr("What"), tr("Change")})),
      contactLog_(makeTable(this, QStringLiteral("contactLog"),
                            {tr("Date"), tr("Channel"), tr("With"), tr("Outcome"), tr("Follow-up"), tr("Recorded"),
                             tr("Note")})),
      logContact_(new QPushButton(tr("&Log contact…"), this)),
      changeAddress_(new QPushButton(tr("Change &address…"), this)),
      addContact_(new QPushButton(tr("Add &contact…"), this)),
      editContact_(new QPushButton(tr("&Edit contact…"), this)),
      endContact_(new QPushButton(tr("E&nd contact…"), this)) {
    setObjectName(QStringLiteral("accountView"));
    resize(1100, 640);
    title_->setObjectName(QStringLiteral("accountTitle"));
    facts_->setObjectName(QStringLiteral("accountFacts"));
    agingStrip_->setObjectName(QStringLiteral("accountAging"));
    QFont big = title_->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    title_->setFont(big);
    facts_->setWordWrap(true);
    tabs_->addTab(openItems_, tr("Open items"));
    logContact_->setObjectName(QStringLiteral("logContact"));
    tabs_->addTab(pageWithButtons(this, contactLog_, {logContact_}), tr("Contact log"));
    connect(logContact_, &QPushButton::clicked, this, [this] {
        auto* dialog = new LogContactDialog(session_, account_, detail_.contacts, this);
        connect(dialog, &QDialog::accepted, this, &AccountView::contactLogged);
        openChange(dialog);
    });
    tabs_->addTab(closedItems_, tr("Closed items"));
    changeAddress_->setObjectName(QStringLiteral("changeAddress"));
    addContact_->setObjectName(QStringLiteral("addContact"));
    editContact_->setObjectName(QStringLiteral("editContact"));
    endContact_->setObjectName(QStringLiteral("endContact"));
    tabs_->addTab(pageWithButtons(this, addresses_, {addContact_, editContact_, endContact_, changeAddress_}),
                  tr("Contacts and addresses"));
    const auto updateButtons = [this] {
        const bool contact = selectedContact().has_value();
        editContact_->setEnabled(contact);
        endContact_->setEnabled(contact);
    };
    updateButtons();
    connect(addresses_, &QTableWidget::itemSelectionChanged, this, updateButtons);
    connect(addContact_, &QPushButton::clicked, this,
            [this] { openChange(new ContactDialog(session_, account_, std::nullopt, this)); });
    connect(editContact_, &QPushButton::clicked, this, [this] {
        if (const auto c = selectedContact()) openChange(new ContactDialog(session_, account_, c, this));
    });
    connect(endContact_, &QPushButton::clicked, this, [this] {
        if (const auto c = selectedContact()) openChange(new EndContactDialog(session_, *c, this));
    });
    connect(changeAddress_, &QPushButton::clicked, this, [this] {
        // Start from the current billing address, else any current one.
        Address start;
        start.accountId = account_;
        for (const Address& a : detail_.addresses)
            if (!a.validTo && (start.line1.empty() || a.kind == "billing")) start = a;
        openChange(new AddressDialog(session_, account_, start, this));
    });
    tabs_->addTab(activity_, tr("Activity"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title_);
    layout->addWidget(facts_);
    layout->addWidget(agingStrip_);
    layout->addWidget(tabs_, 1);
    title_->setText(tr("Loading…"));
    reload();
}

void AccountView::openChange(QDialog* dialog) {
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &AccountView::reload);
    dialog->open();
}

std::optional<Contact> AccountView::selectedContact() const {
    const auto rows = addresses_->selectionModel()->selectedRows();
    if (rows.size() != 1) return std::nullopt;
    const auto row = static_cast<std::size_t>(rows.first().row());
    if (row >= detail_.contacts.size() || detail_.contacts[row].validTo) return std::nullopt;
    return detail_.contacts[row];
}

void AccountView::reload() {
    const AccountId account = account_;
    const std::string path = session_.databasePath();
    const Date asOf = session_.asOf();
    runLatestInBackground<AccountDetail>(
        this, loads_,
        [path, account, asOf] {
            auto db = LedgerDatabase::open(path, LedgerDatabase::OpenMode::ExistingOnly);
            return loadAccountDetail(*db, account, asOf);
        },
        [this](Outcome<AccountDetail> outcome) {
            if (auto* message = std::get_if<std::string>(&outcome)) {
                title_->setText(tr("The account could not be loaded: %1").arg(q(*message)));
                return;
            }
            detail_ = std::get<AccountDetail>(std::move(outcome));
            fill(detail_);
            emit loaded();
        });
}

void AccountView::fill(const AccountDetail& d) {
    const Account& a = d.account;
    setWindowTitle(tr("%1 %2 — Duedesk").arg(q(a.number), q(a.name)));
    title_->setText(q(a.number + "  " + a.name));

    QStringList facts;
    facts << tr("Analyst: %1").arg(d.analystName.empty() ? tr("unassigned") : q(d.analystName));
    facts << tr("Terms: %1 days").arg(a.paymentTermsDays);
    if (a.creditLimit)
        facts << tr("Credit limit: %1 %2").arg(q(std::string(a.creditLimit->currency().code())),
                                               moneyText(a.creditLimit->minorUnits(), a.creditLimit->currency()));
    facts << tr("Risk: %1").arg(a.riskClass.empty() ? tr("unrated") : q(a.riskClass));
    QStringList balances;
    for (const Currency& c : d.balance.currencies())
        balances << q(std::string(c.code())) + QLatin1Char(' ') + moneyText(d.balance.in(c).minorUnits(), c);
    facts << tr("Balance: %1").arg(balances.isEmpty() ? tr("nothing open") : balances.join(QStringLiteral(", ")));
    // Current contacts come first, the primary one first of them.
    if (!d.contacts.empty() && !d.contacts.front().validTo) {
        const Contact& c = d.contacts.front();
        facts << tr("Contact: %1").arg(joined({&c.name, &c.jobTitle, &c.phone, &c.email}));
    }
    facts_->setText(facts.join(QStringLiteral("   ·   ")));

    QStringList strip;
    const AgingBuckets buckets = AgingBuckets::standard();
    for (const AgingRow& row : d.aging) {
        QStringList parts;
        for (std::size_t i = 0; i < row.buckets.size(); ++i)
            if (row.buckets[i]) parts << q(buckets.label(i)) + QLatin1Char(' ') + moneyText(row.buckets[i], row.currency);
        if (row.unapplied) parts << tr("unapplied %1").arg(moneyText(row.unapplied, row.currency));
        strip << q(std::string(row.currency.code())) + QStringLiteral(": ") + parts.join(QStringLiteral("  |  "));
    }
    agingStrip_->setText(strip.join(QStringLiteral("\n")));

    openItems_->setRowCount(static_cast<int>(d.openItems.size()));
    for (int r = 0; r < static_cast<int>(d.openItems.size()); ++r) {
        const OpenItemLine& l = d.openItems[static_cast<std::size_t>(r)];
        const Document& doc = l.document;
        const Currency& c = doc.amount.currency();
        putRow(openItems_, r,
               {q(doc.number), typeText(doc.type), q(doc.documentDate.toIso()), q(doc.dueDate.toIso()),
                l.daysPastDue ? QString::number(l.daysPastDue) : QString(), q(std::string(c.code())),
                moneyText(doc.amount.minorUnits(), c), moneyText(doc.signedOpen().minorUnits(), c),
                moneyText(l.runningBalance.minorUnits(), c), q(doc.reference)},
               {4, 6, 7, 8});
    }
    closedItems_->setRowCount(static_cast<int>(d.closedItems.size()));
    for (int r = 0; r < static_cast<int>(d.closedItems.size()); ++r) {
        const Document& doc = d.closedItems[static_cast<std::size_t>(r)];
        putRow(closedItems_, r,
               {q(doc.number), typeText(doc.type), q(doc.documentDate.toIso()), q(doc.dueDate.toIso()),
                q(std::string(doc.amount.currency().code())), moneyText(doc.amount.minorUnits(), doc.amount.currency()),
                q(doc.reference)},
               {5});
    }
    fillContacts(d);
    fillContactLog(d);
    activity_->setRowCount(static_cast<int>(d.activity.size()));
    for (int i = 0; i < static_cast<int>(d.activity.size()); ++i) {
        const ActivityEntry& e = d.activity[static_cast<std::size_t>(i)];
        const QString what = e.cause == "allocation"    ? tr("Allocation")
                             : e.cause == "snapshot_close" ? tr("Closed by snapshot import")
                                                           : tr("Changed by import");
        putRow(activity_, i,
               {q(e.effectiveOn.toIso()), typeText(e.documentType) + QLatin1Char(' ') + q(e.documentNumber), what,
                moneyText(e.change.minorUnits(), e.change.currency())},
               {3});
    }
    for (QTableWidget* t : {openItems_, closedItems_, addresses_, activity_, contactLog_}) t->resizeColumnsToContents();
}

// The user name behind a recording user's id; the id itself if the user is gone.
QString AccountView::recordedByName(const AccountDetail& d, UserId user) {
    const auto name = d.recordedByNames.find(user);
    return name == d.recordedByNames.end() ? QString::number(user) : q(name->second);
}

void AccountView::fillContactLog(const AccountDetail& d) {
    contactLog_->setRowCount(static_cast<int>(d.contactLog.size()));
    int r = 0;
    for (const ContactLogEntry& e : d.contactLog) {
        QString with;
        if (e.contactId)
            if (const auto c = std::ranges::find(d.contacts, *e.contactId, &Contact::id); c != d.contacts.end())
                with = q(c->name);
        putRow(contactLog_, r++,
               {q(e.contactedOn.toIso()), contactChannelText(e.channel), with, q(e.outcome),
                e.followUpOn ? q(e.followUpOn->toIso()) : QString(), recordedByName(d, e.recordedBy), q(e.note)},
               {});
    }
}

void AccountView::fillContacts(const AccountDetail& d) {
    const auto recorded = [&](const std::optional<UserId>& by, const std::optional<Date>& on) {
        if (!by || !on) return tr("imported");
        return tr("%1 on %2").arg(recordedByName(d, *by), q(on->toIso()));
    };
    addresses_->clearSelection();
    addresses_->setRowCount(static_cast<int>(d.contacts.size() + d.addresses.size()));
    int r = 0;
    for (const Contact& c : d.contacts)
        putRow(addresses_, r++,
               {c.primary ? tr("Primary contact") : tr("Contact"), joined({&c.name, &c.jobTitle, &c.phone, &c.email}),
                q(c.validFrom.toIso()), c.validTo ? q(c.validTo->toIso()) : tr("current"),
                recorded(c.recordedBy, c.recordedOn)},
               {});
    for (const Address& ad : d.addresses) {
        const QString kind = ad.kind == "billing"    ? tr("Billing address")
                             : ad.kind == "delivery" ? tr("Delivery address")
                                                     : tr("Registered office");
        putRow(addresses_, r++,
               {kind, joined({&ad.line1, &ad.line2, &ad.city, &ad.region, &ad.postcode, &ad.country}),
                q(ad.validFrom.toIso()), ad.validTo ? q(ad.validTo->toIso()) : tr("current"),
                recorded(ad.recordedBy, ad.recordedOn)},
               {});
    }
}

} // namespace duedesk::app
